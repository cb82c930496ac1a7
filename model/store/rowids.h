#pragma once

#include "document.h"

#include <QByteArray>

namespace EdxLoader {

// Deterministic _id for a row of a file: the same file and line always get the same ObjectId, so
// a re-import replaces rather than duplicates (ANCHORS.md §5: idempotent by construction). The
// file key is "{database}/{ledger id}"; its first 8 bytes (fileIdPrefix) are shared by all the
// file's rows, which is how the MongoDB store finds a file's rows again.
ObjectId rowObjectId(const QByteArray &fileKey, qint64 line);
QByteArray fileIdPrefix(const QByteArray &fileKey);

} // namespace EdxLoader
