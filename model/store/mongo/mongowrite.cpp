// The emulated write transaction of the MongoDB store (mongowrite.h).
#include "mongowrite.h"

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace EdxLoader {

using namespace Mongo;

namespace {

// This transaction's mark on its claims, side records and staging collections.
QString newToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36)
           + QString::number(QRandomGenerator::system()->generate(), 36);
}

Status checkSizes(const std::vector<Document> &documents)
{
    for (const Document &d : documents) {
        if (d.bson()->len > kMaxDocument)
            return failure(MongoWrite::tr("A document of %1 MB is larger than MongoDB's limit of 16 MB")
                               .arg(d.bson()->len / (1024 * 1024)));
    }
    return {};
}

// The indexes of the documents of a failed bulk insert whose _id was there already, and the
// message of the first other refusal.
void readWriteErrors(const bson_t *reply, QList<int> *found, QString *refused)
{
    bson_iter_t it, errors;
    if (!bson_iter_init_find(&it, reply, "writeErrors") || !BSON_ITER_HOLDS_ARRAY(&it)
        || !bson_iter_recurse(&it, &errors))
        return;
    while (bson_iter_next(&errors)) {
        bson_t entry;
        uint32_t len = 0;
        const uint8_t *data = nullptr;
        bson_iter_document(&errors, &len, &data);
        if (!data || !bson_init_static(&entry, data, len))
            continue;
        if (int64Field(&entry, "code") == kServerDuplicateKey)
            found->append(int(int64Field(&entry, "index")));
        else if (refused->isEmpty())
            *refused = stringField(&entry, "errmsg");
    }
}

