#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace EdxLoader {

// Hashing through QCA (ARCHITECTURE.md §3: QCA is the project's hashing toolkit).
bool hashingAvailable(QString *why);
// RIPEMD-160 (QCA, qca-ossl) as 40 lower-case hex digits; empty when the plugin is missing.
QByteArray ripemd160Hex(QByteArrayView data);
// Every QCA algorithm the application needs (SHA-256, RIPEMD-160): false with the package to install.
bool cryptoAvailable(QString *why);

// SHA-256 fed chunk by chunk (QCA, taking turns with other threads for each chunk).
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    bool valid(QString *why) const;
    void update(const char *data, qint64 size);
    QString final(); // hex

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EdxLoader
