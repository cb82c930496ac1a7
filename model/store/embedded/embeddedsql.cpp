// SQL helpers of the embedded store shared by the store and its write transaction.
#include "embeddedsql.h"

#include <QRegularExpression>

namespace EdxLoader::EmbeddedSql {

bool ensureCollection(sqlite3 *db, const QString &collection)
{
    const QByteArray table = EmbeddedStore::quoteIdentifier(collection);
    const QByteArray fileIndex = EmbeddedStore::quoteIdentifier(collection + QStringLiteral("$file"));
    // file: the number of the source file in _edxloader_files (an integer keeps the index small).
    return exec(db, QByteArray("CREATE TABLE IF NOT EXISTS ") + kInternalPrefix
                        + "files (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
                          "CREATE TABLE IF NOT EXISTS " + table
                        + " (id TEXT NOT NULL UNIQUE, file INTEGER, doc TEXT NOT NULL);"
                          "CREATE INDEX IF NOT EXISTS "
                        + fileIndex + " ON " + table + "(file) WHERE file IS NOT NULL;");
}

bool tableExists(sqlite3 *db, const QString &collection)
{
    Statement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    const QByteArray name = collection.toUtf8();
    sqlite3_bind_text(s.stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    return sqlite3_step(s.stmt) == SQLITE_ROW;
}

bool fieldColumnEligible(const QString &field)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    static const QStringList reserved{QStringLiteral("id"), QStringLiteral("file"), QStringLiteral("doc"),
                                      QStringLiteral("rowid"), QStringLiteral("oid"), QStringLiteral("_rowid_")};
    return plain.match(field).hasMatch() && !reserved.contains(field, Qt::CaseInsensitive);
}

QStringList fieldColumns(sqlite3 *db, const QString &table)
{
    QStringList columns;
    Statement s(db, "SELECT name FROM pragma_table_info(?)");
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(s.stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    while (s && sqlite3_step(s.stmt) == SQLITE_ROW) {
        const QString column = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 0)));
        if (column != QLatin1String("id") && column != QLatin1String("file") && column != QLatin1String("doc"))
            columns << column;
    }
    return columns;
}

bool ensureFieldColumns(sqlite3 *db, const QString &table, const QStringList &fields)
{
    if (!ensureCollection(db, table))
        return false;
    const QStringList existing = fieldColumns(db, table);
    QByteArrayList added, fills;
    for (const QString &field : fields) {
        if (!fieldColumnEligible(field) || existing.contains(field) || added.contains(field.toUtf8()))
            continue;
        const QByteArray column = EmbeddedStore::quoteIdentifier(field);
        if (!exec(db, "ALTER TABLE " + EmbeddedStore::quoteIdentifier(table) + " ADD COLUMN " + column))
            return false;
        added << field.toUtf8();
        fills << column + " = " + fieldExpression(field, {});
    }
    // The rows already there (a table written by an earlier version): once, by SQLite itself.
    if (!fills.isEmpty()
        && !exec(db, "UPDATE " + EmbeddedStore::quoteIdentifier(table) + " SET " + fills.join(", ")))
        return false;
    if (!added.isEmpty())
        exec(db, QByteArray("INSERT OR REPLACE INTO ") + kInternalPrefix + "meta VALUES ('schema_version', '"
                     + QByteArray::number(kSchemaVersion) + "')");
    return true;
}

QByteArray fieldExpression(const QString &field, const QStringList &columns)
{
    if (columns.contains(field))
        return EmbeddedStore::quoteIdentifier(field);
    return EmbeddedStore::fieldExpression(field);
}

} // namespace EdxLoader::EmbeddedSql
