#include "credentials.h"

#include "mongostore.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>

#ifdef EDXLOADER_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace EdxLoader::Credentials {

namespace {

const QString kService = QStringLiteral("EdxLoader MongoDB");

QMutex &sessionMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QString> &session()
{
    static QHash<QString, QString> s;
    return s;
}

#ifdef EDXLOADER_HAVE_KEYCHAIN
// Runs a keychain job to its end (the secret store answers over D-Bus in well under a second;
// after 5 s it is taken as absent).
bool runJob(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}
#endif

} // namespace

bool keychainAvailable()
{
#ifdef EDXLOADER_HAVE_KEYCHAIN
    return QKeychain::isAvailable();
#else
    return false;
#endif
}

QString keyFor(const QString &uri)
{
    const MongoTarget t = parseMongoTarget(uri);
    return t.username + QLatin1Char('@') + t.hosts;
}

QString load(const QString &key)
{
    {
        QMutexLocker lock(&sessionMutex());
        const QString kept = session().value(key);
        if (!kept.isEmpty())
            return kept;
    }
#ifdef EDXLOADER_HAVE_KEYCHAIN
    if (!keychainAvailable())
        return {};
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (runJob(job, nullptr) && !job.textData().isEmpty()) {
        QMutexLocker lock(&sessionMutex());
        session().insert(key, job.textData());
        return job.textData();
    }
#endif
    return {};
}

bool store(const QString &key, const QString &password, bool remember, QString *error)
{
    {
        QMutexLocker lock(&sessionMutex());
        session().insert(key, password);
    }
    if (!remember)
        return true;
#ifdef EDXLOADER_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    return runJob(job, error);
#else
    if (error)
        *error = QStringLiteral("QtKeychain is not available");
    return false;
#endif
}

} // namespace EdxLoader::Credentials
