#include "sourcechain.h"

#include "filehash.h"
#include "gzipdevice.h"
#include "sourcepath.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QFile>

#include <climits>
#include <cstring>

namespace EdxLoader {

PassThroughDevice::PassThroughDevice(QIODevice *inner, QObject *parent)
    : QIODevice(parent)
    , m_inner(inner)
{
}

bool PassThroughDevice::open(OpenMode mode)
{
    if (!m_inner->isOpen() && !m_inner->open(QIODevice::ReadOnly)) {
        setErrorString(m_inner->errorString());
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

qint64 PassThroughDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_inner->read(data, maxSize);
    if (n < 0) {
        m_readError = m_inner->errorString();
        setErrorString(m_readError);
        return m_errorEndsStream ? 0 : -1;
    }
    if (n > 0) {
        m_count += n;
        if (m_observer)
            m_observer(data, n);
    }
    return n;
}

namespace {

bool hasSuffix(const QString &name, std::initializer_list<const char *> suffixes)
{
    for (const char *s : suffixes) {
        if (name.endsWith(QLatin1String(s), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

SourceChain::SourceChain() = default;

SourceChain::~SourceChain()
{
    // Top down: a layer's device must go before what it reads from.
    m_gz.reset();
    m_decrypted.reset();
    m_gpg.reset();
    m_raw.reset();
    m_member.reset();
    m_zip.reset();
    m_file.reset();
}

qint64 SourceChain::position() const
{
    return m_raw ? m_raw->position() : 0;
}

bool SourceChain::open(const QString &key, const Options &options, QString *error)
{
    const SourcePath source = SourcePath::fromKey(key);
    QIODevice *raw = nullptr;
    if (source.isMember()) {
        m_zip = std::make_unique<KZip>(source.file);
        if (!m_zip->open(QIODevice::ReadOnly)) {
            *error = tr("The archive %1 cannot be read: %2").arg(source.file, m_zip->errorString());
            return false;
        }
        const KArchiveFile *entry = m_zip->directory()->file(source.member);
        if (!entry) {
            *error = tr("The archive %1 no longer holds %2").arg(source.file, source.member);
            return false;
        }
        m_size = entry->size();
        m_member.reset(entry->createDevice());
        if (!m_member) {
            *error = tr("%1 cannot be read from the archive %2").arg(source.member, source.file);
            return false;
        }
        raw = m_member.get();
    } else {
        auto file = std::make_unique<QFile>(source.file);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(source.file, file->errorString());
            return false;
        }
        m_size = file->size();
        m_file = std::move(file);
        raw = m_file.get();
    }
    m_raw = std::make_unique<PassThroughDevice>(raw);
    if (!m_raw->open(QIODevice::ReadOnly)) {
        *error = m_raw->errorString();
        return false;
    }
    m_top = m_raw.get();

    QString name = source.fileName();
    if (hasSuffix(name, {".gpg", ".pgp"})) {
        name.chop(4);
        m_gpg = std::make_unique<GpgDecryptDevice>(m_top, options.gnupg);
        if (!m_gpg->open(QIODevice::ReadOnly)) {
            *error = m_gpg->errorString();
            return false;
        }
        m_top = m_gpg.get();
    }
    m_decrypted = std::make_unique<PassThroughDevice>(m_top);
    if (options.hashDecrypted) {
        m_hash = std::make_unique<Sha256Stream>();
        m_decrypted->setObserver([hash = m_hash.get()](const char *data, qint64 n) { hash->update(data, n); });
    }
    m_decrypted->open(QIODevice::ReadOnly);
    m_top = m_decrypted.get();
    if (options.decompress && hasSuffix(name, {".gz"})) {
        m_decrypted->setErrorEndsStream(true);
        m_gz = std::make_unique<GzipDevice>(m_top);
        if (!m_gz->open(QIODevice::ReadOnly)) {
            *error = tr("Cannot decompress %1: %2").arg(source.fileName(), m_gz->errorString());
            return false;
        }
        m_top = m_gz.get();
    }
    return true;
}

QString SourceChain::failure() const
{
    return m_gpg ? m_gpg->failure() : QString();
}

bool SourceChain::finish(QString *error)
{
    // Read every layer to its end, so that each can say whether what it read was whole: gzip
    // (every member's trailer), then GnuPG (the integrity check at the end of the message).
    char rest[65536];
    if (m_gz) {
        while (m_gz->read(rest, sizeof rest) > 0) {
        }
    }
    qint64 left = 0;
    if (m_gpg) {
        for (qint64 n; (n = m_gpg->read(rest, sizeof rest)) > 0;)
            left += n;
    }
    std::memset(rest, 0, sizeof rest);
    if (m_gpg && !m_gpg->failure().isEmpty()) {
        *error = m_gpg->failure();
        return false;
    }
    if (!m_decrypted->readError().isEmpty()) {
        *error = tr("Reading stopped: %1").arg(m_decrypted->readError());
        return false;
    }
    if (m_gz && !m_gz->problem().isEmpty()) {
        *error = m_gz->problem();
        return false;
    }
    if (left > 0) { // decrypted bytes the reader never asked for: neither imported nor hashed
        *error = tr("%n byte(s) follow the end of the data", nullptr, int(std::min<qint64>(left, INT_MAX)));
        return false;
    }
    if (m_hash)
        m_sha256 = m_hash->final();
    return true;
}

QString sha256OfSource(const QString &key, const GnuPGOptions &gnupg, QString *error, const std::atomic_bool *cancel)
{
    SourceChain chain;
    SourceChain::Options options;
    options.gnupg = gnupg;
    options.decompress = false;
    if (!chain.open(key, options, error))
        return {};
    Sha256Stream hash;
    if (!hash.valid(error))
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = chain.device()->read(chunk.data(), chunk.size());
        if (n == 0)
            break;
        if (n < 0) {
            if (chain.finish(error))
                *error = SourceChain::tr("Cannot read %1: %2")
                             .arg(SourcePath::fromKey(key).display(), chain.device()->errorString());
            return {};
        }
        hash.update(chunk.constData(), n);
        if (cancel && cancel->load()) {
            *error = SourceChain::tr("Cancelled");
            return {};
        }
    }
    if (!chain.finish(error))
        return {};
    return hash.final();
}

} // namespace EdxLoader
