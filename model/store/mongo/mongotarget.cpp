// What a MongoDB connection string says, read by the driver without connecting (mongostore.h).
#include "mongodriver.h"
#include "mongostore.h"

namespace EdxLoader {

using namespace Mongo;

namespace {

QString hostsOf(const mongoc_uri_t *uri, bool srv)
{
    if (srv)
        return utf8(mongoc_uri_get_srv_hostname(uri));
    QStringList hosts;
    for (const mongoc_host_list_t *h = mongoc_uri_get_hosts(uri); h; h = h->next)
        hosts << utf8(h->host_and_port);
    return hosts.join(QLatin1Char(','));
}

// "w=majority, journal", or empty for the server's default.
QString writeConcernOf(const mongoc_uri_t *uri)
{
    const mongoc_write_concern_t *wc = mongoc_uri_get_write_concern(uri);
    if (!wc)
        return {};
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
    return parts.join(QStringLiteral(", "));
}

// The string with its password as "****" (for messages) and without it (what may be saved).
void hidePassword(const QString &uriText, MongoTarget *t)
{
    // The password sits in the user information before the host list: "scheme://user:pass@hosts/…".
    const qsizetype schemeEnd = uriText.indexOf(QLatin1String("://")) + 3;
    const qsizetype slash = uriText.indexOf(QLatin1Char('/'), schemeEnd);
    const qsizetype at = uriText.lastIndexOf(QLatin1Char('@'), slash < 0 ? -1 : slash);
    t->redacted = uriText;
    t->withoutPassword = uriText;
    if (at >= schemeEnd) {
        const qsizetype colon = uriText.indexOf(QLatin1Char(':'), schemeEnd);
        if (colon >= 0 && colon < at) {
            t->redacted = uriText.left(colon + 1) + QStringLiteral("****") + uriText.mid(at);
            t->withoutPassword = uriText.left(colon) + uriText.mid(at);
        }
    }
}

} // namespace

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
    t.hosts = hostsOf(uri, t.srv);
    t.replicaSet = utf8(mongoc_uri_get_replica_set(uri));
    t.username = utf8(mongoc_uri_get_username(uri));
    t.hasPassword = mongoc_uri_get_password(uri) != nullptr;
    t.password = utf8(mongoc_uri_get_password(uri));
    t.tls = mongoc_uri_get_tls(uri);
    t.serverSelectionTimeoutMs = mongoc_uri_get_option_as_int32(uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, 0);
    t.writeConcern = writeConcernOf(uri);
    mongoc_uri_destroy(uri);
    hidePassword(uriText, &t);
    return t;
}

} // namespace EdxLoader
