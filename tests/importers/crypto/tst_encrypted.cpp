// Encrypted and zipped packages, and anonymisation: real GnuPG (a throwaway GNUPGHOME with keys
// made at run time), real zips (KArchive, and Python's zipfile for ZIP64), real imports.
#include "storetesting.h"
#include "anonymizer.h"
#include "demogenerator.h"
#include "embeddedstore.h"
#include "gnupg.h"
#include "importjob.h"
#include "inputscanner.h"
#include "classifier.h"
#include "sourcechain.h"
#include "sourcepath.h"
#include "zippackage.h"
#include "throwawaygnupg.h"
#include "gziptesting.h"

#include <KZip>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

namespace {

// Every document of every collection but the ledgers, keyed "db.collection", without the fields
// that say when the import ran.
QMap<QString, QList<QByteArray>> contents(DocumentStore &store)
{
    QMap<QString, QList<QByteArray>> all;
    for (const QString &db : store.databases().value()) {
        for (const QString &c : store.collections(db).value()) {
            if (c.endsWith(QLatin1String("_imported")))
                continue;
            QList<QByteArray> &docs = all[db + QLatin1Char('.') + c];
            EXPECT_OK(store.find(db, c, {}, {}, [&](const Document &d) {
                QJsonObject o = QJsonDocument::fromJson(d.toRelaxedJson()).object();
                o.remove(QLatin1String("load_date"));
                docs.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
                return true;
            }));
            std::sort(docs.begin(), docs.end());
        }
    }
    return all;
}

QList<FileResult> importAll(DocumentStore &store, const QStringList &paths, const ImportOptions &options)
{
    ImportJob job(store, options);
    QList<FileResult> results;
    for (const ImportTask &t : planImport(paths, options))
        results.append(job.run(t));
    return results;
}

} // namespace

class TestEncrypted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void decryptsLargeStreamsThroughABoundedBuffer();
    void encryptedPackageImportsLikePlaintext();
    void missingKeyWrongPassphraseAndDamage();
    void hostileAndDamagedZips();
    void zip64Members();
    void multiMemberGzipBehindGnuPG();
    void anonScreenNameVectors();
    void anonymisationIsConsistentAcrossCollections();

private:
    std::unique_ptr<ThrowawayGnuPG> m_gpg;
    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_user = QStringLiteral("EdxLoader Test <czar@example.org>");
};

void TestEncrypted::initTestCase()
{
    if (!gpgInstalled())
        QSKIP("gpg is not installed: the encrypted-package tests need GnuPG (package gnupg)");
    QString why;
    QVERIFY2(GnuPG::available(&why), qPrintable(why));
    m_gpg = std::make_unique<ThrowawayGnuPG>();
    QVERIFY(m_gpg->addKey(m_user));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestEncrypted::cleanupTestCase()
{
    m_gpg.reset();
}

void TestEncrypted::decryptsLargeStreamsThroughABoundedBuffer()
{
    // 24 MB of incompressible bytes: many times the device's 1 MB buffer.
    const QString plain = m_dir->filePath(QStringLiteral("large.bin"));
    QByteArray data(24 << 20, Qt::Uninitialized);
    QRandomGenerator rng(7);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    {
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), qint64(data.size()));
    }
    QString error;
    QVERIFY2(GnuPG::encryptFile(plain, plain + QStringLiteral(".gpg"), m_user, m_gpg->options(), &error), qPrintable(error));
    QFile source(plain + QStringLiteral(".gpg"));
    GpgDecryptDevice device(&source, m_gpg->options());
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(device.errorString()));
    QByteArray out;
    char chunk[100000];
    for (qint64 n; (n = device.read(chunk, sizeof chunk)) > 0;) {
        out.append(chunk, n);
        QVERIFY(device.bytesAvailable() <= (1 << 20) + qint64(sizeof chunk));
    }
    QCOMPARE(device.failure(), QString());
    QCOMPARE(out.size(), data.size());
    QVERIFY(out == data);
    QCOMPARE(device.sourcePosition(), source.size());

    // A reader that stops early does not hang GnuPG's thread.
    QFile again(plain + QStringLiteral(".gpg"));
    auto early = std::make_unique<GpgDecryptDevice>(&again, m_gpg->options());
    QVERIFY(early->open(QIODevice::ReadOnly));
    QCOMPARE(early->read(chunk, 10), qint64(10));
    early.reset();
}

