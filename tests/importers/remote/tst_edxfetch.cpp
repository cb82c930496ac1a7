// Download from edX (issue 19) against a real S3 implementation: Debian's moto server, started
// here, laid out as edX's buckets — an encrypted demo package as {org}-{date}.zip in course-data,
// its encrypted daily logs under {org}/{site}/events/{year}/ in edx-course-data — and checking
// every request's signature once set up. Listing and date filter, download, skip of complete
// files, resume of a .part, paging over 1 000 keys, wrong keys, an unreachable endpoint, keys that
// would leave the folder, and the downloaded files importing exactly like the same files on disk.
#include "edxfetch.h"
#include "demogenerator.h"
#include "embeddedstore.h"
#include "importjob.h"
#include "motoserver.h"
#include "storetesting.h"
#include "throwawaygnupg.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtConcurrent>

#include <csignal>
#include <sys/resource.h>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every collection of the store with its number of documents.
QMap<QString, qint64> storeCounts(DocumentStore &store)
{
    QMap<QString, qint64> counts;
    for (const QString &database : store.databases().value())
        for (const QString &collection : store.collections(database).value())
            counts.insert(database + QLatin1Char('.') + collection, store.count(database, collection, {}).value());
    return counts;
}

} // namespace

class TestEdxFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsWhatEdxHasWithDates();
    void downloadsSkipsAndResumes();
    void aConnectionCutMidFileResumes();
    void aFullDiskKeepsNothing();
    void pagesOfMoreThanAThousandKeys();
    void wrongKeysSayWhich();
    void unreachableEndpointFailsFast();
    void keysThatWouldEscapeAreRefused();
    void downloadedFilesImportLikeTheOriginals();
    void commandLine();

private:
    S3Config config() const;
    std::unique_ptr<MotoServer> m_moto;
    std::unique_ptr<ThrowawayGnuPG> m_gpg;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keyId, m_secret, m_deniedKeyId, m_deniedSecret;
    DemoResult m_demo;
    QHash<QString, QByteArray> m_uploaded; // bucket/key → content
    const QString m_user = QStringLiteral("czar@example.org");
};

S3Config TestEdxFetch::config() const
{
    S3Config c;
    c.endpoint = m_moto->endpoint();
    c.accessKeyId = m_keyId;
    c.secretAccessKey = m_secret;
    return c;
}

