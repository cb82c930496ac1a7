#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace EdxLoader {

// SHA-256 of a file's bytes through QCA (ARCHITECTURE.md §3: QCA is the project's hashing
// toolkit). Returns the hex digest, or an empty string with error set.
QString sha256OfFile(const QString &path, QString *error, const std::atomic_bool *cancel = nullptr,
                     const std::function<void(qint64)> &progress = {});
bool hashingAvailable(QString *why);

} // namespace EdxLoader