void TestEncrypted::encryptedPackageImportsLikePlaintext()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("plain"));
    p.courses = 2;
    p.days = 2;
    p.eventsPerDay = 1500;
    QVERIFY(DemoGenerator(p).run().ok);
    DemoParams e = p;
    e.directory = m_dir->filePath(QStringLiteral("encrypted"));
    e.encryptTo = QStringLiteral("czar@example.org");
    e.gnupg = m_gpg->options();
    const DemoResult encrypted = DemoGenerator(e).run();
    QVERIFY2(encrypted.ok, qPrintable(encrypted.error));

    // Delivered as edX does: a zip of .gpg members, and .log.gz.gpg logs; nothing in clear.
    QVERIFY(encrypted.packageDir.endsWith(QLatin1String(".zip")));
    const ZipListing listing = ZipPackage::list(encrypted.packageDir);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QVERIFY(listing.members.size() > 20);
    for (const ZipListing::Member &m : listing.members)
        QVERIFY2(m.path.endsWith(QLatin1String(".gpg")) && m.path.startsWith(QLatin1String("demox-2016-03-03/")),
                 qPrintable(m.path));
    const QStringList logs = QDir(encrypted.eventsDir).entryList(QDir::Files);
    QCOMPARE(logs.size(), 2);
    for (const QString &log : logs)
        QVERIFY(log.endsWith(QLatin1String(".log.gz.gpg")));

    EmbeddedStore plainStore(m_dir->filePath(QStringLiteral("store-plain")));
    EmbeddedStore encryptedStore(m_dir->filePath(QStringLiteral("store-encrypted")));
    ImportOptions options;
    options.gnupg = m_gpg->options();
    const QList<FileResult> fromPlain = importAll(plainStore, {p.directory}, {});

    // Nothing decrypted is written anywhere: not even in the temporary folder.
    QTemporaryDir tmp;
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const QList<FileResult> fromEncrypted = importAll(encryptedStore, {e.directory}, options);
    qputenv("TMPDIR", oldTmp);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    int imported = 0;
    for (const FileResult &r : fromEncrypted) {
        QVERIFY2(r.status != FileResult::Status::Failed, qPrintable(r.path + QStringLiteral(": ") + r.message));
        imported += r.status == FileResult::Status::Imported;
    }
    QCOMPARE(imported, 2 * 8 + 2);
    // Exactly the same documents and error reports as the plaintext files give.
    const auto a = contents(plainStore), b = contents(encryptedStore);
    QCOMPARE(a.keys(), b.keys());
    for (auto it = a.begin(); it != a.end(); ++it)
        QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));

    // The manifest names each encrypted file by its source, and the counts hold.
    QFile manifest(encrypted.manifestPath);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    for (const QJsonValue &v : QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("files")).toArray()) {
        const QJsonObject m = v.toObject();
        if (!m.contains(QLatin1String("read")))
            continue;
        const SourcePath source = SourcePath::fromKey(m.value(QLatin1String("source")).toString());
        const QString key = SourcePath{QDir(e.directory).filePath(source.file), source.member}.key();
        const auto r = std::find_if(fromEncrypted.begin(), fromEncrypted.end(), [&](const FileResult &x) { return x.path == key; });
        QVERIFY2(r != fromEncrypted.end(), qPrintable(key));
        QCOMPARE(r->imported, m.value(QLatin1String("imported")).toInteger());
        QCOMPARE(r->rejected, m.value(QLatin1String("rejected")).toInteger());
    }

    // The ledger fingerprints the decrypted bytes: each member, decrypted from the zip, has the
    // fingerprint of the same file in clear.
    for (const ZipListing::Member &m : listing.members) {
        const QString key = SourcePath::memberKey(encrypted.packageDir, m.path);
        QString error;
        const QString viaZip = sha256OfSource(key, m_gpg->options(), &error);
        QVERIFY2(!viaZip.isEmpty(), qPrintable(error));
        const QString inClear = sha256OfSource(QDir(p.directory).filePath(m.path.chopped(4)), {}, &error);
        QVERIFY2(!inClear.isEmpty(), qPrintable(error));
        QVERIFY2(viaZip == inClear, qPrintable(m.path));
    }

    // A failed export ships its traceback: shown, not imported.
    const auto failed = std::find_if(fromEncrypted.begin(), fromEncrypted.end(), [](const FileResult &r) {
        return r.path.endsWith(QLatin1String(".sql.failed.gpg"));
    });
    QVERIFY(failed != fromEncrypted.end());
    QCOMPARE(failed->status, FileResult::Status::NotIncluded);
    QVERIFY2(failed->message.contains(QLatin1String("Lost connection to MySQL server")), qPrintable(failed->message));
}

