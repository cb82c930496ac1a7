// The MongoDB target through libmongoc (docs/mongodb.md describes what it writes).
#include "mongostore.h"

#include <mongoc/mongoc.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

#include <algorithm>
#include <mutex>

namespace EdxLoader {

namespace {

constexpr const char *kClaims = "_edxloader_claims";   // who imports which file, right now
constexpr const char *kSources = "_edxloader_sources"; // the _ids of a file's documents, when not deterministic
constexpr const char *kStagingPrefix = "_edxloader_new.";
constexpr int kDefaultTimeoutMs = 5000;                // unreachable servers fail within seconds
constexpr qint64 kMaxDocument = 16 * 1024 * 1024;      // MongoDB's BSON document limit
constexpr qint64 kHeartbeatMs = 20 * 1000;             // a claim's owner shows it is alive…
constexpr qint64 kStaleMs = 2 * 60 * 1000;             // …and a claim not renewed for this long is abandoned
constexpr int kServerDuplicateKey = 11000;
constexpr int kServerUnauthorized = 13;
constexpr int kServerAuthenticationFailed = 18;
constexpr int kServerNamespaceNotFound = 26;

void ensureDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        mongoc_init();
        // The driver logs to stderr, down to its debug messages: only its warnings and errors
        // are worth a user's attention, and they go through Qt's logging like everything else.
        mongoc_log_set_handler(
            [](mongoc_log_level_t level, const char *domain, const char *message, void *) {
                if (level <= MONGOC_LOG_LEVEL_WARNING)
                    qWarning("libmongoc %s: %s", domain, message);
            },
            nullptr);
    });
}

// Owning wrappers: every driver object is released on every path.
struct Bson
{
    bson_t b = BSON_INITIALIZER;
    Bson() = default;
    Bson(const Bson &) = delete;
    Bson &operator=(const Bson &) = delete;
    ~Bson() { bson_destroy(&b); }
    bson_t *get() { return &b; }
    operator bson_t *() { return &b; }
    operator const bson_t *() const { return &b; }
};

struct Collection
{
    mongoc_collection_t *c = nullptr;
    Collection(mongoc_client_t *client, const QString &database, const QString &collection)
        : c(mongoc_client_get_collection(client, database.toUtf8().constData(), collection.toUtf8().constData()))
    {
    }
    ~Collection() { mongoc_collection_destroy(c); }
    Collection(const Collection &) = delete;
    Collection &operator=(const Collection &) = delete;
    operator mongoc_collection_t *() const { return c; }
};

struct Lease
{
    mongoc_client_pool_t *pool;
    mongoc_client_t *client;
    explicit Lease(mongoc_client_pool_t *p)
        : pool(p), client(p ? mongoc_client_pool_pop(p) : nullptr)
    {
    }
    ~Lease()
    {
        if (client)
            mongoc_client_pool_push(pool, client);
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
};

struct Cursor
{
    mongoc_cursor_t *c;
    ~Cursor() { mongoc_cursor_destroy(c); }
};

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

void appendQString(bson_t *b, const char *key, const QString &s)
{
    const QByteArray u = s.toUtf8();
    bson_append_utf8(b, key, -1, u.constData(), int(u.size()));
}

qint64 int64Field(const bson_t *doc, const char *key)
{
    bson_iter_t it;
    if (bson_iter_init_find(&it, doc, key) && BSON_ITER_HOLDS_NUMBER(&it))
        return bson_iter_as_int64(&it);
    return 0;
}

QString stringField(const bson_t *doc, const char *key)
{
    bson_iter_t it;
    if (bson_iter_init_find(&it, doc, key) && BSON_ITER_HOLDS_UTF8(&it))
        return utf8(bson_iter_utf8(&it, nullptr));
    return {};
}

// The ObjectId that starts or ends the range of a file's deterministic _ids.
bson_oid_t boundary(const QByteArray &prefix, uint8_t fill)
{
    bson_oid_t oid;
    std::memset(oid.bytes, fill, sizeof oid.bytes);
    std::memcpy(oid.bytes, prefix.constData(), std::min<qsizetype>(prefix.size(), 8));
    return oid;
}

// The errmsg of the first entry of an array of errors in a reply ("writeConcernErrors").
QString firstErrorMessage(const bson_t *reply, const char *key)
{
    bson_iter_t it, entries, entry;
    if (bson_iter_init_find(&it, reply, key) && BSON_ITER_HOLDS_ARRAY(&it) && bson_iter_recurse(&it, &entries)
        && bson_iter_next(&entries) && BSON_ITER_HOLDS_DOCUMENT(&entries) && bson_iter_recurse(&entries, &entry)
        && bson_iter_find(&entry, "errmsg") && BSON_ITER_HOLDS_UTF8(&entry)) {
        return utf8(bson_iter_utf8(&entry, nullptr));
    }
    if (bson_iter_init_find(&it, reply, key) && BSON_ITER_HOLDS_ARRAY(&it) && bson_iter_recurse(&it, &entries)
        && bson_iter_next(&entries))
        return QStringLiteral("?");
    return {};
}

// Claims and ledger entries are read from the primary whatever the connection string prefers:
// a secondary may not have the latest.
const mongoc_read_prefs_t *primary()
{
    static mongoc_read_prefs_t *prefs = mongoc_read_prefs_new(MONGOC_READ_PRIMARY);
    return prefs;
}

bool isDuplicateKey(const bson_error_t &e)
{
    return e.code == kServerDuplicateKey;
}

QString hostName()
{
    static const QString name = QSysInfo::machineHostName();
    return name;
}

// Whether the claim (or staging collection) of another loader may be taken over.
bool isStale(const bson_t *claim)
{
    bson_iter_t it;
    qint64 heartbeat = 0;
    if (bson_iter_init_find(&it, claim, "heartbeat") && BSON_ITER_HOLDS_DATE_TIME(&it))
        heartbeat = bson_iter_date_time(&it);
    if (QDateTime::currentMSecsSinceEpoch() - heartbeat > kStaleMs)
        return true;
#ifdef Q_OS_UNIX
    // On this machine, a claim whose process has gone (killed, crashed) is stale at once, so that
    // running again right after a kill does not wait.
    const qint64 pid = int64Field(claim, "pid");
    if (stringField(claim, "host") == hostName() && pid > 0 && pid != qint64(::getpid())
        && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
#endif
    return false;
}

void appendOwner(bson_t *b, const QString &token)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    appendQString(b, "host", hostName());
#ifdef Q_OS_UNIX
    bson_append_int64(b, "pid", -1, qint64(::getpid()));
#else
    bson_append_int64(b, "pid", -1, 0);
#endif
    appendQString(b, "token", token);
    bson_append_date_time(b, "since", -1, now);
    bson_append_date_time(b, "heartbeat", -1, now);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Conversions

void appendValue(bson_t *out, const char *key, const Value &value)
{
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                bson_append_null(out, key, -1);
            else if constexpr (std::is_same_v<T, bool>)
                bson_append_bool(out, key, -1, x);
            else if constexpr (std::is_same_v<T, qint64>)
                bson_append_int64(out, key, -1, x);
            else if constexpr (std::is_same_v<T, double>)
                bson_append_double(out, key, -1, x);
            else if constexpr (std::is_same_v<T, QString>)
                appendQString(out, key, x);
            else if constexpr (std::is_same_v<T, DateTime>)
                bson_append_date_time(out, key, -1, x.msecs);
            else
                bson_append_oid(out, key, -1, &x.oid);
        },
        value);
}

