// The embedded store's write transaction: one SQLite connection holding BEGIN IMMEDIATE.
#include "embeddedsql.h"
#include "stageclock.h"

#include <QHash>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cmath>
#include <atomic>
#include <string>
#include <thread>
#include <unordered_map>

namespace EdxLoader::EmbeddedSql {

namespace {

class EmbeddedWrite final : public WriteTransaction
{
public:
    explicit EmbeddedWrite(Connection &&connection)
        : m_db(connection.release())
    {
    }
    ~EmbeddedWrite() override
    {
        if (m_db && !m_done)
            exec(m_db, "ROLLBACK");
        m_statements.clear();
        waitForWriteback();
        sqlite3_close_v2(m_db);
#ifdef Q_OS_LINUX
        if (m_writebackFd >= 0)
            ::close(m_writebackFd);
#endif
    }

    Status begin()
    {
        // IMMEDIATE takes the write lock now, so two loaders see each other's ledger entries.
        if (!exec(m_db, "BEGIN IMMEDIATE"))
            return fail();
        return {};
    }

    Status insert(const QString &collection, const std::vector<Document> &documents, const QString &sourceFile,
                  QList<int> *duplicates) override
    {
        const Result<Insert *> prepared = statement(collection, 'i');
        if (!prepared)
            return failure(prepared.error());
        sqlite3_stmt *stmt = (*prepared)->statement.stmt;
        const std::vector<QByteArray> &columns = (*prepared)->keys;
        const Result<qint64> file = sourceFile.isEmpty() ? Result<qint64>(0) : fileNumber(sourceFile);
        if (!file)
            return failure(file.error());
        std::string scratch;
        scratch.reserve(4096);
        for (size_t i = 0; i < documents.size(); ++i) {
            const Document &d = documents[i];
            const std::string *encoded = &d.encoded();
            if (encoded->empty()) {
                const StageClock::Scope clock(StageClock::Encode);
                scratch.clear();
                d.writeRelaxedJson(scratch);
                encoded = &scratch;
            }
            const std::string &json = *encoded;
            const QByteArray id = idOf(d);
            if (id.isEmpty())
                return failure(EmbeddedStore::tr("A document without _id cannot be stored"));
            sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
            if (*file == 0)
                sqlite3_bind_null(stmt, 2);
            else
                sqlite3_bind_int64(stmt, 2, *file);
            sqlite3_bind_text(stmt, 3, json.data(), int(json.size()), SQLITE_STATIC);
            bindFieldColumns(stmt, columns, d);
            int rc;
            {
                const StageClock::Scope clock(StageClock::Write);
                rc = sqlite3_step(stmt);
                sqlite3_reset(stmt);
            }
            if (rc != SQLITE_DONE)
                return fail();
            if (sqlite3_changes(m_db) == 0 && duplicates)
                duplicates->append(int(i));
            m_unflushed += qint64(json.size());
            if (i == documents.size() / 2)
                crashPoint();
        }
        startWriteback();
        return {};
    }

