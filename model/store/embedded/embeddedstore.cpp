#include "embeddedstore.h"

#include "embeddedsql.h"
#include "stageclock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>
#include <unordered_map>

#include <sqlite3.h>

namespace EdxLoader {

namespace {

using namespace EmbeddedSql;

bool validName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
           && name != QLatin1String(".") && name != QLatin1String("..") && !name.contains(QChar(0));
}

void bindValue(sqlite3_stmt *stmt, int index, const Value &v)
{
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                sqlite3_bind_null(stmt, index);
            else if constexpr (std::is_same_v<T, bool>)
                sqlite3_bind_int(stmt, index, x ? 1 : 0);
            else if constexpr (std::is_same_v<T, qint64>)
                sqlite3_bind_int64(stmt, index, x);
            else if constexpr (std::is_same_v<T, double>)
                sqlite3_bind_double(stmt, index, x);
            else if constexpr (std::is_same_v<T, QString>) {
                const QByteArray utf8 = x.toUtf8();
                sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                // Dates and ObjectIds are objects in the stored JSON: json_extract returns their
                // compact text, which is what we compare with (and, for dates, order by).
                const QByteArray utf8 = valueToJson(x).toUtf8();
                sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            }
        },
        v);
}

Value columnValue(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, column);
    case SQLITE_NULL:
        return {};
    default: {
        const QByteArray text(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                              sqlite3_column_bytes(stmt, column));
        if (text.startsWith("{\"$date\":") || text.startsWith("{\"$oid\":")) {
            Document d;
            if (Document::fromJson(QByteArray("{\"v\":" + text + "}"), &d, nullptr)) {
                const Value v = d.value("v");
                if (!std::holds_alternative<std::monostate>(v))
                    return v;
            }
        }
        return QString::fromUtf8(text);
    }
    }
}

// WHERE clause for a filter; values are bound in order by bindFilter.
QByteArray whereClause(const Filter &filter, const QStringList &columns)
{
    if (filter.isEmpty())
        return {};
    QByteArrayList parts;
    for (const Condition &c : filter) {
        const QByteArray lhs = c.field == QLatin1String("_id") ? QByteArray("id") : fieldExpression(c.field, columns);
        const bool isNull = c.values.size() == 1 && std::holds_alternative<std::monostate>(c.values.first());
        switch (c.op) {
        case Condition::Eq:
            parts << (isNull ? QByteArray(lhs + " IS NULL") : QByteArray(lhs + " = ?"));
            break;
        case Condition::In: {
            QByteArrayList marks(c.values.size(), "?");
            parts << lhs + " IN (" + marks.join(',') + ')';
            break;
        }
        case Condition::Gt: parts << lhs + " > ?"; break;
        case Condition::Gte: parts << lhs + " >= ?"; break;
        case Condition::Lt: parts << lhs + " < ?"; break;
        case Condition::Lte: parts << lhs + " <= ?"; break;
        }
    }
    return " WHERE " + parts.join(" AND ");
}

QByteArrayView columnText(sqlite3_stmt *stmt, int column)
{
    return {reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)), sqlite3_column_bytes(stmt, column)};
}

int bindFilter(sqlite3_stmt *stmt, const Filter &filter, int first = 1)
{
    int index = first;
    for (const Condition &c : filter) {
        const bool isNull = c.op == Condition::Eq && c.values.size() == 1
                            && std::holds_alternative<std::monostate>(c.values.first());
        if (isNull)
            continue;
        for (const Value &v : c.values) {
            if (c.field == QLatin1String("_id")) {
                const QByteArray id = EmbeddedStore::idText(v);
                sqlite3_bind_text(stmt, index++, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            } else {
                bindValue(stmt, index++, v);
            }
        }
    }
    return index;
}

} // namespace

EmbeddedStore::EmbeddedStore(const QString &directory)
    : m_directory(QDir(directory).absolutePath())
{
}

EmbeddedStore::~EmbeddedStore() = default;

QString EmbeddedStore::databasePath(const QString &database) const
{
    return QDir(m_directory).filePath(database + QStringLiteral(".sqlite"));
}

QString EmbeddedStore::description() const
{
    return EmbeddedStore::tr("embedded store in %1").arg(QDir::toNativeSeparators(m_directory));
}

