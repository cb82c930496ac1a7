#include "coursebuilder.h"

#include "batchwriter.h"
#include "classifier.h"
#include "documentstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <simdjson.h>

#include <cstring>
#include <limits>
#include <memory>
#include <string>

namespace EdxLoader {

namespace {

constexpr size_t kBatch = 2000;       // events per insert
constexpr size_t kQueuedBatches = 3;  // batches waiting while one is written

// Events of one insert, as JSON text (the embedded store keeps it as it is).
class EncodedWrite final : public BatchWriter::Batch
{
public:
    EncodedWrite(WriteTransaction &write, const QString &collection)
        : m_write(write), m_collection(collection)
    {
    }
    Status write() override { return m_write.insertEncoded(m_collection, documents); }

    EncodedBatch documents;

private:
    WriteTransaction &m_write;
    QString m_collection;
};

QByteArrayView view(std::string_view s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

// Up to the first character that ends a block id inside a URL or key.
QByteArrayView untilDelimiter(QByteArrayView s)
{
    qsizetype end = 0;
    while (end < s.size() && !QByteArrayView("/?#+&@ \"").contains(s[end]))
        ++end;
    return s.first(end);
}

// Where an event names a block (PRODUCT.md §6), in the order they are tried.
struct References
{
    QByteArrayView structId, eventId, structProblemId, eventProblemId, usageKey, page, eventType;
    bool hasOwnEnrichment = false; // the event already has parent_data or metadata
    bool studio = false;           // tagged as a course team's request to Studio
};

std::string_view stringOf(simdjson::ondemand::value v)
{
    std::string_view s;
    return v.get_string().get(s) == simdjson::SUCCESS ? s : std::string_view();
}

void readPayload(simdjson::ondemand::value payload, QByteArrayView *id, QByteArrayView *problemId)
{
    simdjson::ondemand::object o;
    if (payload.get_object().get(o) != simdjson::SUCCESS)
        return; // (browser events' "event" is a string: their event_struct holds it parsed)
    for (auto field : o) {
        std::string_view key;
        simdjson::ondemand::value value;
        if (field.escaped_key().get(key) != simdjson::SUCCESS || field.value().get(value) != simdjson::SUCCESS)
            return;
        if (key == "id")
            *id = view(stringOf(value));
        else if (key == "problem_id")
            *problemId = view(stringOf(value));
    }
}

// The references of one stored event, read with simdjson's on-demand parser: only the fields
// named are decoded, the rest is skipped. The views point into the parser and stay valid until
// its next document. False when the text is not a JSON object.
bool readReferences(simdjson::ondemand::parser &parser, std::string &padded, QByteArrayView json, References *refs)
{
    padded.resize(size_t(json.size()) + simdjson::SIMDJSON_PADDING);
    std::memcpy(padded.data(), json.data(), size_t(json.size()));
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (parser.iterate(padded.data(), size_t(json.size()), padded.size()).get(doc) != simdjson::SUCCESS
        || doc.get_object().get(object) != simdjson::SUCCESS)
        return false;
    for (auto field : object) {
        std::string_view k;
        simdjson::ondemand::value value;
        if (field.escaped_key().get(k) != simdjson::SUCCESS || field.value().get(value) != simdjson::SUCCESS)
            return false;
        if (k == "event")
            readPayload(value, &refs->eventId, &refs->eventProblemId);
        else if (k == "event_struct")
            readPayload(value, &refs->structId, &refs->structProblemId);
        else if (k == "page")
            refs->page = view(stringOf(value));
        else if (k == "event_type")
            refs->eventType = view(stringOf(value));
        else if (k == "parent_data" || k == "metadata")
            refs->hasOwnEnrichment = true;
        else if (k == "studio") {
            bool b = false;
            refs->studio = value.get_bool().get(b) == simdjson::SUCCESS && b;
        }
        else if (k == "context") {
            simdjson::ondemand::object context, module;
            simdjson::ondemand::value key;
            if (value.get_object().get(context) == simdjson::SUCCESS
                && context.find_field_unordered("module").get_object().get(module) == simdjson::SUCCESS
                && module.find_field_unordered("usage_key").get(key) == simdjson::SUCCESS)
                refs->usageKey = view(stringOf(key));
        }
    }
    return true;
}

} // namespace

CourseBuilder::Candidates CourseBuilder::candidates(QByteArrayView r, bool *certain)
{
    Candidates out;
    if (certain)
        *certain = true;
    if (r.isEmpty())
        return out;
    if (const qsizetype at = r.lastIndexOf(QByteArrayView("block@")); at >= 0) { // block-v1:…+type@x+block@id
        out << untilDelimiter(r.sliced(at + 6));
        return out;
    }
    if (const qsizetype at = r.indexOf(QByteArrayView("i4x://")); at >= 0) { // i4x://Org/Num/type/id[@draft]
        QByteArrayView key = r.sliced(at + 6);
        int slashes = 0;
        qsizetype i = 0;
        for (; i < key.size() && slashes < 3; ++i)
            slashes += key[i] == '/';
        if (slashes == 3)
            out << untilDelimiter(key.sliced(i));
        return out;
    }
    if (const qsizetype at = r.lastIndexOf(QByteArrayView(";_")); at >= 0 && r.contains(QByteArrayView("i4x:;_"))) {
        out << untilDelimiter(r.sliced(at + 2)); // old URL-escaped keys: i4x:;_;_Org;_Num;_type;_id
        return out;
    }
    if (const qsizetype at = r.indexOf(QByteArrayView("/courseware/")); at >= 0) {
        QVarLengthArray<QByteArrayView, 2> segments;
        QByteArrayView rest = r.sliced(at + 12);
        for (const char end : {'?', '#'}) { // the query and fragment are not path segments
            if (const qsizetype cut = rest.indexOf(end); cut >= 0)
                rest = rest.first(cut);
        }
        while (!rest.isEmpty() && segments.size() < 2) {
            const qsizetype slash = rest.indexOf('/');
            const QByteArrayView segment = slash < 0 ? rest : rest.first(slash);
            if (!segment.isEmpty())
                segments << segment;
            if (slash < 0)
                break;
            rest = rest.sliced(slash + 1);
        }
        if (segments.size() >= 2)
            out << segments[1]; // the sequential
        if (!segments.isEmpty())
            out << segments[0]; // the chapter
        return out;
    }
    if (const qsizetype at = r.indexOf(QByteArrayView("/jump_to_id/")); at >= 0) {
        out << untilDelimiter(r.sliced(at + 12));
        return out;
    }
    if (r.startsWith(QByteArrayView("i4x-"))) {
        // i4x-Org-Num-type-id: the id is after the fourth hyphen, unless the course number or the
        // id itself holds hyphens; every suffix from the fourth hyphen on is a candidate.
        QVarLengthArray<qsizetype, 8> hyphens;
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (r[i] == '-')
                hyphens << i;
        }
        for (qsizetype h = 3; h < hyphens.size(); ++h)
            out << r.sliced(hyphens[h] + 1);
        return out;
    }
    if (!r.contains('/') && !r.contains(':') && !r.contains(' ')) {
        out << r; // a bare block id, or the id of something else (a forum thread)
        if (certain)
            *certain = false;
    }
    return out;
}

CourseBuilder::CourseBuilder(DocumentStore &store, QString sourceDatabase, QString sourceCollection)
    : m_store(store)
    , m_sourceDatabase(std::move(sourceDatabase))
    , m_sourceCollection(std::move(sourceCollection))
{
}

// The window: from the first instant of the enrollment day to the end of the completion day (an
// event at 23:59:59.999999 on that day is in: timestamps keep milliseconds).
Filter CourseBuilder::windowFilter(const QStringList &ids, const QDate &enrollment, const QDate &completion)
{
    QList<Value> idValues;
    for (const QString &id : ids) {
        if (!id.trimmed().isEmpty())
            idValues << Value(id.trimmed());
    }
    const qint64 from = QDateTime(enrollment, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    const qint64 until = QDateTime(completion.addDays(1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    return {{QStringLiteral("course_id"), Condition::In, idValues},
            {QStringLiteral("timestamp"), Condition::Gte, {Value(DateTime{from})}},
            {QStringLiteral("timestamp"), Condition::Lt, {Value(DateTime{until})}}};
}

Result<CourseBuildPreview> CourseBuilder::preview(const CourseConfig &config)
{
    CourseBuildPreview p;
    const Result<QStringList> databases = m_store.databases();
    if (!databases)
        return failure(databases.error());
    if (databases->contains(m_sourceDatabase)) {
        const Result<qint64> events = m_store.count(m_sourceDatabase, m_sourceCollection,
                                                    windowFilter(config.courseIds, config.enrollment, config.completion));
        if (!events)
            return failure(events.error());
        p.events = *events;
    }
    const QString database = config.destinationDatabase();
    if (databases->contains(database)) {
        const Result<QStringList> collections = m_store.collections(database);
        if (!collections)
            return failure(collections.error());
        if (collections->contains(config.collection.trimmed())) {
            const Result<qint64> existing = m_store.count(database, config.collection.trimmed());
            if (!existing)
                return failure(existing.error());
            p.existing = *existing;
        }
    }
    return p;
}

Result<EventSpan> CourseBuilder::eventSpan(const QStringList &courseIds)
{
    EventSpan span;
    const Result<QStringList> databases = m_store.databases();
    if (!databases)
        return failure(databases.error());
    if (!databases->contains(m_sourceDatabase))
        return span;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    for (const QString &id : courseIds) {
        // Events whose time could not be read have a null timestamp: left out by the bound (no
        // tracking event is older than 1970).
        const Filter filter{{QStringLiteral("course_id"), Condition::Eq, {Value(id.trimmed())}},
                            {QStringLiteral("timestamp"), Condition::Gte, {Value(DateTime{0})}}};
        for (const bool descending : {false, true}) {
            FindOptions options;
            options.orderBy = QStringLiteral("timestamp");
            options.descending = descending;
            options.limit = 1;
            const Status read = m_store.find(m_sourceDatabase, m_sourceCollection, filter, options, [&](const Document &d) {
                const Value time = d.value("timestamp");
                if (const auto *t = std::get_if<DateTime>(&time); t) {
                    first = std::min(first, t->msecs);
                    last = std::max(last, t->msecs);
                }
                return true;
            });
            if (!read)
                return failure(read.error());
        }
        const Result<qint64> n = m_store.count(m_sourceDatabase, m_sourceCollection, filter);
        if (!n)
            return failure(n.error());
        span.events += *n;
    }
    if (first <= last) {
        span.first = QDateTime::fromMSecsSinceEpoch(first, QTimeZone::UTC).date();
        span.last = QDateTime::fromMSecsSinceEpoch(last, QTimeZone::UTC).date();
    }
    return span;
}

CourseBuildResult CourseBuilder::build(const CourseConfig &config, const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    CourseBuildResult result;
    result.database = config.destinationDatabase();
    result.collection = config.collection.trimmed();
    auto fail = [&](const QString &message) {
        result.error = message;
        result.seconds = timer.nsecsElapsed() / 1e9;
        return result;
    };
    if (const QStringList problems = config.validate(); !problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    if (result.database == m_sourceDatabase)
        return fail(tr("The course collection cannot go into %1, the database of the tracking logs themselves: "
                       "choose the course's database or another one")
                        .arg(m_sourceDatabase));

    // The course structure(s): of each course id's database, and of the destination.
    QStringList structureDatabases{result.database};
    QStringList ids;
    for (const QString &id : config.courseIds) {
        if (id.trimmed().isEmpty())
            continue;
        ids << id.trimmed();
        const QString db = Classifier::databaseNameForCourse(CourseConfig::fileKeyOf(id));
        if (!structureDatabases.contains(db))
            structureDatabases << db;
    }
    QHash<QByteArray, std::string> enrichment; // block id → ,"parent_data":{…},"metadata":{…}
    const Result<QStringList> existing = m_store.databases();
    if (!existing)
        return fail(existing.error());
    for (const QString &db : std::as_const(structureDatabases)) {
        if (!existing->contains(db))
            continue;
        const Status read = m_store.find(db, QStringLiteral("course_structure"), {}, {}, [&](const Document &block) {
            const QByteArray id = block.string("block_id").toUtf8();
            if (id.isEmpty() || enrichment.contains(id))
                return true;
            QByteArray text = ",\"parent_data\":";
            bson_iter_t it;
            if (bson_iter_init_find(&it, block.bson(), "parent_data"))
                writeRelaxedJsonValue(text, &it);
            else
                text += "{}";
            text += ",\"metadata\":";
            if (bson_iter_init_find(&it, block.bson(), "metadata"))
                writeRelaxedJsonValue(text, &it);
            else
                text += "{}";
            enrichment.insert(id, text.toStdString());
            return true;
        });
        if (!read)
            return fail(tr("Reading %1.course_structure failed: %2").arg(db, read.error()));
    }
    result.blocks = enrichment.size();

    const Filter filter = windowFilter(ids, config.enrollment, config.completion);
    const qint64 total = m_store.count(m_sourceDatabase, m_sourceCollection, filter).value();

    Result<std::unique_ptr<WriteTransaction>> begun = m_store.beginWrite(result.database);
    if (!begun)
        return fail(tr("Cannot write to %1: %2").arg(result.database, begun.error()));
    std::unique_ptr<WriteTransaction> write = std::move(*begun);
    if (const Status replaced = write->replaceCollection(result.collection); !replaced)
        return fail(tr("Cannot replace %1.%2: %3").arg(result.database, result.collection, replaced.error()));

    const QString noStructure = tr("no course structure imported for this course");
    const QString notInStructure = tr("the block it names is not in the course structure");
    const QString unreadable = tr("the stored event could not be read");
    const QString hasOwn = tr("the event already has parent_data or metadata of its own");
    simdjson::ondemand::parser parser;
    std::string padded;

    // Writing runs on a thread of its own, a few batches behind reading and enriching
    // (ARCHITECTURE.md §3: both cores); the transaction is only touched by it until finish().
    // Written batches come back to be filled again: their buffers keep their capacity.
    BatchWriter writer(kQueuedBatches);
    auto batch = std::make_unique<EncodedWrite>(*write, result.collection);
    auto flush = [&] {
        if (batch->documents.empty())
            return true;
        if (!writer.push(std::move(batch)))
            return false;
        std::vector<std::unique_ptr<BatchWriter::Batch>> written = writer.takeWritten();
        if (written.empty()) {
            batch = std::make_unique<EncodedWrite>(*write, result.collection);
        } else {
            batch.reset(static_cast<EncodedWrite *>(written.back().release()));
            batch->documents.clear();
        }
        if (progress)
            progress(result.copied, total);
        return true;
    };
    bool stopped = false;
    FindOptions unordered;
    unordered.anyOrder = true; // (one course: the index gives time order anyway)
    const Status read = m_store.findEncoded(m_sourceDatabase, m_sourceCollection, filter, unordered,
                                          [&](QByteArrayView id, QByteArrayView json) {
        if (cancel && cancel->load()) {
            stopped = true;
            return false;
        }
        References refs;
        if (!readReferences(parser, padded, json, &refs)) {
            ++result.unresolved; // copied as it is stored: nothing in the window is left out
            ++result.reasons[unreadable];
            ++result.copied;
            batch->documents.appendId(std::string_view(id.data(), size_t(id.size())));
            batch->documents.appendJson(std::string_view(json.data(), size_t(json.size())));
            batch->documents.finish();
            return batch->documents.size() < kBatch || flush();
        }
        if (refs.studio) { // the course team's work in Studio is not learner activity
            ++result.studioLeftOut;
            return true;
        }
        const std::string *found = nullptr;
        bool referenced = false; // names a block for certain (a usage key, a courseware URL)
        // event_type is a reference only when it is a URL (implicit server events).
        const QByteArrayView eventTypeUrl = refs.eventType.startsWith('/') ? refs.eventType : QByteArrayView();
        for (const QByteArrayView r : {refs.structId, refs.eventId, refs.structProblemId, refs.eventProblemId,
                                       refs.usageKey, refs.page, eventTypeUrl}) {
            bool certain = false;
            const Candidates ids = candidates(r, &certain);
            referenced = referenced || (certain && !ids.isEmpty());
            for (const QByteArrayView c : ids) {
                const auto it = enrichment.constFind(QByteArray::fromRawData(c.data(), c.size()));
                if (it != enrichment.constEnd()) {
                    found = &*it;
                    break;
                }
            }
            if (found)
                break;
        }
        const std::string_view text(json.data(), size_t(json.size()));
        EncodedBatch &out = batch->documents;
        out.appendId(std::string_view(id.data(), size_t(id.size())));
        const bool enrich = found && !refs.hasOwnEnrichment && text.ends_with('}');
        if (enrich) {
            // The event's own text, then the block's fields before its closing brace.
            const std::string_view body = text.substr(0, text.size() - 1);
            out.appendJson(body);
            out.appendJson(body.size() == 1 ? std::string_view(*found).substr(1) : std::string_view(*found));
            out.appendJson("}");
            ++result.enriched;
        } else {
            out.appendJson(text);
        }
        out.finish();
        if (enrich) {
            // counted above
        } else if (found) {
            ++result.unresolved;
            ++result.reasons[hasOwn];
        } else if (!referenced) {
            ++result.withoutReference;
        } else {
            ++result.unresolved;
            ++result.reasons[enrichment.isEmpty() ? noStructure : notInStructure];
        }
        ++result.copied;
        return batch->documents.size() < kBatch || flush();
    });
    if (stopped) {
        writer.abandon();
        write->rollback();
        return fail(tr("Cancelled: the previous %1.%2 is unchanged").arg(result.database, result.collection));
    }
    (void)flush();
    if (const Status written = writer.finish(); !written)
        return fail(tr("Writing %1.%2 failed: %3").arg(result.database, result.collection, written.error()));
    if (!read)
        return fail(tr("Reading %1.%2 failed: %3").arg(m_sourceDatabase, m_sourceCollection, read.error()));
    if (const Status committed = write->commit(); !committed)
        return fail(tr("Writing %1.%2 failed: %3").arg(result.database, result.collection, committed.error()));
    write.reset();
    result.ok = true;
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

} // namespace EdxLoader
