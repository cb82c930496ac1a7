// The MongoDB store's helpers over libmongoc (mongodriver.h).
#include "mongodriver.h"

#include <QCoreApplication>

#include <mutex>

namespace EdxLoader::Mongo {

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

Collection::Collection(mongoc_client_t *client, const QString &database, const QString &collection)
    : c(mongoc_client_get_collection(client, database.toUtf8().constData(), collection.toUtf8().constData()))
{
}

Database::Database(mongoc_client_t *client, const QString &database)
    : d(mongoc_client_get_database(client, database.toUtf8().constData()))
{
}

Lease::Lease(mongoc_client_pool_t *p)
    : pool(p)
    , client(p ? mongoc_client_pool_pop(p) : nullptr)
{
}

Lease::~Lease()
{
    if (client)
        mongoc_client_pool_push(pool, client);
}

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

void appendIn(bson_t *selector, const char *field, const bson_t *values)
{
    bson_t in;
    bson_append_document_begin(selector, field, -1, &in);
    bson_append_array(&in, "$in", -1, values);
    bson_append_document_end(selector, &in);
}

QStringList takeNames(char **names)
{
    QStringList out;
    for (char **n = names; n && *n; ++n)
        out << utf8(*n);
    bson_strfreev(names);
    return out;
}

bool createIndex(mongoc_collection_t *collection, const QStringList &fields, bson_error_t *error)
{
    Bson keys, opts;
    QStringList nameParts;
    for (const QString &f : fields) {
        BSON_APPEND_INT32(keys, f.toUtf8().constData(), 1);
        nameParts << f + QStringLiteral("_1");
    }
    appendQString(opts, "name", nameParts.join(QLatin1Char('_')));
    mongoc_index_model_t *model = mongoc_index_model_new(keys, opts);
    const bool ok = mongoc_collection_create_indexes_with_opts(collection, &model, 1, nullptr, nullptr, error);
    mongoc_index_model_destroy(model);
    return ok;
}

const mongoc_read_prefs_t *primary()
{
    static mongoc_read_prefs_t *prefs = mongoc_read_prefs_new(MONGOC_READ_PRIMARY);
    return prefs;
}

namespace {

// Every message of the folder is in the store's translation context, EdxLoader::MongoStore.

QString refusedCredentials(const MongoTarget &target, const QString &message)
{
    return QCoreApplication::translate("EdxLoader::MongoStore",
                                       "MongoDB at %1 refused the credentials of user %2 (check the user name, "
                                       "the password and authSource): %3")
        .arg(target.hosts, target.username, message);
}

// An error of the server itself, or of a command or query it refused.
QString explainServerError(const bson_error_t &error, const MongoTarget &target, const QString &message)
{
    if (error.code == kServerUnauthorized)
        return QCoreApplication::translate("EdxLoader::MongoStore",
                                           "The MongoDB user %1 lacks the privileges for this (ask for readWrite on "
                                           "the databases, or readWriteAnyDatabase): %2")
            .arg(target.username.isEmpty() ? QCoreApplication::translate("EdxLoader::MongoStore", "(no user)")
                                           : target.username,
                 message);
    if (error.code == kServerAuthenticationFailed) // (SCRAM failures come as client errors)
        return refusedCredentials(target, message);
    return QCoreApplication::translate("EdxLoader::MongoStore", "MongoDB refused the operation: %1").arg(message);
}

// "No suitable servers found: `serverSelectionTimeoutMS` expired: [why]. Topology type: …":
// the part in brackets is what a user can act on.
QString serverSelectionReason(const QString &message)
{
    const qsizetype open = message.indexOf(QLatin1Char('['));
    const qsizetype close = message.lastIndexOf(QLatin1Char(']'));
    if (open >= 0 && close > open + 1)
        return message.mid(open + 1, close - open - 1);
    return message;
}

QString explainServerSelection(const MongoTarget &target, const QString &message)
{
    const QString seconds = QString::number(target.serverSelectionTimeoutMs / 1000.0);
    const QString reason = serverSelectionReason(message);
    if (!target.replicaSet.isEmpty() || target.srv)
        return QCoreApplication::translate("EdxLoader::MongoStore",
                                           "No primary server of %1 answered within %2 s (unreachable, or no primary "
                                           "elected): %3")
            .arg(target.hosts, seconds, reason);
    return QCoreApplication::translate("EdxLoader::MongoStore", "No MongoDB server answered at %1 within %2 s: %3")
        .arg(target.hosts, seconds, reason);
}

} // namespace

QString explain(const bson_error_t &error, const MongoTarget &target)
{
    const QString message = utf8(error.message);
    switch (error.domain) {
    case MONGOC_ERROR_SERVER_SELECTION:
        return explainServerSelection(target, message);
    case MONGOC_ERROR_STREAM:
        if (error.code == MONGOC_ERROR_STREAM_NAME_RESOLUTION)
            return QCoreApplication::translate("EdxLoader::MongoStore", "The host name of %1 could not be resolved: %2")
                .arg(target.hosts, message);
        return QCoreApplication::translate("EdxLoader::MongoStore", "The connection to %1 failed: %2")
            .arg(target.hosts, message);
    case MONGOC_ERROR_CLIENT:
        if (error.code == MONGOC_ERROR_CLIENT_AUTHENTICATE)
            return refusedCredentials(target, message);
        return QCoreApplication::translate("EdxLoader::MongoStore", "MongoDB client error: %1").arg(message);
    case MONGOC_ERROR_SERVER:
    case MONGOC_ERROR_QUERY:
    case MONGOC_ERROR_COMMAND:
        return explainServerError(error, target, message);
    case MONGOC_ERROR_WRITE_CONCERN:
        return QCoreApplication::translate("EdxLoader::MongoStore", "The write concern was not satisfied: %1")
            .arg(message);
    default:
        return QCoreApplication::translate("EdxLoader::MongoStore", "MongoDB error: %1").arg(message);
    }
}

Error driverFailure(const bson_error_t &error, const MongoTarget &target)
{
    return failure(explain(error, target));
}

} // namespace EdxLoader::Mongo