void TestEdxFetch::initTestCase()
{
    if (MotoServer::program().isEmpty())
        QSKIP("moto_server is not installed: the download tests need Debian's python3-moto (tools/dev installs it)");
    if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
        QSKIP("gpg is not installed: edX's files are encrypted (package gnupg)");
    m_moto = std::make_unique<MotoServer>();
    QString why;
    QVERIFY2(m_moto->start(&why), qPrintable(why));
    QVERIFY2(m_moto->createUser(QStringLiteral("czar"), true, &m_keyId, &m_secret, &why), qPrintable(why));
    QVERIFY2(m_moto->createUser(QStringLiteral("stranger"), false, &m_deniedKeyId, &m_deniedSecret, &why), qPrintable(why));

    // edX's delivery of a demo organisation: the package zip of .gpg files, the .log.gz.gpg logs.
    m_gpg = std::make_unique<ThrowawayGnuPG>();
    QVERIFY(m_gpg->addKey(m_user));
    m_dir = std::make_unique<QTemporaryDir>();
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("edx"));
    p.courses = 2;
    p.days = 3;
    p.eventsPerDay = 1500;
    p.encryptTo = m_user;
    p.gnupg = m_gpg->options();
    m_demo = DemoGenerator(p).run();
    QVERIFY2(m_demo.ok, qPrintable(m_demo.error));

    const S3Client s3(config());
    for (const char *bucket : {"course-data", "edx-course-data"}) {
        const Status made = s3.createBucket(QString::fromLatin1(bucket));
        QVERIFY2(made, qPrintable(made.error()));
    }
    const auto upload = [&](const QString &bucket, const QString &key, const QByteArray &data) {
        const Status put = s3.put(bucket, key, data);
        QVERIFY2(put, qPrintable(put.error()));
        m_uploaded.insert(bucket + QLatin1Char('/') + key, data);
    };
    upload(QStringLiteral("course-data"), QFileInfo(m_demo.packageDir).fileName(), readAll(m_demo.packageDir));
    // An older package, and another organisation's (not listed for demox).
    upload(QStringLiteral("course-data"), QStringLiteral("demox-2016-02-21.zip"), "an older package");
    upload(QStringLiteral("course-data"), QStringLiteral("otherx-2016-03-03.zip"), "not ours");
    for (const QFileInfo &log : QDir(m_demo.eventsDir).entryInfoList(QDir::Files))
        upload(QStringLiteral("edx-course-data"), QStringLiteral("demox/edx/events/2016/") + log.fileName(), readAll(log.filePath()));
    upload(QStringLiteral("edx-course-data"), QStringLiteral("demox/edge/events/2016/demox-edge-events-2016-03-01.log.gz.gpg"), "edge");
    upload(QStringLiteral("edx-course-data"), QStringLiteral("demox/edx/events/2016/README.txt"), "not a log");
    // A key that would leave the download folder (moto keeps a backslash, not a ".." segment; and
    // checks the signature of such a path its own way: put while it checks nothing).
    upload(QStringLiteral("edx-course-data"), QStringLiteral("escapex/edx/events/2016/..\\..\\escapex-edx-events-2016-03-01.log.gz.gpg"),
           "outside");
    QVERIFY2(m_moto->enableAuth(&why), qPrintable(why));
}

void TestEdxFetch::cleanupTestCase()
{
    m_moto.reset();
    m_gpg.reset();
}

void TestEdxFetch::listsWhatEdxHasWithDates()
{
    const S3Client s3(config());
    FetchOptions o;
    o.org = QStringLiteral("DemoX"); // (edX's names are lower case)
    const Result<RemoteListing> all = EdxFetch::list(s3, o);
    QVERIFY2(all, qPrintable(all.error()));
    QStringList names;
    for (const RemoteFile &f : all->files)
        names << f.relativePath;
    QCOMPARE(names, (QStringList{QStringLiteral("demox-2016-02-21.zip"),
                                 QStringLiteral("events/edx/2016/demox-edx-events-2016-03-01.log.gz.gpg"),
                                 QStringLiteral("events/edx/2016/demox-edx-events-2016-03-02.log.gz.gpg"),
                                 QStringLiteral("events/edx/2016/demox-edx-events-2016-03-03.log.gz.gpg"),
                                 QStringLiteral("demox-2016-03-04.zip")}));
    QCOMPARE(QFileInfo(m_demo.packageDir).fileName(), QStringLiteral("demox-2016-03-04.zip"));
    QCOMPARE(all->ignored, 1); // README.txt
    QCOMPARE(all->lookedAt, (QStringList{QStringLiteral("course-data/demox-"), QStringLiteral("edx-course-data/demox/edx/events/")}));
    const RemoteFile &package = all->files.last();
    QCOMPARE(package.object.size, m_uploaded.value(QStringLiteral("course-data/demox-2016-03-04.zip")).size());
    QCOMPARE(package.date, QDate(2016, 3, 4));

    // Dates (both included), what, and sites.
    o.since = QDate(2016, 3, 2);
    o.until = QDate(2016, 3, 2);
    const Result<RemoteListing> day = EdxFetch::list(s3, o);
    QVERIFY2(day, qPrintable(day.error()));
    QCOMPARE(day->files.size(), 1);
    QCOMPARE(day->files.first().date, QDate(2016, 3, 2));
    o.since = {};
    o.until = {};
    o.logs = false;
    QCOMPARE(EdxFetch::list(s3, o)->files.size(), 2);
    o.logs = true;
    o.packages = false;
    o.sites = {QStringLiteral("edx"), QStringLiteral("edge")};
    const Result<RemoteListing> sites = EdxFetch::list(s3, o);
    QCOMPARE(sites->files.size(), 4);
    QCOMPARE(sites->files.at(0).relativePath, QStringLiteral("events/edge/2016/demox-edge-events-2016-03-01.log.gz.gpg"));

    // An organisation with nothing there: an empty listing, and where it looked.
    o.org = QStringLiteral("nobodyx");
    const Result<RemoteListing> none = EdxFetch::list(s3, o);
    QVERIFY(none && none->files.isEmpty());
    QVERIFY(none->lookedAt.contains(QStringLiteral("edx-course-data/nobodyx/edge/events/")));
}

