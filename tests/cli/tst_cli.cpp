// edxloader-cli as a user runs it: exit codes, help, classify output, demo.
#include "jongodb.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readOnlyTargetFailsClearly();
    void helpAndUsageErrors_data();
    void helpAndUsageErrors();
    void classifyJson();
    void classifyTableAndScheme();
    void demoWritesAPackage();
    void importListDumpStatusErrors();
    void importExitCodes();
    void killedImportIsRedoneExactlyOnce();
    void concurrentImportsLoadOnce();
    void speaksFrench();
    void encryptedPackageAndAnonymisation();
    void buildCourse();
    void exportCopiesAStore();
    void mongoTargetsFailClearly();
    void serverThatRefusesListingIsAFailure();
    void overviewTextAndJson();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QString &language = QStringLiteral("en"),
            const QProcessEnvironment &extra = {});
    void touch(const QString &relative);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestCli::Run TestCli::run(const QStringList &args, const QString &language, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    env.insert(QStringLiteral("EDXLOADER_LANGUAGE"), language);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    p.start(QStringLiteral(EDXLOADER_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCli::touch(const QString &relative)
{
    const QString path = m_dir->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("data");
}

void TestCli::helpAndUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("needle"); // in stdout for 0, stderr otherwise
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("classify PATH");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("edxloader-cli 0.");
    QTest::newRow("classify --help") << QStringList{QStringLiteral("classify"), QStringLiteral("--help")} << 0
                                     << QStringLiteral("--json");
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")} << 0
                                 << QStringLiteral("--events-per-day");
    QTest::newRow("no command") << QStringList{} << 3 << QStringLiteral("Commands:");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 3 << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("--bogus"), QStringLiteral("x")} << 3
                                    << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("fetch option without value") << QStringList{QStringLiteral("fetch"), QStringLiteral("dir"), QStringLiteral("--org")} << 3
                                                << QStringLiteral("Missing value after '--org'");
    QTest::newRow("classify without path") << QStringList{QStringLiteral("classify")} << 3
                                           << QStringLiteral("at least one file");
    QTest::newRow("bad scheme") << QStringList{QStringLiteral("classify"), QStringLiteral("--scheme"), QStringLiteral("x"), QStringLiteral(".")}
                                << 3 << QStringLiteral("unknown collection scheme");
    QTest::newRow("demo bad count") << QStringList{QStringLiteral("demo"), QStringLiteral("out"), QStringLiteral("--courses"), QStringLiteral("0")}
                                    << 3 << QStringLiteral("--courses must be");
    QTest::newRow("demo two folders") << QStringList{QStringLiteral("demo"), QStringLiteral("a"), QStringLiteral("b")} << 3
                                      << QStringLiteral("exactly one");
}

void TestCli::helpAndUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, needle);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    const QByteArray &where = code == 0 ? r.out : r.err;
    QVERIFY2(where.contains(needle.toUtf8()), where.constData());
}

void TestCli::classifyJson()
{
    touch(QStringLiteral("pkg/MITx-6.00.1-x-1T2014-auth_user-prod-analytics.sql.gpg"));
    touch(QStringLiteral("pkg/ora/MITx-6.00.1-x-1T2014-submissions_submission-prod-analytics.sql"));
    touch(QStringLiteral("mitx-edx-events-2014-02-01.log.gz"));
    const Run r = run({QStringLiteral("classify"), QStringLiteral("--json"), QStringLiteral("pkg"),
                       QStringLiteral("mitx-edx-events-2014-02-01.log.gz"), QStringLiteral("gone-prod.mongo")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.contains("gone-prod.mongo not found"));
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 4);
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"file", "kind", "course", "database", "collection", "encrypted", "note"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        byName.insert(o.value(QLatin1String("name")).toString(), o);
    }
    const QJsonObject user = byName.value(QStringLiteral("MITx-6.00.1-x-1T2014-auth_user-prod-analytics.sql.gpg"));
    QCOMPARE(user.value(QLatin1String("file")).toString(), QStringLiteral("pkg/MITx-6.00.1-x-1T2014-auth_user-prod-analytics.sql.gpg"));
    QCOMPARE(user.value(QLatin1String("kind")).toString(), QStringLiteral("sql-table"));
    QCOMPARE(user.value(QLatin1String("course")).toString(), QStringLiteral("MITx-6.00.1-x-1T2014"));
    QCOMPARE(user.value(QLatin1String("database")).toString(), QStringLiteral("MITx-6_00_1-x-1T2014"));
    QCOMPARE(user.value(QLatin1String("collection")).toString(), QStringLiteral("user"));
    QCOMPARE(user.value(QLatin1String("encrypted")).toBool(), true);
    const QJsonObject ora = byName.value(QStringLiteral("MITx-6.00.1-x-1T2014-submissions_submission-prod-analytics.sql"));
    QVERIFY(ora.value(QLatin1String("database")).isNull());
    QVERIFY(ora.value(QLatin1String("collection")).isNull());
    QVERIFY(!ora.value(QLatin1String("note")).toString().isEmpty());
    const QJsonObject log = byName.value(QStringLiteral("mitx-edx-events-2014-02-01.log.gz"));
    QCOMPARE(log.value(QLatin1String("database")).toString(), QStringLiteral("tracking_logs"));
    QCOMPARE(log.value(QLatin1String("collection")).toString(), QStringLiteral("tracking"));
    QCOMPARE(log.value(QLatin1String("date")).toString(), QStringLiteral("2014-02-01"));
    const QJsonObject gone = byName.value(QStringLiteral("gone-prod.mongo"));
    QCOMPARE(gone.value(QLatin1String("exists")).toBool(), false);
    QCOMPARE(gone.value(QLatin1String("kind")).toString(), QStringLiteral("forum"));
}