Value valueFromBson(const bson_iter_t *it)
{
    switch (bson_iter_type(it)) {
    case BSON_TYPE_UTF8:
        return utf8(bson_iter_utf8(it, nullptr));
    case BSON_TYPE_INT32:
    case BSON_TYPE_INT64:
        return qint64(bson_iter_as_int64(it));
    case BSON_TYPE_DOUBLE:
        return bson_iter_double(it);
    case BSON_TYPE_BOOL:
        return bson_iter_bool(it);
    case BSON_TYPE_DATE_TIME:
        return DateTime{bson_iter_date_time(it)};
    case BSON_TYPE_OID: {
        ObjectId o;
        bson_oid_copy(bson_iter_oid(it), &o.oid);
        return o;
    }
    case BSON_TYPE_DOCUMENT:
    case BSON_TYPE_ARRAY: {
        // Not a scalar: its relaxed JSON text, as the embedded store gives it.
        QByteArray json;
        writeRelaxedJsonValue(json, it);
        return QString::fromUtf8(json);
    }
    default:
        return std::monostate{};
    }
}

bson_t *filterToBson(const Filter &filter)
{
    bson_t *out = bson_new();
    if (filter.isEmpty())
        return out;
    // {$and: [{field: value}, {field: {$in: […]}}, {field: {$gte: v}}, …]}: each condition on its
    // own, so that two bounds of one field never overwrite each other.
    bson_t conditions;
    bson_append_array_begin(out, "$and", -1, &conditions);
    int i = 0;
    for (const Condition &c : filter) {
        const QByteArray index = QByteArray::number(i++);
        const QByteArray field = c.field.toUtf8();
        bson_t one, op;
        bson_append_document_begin(&conditions, index.constData(), -1, &one);
        if (c.op == Condition::Eq) {
            appendValue(&one, field.constData(), c.values.value(0));
        } else {
            bson_append_document_begin(&one, field.constData(), -1, &op);
            if (c.op == Condition::In) {
                bson_t list;
                bson_append_array_begin(&op, "$in", -1, &list);
                int k = 0;
                for (const Value &v : c.values)
                    appendValue(&list, QByteArray::number(k++).constData(), v);
                bson_append_array_end(&op, &list);
            } else {
                const char *name = c.op == Condition::Gt ? "$gt" : c.op == Condition::Gte ? "$gte"
                                   : c.op == Condition::Lt ? "$lt" : "$lte";
                appendValue(&op, name, c.values.value(0));
            }
            bson_append_document_end(&one, &op);
        }
        bson_append_document_end(&conditions, &one);
    }
    bson_append_array_end(out, &conditions);
    return out;
}

bool isMongoTarget(const QString &target)
{
    return target.startsWith(QLatin1String("mongodb://")) || target.startsWith(QLatin1String("mongodb+srv://"));
}

MongoTarget parseMongoTarget(const QString &uriText)
{
    ensureDriver();
    MongoTarget t;
    bson_error_t error;
    mongoc_uri_t *uri = mongoc_uri_new_with_error(uriText.toUtf8().constData(), &error);
    if (!uri) {
        t.error = MongoStore::tr("The MongoDB connection string is not valid: %1").arg(utf8(error.message));
        return t;
    }
    t.valid = true;
    t.srv = uriText.startsWith(QLatin1String("mongodb+srv://"));
    if (t.srv) {
        t.hosts = utf8(mongoc_uri_get_srv_hostname(uri));
    } else {
        QStringList hosts;
        for (const mongoc_host_list_t *h = mongoc_uri_get_hosts(uri); h; h = h->next)
            hosts << utf8(h->host_and_port);
        t.hosts = hosts.join(QLatin1Char(','));
    }
    t.replicaSet = utf8(mongoc_uri_get_replica_set(uri));
    t.username = utf8(mongoc_uri_get_username(uri));
    t.hasPassword = mongoc_uri_get_password(uri) != nullptr;
    t.password = utf8(mongoc_uri_get_password(uri));
    t.tls = mongoc_uri_get_tls(uri);
    t.serverSelectionTimeoutMs = mongoc_uri_get_option_as_int32(uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, 0);
    if (const mongoc_write_concern_t *wc = mongoc_uri_get_write_concern(uri)) {
        QStringList parts;
        const int32_t w = mongoc_write_concern_get_w(wc);
        if (const char *tag = mongoc_write_concern_get_wtag(wc))
            parts << QStringLiteral("w=%1").arg(utf8(tag));
        else if (w == MONGOC_WRITE_CONCERN_W_MAJORITY)
            parts << QStringLiteral("w=majority");
        else if (w != MONGOC_WRITE_CONCERN_W_DEFAULT)
            parts << QStringLiteral("w=%1").arg(w);
        if (mongoc_write_concern_journal_is_set(wc))
            parts << (mongoc_write_concern_get_journal(wc) ? QStringLiteral("journal") : QStringLiteral("no journal"));
        if (const qint64 timeout = mongoc_write_concern_get_wtimeout_int64(wc))
            parts << QStringLiteral("wtimeout=%1 ms").arg(timeout);
        t.writeConcern = parts.join(QStringLiteral(", "));
    }
    mongoc_uri_destroy(uri);

    // The password sits in the user information before the host list: "scheme://user:pass@hosts/…".
    const qsizetype schemeEnd = uriText.indexOf(QLatin1String("://")) + 3;
    const qsizetype slash = uriText.indexOf(QLatin1Char('/'), schemeEnd);
    const qsizetype at = uriText.lastIndexOf(QLatin1Char('@'), slash < 0 ? -1 : slash);
    t.redacted = uriText;
    t.withoutPassword = uriText;
    if (at >= schemeEnd) {
        const qsizetype colon = uriText.indexOf(QLatin1Char(':'), schemeEnd);
        if (colon >= 0 && colon < at) {
            t.redacted = uriText.left(colon + 1) + QStringLiteral("****") + uriText.mid(at);
            t.withoutPassword = uriText.left(colon) + uriText.mid(at);
        }
    }
    return t;
}

