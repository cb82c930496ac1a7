// The demo package: deterministic, faithful to the formats, and with a manifest whose counts an
// independent reading of the files confirms.
#include "classifier.h"
#include "demogenerator.h"

#include <KCompressionDevice>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace EdxLoader;

namespace {

QByteArray readAll(const QString &path)
{
    if (path.endsWith(QLatin1String(".gz"))) {
        KCompressionDevice gz(path, KCompressionDevice::GZip);
        if (!gz.open(QIODevice::ReadOnly))
            return {};
        return gz.readAll();
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QByteArray> lines(const QByteArray &content)
{
    QList<QByteArray> out = content.split('\n');
    if (content.endsWith('\n'))
        out.removeLast();
    return out;
}

DemoParams smallParams(const QString &dir, quint64 seed = 1)
{
    DemoParams p;
    p.directory = dir;
    p.courses = 3;
    p.days = 2;
    p.eventsPerDay = 1200;
    p.seed = seed;
    return p;
}

QMap<QString, QByteArray> contents(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), readAll(path));
    }
    return out;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameContent();
    void manifestCountsMatchTheFiles();
    void tablesHaveRealColumnsAndNastyValues();
    void forumUsesEveryDateDialect();
    void courseStructuresInBothKeyStyles();
    void trackingLogsCarryTheHardCases();
    void everyFileIsClassifiedAsTheManifestSays();
    void failsWithAMessageNamingThePath();
    void rejectsBadParameters();

private:
    QTemporaryDir m_dir;
    QString m_root;
    QJsonObject m_manifest;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("demo"));
    const DemoResult r = DemoGenerator(smallParams(m_root)).run();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.trackingEvents > 2000);
    QFile manifest(r.manifestPath);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    m_manifest = QJsonDocument::fromJson(manifest.readAll()).object();
    QVERIFY(!m_manifest.isEmpty());
}

void TestDemoGenerator::sameSeedSameContent()
{
    const QString again = m_dir.filePath(QStringLiteral("again"));
    const QString other = m_dir.filePath(QStringLiteral("other"));
    // At least one second later than the first run: a writing time kept anywhere (a gzip header's
    // MTIME, an archive entry's date) would then show as different bytes.
    const qint64 firstSecond = QDateTime::currentSecsSinceEpoch();
    while (QDateTime::currentSecsSinceEpoch() == firstSecond)
        QThread::msleep(20);
    QVERIFY(DemoGenerator(smallParams(again)).run().ok);
    QVERIFY(DemoGenerator(smallParams(other, 2)).run().ok);
    const auto first = contents(m_root);
    const auto second = contents(again);
    QCOMPARE(first.keys(), second.keys());
    for (auto it = first.begin(); it != first.end(); ++it)
        QVERIFY2(it.value() == second.value(it.key()), qPrintable(it.key()));
    // Byte for byte, compressed files included: a package's fingerprints do not depend on when it was made.
    QDirIterator files(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile a(path), b(QDir(again).filePath(QDir(m_root).relativeFilePath(path)));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(path));
    }
    const auto third = contents(other);
    int differing = 0;
    for (auto it = first.begin(); it != first.end(); ++it)
        differing += it.value() != third.value(it.key());
    QVERIFY2(differing > 10, "another seed must give other data");
}