void TestCli::classifyTableAndScheme()
{
    touch(QStringLiteral("X-Y-Z-student_courseenrollment-prod-analytics.sql"));
    Run r = run({QStringLiteral("classify"), QStringLiteral(".")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("FILE"));
    QVERIFY(r.out.contains("X-Y-Z.enrollment"));
    r = run({QStringLiteral("classify"), QStringLiteral("--scheme"), QStringLiteral("edx"), QStringLiteral(".")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("X-Y-Z.student_courseenrollment"));
}

void TestCli::demoWritesAPackage()
{
    const QStringList args{QStringLiteral("demo"), QStringLiteral("out"), QStringLiteral("--courses"), QStringLiteral("1"),
                           QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--events-per-day"),
                           QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")};
    Run r = run(args);
    QCOMPARE(r.code, 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QVERIFY(QFile::exists(summary.value(QLatin1String("manifest")).toString()));
    QVERIFY(summary.value(QLatin1String("tracking_events")).toInteger() >= 300);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("out/events/demox-edx-events-2016-03-01.log.gz"))));
    r = run(args); // not empty any more
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("not empty"));
    r = run(args + QStringList{QStringLiteral("--force")});
    QCOMPARE(r.code, 0);
}

void TestCli::importListDumpStatusErrors()
{
    QDir(m_dir->path()).mkpath(QStringLiteral("in"));
    QFile f(m_dir->filePath(QStringLiteral("in/UniX-DS101x-1T2016-auth_user-prod-analytics.sql")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id\tusername\tdate_joined\n1\t007\t2016-01-01 10:00:00.5\n2\tragged\n3\tzoë\tNULL\n");
    f.close();
    const QString target = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("store"));
    Run r = run({QStringLiteral("import"), QStringLiteral("--target"), target, QStringLiteral("in")});
    QCOMPARE(r.code, 1); // a row was rejected
    QVERIFY2(r.out.contains("read 3, imported 2, rejected 1, skipped 0"), r.out.constData());

    r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), target});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QVERIFY(list.contains(QJsonObject{{QStringLiteral("database"), QStringLiteral("UniX-DS101x-1T2016")},
                                      {QStringLiteral("collection"), QStringLiteral("user")},
                                      {QStringLiteral("count"), 2}}));

    r = run({QStringLiteral("dump"), QStringLiteral("--target"), target, QStringLiteral("UniX-DS101x-1T2016"),
             QStringLiteral("user"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.out.contains(R"("id":1,"username":"007","date_joined":{"$date":"2016-01-01T10:00:00.500Z"})"), r.out.constData());

    r = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--target"), target});
    const QJsonObject entry = QJsonDocument::fromJson(r.out).array().first().toObject();
    QCOMPARE(entry.value(QLatin1String("_id")).toString(), QStringLiteral("unix-ds101x-1t2016-auth_user-prod-analytics.sql"));
    QCOMPARE(entry.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(entry.value(QLatin1String("rejected")).toInt(), 1);

    r = run({QStringLiteral("errors"), QStringLiteral("--target"), target,
             QStringLiteral("in/UniX-DS101x-1T2016-auth_user-prod-analytics.sql")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("file,line,severity,reason,message,raw\r\n"));
    QVERIFY2(r.out.contains(",3,rejected,ragged-row,2 fields where the header has 3 columns,2\tragged"), r.out.constData());
    r = run({QStringLiteral("errors"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--target"), target,
             QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql")});
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QLatin1String("raw")).toString(), QStringLiteral("2\tragged"));

    r = run({QStringLiteral("import"), QStringLiteral("--target"), target, QStringLiteral("in")});
    QCOMPARE(r.code, 0); // nothing new: the file is unchanged
    QVERIFY(r.out.contains("unchanged"));

    // Issue 17 item 2: a renamed copy is skipped (exit 0: nothing failed), said in the table and
    // in --json, and loaded with --allow-duplicate-content.
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("in/UniX-DS101x-1T2016-auth_user-prod-analytics.sql")),
                        m_dir->filePath(QStringLiteral("in/UniX-DS101x-1T2016-auth_user-prod-analytics (1).sql"))));
    r = run({QStringLiteral("import"), QStringLiteral("--target"), target, QStringLiteral("in")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("duplicate") && r.out.contains("Same content as UniX-DS101x-1T2016-auth_user-prod-analytics.sql, imported on"),
             r.out.constData());
    QVERIFY2(r.out.contains("--allow-duplicate-content"), r.out.constData());
    r = run({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--target"), target, QStringLiteral("in")});
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(QLatin1String("duplicate_files")).toInt(), 1);
    bool seen = false;
    for (const QJsonValue &v : summary.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = v.toObject();
        if (!file.value(QLatin1String("file")).toString().contains(QLatin1String("(1)")))
            continue;
        seen = true;
        QCOMPARE(file.value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(file.value(QLatin1String("read")).toInt(), 3);
        QCOMPARE(file.value(QLatin1String("skipped")).toInt(), 3);
        QCOMPARE(file.value(QLatin1String("imported")).toInt(), 0);
    }
    QVERIFY(seen);
    r = run({QStringLiteral("import"), QStringLiteral("--allow-duplicate-content"), QStringLiteral("--target"), target,
             QStringLiteral("in")});
    QCOMPARE(r.code, 1); // imported, with its rejected row
    r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), target});
    QVERIFY(QJsonDocument::fromJson(r.out).array().contains(
        QJsonObject{{QStringLiteral("database"), QStringLiteral("UniX-DS101x-1T2016")},
                    {QStringLiteral("collection"), QStringLiteral("user")},
                    {QStringLiteral("count"), 4}}));
}

void TestCli::importExitCodes()
{
    QDir(m_dir->path()).mkpath(QStringLiteral("bad"));
    QFile f(m_dir->filePath(QStringLiteral("bad/UniX-DS101x-1T2016-auth_user-prod-analytics.sql")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close(); // empty: no header
    const QString target = m_dir->filePath(QStringLiteral("store2"));
    Run r = run({QStringLiteral("import"), QStringLiteral("--target"), target, QStringLiteral("bad")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.contains("FAILED"));
    r = run({QStringLiteral("import"), QStringLiteral("--target"), target});
    QCOMPARE(r.code, 3);
    r = run({QStringLiteral("dump"), QStringLiteral("--target"), target, QStringLiteral("nope"), QStringLiteral("user")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("errors"), QStringLiteral("--target"), target, QStringLiteral("never-imported.sql")});
    QCOMPARE(r.code, 2);
}

namespace {

qint64 manifestEvents(const QString &manifestPath)
{
    QFile f(manifestPath);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 events = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toArray()) {
        if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("tracking-log"))
            events += v.toObject().value(QLatin1String("imported")).toInteger();
    }
    return events;
}

qint64 countIn(const QJsonArray &list, const QString &database, const QString &collection)
{
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("database")).toString() == database
            && o.value(QLatin1String("collection")).toString() == collection)
            return o.value(QLatin1String("count")).toInteger();
    }
    return 0;
}

} // namespace

