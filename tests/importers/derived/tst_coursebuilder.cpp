// The course-specific tracking collection: McGillX course configs, exact copies for the inclusive
// window (boundary instants included), enrichment of browser and server events from the course
// structure in every id form, and rebuilds that change nothing.
#include "storetesting.h"
#include "classifier.h"
#include "coursebuilder.h"
#include "courseconfig.h"
#include "demogenerator.h"
#include "embeddedstore.h"
#include "importjob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace EdxLoader;

class TestCourseBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void configInTheSeedFormat();
    void configValidation();
    void blockReferences_data();
    void blockReferences();
    void exactCountsForTheWindow_data();
    void exactCountsForTheWindow();
    void boundaryInstants();
    void rebuildChangesNothing();
    void unresolvedEventsAreReported();
    void eventsFoundByTheirKeysAreInStudioOnesOut();

private:
    QList<FileResult> import(const QStringList &paths);
    QMap<QString, QJsonObject> documents(const QString &db, const QString &collection);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedStore> m_store;
    QJsonObject m_manifest;
    DemoParams m_demo;
};

QList<FileResult> TestCourseBuilder::import(const QStringList &paths)
{
    ImportJob job(*m_store, {});
    QList<FileResult> results;
    for (const ImportTask &t : planImport(paths, {}))
        results.append(job.run(t));
    return results;
}

QMap<QString, QJsonObject> TestCourseBuilder::documents(const QString &db, const QString &collection)
{
    QMap<QString, QJsonObject> out;
    EXPECT_OK(m_store->findJson(db, collection, {}, {}, [&](QByteArrayView json) {
        const QJsonObject o = QJsonDocument::fromJson(json.toByteArray()).object();
        out.insert(QString::fromUtf8(QJsonDocument(QJsonArray{o.value(QLatin1String("_id"))}).toJson(QJsonDocument::Compact)), o);
        return true;
    }));
    return out;
}

void TestCourseBuilder::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EmbeddedStore>(m_dir->filePath(QStringLiteral("store")));
    m_demo.directory = m_dir->filePath(QStringLiteral("demo"));
    m_demo.courses = 2;
    m_demo.days = 4;
    m_demo.eventsPerDay = 3000;
    const DemoResult demo = DemoGenerator(m_demo).run();
    QVERIFY(demo.ok);
    for (const FileResult &r : import({demo.packageDir, demo.eventsDir}))
        QVERIFY2(r.status != FileResult::Status::Failed, qPrintable(r.message));
    QFile f(demo.manifestPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_manifest = QJsonDocument::fromJson(f.readAll()).object();
}

