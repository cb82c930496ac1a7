#include "gnupg.h"

#include <QFile>
#include <QSaveFile>

#include <gpgme.h>

#include <clocale>
#include <cstring>

namespace EdxLoader {

namespace {

struct Engine
{
    bool ok = false;
    QString version;
};

// GPGME must be initialised once, before any thread uses it.
const Engine &engine()
{
    static const Engine e = [] {
        Engine r;
        gpgme_check_version(nullptr);
        gpgme_set_locale(nullptr, LC_CTYPE, std::setlocale(LC_CTYPE, nullptr));
        gpgme_engine_info_t info = nullptr;
        r.ok = gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP) == GPG_ERR_NO_ERROR
               && gpgme_get_engine_info(&info) == GPG_ERR_NO_ERROR;
        for (; r.ok && info; info = info->next) {
            if (info->protocol == GPGME_PROTOCOL_OpenPGP && info->version)
                r.version = QString::fromUtf8(info->version);
        }
        return r;
    }();
    return e;
}

QString gpgMessage(gpgme_error_t err)
{
    return QString::fromLocal8Bit(gpgme_strerror(err));
}

struct Context
{
    gpgme_ctx_t ctx = nullptr;
    ~Context()
    {
        if (ctx)
            gpgme_release(ctx);
    }
};

struct Data
{
    gpgme_data_t data = nullptr;
    ~Data()
    {
        if (data)
            gpgme_data_release(data);
    }
};

bool newContext(Context &c, const GnuPGOptions &options, QString *error)
{
    if (!GnuPG::available(error))
        return false;
    gpgme_error_t err = gpgme_new(&c.ctx);
    if (!err)
        err = gpgme_set_protocol(c.ctx, GPGME_PROTOCOL_OpenPGP);
    if (!err && !options.home.isEmpty())
        err = gpgme_ctx_set_engine_info(c.ctx, GPGME_PROTOCOL_OpenPGP, nullptr,
                                        QFile::encodeName(options.home).constData());
    if (err) {
        *error = GnuPG::tr("GnuPG could not be started: %1").arg(gpgMessage(err));
        return false;
    }
    gpgme_set_armor(c.ctx, 0);
    return true;
}

gpgme_error_t askPassphrase(void *hook, const char *uidHint, const char *, int previousWasBad, int fd)
{
    const auto *options = static_cast<const GnuPGOptions *>(hook);
    // uid_hint is "KEYID User Name <mail>": show the user id, then the key id.
    QString key = QString::fromUtf8(uidHint ? uidHint : "");
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    if (space > 0)
        key = key.mid(space + 1) + QStringLiteral(" (") + key.left(space) + QLatin1Char(')');
    std::optional<QByteArray> passphrase = options->passphrase(key, previousWasBad != 0);
    if (!passphrase)
        return gpg_error(GPG_ERR_CANCELED);
    passphrase->reserve(passphrase->size() + 1); // no reallocation that would leave a copy behind
    passphrase->append('\n');
    const int written = gpgme_io_writen(fd, passphrase->constData(), size_t(passphrase->size()));
    std::memset(passphrase->data(), 0, size_t(passphrase->size()));
    return written == 0 ? gpgme_error_t(GPG_ERR_NO_ERROR) : gpg_error_from_syserror();
}

} // namespace

bool GnuPG::available(QString *why)
{
    if (engine().ok)
        return true;
    if (why)
        *why = tr("GnuPG is not installed or too old: install the gnupg package (version 2.2 or later) to "
                  "decrypt edX files");
    return false;
}

QString GnuPG::engineVersion()
{
    return engine().version;
}

QList<SecretKey> GnuPG::secretKeys(const GnuPGOptions &options, QString *error)
{
    QList<SecretKey> keys;
    Context c;
    if (!newContext(c, options, error))
        return keys;
    gpgme_error_t err = gpgme_op_keylist_start(c.ctx, nullptr, 1);
    gpgme_key_t key = nullptr;
    while (!err && !(err = gpgme_op_keylist_next(c.ctx, &key))) {
        SecretKey k;
        if (key->subkeys) {
            k.keyId = QString::fromLatin1(key->subkeys->keyid);
            k.fingerprint = QString::fromLatin1(key->subkeys->fpr);
            for (gpgme_subkey_t s = key->subkeys; s; s = s->next)
                k.subkeyIds.append(QString::fromLatin1(s->keyid));
        }
        if (key->uids && key->uids->uid)
            k.userId = QString::fromUtf8(key->uids->uid);
        k.canEncrypt = key->can_encrypt;
        keys.append(k);
        gpgme_key_unref(key);
    }
    if (gpg_err_code(err) != GPG_ERR_EOF && error)
        *error = tr("The GnuPG keys could not be listed: %1").arg(gpgMessage(err));
    gpgme_op_keylist_end(c.ctx);
    return keys;
}