// ---------------------------------------------------------------------------------------------
// The write transaction

namespace {

class MongoWrite final : public WriteTransaction
{
public:
    MongoWrite(MongoStore &store, const QString &database)
        : m_store(store), m_lease(store.pool()), m_database(database)
    {
        m_token = QString::number(QRandomGenerator::system()->generate64(), 36)
                  + QString::number(QRandomGenerator::system()->generate(), 36);
        m_heartbeat.start();
    }

    ~MongoWrite() override
    {
        if (!m_done)
            rollback();
    }

    bool claim(const QString &ledger, const QString &id, const std::atomic_bool *cancel) override
    {
        const QString claimId = ledger + QLatin1Char('/') + id;
        return take(claimId, cancel);
    }

    bool insert(const QString &collection, const std::vector<Document> &documents, const QString &sourceFile,
                QList<int> *duplicates) override
    {
        if (documents.empty())
            return true;
        const QString target = targetOf(collection);
        heartbeat();
        for (const Document &d : documents) {
            if (d.bson()->len > kMaxDocument)
                return fail(MongoStore::tr("A document of %1 MB is larger than MongoDB's limit of 16 MB")
                                .arg(d.bson()->len / (1024 * 1024)));
        }
        QList<bson_oid_t> records;
        if (!sourceFile.isEmpty()) {
            // Documents whose _id is not the file's deterministic one are listed in a side
            // record first, so that whatever part of the batch reaches the server can be found
            // again after a crash.
            if (!recordSources(target, sourceFile, documents, &records))
                return false;
            m_filed.insert({target, sourceFile});
        }
        Collection coll(m_lease.client, m_database, target);
        Bson opts;
        BSON_APPEND_BOOL(opts, "ordered", false);
        mongoc_bulk_operation_t *bulk = mongoc_collection_create_bulk_operation_with_opts(coll, opts);
        Bson insertOpts;
        BSON_APPEND_BOOL(insertOpts, "validate", false); // keys are escaped already; empty keys are data
        bson_error_t error;
        for (const Document &d : documents) {
            if (!mongoc_bulk_operation_insert_with_opts(bulk, d.bson(), insertOpts, &error)) {
                mongoc_bulk_operation_destroy(bulk);
                return fail(m_store.explain(error));
            }
        }
        crashPoint();
        Bson reply;
        const bool ok = mongoc_bulk_operation_execute(bulk, reply, &error) != 0;
        mongoc_bulk_operation_destroy(bulk);
        QList<int> found; // indexes of the documents whose _id was there already
        if (!ok) {
            // An unordered bulk inserts everything it can. Duplicates of _ids already there are
            // what the embedded store's INSERT OR IGNORE reports; anything else — another write
            // error, a write concern not met, a whole command refused (then writeErrors is
            // empty) — fails the transaction.
            QString refused;
            bson_iter_t it, errors;
            if (bson_iter_init_find(&it, reply, "writeErrors") && BSON_ITER_HOLDS_ARRAY(&it)
                && bson_iter_recurse(&it, &errors)) {
                while (bson_iter_next(&errors)) {
                    bson_t entry;
                    uint32_t len = 0;
                    const uint8_t *data = nullptr;
                    bson_iter_document(&errors, &len, &data);
                    if (!data || !bson_init_static(&entry, data, len))
                        continue;
                    if (int64Field(&entry, "code") == kServerDuplicateKey)
                        found.append(int(int64Field(&entry, "index")));
                    else if (refused.isEmpty())
                        refused = stringField(&entry, "errmsg");
                }
            }
            if (!refused.isEmpty())
                return fail(MongoStore::tr("MongoDB refused a document: %1").arg(refused));
            if (const QString concern = firstErrorMessage(reply, "writeConcernErrors"); !concern.isEmpty())
                return fail(MongoStore::tr("The write concern was not satisfied: %1").arg(concern));
            if (found.isEmpty() || int64Field(reply, "nInserted") + found.size() != qint64(documents.size()))
                return fail(m_store.explain(error));
            std::sort(found.begin(), found.end());
            if (duplicates)
                *duplicates = found;
            // The documents already there belong to someone else: they leave this file's records.
            if (!records.isEmpty() && !forgetSources(records, documents, found))
                return false;
        } else if (const QString concern = firstErrorMessage(reply, "writeConcernErrors"); !concern.isEmpty()) {
            return fail(MongoStore::tr("The write concern was not satisfied: %1").arg(concern));
        }
        if (sourceFile.isEmpty() && !m_staging.values().contains(target))
            rememberIds(target, documents, found);
        return true;
    }

    bool upsert(const QString &collection, const Document &document) override
    {
        // Ledger entries and the like become visible at commit, after everything they describe.
        m_upserts.push_back({collection, document});
        return true;
    }

    bool removeFromFile(const QString &collection, const QString &sourceFile, qint64 *removed) override
    {
        qint64 n = 0;
        const bool ok = removeFileDocuments(targetOf(collection), sourceFile, &n);
        if (removed)
            *removed = n;
        return ok;
    }

    bool removeAll(const QString &collection) override
    {
        return replaceCollection(collection);
    }

