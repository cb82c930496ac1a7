#pragma once

#include "documentstore.h"
#include "mongoclaims.h"
#include "mongodriver.h"
#include "mongosources.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace EdxLoader {

// The write transaction of the MongoDB store, emulated (docs/mongodb.md): documents are written
// as they come, and what a rollback — or the next import after a crash — must take back is kept
// findable: a file's documents by their range of deterministic _ids or by side records
// (MongoSources), documents without a file by their ids in memory. A replaced collection is built
// under a staging name and renamed over the old one at commit; upserts (ledger entries) are
// written at commit, after everything they describe; files and staging collections are claimed
// (MongoClaims) until the transaction ends. One client of the pool is held throughout.
class MongoWrite final : public WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::MongoStore)

public:
    // pool must outlive the transaction; target: what the connection string says, for messages.
    MongoWrite(mongoc_client_pool_t *pool, const MongoTarget &target, const QString &database);
    ~MongoWrite() override;

    Status claim(const QString &ledger, const QString &id, const std::atomic_bool *cancel) override;
    Status insert(const QString &collection, const std::vector<Document> &documents, const QString &sourceFile,
                  QList<int> *duplicates) override;
    Status upsert(const QString &collection, const Document &document) override;
    Result<qint64> removeFromFile(const QString &collection, const QString &sourceFile) override;
    Status removeAll(const QString &collection) override;
    Status replaceCollection(const QString &collection) override;
    Status commit() override;
    void rollback() override;

private:
    QString targetOf(const QString &collection) const { return m_staging.value(collection, collection); }
    // stoppedAtDuplicate: the server stopped at a document already there (a server that treats
    // an unordered insert as ordered), leaving the rest of the batch out.
    Result<QList<int>> insertBulk(const QString &target, const std::vector<Document> &documents,
                                  bool *stoppedAtDuplicate);
    Status replaceLateRows(const QString &target, const std::vector<Document> &documents, Result<QList<int>> *found,
                           bool *stoppedAtDuplicate);
    void rememberIds(const QString &target, const std::vector<Document> &documents, const QList<int> &found);
    Status createStaging(const QString &staging);
    Status commitStaging(const QString &collection, const QString &staging);
    Status writeUpserts();
    void forgetUnfiled();
    Status dropNamed(const QString &name);
    void dropAbandonedStaging(const QString &collection);

    Mongo::Lease m_lease;
    const Mongo::WriteContext m_context;
    MongoClaims m_claims;
    MongoSources m_sources;
    QHash<QString, QString> m_staging;               // collection → its new content's collection
    QSet<std::pair<QString, QString>> m_filed;      // (collection, file) this transaction inserted
    QHash<QString, std::vector<Document>> m_unfiled; // ids of documents inserted without a file
    std::vector<std::pair<QString, Document>> m_upserts;
    bool m_done = false;
};

} // namespace EdxLoader
