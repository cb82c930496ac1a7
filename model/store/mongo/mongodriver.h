#pragma once

// The MongoDB store's own helpers, not part of its interface: the driver's set-up, owning
// wrappers of its objects, small BSON readers and the message of a driver error. They live in a
// namespace of their own because their names (Bson, Cursor…) are too plain to share EdxLoader's.

#include "result.h"
#include "storetarget.h"

#include <QString>
#include <QStringList>

#include <mongoc/mongoc.h>

namespace EdxLoader::Mongo {

inline constexpr const char *kClaims = "_edxloader_claims";   // who imports which file, right now
inline constexpr const char *kSources = "_edxloader_sources"; // the _ids of a file's documents, when not deterministic
inline constexpr const char *kStagingPrefix = "_edxloader_new.";
inline constexpr int kDefaultTimeoutMs = 5000;               // unreachable servers fail within seconds
inline constexpr qint64 kMaxDocument = 16 * 1024 * 1024;     // MongoDB's BSON document limit
inline constexpr qint64 kHeartbeatMs = 20 * 1000;            // a claim's owner shows it is alive…
inline constexpr qint64 kStaleMs = 2 * 60 * 1000;            // …and a claim not renewed for this long is abandoned
inline constexpr int kServerDuplicateKey = 11000;
inline constexpr int kServerUnauthorized = 13;
inline constexpr int kServerAuthenticationFailed = 18;
inline constexpr int kServerNamespaceNotFound = 26;
inline constexpr int kServerNamespaceExists = 48;

// mongoc_init() once per process, with the driver's log routed through Qt's.
void ensureDriver();

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
    Collection(mongoc_client_t *client, const QString &database, const QString &collection);
    ~Collection() { mongoc_collection_destroy(c); }
    Collection(const Collection &) = delete;
    Collection &operator=(const Collection &) = delete;
    operator mongoc_collection_t *() const { return c; }
};

struct Database
{
    mongoc_database_t *d = nullptr;
    Database(mongoc_client_t *client, const QString &database);
    ~Database() { mongoc_database_destroy(d); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    operator mongoc_database_t *() const { return d; }
};

// A client of the pool for the lifetime of the lease.
struct Lease
{
    mongoc_client_pool_t *pool;
    mongoc_client_t *client;
    explicit Lease(mongoc_client_pool_t *p);
    ~Lease();
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
};

struct Cursor
{
    mongoc_cursor_t *c;
    ~Cursor() { mongoc_cursor_destroy(c); }
};

struct Bulk
{
    mongoc_bulk_operation_t *b;
    ~Bulk() { mongoc_bulk_operation_destroy(b); }
};

QString utf8(const char *s);
void appendQString(bson_t *b, const char *key, const QString &s);
qint64 int64Field(const bson_t *doc, const char *key);
QString stringField(const bson_t *doc, const char *key);
// The errmsg of the first entry of an array of errors in a reply ("writeConcernErrors").
QString firstErrorMessage(const bson_t *reply, const char *key);
// {field: {$in: values}} in selector (values: a BSON array).
void appendIn(bson_t *selector, const char *field, const bson_t *values);
// The names of a NULL-terminated list from the driver, which it frees.
QStringList takeNames(char **names);

// An ascending index on fields (dotted paths) in that order, named "a_1_b_1" as the shell names
// it (createIndexes does nothing when it is there).
bool createIndex(mongoc_collection_t *collection, const QStringList &fields, bson_error_t *error);

// Claims and ledger entries are read from the primary whatever the connection string prefers:
// a secondary may not have the latest.
const mongoc_read_prefs_t *primary();

// The message for a driver error, saying what failed (unreachable, credentials, privileges…)
// with what the connection string names (hosts, replica set, user, timeout).
QString explain(const bson_error_t &error, const MongoTarget &target);
Error driverFailure(const bson_error_t &error, const MongoTarget &target);

// What the parts of one write transaction share: the client it holds for its lifetime, its
// database, its token (in its claims, side records and staging names) and what the connection
// string says, for messages.
struct WriteContext
{
    mongoc_client_t *client = nullptr;
    QString database;
    QString token;
    MongoTarget target;

    Error failure(const bson_error_t &error) const { return driverFailure(error, target); }
};

} // namespace EdxLoader::Mongo
