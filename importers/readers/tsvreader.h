#pragma once

#include <QCoreApplication>

#include "columnschema.h"
#include "readersink.h"

#include <QStringList>

class QIODevice;

namespace EdxLoader {

// The ".sql" files of the data package: TAB-separated text with a header (FORMATS.md §2–§3).
// Columns are mapped by header name and typed from the column schema; rows with the wrong
// number of fields are rejected with their line number, never shifted.
class TsvReader
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::TsvReader)

public:
    TsvReader(const QString &table, const QByteArray &fileKey, const ColumnSchema &schema = ColumnSchema::builtIn());

    // Returns false when the file cannot be read at all (no header, I/O error): fatal says why.
    bool read(QIODevice *device, ReaderSink &sink, QString *fatal);

    static QByteArray unescapeMySql(QByteArrayView field);
    static QByteArray unescapeBackslashes(QByteArrayView field);

private:
    QString m_table;
    QByteArray m_fileKey;
    const ColumnSchema &m_schema;
};

} // namespace EdxLoader