void TestCli::killedImportIsRedoneExactlyOnce()
{
    QVERIFY(run({QStringLiteral("demo"), QStringLiteral("big"), QStringLiteral("--courses"), QStringLiteral("1"),
                 QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--events-per-day"), QStringLiteral("60000")})
                .code == 0);
    const qint64 expected = manifestEvents(m_dir->filePath(QStringLiteral("big/manifest.json")));
    QVERIFY(expected > 120000);
    const QString target = m_dir->filePath(QStringLiteral("store"));
    const QStringList importArgs{QStringLiteral("import"), QStringLiteral("--target"), target, QStringLiteral("big/events")};
    // Killed (SIGKILL) at several moments of the import: during parsing and writing, and later.
    for (const int delay : {150, 400, 700}) {
        QProcess p;
        p.setWorkingDirectory(m_dir->path());
        p.start(QStringLiteral(EDXLOADER_CLI), importArgs);
        QVERIFY(p.waitForStarted());
        QThread::msleep(delay);
        p.kill();
        p.waitForFinished();
    }
    const Run final = run(importArgs);
    QVERIFY2(final.code == 0 || final.code == 1, final.err.constData());
    const Run list = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), target});
    const QJsonArray collections = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(countIn(collections, QStringLiteral("tracking_logs"), QStringLiteral("tracking")), expected);
    QCOMPARE(countIn(collections, QStringLiteral("tracking_logs"), QStringLiteral("tracking_imported")), 2);
}