QByteArray EmbeddedStore::quoteIdentifier(const QString &name)
{
    QByteArray utf8 = name.toUtf8();
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

QByteArray EmbeddedStore::fieldExpression(const QString &field)
{
    QByteArray path = "$";
    for (const QString &part : field.split(QLatin1Char('.'))) {
        QByteArray utf8 = part.toUtf8();
        utf8.replace('\'', "''");
        path += ".\"" + utf8 + '"';
    }
    return "json_extract(doc, '" + path + "')";
}

QByteArray EmbeddedStore::idText(const Value &id)
{
    return valueToJson(id).toUtf8();
}

Result<Connection> EmbeddedStore::open(const QString &database, bool create) const
{
    if (!validName(database))
        return failure(EmbeddedStore::tr("Invalid database name \"%1\"").arg(database));
    const QString path = databasePath(database);
    if (!create && !QFile::exists(path))
        return failure(EmbeddedStore::tr("No database %1 in %2").arg(database, m_directory));
    if (create && !QDir().mkpath(m_directory))
        return failure(EmbeddedStore::tr("Cannot create the folder %1").arg(m_directory));
    Connection c;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, flags, nullptr) != SQLITE_OK)
        return failure(EmbeddedStore::tr("Cannot open %1: %2").arg(path, lastError(c.db)));
    // A rollback journal rather than WAL: bulk loads then write each page once (WAL writes it
    // twice, measured 82 k against 123 k rows/s). synchronous FULL: a file's transaction survives
    // a power loss whole or not at all, for one more fsync per file. A long busy timeout makes
    // concurrent loaders wait for each other instead of failing.
    sqlite3_busy_timeout(c.db, 600000);
    // 64 KB pages (set before a new file's first table; an existing file keeps its own): with
    // documents of 1-2 KB, 4 KB pages hold one or two each and leave much of them empty, and every
    // page is a system call; measured 107 k against 136-158 k rows/s for studentmodule, 75 k
    // against 143 k events/s for a course build. secure_delete FAST: Debian builds SQLite to zero
    // every freed page, which journals them all (dropping a 1.2 GB collection took 8-10 s, 0.2 s
    // without); FAST still clears deleted rows on the pages a change writes anyway.
    exec(c.db, "PRAGMA page_size = 65536; PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
               "PRAGMA cache_size = -65536; PRAGMA secure_delete = FAST;");
    // Only writers create the meta table: a reader must never need the write lock, which a
    // loader of the same database may hold for the length of a file.
    if (create && !tableExists(c.db, QString::fromLatin1(kInternalPrefix) + QStringLiteral("meta")))
        exec(c.db, QByteArray("CREATE TABLE IF NOT EXISTS ") + kInternalPrefix
                       + "meta (key TEXT PRIMARY KEY, value TEXT); INSERT OR IGNORE INTO " + kInternalPrefix
                       + "meta VALUES ('schema_version', '" + QByteArray::number(kSchemaVersion) + "');");
    return c;
}

Result<QStringList> EmbeddedStore::databases()
{
    QStringList names;
    for (const QFileInfo &info : QDir(m_directory).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name))
        names << info.completeBaseName();
    return names;
}

Result<QStringList> EmbeddedStore::collections(const QString &database)
{
    Result<Connection> c = open(database, false);
    if (!c)
        return failure(c.error());
    QStringList names;
    Statement s(c->db, QByteArray("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                  "ESCAPE '\\' AND substr(name, 1, ")
                           + QByteArray::number(qstrlen(kInternalPrefix)) + ") <> '" + kInternalPrefix
                           + "' ORDER BY name");
    while (s && sqlite3_step(s.stmt) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 0)));
    return names;
}

Result<std::unique_ptr<WriteTransaction>> EmbeddedStore::beginWrite(const QString &database)
{
    Result<Connection> c = open(database, true);
    if (!c)
        return failure(c.error());
    return EmbeddedSql::beginWrite(std::move(*c));
}

Result<qint64> EmbeddedStore::count(const QString &database, const QString &collection, const Filter &filter)
{
    Result<Connection> c = open(database, false);
    if (!c)
        return failure(c.error());
    if (!tableExists(c->db, collection))
        return qint64(0);
    Statement s(c->db, "SELECT COUNT(*) FROM " + quoteIdentifier(collection)
                           + whereClause(filter, fieldColumns(c->db, collection)));
    bindFilter(s.stmt, filter);
    if (!s || sqlite3_step(s.stmt) != SQLITE_ROW)
        return failure(lastError(c->db));
    return qint64(sqlite3_column_int64(s.stmt, 0));
}