int GnuPG::importKeys(const QString &path, const GnuPGOptions &options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return -1;
    }
    if (file.size() > 16 * 1024 * 1024) {
        *error = tr("%1 is too large to be a key file").arg(path);
        return -1;
    }
    QByteArray bytes = file.readAll();
    Context c;
    if (!newContext(c, options, error))
        return -1;
    if (options.passphrase) {
        gpgme_set_pinentry_mode(c.ctx, GPGME_PINENTRY_MODE_LOOPBACK);
        gpgme_set_passphrase_cb(c.ctx, &askPassphrase, const_cast<GnuPGOptions *>(&options));
    }
    Data keys;
    gpgme_error_t err = gpgme_data_new_from_mem(&keys.data, bytes.constData(), size_t(bytes.size()), 0);
    if (!err)
        err = gpgme_op_import(c.ctx, keys.data);
    const gpgme_import_result_t result = err ? nullptr : gpgme_op_import_result(c.ctx);
    std::memset(bytes.data(), 0, size_t(bytes.size())); // a secret key, even protected
    if (err || !result) {
        *error = tr("The keys of %1 could not be imported: %2").arg(path, gpgMessage(err));
        return -1;
    }
    const int secret = result->secret_imported + result->secret_unchanged;
    if (secret == 0) {
        *error = result->considered > 0
                     ? tr("%1 holds no secret key (only public ones): the secret key is what decrypts edX files")
                           .arg(path)
                     : tr("%1 is not a GnuPG key file").arg(path);
        return -1;
    }
    return secret;
}

bool GnuPG::encryptFile(const QString &from, const QString &to, const QString &keyId, const GnuPGOptions &options,
                        QString *error)
{
    Context c;
    if (!newContext(c, options, error))
        return false;
    gpgme_key_t key = nullptr;
    if (gpgme_error_t err = gpgme_get_key(c.ctx, keyId.toUtf8().constData(), &key, 0)) {
        *error = tr("No GnuPG key %1: %2").arg(keyId, gpgMessage(err));
        return false;
    }
    QFile in(from);
    QSaveFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        gpgme_key_unref(key);
        *error = tr("Cannot encrypt %1: %2").arg(from, in.isOpen() ? out.errorString() : in.errorString());
        return false;
    }
    Data plain, cipher;
    gpgme_key_t recipients[] = {key, nullptr};
    gpgme_error_t err = gpgme_data_new_from_fd(&plain.data, in.handle());
    if (!err)
        err = gpgme_data_new_from_fd(&cipher.data, out.handle());
    if (!err)
        err = gpgme_op_encrypt(c.ctx, recipients, GPGME_ENCRYPT_ALWAYS_TRUST, plain.data, cipher.data);
    gpgme_key_unref(key);
    if (err) {
        *error = tr("Cannot encrypt %1 to %2: %3").arg(from, keyId, gpgMessage(err));
        return false;
    }
    // GPGME wrote through the descriptor: QSaveFile's own position is still 0, and that is fine.
    if (!out.commit()) {
        *error = tr("Cannot write %1: %2").arg(to, out.errorString());
        return false;
    }
    return true;
}

// Callbacks between GPGME's thread and the device.
struct GpgCallbacks
{
    static ssize_t read(void *handle, void *buffer, size_t size)
    {
        return static_cast<GpgDecryptDevice *>(handle)->pullCiphertext(static_cast<char *>(buffer), size);
    }
    static ssize_t write(void *handle, const void *buffer, size_t size)
    {
        return static_cast<GpgDecryptDevice *>(handle)->pushPlaintext(static_cast<const char *>(buffer), size);
    }
};

GpgDecryptDevice::GpgDecryptDevice(QIODevice *source, GnuPGOptions options, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
    , m_options(std::move(options))
{
}

GpgDecryptDevice::~GpgDecryptDevice()
{
    stop();
}

bool GpgDecryptDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("A decrypting device can only be read"));
        return false;
    }
    QString why;
    if (!GnuPG::available(&why)) {
        setErrorString(why);
        return false;
    }
    if (!m_source->isOpen() && !m_source->open(ReadOnly)) {
        setErrorString(m_source->errorString());
        return false;
    }
    m_buffer.reserve(kCapacity);
    QIODevice::open(ReadOnly | Unbuffered);
    m_thread = std::thread([this] { decrypt(); });
    return true;
}

void GpgDecryptDevice::close()
{
    stop();
    QIODevice::close();
}

void GpgDecryptDevice::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    // Plaintext does not outlive the device in freed memory.
    if (!m_buffer.isEmpty() || m_buffer.capacity() > 0) {
        m_buffer.resize(m_buffer.capacity());
        std::memset(m_buffer.data(), 0, size_t(m_buffer.size()));
        m_buffer.clear();
        m_head = 0;
    }
}

bool GpgDecryptDevice::atEnd() const
{
    std::lock_guard lock(m_mutex);
    return m_finished && m_head == m_buffer.size();
}

qint64 GpgDecryptDevice::bytesAvailable() const
{
    std::lock_guard lock(m_mutex);
    return m_buffer.size() - m_head + QIODevice::bytesAvailable();
}

QString GpgDecryptDevice::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

