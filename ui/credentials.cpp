#include "credentials.h"

#include "storefactory.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>

#include <memory>

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
struct JobResult
{
    bool finished = false;
    bool ok = false;
    QString error;
    QString text;
};

// Runs a keychain job to its end, waiting at most 5 s (the secret store answers over D-Bus in well
// under a second; a keyring waiting for its unlock prompt is taken as unavailable). The job lives
// on the heap and deletes itself when it finishes, even after we stopped waiting: the backend
// still holds it until then.
JobResult runJob(QKeychain::Job *job)
{
    auto result = std::make_shared<JobResult>();
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [result, &loop](QKeychain::Job *done) {
        result->finished = true;
        result->ok = done->error() == QKeychain::NoError;
        result->error = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            result->text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    loop.exec();
    QObject::disconnect(job, nullptr, &loop, nullptr); // (when it finishes later: nothing to tell)
    if (!result->finished) {
        result->ok = false;
        result->error = QStringLiteral("the system keychain did not answer within 5 s");
    }
    return *result;
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
    const MongoTarget t = StoreTarget::parse(uri).mongo;
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
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    const JobResult r = runJob(job);
    if (r.ok && !r.text.isEmpty()) {
        QMutexLocker lock(&sessionMutex());
        session().insert(key, r.text);
        return r.text;
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
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(password);
    const JobResult r = runJob(job);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
#else
    if (error)
        *error = QStringLiteral("QtKeychain is not available");
    return false;
#endif
}

} // namespace EdxLoader::Credentials

namespace EdxLoader::Credentials {

bool forget(const QString &key, QString *error)
{
#ifdef EDXLOADER_HAVE_KEYCHAIN
    if (!keychainAvailable())
        return true;
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    const JobResult r = runJob(job);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
#else
    Q_UNUSED(key);
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace EdxLoader::Credentials