    bool replaceCollection(const QString &collection) override
    {
        if (m_staging.contains(collection)) {
            if (!dropNamed(m_staging.value(collection)))
                return false;
        } else {
            dropAbandonedStaging(collection);
        }
        const QString staging = QLatin1String(kStagingPrefix) + collection + QLatin1Char('.') + m_token;
        if (!take(QStringLiteral("staging/") + staging, nullptr))
            return false;
        mongoc_database_t *db = mongoc_client_get_database(m_lease.client, m_database.toUtf8().constData());
        bson_error_t error;
        mongoc_collection_t *created = mongoc_database_create_collection(db, staging.toUtf8().constData(), nullptr, &error);
        mongoc_database_destroy(db);
        if (!created && error.code != 48 /* NamespaceExists */)
            return fail(m_store.explain(error));
        mongoc_collection_destroy(created);
        m_staging.insert(collection, staging);
        return true;
    }

    bool commit() override
    {
        crashPoint();
        bson_error_t error;
        for (auto it = m_staging.cbegin(); it != m_staging.cend(); ++it) {
            Collection staged(m_lease.client, m_database, it.value());
            if (!mongoc_collection_rename_with_opts(staged, nullptr, it.key().toUtf8().constData(), true, nullptr, &error))
                return fail(m_store.explain(error));
            // Side records of the replaced content go; those of the new content follow it.
            Collection sources(m_lease.client, m_database, QString::fromLatin1(kSources));
            Bson old, renamed, update, set;
            appendQString(old, "c", it.key());
            Bson notMine;
            appendQString(notMine, "$ne", m_token);
            bson_append_document(old, "t", -1, notMine);
            mongoc_collection_delete_many(sources, old, nullptr, nullptr, nullptr);
            appendQString(renamed, "c", it.value());
            bson_append_document_begin(update, "$set", -1, set);
            appendQString(set, "c", it.key());
            bson_append_document_end(update, set);
            mongoc_collection_update_many(sources, renamed, update, nullptr, nullptr, nullptr);
        }
        crashPoint();
        m_staging.clear(); // renamed: every collection is under its own name again
        for (const auto &[collection, document] : m_upserts) {
            Collection coll(m_lease.client, m_database, collection);
            Bson selector, opts;
            bson_iter_t id;
            if (!bson_iter_init_find(&id, document.bson(), "_id"))
                return fail(MongoStore::tr("A document without _id cannot be stored"));
            bson_append_value(selector, "_id", -1, bson_iter_value(&id));
            BSON_APPEND_BOOL(opts, "upsert", true);
            BSON_APPEND_BOOL(opts, "validate", false);
            if (!mongoc_collection_replace_one(coll, selector, document.bson(), opts, nullptr, &error))
                return fail(m_store.explain(error));
        }
        m_staging.clear();
        m_filed.clear();
        m_unfiled.clear();
        release();
        m_done = true;
        return true;
    }

    void rollback() override
    {
        if (m_done)
            return;
        for (const QString &staging : std::as_const(m_staging))
            dropNamed(staging);
        for (const auto &[collection, file] : std::as_const(m_filed))
            removeFileDocuments(collection, file, nullptr);
        for (auto it = m_unfiled.cbegin(); it != m_unfiled.cend(); ++it) {
            Collection coll(m_lease.client, m_database, it.key());
            for (const Document &ids : it.value()) {
                Bson selector, in;
                bson_append_document_begin(selector, "_id", -1, in);
                bson_append_array(in, "$in", -1, ids.bson());
                bson_append_document_end(selector, in);
                mongoc_collection_delete_many(coll, selector, nullptr, nullptr, nullptr);
            }
        }
        m_staging.clear();
        m_filed.clear();
        m_unfiled.clear();
        m_upserts.clear();
        release();
        m_done = true;
    }

