#pragma once

#include "mongodriver.h"
#include "result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <atomic>

namespace EdxLoader {

// The claims of one write transaction in _edxloader_claims (docs/mongodb.md, step 1): a claim's
// unique _id means one loader — on any machine — holds it; its owner (host, pid, token) renews a
// heartbeat while it works, and a claim whose owner died is taken over. Files are claimed as
// "{ledger}/{file}", staging collections as "staging/{name}".
class MongoClaims
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::MongoStore)

public:
    // Whether someone holds a claim: a live loader, nobody (or a dead one), or unknown (the
    // claim could not be read).
    enum class Holder { Live, None, Unknown };

    explicit MongoClaims(const Mongo::WriteContext &context);

    // Takes claimId for this transaction, waiting while a live loader holds it; fails when
    // cancelled or on error.
    Status take(const QString &claimId, const std::atomic_bool *cancel);
    // Shows the claims held are alive (at most every kHeartbeatMs, so it may be called often).
    void heartbeat();
    // Gives every claim held back.
    void release();

    // Another loader's claim: who holds it, and taking it away once its loader is gone.
    Holder holder(const QString &claimId) const;
    void remove(const QString &claimId) const;

private:
    enum class Attempt { Taken, Retry, Wait };
    Result<Attempt> attempt(mongoc_collection_t *claims, const QString &claimId);
    Result<Attempt> takeOver(mongoc_collection_t *claims, const QString &claimId, const bson_t *held);

    const Mongo::WriteContext &m_context;
    QStringList m_held;
    QElapsedTimer m_heartbeat;
};

} // namespace EdxLoader