void TestCli::concurrentImportsLoadOnce()
{
    QVERIFY(run({QStringLiteral("demo"), QStringLiteral("pkg"), QStringLiteral("--courses"), QStringLiteral("2"),
                 QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--events-per-day"), QStringLiteral("5000")})
                .code == 0);
    const QString target = m_dir->filePath(QStringLiteral("store"));
    const QStringList importArgs{QStringLiteral("import"), QStringLiteral("--target"), target, QStringLiteral("pkg")};
    QProcess a, b;
    for (QProcess *p : {&a, &b}) {
        p->setWorkingDirectory(m_dir->path());
        p->start(QStringLiteral(EDXLOADER_CLI), importArgs);
    }
    QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
    QVERIFY(a.exitCode() <= 1 && b.exitCode() <= 1);
    const Run list = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), target});
    const QJsonArray collections = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(countIn(collections, QStringLiteral("tracking_logs"), QStringLiteral("tracking")),
             manifestEvents(m_dir->filePath(QStringLiteral("pkg/manifest.json"))));
    QCOMPARE(countIn(collections, QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("user")), 250);
    QCOMPARE(countIn(collections, QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("user_imported")), 1);
    // Loaded once: the second loader found each file done; nothing was rejected as a duplicate.
    QCOMPARE(countIn(collections, QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("user_errors")), 0);
    const QByteArray outputs = a.readAllStandardOutput() + b.readAllStandardOutput();
    QCOMPARE(outputs.count("demox-edx-events-2016-03-01.log.gz  →"), 2); // imported by one, unchanged for the other
    QVERIFY(outputs.contains("unchanged"));
}

void TestCli::speaksFrench()
{
    const Run r = run({QStringLiteral("--help")}, QStringLiteral("fr"));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Commandes"), r.out.constData());
    const Run e = run({QStringLiteral("frobnicate")}, QStringLiteral("fr"));
    QVERIFY2(e.err.contains("commande inconnue"), e.err.constData());
}