qint64 GpgDecryptDevice::readData(char *data, qint64 maxSize)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_head < m_buffer.size() || m_finished; });
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size() - m_head);
    if (n > 0) {
        std::memcpy(data, m_buffer.constData() + m_head, size_t(n));
        m_head += n;
        lock.unlock();
        m_changed.notify_all();
        return n;
    }
    if (!m_failure.isEmpty()) {
        const QString failure = m_failure;
        lock.unlock();
        setErrorString(failure);
        return -1;
    }
    return 0;
}

ssize_t GpgDecryptDevice::pushPlaintext(const char *data, size_t size)
{
    std::unique_lock lock(m_mutex);
    // Waits for room; one write larger than the buffer is taken once the buffer is empty.
    m_changed.wait(lock, [&] {
        return m_aborted || m_buffer.size() - m_head + qsizetype(size) <= kCapacity || m_head == m_buffer.size();
    });
    if (m_aborted) {
        gpgme_err_set_errno(ECANCELED);
        return -1;
    }
    if (m_head > 0) { // moved down in place: no copy is left in freed memory
        const qsizetype kept = m_buffer.size() - m_head;
        std::memmove(m_buffer.data(), m_buffer.constData() + m_head, size_t(kept));
        std::memset(m_buffer.data() + kept, 0, size_t(m_head));
        m_buffer.truncate(kept);
        m_head = 0;
    }
    m_buffer.append(data, qsizetype(size));
    lock.unlock();
    m_changed.notify_all();
    return ssize_t(size);
}

ssize_t GpgDecryptDevice::pullCiphertext(char *data, size_t size)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_aborted) {
            gpgme_err_set_errno(ECANCELED);
            return -1;
        }
    }
    const qint64 n = m_source->read(data, qint64(size));
    if (n < 0) {
        gpgme_err_set_errno(EIO);
        return -1;
    }
    m_sourceRead += n;
    return ssize_t(n);
}

void GpgDecryptDevice::decrypt()
{
    QString failure;
    Context c;
    Data cipher, plain;
    gpgme_data_cbs inCallbacks{&GpgCallbacks::read, nullptr, nullptr, nullptr};
    gpgme_data_cbs outCallbacks{nullptr, &GpgCallbacks::write, nullptr, nullptr};
    if (newContext(c, m_options, &failure)) {
        if (m_options.passphrase) {
            gpgme_set_pinentry_mode(c.ctx, GPGME_PINENTRY_MODE_LOOPBACK);
            gpgme_set_passphrase_cb(c.ctx, &askPassphrase, &m_options);
        }
        gpgme_error_t err = gpgme_data_new_from_cbs(&cipher.data, &inCallbacks, this);
        if (!err)
            err = gpgme_data_new_from_cbs(&plain.data, &outCallbacks, this);
        if (!err)
            err = gpgme_op_decrypt(c.ctx, cipher.data, plain.data);
        bool aborted = false;
        {
            std::lock_guard lock(m_mutex);
            aborted = m_aborted;
        }
        if (aborted) {
            failure = tr("Decryption stopped");
        } else if (err) {
            // Which keys the file was encrypted to, and whether we hold any of them.
            QStringList keyIds;
            bool anyKnown = false;
            if (gpgme_decrypt_result_t result = gpgme_op_decrypt_result(c.ctx)) {
                for (gpgme_recipient_t r = result->recipients; r; r = r->next) {
                    keyIds.append(QString::fromLatin1(r->keyid));
                    anyKnown = anyKnown || gpg_err_code(r->status) != GPG_ERR_NO_SECKEY;
                }
            }
            switch (gpg_err_code(err)) {
            case GPG_ERR_NO_SECKEY:
                failure = tr("No secret key for this file: it was encrypted to %1 (Settings ▸ Decryption: Import "
                             "Secret Key…, or choose the GnuPG home that holds it)")
                              .arg(keyIds.isEmpty() ? tr("an unknown key") : keyIds.join(QStringLiteral(", ")));
                break;
            case GPG_ERR_BAD_PASSPHRASE:
                failure = tr("Wrong passphrase for the secret key of this file");
                m_badPassphrase = true;
                break;
            case GPG_ERR_CANCELED:
            case GPG_ERR_FULLY_CANCELED:
                failure = tr("No passphrase was given: the file was not decrypted");
                break;
            case GPG_ERR_NO_DATA:
                failure = tr("This is not OpenPGP-encrypted data (or it is empty)");
                break;
            default:
                if (!keyIds.isEmpty() && !anyKnown)
                    failure = tr("No secret key for this file: it was encrypted to %1 (Settings ▸ Decryption: "
                                 "Import Secret Key…, or choose the GnuPG home that holds it)")
                                  .arg(keyIds.join(QStringLiteral(", ")));
                else
                    failure = tr("The encrypted data is damaged or cut short (%1)").arg(gpgMessage(err));
            }
        } else if (gpgme_decrypt_result_t result = gpgme_op_decrypt_result(c.ctx);
                   result && result->unsupported_algorithm) {
            failure = tr("This file uses an encryption algorithm GnuPG does not support: %1")
                          .arg(QString::fromLatin1(result->unsupported_algorithm));
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_failure = failure;
        m_finished = true;
    }
    m_changed.notify_all();
}

} // namespace EdxLoader
