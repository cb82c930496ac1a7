// SQL helpers of the embedded store shared by the store and its write transaction.
#include "embeddedsql.h"

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

} // namespace EdxLoader::EmbeddedSql
