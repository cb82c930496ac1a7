#pragma once

#include "documentstore.h"

#include <QCoreApplication>
#include <QMutex>

#include <bson/bson.h>

typedef struct _mongoc_uri_t mongoc_uri_t;
typedef struct _mongoc_client_pool_t mongoc_client_pool_t;

namespace EdxLoader {

// What a connection string says, read without connecting (for messages and the settings).
struct MongoTarget
{
    bool valid = false;
    QString error;            // why the string is not valid
    QString hosts;            // "a:27017,b:27017" or the SRV host name
    bool srv = false;         // mongodb+srv://
    QString replicaSet;
    QString username;         // empty: no authentication
    bool hasPassword = false;
    QString password;         // as the string gives it (decoded): to be moved out of what is saved
    bool tls = false;
    QString writeConcern;     // "w=majority, journal" or empty for the server's default
    int serverSelectionTimeoutMs = 0;
    QString redacted;         // the string with the password replaced by "****"
    QString withoutPassword;  // what may be saved: the string without the password
};
MongoTarget parseMongoTarget(const QString &uri);
bool isMongoTarget(const QString &target); // mongodb:// or mongodb+srv://

// What Test connection shows.
struct MongoServerInfo
{
    QString version;  // "7.0.14"
    QString topology; // "standalone server", "replica set rs0 (primary a:27017)", "sharded cluster (mongos)"
};

// A MongoDB deployment — standalone, replica set, sharded cluster, Atlas — through libmongoc:
// one client pool, one client per call or transaction. Documents are the same BSON the embedded
// store keeps as text. MongoDB has no transaction that can hold a multi-gigabyte import, so a
// write transaction here is emulated (docs/mongodb.md): a file's rows are found again by their
// deterministic _ids (or by a side record of their ids), a file is claimed in
// _edxloader_claims before it is imported so that two loaders never both load it, a replaced
// collection is built under another name and renamed over the old one at commit, and ledger
// entries are written at commit, after the documents.
class MongoStore final : public DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::MongoStore)

public:
    // uri: a connection string; password: used when the string names a user without one.
    MongoStore(const QString &uri, const QString &password = {});
    ~MongoStore() override;

    bool isOpen() const { return m_pool != nullptr; }
    // Asks the deployment for its version and shape; false (errorString()) when it cannot.
    bool ping(MongoServerInfo *info = nullptr);

    QString description() const override;
    QString errorString() const override;
    QStringList databases() override;
    QStringList collections(const QString &database) override;
    std::unique_ptr<WriteTransaction> beginWrite(const QString &database) override;
    qint64 count(const QString &database, const QString &collection, const Filter &filter = {}) override;
    QList<DistinctValue> distinct(const QString &database, const QString &collection, const QString &field,
                                  const Filter &filter = {}) override;
    bool find(const QString &database, const QString &collection, const Filter &filter,
              const FindOptions &options, const std::function<bool(const Document &)> &visit) override;
    std::optional<Document> findById(const QString &database, const QString &collection, const Value &id) override;
    bool createIndex(const QString &database, const QString &collection, const QStringList &fields) override;
    bool dropCollection(const QString &database, const QString &collection) override;
    bool dropDatabase(const QString &database) override;

    // The message for a driver error, saying what failed (unreachable, credentials, privileges…).
    QString explain(const bson_error_t &error) const;
    void setError(const QString &message) const;
    mongoc_client_pool_t *pool() const { return m_pool; }

private:
    MongoTarget m_target;
    mongoc_uri_t *m_uri = nullptr;
    mongoc_client_pool_t *m_pool = nullptr;
    mutable QMutex m_errorMutex;
    mutable QString m_error;
};

// Conversions shared with the tests: a filter as a MongoDB query, a value as BSON and back.
void appendValue(bson_t *out, const char *key, const Value &value);
Value valueFromBson(const bson_iter_t *it);
bson_t *filterToBson(const Filter &filter); // caller owns (bson_destroy)

} // namespace EdxLoader
