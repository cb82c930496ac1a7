// Values and filters to BSON and back (bsonconvert.h).
#include "bsonconvert.h"

#include "mongodriver.h"

namespace EdxLoader {

void appendValue(bson_t *out, const char *key, const Value &value)
{
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                bson_append_null(out, key, -1);
            else if constexpr (std::is_same_v<T, bool>)
                bson_append_bool(out, key, -1, x);
            else if constexpr (std::is_same_v<T, qint64>)
                bson_append_int64(out, key, -1, x);
            else if constexpr (std::is_same_v<T, double>)
                bson_append_double(out, key, -1, x);
            else if constexpr (std::is_same_v<T, QString>)
                Mongo::appendQString(out, key, x);
            else if constexpr (std::is_same_v<T, DateTime>)
                bson_append_date_time(out, key, -1, x.msecs);
            else
                bson_append_oid(out, key, -1, &x.oid);
        },
        value);
}

Value valueFromBson(const bson_iter_t *it)
{
    switch (bson_iter_type(it)) {
    case BSON_TYPE_UTF8:
        return Mongo::utf8(bson_iter_utf8(it, nullptr));
    case BSON_TYPE_INT32:
    case BSON_TYPE_INT64:
        return qint64(bson_iter_as_int64(it));
    case BSON_TYPE_DOUBLE:
        return bson_iter_double(it);
    case BSON_TYPE_BOOL:
        return bson_iter_bool(it);
    case BSON_TYPE_DATE_TIME:
        return DateTime{bson_iter_date_time(it)};
    case BSON_TYPE_OID: {
        ObjectId o;
        bson_oid_copy(bson_iter_oid(it), &o.oid);
        return o;
    }
    case BSON_TYPE_DOCUMENT:
    case BSON_TYPE_ARRAY: {
        // Not a scalar: its relaxed JSON text, as the embedded store gives it.
        QByteArray json;
        writeRelaxedJsonValue(json, it);
        return QString::fromUtf8(json);
    }
    default:
        return std::monostate{};
    }
}

namespace {

// {field: value}, {field: {$in: […]}} or {field: {$gte: v}}… in one.
void appendCondition(bson_t *one, const Condition &c)
{
    const QByteArray field = c.field.toUtf8();
    if (c.op == Condition::Eq) {
        appendValue(one, field.constData(), c.values.value(0));
        return;
    }
    bson_t op;
    bson_append_document_begin(one, field.constData(), -1, &op);
    if (c.op == Condition::In) {
        bson_t list;
        bson_append_array_begin(&op, "$in", -1, &list);
        int k = 0;
        for (const Value &v : c.values)
            appendValue(&list, QByteArray::number(k++).constData(), v);
        bson_append_array_end(&op, &list);
    } else {
        const char *name = c.op == Condition::Gt ? "$gt" : c.op == Condition::Gte ? "$gte"
                           : c.op == Condition::Lt ? "$lt" : "$lte";
        appendValue(&op, name, c.values.value(0));
    }
    bson_append_document_end(one, &op);
}

} // namespace

bson_t *filterToBson(const Filter &filter)
{
    bson_t *out = bson_new();
    if (filter.isEmpty())
        return out;
    // {$and: [{field: value}, {field: {$in: […]}}, {field: {$gte: v}}, …]}: each condition on its
    // own, so that two bounds of one field never overwrite each other.
    bson_t conditions;
    bson_append_array_begin(out, "$and", -1, &conditions);
    int i = 0;
    for (const Condition &c : filter) {
        const QByteArray index = QByteArray::number(i++);
        bson_t one;
        bson_append_document_begin(&conditions, index.constData(), -1, &one);
        appendCondition(&one, c);
        bson_append_document_end(&conditions, &one);
    }
    bson_append_array_end(out, &conditions);
    return out;
}

} // namespace EdxLoader
