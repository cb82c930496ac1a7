#pragma once

#include "documentstore.h"
#include "storetarget.h"

#include <QCoreApplication>

typedef struct _mongoc_uri_t mongoc_uri_t;
typedef struct _mongoc_client_pool_t mongoc_client_pool_t;

namespace EdxLoader {

// What a connection string says, read without connecting (for messages and the settings).
MongoTarget parseMongoTarget(const QString &uri);

// A MongoDB deployment — standalone, replica set, sharded cluster, Atlas — through libmongoc:
// one client pool, one client per call or transaction. Documents are the same BSON the embedded
// store keeps as text. MongoDB has no transaction that can hold a multi-gigabyte import, so a
// write transaction here is emulated (docs/mongodb.md, mongowrite.h): a file's rows are found
// again by their deterministic _ids (or by a side record of their ids), a file is claimed in
// _edxloader_claims before it is imported so that two loaders never both load it, a replaced
// collection is built under another name and renamed over the old one at commit, and ledger
// entries are written at commit, after the documents.
//
// No error state is kept: each call returns its own. A store whose connection string cannot be
// used (not valid, w=0, no pool) keeps that reason, set once by the constructor, and every call
// fails with it.
class MongoStore final : public DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::MongoStore)

public:
    // uri: a connection string; password: used when the string names a user without one.
    MongoStore(const QString &uri, const QString &password = {});
    ~MongoStore() override;
    MongoStore(const MongoStore &) = delete;
    MongoStore &operator=(const MongoStore &) = delete;

    // False when the connection string cannot be used (every call then fails saying why).
    bool isOpen() const { return m_pool != nullptr; }
    // Asks the deployment for its version and shape (Settings ▸ Test Connection).
    Result<MongoServerInfo> serverInfo();
    // libmongoc's version, "1.30.4".
    static QString driverVersion();

    QString description() const override;
    Status ping() override;
    Result<QStringList> databases() override;
    Result<QStringList> collections(const QString &database) override;
    Result<std::unique_ptr<WriteTransaction>> beginWrite(const QString &database) override;
    Result<qint64> count(const QString &database, const QString &collection, const Filter &filter = {}) override;
    Result<QList<DistinctValue>> distinct(const QString &database, const QString &collection, const QString &field,
                                          const Filter &filter = {}) override;
    Status find(const QString &database, const QString &collection, const Filter &filter,
                const FindOptions &options, const std::function<bool(const Document &)> &visit) override;
    Result<std::optional<Document>> findById(const QString &database, const QString &collection,
                                             const Value &id) override;
    Status createIndex(const QString &database, const QString &collection, const QStringList &fields) override;
    Status dropCollection(const QString &database, const QString &collection) override;
    Status dropDatabase(const QString &database) override;

private:
    QString open(const QString &uri, const QString &password);
    Error unusable() const;

    // Set by open(), in the constructor, and never after: calls of any thread only read them.
    MongoTarget m_target;
    mongoc_uri_t *m_uri = nullptr;
    mongoc_client_pool_t *m_pool = nullptr;
    const QString m_failure; // why the store cannot be used; empty when it can
};

} // namespace EdxLoader