void TestCli::encryptedPackageAndAnonymisation()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty())
        QSKIP("gpg is not installed: encrypted packages need GnuPG (package gnupg)");
    // A key made on the spot, in a GnuPG home of its own (short path: gpg-agent's socket).
    QTemporaryDir home(QStringLiteral("/tmp/edxloader-gpg-XXXXXX"));
    QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment gnupg;
    gnupg.insert(QStringLiteral("GNUPGHOME"), home.path());
    QProcess gpg;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GNUPGHOME"), home.path());
    gpg.setProcessEnvironment(env);
    gpg.start(QStringLiteral("gpg"), {QStringLiteral("--batch"), QStringLiteral("--passphrase"), QString(),
                                      QStringLiteral("--quick-gen-key"), QStringLiteral("Czar <czar@example.org>"),
                                      QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("never")});
    QVERIFY(gpg.waitForFinished(60000));
    QCOMPARE(gpg.exitCode(), 0);
    auto stopAgent = qScopeGuard([&] {
        QProcess kill;
        kill.setProcessEnvironment(env);
        kill.start(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("all")});
        kill.waitForFinished(10000);
    });

    Run r = run({QStringLiteral("demo"), QStringLiteral("enc"), QStringLiteral("--courses"), QStringLiteral("1"),
                 QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--events-per-day"), QStringLiteral("500"),
                 QStringLiteral("--encrypt-to"), QStringLiteral("czar@example.org"), QStringLiteral("--json")},
                QStringLiteral("en"), gnupg);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("enc/demox-2016-03-02.zip"))));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("enc/events/demox-edx-events-2016-03-01.log.gz.gpg"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("enc/demox-2016-03-02"))));

    // With the key: exact counts, and TMPDIR left empty.
    QTemporaryDir tmp;
    QProcessEnvironment withKey = gnupg;
    withKey.insert(QStringLiteral("TMPDIR"), tmp.path());
    r = run({QStringLiteral("import"), QStringLiteral("--target"), QStringLiteral("db"), QStringLiteral("enc"),
             QStringLiteral("--json")},
            QStringLiteral("en"), withKey);
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QFile manifest(m_dir->filePath(QStringLiteral("enc/manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    qint64 expected = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("files")).toArray())
        expected += v.toObject().value(QLatin1String("imported")).toInteger();
    QCOMPARE(summary.value(QLatin1String("imported")).toInteger(), expected);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    // Without the key: it fails and says so.
    QTemporaryDir other(QStringLiteral("/tmp/edxloader-gpg-XXXXXX"));
    QProcessEnvironment noKey;
    noKey.insert(QStringLiteral("GNUPGHOME"), other.path());
    r = run({QStringLiteral("import"), QStringLiteral("--target"), QStringLiteral("db2"),
             QStringLiteral("enc/events")},
            QStringLiteral("en"), noKey);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.contains("No secret key for this file"), r.out.constData());

    // --anonymize: the known username becomes its hash, and no e-mail is left.
    r = run({QStringLiteral("import"), QStringLiteral("--target"), QStringLiteral("anon"), QStringLiteral("--anonymize"),
             QStringLiteral("enc")},
            QStringLiteral("en"), gnupg);
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    r = run({QStringLiteral("dump"), QStringLiteral("--target"), QStringLiteral("db"), QStringLiteral("DemoX-DS101x-1T2016"),
             QStringLiteral("user")});
    QCOMPARE(r.code, 0);
    const QJsonObject first = QJsonDocument::fromJson(r.out.split('\n').first()).object();
    const QString username = first.value(QLatin1String("username")).toString();
    QVERIFY(!username.isEmpty());
    QByteArray hash;
    {
        QProcess py; // an independent RIPEMD-160 (OpenSSL through Python) for the expected hash
        py.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                             QStringLiteral("import hashlib,sys; print(hashlib.new('ripemd160', sys.argv[1].encode()).hexdigest())"),
                                             username});
        if (py.waitForFinished(20000) && py.exitCode() == 0)
            hash = py.readAllStandardOutput().trimmed();
    }
    r = run({QStringLiteral("dump"), QStringLiteral("--target"), QStringLiteral("anon"), QStringLiteral("DemoX-DS101x-1T2016"),
             QStringLiteral("user")});
    QCOMPARE(r.code, 0);
    const QJsonObject anonymous = QJsonDocument::fromJson(r.out.split('\n').first()).object();
    QCOMPARE(anonymous.value(QLatin1String("id")), first.value(QLatin1String("id")));
    QCOMPARE(anonymous.value(QLatin1String("username")).toString().size(), 40);
    if (!hash.isEmpty()) // (ripemd160 may be missing from Python's OpenSSL: the unit tests hold the vectors)
        QCOMPARE(anonymous.value(QLatin1String("username")).toString().toLatin1(), hash);
    QVERIFY(!r.out.contains("\"email\""));
    QVERIFY(!r.out.contains("@example.org"));
}

