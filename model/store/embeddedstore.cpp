#include "embeddedstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QStandardPaths>

#include <unordered_map>

#include <sqlite3.h>

namespace EdxLoader {

namespace {

// Internal tables start with this prefix; every other table is a collection.
constexpr char kInternalPrefix[] = "_edxloader_";
constexpr int kSchemaVersion = 1;

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

bool exec(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString lastError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : EmbeddedStore::tr("no database");
}

bool validName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
           && name != QLatin1String(".") && name != QLatin1String("..") && !name.contains(QChar(0));
}

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
QByteArray whereClause(const Filter &filter)
{
    if (filter.isEmpty())
        return {};
    QByteArrayList parts;
    for (const Condition &c : filter) {
        const QByteArray lhs = c.field == QLatin1String("_id") ? QByteArray("id") : EmbeddedStore::fieldExpression(c.field);
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

bool tableExists(sqlite3 *db, const QString &collection)
{
    Statement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    const QByteArray name = collection.toUtf8();
    sqlite3_bind_text(s.stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    return sqlite3_step(s.stmt) == SQLITE_ROW;
}

class EmbeddedWrite final : public WriteTransaction
{
public:
    explicit EmbeddedWrite(sqlite3 *db)
        : m_db(db)
    {
    }
    ~EmbeddedWrite() override
    {
        if (m_db && !m_done)
            exec(m_db, "ROLLBACK");
        m_statements.clear();
        sqlite3_close_v2(m_db);
    }

    bool begin()
    {
        // IMMEDIATE takes the write lock now, so two loaders see each other's ledger entries.
        return exec(m_db, "BEGIN IMMEDIATE") || fail();
    }

    bool insert(const QString &collection, const std::vector<Document> &documents, const QString &sourceFile,
                QList<int> *duplicates) override
    {
        sqlite3_stmt *stmt = statement(collection, false);
        if (!stmt)
            return false;
        const qint64 file = sourceFile.isEmpty() ? 0 : fileNumber(sourceFile);
        if (file < 0)
            return false;
        std::string scratch;
        scratch.reserve(4096);
        for (size_t i = 0; i < documents.size(); ++i) {
            const Document &d = documents[i];
            const std::string *encoded = &d.encoded();
            if (encoded->empty()) {
                scratch.clear();
                d.writeRelaxedJson(scratch);
                encoded = &scratch;
            }
            const std::string &json = *encoded;
            const QByteArray id = idOf(d);
            if (id.isEmpty()) {
                m_error = EmbeddedStore::tr("A document without _id cannot be stored");
                return false;
            }
            sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
            if (file == 0)
                sqlite3_bind_null(stmt, 2);
            else
                sqlite3_bind_int64(stmt, 2, file);
            sqlite3_bind_text(stmt, 3, json.data(), int(json.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(stmt);
            sqlite3_reset(stmt);
            if (rc != SQLITE_DONE)
                return fail();
            if (sqlite3_changes(m_db) == 0 && duplicates)
                duplicates->append(int(i));
        }
        return true;
    }

    void prepare(std::vector<Document> &documents) const override
    {
        for (Document &d : documents) {
            if (d.encoded().empty())
                d.writeRelaxedJson(d.encoded());
        }
    }

    bool upsert(const QString &collection, const Document &document) override
    {
        sqlite3_stmt *stmt = statement(collection, true);
        if (!stmt)
            return false;
        const QByteArray json = document.toRelaxedJson();
        const QByteArray id = idOf(document);
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_null(stmt, 2);
        sqlite3_bind_text(stmt, 3, json.constData(), int(json.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc == SQLITE_DONE || fail();
    }

    bool removeFromFile(const QString &collection, const QString &sourceFile, qint64 *removed) override
    {
        if (!tableExists(m_db, collection)) {
            if (removed)
                *removed = 0;
            return true;
        }
        const qint64 file = fileNumber(sourceFile);
        if (file < 0)
            return false;
        Statement s(m_db, "DELETE FROM " + EmbeddedStore::quoteIdentifier(collection) + " WHERE file = ?");
        sqlite3_bind_int64(s.stmt, 1, file);
        if (sqlite3_step(s.stmt) != SQLITE_DONE)
            return fail();
        if (removed)
            *removed = sqlite3_changes64(m_db);
        return true;
    }

    bool removeAll(const QString &collection) override
    {
        return !tableExists(m_db, collection) || exec(m_db, "DELETE FROM " + EmbeddedStore::quoteIdentifier(collection))
               || fail();
    }

    bool commit() override
    {
        m_statements.clear();
        if (!exec(m_db, "COMMIT"))
            return fail();
        m_done = true;
        return true;
    }

    void rollback() override
    {
        m_statements.clear();
        if (!m_done)
            exec(m_db, "ROLLBACK");
        m_done = true;
    }

    QString errorString() const override { return m_error; }

private:
    // The number of a source file name, registered on first use.
    qint64 fileNumber(const QString &name)
    {
        const auto cached = m_fileNumbers.constFind(name);
        if (cached != m_fileNumbers.cend())
            return *cached;
        const QByteArray utf8 = name.toUtf8();
        const QByteArray table = QByteArray(kInternalPrefix) + "files";
        if (!exec(m_db, "CREATE TABLE IF NOT EXISTS " + table + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"))
            return fail(), -1;
        Statement insert(m_db, "INSERT OR IGNORE INTO " + table + " (name) VALUES (?)");
        sqlite3_bind_text(insert.stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        Statement select(m_db, "SELECT id FROM " + table + " WHERE name = ?");
        sqlite3_bind_text(select.stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        if (sqlite3_step(insert.stmt) != SQLITE_DONE || sqlite3_step(select.stmt) != SQLITE_ROW)
            return fail(), -1;
        const qint64 id = sqlite3_column_int64(select.stmt, 0);
        m_fileNumbers.insert(name, id);
        return id;
    }

    static QByteArray idOf(const Document &d)
    {
        bson_iter_t it;
        if (bson_iter_init_find(&it, d.bson(), "_id")) {
            QByteArray out;
            writeRelaxedJsonValue(out, &it);
            return out;
        }
        return {};
    }

    sqlite3_stmt *statement(const QString &collection, bool upsert)
    {
        const QString key = collection + (upsert ? QStringLiteral("\x01u") : QStringLiteral("\x01i"));
        auto it = m_statements.find(key);
        if (it != m_statements.end())
            return it->second->stmt;
        if (!ensureCollection(m_db, collection)) {
            fail();
            return nullptr;
        }
        const QByteArray table = EmbeddedStore::quoteIdentifier(collection);
        const QByteArray sql = upsert ? QByteArray("INSERT INTO " + table
                                                   + " (id, file, doc) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                                     "doc = excluded.doc")
                                      : QByteArray("INSERT OR IGNORE INTO " + table + " (id, file, doc) VALUES (?, ?, ?)");
        auto s = std::make_unique<Statement>(m_db, sql);
        if (!*s) {
            fail();
            return nullptr;
        }
        sqlite3_stmt *raw = s->stmt;
        m_statements.emplace(key, std::move(s));
        return raw;
    }

    bool fail()
    {
        m_error = lastError(m_db);
        return false;
    }

    sqlite3 *m_db;
    bool m_done = false;
    QString m_error;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
    QHash<QString, qint64> m_fileNumbers;
};

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

QString EmbeddedStore::errorString() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_error;
}

void EmbeddedStore::setError(const QString &message) const
{
    QMutexLocker lock(&m_errorMutex);
    m_error = message;
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

sqlite3 *EmbeddedStore::open(const QString &database, bool create)
{
    if (!validName(database)) {
        setError(EmbeddedStore::tr("Invalid database name \"%1\"").arg(database));
        return nullptr;
    }
    const QString path = databasePath(database);
    if (!create && !QFile::exists(path)) {
        setError(EmbeddedStore::tr("No database %1 in %2").arg(database, m_directory));
        return nullptr;
    }
    if (create && !QDir().mkpath(m_directory)) {
        setError(EmbeddedStore::tr("Cannot create the folder %1").arg(m_directory));
        return nullptr;
    }
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
        setError(EmbeddedStore::tr("Cannot open %1: %2").arg(path, lastError(db)));
        sqlite3_close_v2(db);
        return nullptr;
    }
    // A rollback journal rather than WAL: bulk loads then write each page once (WAL writes it
    // twice, measured 82 k against 123 k rows/s). A long busy timeout makes concurrent loaders
    // wait for each other instead of failing.
    sqlite3_busy_timeout(db, 600000);
    exec(db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
    // Only writers create the meta table: a reader must never need the write lock, which a
    // loader of the same database may hold for the length of a file.
    if (create && !tableExists(db, QString::fromLatin1(kInternalPrefix) + QStringLiteral("meta")))
        exec(db, QByteArray("CREATE TABLE IF NOT EXISTS ") + kInternalPrefix
                     + "meta (key TEXT PRIMARY KEY, value TEXT); INSERT OR IGNORE INTO " + kInternalPrefix
                     + "meta VALUES ('schema_version', '" + QByteArray::number(kSchemaVersion) + "');");
    return db;
}

QStringList EmbeddedStore::databases()
{
    QStringList names;
    for (const QFileInfo &info : QDir(m_directory).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name))
        names << info.completeBaseName();
    return names;
}

QStringList EmbeddedStore::collections(const QString &database)
{
    QStringList names;
    sqlite3 *db = open(database, false);
    if (!db)
        return names;
    {
        Statement s(db, QByteArray("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                   "ESCAPE '\\' AND substr(name, 1, ")
                            + QByteArray::number(qstrlen(kInternalPrefix)) + ") <> '" + kInternalPrefix
                            + "' ORDER BY name");
        while (s && sqlite3_step(s.stmt) == SQLITE_ROW)
            names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 0)));
    }
    sqlite3_close_v2(db);
    return names;
}

QList<CollectionInfo> EmbeddedStore::collectionInfos(const QString &database)
{
    QList<CollectionInfo> out;
    const QStringList dbs = database.isEmpty() ? databases() : QStringList{database};
    for (const QString &d : dbs) {
        for (const QString &c : collections(d))
            out.append({d, c, count(d, c)});
    }
    return out;
}

std::unique_ptr<WriteTransaction> EmbeddedStore::beginWrite(const QString &database)
{
    sqlite3 *db = open(database, true);
    if (!db)
        return nullptr;
    auto write = std::make_unique<EmbeddedWrite>(db);
    if (!write->begin()) {
        setError(write->errorString());
        return nullptr;
    }
    return write;
}

qint64 EmbeddedStore::count(const QString &database, const QString &collection, const Filter &filter)
{
    sqlite3 *db = open(database, false);
    if (!db)
        return 0;
    qint64 n = 0;
    if (tableExists(db, collection)) {
        Statement s(db, "SELECT COUNT(*) FROM " + quoteIdentifier(collection) + whereClause(filter));
        bindFilter(s.stmt, filter);
        if (s && sqlite3_step(s.stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(s.stmt, 0);
        else
            setError(lastError(db));
    }
    sqlite3_close_v2(db);
    return n;
}

QList<DistinctValue> EmbeddedStore::distinct(const QString &database, const QString &collection,
                                             const QString &field, const Filter &filter)
{
    QList<DistinctValue> out;
    sqlite3 *db = open(database, false);
    if (!db)
        return out;
    if (tableExists(db, collection)) {
        const QByteArray expr = field == QLatin1String("_id") ? QByteArray("id") : fieldExpression(field);
        Statement s(db, "SELECT " + expr + " AS v, COUNT(*) AS n FROM " + quoteIdentifier(collection)
                            + whereClause(filter) + " GROUP BY v ORDER BY n DESC, v");
        bindFilter(s.stmt, filter);
        while (s && sqlite3_step(s.stmt) == SQLITE_ROW)
            out.append({columnValue(s.stmt, 0), sqlite3_column_int64(s.stmt, 1)});
    }
    sqlite3_close_v2(db);
    return out;
}

bool EmbeddedStore::find(const QString &database, const QString &collection, const Filter &filter,
                         const FindOptions &options, const std::function<bool(const Document &)> &visit)
{
    sqlite3 *db = open(database, false);
    if (!db)
        return false;
    bool ok = true;
    if (tableExists(db, collection)) {
        QByteArray sql = "SELECT doc FROM " + quoteIdentifier(collection) + whereClause(filter) + " ORDER BY "
                         + (options.orderBy.isEmpty() ? QByteArray("rowid") : fieldExpression(options.orderBy))
                         + (options.descending ? " DESC" : "");
        if (options.limit >= 0 || options.skip > 0)
            sql += " LIMIT " + QByteArray::number(options.limit) + " OFFSET " + QByteArray::number(options.skip);
        Statement s(db, sql);
        ok = bool(s);
        bindFilter(s.stmt, filter);
        int rc = SQLITE_ROW;
        while (ok && (rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
            Document d;
            QString error;
            const QByteArrayView json(reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 0)),
                                      sqlite3_column_bytes(s.stmt, 0));
            if (!Document::fromJson(json, &d, &error)) {
                setError(EmbeddedStore::tr("Unreadable document in %1.%2: %3").arg(database, collection, error));
                ok = false;
                break;
            }
            if (!visit(d))
                break;
        }
        if (ok && rc != SQLITE_ROW && rc != SQLITE_DONE) {
            setError(lastError(db));
            ok = false;
        }
    }
    sqlite3_close_v2(db);
    return ok;
}

std::optional<Document> EmbeddedStore::findById(const QString &database, const QString &collection, const Value &id)
{
    std::optional<Document> found;
    find(database, collection, {{QStringLiteral("_id"), Condition::Eq, {id}}}, FindOptions{{}, false, 1, 0},
         [&found](const Document &d) {
             found = d;
             return false;
         });
    return found;
}

bool EmbeddedStore::createIndex(const QString &database, const QString &collection, const QStringList &fields)
{
    sqlite3 *db = open(database, true);
    if (!db)
        return false;
    QByteArrayList expressions;
    for (const QString &field : fields)
        expressions << fieldExpression(field);
    const bool ok = !fields.isEmpty() && ensureCollection(db, collection)
                    && exec(db, "CREATE INDEX IF NOT EXISTS "
                                    + quoteIdentifier(collection + QLatin1Char('$') + fields.join(QLatin1Char('+')))
                                    + " ON " + quoteIdentifier(collection) + '(' + expressions.join(", ") + ')');
    if (!ok)
        setError(lastError(db));
    sqlite3_close_v2(db);
    return ok;
}

bool EmbeddedStore::dropCollection(const QString &database, const QString &collection)
{
    sqlite3 *db = open(database, false);
    if (!db)
        return false;
    const bool ok = exec(db, "DROP TABLE IF EXISTS " + quoteIdentifier(collection));
    if (!ok)
        setError(lastError(db));
    sqlite3_close_v2(db);
    return ok;
}

bool EmbeddedStore::dropDatabase(const QString &database)
{
    if (!validName(database))
        return false;
    const QString path = databasePath(database);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return !QFile::exists(path);
}

QList<Document> DocumentStore::sample(const QString &database, const QString &collection, int n)
{
    QList<Document> out;
    find(database, collection, {}, FindOptions{{}, false, n, 0}, [&out](const Document &d) {
        out.append(d);
        return true;
    });
    return out;
}

QString defaultEmbeddedDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("EdxLoader/databases"));
}

std::unique_ptr<DocumentStore> openStore(const QString &target, QString *error)
{
    if (target.startsWith(QLatin1String("mongodb://")) || target.startsWith(QLatin1String("mongodb+srv://"))) {
        if (error)
            *error = EmbeddedStore::tr("MongoDB targets are not available in this version yet: use the embedded store");
        return nullptr;
    }
    QString dir = target;
    if (dir.startsWith(QLatin1String("sqlite:")))
        dir = dir.mid(7);
    if (dir.isEmpty())
        dir = defaultEmbeddedDirectory();
    return std::make_unique<EmbeddedStore>(dir);
}

} // namespace EdxLoader