    QString errorString() const override { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    QString targetOf(const QString &collection) const { return m_staging.value(collection, collection); }

    // Takes the claim claimId for this transaction, waiting while a live loader holds it.
    bool take(const QString &claimId, const std::atomic_bool *cancel)
    {
        if (m_claims.contains(claimId))
            return true;
        Collection claims(m_lease.client, m_database, QString::fromLatin1(kClaims));
        for (;;) {
            heartbeat(); // the claims this transaction holds stay alive while it waits
            if (cancel && cancel->load())
                return fail(MongoStore::tr("Cancelled"));
            Bson mine;
            appendQString(mine, "_id", claimId);
            appendOwner(mine, m_token);
            bson_error_t error;
            if (mongoc_collection_insert_one(claims, mine, nullptr, nullptr, &error)) {
                m_claims.append(claimId);
                return true;
            }
            if (!isDuplicateKey(error))
                return fail(m_store.explain(error));
            // Held: by a live loader (wait for it), or by one that died (take it over).
            Bson query;
            appendQString(query, "_id", claimId);
            Cursor cursor{mongoc_collection_find_with_opts(claims, query, nullptr, primary())};
            const bson_t *held = nullptr;
            if (mongoc_cursor_next(cursor.c, &held) && isStale(held)) {
                Bson selector, update, set;
                appendQString(selector, "_id", claimId);
                appendQString(selector, "token", stringField(held, "token"));
                bson_append_document_begin(update, "$set", -1, set);
                appendOwner(set, m_token);
                bson_append_document_end(update, set);
                Bson reply;
                if (!mongoc_collection_update_one(claims, selector, update, nullptr, reply, &error))
                    return fail(m_store.explain(error));
                if (int64Field(reply, "modifiedCount") == 1) {
                    m_claims.append(claimId);
                    return true;
                }
                continue; // another loader took it over first
            }
            if (mongoc_cursor_error(cursor.c, &error))
                return fail(m_store.explain(error));
            QThread::msleep(250);
        }
    }

    void heartbeat()
    {
        if (m_claims.isEmpty() || m_heartbeat.elapsed() < kHeartbeatMs)
            return;
        m_heartbeat.restart();
        Collection claims(m_lease.client, m_database, QString::fromLatin1(kClaims));
        Bson selector, in, list, update, set;
        bson_append_document_begin(selector, "_id", -1, in);
        bson_append_array_begin(in, "$in", -1, list);
        for (int i = 0; i < m_claims.size(); ++i)
            appendQString(list, QByteArray::number(i).constData(), m_claims.at(i));
        bson_append_array_end(in, list);
        bson_append_document_end(selector, in);
        appendQString(selector, "token", m_token);
        bson_append_document_begin(update, "$set", -1, set);
        bson_append_date_time(set, "heartbeat", -1, QDateTime::currentMSecsSinceEpoch());
        bson_append_document_end(update, set);
        mongoc_collection_update_many(claims, selector, update, nullptr, nullptr, nullptr);
    }

    void release()
    {
        if (m_claims.isEmpty())
            return;
        Collection claims(m_lease.client, m_database, QString::fromLatin1(kClaims));
        for (const QString &id : std::as_const(m_claims)) {
            Bson selector;
            appendQString(selector, "_id", id);
            appendQString(selector, "token", m_token);
            mongoc_collection_delete_one(claims, selector, nullptr, nullptr, nullptr);
        }
        m_claims.clear();
    }

    bool recordSources(const QString &target, const QString &sourceFile, const std::vector<Document> &documents,
                       QList<bson_oid_t> *records)
    {
        const QByteArray prefix = fileIdPrefix((m_database + QLatin1Char('/') + sourceFile).toUtf8());
        if (!m_sourcesIndexed) {
            // A file's records are looked up by collection and file (createIndexes is a no-op
            // when the index is there).
            m_sourcesIndexed = m_store.createIndex(m_database, QString::fromLatin1(kSources),
                                                   {QStringLiteral("c"), QStringLiteral("f")});
        }
        Collection sources(m_lease.client, m_database, QString::fromLatin1(kSources));
        Bson record;
        bson_t ids;
        bson_oid_t recordId;
        int n = 0;
        auto begin = [&] {
            bson_reinit(record);
            bson_oid_init(&recordId, nullptr);
            bson_append_oid(record, "_id", -1, &recordId);
            appendQString(record, "c", target);
            appendQString(record, "f", sourceFile);
            appendQString(record, "t", m_token);
            bson_append_array_begin(record, "ids", -1, &ids);
            n = 0;
        };
        auto flush = [&]() -> bool {
            bson_append_array_end(record, &ids);
            bson_error_t error;
            if (n == 0)
                return true;
            if (!mongoc_collection_insert_one(sources, record, nullptr, nullptr, &error))
                return fail(m_store.explain(error));
            records->append(recordId);
            return true;
        };
        begin();
        for (const Document &d : documents) {
            bson_iter_t it;
            if (!bson_iter_init_find(&it, d.bson(), "_id"))
                return fail(MongoStore::tr("A document without _id cannot be stored"));
            if (BSON_ITER_HOLDS_OID(&it) && std::memcmp(bson_iter_oid(&it)->bytes, prefix.constData(), 8) == 0)
                continue; // found again by the range of the file's ids
            bson_append_value(&ids, QByteArray::number(n++).constData(), -1, bson_iter_value(&it));
            // (an open array's size is its own until it is closed)
            if (ids.len > 4 * 1024 * 1024) {
                if (!flush())
                    return false;
                begin();
            }
        }
        return flush();
    }

    // Takes the documents at the indexes found (duplicates) out of the side records just written.
    bool forgetSources(const QList<bson_oid_t> &records, const std::vector<Document> &documents, const QList<int> &found)
    {
        if (found.isEmpty())
            return true;
        Collection sources(m_lease.client, m_database, QString::fromLatin1(kSources));
        Bson selector, in, list, update, pull, pullIn, values;
        bson_append_document_begin(selector, "_id", -1, in);
        bson_append_array_begin(in, "$in", -1, list);
        for (int i = 0; i < records.size(); ++i)
            bson_append_oid(list, QByteArray::number(i).constData(), -1, &records.at(i));
        bson_append_array_end(in, list);
        bson_append_document_end(selector, in);
        bson_append_document_begin(update, "$pull", -1, pull);
        bson_append_document_begin(pull, "ids", -1, pullIn);
        bson_append_array_begin(pullIn, "$in", -1, values);
        int n = 0;
        for (int index : found) {
            bson_iter_t it;
            if (index >= 0 && size_t(index) < documents.size() && bson_iter_init_find(&it, documents[size_t(index)].bson(), "_id"))
                bson_append_value(values, QByteArray::number(n++).constData(), -1, bson_iter_value(&it));
        }
        bson_append_array_end(pullIn, values);
        bson_append_document_end(pull, pullIn);
        bson_append_document_end(update, pull);
        bson_error_t error;
        if (!mongoc_collection_update_many(sources, selector, update, nullptr, nullptr, &error))
            return fail(m_store.explain(error));
        return true;
    }

    void rememberIds(const QString &target, const std::vector<Document> &documents, const QList<int> &found)
    {
        Document ids;
        int n = 0;
        for (size_t i = 0; i < documents.size(); ++i) {
            const Document &d = documents[i];
            if (found.contains(int(i)))
                continue; // there before: not this transaction's to take back
            bson_iter_t it;
            if (bson_iter_init_find(&it, d.bson(), "_id"))
                bson_append_value(ids.bson(), QByteArray::number(n++).constData(), -1, bson_iter_value(&it));
        }
        m_unfiled[target].push_back(std::move(ids));
    }

    bool removeFileDocuments(const QString &target, const QString &sourceFile, qint64 *removed)
    {
        bson_error_t error;
        Collection coll(m_lease.client, m_database, target);
        qint64 n = 0;
        // The file's deterministic _ids: one range of the _id index.
        const QByteArray prefix = fileIdPrefix((m_database + QLatin1Char('/') + sourceFile).toUtf8());
        const bson_oid_t low = boundary(prefix, 0x00), high = boundary(prefix, 0xff);
        {
            Bson selector, range, reply;
            bson_append_document_begin(selector, "_id", -1, range);
            bson_append_oid(range, "$gte", -1, &low);
            bson_append_oid(range, "$lte", -1, &high);
            bson_append_document_end(selector, range);
            if (!mongoc_collection_delete_many(coll, selector, nullptr, reply, &error))
                return fail(m_store.explain(error));
            n += int64Field(reply, "deletedCount");
        }
        // The others, from their side records (kept until their documents are gone).
        Collection sources(m_lease.client, m_database, QString::fromLatin1(kSources));
        Bson query;
        appendQString(query, "c", target);
        appendQString(query, "f", sourceFile);
        {
            Cursor cursor{mongoc_collection_find_with_opts(sources, query, nullptr, nullptr)};
            const bson_t *record = nullptr;
            while (mongoc_cursor_next(cursor.c, &record)) {
                heartbeat();
                bson_iter_t it;
                if (!bson_iter_init_find(&it, record, "ids") || !BSON_ITER_HOLDS_ARRAY(&it))
                    continue;
                uint32_t len = 0;
                const uint8_t *data = nullptr;
                bson_iter_array(&it, &len, &data);
                bson_t ids;
                if (!bson_init_static(&ids, data, len))
                    continue;
                Bson selector, in, reply;
                bson_append_document_begin(selector, "_id", -1, in);
                bson_append_array(in, "$in", -1, &ids);
                bson_append_document_end(selector, in);
                if (!mongoc_collection_delete_many(coll, selector, nullptr, reply, &error))
                    return fail(m_store.explain(error));
                n += int64Field(reply, "deletedCount");
            }
            if (mongoc_cursor_error(cursor.c, &error))
                return fail(m_store.explain(error));
        }
        if (!mongoc_collection_delete_many(sources, query, nullptr, nullptr, &error))
            return fail(m_store.explain(error));
        if (removed)
            *removed = n;
        return true;
    }

    bool dropNamed(const QString &name, bool report = true)
    {
        Collection coll(m_lease.client, m_database, name);
        bson_error_t error;
        if (!mongoc_collection_drop_with_opts(coll, nullptr, &error) && error.code != kServerNamespaceNotFound)
            return report ? fail(m_store.explain(error)) : false;
        return true;
    }

    // Staging collections left by a loader that died while rebuilding this collection.
    void dropAbandonedStaging(const QString &collection)
    {
        const QString prefix = QLatin1String(kStagingPrefix) + collection + QLatin1Char('.');
        mongoc_database_t *db = mongoc_client_get_database(m_lease.client, m_database.toUtf8().constData());
        char **names = mongoc_database_get_collection_names_with_opts(db, nullptr, nullptr);
        mongoc_database_destroy(db);
        if (!names)
            return;
        Collection claims(m_lease.client, m_database, QString::fromLatin1(kClaims));
        for (char **n = names; *n; ++n) {
            const QString name = utf8(*n);
            if (!name.startsWith(prefix) || name.mid(prefix.size()).contains(QLatin1Char('.')))
                continue;
            Bson query;
            appendQString(query, "_id", QStringLiteral("staging/") + name);
            Cursor cursor{mongoc_collection_find_with_opts(claims, query, nullptr, primary())};
            const bson_t *held = nullptr;
            if (mongoc_cursor_next(cursor.c, &held) && !isStale(held))
                continue; // another loader is building it right now
            bson_error_t unknown;
            if (mongoc_cursor_error(cursor.c, &unknown))
                continue; // unknown: leave it
            dropNamed(name, false);
            mongoc_collection_delete_one(claims, query, nullptr, nullptr, nullptr);
        }
        bson_strfreev(names);
    }

    MongoStore &m_store;
    Lease m_lease;
    QString m_database;
    QString m_token;
    QString m_error;
    QElapsedTimer m_heartbeat;
    QStringList m_claims;
    QHash<QString, QString> m_staging;               // collection → its new content's collection
    QSet<std::pair<QString, QString>> m_filed;      // (collection, file) this transaction inserted
    QHash<QString, std::vector<Document>> m_unfiled; // ids of documents inserted without a file
    std::vector<std::pair<QString, Document>> m_upserts;
    bool m_sourcesIndexed = false;
    bool m_done = false;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// The store

MongoStore::MongoStore(const QString &uriText, const QString &password)
    : m_target(parseMongoTarget(uriText))
{
    ensureDriver();
    if (!m_target.valid) {
        m_error = m_target.error;
        return;
    }
    bson_error_t error;
    m_uri = mongoc_uri_new_with_error(uriText.toUtf8().constData(), &error);
    if (!m_uri) {
        m_error = tr("The MongoDB connection string is not valid: %1").arg(utf8(error.message));
        return;
    }
    if (!m_target.username.isEmpty() && !m_target.hasPassword && !password.isEmpty())
        mongoc_uri_set_password(m_uri, password.toUtf8().constData());
    // Fast, clear failures: the driver's default is to look for a server for 30 s.
    if (const mongoc_write_concern_t *wc = mongoc_uri_get_write_concern(m_uri);
        wc && !mongoc_write_concern_is_acknowledged(wc)) {
        // Unacknowledged writes cannot tell a stored document from a lost one.
        m_error = tr("EdxLoader needs acknowledged writes: remove w=0 from the connection string");
        return;
    }
    if (!mongoc_uri_has_option(m_uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS))
        mongoc_uri_set_option_as_int32(m_uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, kDefaultTimeoutMs);
    if (!mongoc_uri_has_option(m_uri, MONGOC_URI_CONNECTTIMEOUTMS))
        mongoc_uri_set_option_as_int32(m_uri, MONGOC_URI_CONNECTTIMEOUTMS, kDefaultTimeoutMs);
    if (!mongoc_uri_get_appname(m_uri))
        mongoc_uri_set_appname(m_uri, "EdxLoader");
    m_target.serverSelectionTimeoutMs = mongoc_uri_get_option_as_int32(m_uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, kDefaultTimeoutMs);
    m_pool = mongoc_client_pool_new_with_error(m_uri, &error);
    if (!m_pool) {
        m_error = tr("Cannot use the MongoDB connection string: %1").arg(utf8(error.message));
        return;
    }
    mongoc_client_pool_set_error_api(m_pool, MONGOC_ERROR_API_VERSION_2);
}

MongoStore::~MongoStore()
{
    if (m_pool)
        mongoc_client_pool_destroy(m_pool);
    if (m_uri)
        mongoc_uri_destroy(m_uri);
}

QString MongoStore::description() const
{
    QString where = m_target.hosts;
    if (!m_target.replicaSet.isEmpty())
        where = tr("%1 (replica set %2)").arg(where, m_target.replicaSet);
    return tr("MongoDB at %1").arg(where);
}

QString MongoStore::errorString() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_error;
}

void MongoStore::setError(const QString &message) const
{
    QMutexLocker lock(&m_errorMutex);
    m_error = message;
}

QString MongoStore::explain(const bson_error_t &error) const
{
    QString message = utf8(error.message);
    // "No suitable servers found: `serverSelectionTimeoutMS` expired: [why]. Topology type: …":
    // the part in brackets is what a user can act on.
    if (error.domain == MONGOC_ERROR_SERVER_SELECTION) {
        const qsizetype open = message.indexOf(QLatin1Char('['));
        const qsizetype close = message.lastIndexOf(QLatin1Char(']'));
        if (open >= 0 && close > open + 1)
            message = message.mid(open + 1, close - open - 1);
    }
    const QString seconds = QString::number(m_target.serverSelectionTimeoutMs / 1000.0);
    switch (error.domain) {
    case MONGOC_ERROR_SERVER_SELECTION:
        if (!m_target.replicaSet.isEmpty() || m_target.srv)
            return tr("No primary server of %1 answered within %2 s (unreachable, or no primary elected): %3")
                .arg(m_target.hosts, seconds, message);
        return tr("No MongoDB server answered at %1 within %2 s: %3").arg(m_target.hosts, seconds, message);
    case MONGOC_ERROR_STREAM:
        if (error.code == MONGOC_ERROR_STREAM_NAME_RESOLUTION)
            return tr("The host name of %1 could not be resolved: %2").arg(m_target.hosts, message);
        return tr("The connection to %1 failed: %2").arg(m_target.hosts, message);
    case MONGOC_ERROR_CLIENT:
        if (error.code == MONGOC_ERROR_CLIENT_AUTHENTICATE)
            return tr("MongoDB at %1 refused the credentials of user %2 (check the user name, the password and "
                      "authSource): %3")
                .arg(m_target.hosts, m_target.username, message);
        return tr("MongoDB client error: %1").arg(message);
    case MONGOC_ERROR_SERVER:
    case MONGOC_ERROR_QUERY:
    case MONGOC_ERROR_COMMAND:
        if (error.code == kServerUnauthorized)
            return tr("The MongoDB user %1 lacks the privileges for this (ask for readWrite on the databases, "
                      "or readWriteAnyDatabase): %2")
                .arg(m_target.username.isEmpty() ? tr("(no user)") : m_target.username, message);
        if (error.code == kServerAuthenticationFailed) // (SCRAM failures come as client errors)
            return tr("MongoDB at %1 refused the credentials of user %2 (check the user name, the password and "
                      "authSource): %3")
                .arg(m_target.hosts, m_target.username, message);
        return tr("MongoDB refused the operation: %1").arg(message);
    case MONGOC_ERROR_WRITE_CONCERN:
        return tr("The write concern was not satisfied: %1").arg(message);
    default:
        return tr("MongoDB error: %1").arg(message);
    }
}

bool MongoStore::ping(MongoServerInfo *info)
{
    if (!m_pool)
        return false;
    Lease lease(m_pool);
    bson_error_t error;
    Bson command, reply;
    BSON_APPEND_INT32(command, "ping", 1);
    if (!mongoc_client_command_simple(lease.client, "admin", command, nullptr, reply, &error)) {
        setError(explain(error));
        return false;
    }
    if (!info)
        return true;
    Bson build, buildReply;
    BSON_APPEND_INT32(build, "buildInfo", 1);
    if (mongoc_client_command_simple(lease.client, "admin", build, nullptr, buildReply, &error))
        info->version = stringField(buildReply, "version");
    Bson hello, helloReply, legacy, legacyReply;
    BSON_APPEND_INT32(hello, "hello", 1);
    const bson_t *shape = helloReply;
    if (!mongoc_client_command_simple(lease.client, "admin", hello, nullptr, helloReply, &error)) {
        BSON_APPEND_INT32(legacy, "isMaster", 1); // servers before 4.4.2
        mongoc_client_command_simple(lease.client, "admin", legacy, nullptr, legacyReply, &error);
        shape = legacyReply;
    }
    if (stringField(shape, "msg") == QLatin1String("isdbgrid"))
        info->topology = tr("sharded cluster (through mongos)");
    else if (const QString set = stringField(shape, "setName"); !set.isEmpty())
        info->topology = tr("replica set %1 (primary %2)").arg(set, stringField(shape, "primary"));
    else
        info->topology = tr("standalone server");
    return true;
}

QStringList MongoStore::databases()
{
    QStringList names;
    if (!m_pool)
        return names;
    Lease lease(m_pool);
    Bson opts;
    BSON_APPEND_BOOL(opts, "authorizedDatabases", true); // (the driver asks for names only itself)
    bson_error_t error;
    char **list = mongoc_client_get_database_names_with_opts(lease.client, opts, &error);
    if (!list) {
        setError(explain(error));
        return names;
    }
    for (char **n = list; *n; ++n) {
        const QString name = utf8(*n);
        if (name != QLatin1String("admin") && name != QLatin1String("config") && name != QLatin1String("local"))
            names << name;
    }
    bson_strfreev(list);
    names.sort();
    return names;
}

QStringList MongoStore::collections(const QString &database)
{
    QStringList names;
    if (!m_pool)
        return names;
    Lease lease(m_pool);
    mongoc_database_t *db = mongoc_client_get_database(lease.client, database.toUtf8().constData());
    bson_error_t error;
    char **list = mongoc_database_get_collection_names_with_opts(db, nullptr, &error);
    mongoc_database_destroy(db);
    if (!list) {
        setError(explain(error));
        return names;
    }
    for (char **n = list; *n; ++n) {
        const QString name = utf8(*n);
        if (!name.startsWith(QLatin1String("system.")) && !name.startsWith(QLatin1String("_edxloader_")))
            names << name;
    }
    bson_strfreev(list);
    names.sort();
    return names;
}

std::unique_ptr<WriteTransaction> MongoStore::beginWrite(const QString &database)
{
    if (!m_pool)
        return nullptr;
    if (database.isEmpty()) {
        setError(tr("A database needs a name"));
        return nullptr;
    }
    return std::make_unique<MongoWrite>(*this, database);
}

qint64 MongoStore::count(const QString &database, const QString &collection, const Filter &filter)
{
    if (!m_pool)
        return 0;
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    bson_error_t error;
    int64_t n;
    if (filter.isEmpty()) {
        // From the collection's metadata: exact after every clean write, and instant.
        n = mongoc_collection_estimated_document_count(coll, nullptr, nullptr, nullptr, &error);
    } else {
        bson_t *query = filterToBson(filter);
        n = mongoc_collection_count_documents(coll, query, nullptr, nullptr, nullptr, &error);
        bson_destroy(query);
    }
    if (n < 0) {
        setError(explain(error));
        return 0;
    }
    return n;
}

QList<DistinctValue> MongoStore::distinct(const QString &database, const QString &collection, const QString &field,
                                          const Filter &filter)
{
    QList<DistinctValue> out;
    if (!m_pool)
        return out;
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    Bson pipeline, opts;
    bson_t stage, body, inner;
    int i = 0;
    if (!filter.isEmpty()) {
        bson_t *query = filterToBson(filter);
        bson_append_document_begin(pipeline, QByteArray::number(i++).constData(), -1, &stage);
        bson_append_document(&stage, "$match", -1, query);
        bson_append_document_end(pipeline, &stage);
        bson_destroy(query);
    }
    bson_append_document_begin(pipeline, QByteArray::number(i++).constData(), -1, &stage);
    bson_append_document_begin(&stage, "$group", -1, &body);
    appendQString(&body, "_id", QLatin1Char('$') + field);
    bson_append_document_begin(&body, "n", -1, &inner);
    BSON_APPEND_INT32(&inner, "$sum", 1);
    bson_append_document_end(&body, &inner);
    bson_append_document_end(&stage, &body);
    bson_append_document_end(pipeline, &stage);
    bson_append_document_begin(pipeline, QByteArray::number(i++).constData(), -1, &stage);
    bson_append_document_begin(&stage, "$sort", -1, &body);
    BSON_APPEND_INT32(&body, "n", -1);
    BSON_APPEND_INT32(&body, "_id", 1);
    bson_append_document_end(&stage, &body);
    bson_append_document_end(pipeline, &stage);
    BSON_APPEND_BOOL(opts, "allowDiskUse", true);
    Cursor cursor{mongoc_collection_aggregate(coll, MONGOC_QUERY_NONE, pipeline, opts, nullptr)};
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor.c, &doc)) {
        bson_iter_t it;
        Value v;
        if (bson_iter_init_find(&it, doc, "_id"))
            v = valueFromBson(&it);
        out.append({v, int64Field(doc, "n")});
    }
    bson_error_t error;
    if (mongoc_cursor_error(cursor.c, &error))
        setError(explain(error));
    return out;
}