void TestCourseBuilder::configInTheSeedFormat()
{
    // Written the way the McGillX configs are (blank first line, spaces before the colons).
    const QByteArray seed = "{\n    \n    \"edx_id\" : \"atoc185x\",\n    \"edx_course_name\" : \"Natural Disasters\",\n"
                            "    \"course_ids\" : [\"McGillX/ATOC185x/2T2014\", \"McGillX/ATOC185x/asset\"],\n"
                            "    \"date_of_course_enrollment\" : \"2014-02-28\",\n"
                            "    \"date_of_course_completion\" : \"2014-08-30\"\n\n}\n";
    CourseConfig c;
    QString error;
    QVERIFY2(CourseConfig::fromJson(seed, &c, &error), qPrintable(error));
    QCOMPARE(c.edxId, QStringLiteral("atoc185x"));
    QCOMPARE(c.edxCourseName, QStringLiteral("Natural Disasters"));
    QCOMPARE(c.courseIds, (QStringList{QStringLiteral("McGillX/ATOC185x/2T2014"), QStringLiteral("McGillX/ATOC185x/asset")}));
    QCOMPARE(c.enrollment, QDate(2014, 2, 28));
    QCOMPARE(c.completion, QDate(2014, 8, 30));
    QVERIFY(c.validate().isEmpty());
    QCOMPARE(c.destinationDatabase(), QStringLiteral("McGillX-ATOC185x-2T2014"));
    QCOMPARE(c.collection, QStringLiteral("tracking"));

    // Written back in the same layout and key order, and read again unchanged.
    const QByteArray written = c.toJson();
    QVERIFY(written.indexOf("\"edx_id\"") < written.indexOf("\"edx_course_name\""));
    QVERIFY(written.indexOf("\"course_ids\"") < written.indexOf("\"date_of_course_enrollment\""));
    QVERIFY(written.contains("\"date_of_course_completion\" : \"2014-08-30\""));
    QVERIFY(!written.contains("destination"));
    CourseConfig again;
    QVERIFY(CourseConfig::fromJson(written, &again, &error));
    QCOMPARE(again.courseIds, c.courseIds);
    QCOMPARE(again.completion, c.completion);

    // The destination, when not the default, is kept too; a file round-trips.
    c.database = QStringLiteral("research");
    c.collection = QStringLiteral("atoc_2014");
    const QString path = m_dir->filePath(QStringLiteral("atoc.json"));
    QVERIFY(c.save(path, &error));
    QVERIFY(CourseConfig::load(path, &again, &error));
    QCOMPARE(again.destinationDatabase(), QStringLiteral("research"));
    QCOMPARE(again.collection, QStringLiteral("atoc_2014"));

    // course-v1 ids whose course number holds "." and "-" map to the course's database.
    QCOMPARE(CourseConfig::fileKeyOf(QStringLiteral("course-v1:MITx+6.00.1-x+1T2014")), QStringLiteral("MITx-6.00.1-x-1T2014"));
    c.database.clear();
    c.courseIds = {QStringLiteral("course-v1:MITx+6.00.1-x+1T2014")};
    QCOMPARE(c.destinationDatabase(), QStringLiteral("MITx-6_00_1-x-1T2014"));
}

void TestCourseBuilder::configValidation()
{
    // The seed's template loads, and says what is missing.
    const QByteArray templ = "{\n    \n    \"edx_id\" : \"\",\n    \"edx_course_name\" : \"\",\n    \"course_ids\" : [],\n"
                             "    \"date_of_course_enrollment\" : \"YYYY-MM-DD\",\n"
                             "    \"date_of_course_completion\" : \"YYYY-MM-DD\"\n\n}\n";
    CourseConfig c;
    QString error;
    QVERIFY2(CourseConfig::fromJson(templ, &c, &error), qPrintable(error));
    const QString problems = c.validate().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("at least one course id")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("\"YYYY-MM-DD\" is not a date")), qPrintable(problems));

    c.courseIds = {QStringLiteral("McGillX/ATOC185x/2T2014")};
    c.enrollment = QDate(2014, 8, 30);
    c.completion = QDate(2014, 2, 28);
    QVERIFY(c.validate().join(QLatin1Char(' ')).contains(QLatin1String("before the enrollment date")));
    QVERIFY(!CourseConfig::fromJson("{\"course_ids\": \"McGillX/ATOC185x/2T2014\"}", &c, &error));
    QVERIFY(error.contains(QLatin1String("list")));
    QVERIFY(!CourseConfig::fromJson("not json", &c, &error));

    // Building with an invalid config fails with the same messages, writing nothing.
    CourseConfig bad;
    const CourseBuildResult r = CourseBuilder(*m_store).build(bad);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("course id")));
}