void TestDemoGenerator::manifestCountsMatchTheFiles()
{
    int checked = 0;
    for (const QJsonValue &v : m_manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        if (!f.contains(QLatin1String("read")))
            continue;
        const QString file = f.value(QLatin1String("file")).toString();
        const QString kind = f.value(QLatin1String("kind")).toString();
        const qint64 read = f.value(QLatin1String("read")).toInteger();
        const qint64 imported = f.value(QLatin1String("imported")).toInteger();
        const qint64 rejected = f.value(QLatin1String("rejected")).toInteger();
        const qint64 skipped = f.value(QLatin1String("skipped")).toInteger();
        QCOMPARE(imported + rejected + skipped, read);
        const QByteArray content = readAll(QDir(m_root).filePath(file));
        QVERIFY2(!content.isEmpty(), qPrintable(file));
        if (kind == QLatin1String("sql-table")) {
            QCOMPARE(lines(content).size() - 1, read);
        } else if (kind == QLatin1String("course-structure")) {
            QCOMPARE(QJsonDocument::fromJson(content).object().size(), read);
        } else if (kind == QLatin1String("forum")) {
            QCOMPARE(lines(content).size(), read);
        } else if (kind == QLatin1String("tracking-log")) {
            // An independent oracle: text from the first '{', decoded leniently, must be a JSON object.
            qint64 ok = 0, bad = 0, blank = 0;
            QMap<QString, qint64> perCourse;
            for (const QByteArray &line : lines(content)) {
                const QByteArray text = QString::fromUtf8(line).trimmed().toUtf8();
                if (text.isEmpty()) {
                    ++blank;
                    continue;
                }
                const QJsonDocument doc = QJsonDocument::fromJson(text.mid(std::max<qsizetype>(0, text.indexOf('{'))));
                if (!doc.isObject()) {
                    ++bad;
                    continue;
                }
                ++ok;
                const QJsonObject e = doc.object();
                QString course = e.value(QLatin1String("context")).toObject().value(QLatin1String("course_id")).toString();
                if (!e.contains(QLatin1String("context"))) { // the course is only in the URL
                    static const QRegularExpression url(QStringLiteral("^/courses/(course-v1:[^/]+|[^/]+/[^/]+/[^/]+)/"));
                    course = url.match(e.value(QLatin1String("event_type")).toString()).captured(1);
                    QVERIFY(!course.isEmpty());
                }
                ++perCourse[course];
            }
            QCOMPARE(ok, imported);
            QCOMPARE(bad, rejected);
            QCOMPARE(blank, skipped);
            const QJsonObject courses = f.value(QLatin1String("courses")).toObject();
            QCOMPARE(courses.size(), perCourse.size());
            for (auto it = perCourse.begin(); it != perCourse.end(); ++it)
                QCOMPARE(courses.value(it.key()).toInteger(), it.value());
            QCOMPARE(f.value(QLatin1String("rejected_lines")).toArray().size(), rejected);
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected counted kind %1").arg(kind)));
        }
        ++checked;
    }
    QCOMPARE(checked, 3 * 8 + 2); // eight imported files per course, two days of logs
}

