// The MongoDB target through libmongoc (docs/mongodb.md describes what it writes).
#include "mongostore.h"

#include "bsonconvert.h"
#include "mongodriver.h"
#include "mongowrite.h"

namespace EdxLoader {

using namespace Mongo;

namespace {

// The aggregation behind distinct(): [{$match}, {$group: {_id: "$field", n: {$sum: 1}}},
// {$sort: {n: -1, _id: 1}}].
void appendDistinctPipeline(bson_t *pipeline, const QString &field, const Filter &filter)
{
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
}

void appendFindOptions(bson_t *opts, const FindOptions &options, const Filter &filter)
{
    bson_t sort;
    if (!options.orderBy.isEmpty()) {
        bson_append_document_begin(opts, "sort", -1, &sort);
        const QByteArray field = options.orderBy.toUtf8();
        BSON_APPEND_INT32(&sort, field.constData(), options.descending ? -1 : 1);
        bson_append_document_end(opts, &sort);
    } else if (!options.anyOrder && filter.isEmpty()) {
        // Insertion order, as the embedded store gives it (a sharded collection has one per shard).
        bson_append_document_begin(opts, "sort", -1, &sort);
        BSON_APPEND_INT32(&sort, "$natural", 1);
        bson_append_document_end(opts, &sort);
    }
    if (options.limit >= 0)
        BSON_APPEND_INT64(opts, "limit", options.limit);
    if (options.skip > 0)
        BSON_APPEND_INT64(opts, "skip", options.skip);
}

// The shape of the deployment from the reply to hello (or isMaster).
QString topologyOf(const bson_t *shape)
{
    if (stringField(shape, "msg") == QLatin1String("isdbgrid"))
        return MongoStore::tr("sharded cluster (through mongos)");
    if (const QString set = stringField(shape, "setName"); !set.isEmpty())
        return MongoStore::tr("replica set %1 (primary %2)").arg(set, stringField(shape, "primary"));
    return MongoStore::tr("standalone server");
}

} // namespace

MongoStore::MongoStore(const QString &uriText, const QString &password)
    : m_target(parseMongoTarget(uriText))
    , m_failure(open(uriText, password))
{
}

// Makes the client pool: the failure's message, or empty. Runs once, in the constructor.
QString MongoStore::open(const QString &uriText, const QString &password)
{
    ensureDriver();
    if (!m_target.valid)
        return m_target.error;
    bson_error_t error;
    m_uri = mongoc_uri_new_with_error(uriText.toUtf8().constData(), &error);
    if (!m_uri)
        return tr("The MongoDB connection string is not valid: %1").arg(utf8(error.message));
    if (!m_target.username.isEmpty() && !m_target.hasPassword && !password.isEmpty())
        mongoc_uri_set_password(m_uri, password.toUtf8().constData());
    if (const mongoc_write_concern_t *wc = mongoc_uri_get_write_concern(m_uri);
        wc && !mongoc_write_concern_is_acknowledged(wc)) {
        // Unacknowledged writes cannot tell a stored document from a lost one.
        return tr("EdxLoader needs acknowledged writes: remove w=0 from the connection string");
    }
    // Fast, clear failures: the driver's default is to look for a server for 30 s.
    if (!mongoc_uri_has_option(m_uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS))
        mongoc_uri_set_option_as_int32(m_uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, kDefaultTimeoutMs);
    if (!mongoc_uri_has_option(m_uri, MONGOC_URI_CONNECTTIMEOUTMS))
        mongoc_uri_set_option_as_int32(m_uri, MONGOC_URI_CONNECTTIMEOUTMS, kDefaultTimeoutMs);
    if (!mongoc_uri_get_appname(m_uri))
        mongoc_uri_set_appname(m_uri, "EdxLoader");
    m_target.serverSelectionTimeoutMs =
        mongoc_uri_get_option_as_int32(m_uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, kDefaultTimeoutMs);
    m_pool = mongoc_client_pool_new_with_error(m_uri, &error);
    if (!m_pool)
        return tr("Cannot use the MongoDB connection string: %1").arg(utf8(error.message));
    mongoc_client_pool_set_error_api(m_pool, MONGOC_ERROR_API_VERSION_2);
    return {};
}

MongoStore::~MongoStore()
{
    if (m_pool)
        mongoc_client_pool_destroy(m_pool);
    if (m_uri)
        mongoc_uri_destroy(m_uri);
}

Error MongoStore::unusable() const
{
    return failure(m_failure);
}

QString MongoStore::driverVersion()
{
    return QString::fromLatin1(mongoc_get_version());
}

QString MongoStore::description() const
{
    QString where = m_target.hosts;
    if (!m_target.replicaSet.isEmpty())
        where = tr("%1 (replica set %2)").arg(where, m_target.replicaSet);
    return tr("MongoDB at %1").arg(where);
}

Status MongoStore::ping()
{
    if (!m_pool)
        return unusable();
    Lease lease(m_pool);
    bson_error_t error;
    Bson command, reply;
    BSON_APPEND_INT32(command, "ping", 1);
    if (!mongoc_client_command_simple(lease.client, "admin", command, nullptr, reply, &error))
        return driverFailure(error, m_target);
    return {};
}

Result<MongoServerInfo> MongoStore::serverInfo()
{
    if (const Status reached = ping(); !reached)
        return failure(reached.error());
    // Answered: what follows only describes it, and says less when a command is refused.
    Lease lease(m_pool);
    bson_error_t error;
    MongoServerInfo info;
    Bson build, buildReply;
    BSON_APPEND_INT32(build, "buildInfo", 1);
    if (mongoc_client_command_simple(lease.client, "admin", build, nullptr, buildReply, &error))
        info.version = stringField(buildReply, "version");
    Bson hello, helloReply, legacy, legacyReply;
    BSON_APPEND_INT32(hello, "hello", 1);
    const bson_t *shape = helloReply;
    if (!mongoc_client_command_simple(lease.client, "admin", hello, nullptr, helloReply, &error)) {
        BSON_APPEND_INT32(legacy, "isMaster", 1); // servers before 4.4.2
        mongoc_client_command_simple(lease.client, "admin", legacy, nullptr, legacyReply, &error);
        shape = legacyReply;
    }
    info.topology = topologyOf(shape);
    return info;
}

Result<QStringList> MongoStore::databases()
{
    if (!m_pool)
        return unusable();
    Lease lease(m_pool);
    Bson opts;
    BSON_APPEND_BOOL(opts, "authorizedDatabases", true); // (the driver asks for names only itself)
    bson_error_t error;
    char **list = mongoc_client_get_database_names_with_opts(lease.client, opts, &error);
    if (!list)
        return driverFailure(error, m_target);
    QStringList names = takeNames(list);
    names.removeIf([](const QString &name) {
        return name == QLatin1String("admin") || name == QLatin1String("config") || name == QLatin1String("local");
    });
    names.sort();
    return names;
}

Result<QStringList> MongoStore::collections(const QString &database)
{
    if (!m_pool)
        return unusable();
    Lease lease(m_pool);
    Database db(lease.client, database);
    bson_error_t error;
    char **list = mongoc_database_get_collection_names_with_opts(db, nullptr, &error);
    if (!list)
        return driverFailure(error, m_target);
    QStringList names = takeNames(list);
    names.removeIf([](const QString &name) {
        return name.startsWith(QLatin1String("system.")) || name.startsWith(QLatin1String("_edxloader_"));
    });
    names.sort();
    return names;
}

Result<std::unique_ptr<WriteTransaction>> MongoStore::beginWrite(const QString &database)
{
    if (!m_pool)
        return unusable();
    if (database.isEmpty())
        return failure(tr("A database needs a name"));
    return std::unique_ptr<WriteTransaction>(std::make_unique<MongoWrite>(m_pool, m_target, database));
}

Result<qint64> MongoStore::count(const QString &database, const QString &collection, const Filter &filter)
{
    if (!m_pool)
        return unusable();
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
    if (n < 0)
        return driverFailure(error, m_target);
    return qint64(n);
}

Result<QList<DistinctValue>> MongoStore::distinct(const QString &database, const QString &collection,
                                                  const QString &field, const Filter &filter)
{
    if (!m_pool)
        return unusable();
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    Bson pipeline, opts;
    appendDistinctPipeline(pipeline, field, filter);
    BSON_APPEND_BOOL(opts, "allowDiskUse", true);
    Cursor cursor{mongoc_collection_aggregate(coll, MONGOC_QUERY_NONE, pipeline, opts, nullptr)};
    QList<DistinctValue> out;
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
        return driverFailure(error, m_target);
    return out;
}

Status MongoStore::find(const QString &database, const QString &collection, const Filter &filter,
                        const FindOptions &options, const std::function<bool(const Document &)> &visit)
{
    if (!m_pool)
        return unusable();
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    bson_t *query = filterToBson(filter);
    Bson opts;
    appendFindOptions(opts, options, filter);
    Cursor cursor{mongoc_collection_find_with_opts(coll, query, opts, nullptr)};
    bson_destroy(query);
    if (options.limit == 0)
        return {};
    const bson_t *doc = nullptr;
    while (mongoc_cursor_next(cursor.c, &doc)) {
        if (!visit(Document::fromBson(bson_get_data(doc), doc->len)))
            return {};
    }
    bson_error_t error;
    if (mongoc_cursor_error(cursor.c, &error))
        return driverFailure(error, m_target);
    return {};
}

Result<std::optional<Document>> MongoStore::findById(const QString &database, const QString &collection,
                                                     const Value &id)
{
    if (!m_pool)
        return unusable();
    // From the primary: ledger entries decide whether a file is imported again.
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    Bson query, opts;
    appendValue(query, "_id", id);
    BSON_APPEND_INT64(opts, "limit", 1);
    Cursor cursor{mongoc_collection_find_with_opts(coll, query, opts, primary())};
    std::optional<Document> found;
    const bson_t *doc = nullptr;
    if (mongoc_cursor_next(cursor.c, &doc))
        found = Document::fromBson(bson_get_data(doc), doc->len);
    bson_error_t error;
    if (mongoc_cursor_error(cursor.c, &error))
        return driverFailure(error, m_target);
    return found;
}

Status MongoStore::createIndex(const QString &database, const QString &collection, const QStringList &fields)
{
    if (!m_pool)
        return unusable();
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    bson_error_t error;
    if (!Mongo::createIndex(coll, fields, &error))
        return driverFailure(error, m_target);
    return {};
}

Status MongoStore::dropCollection(const QString &database, const QString &collection)
{
    if (!m_pool)
        return unusable();
    Lease lease(m_pool);
    Collection coll(lease.client, database, collection);
    bson_error_t error;
    if (!mongoc_collection_drop_with_opts(coll, nullptr, &error) && error.code != kServerNamespaceNotFound)
        return driverFailure(error, m_target);
    // The collection is gone, which is what was asked: records left here list documents that are
    // gone with it, and the next import of their file deletes them, so a failure is not reported.
    Collection sources(lease.client, database, QString::fromLatin1(kSources));
    Bson selector;
    appendQString(selector, "c", collection);
    mongoc_collection_delete_many(sources, selector, nullptr, nullptr, nullptr);
    return {};
}

Status MongoStore::dropDatabase(const QString &database)
{
    if (!m_pool)
        return unusable();
    Lease lease(m_pool);
    Database db(lease.client, database);
    bson_error_t error;
    if (!mongoc_database_drop_with_opts(db, nullptr, &error))
        return driverFailure(error, m_target);
    return {};
}

} // namespace EdxLoader
