#include "csvexport.h"

#include "anonymizer.h"
#include "classifier.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <simdjson.h>

#include <charconv>
#include <cstring>
#include <optional>

namespace EdxLoader {

namespace {

bool valueFromJson(const QJsonValue &json, Value *out)
{
    if (json.isArray() || json.isUndefined())
        return false;
    if (json.isNull()) {
        *out = std::monostate();
        return true;
    }
    // Through the document parser, so that Extended JSON ({"$date": …}) gets its type.
    const QByteArray text = QJsonDocument(QJsonObject{{QStringLiteral("v"), json}}).toJson(QJsonDocument::Compact);
    Document d;
    QString error;
    if (!Document::fromJson(text, &d, &error))
        return false;
    *out = d.value("v");
    return !std::holds_alternative<std::monostate>(*out); // (an object that is not a typed value)
}

// The cell text of one stored value (see CsvExporter).
void appendValueText(std::string &out, simdjson::dom::element e)
{
    using simdjson::dom::element_type;
    switch (e.type()) {
    case element_type::STRING:
        out.append(std::string_view(e.get_string().value_unsafe()));
        return;
    case element_type::INT64: {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, e.get_int64().value_unsafe());
        out.append(buf, r.ptr);
        return;
    }
    case element_type::UINT64: {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, e.get_uint64().value_unsafe());
        out.append(buf, r.ptr);
        return;
    }
    case element_type::DOUBLE: {
        // As dump writes it: the shortest text that reads back the same, ".0" on whole numbers.
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, e.get_double().value_unsafe());
        const std::string_view text(buf, size_t(r.ptr - buf));
        out.append(text);
        if (text.find_first_of(".eE") == std::string_view::npos)
            out.append(".0");
        return;
    }
    case element_type::BOOL:
        out.append(e.get_bool().value_unsafe() ? "true" : "false");
        return;
    case element_type::NULL_VALUE:
        return;
    case element_type::OBJECT: {
        simdjson::dom::object o = e.get_object().value_unsafe();
        if (o.size() == 1) {
            const auto field = *o.begin();
            std::string_view s;
            if (field.key == "$date") {
                if (field.value.get_string().get(s) == simdjson::SUCCESS) { // relaxed: ISO text already
                    out.append(s);
                    return;
                }
                simdjson::dom::object n;
                std::string_view digits;
                if (field.value.get_object().get(n) == simdjson::SUCCESS
                    && n["$numberLong"].get_string().get(digits) == simdjson::SUCCESS) { // before 1970
                    out.append(isoMillis(QByteArrayView(digits.data(), qsizetype(digits.size())).toLongLong()).constData());
                    return;
                }
            } else if ((field.key == "$oid" || field.key == "$numberLong" || field.key == "$numberDecimal"
                        || field.key == "$numberDouble" || field.key == "$symbol")
                       && field.value.get_string().get(s) == simdjson::SUCCESS) {
                out.append(s);
                return;
            }
        }
        out.append(simdjson::minify(e));
        return;
    }
    case element_type::ARRAY:
        out.append(simdjson::minify(e));
        return;
    }
}

// A field path split at its dots (keys holding a dot are stored with U+FF0E instead).
std::vector<std::string> splitPath(const QString &field)
{
    std::vector<std::string> parts;
    for (const QString &p : field.split(QLatin1Char('.')))
        parts.push_back(p.toStdString());
    return parts;
}

void collectFields(simdjson::dom::object o, const QString &prefix, bool nested, QStringList &fields, QSet<QString> &seen)
{
    for (const auto field : o) {
        const QString path = prefix + QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
        if (!seen.contains(path)) {
            seen.insert(path);
            fields << path;
        }
        simdjson::dom::object child;
        // Typed values ({"$date": …}) are leaves.
        if (nested && field.value.get_object().get(child) == simdjson::SUCCESS
            && !(child.size() == 1 && (*child.begin()).key.starts_with('$')))
            collectFields(child, path + QLatin1Char('.'), nested, fields, seen);
    }
}

// The rules the import would have applied to the collection's documents: from the file its
// ledger names, else from what its documents look like. (A guess: when neither can be read, the
// export's own reading of the collection fails and says why.)
Classification classificationFor(DocumentStore &store, const QString &database, const QString &collection)
{
    Classification c;
    FindOptions first;
    first.limit = 1;
    (void)store.find(database, collection + QStringLiteral("_imported"), {}, first, [&](const Document &entry) {
        c = Classifier::builtIn().classify(entry.string("file"));
        return false;
    });
    if (c.recognised())
        return c;
    (void)store.find(database, collection, {}, first, [&](const Document &d) {
        bson_iter_t it;
        if (bson_iter_init_find(&it, d.bson(), "event_type")) {
            c.kind = FileKind::TrackingLog;
        } else if (bson_iter_init_find(&it, d.bson(), "author_username")) {
            c.kind = FileKind::Forum;
        } else {
            c.kind = FileKind::SqlTable;
            c.table = collection.contains(QLatin1String("profile"))       ? QStringLiteral("auth_userprofile")
                      : collection.contains(QLatin1String("certificate")) ? QStringLiteral("certificates_generatedcertificate")
                                                                          : collection;
        }
        return false;
    });
    return c;
}

} // namespace