void TestCourseBuilder::blockReferences_data()
{
    QTest::addColumn<QByteArray>("reference");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<bool>("certain");
    QTest::newRow("block-v1") << QByteArray("block-v1:MITx+6.00.1-x+1T2014+type@problem+block@6e3f1a2b") << QByteArray("6e3f1a2b") << true;
    QTest::newRow("i4x url") << QByteArray("i4x://MITx/6.002x/problem/Sample_Algebraic_Problem") << QByteArray("Sample_Algebraic_Problem") << true;
    QTest::newRow("i4x hyphens") << QByteArray("i4x-McGillX-ATOC185x-video-3a5f9c") << QByteArray("3a5f9c") << true;
    QTest::newRow("i4x id with hyphen") << QByteArray("i4x-MITx-6_002x-html-week-1-intro") << QByteArray("week-1-intro") << true;
    QTest::newRow("courseware url") << QByteArray("https://courses.edx.org/courses/McGillX/ATOC185x/2T2014/courseware/ch1/seq2/3?activate=x")
                                    << QByteArray("seq2") << true;
    QTest::newRow("courseware chapter") << QByteArray("/courses/course-v1:A+B+C/courseware/ch1/") << QByteArray("ch1") << true;
    QTest::newRow("xblock handler") << QByteArray("/courses/course-v1:A+B+C/xblock/block-v1:A+B+C+type@problem+block@p7/handler/xmodule_handler/problem_check")
                                    << QByteArray("p7") << true;
    QTest::newRow("jump_to_id") << QByteArray("/courses/A/B/C/jump_to_id/vid9") << QByteArray("vid9") << true;
    QTest::newRow("escaped i4x") << QByteArray("/courses/A/B/C/modx/i4x:;_;_A;_B;_problem;_p3/problem_get") << QByteArray("p3") << true;
    QTest::newRow("bare id") << QByteArray("51227760dce0a5ed852b4f8e") << QByteArray("51227760dce0a5ed852b4f8e") << false;
    QTest::newRow("no block") << QByteArray("https://courses.edx.org/courses/course-v1:A+B+C/progress") << QByteArray() << true;
}

void TestCourseBuilder::blockReferences()
{
    QFETCH(QByteArray, reference);
    QFETCH(QByteArray, first);
    QFETCH(bool, certain);
    bool isCertain = false;
    const CourseBuilder::Candidates ids = CourseBuilder::candidates(reference, &isCertain);
    QCOMPARE(ids.value(0).toByteArray(), first);
    if (!first.isEmpty())
        QCOMPARE(isCertain, certain);
}

void TestCourseBuilder::exactCountsForTheWindow_data()
{
    QTest::addColumn<QString>("courseId");
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<int>("lastDay");
    // One course of each key style: the old slash id has "." and "-" in its number.
    const QJsonArray courses = m_manifest.value(QLatin1String("courses")).toArray();
    for (const QJsonValue &c : courses) {
        const QString id = c.toObject().value(QLatin1String("course_id")).toString();
        QTest::addRow("%s whole", qPrintable(id)) << id << -3 << 5;
        QTest::addRow("%s days 2-3", qPrintable(id)) << id << 1 << 2;
        QTest::addRow("%s one day", qPrintable(id)) << id << 0 << 0;
    }
}

void TestCourseBuilder::exactCountsForTheWindow()
{
    QFETCH(QString, courseId);
    QFETCH(int, firstDay);
    QFETCH(int, lastDay);
    CourseConfig config;
    config.courseIds = {courseId};
    config.enrollment = m_demo.firstDay.addDays(firstDay);
    config.completion = m_demo.firstDay.addDays(lastDay);
    config.collection = QStringLiteral("window");
    // The manifest's events of this course per UTC date of their time.
    qint64 expected = 0;
    for (const QJsonValue &v : m_manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject days = v.toObject().value(QLatin1String("course_days")).toObject().value(courseId).toObject();
        for (auto it = days.begin(); it != days.end(); ++it) {
            const QDate d = QDate::fromString(it.key(), Qt::ISODate);
            if (d >= config.enrollment && d <= config.completion)
                expected += it.value().toInteger();
        }
    }
    QVERIFY(expected > 0);
    const CourseBuildResult r = CourseBuilder(*m_store).build(config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.copied, expected);
    QCOMPARE(m_store->count(r.database, r.collection).value(), expected);
    QCOMPARE(r.copied, r.enriched + r.withoutReference + r.unresolved);
    // Every event naming a block of the course is enriched: the demo's structure holds them all.
    QCOMPARE(r.unresolved, 0);
    QVERIFY(r.enriched > r.copied / 2);

    // Enriched copies keep every field of the event as it is, and gain the block's data.
    const QMap<QString, QJsonObject> built = documents(r.database, r.collection);
    const QMap<QString, QJsonObject> master = documents(QStringLiteral("tracking_logs"), QStringLiteral("tracking"));
    int browserEnriched = 0, serverEnriched = 0;
    for (auto it = built.begin(); it != built.end(); ++it) {
        QJsonObject copy = it.value();
        const bool enriched = copy.contains(QLatin1String("parent_data"));
        if (enriched) {
            QVERIFY(copy.value(QLatin1String("parent_data")).isObject());
            QVERIFY(copy.value(QLatin1String("metadata")).isObject());
            const QString source = copy.value(QLatin1String("event_source")).toString();
            browserEnriched += source == QLatin1String("browser");
            serverEnriched += source == QLatin1String("server");
        }
        copy.remove(QLatin1String("parent_data"));
        copy.remove(QLatin1String("metadata"));
        QCOMPARE(copy, master.value(it.key()));
        QCOMPARE(copy.value(QLatin1String("course_id")).toString(), courseId);
    }
    QVERIFY(browserEnriched > 0);
    QVERIFY(serverEnriched > 0);
}

