#pragma once

// A throwaway GnuPG home with keys made at test time (gpg must be installed; tests skip with a
// reason otherwise).
#include "gnupg.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace EdxLoader::Testing {

// A GnuPG home of its own, under /tmp (gpg-agent's socket path must stay short), with the agent
// stopped at the end.
class ThrowawayGnuPG
{
public:
    ThrowawayGnuPG()
        : m_dir(QStringLiteral("/tmp/edxloader-gpg-XXXXXX"))
    {
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    ~ThrowawayGnuPG()
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("all")});
        p.waitForFinished(10000);
    }
    QString home() const { return m_dir.path(); }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("GNUPGHOME"), home());
        return e;
    }
    bool gpg(const QStringList &args, QByteArray *output = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral("gpg"), QStringList{QStringLiteral("--batch"), QStringLiteral("--quiet")} + args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("gpg %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
            return false;
        }
        if (output)
            *output = p.readAllStandardOutput();
        return true;
    }
    // A key (ed25519 + cv25519 encryption subkey) for this user id; passphrase empty: none.
    bool addKey(const QString &userId, const QString &passphrase = {}) const
    {
        return gpg({QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--passphrase"),
                    passphrase, QStringLiteral("--quick-gen-key"), userId, QStringLiteral("default"),
                    QStringLiteral("default"), QStringLiteral("never")});
    }
    GnuPGOptions options() const { return {home(), {}}; }

private:
    QTemporaryDir m_dir;
};

inline bool gpgInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty();
}


} // namespace EdxLoader::Testing
