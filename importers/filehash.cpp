#include "filehash.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

#include <QtCrypto>

namespace EdxLoader {

namespace {

// QCA is used from one thread at a time: ThreadSanitizer showed data races inside QCA and its
// OpenSSL provider when two imports hashed files at once (and a heap corruption followed).
// Hashing runs at disk speed, so taking turns costs little.
QRecursiveMutex &qcaMutex()
{
    static QRecursiveMutex mutex;
    return mutex;
}

// QCA must be initialised once per process, before the first hash, and stay so.
void ensureQca()
{
    static QCA::Initializer *initializer = nullptr;
    QMutexLocker lock(&qcaMutex());
    if (!initializer)
        initializer = new QCA::Initializer(QCA::Practical, 64);
}

} // namespace

bool hashingAvailable(QString *why)
{
    QMutexLocker lock(&qcaMutex());
    ensureQca();
    if (QCA::isSupported("sha256"))
        return true;
    if (why)
        *why = QCoreApplication::translate("EdxLoader::FileHash", "SHA-256 is not available: install the QCA OpenSSL plugin (package libqca-qt6-plugins)");
    return false;
}

QString sha256OfFile(const QString &path, QString *error, const std::atomic_bool *cancel,
                     const std::function<void(qint64)> &progress)
{
    QMutexLocker lock(&qcaMutex());
    if (!hashingAvailable(error))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("EdxLoader::FileHash", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QCA::Hash hash(QStringLiteral("sha256"));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            *error = QCoreApplication::translate("EdxLoader::FileHash", "Cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        if (n == 0)
            break;
        hash.update(QCA::MemoryRegion(QByteArray::fromRawData(chunk.constData(), n)));
        total += n;
        if (progress)
            progress(total);
        if (cancel && cancel->load()) {
            *error = QCoreApplication::translate("EdxLoader::FileHash", "Cancelled");
            return {};
        }
    }
    return QCA::arrayToHex(hash.final().toByteArray());
}

} // namespace EdxLoader
