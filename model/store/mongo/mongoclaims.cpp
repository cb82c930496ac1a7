// Claims of files and staging collections in _edxloader_claims (mongoclaims.h).
#include "mongoclaims.h"

#include <QDateTime>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace EdxLoader {

using namespace Mongo;

namespace {

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

MongoClaims::MongoClaims(const WriteContext &context)
    : m_context(context)
{
    m_heartbeat.start();
}

Status MongoClaims::take(const QString &claimId, const std::atomic_bool *cancel)
{
    if (m_held.contains(claimId))
        return {};
    Collection claims(m_context.client, m_context.database, QString::fromLatin1(kClaims));
    for (;;) {
        heartbeat(); // the claims this transaction holds stay alive while it waits
        if (cancel && cancel->load())
            return failure(tr("Cancelled"));
        const Result<Attempt> attempted = attempt(claims, claimId);
        if (!attempted)
            return failure(attempted.error());
        if (*attempted == Attempt::Taken) {
            m_held.append(claimId);
            return {};
        }
        if (*attempted == Attempt::Wait)
            QThread::msleep(250);
    }
}

// One try at claimId: taken, held by a live loader (wait), or taken over by another loader
// first (try again at once).
Result<MongoClaims::Attempt> MongoClaims::attempt(mongoc_collection_t *claims, const QString &claimId)
{
    Bson mine;
    appendQString(mine, "_id", claimId);
    appendOwner(mine, m_context.token);
    bson_error_t error;
    if (mongoc_collection_insert_one(claims, mine, nullptr, nullptr, &error))
        return Attempt::Taken;
    if (error.code != kServerDuplicateKey)
        return m_context.failure(error);
    // Held: by a live loader (wait for it), or by one that died (take it over).
    Bson query;
    appendQString(query, "_id", claimId);
    Cursor cursor{mongoc_collection_find_with_opts(claims, query, nullptr, primary())};
    const bson_t *held = nullptr;
    if (mongoc_cursor_next(cursor.c, &held) && isStale(held))
        return takeOver(claims, claimId, held);
    if (mongoc_cursor_error(cursor.c, &error))
        return m_context.failure(error);
    return Attempt::Wait;
}

Result<MongoClaims::Attempt> MongoClaims::takeOver(mongoc_collection_t *claims, const QString &claimId,
                                                   const bson_t *held)
{
    // Only if it is still the dead loader's: of two loaders taking it over, one wins.
    Bson selector, update, set, reply;
    appendQString(selector, "_id", claimId);
    appendQString(selector, "token", stringField(held, "token"));
    bson_append_document_begin(update, "$set", -1, set);
    appendOwner(set, m_context.token);
    bson_append_document_end(update, set);
    bson_error_t error;
    if (!mongoc_collection_update_one(claims, selector, update, nullptr, reply, &error))
        return m_context.failure(error);
    return int64Field(reply, "modifiedCount") == 1 ? Attempt::Taken : Attempt::Retry;
}

void MongoClaims::heartbeat()
{
    if (m_held.isEmpty() || m_heartbeat.elapsed() < kHeartbeatMs)
        return;
    m_heartbeat.restart();
    Collection claims(m_context.client, m_context.database, QString::fromLatin1(kClaims));
    Bson selector, list, update, set;
    for (int i = 0; i < m_held.size(); ++i)
        appendQString(list, QByteArray::number(i).constData(), m_held.at(i));
    appendIn(selector, "_id", list);
    appendQString(selector, "token", m_context.token);
    bson_append_document_begin(update, "$set", -1, set);
    bson_append_date_time(set, "heartbeat", -1, QDateTime::currentMSecsSinceEpoch());
    bson_append_document_end(update, set);
    // A missed heartbeat is not an error: the next one renews the claims long before they are
    // stale, and a loader that can no longer reach the server fails on its next write anyway.
    mongoc_collection_update_many(claims, selector, update, nullptr, nullptr, nullptr);
}

void MongoClaims::release()
{
    if (m_held.isEmpty())
        return;
    Collection claims(m_context.client, m_context.database, QString::fromLatin1(kClaims));
    for (const QString &id : std::as_const(m_held)) {
        Bson selector;
        appendQString(selector, "_id", id);
        appendQString(selector, "token", m_context.token);
        // A claim that could not be deleted goes stale: another loader takes it over then.
        mongoc_collection_delete_one(claims, selector, nullptr, nullptr, nullptr);
    }
    m_held.clear();
}

MongoClaims::Holder MongoClaims::holder(const QString &claimId) const
{
    Collection claims(m_context.client, m_context.database, QString::fromLatin1(kClaims));
    Bson query;
    appendQString(query, "_id", claimId);
    Cursor cursor{mongoc_collection_find_with_opts(claims, query, nullptr, primary())};
    const bson_t *held = nullptr;
    if (mongoc_cursor_next(cursor.c, &held) && !isStale(held))
        return Holder::Live;
    bson_error_t error;
    if (mongoc_cursor_error(cursor.c, &error))
        return Holder::Unknown;
    return Holder::None;
}

void MongoClaims::remove(const QString &claimId) const
{
    Collection claims(m_context.client, m_context.database, QString::fromLatin1(kClaims));
    Bson query;
    appendQString(query, "_id", claimId);
    mongoc_collection_delete_one(claims, query, nullptr, nullptr, nullptr);
}

} // namespace EdxLoader
