#pragma once

#include "documentstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <string>
#include <string_view>

namespace EdxLoader {

// A filter written as a MongoDB query document (`--filter`): {"field": value} for equality,
// {"field": {"$in": [...]}} and the bounds $gt, $gte, $lt, $lte, several per field; values in
// Extended JSON ({"$date": "2016-03-01T00:00:00Z"}, {"$oid": "…"}). Dotted paths name nested
// fields. False, with a message, for anything else.
bool filterFromJson(const QByteArray &json, Filter *filter, QString *error);

struct CsvExportParams
{
    QString database;
    QString collection;
    Filter filter;
    QStringList fields;    // dotted paths; empty: the top-level fields found in a sample
    bool excelBom = false; // start with a UTF-8 byte-order mark (Excel then reads UTF-8)
    bool anonymize = false;
    QString outputPath;
};

struct CsvExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QStringList fields;           // the columns written
    QStringList fieldsLeftOut;    // top-level fields met after the sample (only when fields were not given)
    qint64 rows = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

// Writes a collection, whole or filtered, as CSV (RFC 4180: comma-separated, fields with a
// comma, quote, CR, LF or TAB quoted, quotes doubled, CRLF line ends; UTF-8). One column per
// field path: strings as they are, numbers, true/false, dates as ISO-8601 UTC with
// milliseconds, ObjectIds as their 24 hex digits, objects and arrays as their relaxed
// Extended JSON text, null and missing fields empty. Streams: memory does not grow with the
// collection. The file appears only when complete (written beside it, then renamed).
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::CsvExporter)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    explicit CsvExporter(DocumentStore &store);

    // The field paths of up to sampleSize matching documents, in the order first met: every
    // top-level field and, with nested, the dotted path of each field inside objects too.
    Result<QStringList> sampleFields(const QString &database, const QString &collection, const Filter &filter = {},
                                     int sampleSize = 1000, bool nested = true);
    CsvExportResult run(const CsvExportParams &params, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr);

    // RFC 4180 quoting of one cell, appended to a row (exposed for tests and other exports).
    static void appendCell(std::string &row, std::string_view text);

private:
    DocumentStore &m_store;
};

} // namespace EdxLoader
