#include "trackingreader.h"

#include "keyescape.h"
#include "fastjson.h"
#include "jsonextent.h"
#include "lineloop.h"
#include "stageclock.h"
#include "rowids.h"
#include "linereader.h"

#include <QIODevice>

#include <algorithm>

namespace EdxLoader {

namespace {

// Fields the loader adds; an original field of the same name is kept as original_<name>.
constexpr const char *kAdded[] = {"course_id", "course_id_source", "studio", "timestamp", "event_struct",
                                  "load_file", "load_date"};

bool isAdded(QByteArrayView key)
{
    for (const char *a : kAdded) {
        if (key == a)
            return true;
    }
    return false;
}

QByteArrayView utf8Of(const bson_iter_t *it)
{
    if (!BSON_ITER_HOLDS_UTF8(it))
        return {};
    uint32_t length = 0;
    const char *s = bson_iter_utf8(it, &length);
    return QByteArrayView(s, length);
}

// The top-level string fields the loader reads (both routes): the time, the payload as JSON
// text, and the keys course attribution looks at.
struct TopLevel
{
    QByteArrayView time, timestamp, inner;
};

void noteTopLevelString(QByteArrayView key, QByteArrayView value, EventKeys *keys, TopLevel *top)
{
    if (key == "time")
        top->time = value;
    else if (key == "event_type")
        keys->eventType = value;
    else if (key == "host")
        keys->host = value;
    else if (key == "page")
        keys->page = value;
    else if (key == "event")
        top->inner = value;
    else if (key == "timestamp")
        top->timestamp = value;
    else if (key == "referer")
        keys->referer = value;
    else if (key == "course_id")
        keys->courseId = value;
}

// A payload's key that names a course or a block (both routes; the last of a repeated key wins).
void notePayloadKey(QByteArrayView key, QByteArrayView value, EventKeys *keys)
{
    if (key == "course_id")
        keys->eventCourseId = value;
    else if (key == "usage_key")
        keys->eventUsageKey = value;
    else if (key == "problem_id")
        keys->eventProblemId = value;
    else if (key == "id")
        keys->eventId = value;
}

// context.course_id and context.path.
void readContextKeys(const bson_iter_t *context, EventKeys *keys)
{
    bson_iter_t child;
    if (!bson_iter_recurse(context, &child))
        return;
    while (bson_iter_next(&child)) {
        const QByteArrayView key(bson_iter_key(&child), bson_iter_key_len(&child));
        if (key == "course_id")
            keys->contextCourseId = utf8Of(&child);
        else if (key == "path")
            keys->contextPath = utf8Of(&child);
    }
}

// The keys an event's payload may carry: course_id, usage_key, problem_id, id.
void readPayloadKeys(const bson_t *payload, EventKeys *keys)
{
    bson_iter_t child;
    if (!bson_iter_init(&child, payload))
        return;
    while (bson_iter_next(&child))
        notePayloadKey(QByteArrayView(bson_iter_key(&child), bson_iter_key_len(&child)), utf8Of(&child), keys);
}

// A MongoDB-exported log carries _id as {"$oid": "…"} (escaped on parsing): keep it as the
// ObjectId it was.
void appendOriginalId(Document &doc, const bson_iter_t *it)
{
    bson_iter_t child;
    if (BSON_ITER_HOLDS_DOCUMENT(it) && bson_iter_recurse(it, &child) && bson_iter_next(&child)
        && QByteArrayView(bson_iter_key(&child)) == escapeKey("$oid") && BSON_ITER_HOLDS_UTF8(&child)) {
        ObjectId oid;
        if (ObjectId::fromHex(QString::fromUtf8(bson_iter_utf8(&child, nullptr)), &oid) && !bson_iter_next(&child)) {
            doc.appendObjectId("original_id", oid);
            return;
        }
    }
    bson_append_iter(doc.bson(), "original_id", -1, it);
}

// A prefix as an error report keeps it: its first 4 KB, bytes outside printable ASCII as \xHH.
QByteArray escapedPrefix(QByteArrayView prefix)
{
    QByteArray out;
    for (const char c : prefix.first(std::min<qsizetype>(prefix.size(), 4096))) {
        if (c >= 0x20 && c < 0x7f && c != '\\')
            out += c;
        else
            out += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
    }
    return out;
}

// The text route's views of an event's members.
QByteArrayView stringOf(simdjson::dom::element value)
{
    std::string_view s;
    if (value.get_string().get(s) != simdjson::SUCCESS)
        return {};
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

// The keys a payload object carries, as readPayloadKeys reads them.
void readPayloadMembers(simdjson::dom::object payload, EventKeys *keys)
{
    for (const auto field : payload)
        notePayloadKey(QByteArrayView(field.key.data(), qsizetype(field.key.size())), stringOf(field.value), keys);
}

} // namespace

// Why a line that holds a '{' did not parse: cut short (TRACK_MAX_EVENT cuts lines at 1000,
// 10 000 or 50 000 characters, mid-token), more text after a complete object, or invalid JSON.
void TrackingReader::rejectUnparsed(ReaderSink &sink, const QByteArray &line, QByteArrayView json, qsizetype brace,
                                    qint64 number, const QString &error) const
{
    const JsonExtent extent = jsonExtent(json);
    if (extent.kind == JsonExtent::Unterminated)
        sink.rejected({number, QStringLiteral("truncated"),
                       tr("The line ends before its JSON does (%1 characters): %2").arg(line.size()).arg(error), line});
    else if (extent.kind == JsonExtent::Trailing)
        sink.rejected({number, QStringLiteral("trailing-data"),
                       tr("A complete JSON object is followed by more text (from character %1)")
                           .arg(brace + extent.end + 1),
                       line});
    else
        sink.rejected({number, QStringLiteral("not-json"), error, line});
}

TrackingReader::TrackingReader(const QByteArray &fileKey, const QString &loadFile, const QDateTime &loadDate)
    : m_fileKey(fileKey)
    , m_loadFile(loadFile)
    , m_loadFileUtf8(loadFile.toUtf8())
    , m_loadDate(loadDate.toMSecsSinceEpoch())
{
}

void TrackingReader::countSource(const CourseAttribution::Found &found)
{
    const char *source = found.course.isEmpty() ? "none" : found.source ? found.source : "context.course_id";
    if (source != m_lastSource) { // events come in runs of the same kind
        m_lastSource = source;
        m_lastSourceCount = &m_sourceCounts[QString::fromLatin1(source)];
    }
    ++*m_lastSourceCount;
    m_studioEvents += found.studio;
}

const QByteArray &TrackingReader::courseUtf8(const QString &course)
{
    if (course != m_lastCourse) { // runs of one course: its UTF-8 made once
        m_lastCourse = course;
        m_lastCourseUtf8 = course.toUtf8();
    }
    return m_lastCourseUtf8;
}

// The text route: the same event, the same warnings in the same order, the same bytes as the
// document route gives (tst_importjob::textRouteGivesTheDocumentRouteBytes compares them).
bool TrackingReader::readTextEvent(ReaderSink &sink, const QByteArray &line, const QByteArray &text, qsizetype brace,
                                   qint64 number, qint64 parseStarted)
{
    QString error;
    bool incomplete = false;
    bool repaired = false;
    const QByteArrayView json = QByteArrayView(text).sliced(brace);
    QByteArray fixed;
    bool parsed = m_json.parseMembers(json, &m_members, &error, &incomplete);
    if (!parsed && !incomplete && !bson_utf8_validate(json.data(), size_t(json.size()), false)) {
        fixed = QString::fromUtf8(json).toUtf8(); // bytes that are not UTF-8 become U+FFFD
        parsed = repaired = m_json.parseMembers(fixed, &m_members, &error, &incomplete);
    }
    if (!parsed) {
        rejectUnparsed(sink, line, json, brace, number, error);
        return true;
    }

    const qint64 encodeStarted = parseStarted ? StageClock::now() : 0;
    if (parseStarted)
        StageClock::add(StageClock::Parse, encodeStarted - parseStarted);

    // The event's own members, written as they come (a few renamed), their keys noted.
    JsonText::Out &out = m_text;
    out.clear();
    out += "{\"_id\":";
    const ObjectId id = rowObjectId(m_fileKey, number);
    JsonText::writeObjectId(out, &id.oid);
    EventKeys keys;
    TopLevel top;
    simdjson::dom::object payload;
    bool hasPayload = false;
    for (const FastJson::Member &m : m_members) {
        const QByteArrayView key(m.key.data(), qsizetype(m.key.size()));
        const simdjson::dom::element &value = m.value;
        if (value.is_string()) {
            noteTopLevelString(key, stringOf(value), &keys, &top);
        } else if (value.is_object()) {
            if (key == "context") {
                for (const auto field : simdjson::dom::object(value)) {
                    if (field.key == "course_id")
                        keys.contextCourseId = stringOf(field.value);
                    else if (field.key == "path")
                        keys.contextPath = stringOf(field.value);
                }
            } else if (key == "event") {
                payload = simdjson::dom::object(value);
                hasPayload = true;
            }
        }
        out += ',';
        if (key == "_id") { // kept aside, never used (FORMATS.md §9.6)
            out += "\"original_id\":";
            if (value.is_object()) { // ({"$oid": …}: as the document route keeps it, through BSON)
                Document kept, converted;
                if (!m_json.appendValue(kept.bson(), "_id", value, &error)) {
                    rejectUnparsed(sink, line, json, brace, number, error);
                    return true;
                }
                bson_iter_t it;
                bson_iter_init(&it, kept.bson());
                bson_iter_next(&it);
                appendOriginalId(converted, &it);
                bson_iter_init(&it, converted.bson());
                bson_iter_next(&it);
                QByteArray value;
                writeRelaxedJsonValue(value, &it);
                out.append(value.constData(), size_t(value.size()));
                continue;
            }
        } else if (isAdded(key)) {
            const QByteArray renamed = "original_" + key.toByteArray();
            JsonText::writeString(out, renamed.constData(), uint32_t(renamed.size()));
            out += ':';
        } else {
            FastJson::writeKey(out, m.key);
            out += ':';
        }
        if (!m_json.writeValue(out, value, &error)) {
            rejectUnparsed(sink, line, json, brace, number, error);
            return true;
        }
    }
    const qint64 transformStarted = parseStarted ? StageClock::now() : 0;
    if (parseStarted)
        StageClock::add(StageClock::Encode, transformStarted - encodeStarted);

    // event as a JSON string: parsed into event_struct (nothing of it when it cannot be whole).
    bool hasStructured = false;
    if (top.inner.size() > 1 && top.inner.front() == '{') {
        QString ignored;
        m_structText.clear();
        hasStructured = m_inner.parseMembers(top.inner, &m_innerMembers, &ignored);
        if (hasStructured) {
            m_structText += '{';
            for (size_t i = 0; i < m_innerMembers.size() && hasStructured; ++i) {
                if (i > 0)
                    m_structText += ',';
                FastJson::writeKey(m_structText, m_innerMembers[i].key);
                m_structText += ':';
                hasStructured = m_inner.writeValue(m_structText, m_innerMembers[i].value, &ignored);
            }
            m_structText += '}';
        }
    }
    if (hasPayload) {
        readPayloadMembers(payload, &keys);
    } else if (hasStructured) {
        for (const FastJson::Member &m : m_innerMembers)
            notePayloadKey(QByteArrayView(m.key.data(), qsizetype(m.key.size())), stringOf(m.value), &keys);
    }

    const CourseAttribution::Found found = m_attribution.attribute(keys);
    countSource(found);
    // No "time": a top-level date-time "timestamp" gives it (kept as original_timestamp).
    const QByteArrayView time = top.time.isEmpty() ? top.timestamp : top.time;
    qint64 ms = 0;
    const bool timed = !time.isEmpty() && parseIsoDateTime(time, &ms);

    // The warnings, in the document route's order.
    if (brace > 0)
        sink.warning({number, QStringLiteral("leading-text"),
                      tr("%n byte(s) before the JSON object were ignored (kept here, escaped)", nullptr, int(brace)),
                      escapedPrefix(text.first(brace))});
    if (repaired)
        sink.warning(invalidUtf8Warning(number, line, line.indexOf(json) + firstInvalidUtf8(json)));
    if (const int repeated = m_json.duplicateKeys())
        sink.warning({number, QStringLiteral("duplicate-key"),
                      tr("%n key(s) repeated in an object: the last value was kept, as JSON readers do", nullptr, repeated),
                      line});
    if (!timed)
        sink.warning({number, QStringLiteral("bad-time"),
                      tr("The time \"%1\" is not a date and time").arg(QString::fromUtf8(time.left(60))), line});

    // What the loader adds.
    const QByteArray &course = courseUtf8(found.course);
    out += ",\"course_id\":";
    JsonText::writeString(out, course.constData(), uint32_t(course.size()));
    if (found.source) {
        out += ",\"course_id_source\":";
        JsonText::writeString(out, found.source, uint32_t(qstrlen(found.source)));
    }
    if (found.studio)
        out += ",\"studio\":true";
    out += ",\"timestamp\":";
    if (timed)
        JsonText::writeDate(out, ms);
    else
        out += "null";
    if (hasStructured) {
        out += ",\"event_struct\":";
        out.append(m_structText.data(), m_structText.size());
    }
    out += ",\"load_file\":";
    JsonText::writeString(out, m_loadFileUtf8.constData(), uint32_t(m_loadFileUtf8.size()));
    out += ",\"load_date\":";
    JsonText::writeDate(out, m_loadDate);
    out += '}';

    // The document itself: what the writer indexes and the import counts.
    Document doc;
    doc.appendObjectId("_id", id);
    doc.appendUtf8("course_id", course);
    if (timed)
        doc.appendDate("timestamp", ms);
    else
        doc.appendNull("timestamp");
    doc.encoded().assign(out.data(), out.size());
    if (transformStarted)
        StageClock::add(StageClock::Transform, StageClock::now() - transformStarted);
    return sink.document(std::move(doc), number);
}

bool TrackingReader::read(QIODevice *device, ReaderSink &sink, QString *fatal)
{
    LineReader lines(device);
    const bool readWhole = forEachLine(lines, sink, LineTrim::Whitespace, 1024,
                                       [&](const QByteArray &line, const QByteArray &text, qint64 number) {
        const qint64 parseStarted = StageClock::enabled() ? StageClock::now() : 0;
        // Some producers put a syslog-style prefix before the JSON (FORMATS.md §6.1), log rotation
        // leaves NUL padding, grep a "file.gz:" prefix: the event is read from its JSON.
        const qsizetype brace = text.indexOf('{');
        if (brace != 0 && m_json.isValue(text)) {
            sink.rejected({number, QStringLiteral("not-an-object"),
                           tr("A JSON value that is not an object: a tracking event is one JSON object"), line});
            return true;
        }
        if (brace < 0) {
            sink.rejected({number, QStringLiteral("not-json"), tr("No JSON object on this line"), line});
            return true;
        }
        if (m_textOnly)
            return readTextEvent(sink, line, text, brace, number, parseStarted);
        // Parsed straight into the document, after its _id, with its keys already escaped; the
        // original key names are only needed to find the added fields, which contain neither '.'
        // nor a leading '$'.
        Document doc;
        doc.appendObjectId("_id", rowObjectId(m_fileKey, number));
        QString error;
        bool incomplete = false;
        bool repaired = false;
        const QByteArrayView json = QByteArrayView(text).sliced(brace);
        bool parsed = m_json.appendObject(json, doc.bson(), &error, &incomplete);
        if (!parsed && !incomplete && !bson_utf8_validate(json.data(), size_t(json.size()), false)) {
            doc = Document();
            doc.appendObjectId("_id", rowObjectId(m_fileKey, number));
            const QByteArray fixed = QString::fromUtf8(json).toUtf8(); // bytes that are not UTF-8 become U+FFFD
            parsed = repaired = m_json.appendObject(fixed, doc.bson(), &error, &incomplete);
        }
        if (!parsed) {
            rejectUnparsed(sink, line, json, brace, number, error);
            return true;
        }
        if (brace > 0)
            sink.warning({number, QStringLiteral("leading-text"),
                          tr("%n byte(s) before the JSON object were ignored (kept here, escaped)", nullptr, int(brace)),
                          escapedPrefix(text.first(brace))});
        if (repaired)
            sink.warning(invalidUtf8Warning(number, line, line.indexOf(json) + firstInvalidUtf8(json)));
        if (const int repeated = m_json.duplicateKeys())
            sink.warning({number, QStringLiteral("duplicate-key"),
                          tr("%n key(s) repeated in an object: the last value was kept, as JSON readers do", nullptr, repeated),
                          line});
        const qint64 transformStarted = parseStarted ? StageClock::now() : 0;
        if (parseStarted)
            StageClock::add(StageClock::Parse, transformStarted - parseStarted);

        // The fields the loader reads are noted on the way (views into `doc`: used before anything
        // is appended to it).
        EventKeys keys;
        TopLevel top;
        bson_t payload;
        bool hasPayload = false;
        bool renames = false; // a field of the log named _id or like an added one
        bson_iter_t it;
        bson_iter_init(&it, doc.bson());
        bson_iter_next(&it); // (our _id)
        while (bson_iter_next(&it)) {
            const QByteArrayView key(bson_iter_key(&it), bson_iter_key_len(&it));
            if (BSON_ITER_HOLDS_UTF8(&it)) {
                noteTopLevelString(key, utf8Of(&it), &keys, &top);
            } else if (BSON_ITER_HOLDS_DOCUMENT(&it)) {
                if (key == "context") {
                    readContextKeys(&it, &keys);
                } else if (key == "event") {
                    uint32_t length = 0;
                    const uint8_t *data = nullptr;
                    bson_iter_document(&it, &length, &data);
                    hasPayload = bson_init_static(&payload, data, length);
                }
            }
            renames = renames || key == "_id" || isAdded(key);
        }

        // event as a JSON string (browser events, implicit server events): parsed into event_struct.
        Document structured;
        bool hasStructured = false;
        if (top.inner.size() > 1 && top.inner.front() == '{') {
            QString ignored;
            hasStructured = m_json.appendObject(top.inner, structured.bson(), &ignored);
        }
        if (hasPayload)
            readPayloadKeys(&payload, &keys);
        else if (hasStructured)
            readPayloadKeys(structured.bson(), &keys);

        // The course: context.course_id, else the keys and URLs the event carries.
        const CourseAttribution::Found found = m_attribution.attribute(keys);
        countSource(found);

        // No "time": a top-level date-time "timestamp" gives it (kept as original_timestamp).
        const QByteArrayView time = top.time.isEmpty() ? top.timestamp : top.time;
        qint64 ms = 0;
        const bool timed = !time.isEmpty() && parseIsoDateTime(time, &ms);
        if (!timed)
            sink.warning({number, QStringLiteral("bad-time"),
                          tr("The time \"%1\" is not a date and time").arg(QString::fromUtf8(time.left(60))), line});

        // Rarely, fields of the log are renamed: an _id from a MongoDB-exported log is kept aside,
        // never used (FORMATS.md §9.6), a field named like an added one as original_<name>.
        Document renamed;
        if (renames) {
            bson_iter_init(&it, doc.bson());
            bson_iter_next(&it);
            bson_append_iter(renamed.bson(), "_id", 3, &it);
            while (bson_iter_next(&it)) {
                const QByteArrayView key(bson_iter_key(&it), bson_iter_key_len(&it));
                if (key == "_id")
                    appendOriginalId(renamed, &it);
                else if (isAdded(key))
                    bson_append_iter(renamed.bson(), QByteArray("original_" + key.toByteArray()).constData(), -1, &it);
                else
                    bson_append_iter(renamed.bson(), key.data(), int(key.size()), &it);
            }
        }
        Document &out = renames ? renamed : doc; // (from here on, the views into doc are not used)
        out.appendUtf8("course_id", courseUtf8(found.course));
        if (found.source)
            out.appendUtf8("course_id_source", found.source);
        if (found.studio)
            out.appendBool("studio", true);
        if (timed)
            out.appendDate("timestamp", ms);
        else
            out.appendNull("timestamp");
        if (hasStructured)
            out.appendDocument("event_struct", structured);
        out.appendUtf8("load_file", m_loadFileUtf8);
        out.appendDate("load_date", m_loadDate);
        if (transformStarted)
            StageClock::add(StageClock::Transform, StageClock::now() - transformStarted);

        return sink.document(std::move(out), number);
    });
    if (!readWhole) {
        *fatal = tr("Reading stopped after line %1: %2").arg(lines.lineNumber()).arg(lines.errorString());
        return false;
    }
    return true;
}

} // namespace EdxLoader
