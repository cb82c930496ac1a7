#pragma once

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

    // The course an event belongs to: context.course_id, else a top-level course_id, else the
    // course in a /courses/… URL of event_type, page or context.path (both key styles).
    static QString courseFromUrl(QStringView url);

private:
    void rejectUnparsed(ReaderSink &sink, const QByteArray &line, QByteArrayView json, qsizetype brace, qint64 number,
                        const QString &error) const;

    QByteArray m_fileKey;
    QString m_loadFile;
    qint64 m_loadDate;
    FastJson m_json;
};

} // namespace EdxLoader