void TestCli::buildCourse()
{
    Run r = run({QStringLiteral("demo"), QStringLiteral("pkg"), QStringLiteral("--courses"), QStringLiteral("1"),
                 QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--events-per-day"), QStringLiteral("800")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("import"), QStringLiteral("--target"), QStringLiteral("db"), QStringLiteral("pkg")});
    QVERIFY(r.code == 0 || r.code == 1);
    QFile config(m_dir->filePath(QStringLiteral("ds101x_config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\n    \n    \"edx_id\" : \"ds101x\",\n    \"edx_course_name\" : \"Data Science\",\n"
                 "    \"course_ids\" : [\"course-v1:DemoX+DS101x+1T2016\"],\n"
                 "    \"date_of_course_enrollment\" : \"2016-03-01\",\n"
                 "    \"date_of_course_completion\" : \"2016-03-02\"\n\n}\n");
    config.close();
    r = run({QStringLiteral("build-course"), QStringLiteral("--target"), QStringLiteral("db"), QStringLiteral("--config"),
             QStringLiteral("ds101x_config.json"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(QLatin1String("database")).toString(), QStringLiteral("DemoX-DS101x-1T2016"));
    QCOMPARE(summary.value(QLatin1String("collection")).toString(), QStringLiteral("tracking"));
    const qint64 copied = summary.value(QLatin1String("copied")).toInteger();
    QVERIFY(copied > 0);
    QCOMPARE(summary.value(QLatin1String("unresolved")).toInteger(), 0);
    // Built again, with text output and another collection: the same count.
    r = run({QStringLiteral("build-course"), QStringLiteral("--target"), QStringLiteral("db"), QStringLiteral("--config"),
             QStringLiteral("ds101x_config.json"), QStringLiteral("--collection"), QStringLiteral("again")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains(QByteArray(QByteArray::number(copied) + " events copied")), r.out.constData());
    r = run({QStringLiteral("list"), QStringLiteral("--target"), QStringLiteral("db"), QStringLiteral("--json")});
    QVERIFY(r.out.contains("\"again\""));
    // Usage and config errors say what is wrong.
    r = run({QStringLiteral("build-course"), QStringLiteral("--target"), QStringLiteral("db")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("--config"));
    QFile bad(m_dir->filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"course_ids\": [], \"date_of_course_enrollment\": \"2016-03-05\", \"date_of_course_completion\": \"2016-03-01\"}");
    bad.close();
    r = run({QStringLiteral("build-course"), QStringLiteral("--target"), QStringLiteral("db"), QStringLiteral("--config"),
             QStringLiteral("bad.json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("at least one course id"));
    QVERIFY(r.err.contains("before the enrollment date"));
}

// A target folder the loader may not write to: the file fails with a message naming the folder
// and exit code 2; nothing is created. Root writes anywhere, so as root the CLI runs as nobody.
void TestCli::readOnlyTargetFailsClearly()
{
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                          | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), everyone | QFileDevice::WriteOwner));
    const QString in = m_dir->filePath(QStringLiteral("ro-in"));
    const QString target = m_dir->filePath(QStringLiteral("ro-target"));
    QVERIFY(QDir().mkpath(in) && QDir().mkpath(target));
    QFile table(QDir(in).filePath(QStringLiteral("McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql")));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("id\tusername\n1\tu\n");
    table.close();
    QVERIFY(QFile::setPermissions(in, everyone | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(table.fileName(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(target, everyone)); // read-only
    QString program = QStringLiteral(EDXLOADER_CLI);
    QStringList args{QStringLiteral("import"), QStringLiteral("--target"), target, in};
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root (which writes anywhere) without setpriv to run the CLI as another user");
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                           program} + args;
        program = setpriv;
    }
#endif
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("EDXLOADER_LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    QVERIFY(p.waitForFinished(60000));
    const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(output.contains("FAILED") && output.contains(target.toUtf8()), output.constData());
    QVERIFY(QDir(target).entryList(QDir::Files).isEmpty());
}

void TestCli::exportCopiesAStore()
{
    // The copy a user makes to move to MongoDB, shown here between two embedded stores (the
    // MongoDB run of tst_storecontract compares the documents MongoDB gets).
    QVERIFY(run({QStringLiteral("demo"), QStringLiteral("pkg"), QStringLiteral("--courses"), QStringLiteral("1"),
                 QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--events-per-day"), QStringLiteral("300")})
                .code == 0);
    const QString a = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("a"));
    const QString b = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("b"));
    QVERIFY(run({QStringLiteral("import"), QStringLiteral("--target"), a, QStringLiteral("pkg")}).code <= 1);
    Run r = run({QStringLiteral("export"), QStringLiteral("--from"), a, QStringLiteral("--target"), b, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QVERIFY(summary[QStringLiteral("ok")].toBool());
    const Run listA = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), a});
    const Run listB = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), b});
    QCOMPARE(listB.out, listA.out);
    const QJsonArray collections = QJsonDocument::fromJson(listA.out).array();
    QCOMPARE(summary[QStringLiteral("collections")].toArray().size(), collections.size());
    for (const QJsonValue &v : collections) {
        const QStringList which{v[QStringLiteral("database")].toString(), v[QStringLiteral("collection")].toString()};
        const Run dumpA = run(QStringList{QStringLiteral("dump"), QStringLiteral("--target"), a} + which);
        const Run dumpB = run(QStringList{QStringLiteral("dump"), QStringLiteral("--target"), b} + which);
        QCOMPARE(dumpB.out, dumpA.out);
    }
    // Copying again gives the same, not twice as much.
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--from"), a, QStringLiteral("--target"), b}).code, 0);
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), b}).out, listA.out);
    // The ledgers came along: importing the package into the copy skips every file.
    r = run({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--target"), b, QStringLiteral("pkg")});
    QVERIFY(r.code <= 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("imported")].toInt(-1), 0);
    // Each document still belongs to its file: a changed forum file (posts keep their own ids)
    // replaces what it imported in the copy.
    QDir package(m_dir->filePath(QStringLiteral("pkg")));
    const QString forum = package.filePath(QStringLiteral("demox-2016-03-02/DemoX-DS101x-1T2016-prod.mongo"));
    QFile f(forum);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> posts = f.readAll().split('\n');
    f.close();
    QVERIFY(posts.size() > 3);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(posts[0] + '\n' + posts[1] + '\n');
    f.close();
    QVERIFY(run({QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--target"), b, forum}).code <= 1);
    const QJsonArray after = QJsonDocument::fromJson(
        run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), b}).out).array();
    QCOMPARE(countIn(after, QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("forum")), 2);

    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--from"), a}).code, 3); // where to?
    // Only the embedded store knows each document's file: MongoDB is a target, not a source.
    r = run({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("mongodb://127.0.0.1:1/"),
             QStringLiteral("--target"), b});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("export copies from the embedded store"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--from"), a, QStringLiteral("--target"), a}).code, 3);
    r = run({QStringLiteral("export"), QStringLiteral("--from"), a, QStringLiteral("--target"), b, QStringLiteral("nope")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no database nope"));
}

void TestCli::mongoTargetsFailClearly()
{
    // Nothing listens on port 1 here: every command fails within seconds, saying so.
    QElapsedTimer timer;
    timer.start();
    Run r = run({QStringLiteral("import"), QStringLiteral("--target"),
                 QStringLiteral("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=1500"), QStringLiteral(".")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("No MongoDB server answered at 127.0.0.1:1 within 1.5 s"), r.err.constData());
    QVERIFY(timer.elapsed() < 10000);
    r = run({QStringLiteral("list"), QStringLiteral("--target"), QStringLiteral("mongodb://a:b:c@@x")});
    QCOMPARE(r.code, 3); // a malformed connection string is a usage error
    QVERIFY2(r.err.contains("The MongoDB connection string is not valid"), r.err.constData());
    // A user without a password, and no terminal to ask on: the environment variable is named,
    // and nothing is attempted.
    QProcessEnvironment none;
    none.insert(QStringLiteral("EDXLOADER_MONGODB_PASSWORD"), QString());
    r = run({QStringLiteral("list"), QStringLiteral("--target"), QStringLiteral("mongodb://loader@127.0.0.1:1/")},
            QStringLiteral("en"), none);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("EDXLOADER_MONGODB_PASSWORD"), r.err.constData());
    QVERIFY(!r.err.contains("No MongoDB server answered"));
    // Given one, it is used (and the server is then looked for); it never appears in messages.
    QProcessEnvironment secret;
    secret.insert(QStringLiteral("EDXLOADER_MONGODB_PASSWORD"), QStringLiteral("s3cr3t-pw"));
    r = run({QStringLiteral("list"), QStringLiteral("--target"),
             QStringLiteral("mongodb://loader@127.0.0.1:1/?serverSelectionTimeoutMS=500")},
            QStringLiteral("en"), secret);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("No MongoDB server answered at 127.0.0.1:1"), r.err.constData());
    QVERIFY(!r.err.contains("s3cr3t"));
}

// Issue 17 item 8: a server that refuses to list databases or collections (here jongodb, which
// lacks listDatabases and listCollections; on MongoDB, a user without the privilege) makes every
// command that reads the target fail with exit code 2 and the server's words — not "nothing
// imported yet" with 0 — and the course build stops instead of going on without enrichment.
void TestCli::serverThatRefusesListingIsAFailure()
{
    if (!EdxLoader::Testing::JongodbServer::installed())
        QSKIP(qPrintable(EdxLoader::Testing::JongodbServer::notInstalled()));
    EdxLoader::Testing::JongodbServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString uri = server.uri();
    QFile config(m_dir->filePath(QStringLiteral("course.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"edx_id": "ds101x", "edx_course_name": "Data Science",
                     "course_ids": ["course-v1:DemoX+DS101x+1T2016"],
                     "date_of_course_enrollment": "2016-03-01", "date_of_course_completion": "2016-03-31"})");
    config.close();
    // export copies from an embedded store into the server: a small one to copy.
    const QString table = m_dir->filePath(QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"));
    QFile tableFile(table);
    QVERIFY(tableFile.open(QIODevice::WriteOnly));
    tableFile.write("id\tusername\n1\ta\n");
    tableFile.close();
    const QString source = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("export-source"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--target"), source, table}).code, 0);
    const QList<QStringList> commands{
        {QStringLiteral("list")},
        {QStringLiteral("status")},
        {QStringLiteral("dump"), QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("user")},
        {QStringLiteral("errors"), QStringLiteral("demox-edx-events-2016-03-01.log.gz")},
        {QStringLiteral("export-csv"), QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("user"),
         m_dir->filePath(QStringLiteral("user.csv"))},
        {QStringLiteral("person-course"), QStringLiteral("DemoX-DS101x-1T2016")},
        {QStringLiteral("build-course"), QStringLiteral("--config"), config.fileName()},
        {QStringLiteral("export"), QStringLiteral("--from"), source, QStringLiteral("UniX-DS101x-1T2016")},
    };
    for (QStringList args : commands) {
        args << QStringLiteral("--target") << uri;
        const Run r = run(args);
        const QString said = QString::fromUtf8(r.err);
        QVERIFY2(r.code == 2, qPrintable(args.first() + QStringLiteral(": exit %1, ").arg(r.code) + said));
        QVERIFY2(said.contains(QLatin1String("no such command"), Qt::CaseInsensitive),
                 qPrintable(args.first() + QStringLiteral(": ") + said));
        QVERIFY2(!said.contains(QLatin1String("yet")), qPrintable(args.first() + QStringLiteral(": ") + said));
    }
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("user.csv"))));
}

// Issue 20 item 3: overview as text and as JSON (the figures themselves are tst_courseoverview's);
// a missing database or one without an enrollment table is exit 2 with the reason.
void TestCli::overviewTextAndJson()
{
    const QString target = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("store"));
    Run r = run({QStringLiteral("demo"), QStringLiteral("pkg"), QStringLiteral("--courses"), QStringLiteral("1"),
                 QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--events-per-day"), QStringLiteral("400")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("import"), QStringLiteral("--target"), target, QStringLiteral("pkg")});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    r = run({QStringLiteral("overview"), QStringLiteral("--target"), target, QStringLiteral("--json"),
             QStringLiteral("DemoX-DS101x-1T2016")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("database")).toString(), QStringLiteral("DemoX-DS101x-1T2016"));
    QVERIFY(o.value(QLatin1String("enrollment")).toObject().value(QLatin1String("current")).toInteger() > 0);
    const QJsonArray weeks = o.value(QLatin1String("activity")).toObject().value(QLatin1String("weekly")).toArray();
    QVERIFY(!weeks.isEmpty());
    QVERIFY(weeks.first().toObject().value(QLatin1String("week")).toString().startsWith(QLatin1String("2016-W")));
    QVERIFY(!o.value(QLatin1String("problems")).toArray().isEmpty());
    r = run({QStringLiteral("overview"), QStringLiteral("--target"), target, QStringLiteral("DemoX-DS101x-1T2016")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("enrolled now:") && r.out.contains("2016-W"), r.out.constData());
    // The HTML report: written whole, in the language asked (its figures are checked in
    // tst_courseoverview); a folder that cannot be written fails with the reason.
    r = run({QStringLiteral("overview"), QStringLiteral("--target"), target, QStringLiteral("--html"),
             QStringLiteral("report.html"), QStringLiteral("DemoX-DS101x-1T2016")},
            QStringLiteral("fr"));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("report.html"), r.out.constData());
    QFile report(m_dir->filePath(QStringLiteral("report.html")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray page = report.readAll();
    QVERIFY(page.contains("lang=\"fr") && page.contains("Inscrits maintenant") && page.trimmed().endsWith("</html>"));
    r = run({QStringLiteral("overview"), QStringLiteral("--target"), target, QStringLiteral("--html"),
             m_dir->filePath(QStringLiteral("missing/folder/report.html")), QStringLiteral("DemoX-DS101x-1T2016")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cannot write the report"), r.err.constData());
    r = run({QStringLiteral("overview"), QStringLiteral("--target"), target, QStringLiteral("NoSuchCourse")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no database NoSuchCourse"), r.err.constData());
    r = run({QStringLiteral("overview"), QStringLiteral("--target"), target, QStringLiteral("tracking_logs")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no enrollment table"), r.err.constData());
    r = run({QStringLiteral("overview")});
    QCOMPARE(r.code, 3);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