void TestEdxFetch::downloadsSkipsAndResumes()
{
    const S3Client s3(config());
    FetchOptions o;
    o.org = QStringLiteral("demox");
    const Result<RemoteListing> listing = EdxFetch::list(s3, o);
    QVERIFY2(listing, qPrintable(listing.error()));
    QTemporaryDir folder;
    QList<EdxFetch::Progress> seen;
    const QList<EdxFetch::Outcome> first =
        EdxFetch::download(s3, listing->files, folder.path(), [&](const EdxFetch::Progress &p) { seen << p; });
    QCOMPARE(first.size(), listing->files.size());
    qint64 total = 0;
    for (const EdxFetch::Outcome &out : first) {
        QVERIFY2(out.status == EdxFetch::Outcome::Status::Downloaded, qPrintable(out.reason));
        const QString path = folder.filePath(out.file.relativePath);
        QCOMPARE(readAll(path), m_uploaded.value(out.file.bucket + QLatin1Char('/') + out.file.object.key));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QCOMPARE(EdxFetch::state(out.file, folder.path()), EdxFetch::State::Downloaded);
        total += out.file.object.size;
    }
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().done, total);
    QCOMPARE(seen.last().total, total);

    // Again: nothing is downloaded.
    const QList<EdxFetch::Outcome> second = EdxFetch::download(s3, listing->files, folder.path());
    for (const EdxFetch::Outcome &out : second) {
        QCOMPARE(out.status, EdxFetch::Outcome::Status::AlreadyPresent);
        QCOMPARE(out.bytes, 0);
    }

    // A download cut after its first bytes keeps them in NAME.part; the next one asks for the
    // rest only (a range request) and the file comes out whole.
    const RemoteFile package = listing->files.last();
    const QString path = folder.filePath(package.relativePath);
    QVERIFY(QFile::remove(path));
    std::atomic_bool cut = false;
    const Result<S3Client::Downloaded> stopped = s3.download(package.bucket, package.object, path,
                                                             [&](qint64 done, qint64) { cut = done > 0; }, &cut);
    QVERIFY(!stopped);
    QVERIFY(!QFile::exists(path));
    const qint64 kept = QFileInfo(path + QStringLiteral(".part")).size();
    QVERIFY2(kept > 0 && kept < package.object.size, qPrintable(QString::number(kept)));
    QCOMPARE(EdxFetch::state(package, folder.path()), EdxFetch::State::Partial);
    const QList<EdxFetch::Outcome> resumed = EdxFetch::download(s3, {package}, folder.path());
    QCOMPARE(resumed.first().status, EdxFetch::Outcome::Status::Downloaded);
    QCOMPARE(resumed.first().resumedFrom, kept);
    QCOMPARE(resumed.first().bytes, package.object.size - kept);
    QCOMPARE(readAll(path), m_uploaded.value(QStringLiteral("course-data/") + package.object.key));

    // A .part of this version whose bytes are not the object's fails the checksum: deleted,
    // said so.
    QFile bad(path + QStringLiteral(".part"));
    QVERIFY(QFile::remove(path));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(int(kept), 'x'));
    bad.close();
    QFile tag(path + QStringLiteral(".part.etag"));
    QVERIFY(tag.open(QIODevice::WriteOnly));
    tag.write(package.object.etag.toUtf8());
    tag.close();
    const QList<EdxFetch::Outcome> corrupt = EdxFetch::download(s3, {package}, folder.path());
    QCOMPARE(corrupt.first().status, EdxFetch::Outcome::Status::Failed);
    QVERIFY2(corrupt.first().reason.contains(QLatin1String("MD5")), qPrintable(corrupt.first().reason));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")) && !QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part.etag")));
    QCOMPARE(EdxFetch::download(s3, {package}, folder.path()).first().status, EdxFetch::Outcome::Status::Downloaded);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part.etag")));

    // A .part of another version (edX uploaded the file again since): not continued, downloaded
    // again whole.
    QVERIFY(QFile::remove(path));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(int(kept), 'x'));
    bad.close();
    QVERIFY(tag.open(QIODevice::WriteOnly));
    tag.write("an-older-version");
    tag.close();
    const QList<EdxFetch::Outcome> renewed = EdxFetch::download(s3, {package}, folder.path());
    QCOMPARE(renewed.first().status, EdxFetch::Outcome::Status::Downloaded);
    QCOMPARE(renewed.first().resumedFrom, 0);
    QCOMPARE(readAll(path), m_uploaded.value(QStringLiteral("course-data/") + package.object.key));

    // Uploaded again between the listing and the download: refused by the server (If-Match),
    // said so, nothing kept.
    const QString key = QStringLiteral("stalex/edx/events/2016/stalex-edx-events-2016-03-09.log.gz.gpg");
    QVERIFY(s3.put(QStringLiteral("edx-course-data"), key, "first version"));
    FetchOptions day;
    day.org = QStringLiteral("stalex");
    day.packages = false;
    const Result<RemoteListing> stale = EdxFetch::list(s3, day);
    QVERIFY2(stale && stale->files.size() == 1, qPrintable(stale.error()));
    QVERIFY(s3.put(QStringLiteral("edx-course-data"), key, "the second version, longer"));
    const QList<EdxFetch::Outcome> changed = EdxFetch::download(s3, stale->files, folder.path());
    QCOMPARE(changed.first().status, EdxFetch::Outcome::Status::Failed);
    QVERIFY2(changed.first().reason.contains(QLatin1String("changed at edX")), qPrintable(changed.first().reason));
    const QString changedPath = folder.filePath(stale->files.first().relativePath);
    QVERIFY(!QFile::exists(changedPath) && !QFile::exists(changedPath + QStringLiteral(".part")));
}