bool filterFromJson(const QByteArray &json, Filter *filter, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? CsvExporter::tr("The filter is not valid JSON: %1").arg(parseError.errorString())
                     : CsvExporter::tr("The filter must be a JSON object such as {\"course_id\": \"…\"}");
        return false;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString field = it.key();
        if (field.isEmpty() || field.startsWith(QLatin1Char('$'))) {
            *error = CsvExporter::tr("Unsupported filter key \"%1\": name a field").arg(field);
            return false;
        }
        const QJsonValue v = it.value();
        const QJsonObject ops = v.toObject();
        static const QStringList typed{QStringLiteral("$date"), QStringLiteral("$oid"), QStringLiteral("$numberLong"),
                                       QStringLiteral("$numberInt"), QStringLiteral("$numberDouble"),
                                       QStringLiteral("$numberDecimal")};
        bool operators = v.isObject() && !ops.isEmpty();
        for (const QString &key : ops.keys())
            operators = operators && key.startsWith(QLatin1Char('$')) && !typed.contains(key);
        if (!operators) {
            Value value;
            if (!valueFromJson(v, &value) && !v.isNull()) {
                *error = CsvExporter::tr("The value of \"%1\" must be a string, number, true/false, null or a date "
                                         "({\"$date\": \"2016-03-01T00:00:00Z\"})")
                             .arg(field);
                return false;
            }
            filter->append({field, Condition::Eq, {value}});
            continue;
        }
        for (auto op = ops.begin(); op != ops.end(); ++op) {
            static const QHash<QString, Condition::Op> names{{QStringLiteral("$eq"), Condition::Eq},
                                                              {QStringLiteral("$in"), Condition::In},
                                                              {QStringLiteral("$gt"), Condition::Gt},
                                                              {QStringLiteral("$gte"), Condition::Gte},
                                                              {QStringLiteral("$lt"), Condition::Lt},
                                                              {QStringLiteral("$lte"), Condition::Lte}};
            if (!names.contains(op.key())) {
                *error = CsvExporter::tr("Unsupported operator %1 for \"%2\": use $eq, $in, $gt, $gte, $lt or $lte")
                             .arg(op.key(), field);
                return false;
            }
            Condition c{field, names.value(op.key()), {}};
            const QJsonArray list = c.op == Condition::In ? op.value().toArray() : QJsonArray{op.value()};
            if (c.op == Condition::In && !op.value().isArray()) {
                *error = CsvExporter::tr("$in for \"%1\" takes an array").arg(field);
                return false;
            }
            for (const QJsonValue &item : list) {
                Value value;
                if (!valueFromJson(item, &value)) {
                    *error = CsvExporter::tr("Unsupported value for %1 of \"%2\"").arg(op.key(), field);
                    return false;
                }
                c.values << value;
            }
            filter->append(c);
        }
    }
    return true;
}

CsvExporter::CsvExporter(DocumentStore &store)
    : m_store(store)
{
}

void CsvExporter::appendCell(std::string &row, std::string_view text)
{
    if (text.find_first_of(",\"\r\n\t") == std::string_view::npos) {
        row.append(text);
        return;
    }
    row.push_back('"');
    for (const char c : text) {
        if (c == '"')
            row.push_back('"');
        row.push_back(c);
    }
    row.push_back('"');
}

Result<QStringList> CsvExporter::sampleFields(const QString &database, const QString &collection,
                                              const Filter &filter, int sampleSize, bool nested)
{
    QStringList fields;
    QSet<QString> seen;
    simdjson::dom::parser parser;
    FindOptions options;
    options.limit = sampleSize;
    const Status read = m_store.findJson(database, collection, filter, options, [&](QByteArrayView json) {
        simdjson::dom::object o;
        if (parser.parse(json.data(), size_t(json.size())).get(o) == simdjson::SUCCESS)
            collectFields(o, QString(), nested, fields, seen);
        return true;
    });
    if (!read)
        return failure(read.error());
    return fields;
}

