#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace EdxLoader {

// Where GnuPG keys come from and how passphrases are asked for (FORMATS.md §1.2).
struct GnuPGOptions
{
    QString home; // empty: $GNUPGHOME, else ~/.gnupg
    // Asked for a passphrase (loopback pinentry): the key's description and whether the previous
    // try was wrong; nullopt cancels. Not set: gpg-agent asks through its own pinentry.
    std::function<std::optional<QByteArray>(const QString &key, bool previousWasBad)> passphrase;
};

struct SecretKey
{
    QString keyId;       // long key id of the primary key
    QString fingerprint;
    QString userId;      // first user id, "Name <mail>"
    QStringList subkeyIds;
    bool canEncrypt = false;
};

// GnuPG through GPGME: one place for the library's initialisation and its messages.
class GnuPG
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::GnuPG)

public:
    // False, with a message saying what to install, when GPGME or the gpg engine is missing.
    static bool available(QString *why);
    static QString engineVersion();
    static QList<SecretKey> secretKeys(const GnuPGOptions &options, QString *error);
    // Imports the keys of a key file (armored or binary) into the GnuPG home: the secret keys it
    // held (new or already there), or -1 with the reason. A protected key may ask its
    // passphrase (options.passphrase).
    static int importKeys(const QString &path, const GnuPGOptions &options, QString *error);
    // Encrypts a file to a key the way edX's exporter does (binary, not armored, trust not asked).
    static bool encryptFile(const QString &from, const QString &to, const QString &keyId,
                            const GnuPGOptions &options, QString *error);
};

// A read-only, sequential device that decrypts another device on the fly. GPGME runs on a thread
// of its own and hands plaintext over through a bounded buffer, so memory stays flat whatever the
// size, and no plaintext is written anywhere. The source is read only by that thread once open.
// After the end (read() returning 0 or -1), failure() tells whether everything was authentic and
// complete: a truncated or corrupt file, a missing key or a wrong passphrase fail there.
class GpgDecryptDevice final : public QIODevice
{
    Q_OBJECT

public:
    GpgDecryptDevice(QIODevice *source, GnuPGOptions options, QObject *parent = nullptr);
    ~GpgDecryptDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    // Empty while all is well; after the end, the translated reason when decryption failed.
    QString failure() const;
    // Whether it failed for a wrong passphrase (so that the file can be tried again).
    bool badPassphrase() const { return m_badPassphrase.load(); }
    // Bytes of the encrypted source consumed so far (any thread).
    qint64 sourcePosition() const { return m_sourceRead.load(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void decrypt();
    friend struct GpgCallbacks;
    ssize_t pushPlaintext(const char *data, size_t size);
    ssize_t pullCiphertext(char *data, size_t size);
    void stop();

    static constexpr qsizetype kCapacity = 1 << 20;
    QIODevice *m_source;
    GnuPGOptions m_options;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_buffer; // plaintext waiting to be read
    qsizetype m_head = 0;
    bool m_finished = false; // the GPGME thread is done
    bool m_aborted = false;  // the reader went away
    QString m_failure;
    std::atomic<qint64> m_sourceRead = 0;
    std::atomic_bool m_badPassphrase = false;
};

} // namespace EdxLoader