void TestEncrypted::missingKeyWrongPassphraseAndDamage()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("errors"));
    p.courses = 1;
    p.days = 1;
    p.eventsPerDay = 400;
    p.encryptTo = QStringLiteral("czar@example.org");
    p.gnupg = m_gpg->options();
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY2(demo.ok, qPrintable(demo.error));
    const QString log = QDir(demo.eventsDir).filePath(QStringLiteral("demox-edx-events-2016-03-01.log.gz.gpg"));

    // No secret key: the message names the key the file was encrypted to; nothing is kept.
    QByteArray listing;
    QVERIFY(m_gpg->gpg({QStringLiteral("--list-keys"), QStringLiteral("--with-colons")}, &listing));
    QString subkey;
    for (const QByteArray &line : listing.split('\n')) {
        if (line.startsWith("sub:"))
            subkey = QString::fromLatin1(line.split(':').value(4));
    }
    QVERIFY(!subkey.isEmpty());
    ThrowawayGnuPG other;
    ImportOptions noKey;
    noKey.gnupg = other.options();
    EmbeddedStore store(m_dir->filePath(QStringLiteral("store-errors")));
    FileResult r = importAll(store, {log}, noKey).value(0);
    QCOMPARE(r.status, FileResult::Status::Failed);
    QVERIFY2(r.message.contains(QLatin1String("No secret key")) && r.message.contains(subkey), qPrintable(r.message));
    QCOMPARE(store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), 0);

    // Wrong passphrase (asked through the application's own prompt), then the right one.
    ThrowawayGnuPG locked;
    QVERIFY(locked.addKey(QStringLiteral("Locked <locked@example.org>"), QStringLiteral("right horse")));
    const QString plain = m_dir->filePath(QStringLiteral("MITx-6.002x-2013_Spring-auth_user-prod-analytics.sql"));
    {
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id\tusername\n1\talice\n");
    }
    QString error;
    QVERIFY2(GnuPG::encryptFile(plain, plain + QStringLiteral(".gpg"), QStringLiteral("locked@example.org"),
                                locked.options(), &error),
             qPrintable(error));
    QFile::remove(plain);
    ImportOptions wrong;
    wrong.gnupg = locked.options();
    int asked = 0;
    wrong.gnupg.passphrase = [&asked](const QString &key, bool) -> std::optional<QByteArray> {
        ++asked;
        return key.contains(QLatin1String("locked@example.org")) ? QByteArray("wrong staple") : QByteArray();
    };
    r = importAll(store, {plain + QStringLiteral(".gpg")}, wrong).value(0);
    QCOMPARE(r.status, FileResult::Status::Failed);
    QVERIFY2(r.message.contains(QLatin1String("Wrong passphrase")), qPrintable(r.message));
    QVERIFY(asked >= 1);
    ImportOptions cancelled = wrong;
    cancelled.gnupg.passphrase = [](const QString &, bool) -> std::optional<QByteArray> { return std::nullopt; };
    r = importAll(store, {plain + QStringLiteral(".gpg")}, cancelled).value(0);
    QVERIFY2(r.message.contains(QLatin1String("No passphrase")), qPrintable(r.message));
    ImportOptions right = wrong;
    right.gnupg.passphrase = [](const QString &, bool) -> std::optional<QByteArray> { return QByteArray("right horse"); };
    r = importAll(store, {plain + QStringLiteral(".gpg")}, right).value(0);
    QVERIFY2(r.status == FileResult::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.imported, 1);

    // Cut short, or not OpenPGP at all: each says so; nothing of it is kept.
    QFile whole(log);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QDir cut(m_dir->filePath(QStringLiteral("cut")));
    QVERIFY(cut.mkpath(QStringLiteral(".")));
    const QList<std::pair<QString, QByteArray>> damaged = {
        {QStringLiteral("demox-edx-events-2016-03-01.log.gz.gpg"), bytes.left(bytes.size() - 200)},
        {QStringLiteral("demox-edx-events-2016-03-02.log.gz.gpg"), bytes.left(bytes.size() / 2)},
        {QStringLiteral("demox-edx-events-2016-03-03.log.gz.gpg"), QByteArray("not encrypted at all\n")},
    };
    for (const auto &[name, content] : damaged) {
        QFile f(cut.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    ImportOptions ok;
    ok.gnupg = m_gpg->options();
    for (const FileResult &x : importAll(store, {cut.path()}, ok)) {
        QCOMPARE(x.status, FileResult::Status::Failed);
        QVERIFY2(x.message.contains(QLatin1String("damaged or cut short"))
                     || x.message.contains(QLatin1String("gzip data is cut short"))
                     || x.message.contains(QLatin1String("not OpenPGP-encrypted")),
                 qPrintable(x.message));
    }
    QCOMPARE(store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), 0);
}

