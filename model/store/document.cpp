#include "document.h"

#include <QTimeZone>

#include <array>
#include <charconv>
#include <cstdlib>
#include <new>
#include <string>
#include <cmath>
#include <cstring>

namespace EdxLoader {

namespace {

int bsonKeyLength(QByteArrayView key)
{
    return int(key.size());
}

} // namespace

QString ObjectId::toHex() const
{
    char hex[25];
    bson_oid_to_string(&oid, hex);
    return QString::fromLatin1(hex, 24);
}

bool ObjectId::fromHex(QStringView hex, ObjectId *out)
{
    if (hex.size() != 24)
        return false;
    const QByteArray latin = hex.toLatin1();
    if (!bson_oid_is_valid(latin.constData(), 24))
        return false;
    bson_oid_init_from_string(&out->oid, latin.constData());
    return true;
}

Document::Document()
{
    bson_init(&m_bson);
}

Document::~Document()
{
    bson_destroy(&m_bson);
}

Document::Document(Document &&other) noexcept
    : m_encoded(std::move(other.m_encoded))
{
    bson_steal(&m_bson, &other.m_bson); // leaves other destroyed
    bson_init(&other.m_bson);
}

Document &Document::operator=(Document &&other) noexcept
{
    if (this != &other) {
        bson_destroy(&m_bson);
        bson_steal(&m_bson, &other.m_bson);
        bson_init(&other.m_bson);
        m_encoded = std::move(other.m_encoded);
    }
    return *this;
}

Document::Document(const Document &other)
{
    bson_copy_to(&other.m_bson, &m_bson);
}

Document &Document::operator=(const Document &other)
{
    if (this != &other) {
        bson_destroy(&m_bson);
        bson_copy_to(&other.m_bson, &m_bson);
    }
    return *this;
}

Document Document::fromBson(const uint8_t *data, size_t length)
{
    Document d;
    bson_t view;
    if (bson_init_static(&view, data, length)) {
        bson_destroy(&d.m_bson);
        bson_copy_to(&view, &d.m_bson);
    }
    return d;
}

bool Document::fromJson(QByteArrayView json, Document *out, QString *error)
{
    bson_error_t e;
    bson_t parsed;
    if (!bson_init_from_json(&parsed, json.data(), json.size(), &e)) {
        if (error)
            *error = QString::fromUtf8(e.message);
        return false;
    }
    bson_destroy(&out->m_bson);
    bson_steal(&out->m_bson, &parsed);
    return true;
}

void Document::appendString(QByteArrayView key, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    bson_append_utf8(&m_bson, key.data(), bsonKeyLength(key), utf8.constData(), int(utf8.size()));
}

void Document::appendUtf8(QByteArrayView key, QByteArrayView utf8)
{
    // (a null view is the empty string: libbson would append a null for a null pointer)
    bson_append_utf8(&m_bson, key.data(), bsonKeyLength(key), utf8.data() ? utf8.data() : "", int(utf8.size()));
}

void Document::appendInt64(QByteArrayView key, qint64 value)
{
    bson_append_int64(&m_bson, key.data(), bsonKeyLength(key), value);
}

void Document::appendDouble(QByteArrayView key, double value)
{
    bson_append_double(&m_bson, key.data(), bsonKeyLength(key), value);
}

void Document::appendBool(QByteArrayView key, bool value)
{
    bson_append_bool(&m_bson, key.data(), bsonKeyLength(key), value);
}

void Document::appendNull(QByteArrayView key)
{
    bson_append_null(&m_bson, key.data(), bsonKeyLength(key));
}

void Document::appendDate(QByteArrayView key, qint64 msecs)
{
    bson_append_date_time(&m_bson, key.data(), bsonKeyLength(key), msecs);
}

void Document::appendObjectId(QByteArrayView key, const ObjectId &oid)
{
    bson_append_oid(&m_bson, key.data(), bsonKeyLength(key), &oid.oid);
}

void Document::appendDocument(QByteArrayView key, const Document &doc)
{
    bson_append_document(&m_bson, key.data(), bsonKeyLength(key), &doc.m_bson);
}

void Document::appendArray(QByteArrayView key, const Document &array)
{
    bson_append_array(&m_bson, key.data(), bsonKeyLength(key), &array.m_bson);
}

void Document::appendValue(QByteArrayView key, const Value &value)
{
    std::visit(
        [&](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                appendNull(key);
            else if constexpr (std::is_same_v<T, bool>)
                appendBool(key, v);
            else if constexpr (std::is_same_v<T, qint64>)
                appendInt64(key, v);
            else if constexpr (std::is_same_v<T, double>)
                appendDouble(key, v);
            else if constexpr (std::is_same_v<T, QString>)
                appendString(key, v);
            else if constexpr (std::is_same_v<T, DateTime>)
                appendDate(key, v.msecs);
            else
                appendObjectId(key, v);
        },
        value);
}

Value Document::value(const char *path) const
{
    bson_iter_t it, found;
    if (!bson_iter_init(&it, &m_bson) || !bson_iter_find_descendant(&it, path, &found))
        return {};
    switch (bson_iter_type(&found)) {
    case BSON_TYPE_UTF8: {
        uint32_t length = 0;
        const char *s = bson_iter_utf8(&found, &length);
        return QString::fromUtf8(s, length);
    }
    case BSON_TYPE_INT32:
        return qint64(bson_iter_int32(&found));
    case BSON_TYPE_INT64:
        return qint64(bson_iter_int64(&found));
    case BSON_TYPE_DOUBLE:
        return bson_iter_double(&found);
    case BSON_TYPE_BOOL:
        return bson_iter_bool(&found);
    case BSON_TYPE_DATE_TIME:
        return DateTime{bson_iter_date_time(&found)};
    case BSON_TYPE_OID: {
        ObjectId oid;
        bson_oid_copy(bson_iter_oid(&found), &oid.oid);
        return oid;
    }
    default:
        return {};
    }
}

QString Document::string(const char *path) const
{
    const Value v = value(path);
    if (const QString *s = std::get_if<QString>(&v))
        return *s;
    return {};
}

namespace {

// One parser for UTF-16 and byte text: the SQL tables' datetimes are parsed where they lie in
// the line, without a QString made for each.
int unitAt(QStringView text, qsizetype i)
{
    return text[i].unicode();
}

int unitAt(QByteArrayView text, qsizetype i)
{
    return static_cast<unsigned char>(text[i]);
}

template <typename View>
bool parseIso(View text, qint64 *msecs)
{
    // YYYY-MM-DD[T ]HH:MM:SS[.f…][Z|±HH:MM|±HHMM]
    const qsizetype n = text.size();
    auto digit = [&](qsizetype i) { return i < n && unitAt(text, i) >= '0' && unitAt(text, i) <= '9'; };
    auto num = [&](qsizetype i, int len, int *v) {
        int r = 0;
        for (int k = 0; k < len; ++k) {
            if (!digit(i + k))
                return false;
            r = r * 10 + (unitAt(text, i + k) - '0');
        }
        *v = r;
        return true;
    };
    int y, mo, d, h, mi, s;
    if (n < 19 || !num(0, 4, &y) || unitAt(text, 4) != '-' || !num(5, 2, &mo) || unitAt(text, 7) != '-' || !num(8, 2, &d)
        || (unitAt(text, 10) != 'T' && unitAt(text, 10) != ' ') || !num(11, 2, &h) || unitAt(text, 13) != ':' || !num(14, 2, &mi)
        || unitAt(text, 16) != ':' || !num(17, 2, &s))
        return false;
    qsizetype i = 19;
    int ms = 0;
    if (i < n && unitAt(text, i) == '.') {
        ++i;
        int scale = 100, digits = 0;
        while (digit(i)) {
            if (digits < 3)
                ms += (unitAt(text, i) - '0') * scale;
            scale /= 10;
            ++digits;
            ++i;
        }
        if (digits == 0)
            return false;
    }
    int offsetMinutes = 0;
    if (i < n) {
        if (unitAt(text, i) == 'Z' && i + 1 == n) {
            i = n;
        } else if (unitAt(text, i) == '+' || unitAt(text, i) == '-') {
            const int sign = unitAt(text, i) == '-' ? -1 : 1;
            int oh, om = 0;
            if (!num(i + 1, 2, &oh))
                return false;
            qsizetype j = i + 3;
            if (j < n && unitAt(text, j) == ':')
                ++j;
            if (j < n && !num(j, 2, &om))
                return false;
            if (j < n)
                j += 2;
            if (j != n)
                return false;
            offsetMinutes = sign * (oh * 60 + om);
        } else {
            return false;
        }
    }
    const QDate date(y, mo, d);
    if (!date.isValid() || h > 23 || mi > 59 || s > 60)
        return false;
    *msecs = (date.toJulianDay() - 2440588LL) * 86400000LL + ((h * 60LL + mi - offsetMinutes) * 60 + s) * 1000 + ms;
    return true;
}

} // namespace

bool parseIsoDateTime(QStringView text, qint64 *msecs)
{
    return parseIso(text, msecs);
}

bool parseIsoDateTime(QByteArrayView latin1, qint64 *msecs)
{
    return parseIso(latin1, msecs);
}

} // namespace EdxLoader