// A real cut: a relay between EdxLoader and the server that closes both connections once a
// given number of bytes of the answer went through.
class CuttingRelay : public QObject
{
public:
    CuttingRelay(quint16 serverPort, qint64 cutAfter)
        : m_serverPort(serverPort)
        , m_cutAfter(cutAfter)
    {
        m_listener.listen(QHostAddress::LocalHost);
        QObject::connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *client = m_listener.nextPendingConnection();
            auto *server = new QTcpSocket(client);
            server->connectToHost(QHostAddress::LocalHost, m_serverPort);
            QObject::connect(client, &QTcpSocket::readyRead, server, [client, server] { server->write(client->readAll()); });
            QObject::connect(server, &QTcpSocket::readyRead, client, [this, client, server] {
                const QByteArray data = server->readAll();
                const qint64 room = m_cutAfter - m_passed;
                client->write(data.left(std::max<qint64>(0, room)));
                m_passed += std::min<qint64>(data.size(), std::max<qint64>(0, room));
                if (m_passed >= m_cutAfter) {
                    client->flush();
                    client->abort();
                }
            });
        });
    }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()); }

private:
    QTcpServer m_listener;
    quint16 m_serverPort;
    qint64 m_cutAfter;
    qint64 m_passed = 0;
};

void TestEdxFetch::aConnectionCutMidFileResumes()
{
    FetchOptions o;
    o.org = QStringLiteral("demox");
    o.logs = false;
    const Result<RemoteListing> listing = EdxFetch::list(S3Client(config()), o);
    QVERIFY2(listing, qPrintable(listing.error()));
    const RemoteFile package = listing->files.last();
    QVERIFY(package.object.size > 40000);
    QTemporaryDir folder;
    const QString path = folder.filePath(package.relativePath);

    // The answer cut 30 000 bytes in (headers included): the file fails, its .part stays.
    CuttingRelay relay(m_moto->port(), 30000);
    S3Config through = config();
    through.endpoint = relay.endpoint();
    QFuture<QList<EdxFetch::Outcome>> cut =
        QtConcurrent::run([&] { return EdxFetch::download(S3Client(through), {package}, folder.path()); });
    QTRY_VERIFY_WITH_TIMEOUT(cut.isFinished(), 30000);
    const EdxFetch::Outcome outcome = cut.result().first();
    QCOMPARE(outcome.status, EdxFetch::Outcome::Status::Failed);
    QVERIFY2(outcome.reason.contains(QLatin1String("next download goes on from there")), qPrintable(outcome.reason));
    QVERIFY(!QFileInfo::exists(path));
    const qint64 kept = QFileInfo(path + QStringLiteral(".part")).size();
    QVERIFY2(kept > 0 && kept < 30000, qPrintable(QString::number(kept)));

    // The next run asks for the rest only.
    const QList<EdxFetch::Outcome> resumed = EdxFetch::download(S3Client(config()), {package}, folder.path());
    QCOMPARE(resumed.first().status, EdxFetch::Outcome::Status::Downloaded);
    QCOMPARE(resumed.first().resumedFrom, kept);
    QCOMPARE(readAll(path), m_uploaded.value(QStringLiteral("course-data/") + package.object.key));
}