void TestEncrypted::hostileAndDamagedZips()
{
    // KZip writes whatever names it is given: a "../" entry and an absolute one.
    const QString hostile = m_dir->filePath(QStringLiteral("acme-2016-05-01.zip"));
    {
        KZip zip(hostile);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.writeFile(QStringLiteral("acme-2016-05-01/ACME-X1-2016-auth_user-prod-analytics.sql"), "id\tusername\n1\ta\n");
        zip.writeFile(QStringLiteral("../../ACME-X1-2016-auth_userprofile-prod-analytics.sql"), "id\n");
        QVERIFY(zip.close());
    }
    EmbeddedStore store(m_dir->filePath(QStringLiteral("store-zips")));
    QList<FileResult> results = importAll(store, {hostile}, {});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, FileResult::Status::Failed);
    QVERIFY2(results.first().message.contains(QLatin1String("../../ACME-X1-2016-auth_userprofile-prod-analytics.sql")),
             qPrintable(results.first().message));
    QVERIFY(store.databases().value().isEmpty());
    QVERIFY(ZipPackage::escapesRoot(QStringLiteral("/etc/passwd")));
    QVERIFY(ZipPackage::escapesRoot(QStringLiteral("a/../../b")));
    QVERIFY(ZipPackage::escapesRoot(QStringLiteral("C:\\x")));
    QVERIFY(!ZipPackage::escapesRoot(QStringLiteral("a/../b")));
    QVERIFY(!ZipPackage::escapesRoot(QStringLiteral("acme-2016-05-01/ora/x.sql.gpg")));

    // Damaged: KArchive's reason is given.
    const QString damaged = m_dir->filePath(QStringLiteral("acme-2016-05-08.zip"));
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'x'));
    }
    results = importAll(store, {damaged}, {});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, FileResult::Status::Failed);
    QVERIFY2(results.first().message.contains(QLatin1String("cannot be read")), qPrintable(results.first().message));

    // A good zip lists its members, classified by their names, ora/ included.
    const QString good = m_dir->filePath(QStringLiteral("acme-2016-05-15.zip"));
    {
        KZip zip(good);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.writeFile(QStringLiteral("acme-2016-05-15/ACME-X1-2016-auth_user-prod-analytics.sql"),
                      "id\tusername\tcourse_id\n1\ta\tx\n");
        zip.writeFile(QStringLiteral("acme-2016-05-15/ora/ACME-X1-2016-submissions_submission-prod-analytics.sql"), "id\n");
        QVERIFY(zip.close());
    }
    const ImportItems items = InputScanner(Classifier::builtIn()).scanAll({good});
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].classification.kind, FileKind::SqlTable);
    QCOMPARE(items[1].classification.kind, FileKind::OraTable);
    QCOMPARE(SourcePath::fromKey(items[0].path).file, good);
    results = importAll(store, {good}, {});
    QCOMPARE(results.first().status, FileResult::Status::Imported);
    QCOMPARE(results.first().imported, 1);
}

