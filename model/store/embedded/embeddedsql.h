#pragma once

// Internal to the embedded store: SQL helpers shared by the store and its write transaction.

#include "embeddedstore.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace EdxLoader::EmbeddedSql {

// Internal tables start with this prefix; every other table is a collection.
inline constexpr char kInternalPrefix[] = "_edxloader_";
// 1: id, file, doc, indexes over json_extract. 2: indexed top-level fields as columns.
inline constexpr int kSchemaVersion = 2;

// One connection to a database file, closed when it goes (or handed to a write transaction).
struct Connection
{
    sqlite3 *db = nullptr;
    Connection() = default;
    Connection(Connection &&other) noexcept : db(std::exchange(other.db, nullptr)) {}
    Connection &operator=(Connection &&other) noexcept
    {
        std::swap(db, other.db);
        return *this;
    }
    ~Connection() { sqlite3_close_v2(db); }
    sqlite3 *release() { return std::exchange(db, nullptr); }
};

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

// Creates the collection's table (and the files table) when missing.
bool ensureCollection(sqlite3 *db, const QString &collection);
bool tableExists(sqlite3 *db, const QString &collection);

// Field columns (schema version 2, docs/embedded-store.md): a top-level field an index is made on
// is also a column of its own, holding exactly what json_extract(doc, '$."field"') gives, filled
// by the writer as it inserts (no JSON to parse again per row) and used by queries in its place.
// Only plain top-level names can be columns (not id, file, doc or rowid).
bool fieldColumnEligible(const QString &field);
QStringList fieldColumns(sqlite3 *db, const QString &table); // in the table's order
// Adds the missing field columns to the table (created when missing) and fills them for the rows
// it holds already: a table of an earlier version is migrated so. True when nothing failed.
bool ensureFieldColumns(sqlite3 *db, const QString &table, const QStringList &fields);
// The expression a query uses for a field: its column when the table has one, else json_extract.
QByteArray fieldExpression(const QString &field, const QStringList &columns);

Result<std::unique_ptr<WriteTransaction>> beginWrite(Connection &&connection);

} // namespace EdxLoader::EmbeddedSql