bool MongoStore::find(const QString &database, const QString &collection, const Filter &filter,
                      const FindOptions &options, const std::function<bool(const Document &)> &visit)
{
    if (!m_pool)
        return false;
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    bson_t *query = filterToBson(filter);
    Bson opts;
    if (!options.orderBy.isEmpty()) {
        bson_t sort;
        bson_append_document_begin(opts, "sort", -1, &sort);
        const QByteArray field = options.orderBy.toUtf8();
        BSON_APPEND_INT32(&sort, field.constData(), options.descending ? -1 : 1);
        bson_append_document_end(opts, &sort);
    } else if (!options.anyOrder && filter.isEmpty()) {
        // Insertion order, as the embedded store gives it (a sharded collection has one per shard).
        bson_t sort;
        bson_append_document_begin(opts, "sort", -1, &sort);
        BSON_APPEND_INT32(&sort, "$natural", 1);
        bson_append_document_end(opts, &sort);
    }
    if (options.limit >= 0)
        BSON_APPEND_INT64(opts, "limit", options.limit);
    if (options.skip > 0)
        BSON_APPEND_INT64(opts, "skip", options.skip);
    Cursor cursor{mongoc_collection_find_with_opts(coll, query, opts, nullptr)};
    bson_destroy(query);
    if (options.limit == 0)
        return true;
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor.c, &doc)) {
        if (!visit(Document::fromBson(bson_get_data(doc), doc->len)))
            return true;
    }
    bson_error_t error;
    if (mongoc_cursor_error(cursor.c, &error)) {
        setError(explain(error));
        return false;
    }
    return true;
}

