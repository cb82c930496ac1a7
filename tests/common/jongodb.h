#pragma once
// jongodb for one test executable (issue 17): a MongoDB wire-protocol server — not MongoDB —
// that tools/dev installs from the npm registry and names with EDXLOADER_JONGODB. Started on a
// free port, in memory: stopping it (or restart()) forgets everything, which is how its tests
// clean up (it has no dropDatabase). It lacks listDatabases, listCollections, create, drop,
// dropDatabase, renameCollection and $pull, and treats ordered:false as ordered: the tests that
// need those say so and skip.
#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace EdxLoader::Testing {

class JongodbServer
{
public:
    // The reason a test skips when jongodb is not there (a fixed text: ctest matches it).
    static QString notInstalled()
    {
        // tools/dev says why it could not install it (no npm, the registry did not answer, …).
        const QString why = qEnvironmentVariable("EDXLOADER_JONGODB_MISSING");
        return QStringLiteral("jongodb is not installed (tools/dev installs it from the npm registry and sets "
                              "EDXLOADER_JONGODB)")
               + (why.isEmpty() ? QString() : QStringLiteral(": ") + why);
    }
    static bool installed() { return !qEnvironmentVariable("EDXLOADER_JONGODB").isEmpty(); }

    ~JongodbServer() { stop(); }

    // Starts a new, empty server; false (error()) when it did not start.
    bool start()
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(qEnvironmentVariable("EDXLOADER_JONGODB"),
                         {QStringLiteral("--host=127.0.0.1"), QStringLiteral("--port=0")});
        static const QRegularExpression announced(QStringLiteral("JONGODB_URI=(mongodb://[^/\\s]+)"));
        QByteArray said;
        while (m_process->waitForReadyRead(10000)) {
            said += m_process->readAll();
            if (const auto m = announced.match(QString::fromUtf8(said)); m.hasMatch()) {
                m_uri = m.captured(1) + QLatin1Char('/');
                return true;
            }
        }
        m_error = QStringLiteral("jongodb did not start: %1").arg(QString::fromUtf8(said.left(500)));
        stop();
        return false;
    }
    void stop()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }
    QString uri() const { return m_uri; } // "mongodb://127.0.0.1:PORT/"
    QString error() const { return m_error; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_uri;
    QString m_error;
};

} // namespace EdxLoader::Testing