Result<QList<DistinctValue>> EmbeddedStore::distinct(const QString &database, const QString &collection,
                                                     const QString &field, const Filter &filter)
{
    Result<Connection> c = open(database, false);
    if (!c)
        return failure(c.error());
    QList<DistinctValue> out;
    if (!tableExists(c->db, collection))
        return out;
    const QStringList columns = fieldColumns(c->db, collection);
    const QByteArray expr = field == QLatin1String("_id") ? QByteArray("id") : EmbeddedSql::fieldExpression(field, columns);
    Statement s(c->db, "SELECT " + expr + " AS v, COUNT(*) AS n FROM " + quoteIdentifier(collection)
                           + whereClause(filter, columns) + " GROUP BY v ORDER BY n DESC, v");
    bindFilter(s.stmt, filter);
    int rc = SQLITE_ROW;
    while (s && (rc = sqlite3_step(s.stmt)) == SQLITE_ROW)
        out.append({columnValue(s.stmt, 0), sqlite3_column_int64(s.stmt, 1)});
    if (!s || rc != SQLITE_DONE)
        return failure(lastError(c->db));
    return out;
}

Status EmbeddedStore::find(const QString &database, const QString &collection, const Filter &filter,
                           const FindOptions &options, const std::function<bool(const Document &)> &visit)
{
    QString unreadable;
    const Status read = findJson(database, collection, filter, options, [&](QByteArrayView json) {
        Document d;
        QString error;
        if (!Document::fromJson(json, &d, &error)) {
            unreadable = EmbeddedStore::tr("Unreadable document in %1.%2: %3").arg(database, collection, error);
            return false;
        }
        return visit(d);
    });
    if (!unreadable.isEmpty())
        return failure(unreadable);
    return read;
}

Status EmbeddedStore::findJson(const QString &database, const QString &collection, const Filter &filter,
                               const FindOptions &options, const std::function<bool(QByteArrayView json)> &visit)
{
    return findEncoded(database, collection, filter, options,
                       [&visit](QByteArrayView, QByteArrayView json) { return visit(json); });
}

Status EmbeddedStore::findEncoded(const QString &database, const QString &collection, const Filter &filter,
                                  const FindOptions &options,
                                  const std::function<bool(QByteArrayView id, QByteArrayView json)> &visit)
{
    Result<Connection> c = open(database, false);
    if (!c)
        return failure(c.error());
    if (!tableExists(c->db, collection))
        return {};
    const QStringList columns = fieldColumns(c->db, collection);
    QByteArray sql = "SELECT id, doc FROM " + quoteIdentifier(collection) + whereClause(filter, columns);
    // Insertion order costs a sort when an index serves the filter: only when asked for.
    if (!options.anyOrder || !options.orderBy.isEmpty())
        sql += " ORDER BY "
               + (options.orderBy.isEmpty() ? QByteArray("rowid") : EmbeddedSql::fieldExpression(options.orderBy, columns))
               + (options.descending ? " DESC" : "");
    if (options.limit >= 0 || options.skip > 0)
        sql += " LIMIT " + QByteArray::number(options.limit) + " OFFSET " + QByteArray::number(options.skip);
    Statement s(c->db, sql);
    if (!s)
        return failure(lastError(c->db));
    bindFilter(s.stmt, filter);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        if (!visit(columnText(s.stmt, 0), columnText(s.stmt, 1)))
            return {};
    }
    if (rc != SQLITE_DONE)
        return failure(lastError(c->db));
    return {};
}

Status EmbeddedStore::findWithSource(const QString &database, const QString &collection,
                                     const std::function<bool(const Document &, const QString &sourceFile)> &visit)
{
    Result<Connection> c = open(database, false);
    if (!c)
        return failure(c.error());
    if (!tableExists(c->db, collection))
        return {};
    const QString files = QString::fromLatin1(kInternalPrefix) + QStringLiteral("files");
    const QByteArray sql = tableExists(c->db, files)
                               ? QByteArray("SELECT t.doc, f.name FROM " + quoteIdentifier(collection) + " t LEFT JOIN "
                                            + quoteIdentifier(files) + " f ON f.id = t.file ORDER BY t.rowid")
                               : QByteArray("SELECT doc, NULL FROM " + quoteIdentifier(collection) + " ORDER BY rowid");
    Statement s(c->db, sql);
    if (!s)
        return failure(lastError(c->db));
    int rc = SQLITE_ROW;
    QString lastName;
    QByteArray lastUtf8;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        const QByteArrayView name = columnText(s.stmt, 1);
        if (name != lastUtf8) { // documents come in runs of one file
            lastUtf8 = name.toByteArray();
            lastName = QString::fromUtf8(lastUtf8);
        }
        Document d;
        QString error;
        if (!Document::fromJson(columnText(s.stmt, 0), &d, &error))
            return failure(EmbeddedStore::tr("Unreadable document in %1.%2: %3").arg(database, collection, error));
        if (!visit(d, lastName))
            return {};
    }
    if (rc != SQLITE_DONE)
        return failure(lastError(c->db));
    return {};
}