    Status insertEncoded(const QString &collection, const EncodedBatch &documents) override
    {
        const Result<Insert *> prepared = statement(collection, 'e');
        if (!prepared)
            return failure(prepared.error());
        sqlite3_stmt *stmt = (*prepared)->statement.stmt;
        const StageClock::Scope clock(StageClock::Write);
        for (size_t i = 0; i < documents.size(); ++i) {
            const std::string_view id = documents.id(i);
            const std::string_view json = documents.json(i);
            sqlite3_bind_text(stmt, 1, id.data(), int(id.size()), SQLITE_STATIC);
            sqlite3_bind_null(stmt, 2);
            sqlite3_bind_text(stmt, 3, json.data(), int(json.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(stmt);
            sqlite3_reset(stmt);
            if (rc != SQLITE_DONE)
                return fail();
        }
        m_unflushed += qint64(documents.bytes());
        startWriteback();
        return {};
    }

    bool keepsText() const override { return true; }
    bool locksDatabase() const override { return true; }

    void prepare(std::vector<Document> &documents) const override
    {
        const StageClock::Scope clock(StageClock::Encode);
        for (Document &d : documents) {
            if (d.encoded().empty())
                d.writeRelaxedJson(d.encoded());
        }
    }

    Status upsert(const QString &collection, const Document &document) override
    {
        crashPoint();
        const Result<Insert *> prepared = statement(collection, 'u');
        if (!prepared)
            return failure(prepared.error());
        sqlite3_stmt *stmt = (*prepared)->statement.stmt;
        const QByteArray json = document.toRelaxedJson();
        const QByteArray id = idOf(document);
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_null(stmt, 2);
        sqlite3_bind_text(stmt, 3, json.constData(), int(json.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            return fail();
        return {};
    }

    Result<qint64> removeFromFile(const QString &collection, const QString &sourceFile) override
    {
        const QString table = m_staging.value(collection, collection); // (a collection being replaced: its new table)
        if (!tableExists(m_db, table))
            return qint64(0);
        const Result<qint64> file = fileNumber(sourceFile);
        if (!file)
            return failure(file.error());
        Statement s(m_db, "DELETE FROM " + EmbeddedStore::quoteIdentifier(table) + " WHERE file = ?");
        sqlite3_bind_int64(s.stmt, 1, *file);
        if (sqlite3_step(s.stmt) != SQLITE_DONE)
            return fail();
        return qint64(sqlite3_changes64(m_db));
    }

    Status removeAll(const QString &collection) override
    {
        // Dropping the table journals a few pages where deleting its rows journals them all (a
        // rebuilt course collection replaces hundreds of MB); the next insert creates it again.
        QByteArray sql;
        if (const auto staged = m_staging.constFind(collection); staged != m_staging.cend()) {
            sql = "DELETE FROM " + EmbeddedStore::quoteIdentifier(*staged);
        } else {
            if (!tableExists(m_db, collection))
                return {};
            forgetStatements(collection);
            sql = "DROP TABLE " + EmbeddedStore::quoteIdentifier(collection);
        }
        if (!exec(m_db, sql))
            return fail();
        return {};
    }

    Status prepareIndex(const QString &collection, const QStringList &fields) override
    {
        // The columns before the first insert: filled as rows come, never parsed again.
        if (m_staging.contains(collection) || !std::all_of(fields.cbegin(), fields.cend(), fieldColumnEligible))
            return {};
        const QStringList before = fieldColumns(m_db, collection);
        if (!ensureFieldColumns(m_db, collection, fields))
            return fail();
        if (fieldColumns(m_db, collection) != before)
            forgetStatements(collection);
        return {};
    }

    Status replaceCollection(const QString &collection) override
    {
        // The new content goes to a table of its own, renamed over the old one at commit: its
        // pages come from the end of the file or from pages free before the transaction, which
        // need no journal, where refilling the pages of a table dropped in the same transaction
        // journals every one of them (measured: a rebuild of a 1.2 GB course collection took
        // twice its first build). The file keeps the old pages free for the next rebuild (VACUUM
        // returns them). The old table's file index goes now so that the new table's index can
        // have its final name (an index cannot be renamed).
        const QString staging = QString::fromLatin1(kInternalPrefix) + QStringLiteral("new$") + collection;
        forgetStatements(collection);
        const QByteArray table = EmbeddedStore::quoteIdentifier(staging);
        const QByteArray fileIndex = EmbeddedStore::quoteIdentifier(collection + QStringLiteral("$file"));
        if (!exec(m_db, "DROP INDEX IF EXISTS " + fileIndex + "; DROP TABLE IF EXISTS " + table + "; CREATE TABLE "
                            + table + " (id TEXT NOT NULL UNIQUE, file INTEGER, doc TEXT NOT NULL); CREATE INDEX "
                            + fileIndex + " ON " + table + "(file) WHERE file IS NOT NULL;"))
            return fail();
        m_staging.insert(collection, staging);
        return {};
    }

    Status commit() override
    {
        crashPoint();
        const StageClock::Scope clock(StageClock::Commit);
        waitForWriteback();
        m_statements.clear();
        for (auto it = m_staging.cbegin(); it != m_staging.cend(); ++it) {
            const QByteArray table = EmbeddedStore::quoteIdentifier(it.key());
            if (!exec(m_db, "DROP TABLE IF EXISTS " + table + "; ALTER TABLE " + EmbeddedStore::quoteIdentifier(it.value())
                                + " RENAME TO " + table))
                return fail();
        }
        m_staging.clear();
        if (!exec(m_db, "COMMIT"))
            return fail();
        m_done = true;
        return {};
    }

    void rollback() override
    {
        m_statements.clear();
        if (!m_done)
            exec(m_db, "ROLLBACK");
        m_done = true;
    }

private:
    // Large loads: have the kernel start writing what SQLite has already handed it, every few tens
    // of MB, so that the disk works while the next documents are prepared instead of all at once
    // in COMMIT's fsync (measured: a 1.2 GB course build spent 2-3 s there). Only pages SQLite has
    // written to the file are concerned, so this changes nothing of what a crash leaves behind.
    void startWriteback()
    {
#ifdef Q_OS_LINUX
        constexpr qint64 kWritebackEvery = 64 << 20;
        if (m_unflushed < kWritebackEvery)
            return;
        m_unflushed = 0;
        if (m_writebackFd == -1) {
            const char *path = sqlite3_db_filename(m_db, "main");
            m_writebackFd = path && *path ? ::open(path, O_RDONLY | O_CLOEXEC) : -2;
            if (m_writebackFd < 0)
                m_writebackFd = -2; // not available: leave it to COMMIT
        }
        if (m_writebackFd < 0 || m_syncing.load())
            return;
        if (m_syncer.joinable())
            m_syncer.join();
        m_syncing = true;
        m_syncer = std::thread([this] {
            ::fdatasync(m_writebackFd);
            m_syncing = false;
        });
#endif
    }

    void waitForWriteback()
    {
        if (m_syncer.joinable())
            m_syncer.join();
    }

    // The number of a source file name, registered on first use.
    Result<qint64> fileNumber(const QString &name)
    {
        const auto cached = m_fileNumbers.constFind(name);
        if (cached != m_fileNumbers.cend())
            return *cached;
        const QByteArray utf8 = name.toUtf8();
        const QByteArray table = QByteArray(kInternalPrefix) + "files";
        if (!exec(m_db, "CREATE TABLE IF NOT EXISTS " + table + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"))
            return fail();
        Statement insert(m_db, "INSERT OR IGNORE INTO " + table + " (name) VALUES (?)");
        sqlite3_bind_text(insert.stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        Statement select(m_db, "SELECT id FROM " + table + " WHERE name = ?");
        sqlite3_bind_text(select.stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        if (sqlite3_step(insert.stmt) != SQLITE_DONE || sqlite3_step(select.stmt) != SQLITE_ROW)
            return fail();
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

    // An insert statement of the collection's table, and its field columns (bound from ?4 on).
    // Kinds: 'i' insert binding the columns' values, 'e' insert taking them from the JSON text
    // (documents that are text only), 'u' upsert (the same).
    struct Insert
    {
        Statement statement;
        QStringList columns;
        std::vector<QByteArray> keys; // the columns' names in UTF-8
    };

    Result<Insert *> statement(const QString &collection, char kind)
    {
        const QString key = collection + QLatin1Char('\x01') + QLatin1Char(kind);
        auto it = m_statements.find(key);
        if (it != m_statements.end())
            return it->second.get();
        const auto staged = m_staging.constFind(collection);
        if (staged == m_staging.cend() && !ensureCollection(m_db, collection))
            return fail();
        const QString tableName = staged == m_staging.cend() ? collection : *staged;
        const QByteArray table = EmbeddedStore::quoteIdentifier(tableName);
        auto insert = std::make_unique<Insert>();
        insert->columns = fieldColumns(m_db, tableName);
        for (const QString &column : std::as_const(insert->columns))
            insert->keys.push_back(column.toUtf8());
        QByteArray names = "id, file, doc", values = "?1, ?2, ?3", updates = "doc = excluded.doc";
        for (qsizetype i = 0; i < insert->columns.size(); ++i) {
            const QByteArray column = EmbeddedStore::quoteIdentifier(insert->columns.at(i));
            names += ", " + column;
            values += ", " + (kind == 'i' ? '?' + QByteArray::number(i + 4)
                                          : QByteArray(EmbeddedStore::fieldExpression(insert->columns.at(i)))
                                                .replace("json_extract(doc,", "json_extract(?3,"));
            updates += ", " + column + " = excluded." + column;
        }
        const QByteArray sql = kind == 'u' ? QByteArray("INSERT INTO " + table + " (" + names + ") VALUES (" + values
                                                        + ") ON CONFLICT(id) DO UPDATE SET " + updates)
                                           : QByteArray("INSERT OR IGNORE INTO " + table + " (" + names + ") VALUES ("
                                                        + values + ')');
        insert->statement.stmt = nullptr;
        sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &insert->statement.stmt, nullptr);
        if (!insert->statement)
            return fail();
        Insert *raw = insert.get();
        m_statements.emplace(key, std::move(insert));
        return raw;
    }

    void forgetStatements(const QString &collection)
    {
        for (const char kind : {'i', 'e', 'u'})
            m_statements.erase(collection + QLatin1Char('\x01') + QLatin1Char(kind));
    }

    // The field columns' values of a document, as json_extract would give them from its text.
    static void bindFieldColumns(sqlite3_stmt *stmt, const std::vector<QByteArray> &keys, const Document &d)
    {
        const int n = int(keys.size());
        if (n == 0)
            return;
        for (int i = 0; i < n; ++i)
            sqlite3_bind_null(stmt, i + 4);
        int bound = 0;
        quint64 done = 0; // (a repeated key: json_extract gives the first)
        bson_iter_t it;
        if (!bson_iter_init(&it, d.bson()))
            return;
        while (bound < n && bson_iter_next(&it)) {
            const QByteArrayView key(bson_iter_key(&it), bson_iter_key_len(&it));
            for (int i = 0; i < n && i < 64; ++i) {
                if (key != keys[size_t(i)] || (done & (quint64(1) << i)))
                    continue;
                done |= quint64(1) << i;
                ++bound;
                switch (bson_iter_type(&it)) {
                case BSON_TYPE_UTF8: {
                    uint32_t length = 0;
                    const char *text = bson_iter_utf8(&it, &length);
                    sqlite3_bind_text(stmt, i + 4, text, int(length), SQLITE_TRANSIENT);
                    break;
                }
                case BSON_TYPE_INT32:
                case BSON_TYPE_INT64:
                    sqlite3_bind_int64(stmt, i + 4, bson_iter_as_int64(&it));
                    break;
                case BSON_TYPE_DOUBLE:
                    if (std::isfinite(bson_iter_double(&it))) {
                        sqlite3_bind_double(stmt, i + 4, bson_iter_double(&it));
                    } else { // {"$numberDouble": "NaN"} in the text: json_extract gives that text
                        QByteArray text;
                        writeRelaxedJsonValue(text, &it);
                        sqlite3_bind_text(stmt, i + 4, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                    }
                    break;
                case BSON_TYPE_BOOL:
                    sqlite3_bind_int(stmt, i + 4, bson_iter_bool(&it) ? 1 : 0);
                    break;
                case BSON_TYPE_NULL:
                case BSON_TYPE_UNDEFINED:
                    break;
                default: { // dates, ObjectIds, objects, arrays: their compact JSON text
                    QByteArray text;
                    writeRelaxedJsonValue(text, &it);
                    sqlite3_bind_text(stmt, i + 4, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                }
                }
                break;
            }
        }
    }

    // The error SQLite reports for the last call on this transaction's connection.
    Error fail() const { return failure(lastError(m_db)); }

    sqlite3 *m_db;
    bool m_done = false;
    std::unordered_map<QString, std::unique_ptr<Insert>> m_statements;
    QHash<QString, qint64> m_fileNumbers;
    QHash<QString, QString> m_staging; // collection → the table replacing it at commit
    qint64 m_unflushed = 0;
    int m_writebackFd = -1;
    std::thread m_syncer;
    std::atomic_bool m_syncing{false};
};

} // namespace

Result<std::unique_ptr<WriteTransaction>> beginWrite(Connection &&connection)
{
    auto write = std::make_unique<EmbeddedWrite>(std::move(connection));
    if (const Status begun = write->begin(); !begun)
        return failure(begun.error());
    return std::unique_ptr<WriteTransaction>(std::move(write));
}

} // namespace EdxLoader::EmbeddedSql
