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

bool cryptoAvailable(QString *why)
{
    QMutexLocker lock(&qcaMutex());
    ensureQca();
    if (QCA::isSupported("sha256") && QCA::isSupported("ripemd160"))
        return true;
    if (why)
        *why = QCoreApplication::translate("EdxLoader::FileHash",
                                           "QCA's OpenSSL plugin is missing, so files cannot be fingerprinted (SHA-256) nor "
                                           "learners anonymised (RIPEMD-160): install the package libqca-qt6-plugins");
    return false;
}

QByteArray ripemd160Hex(QByteArrayView data)
{
    QMutexLocker lock(&qcaMutex());
    ensureQca();
    if (!QCA::isSupported("ripemd160"))
        return {};
    QCA::Hash hash(QStringLiteral("ripemd160"));
    hash.update(QCA::MemoryRegion(QByteArray::fromRawData(data.data(), data.size())));
    return QCA::arrayToHex(hash.final().toByteArray()).toLatin1();
}

struct Sha256Stream::Private
{
    std::unique_ptr<QCA::Hash> hash;
};

Sha256Stream::Sha256Stream()
    : d(std::make_unique<Private>())
{
    QMutexLocker lock(&qcaMutex());
    if (hashingAvailable(nullptr))
        d->hash = std::make_unique<QCA::Hash>(QStringLiteral("sha256"));
}

Sha256Stream::~Sha256Stream()
{
    QMutexLocker lock(&qcaMutex());
    d->hash.reset();
}

bool Sha256Stream::valid(QString *why) const
{
    return d->hash ? true : hashingAvailable(why);
}

void Sha256Stream::update(const char *data, qint64 size)
{
    if (!d->hash)
        return;
    QMutexLocker lock(&qcaMutex());
    d->hash->update(QCA::MemoryRegion(QByteArray::fromRawData(data, size)));
}

QString Sha256Stream::final()
{
    if (!d->hash)
        return {};
    QMutexLocker lock(&qcaMutex());
    return QCA::arrayToHex(d->hash->final().toByteArray());
}

} // namespace EdxLoader
