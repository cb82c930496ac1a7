#pragma once

// A real S3 implementation for the download tests: Debian's moto server (python3-moto, installed
// by tools/dev) started on a free port, with IAM users made while it accepts anything, then
// checking every request's signature and the users' policies (moto's /moto-api/reset-auth).
// The IAM set-up requests are signed by libcurl too (moto reads the service from the signature).
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <QXmlStreamReader>

#include <curl/curl.h>

namespace EdxLoader::Testing {

class MotoServer
{
public:
    ~MotoServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("moto_server")); }

    bool start(QString *why)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            *why = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        // Its log goes to a file: a pipe nobody reads would fill and stop the server.
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_log.filePath(QStringLiteral("moto.log")));
        // Through tests/common/moto_server.py: moto with the query of a signed request read as
        // AWS reads it (see there).
        m_process.start(QStringLiteral("python3"), {QStringLiteral(EDXLOADER_MOTO_SCRIPT), QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port)});
        if (!m_process.waitForStarted(10000)) {
            *why = m_process.errorString();
            return false;
        }
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(100);
        }
        QFile log(m_log.filePath(QStringLiteral("moto.log")));
        *why = QStringLiteral("moto_server did not answer: ") + QString::fromLocal8Bit(log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray());
        return false;
    }

    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

    // An IAM user with an access key; allowed everything on S3 when allowS3.
    bool createUser(const QString &name, bool allowS3, QString *keyId, QString *secret, QString *why)
    {
        QByteArray answer;
        if (!iam("Action=CreateUser&UserName=" + name.toUtf8(), &answer, why)
            || !iam("Action=CreateAccessKey&UserName=" + name.toUtf8(), &answer, why))
            return false;
        QXmlStreamReader xml(answer);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("AccessKeyId"))
                *keyId = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("SecretAccessKey"))
                *secret = xml.readElementText();
        }
        if (keyId->isEmpty() || secret->isEmpty()) {
            *why = QStringLiteral("no access key in ") + QString::fromUtf8(answer);
            return false;
        }
        if (!allowS3)
            return true;
        const QByteArray policy = QUrl::toPercentEncoding(
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]})"));
        return iam("Action=PutUserPolicy&UserName=" + name.toUtf8() + "&PolicyName=s3&PolicyDocument=" + policy, &answer, why);
    }

    // From now on every request is authenticated and authorised.
    bool enableAuth(QString *why) { return post("/moto-api/reset-auth", "0", {}, nullptr, why); }

private:
    bool iam(const QByteArray &form, QByteArray *answer, QString *why)
    {
        return post("/", form + "&Version=2010-05-08", "aws:amz:us-east-1:iam", answer, why);
    }

    static size_t collect(char *data, size_t size, size_t count, void *user)
    {
        static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
        return size * count;
    }

    bool post(const QByteArray &path, const QByteArray &body, const QByteArray &sigv4, QByteArray *answer, QString *why)
    {
        QByteArray received;
        CURL *curl = curl_easy_init();
        const QByteArray url = endpoint().toUtf8() + path;
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(body.size()));
        curl_slist *headers = nullptr;
        if (!sigv4.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_AWS_SIGV4, sigv4.constData());
            curl_easy_setopt(curl, CURLOPT_USERPWD, "setup:setup");
        } else { // (moto's own API reads the body as it is, not as a form)
            headers = curl_slist_append(headers, "Content-Type: text/plain");
            curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        }
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
        const CURLcode code = curl_easy_perform(curl);
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_cleanup(curl);
        curl_slist_free_all(headers);
        if (answer)
            *answer = received;
        if (code != CURLE_OK || status != 200) {
            *why = QStringLiteral("%1 → %2 %3: %4").arg(QString::fromUtf8(path)).arg(int(code)).arg(status).arg(QString::fromUtf8(received));
            return false;
        }
        return true;
    }

    QTemporaryDir m_log;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace EdxLoader::Testing
