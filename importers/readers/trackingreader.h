#pragma once

#include "courseattribution.h"
#include "fastjson.h"
#include "readersink.h"

#include <QCoreApplication>
#include <QDateTime>

class QIODevice;

namespace EdxLoader {

// Daily tracking logs (FORMATS.md §6): one JSON event per line, streamed with no limit on line
// length. Each valid line becomes one document of the master collection with its original
// fields (keys MongoDB cannot store escaped, see keyescape.h) plus course_id, timestamp,
// event_struct, load_file and load_date (PRODUCT.md §5).
class TrackingReader
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::TrackingReader)

public:
    // loadFile: the ledger key of the file; loadDate: when this import started.
    TrackingReader(const QByteArray &fileKey, const QString &loadFile, const QDateTime &loadDate);

    bool read(QIODevice *device, ReaderSink &sink, QString *fatal);

    // For a store that keeps JSON text (the embedded one): each event's text is written straight
    // from the parsed line into Document::encoded() — the same bytes as the document's own
    // relaxed JSON — and the document itself holds only _id, course_id and timestamp (what the
    // writer indexes and counts). Not for MongoDB, nor when learners are anonymised (both need
    // the whole document).
    void setTextOnly(bool textOnly) { m_textOnly = textOnly; }

    // After read(): events by how their course was found — "context.course_id", "course_id",
    // "event.course_id", "event.usage_key", "event.problem_id", "event.id", "event_type",
    // "context.path", "page", "referer", "i4x", or "none"; and how many were the course team's
    // requests to Studio (tagged "studio": true).
    QMap<QString, qint64> courseSources() const { return m_sourceCounts; }
    qint64 studioEvents() const { return m_studioEvents; }

private:
    void countSource(const CourseAttribution::Found &found);
    bool readTextEvent(ReaderSink &sink, const QByteArray &line, const QByteArray &text, qsizetype brace,
                       qint64 number, qint64 parseStarted);
    const QByteArray &courseUtf8(const QString &course);
    void rejectUnparsed(ReaderSink &sink, const QByteArray &line, QByteArrayView json, qsizetype brace, qint64 number,
                        const QString &error) const;

    QByteArray m_fileKey;
    QString m_loadFile;
    QByteArray m_loadFileUtf8;
    QString m_lastCourse; // the course of the last event, and its UTF-8
    QByteArray m_lastCourseUtf8;
    qint64 m_loadDate;
    FastJson m_json;
    bool m_textOnly = false;
    FastJson m_inner; // an event's JSON-text payload (the text route keeps both parsed at once)
    std::vector<FastJson::Member> m_members, m_innerMembers;
    JsonText::Out m_text, m_structText;
    CourseAttribution m_attribution;
    QMap<QString, qint64> m_sourceCounts;
    const char *m_lastSource = nullptr;
    qint64 *m_lastSourceCount = nullptr;
    qint64 m_studioEvents = 0;
};

} // namespace EdxLoader
