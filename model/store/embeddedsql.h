#pragma once

// Internal to the embedded store: SQL helpers shared by the store and its write transaction.

#include "embeddedstore.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace EdxLoader::EmbeddedSql {

// Internal tables start with this prefix; every other table is a collection.
inline constexpr char kInternalPrefix[] = "_edxloader_";

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    Statement() = default;
    Statement(sqlite3 *db, const QByteArray &sql) { sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr); }
    ~Statement() { sqlite3_finalize(stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    explicit operator bool() const { return stmt != nullptr; }
};

inline bool exec(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

inline QString lastError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : EmbeddedStore::tr("no database");
}

inline bool ensureCollection(sqlite3 *db, const QString &collection)
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

inline bool tableExists(sqlite3 *db, const QString &collection)
{
    Statement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    const QByteArray name = collection.toUtf8();
    sqlite3_bind_text(s.stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    return sqlite3_step(s.stmt) == SQLITE_ROW;
}

std::unique_ptr<WriteTransaction> beginWrite(sqlite3 *db, QString *error);

} // namespace EdxLoader::EmbeddedSql