void TestDemoGenerator::tablesHaveRealColumnsAndNastyValues()
{
    QDirIterator it(m_root, {QStringLiteral("*.sql")}, QDir::Files, QDirIterator::Subdirectories);
    QByteArray all;
    int tables = 0;
    while (it.hasNext()) {
        const QList<QByteArray> rows = lines(readAll(it.next()));
        QVERIFY(!rows.isEmpty());
        const qsizetype columns = rows.first().count('\t') + 1;
        for (const QByteArray &row : rows)
            QCOMPARE(row.count('\t') + 1, columns); // escaped: no raw TAB inside a value
        all += rows.join('\n');
        ++tables;
    }
    QVERIFY(tables >= 3 * 9);
    const QString text = QString::fromUtf8(all);
    QVERIFY(text.contains(QLatin1String("id\tusername\tfirst_name\tlast_name\temail\tpassword\tis_staff")));
    QVERIFY(text.contains(QLatin1String("goals\tallow_certificate\tcountry")));   // pre-2021 profile header
    QVERIFY(text.contains(QLatin1String("profile_image_uploaded_at\tstate")));  // current profile header
    QVERIFY(text.contains(QLatin1String("hash_id\tid\tusername")));
    QVERIFY(text.contains(QLatin1String("hash_id\tuser_id\tusername")));
    QVERIFY(text.contains(QLatin1String("\\r\\n")));          // escaped CR LF
    QVERIFY(text.contains(QLatin1String("\\t")));             // escaped TAB
    QVERIFY(text.contains(QLatin1String("C:\\\\data")));      // escaped backslash
    QVERIFY(text.contains(QLatin1String("\tNULL\t")));
    QVERIFY(text.contains(QStringLiteral("🎓")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\t0\\d{6}\t"))));              // "0001003"-style username
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\t"))));  // microseconds
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d\t"))));           // and without
    QVERIFY(text.contains(QLatin1String("\t\t")));                                                  // empty fields
}

void TestDemoGenerator::forumUsesEveryDateDialect()
{
    QDirIterator it(m_root, {QStringLiteral("*.mongo")}, QDir::Files, QDirIterator::Subdirectories);
    QByteArray all;
    while (it.hasNext())
        all += readAll(it.next());
    QVERIFY(all.contains(R"("$date" : 1)"));                  // 2.x: epoch milliseconds, spaced
    QVERIFY(all.contains(R"({"$date":"20)"));                 // ISO string
    QVERIFY(all.contains(R"({"$date":{"$numberLong":")"));    // canonical
    QVERIFY(all.contains(R"({"$numberLong":")"));
    QVERIFY(all.contains(R"("parent_ids":[{"$oid":")"));
    for (const QByteArray &line : lines(all))
        QVERIFY(QJsonDocument::fromJson(line).isObject());
}

void TestDemoGenerator::courseStructuresInBothKeyStyles()
{
    QDirIterator it(m_root, {QStringLiteral("*course_structure*.json")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList roots;
    while (it.hasNext()) {
        const QByteArray bytes = readAll(it.next());
        const QJsonObject blocks = QJsonDocument::fromJson(bytes).object();
        QVERIFY(blocks.size() > 40);
        for (auto b = blocks.begin(); b != blocks.end(); ++b) {
            for (const QJsonValue &child : b.value().toObject().value(QLatin1String("children")).toArray())
                QVERIFY2(blocks.contains(child.toString()), qPrintable(child.toString()));
            if (b.value().toObject().value(QLatin1String("category")).toString() == QLatin1String("course"))
                roots << b.key();
        }
        QVERIFY(bytes.contains("\\u00e9"));          // ensure_ascii
        QVERIFY(bytes.contains("Q&A for Ch. 1.2"));   // dotted topic names
    }
    QCOMPARE(roots.size(), 3);
    QVERIFY(roots.filter(QLatin1String("block-v1:")).size() >= 1);
    QVERIFY(roots.filter(QLatin1String("i4x://")).size() >= 1);
}

void TestDemoGenerator::trackingLogsCarryTheHardCases()
{
    QByteArray all;
    QDirIterator it(m_root, {QStringLiteral("*.log.gz")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += readAll(it.next()) + '\n';
    const QByteArray needles[] = {
        R"("$ Budget")", R"x("Ideas (v1.2)")x", R"("xblock.partition_service.partition_)",
        R"("event_source": "browser")", R"("event": "{\"id\": )", R"("event": ["input_)",
        R"("received_at")", R"("username": "", )", R"("user_id": null)", "ip-10-3-21-117 {",
        R"(/courses/course-v1:DemoX+DS101x+1T2016/)", R"(/courses/DemoX/6.00.1-x/2016_Spring/)",
        "\xe9", "502 Bad Gateway", R"("problem_id": "block-v1:)", R"("page": "x_module")",
    };
    for (const QByteArray &n : needles)
        QVERIFY2(all.contains(n), n.constData());
    bool truncatedAt10000 = false;
    for (const QByteArray &line : lines(all))
        truncatedAt10000 |= line.size() == 10000;
    QVERIFY(truncatedAt10000);
}

void TestDemoGenerator::everyFileIsClassifiedAsTheManifestSays()
{
    const QJsonArray files = m_manifest.value(QLatin1String("files")).toArray();
    QVERIFY(files.size() >= 3 * 13 + 3);
    int notImported = 0;
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        const Classification c = Classifier::builtIn().classify(f.value(QLatin1String("file")).toString());
        QVERIFY(c.recognised());
        QCOMPARE(fileKindId(c.kind), f.value(QLatin1String("kind")).toString());
        QCOMPARE(c.imported ? QJsonValue(c.database) : QJsonValue(), f.value(QLatin1String("database")));
        notImported += !c.imported;
    }
    QVERIFY(notImported >= 3 * 5 + 1); // tags, wiki, ora, failed, OLX per course + email opt-in
}

void TestDemoGenerator::failsWithAMessageNamingThePath()
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    DemoParams p = smallParams(blocker + QStringLiteral("/inside"));
    const DemoResult r = DemoGenerator(p).run();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(blocker), qPrintable(r.error));

    std::atomic_bool cancel = true;
    const DemoResult cancelled = DemoGenerator(smallParams(m_dir.filePath(QStringLiteral("cancelled")))).run({}, &cancel);
    QVERIFY(!cancelled.ok);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("cancelled/manifest.json"))));
}

void TestDemoGenerator::rejectsBadParameters()
{
    DemoParams p = smallParams(m_dir.filePath(QStringLiteral("bad")));
    p.courses = 0;
    QVERIFY(!DemoGenerator::validate(p).isEmpty());
    p.courses = 1;
    p.eventsPerDay = 0;
    QVERIFY(!DemoGenerator(p).run().ok);
    p.eventsPerDay = 10;
    QVERIFY(DemoGenerator::validate(p).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
