#pragma once

#include "gnupg.h"

#include <QCoreApplication>
#include <QIODevice>

#include <atomic>
#include <functional>
#include <memory>

class KZip;

namespace EdxLoader {

class GzipDevice;
class Sha256Stream;

// Passes another device's bytes through unchanged, counting them (readable from any thread),
// and optionally handing each chunk to an observer (a hash).
class PassThroughDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit PassThroughDevice(QIODevice *inner, QObject *parent = nullptr);
    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override;
    qint64 position() const { return m_count.load(); }
    void setObserver(std::function<void(const char *, qint64)> observer) { m_observer = std::move(observer); }
    // A read error below ends the stream (read() gives 0) and is kept here, so that the layer
    // above stops cleanly and finish() gives the reason.
    void setErrorEndsStream(bool on) { m_errorEndsStream = on; }
    QString readError() const { return m_readError; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_inner;
    std::atomic<qint64> m_count = 0;
    std::function<void(const char *, qint64)> m_observer;
    bool m_errorEndsStream = false;
    QString m_readError;
};

// Opens an input — a file or a zip member (SourcePath key) — and stacks what its name asks for:
// zip member → GnuPG decryption (.gpg/.pgp) → gzip (.gz). Nothing is extracted or written: every
// layer streams. After the reader reached the end, finish() says whether the input was whole:
// authentic encrypted data, and gzip data whose every member ended with a matching trailer.
class SourceChain
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::SourceChain)

public:
    struct Options
    {
        GnuPGOptions gnupg;
        bool decompress = true; // false: stop after decryption (what a ledger hash covers)
        bool hashDecrypted = false; // SHA-256 of the bytes after decryption, before decompression
    };

    SourceChain();
    ~SourceChain();
    bool open(const QString &key, const Options &options, QString *error);
    QIODevice *device() const { return m_top; }
    qint64 size() const { return m_size; }     // bytes of the file or member
    qint64 position() const;                   // of those, read so far (any thread)
    bool encrypted() const { return m_gpg != nullptr; }
    bool finish(QString *error);               // after reading to the end
    QString failure() const;                   // decryption's reason, once it has failed (no waiting)
    bool badPassphrase() const { return m_gpg && m_gpg->badPassphrase(); }
    QString sha256() const { return m_sha256; } // after finish(), with hashDecrypted

private:
    std::unique_ptr<QIODevice> m_file;
    std::unique_ptr<KZip> m_zip;
    std::unique_ptr<QIODevice> m_member;
    std::unique_ptr<PassThroughDevice> m_raw;
    std::unique_ptr<GpgDecryptDevice> m_gpg;
    std::unique_ptr<PassThroughDevice> m_decrypted;
    std::unique_ptr<GzipDevice> m_gz;
    std::unique_ptr<Sha256Stream> m_hash;
    QIODevice *m_top = nullptr;
    qint64 m_size = 0;
    QString m_sha256;
};

// SHA-256 of an input as the ledger records it: of the bytes after decryption, before
// decompression, so that an encrypted file and the same file decrypted by hand are one file.
QString sha256OfSource(const QString &key, const GnuPGOptions &gnupg, QString *error,
                       const std::atomic_bool *cancel = nullptr);

} // namespace EdxLoader