void TestEdxFetch::aFullDiskKeepsNothing()
{
    // The file size limit (RLIMIT_FSIZE) makes the writes fail as a full disk does (EFBIG).
    FetchOptions o;
    o.org = QStringLiteral("demox");
    o.logs = false;
    const Result<RemoteListing> listing = EdxFetch::list(S3Client(config()), o);
    QVERIFY2(listing, qPrintable(listing.error()));
    const RemoteFile package = listing->files.last();
    QTemporaryDir folder;
    const QString path = folder.filePath(package.relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = 20000;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QList<EdxFetch::Outcome> full = EdxFetch::download(S3Client(config()), {package}, folder.path());
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    QCOMPARE(full.first().status, EdxFetch::Outcome::Status::Failed);
    QVERIFY2(full.first().reason.contains(QLatin1String("Writing")) && full.first().reason.contains(QLatin1String(".part")),
             qPrintable(full.first().reason));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
}

void TestEdxFetch::pagesOfMoreThanAThousandKeys()
{
    const S3Client s3(config());
    const QDate first(2013, 1, 1);
    for (int i = 0; i < 1010; ++i) {
        const QDate day = first.addDays(i);
        const Status put = s3.put(QStringLiteral("edx-course-data"),
                                  QStringLiteral("pagex/edx/events/%1/pagex-edx-events-%2.log.gz.gpg")
                                      .arg(day.year())
                                      .arg(day.toString(Qt::ISODate)),
                                  QByteArray::number(i));
        QVERIFY2(put, qPrintable(QStringLiteral("key %1: %2").arg(i).arg(put.error())));
    }
    FetchOptions o;
    o.org = QStringLiteral("pagex");
    o.packages = false;
    const Result<RemoteListing> listing = EdxFetch::list(s3, o);
    QVERIFY2(listing, qPrintable(listing.error()));
    QCOMPARE(listing->files.size(), 1010);
    QCOMPARE(listing->files.first().date, first);
    QCOMPARE(listing->files.last().date, first.addDays(1009));
    QCOMPARE(listing->files.last().relativePath, QStringLiteral("events/edx/2015/pagex-edx-events-2015-10-07.log.gz.gpg"));
}

void TestEdxFetch::wrongKeysSayWhich()
{
    FetchOptions o;
    o.org = QStringLiteral("demox");
    S3Config wrongSecret = config();
    wrongSecret.secretAccessKey = QStringLiteral("not-the-secret");
    const Result<RemoteListing> a = EdxFetch::list(S3Client(wrongSecret), o);
    QVERIFY(!a);
    QVERIFY2(a.error().contains(QLatin1String("SignatureDoesNotMatch")) && a.error().contains(QLatin1String("secret")), qPrintable(a.error()));
    S3Config wrongId = config();
    wrongId.accessKeyId = QStringLiteral("AKIANOTAKEY000000000");
    const Result<RemoteListing> b = EdxFetch::list(S3Client(wrongId), o);
    QVERIFY(!b);
    QVERIFY2(b.error().contains(QLatin1String("InvalidAccessKeyId")) && b.error().contains(QLatin1String("key id")), qPrintable(b.error()));
    S3Config denied = config();
    denied.accessKeyId = m_deniedKeyId;
    denied.secretAccessKey = m_deniedSecret;
    const Result<RemoteListing> c = EdxFetch::list(S3Client(denied), o);
    QVERIFY(!c);
    QVERIFY2(c.error().contains(QLatin1String("AccessDenied")), qPrintable(c.error()));
}

void TestEdxFetch::unreachableEndpointFailsFast()
{
    // A port nobody listens on: said at once, naming the server (an address that does not
    // answer at all is given up after S3Config::connectTimeoutSeconds, 8 s).
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    FetchOptions o;
    o.org = QStringLiteral("demox");
    for (const QString &endpoint : {QStringLiteral("http://127.0.0.1:%1").arg(port)}) {
        S3Config c = config();
        c.endpoint = endpoint;
        QElapsedTimer clock;
        clock.start();
        const Result<RemoteListing> listed = EdxFetch::list(S3Client(c), o);
        QVERIFY(!listed);
        QVERIFY2(clock.elapsed() < 12000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(listed.error().contains(QUrl(endpoint).host()) && listed.error().contains(QLatin1String("cannot be reached")),
                 qPrintable(listed.error()));
    }
}

void TestEdxFetch::keysThatWouldEscapeAreRefused()
{
    // S3 keys are any text: those that would leave the folder are refused, even when the rest
    // of the name is an edX log's.
    for (const char *key : {"escapex/edx/events/2016/../../../../../escapex-edx-events-2016-03-01.log.gz.gpg",
                            "/etc/escapex-edx-events-2016-03-01.log.gz.gpg", "escapex/./edx/events/2016/x.log.gz.gpg",
                            "escapex/edx/events/2016/..\\..\\escapex-edx-events-2016-03-01.log.gz.gpg", ".."})
        QVERIFY2(EdxFetch::wouldEscape(QString::fromLatin1(key)), key);
    for (const char *key : {"escapex/edx/events/2016/escapex-edx-events-2016-03-01.log.gz.gpg", "escapex-2016-03-06.zip",
                            "a..b/c...d"})
        QVERIFY2(!EdxFetch::wouldEscape(QString::fromLatin1(key)), key);

    // One in the bucket (put there by initTestCase): listed as refused.
    const S3Client s3(config());
    FetchOptions o;
    o.org = QStringLiteral("escapex");
    o.packages = false;
    const Result<RemoteListing> listing = EdxFetch::list(s3, o);
    QVERIFY2(listing, qPrintable(listing.error()));
    QVERIFY(listing->files.isEmpty());
    QCOMPARE(listing->refused.size(), 1);
    QVERIFY2(listing->refused.first().contains(QLatin1String("outside the download folder")), qPrintable(listing->refused.first()));
}

void TestEdxFetch::downloadedFilesImportLikeTheOriginals()
{
    const S3Client s3(config());
    FetchOptions o;
    o.org = QStringLiteral("demox");
    o.since = QDate(2016, 3, 1); // (not the older package, which is not a zip)
    const Result<RemoteListing> listing = EdxFetch::list(s3, o);
    QVERIFY2(listing, qPrintable(listing.error()));
    QTemporaryDir folder;
    for (const EdxFetch::Outcome &out : EdxFetch::download(s3, listing->files, folder.path()))
        QVERIFY2(out.status == EdxFetch::Outcome::Status::Downloaded, qPrintable(out.reason));
    ImportOptions options;
    options.gnupg = m_gpg->options();
    const auto importInto = [&](const QString &storeDir, const QStringList &paths) {
        EmbeddedStore store(storeDir);
        ImportJob job(store, options);
        for (const ImportTask &t : planImport(paths, {}))
            job.run(t);
        return storeCounts(store);
    };
    const auto fromS3 = importInto(m_dir->filePath(QStringLiteral("store-s3")), {folder.path()});
    const auto fromDisk = importInto(m_dir->filePath(QStringLiteral("store-disk")), {m_demo.packageDir, m_demo.eventsDir});
    QVERIFY(fromDisk.size() > 10);
    QCOMPARE(fromS3, fromDisk);

    // The ledgers of the store imported from the folder say every file was imported; those of
    // the store imported from the original files say the logs were (by name), not the package
    // (another path).
    for (const auto &[storeDir, packageImported] : {std::pair{QStringLiteral("store-s3"), true}, std::pair{QStringLiteral("store-disk"), false}}) {
        EmbeddedStore store(m_dir->filePath(storeDir));
        const Result<EdxFetch::ImportedFiles> imported = EdxFetch::importedFiles(store);
        QVERIFY2(imported, qPrintable(imported.error()));
        for (const RemoteFile &f : listing->files) {
            const bool expected = f.kind == RemoteFile::Kind::Log || packageImported;
            QCOMPARE(EdxFetch::state(f, folder.path(), *imported),
                     expected ? EdxFetch::State::Imported : EdxFetch::State::Downloaded);
        }
    }
}

// edxloader-cli fetch as a nightly job runs it: keys from the environment or ~/.aws/credentials,
// --list writing nothing, a download, a second run downloading nothing, a cut download resumed,
// wrong keys and an empty organisation (exit 2), then import of the folder as it is.
void TestEdxFetch::commandLine()
{
    QTemporaryDir work;
    const auto run = [&](const QStringList &args, const QHash<QString, QString> &env) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), work.filePath(QStringLiteral("credentials")));
        e.insert(QStringLiteral("EDXLOADER_LANGUAGE"), QStringLiteral("en"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(work.path());
        p.start(QStringLiteral(EDXLOADER_CLI), args);
        p.waitForFinished(120000);
        return std::tuple{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    const QHash<QString, QString> keys{{QStringLiteral("AWS_ACCESS_KEY_ID"), m_keyId}, {QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_secret}};
    const QStringList common{QStringLiteral("fetch"), QStringLiteral("--org"), QStringLiteral("demox"), QStringLiteral("--endpoint"),
                             m_moto->endpoint(), QStringLiteral("--since"), QStringLiteral("2016-03-01")};
    const QString folder = work.filePath(QStringLiteral("edx"));

    // --list: what is there, nothing written.
    auto [code, out, err] = run(common + QStringList{QStringLiteral("--list"), folder}, keys);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("new") && out.contains("demox-2016-03-04.zip") && out.contains("4 to download"), out.constData());
    QVERIFY(!QFileInfo::exists(folder));

    // Download, then again: nothing more.
    std::tie(code, out, err) = run(common + QStringList{QStringLiteral("--json"), folder}, keys);
    QCOMPARE(code, 0);
    QJsonObject summary = QJsonDocument::fromJson(out).object();
    QCOMPARE(summary.value(QLatin1String("downloaded")).toArray().size(), 4);
    QVERIFY(summary.value(QLatin1String("bytes")).toInteger() > 0);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/demox-2016-03-04.zip")));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/events/edx/2016/demox-edx-events-2016-03-02.log.gz.gpg")));
    std::tie(code, out, err) = run(common + QStringList{QStringLiteral("--json"), folder}, keys);
    QCOMPARE(code, 0);
    summary = QJsonDocument::fromJson(out).object();
    QCOMPARE(summary.value(QLatin1String("downloaded")).toArray().size(), 0);
    QCOMPARE(summary.value(QLatin1String("already_present")).toArray().size(), 4);
    QCOMPARE(summary.value(QLatin1String("bytes")).toInteger(), 0);

    // A download cut half-way (its .part left): the next run goes on from there.
    const QString log = folder + QStringLiteral("/events/edx/2016/demox-edx-events-2016-03-02.log.gz.gpg");
    const QByteArray whole = readAll(log);
    QVERIFY(QFile::remove(log));
    QFile part(log + QStringLiteral(".part"));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(whole.left(whole.size() / 2));
    part.close();
    QFile partTag(log + QStringLiteral(".part.etag")); // (the version the part holds: its MD5)
    QVERIFY(partTag.open(QIODevice::WriteOnly));
    partTag.write(QCryptographicHash::hash(whole, QCryptographicHash::Md5).toHex());
    partTag.close();
    std::tie(code, out, err) = run(common + QStringList{folder}, keys);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("resumed after") && out.contains("1 downloaded"), out.constData());
    QCOMPARE(readAll(log), whole);

    // The keys from a profile of the credentials file.
    QFile credentials(work.filePath(QStringLiteral("credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[default]\naws_access_key_id = AKIAWRONG\naws_secret_access_key = wrong\n\n[edx]\naws_access_key_id = "
                      + m_keyId.toUtf8() + "\naws_secret_access_key = " + m_secret.toUtf8() + "\n");
    credentials.close();
    std::tie(code, out, err) = run(common + QStringList{QStringLiteral("--profile"), QStringLiteral("edx"), QStringLiteral("--list"), folder}, {});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("0 to download"), out.constData());
    // ([default] holds a wrong key: exit 2, which key, nothing downloaded.)
    std::tie(code, out, err) = run(common + QStringList{folder}, {});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("InvalidAccessKeyId") && err.contains("Nothing was downloaded"), err.constData());
    std::tie(code, out, err) = run(common + QStringList{folder},
                                   {{QStringLiteral("AWS_ACCESS_KEY_ID"), m_keyId}, {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("wrong")}});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("SignatureDoesNotMatch") && err.contains("secret"), err.constData());

    // An organisation with nothing there: where it looked.
    std::tie(code, out, err) = run({QStringLiteral("fetch"), QStringLiteral("--org"), QStringLiteral("nobodyx"), QStringLiteral("--endpoint"),
                                    m_moto->endpoint(), folder},
                                   keys);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("course-data/nobodyx-") && err.contains("edx-course-data/nobodyx/edx/events/"), err.constData());
    // Usage.
    std::tie(code, out, err) = run({QStringLiteral("fetch"), folder}, keys);
    QCOMPARE(code, 3);
    QVERIFY2(err.contains("--org"), err.constData());

    // The folder imports as it is.
    std::tie(code, out, err) = run({QStringLiteral("import"), QStringLiteral("--target"), QStringLiteral("sqlite:") + work.filePath(QStringLiteral("store")),
                                    QStringLiteral("--gnupg-home"), m_gpg->home(), folder},
                                   {});
    QVERIFY2(code == 0 || code == 1, err.constData());
    QVERIFY2(!out.contains("Unrecognised") && out.contains("demox-edx-events-2016-03-02.log.gz.gpg  → tracking_logs.tracking"),
             out.constData());
}

QTEST_GUILESS_MAIN(TestEdxFetch)
#include "tst_edxfetch.moc"