void TestCourseBuilder::boundaryInstants()
{
    // Hand-made events around the window [2016-05-02, 2016-05-03] of one course, with offsets.
    const QString course = QStringLiteral("course-v1:EdgeX+T.1-b+2016");
    auto line = [&](const QString &time, const QString &id) {
        return QStringLiteral("{\"username\": \"u\", \"event_source\": \"server\", \"event_type\": \"x\", \"event\": {\"n\": \"%1\"}, "
                              "\"time\": \"%2\", \"context\": {\"course_id\": \"%3\"}}\n")
            .arg(id, time, course)
            .toUtf8();
    };
    QByteArray log;
    const QList<std::pair<QString, bool>> instants = {
        {QStringLiteral("2016-05-01T23:59:59.999999+00:00"), false},
        {QStringLiteral("2016-05-02T00:00:00+00:00"), true},
        {QStringLiteral("2016-05-02T00:30:00+01:00"), false}, // 2016-05-01T23:30Z
        {QStringLiteral("2016-05-03T12:00:00.123456+00:00"), true},
        {QStringLiteral("2016-05-03T23:59:59.999999+00:00"), true},
        {QStringLiteral("2016-05-03T23:30:00-01:00"), false}, // 2016-05-04T00:30Z
        {QStringLiteral("2016-05-04T00:00:00+00:00"), false},
    };
    int in = 0;
    for (int i = 0; i < instants.size(); ++i) {
        log += line(instants[i].first, QString::number(i));
        in += instants[i].second;
    }
    const QString path = m_dir->filePath(QStringLiteral("edgex-edx-events-2016-05-02.log"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(log);
    f.close();
    QCOMPARE(import({path}).value(0).imported, instants.size());
    CourseConfig config;
    config.courseIds = {course};
    config.enrollment = QDate(2016, 5, 2);
    config.completion = QDate(2016, 5, 3);
    const CourseBuildResult r = CourseBuilder(*m_store).build(config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.database, QStringLiteral("EdgeX-T_1-b-2016"));
    QCOMPARE(r.copied, in);
    QSet<QString> copied;
    for (const QJsonObject &o : documents(r.database, r.collection))
        copied.insert(o.value(QLatin1String("event")).toObject().value(QLatin1String("n")).toString());
    for (int i = 0; i < instants.size(); ++i)
        QVERIFY2(copied.contains(QString::number(i)) == instants[i].second, qPrintable(instants[i].first));
    // No course structure was imported for this course: its events stay as they are.
    QCOMPARE(r.enriched, 0);
}

void TestCourseBuilder::rebuildChangesNothing()
{
    CourseConfig config;
    config.courseIds = {QStringLiteral("course-v1:DemoX+DS101x+1T2016")};
    config.enrollment = m_demo.firstDay;
    config.completion = m_demo.firstDay.addDays(m_demo.days);
    CourseBuilder builder(*m_store);
    const CourseBuildResult first = builder.build(config);
    QVERIFY2(first.ok, qPrintable(first.error));
    const auto before = documents(first.database, first.collection);
    const CourseBuildResult second = builder.build(config);
    QVERIFY(second.ok);
    QCOMPARE(second.copied, first.copied);
    QCOMPARE(second.enriched, first.enriched);
    QCOMPARE(documents(second.database, second.collection), before);

    // A cancelled rebuild leaves the previous result whole.
    std::atomic_bool cancel = true;
    const CourseBuildResult cancelled = builder.build(config, {}, &cancel);
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.error.contains(QLatin1String("Cancelled")));
    QCOMPARE(m_store->count(first.database, first.collection).value(), first.copied);

    // The tracking logs' own database is not a destination.
    config.database = QStringLiteral("tracking_logs");
    QVERIFY(!builder.build(config).ok);
}

void TestCourseBuilder::unresolvedEventsAreReported()
{
    // The old-style course, built against a destination holding another course's structure
    // only: its block references stay unresolved, with the reason.
    const QJsonArray courses = m_manifest.value(QLatin1String("courses")).toArray();
    QString slashCourse;
    for (const QJsonValue &c : courses) {
        if (!c.toObject().value(QLatin1String("course_id")).toString().startsWith(QLatin1String("course-v1:")))
            slashCourse = c.toObject().value(QLatin1String("course_id")).toString();
    }
    QVERIFY(!slashCourse.isEmpty());
    // Move its structure away: build into a database of its own, after dropping the structure.
    const QString db = Classifier::databaseNameForCourse(CourseConfig::fileKeyOf(slashCourse));
    QVERIFY(m_store->dropCollection(db, QStringLiteral("course_structure")));
    CourseConfig config;
    config.courseIds = {slashCourse};
    config.enrollment = m_demo.firstDay;
    config.completion = m_demo.firstDay.addDays(m_demo.days);
    config.collection = QStringLiteral("without_structure");
    const CourseBuildResult r = CourseBuilder(*m_store).build(config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.unresolved > 0);
    QCOMPARE(r.enriched, 0);
    QVERIFY(r.reasons.value(QStringLiteral("no course structure imported for this course")) > 0);
}

QTEST_GUILESS_MAIN(TestCourseBuilder)
// Issue 17 item 3: learner events with an empty context.course_id join the course collection
// through their block keys and URLs; the course team's Studio requests, although attributed,
// are left out and counted.
void TestCourseBuilder::eventsFoundByTheirKeysAreInStudioOnesOut()
{
    const QString course = QStringLiteral("course-v1:KeyX+K1+2016");
    const QByteArray log =
        "{\"username\": \"a\", \"event_type\": \"problem_check\", \"event_source\": \"server\", \"time\": \"2016-06-01T10:00:00Z\", "
        "\"context\": {\"course_id\": \"\"}, \"event\": {\"problem_id\": \"block-v1:KeyX+K1+2016+type@problem+block@p\"}}\n"
        "{\"username\": \"a\", \"event_type\": \"edx.ui.lms.sequence.tab_selected\", \"time\": \"2016-06-01T10:01:00Z\", "
        "\"context\": {\"course_id\": \"\"}, \"page\": \"https://learning.example.org/course/course-v1:KeyX+K1+2016/home\"}\n"
        "{\"username\": \"staff\", \"event_type\": \"/container/block-v1:KeyX+K1+2016+type@vertical+block@v\", "
        "\"host\": \"studio.example.org\", \"time\": \"2016-06-01T10:02:00Z\", \"context\": {\"course_id\": \"\"}}\n"
        "{\"username\": \"staff\", \"event_type\": \"x\", \"host\": \"studio.example.org\", \"time\": \"2016-06-01T10:03:00Z\", "
        "\"context\": {\"course_id\": \"course-v1:KeyX+K1+2016\"}}\n";
    const QString path = m_dir->filePath(QStringLiteral("keyx-edx-events-2016-06-01.log"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(log);
    f.close();
    QCOMPARE(import({path}).value(0).imported, 4);
    CourseConfig config;
    config.courseIds = {course};
    config.enrollment = QDate(2016, 6, 1);
    config.completion = QDate(2016, 6, 1);
    const CourseBuildResult r = CourseBuilder(*m_store).build(config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.copied, 2);
    QCOMPARE(r.studioLeftOut, 2);
    for (const QJsonObject &o : documents(r.database, r.collection))
        QCOMPARE(o.value(QLatin1String("username")).toString(), QStringLiteral("a"));
}

#include "tst_coursebuilder.moc"
