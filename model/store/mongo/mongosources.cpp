// Side records of the documents a file put in a collection (mongosources.h).
#include "mongosources.h"

#include "rowids.h"

#include <algorithm>
#include <cstring>

namespace EdxLoader {

using namespace Mongo;

namespace {

constexpr uint32_t kRecordBytes = 4 * 1024 * 1024; // well under MongoDB's 16 MB per document

// One side record being filled: {_id, c, f, t, ids: […]}.
class SideRecord
{
public:
    SideRecord(const QString &target, const QString &file, const QString &token)
        : m_target(target), m_file(file), m_token(token)
    {
        start();
    }
    SideRecord(const SideRecord &) = delete;
    SideRecord &operator=(const SideRecord &) = delete;

    void start();
    // Adds an _id; true when the record is full and is to be written.
    bool add(const bson_value_t *id);
    // Closes the list of ids: the record, or nullptr when it lists nothing.
    const bson_t *close();
    const bson_oid_t &id() const { return m_id; }

private:
    const QString m_target, m_file, m_token;
    Bson m_record;
    bson_t m_ids;
    bson_oid_t m_id;
    int m_count = 0;
};

void SideRecord::start()
{
    bson_reinit(m_record);
    bson_oid_init(&m_id, nullptr);
    bson_append_oid(m_record, "_id", -1, &m_id);
    appendQString(m_record, "c", m_target);
    appendQString(m_record, "f", m_file);
    appendQString(m_record, "t", m_token);
    bson_append_array_begin(m_record, "ids", -1, &m_ids);
    m_count = 0;
}

bool SideRecord::add(const bson_value_t *id)
{
    bson_append_value(&m_ids, QByteArray::number(m_count++).constData(), -1, id);
    return m_ids.len > kRecordBytes; // (an open array's size is its own until it is closed)
}

const bson_t *SideRecord::close()
{
    bson_append_array_end(m_record, &m_ids);
    return m_count ? m_record.get() : nullptr;
}

Status writeRecord(const WriteContext &context, mongoc_collection_t *sources, SideRecord &record,
                   QList<bson_oid_t> *records)
{
    const bson_t *full = record.close();
    if (!full)
        return {};
    bson_error_t error;
    if (!mongoc_collection_insert_one(sources, full, nullptr, nullptr, &error))
        return context.failure(error);
    records->append(record.id());
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

} // namespace

MongoSources::MongoSources(const WriteContext &context)
    : m_context(context)
{
}

void MongoSources::ensureIndex()
{
    if (m_indexed)
        return;
    // A file's records are looked up by collection and file (createIndexes is a no-op when the
    // index is there). Without it they are found all the same, only slower: a failure here is
    // not the transaction's, and the next batch tries again.
    Collection sources(m_context.client, m_context.database, QString::fromLatin1(kSources));
    bson_error_t error;
    m_indexed = createIndex(sources, {QStringLiteral("c"), QStringLiteral("f")}, &error);
}

Status MongoSources::record(const QString &target, const QString &sourceFile, const std::vector<Document> &documents,
                            QList<bson_oid_t> *records)
{
    ensureIndex();
    const QByteArray prefix = fileIdPrefix((m_context.database + QLatin1Char('/') + sourceFile).toUtf8());
    Collection sources(m_context.client, m_context.database, QString::fromLatin1(kSources));
    SideRecord record(target, sourceFile, m_context.token);
    for (const Document &d : documents) {
        bson_iter_t it;
        if (!bson_iter_init_find(&it, d.bson(), "_id"))
            return failure(tr("A document without _id cannot be stored"));
        if (BSON_ITER_HOLDS_OID(&it) && std::memcmp(bson_iter_oid(&it)->bytes, prefix.constData(), 8) == 0)
            continue; // found again by the range of the file's ids
        if (!record.add(bson_iter_value(&it)))
            continue;
        if (const Status written = writeRecord(m_context, sources, record, records); !written)
            return written;
        record.start();
    }
    return writeRecord(m_context, sources, record, records);
}

Status MongoSources::forget(const QList<bson_oid_t> &records, const std::vector<Document> &documents,
                            const QList<int> &found)
{
    if (found.isEmpty())
        return {};
    Bson selector, list, update, pull, values;
    for (int i = 0; i < records.size(); ++i)
        bson_append_oid(list, QByteArray::number(i).constData(), -1, &records.at(i));
    appendIn(selector, "_id", list);
    int n = 0;
    for (int index : found) {
        bson_iter_t it;
        if (index >= 0 && size_t(index) < documents.size()
            && bson_iter_init_find(&it, documents[size_t(index)].bson(), "_id"))
            bson_append_value(values, QByteArray::number(n++).constData(), -1, bson_iter_value(&it));
    }
    bson_append_document_begin(update, "$pull", -1, pull);
    appendIn(pull, "ids", values);
    bson_append_document_end(update, pull);
    Collection sources(m_context.client, m_context.database, QString::fromLatin1(kSources));
    bson_error_t error;
    if (!mongoc_collection_update_many(sources, selector, update, nullptr, nullptr, &error))
        return m_context.failure(error);
    return {};
}

Result<qint64> MongoSources::removeFile(const QString &target, const QString &sourceFile,
                                        const std::function<void()> &keepAlive)
{
    Collection coll(m_context.client, m_context.database, target);
    const Result<qint64> ranged = removeRange(coll, sourceFile);
    if (!ranged)
        return ranged;
    Bson query;
    appendQString(query, "c", target);
    appendQString(query, "f", sourceFile);
    const Result<qint64> recorded = removeRecorded(coll, query, keepAlive);
    if (!recorded)
        return recorded;
    // The records go last: until every document they list is gone, they are what finds it.
    Collection sources(m_context.client, m_context.database, QString::fromLatin1(kSources));
    bson_error_t error;
    if (!mongoc_collection_delete_many(sources, query, nullptr, nullptr, &error))
        return m_context.failure(error);
    return *ranged + *recorded;
}

// The file's deterministic _ids: one range of the _id index.
Result<qint64> MongoSources::removeRange(mongoc_collection_t *target, const QString &sourceFile)
{
    const QByteArray prefix = fileIdPrefix((m_context.database + QLatin1Char('/') + sourceFile).toUtf8());
    const bson_oid_t low = boundary(prefix, 0x00), high = boundary(prefix, 0xff);
    Bson selector, range, reply;
    bson_append_document_begin(selector, "_id", -1, range);
    bson_append_oid(range, "$gte", -1, &low);
    bson_append_oid(range, "$lte", -1, &high);
    bson_append_document_end(selector, range);
    bson_error_t error;
    if (!mongoc_collection_delete_many(target, selector, nullptr, reply, &error))
        return m_context.failure(error);
    return int64Field(reply, "deletedCount");
}

// The others, from their side records.
Result<qint64> MongoSources::removeRecorded(mongoc_collection_t *target, const bson_t *query,
                                            const std::function<void()> &keepAlive)
{
    Collection sources(m_context.client, m_context.database, QString::fromLatin1(kSources));
    Cursor cursor{mongoc_collection_find_with_opts(sources, query, nullptr, nullptr)};
    qint64 n = 0;
    bson_error_t error;
    const bson_t *record = nullptr;
    while (mongoc_cursor_next(cursor.c, &record)) {
        keepAlive();
        bson_iter_t it;
        if (!bson_iter_init_find(&it, record, "ids") || !BSON_ITER_HOLDS_ARRAY(&it))
            continue;
        uint32_t len = 0;
        const uint8_t *data = nullptr;
        bson_iter_array(&it, &len, &data);
        bson_t ids;
        if (!bson_init_static(&ids, data, len))
            continue;
        Bson selector, reply;
        appendIn(selector, "_id", &ids);
        if (!mongoc_collection_delete_many(target, selector, nullptr, reply, &error))
            return m_context.failure(error);
        n += int64Field(reply, "deletedCount");
    }
    if (mongoc_cursor_error(cursor.c, &error))
        return m_context.failure(error);
    return n;
}

Status MongoSources::replaced(const QString &staging, const QString &collection)
{
    // The rename has committed the new content: its records must follow it, and those of the
    // replaced content go (they list documents that are gone). Renaming first, deleting second:
    // a failure between the two leaves only records of documents that are gone, which a later
    // import of their file uses and deletes (finding nothing, or the same _ids of the same file).
    // A failure of the renaming leaves the new content's records under the staging name, where
    // an import of their file would not find them. Neither is ignored: the data cannot be taken
    // back, but commit() stops with the error before the ledger entries, so that the caller
    // reports it and the files are not marked done.
    Collection sources(m_context.client, m_context.database, QString::fromLatin1(kSources));
    bson_error_t error;
    Bson renamed, update, set;
    appendQString(renamed, "c", staging);
    bson_append_document_begin(update, "$set", -1, set);
    appendQString(set, "c", collection);
    bson_append_document_end(update, set);
    if (!mongoc_collection_update_many(sources, renamed, update, nullptr, nullptr, &error))
        return m_context.failure(error);
    Bson old, notMine;
    appendQString(old, "c", collection);
    appendQString(notMine, "$ne", m_context.token);
    bson_append_document(old, "t", -1, notMine);
    if (!mongoc_collection_delete_many(sources, old, nullptr, nullptr, &error))
        return m_context.failure(error);
    return {};
}

} // namespace EdxLoader