// What a failed unordered bulk insert of count documents means. It inserts everything it can:
// duplicates of _ids already there are what the embedded store's INSERT OR IGNORE reports (their
// indexes, sorted); anything else — another write error, a write concern not met, a whole
// command refused (then writeErrors is empty) — fails the transaction.
Result<QList<int>> duplicatesOf(const bson_t *reply, const bson_error_t &error, size_t count,
                                const WriteContext &context, bool *stoppedAtDuplicate)
{
    QList<int> found;
    QString refused;
    readWriteErrors(reply, &found, &refused);
    if (!refused.isEmpty())
        return failure(MongoWrite::tr("MongoDB refused a document: %1").arg(refused));
    if (const QString concern = firstErrorMessage(reply, "writeConcernErrors"); !concern.isEmpty())
        return failure(MongoWrite::tr("The write concern was not satisfied: %1").arg(concern));
    if (found.isEmpty() || int64Field(reply, "nInserted") + found.size() != qint64(count)) {
        // (jongodb refuses the whole command with code 11000 instead, writeErrors empty)
        *stoppedAtDuplicate = !found.isEmpty() || error.code == kServerDuplicateKey;
        return context.failure(error);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

MongoWrite::MongoWrite(mongoc_client_pool_t *pool, const MongoTarget &target, const QString &database)
    : m_lease(pool)
    , m_context{m_lease.client, database, newToken(), target}
    , m_claims(m_context)
    , m_sources(m_context)
{
}

MongoWrite::~MongoWrite()
{
    if (!m_done)
        rollback();
}

Status MongoWrite::claim(const QString &ledger, const QString &id, const std::atomic_bool *cancel)
{
    return m_claims.take(ledger + QLatin1Char('/') + id, cancel);
}

Status MongoWrite::insert(const QString &collection, const std::vector<Document> &documents,
                          const QString &sourceFile, QList<int> *duplicates)
{
    if (documents.empty())
        return {};
    const QString target = targetOf(collection);
    m_claims.heartbeat();
    if (const Status fits = checkSizes(documents); !fits)
        return fits;
    QList<bson_oid_t> records;
    if (!sourceFile.isEmpty()) {
        // Documents whose _id is not the file's deterministic one are listed in a side record
        // first, so that whatever part of the batch reaches the server can be found again
        // after a crash.
        if (const Status recorded = m_sources.record(target, sourceFile, documents, &records); !recorded)
            return recorded;
        m_filed.insert({target, sourceFile});
    }
    bool stoppedAtDuplicate = false;
    Result<QList<int>> found = insertBulk(target, documents, &stoppedAtDuplicate);
    if (!sourceFile.isEmpty() && records.isEmpty()) {
        if (const Status replaced = replaceLateRows(target, documents, &found, &stoppedAtDuplicate); !replaced)
            return replaced;
    }
    if (!found)
        return failure(found.error());
    if (!found->isEmpty()) {
        if (duplicates)
            *duplicates = *found;
        // The documents already there belong to someone else: they leave this file's records.
        if (!records.isEmpty()) {
            if (const Status forgotten = m_sources.forget(records, documents, *found); !forgotten)
                return forgotten;
        }
    }
    if (sourceFile.isEmpty() && !m_staging.values().contains(target))
        rememberIds(target, documents, *found);
    return {};
}

// Rows of SQL tables and tracking events carry their file's deterministic _ids (rowids.h), and
// this loader removed every one of its file before loading it, holding the file's claim. One
// found there all the same can only come from a loader of this file that was killed after
// sending it: a server finishes a command whose client has gone, possibly after this loader's
// clean-up. Such rows are replaced by this loader's (a few rounds: more of the dead loader's last
// batch may still be landing); the embedded store, whose transactions die with their process,
// never meets them.
Status MongoWrite::replaceLateRows(const QString &target, const std::vector<Document> &documents,
                                   Result<QList<int>> *found, bool *stoppedAtDuplicate)
{
    for (int round = 1; round <= 5 && (*stoppedAtDuplicate || (*found && !(*found)->isEmpty())); ++round) {
        Document ids;
        int n = 0;
        for (const Document &d : documents) {
            bson_iter_t it;
            if (bson_iter_init_find(&it, d.bson(), "_id"))
                bson_append_value(ids.bson(), QByteArray::number(n++).constData(), -1, bson_iter_value(&it));
        }
        Collection coll(m_context.client, m_context.database, target);
        Bson selector;
        appendIn(selector, "_id", ids.bson());
        bson_error_t error;
        if (!mongoc_collection_delete_many(coll, selector, nullptr, nullptr, &error))
            return m_context.failure(error);
        QThread::msleep(50 * (round - 1));
        *stoppedAtDuplicate = false;
        *found = insertBulk(target, documents, stoppedAtDuplicate);
    }
    return {};
}

// One unordered bulk insert: the indexes of the documents that were there already.
Result<QList<int>> MongoWrite::insertBulk(const QString &target, const std::vector<Document> &documents,
                                          bool *stoppedAtDuplicate)
{
    Collection coll(m_context.client, m_context.database, target);
    Bson opts, insertOpts;
    BSON_APPEND_BOOL(opts, "ordered", false);
    BSON_APPEND_BOOL(insertOpts, "validate", false); // keys are escaped already; empty keys are data
    Bulk bulk{mongoc_collection_create_bulk_operation_with_opts(coll, opts)};
    bson_error_t error;
    for (const Document &d : documents) {
        if (!mongoc_bulk_operation_insert_with_opts(bulk.b, d.bson(), insertOpts, &error))
            return m_context.failure(error);
    }
    crashPoint();
    Bson reply;
    if (!mongoc_bulk_operation_execute(bulk.b, reply, &error))
        return duplicatesOf(reply, error, documents.size(), m_context, stoppedAtDuplicate);
    if (const QString concern = firstErrorMessage(reply, "writeConcernErrors"); !concern.isEmpty())
        return failure(tr("The write concern was not satisfied: %1").arg(concern));
    return QList<int>{};
}

// Documents inserted without a file are found again by their ids, kept for a rollback.
void MongoWrite::rememberIds(const QString &target, const std::vector<Document> &documents, const QList<int> &found)
{
    Document ids;
    int n = 0;
    for (size_t i = 0; i < documents.size(); ++i) {
        if (found.contains(int(i)))
            continue; // there before: not this transaction's to take back
        bson_iter_t it;
        if (bson_iter_init_find(&it, documents[i].bson(), "_id"))
            bson_append_value(ids.bson(), QByteArray::number(n++).constData(), -1, bson_iter_value(&it));
    }
    m_unfiled[target].push_back(std::move(ids));
}

Status MongoWrite::upsert(const QString &collection, const Document &document)
{
    // Ledger entries and the like become visible at commit, after everything they describe.
    m_upserts.push_back({collection, document});
    return {};
}

Result<qint64> MongoWrite::removeFromFile(const QString &collection, const QString &sourceFile)
{
    return m_sources.removeFile(targetOf(collection), sourceFile, [this] { m_claims.heartbeat(); });
}

Status MongoWrite::removeAll(const QString &collection)
{
    return replaceCollection(collection);
}

Status MongoWrite::replaceCollection(const QString &collection)
{
    if (m_staging.contains(collection)) {
        if (const Status dropped = dropNamed(m_staging.value(collection)); !dropped)
            return dropped;
    } else {
        dropAbandonedStaging(collection);
    }
    const QString staging = QLatin1String(kStagingPrefix) + collection + QLatin1Char('.') + m_context.token;
    if (const Status claimed = m_claims.take(QStringLiteral("staging/") + staging, nullptr); !claimed)
        return claimed;
    if (const Status created = createStaging(staging); !created)
        return created;
    m_staging.insert(collection, staging);
    return {};
}

Status MongoWrite::createStaging(const QString &staging)
{
    Database db(m_context.client, m_context.database);
    bson_error_t error;
    mongoc_collection_t *created = mongoc_database_create_collection(db, staging.toUtf8().constData(), nullptr, &error);
    if (!created && error.code != kServerNamespaceExists)
        return m_context.failure(error);
    mongoc_collection_destroy(created);
    return {};
}

Status MongoWrite::commit()
{
    crashPoint();
    const QHash<QString, QString> staging = m_staging; // (each leaves m_staging once renamed)
    for (auto it = staging.cbegin(); it != staging.cend(); ++it) {
        if (const Status committed = commitStaging(it.key(), it.value()); !committed)
            return committed;
    }
    crashPoint();
    if (const Status written = writeUpserts(); !written)
        return written;
    m_filed.clear();
    m_unfiled.clear();
    m_claims.release();
    m_done = true;
    return {};
}

Status MongoWrite::commitStaging(const QString &collection, const QString &staging)
{
    Collection staged(m_context.client, m_context.database, staging);
    bson_error_t error;
    if (!mongoc_collection_rename_with_opts(staged, nullptr, collection.toUtf8().constData(), true, nullptr, &error))
        return m_context.failure(error);
    // Committed: should a later step fail, the rollback must leave the new content alone.
    m_staging.remove(collection);
    m_filed.removeIf([&staging](const std::pair<QString, QString> &filed) { return filed.first == staging; });
    // Its side records follow it (MongoSources::replaced says why in this order, and why a
    // failure there fails the commit even though the documents are in place).
    return m_sources.replaced(staging, collection);
}

Status MongoWrite::writeUpserts()
{
    bson_error_t error;
    for (const auto &[collection, document] : m_upserts) {
        Collection coll(m_context.client, m_context.database, collection);
        Bson selector, opts;
        bson_iter_t id;
        if (!bson_iter_init_find(&id, document.bson(), "_id"))
            return failure(tr("A document without _id cannot be stored"));
        bson_append_value(selector, "_id", -1, bson_iter_value(&id));
        BSON_APPEND_BOOL(opts, "upsert", true);
        BSON_APPEND_BOOL(opts, "validate", false);
        if (!mongoc_collection_replace_one(coll, selector, document.bson(), opts, nullptr, &error))
            return m_context.failure(error);
    }
    return {};
}

void MongoWrite::rollback()
{
    if (m_done)
        return;
    // Best effort, and no error to return: whatever cannot be taken back now is found again by
    // the next import of its file (by its ids or side records), a staging collection is dropped
    // by the next rebuild of its collection, a claim goes stale.
    for (const QString &staging : std::as_const(m_staging))
        static_cast<void>(dropNamed(staging));
    for (const auto &[collection, file] : std::as_const(m_filed))
        static_cast<void>(m_sources.removeFile(collection, file, [this] { m_claims.heartbeat(); }));
    forgetUnfiled();
    m_staging.clear();
    m_filed.clear();
    m_unfiled.clear();
    m_upserts.clear();
    m_claims.release();
    m_done = true;
}

void MongoWrite::forgetUnfiled()
{
    for (auto it = m_unfiled.cbegin(); it != m_unfiled.cend(); ++it) {
        Collection coll(m_context.client, m_context.database, it.key());
        for (const Document &ids : it.value()) {
            Bson selector;
            appendIn(selector, "_id", ids.bson());
            mongoc_collection_delete_many(coll, selector, nullptr, nullptr, nullptr);
        }
    }
}

Status MongoWrite::dropNamed(const QString &name)
{
    Collection coll(m_context.client, m_context.database, name);
    bson_error_t error;
    if (!mongoc_collection_drop_with_opts(coll, nullptr, &error) && error.code != kServerNamespaceNotFound)
        return m_context.failure(error);
    return {};
}

// Staging collections left by a loader that died while rebuilding this collection.
void MongoWrite::dropAbandonedStaging(const QString &collection)
{
    const QString prefix = QLatin1String(kStagingPrefix) + collection + QLatin1Char('.');
    const QStringList names = [this] {
        Database db(m_context.client, m_context.database);
        return takeNames(mongoc_database_get_collection_names_with_opts(db, nullptr, nullptr));
    }();
    for (const QString &name : names) {
        if (!name.startsWith(prefix) || name.mid(prefix.size()).contains(QLatin1Char('.')))
            continue;
        const QString claimId = QStringLiteral("staging/") + name;
        if (m_claims.holder(claimId) != MongoClaims::Holder::None)
            continue; // another loader is building it right now, or unknown: leave it
        // Best effort too: one left here is dropped by the next rebuild.
        static_cast<void>(dropNamed(name));
        m_claims.remove(claimId);
    }
}

} // namespace EdxLoader