void TestEncrypted::zip64Members()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed: it writes the ZIP64 archive (KZip does not)");
    const QString path = m_dir->filePath(QStringLiteral("big-2016-01-01.zip"));
    QProcess py;
    py.start(QStringLiteral("python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import sys, zipfile\n"
                             "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, allowZip64=True) as z:\n"
                             "    with z.open('big-2016-01-01/MITx-6.002x-2013_Spring-auth_user-prod-analytics.sql', 'w', force_zip64=True) as f:\n"
                             "        f.write(b'id\\tusername\\n')\n"
                             "        for i in range(200000): f.write(b'%d\\tlearner%d\\n' % (i + 1, i))\n"),
              path});
    QVERIFY(py.waitForFinished(60000));
    QCOMPARE(py.exitCode(), 0);
    QStringList names;
    QVERIFY(ZipPackage::rawNames(path, &names));
    QCOMPARE(names.size(), 1);
    EmbeddedStore store(m_dir->filePath(QStringLiteral("store-zip64")));
    const FileResult r = importAll(store, {path}, {}).value(0);
    QVERIFY2(r.status == FileResult::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.imported, 200000);
}

// Issue 17 item 1: a log made of several gzip members, encrypted as edX delivers it, then with
// one member's CRC damaged before encryption (GnuPG's own check passes; gzip's must not).
void TestEncrypted::multiMemberGzipBehindGnuPG()
{
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += QByteArray(R"({"username": "u)") + QByteArray::number(i)
                + R"(", "event_type": "page_view", "time": "2016-03-20T10:00:00Z", "context": {"course_id": "course-v1:UniX+DS101x+1T2016"}})"
                + '\n';
    const QByteArray first = gzipMember(text.left(5000)), second = gzipMember(text.mid(5000));
    const QDir dir(m_dir->filePath(QStringLiteral("members")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const auto encrypt = [&](const QString &name, const QByteArray &bytes) -> QString {
        const QString plain = dir.filePath(name);
        QFile f(plain);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write");
        f.close();
        QString error;
        if (!GnuPG::encryptFile(plain, plain + QStringLiteral(".gpg"), QStringLiteral("czar@example.org"),
                                m_gpg->options(), &error))
            qFatal("%s", qPrintable(error));
        QFile::remove(plain); // only the encrypted file is left
        return plain + QStringLiteral(".gpg");
    };
    QByteArray badCrc = first + second;
    badCrc[first.size() - 6] = char(badCrc[first.size() - 6] ^ 0x40);
    const QString good = encrypt(QStringLiteral("demox-edx-events-2016-03-20.log.gz"), first + second);
    const QString bad = encrypt(QStringLiteral("demox-edx-events-2016-03-21.log.gz"), badCrc);
    EmbeddedStore store(m_dir->filePath(QStringLiteral("store-members")));
    ImportOptions options;
    options.gnupg = m_gpg->options();
    const FileResult r = importAll(store, {good}, options).value(0);
    QVERIFY2(r.status == FileResult::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.imported, 300);
    const FileResult x = importAll(store, {bad}, options).value(0);
    QCOMPARE(x.status, FileResult::Status::Failed);
    QVERIFY2(x.message.contains(QLatin1String("CRC-32")),
             qPrintable(x.message));
    QCOMPARE(store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), 300);

    // Encrypted again (another ciphertext) under another name: the same content, skipped.
    const QString again = encrypt(QStringLiteral("demox-edx-events-2016-03-20 (1).log.gz"), first + second);
    const FileResult d = importAll(store, {again}, options).value(0);
    QCOMPARE(d.status, FileResult::Status::Duplicate);
    QCOMPARE(d.skipped, 300);
    QCOMPARE(store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), 300);
}

void TestEncrypted::anonScreenNameVectors()
{
    // PRODUCT.md §7 / ANCHORS.md §3.2, verified against the Stanford gold file.
    QCOMPARE(anonScreenName(QStringLiteral("abc")), QStringLiteral("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"));
    QCOMPARE(anonScreenName(QStringLiteral("ThuBe")), QStringLiteral("bcb092798f57af21010dd818fec982463d2c3d41"));
    QCOMPARE(anonScreenName(QString()), QStringLiteral("9c1185a5c5e9fc54612808977ee8f548b2258d31"));
    // The insert-safe rule: CR/LF, backslashes, quotes, and transliteration above U+0080.
    QCOMPARE(insertSafe(QStringLiteral("a\nb\\c'd")), QStringLiteral("a; bc\\'d"));
    QCOMPARE(insertSafe(QStringLiteral("Jos\u00e9 M\u00fcller")), QStringLiteral("Jose Muller"));
    QCOMPARE(insertSafe(QStringLiteral("Stra\u00dfe")), QStringLiteral("Strasse"));
    QCOMPARE(insertSafe(QStringLiteral("x\u0080")), QStringLiteral("x\u0080")); // > 128, not >= 128
}

