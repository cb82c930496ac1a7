// What both stores share: the crash-test hook and the deterministic ids of imported rows.
#include "documentstore.h"

#include <QCryptographicHash>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

#include <atomic>
#include <cstring>

namespace EdxLoader {

// Crash tests (tests/cli/tst_crash.cpp): EDXLOADER_CRASH_AFTER_WRITES=N kills the process with
// SIGKILL at the N-th write point of its life — half-way through a batch, before a ledger entry,
// before COMMIT — as a power cut or kill -9 would, to prove that every such instant leaves the
// store as if the file had never been started. Unset (always, outside those tests): no effect.
void crashPoint()
{
#ifdef Q_OS_UNIX
    static const int target = qEnvironmentVariableIntValue("EDXLOADER_CRASH_AFTER_WRITES");
    static std::atomic_int count{0};
    if (target > 0 && count.fetch_add(1) + 1 == target)
        ::kill(::getpid(), SIGKILL);
#endif
}

QByteArray fileIdPrefix(const QByteArray &fileKey)
{
    return QCryptographicHash::hash(fileKey, QCryptographicHash::Sha256).left(8);
}

ObjectId rowObjectId(const QByteArray &fileKey, qint64 line)
{
    // 8 bytes identifying the file, 4 bytes for the line: unique within a file, stable across runs.
    static thread_local QByteArray lastKey;
    static thread_local QByteArray lastHash;
    if (fileKey != lastKey) {
        lastKey = fileKey;
        lastHash = fileIdPrefix(fileKey);
    }
    ObjectId oid;
    std::memcpy(oid.oid.bytes, lastHash.constData(), 8);
    const quint32 n = quint32(line);
    oid.oid.bytes[8] = uint8_t(n >> 24);
    oid.oid.bytes[9] = uint8_t(n >> 16);
    oid.oid.bytes[10] = uint8_t(n >> 8);
    oid.oid.bytes[11] = uint8_t(n);
    return oid;
}

} // namespace EdxLoader