std::optional<Document> MongoStore::findById(const QString &database, const QString &collection, const Value &id)
{
    // From the primary: ledger entries decide whether a file is imported again.
    std::optional<Document> found;
    if (!m_pool)
        return found;
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    Bson query, opts;
    appendValue(query, "_id", id);
    BSON_APPEND_INT64(opts, "limit", 1);
    Cursor cursor{mongoc_collection_find_with_opts(coll, query, opts, primary())};
    const bson_t *doc = nullptr;
    if (mongoc_cursor_next(cursor.c, &doc))
        found = Document::fromBson(bson_get_data(doc), doc->len);
    bson_error_t error;
    if (mongoc_cursor_error(cursor.c, &error))
        setError(explain(error));
    return found;
}

bool MongoStore::createIndex(const QString &database, const QString &collection, const QStringList &fields)
{
    if (!m_pool)
        return false;
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    Bson keys, opts;
    QStringList nameParts;
    for (const QString &f : fields) {
        BSON_APPEND_INT32(keys, f.toUtf8().constData(), 1);
        nameParts << f + QStringLiteral("_1");
    }
    appendQString(opts, "name", nameParts.join(QLatin1Char('_')));
    mongoc_index_model_t *model = mongoc_index_model_new(keys, opts);
    bson_error_t error;
    const bool ok = mongoc_collection_create_indexes_with_opts(coll, &model, 1, nullptr, nullptr, &error);
    mongoc_index_model_destroy(model);
    if (!ok)
        setError(explain(error));
    return ok;
}

bool MongoStore::dropCollection(const QString &database, const QString &collection)
{
    if (!m_pool)
        return false;
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    bson_error_t error;
    if (!mongoc_collection_drop_with_opts(coll, nullptr, &error) && error.code != kServerNamespaceNotFound) {
        setError(explain(error));
        return false;
    }
    Collection sources(lease.client, database, QString::fromLatin1(kSources));
    Bson selector;
    appendQString(selector, "c", collection);
    mongoc_collection_delete_many(sources, selector, nullptr, nullptr, nullptr);
    return true;
}

bool MongoStore::dropDatabase(const QString &database)
{
    if (!m_pool)
        return false;
    Lease lease(m_pool);
    mongoc_database_t *db = mongoc_client_get_database(lease.client, database.toUtf8().constData());
    bson_error_t error;
    const bool ok = mongoc_database_drop_with_opts(db, nullptr, &error);
    mongoc_database_destroy(db);
    if (!ok)
        setError(explain(error));
    return ok;
}

} // namespace EdxLoader