void TestEncrypted::anonymisationIsConsistentAcrossCollections()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("anon"));
    p.courses = 1;
    p.days = 1;
    p.eventsPerDay = 1500;
    QVERIFY(DemoGenerator(p).run().ok);
    EmbeddedStore clear(m_dir->filePath(QStringLiteral("store-clear")));
    EmbeddedStore anon(m_dir->filePath(QStringLiteral("store-anon")));
    importAll(clear, {p.directory}, {});
    ImportOptions options;
    options.anonymize = true;
    for (const FileResult &r : importAll(anon, {p.directory}, options))
        QVERIFY2(r.status != FileResult::Status::Failed, qPrintable(r.message));

    const QString db = QStringLiteral("DemoX-DS101x-1T2016");
    // auth_user: the same rows, usernames hashed, no e-mail or names left.
    QMap<qint64, QString> usernameOf;
    EXPECT_OK(clear.find(db, QStringLiteral("user"), {}, {}, [&](const Document &d) {
        usernameOf.insert(std::get<qint64>(d.value("id")), d.string("username"));
        return true;
    }));
    QVERIFY(usernameOf.size() > 10);
    qint64 rows = 0;
    EXPECT_OK(anon.find(db, QStringLiteral("user"), {}, {}, [&](const Document &d) {
        ++rows;
        const qint64 id = std::get<qint64>(d.value("id"));
        if (d.string("username") != anonScreenName(usernameOf.value(id)))
            qWarning("user %lld: %s", id, qPrintable(d.string("username")));
        return d.string("username") == anonScreenName(usernameOf.value(id));
    }));
    QCOMPARE(rows, qint64(usernameOf.size()));

    // The same hashes in the forum and the tracking log, and no direct identifier anywhere.
    QSet<QString> hashes;
    for (const QString &u : std::as_const(usernameOf))
        hashes.insert(anonScreenName(u));
    const auto all = contents(anon);
    int forumAuthors = 0, trackedUsers = 0;
    for (auto it = all.begin(); it != all.end(); ++it) {
        for (const QByteArray &json : it.value()) {
            for (const char *field : {"\"email\"", "\"first_name\"", "\"last_name\"", "\"mailing_address\"", "\"ip\""})
                QVERIFY2(!json.contains(field), qPrintable(it.key() + QStringLiteral(": ") + QString::fromUtf8(json.left(300))));
            QVERIFY2(!json.contains("@example."), qPrintable(it.key() + QStringLiteral(": ") + QString::fromUtf8(json.left(300))));
            const QJsonObject o = QJsonDocument::fromJson(json).object();
            if (it.key().endsWith(QLatin1String(".forum"))) {
                QVERIFY(hashes.contains(o.value(QLatin1String("author_username")).toString()));
                ++forumAuthors;
            }
            if (it.key() == QLatin1String("tracking_logs.tracking")) {
                const QString u = o.value(QLatin1String("username")).toString();
                QVERIFY2(u.size() == 40, qPrintable(u));
                trackedUsers += hashes.contains(u);
            }
        }
    }
    QVERIFY(forumAuthors > 10);
    QVERIFY(trackedUsers > 100);
    // Names and mailing addresses are gone from the profiles; other columns stay.
    Document profile;
    EXPECT_OK(anon.find(db, QStringLiteral("userprofile"), {}, {{}, false, 1}, [&](const Document &d) {
        profile = d;
        return false;
    }));
    QVERIFY(!profile.isEmpty());
    QVERIFY(!profile.toRelaxedJson().contains("\"name\""));
    QVERIFY(!profile.toRelaxedJson().contains("\"meta\""));
    QVERIFY(!std::holds_alternative<std::monostate>(profile.value("user_id")));
}

QTEST_GUILESS_MAIN(TestEncrypted)
#include "tst_encrypted.moc"
