// Deterministic ids for imported rows, shared by every store.
#include "rowids.h"

#include <QCryptographicHash>

#include <cstring>

namespace EdxLoader {

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