Result<std::optional<Document>> EmbeddedStore::findById(const QString &database, const QString &collection,
                                                        const Value &id)
{
    std::optional<Document> found;
    const Status read = find(database, collection, {{QStringLiteral("_id"), Condition::Eq, {id}}},
                             FindOptions{{}, false, 1, 0}, [&found](const Document &d) {
                                 found = d;
                                 return false;
                             });
    if (!read)
        return failure(read.error());
    return found;
}

Status EmbeddedStore::createIndex(const QString &database, const QString &collection, const QStringList &fields)
{
    if (fields.isEmpty())
        return failure(EmbeddedStore::tr("An index needs at least one field"));
    const StageClock::Scope clock(StageClock::Index);
    Result<Connection> c = open(database, true);
    if (!c)
        return failure(c.error());
    // Plain top-level fields: an index on their columns (made and filled first when the table has
    // none, as in a table of an earlier version, whose index over json_extract it replaces).
    // Others: an index over json_extract.
    const bool columns = std::all_of(fields.cbegin(), fields.cend(), fieldColumnEligible);
    QByteArrayList expressions;
    for (const QString &field : fields)
        expressions << (columns ? quoteIdentifier(field) : EmbeddedStore::fieldExpression(field));
    const QByteArray name = quoteIdentifier(collection + QLatin1Char('$') + fields.join(QLatin1Char('+')));
    {
        // Already there as it should be (every tracking import after the first): no write lock
        // to wait for while another loader holds it.
        Statement existing(c->db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
        const QByteArray indexName = (collection + QLatin1Char('$') + fields.join(QLatin1Char('+'))).toUtf8();
        sqlite3_bind_text(existing.stmt, 1, indexName.constData(), int(indexName.size()), SQLITE_TRANSIENT);
        if (existing && sqlite3_step(existing.stmt) == SQLITE_ROW
            && (!columns
                || !QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(existing.stmt, 0))).contains("json_extract")))
            return {};
    }
    if (!exec(c->db, "BEGIN IMMEDIATE"))
        return failure(lastError(c->db));
    bool ok = columns ? ensureFieldColumns(c->db, collection, fields) : ensureCollection(c->db, collection);
    if (ok && columns) {
        QByteArray oldSql;
        {
            Statement old(c->db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
            const QByteArray indexName = (collection + QLatin1Char('$') + fields.join(QLatin1Char('+'))).toUtf8();
            sqlite3_bind_text(old.stmt, 1, indexName.constData(), int(indexName.size()), SQLITE_TRANSIENT);
            if (old && sqlite3_step(old.stmt) == SQLITE_ROW)
                oldSql = reinterpret_cast<const char *>(sqlite3_column_text(old.stmt, 0));
        } // (finalized: a statement still reading sqlite_master would lock the table against DROP)
        if (oldSql.contains("json_extract"))
            ok = exec(c->db, "DROP INDEX " + name);
    }
    ok = ok && exec(c->db, "CREATE INDEX IF NOT EXISTS " + name + " ON " + quoteIdentifier(collection) + '('
                               + expressions.join(", ") + ')');
    if (!ok || !exec(c->db, "COMMIT")) {
        const QString error = lastError(c->db);
        exec(c->db, "ROLLBACK");
        return failure(error);
    }
    return {};
}

Status EmbeddedStore::dropCollection(const QString &database, const QString &collection)
{
    Result<Connection> c = open(database, false);
    if (!c)
        return failure(c.error());
    if (!exec(c->db, "DROP TABLE IF EXISTS " + quoteIdentifier(collection)))
        return failure(lastError(c->db));
    return {};
}

Status EmbeddedStore::dropDatabase(const QString &database)
{
    if (!validName(database))
        return failure(EmbeddedStore::tr("Invalid database name \"%1\"").arg(database));
    const QString path = databasePath(database);
    // The rollback journal goes first: a hot journal left beside a later database of the same
    // name would be played back into it. -wal and -shm: left by versions that used WAL.
    for (const QString &suffix : {QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm"), QString()})
        QFile::remove(path + suffix);
    if (QFile::exists(path))
        return failure(EmbeddedStore::tr("Cannot remove %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

QString EmbeddedStore::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace EdxLoader