CsvExportResult CsvExporter::run(const CsvExportParams &params, const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    CsvExportResult result;
    auto finish = [&](const QString &error) {
        result.error = error;
        result.ok = error.isEmpty() && !result.cancelled;
        result.seconds = timer.nsecsElapsed() / 1e9;
        return result;
    };
    const Result<QStringList> collections = m_store.collections(params.database);
    if (!collections) // (a missing database, or a server that does not list: its own words)
        return finish(tr("Reading %1.%2 failed: %3").arg(params.database, params.collection, collections.error()));
    if (!collections->contains(params.collection))
        return finish(tr("There is no collection %1.%2 in the %3").arg(params.database, params.collection, m_store.description()));

    const bool discovered = params.fields.isEmpty();
    result.fields = params.fields;
    if (discovered) {
        const Result<QStringList> sampled = sampleFields(params.database, params.collection, params.filter, 1000, false);
        if (!sampled)
            return finish(tr("Reading %1.%2 failed: %3").arg(params.database, params.collection, sampled.error()));
        result.fields = *sampled;
    }
    if (result.fields.isEmpty() && discovered)
        result.fields << QStringLiteral("_id"); // nothing matches: a header all the same
    std::vector<std::vector<std::string>> paths;
    for (const QString &f : std::as_const(result.fields))
        paths.push_back(splitPath(f));
    QSet<QString> known(result.fields.cbegin(), result.fields.cend());

    QSaveFile file(params.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return finish(tr("Cannot write %1: %2").arg(params.outputPath, file.errorString()));

    std::string buffer;
    buffer.reserve(1 << 21);
    if (params.excelBom)
        buffer.append("\xEF\xBB\xBF");
    for (qsizetype i = 0; i < result.fields.size(); ++i) {
        if (i)
            buffer.push_back(',');
        appendCell(buffer, result.fields[i].toStdString());
    }
    buffer.append("\r\n");
    auto writeOut = [&] {
        if (file.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
            return false;
        result.bytes += qint64(buffer.size());
        buffer.clear();
        return true;
    };

    std::optional<Anonymizer> anonymizer;
    if (params.anonymize)
        anonymizer.emplace(classificationFor(m_store, params.database, params.collection));
    const qint64 total = m_store.count(params.database, params.collection, params.filter).value();
    simdjson::dom::parser parser;
    std::string cell;
    QByteArray anonymised;
    bool writeFailed = false;
    QString readError;
    FindOptions inOrder; // insertion order: what dump shows
    const Status read = m_store.findJson(params.database, params.collection, params.filter, inOrder, [&](QByteArrayView json) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return false;
        }
        if (anonymizer) {
            Document d;
            QString error;
            if (Document::fromJson(json, &d, &error)) {
                anonymizer->apply(d);
                anonymised = d.toRelaxedJson();
                json = anonymised;
            } else {
                readError = tr("A stored document could not be read for anonymisation: %1").arg(error);
                return false; // never write a learner's data unanonymised
            }
        }
        simdjson::dom::object o;
        if (parser.parse(json.data(), size_t(json.size())).get(o) != simdjson::SUCCESS) {
            readError = tr("A stored document is not valid JSON");
            return false;
        }
        for (size_t i = 0; i < paths.size(); ++i) {
            if (i)
                buffer.push_back(',');
            simdjson::dom::element e = o;
            bool found = true;
            for (const std::string &part : paths[i]) {
                simdjson::dom::object parent;
                if (e.get_object().get(parent) != simdjson::SUCCESS || parent.at_key(part).get(e) != simdjson::SUCCESS) {
                    found = false;
                    break;
                }
            }
            if (!found)
                continue;
            cell.clear();
            appendValueText(cell, e);
            appendCell(buffer, cell);
        }
        buffer.append("\r\n");
        if (discovered) {
            for (const auto field : o) {
                const QString key = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
                if (!known.contains(key)) {
                    known.insert(key);
                    result.fieldsLeftOut << key;
                }
            }
        }
        ++result.rows;
        if (buffer.size() >= (1 << 20)) {
            if (!writeOut()) {
                writeFailed = true;
                return false;
            }
            if (progress)
                progress(result.rows, total);
        }
        return true;
    });
    if (result.cancelled) {
        file.cancelWriting();
        return finish(tr("Cancelled: %1 was not written").arg(QFileInfo(params.outputPath).fileName()));
    }
    if (!read || !readError.isEmpty()) {
        file.cancelWriting();
        return finish(readError.isEmpty() ? tr("Reading %1.%2 failed: %3").arg(params.database, params.collection,
                                                                                 read.error())
                                          : readError);
    }
    if (writeFailed || !writeOut() || !file.commit())
        return finish(tr("Cannot write %1: %2").arg(params.outputPath, file.errorString()));
    if (progress)
        progress(result.rows, total);
    return finish({});
}

} // namespace EdxLoader
