// The classifier against real-world file names, one named row per quirk (PRODUCT.md §4,
// FORMATS.md §1.3, ANCHORS.md §0.1 and §5.1).
#include "classifier.h"

#include <QTest>

using namespace EdxLoader;

class TestClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void edxTableScheme_data();
    void edxTableScheme();
    void notesExplainWhy();
    void databaseNames_data();
    void databaseNames();
    void rejectsBrokenRules_data();
    void rejectsBrokenRules();
};

void TestClassifier::classify_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("course");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<QString>("target"); // empty when not imported by default

    auto row = [](const char *name, const char *path, const char *kind, const char *course, const char *table,
                  const char *site, const char *date, bool encrypted, bool failed, const char *target) {
        QTest::newRow(name) << QString::fromUtf8(path) << QString::fromLatin1(kind) << QString::fromUtf8(course)
                            << QString::fromLatin1(table) << QString::fromLatin1(site) << QString::fromLatin1(date)
                            << encrypted << failed << QString::fromUtf8(target);
    };
    const char *mc = "McGillX-CHEM181x-1T2014";
    // The six tables the seed workflow imports, McGillX collection names.
    row("auth_user", "McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql", "sql-table", mc, "auth_user", "prod", "", false, false, "McGillX-CHEM181x-1T2014.user");
    row("auth_userprofile", "McGillX-CHEM181x-1T2014-auth_userprofile-prod-analytics.sql", "sql-table", mc, "auth_userprofile", "prod", "", false, false, "McGillX-CHEM181x-1T2014.userprofile");
    row("certificates", "McGillX-CHEM181x-1T2014-certificates_generatedcertificate-prod-analytics.sql", "sql-table", mc, "certificates_generatedcertificate", "prod", "", false, false, "McGillX-CHEM181x-1T2014.certificates");
    row("studentmodule", "McGillX-CHEM181x-1T2014-courseware_studentmodule-prod-analytics.sql", "sql-table", mc, "courseware_studentmodule", "prod", "", false, false, "McGillX-CHEM181x-1T2014.courseware_studentmodule");
    row("enrollment", "McGillX-CHEM181x-1T2014-student_courseenrollment-prod-analytics.sql", "sql-table", mc, "student_courseenrollment", "prod", "", false, false, "McGillX-CHEM181x-1T2014.enrollment");
    row("user_id_map", "McGillX-CHEM181x-1T2014-user_id_map-prod-analytics.sql", "sql-table", mc, "user_id_map", "prod", "", false, false, "McGillX-CHEM181x-1T2014.user_id_map");
    row("forum", "McGillX-CHEM181x-1T2014-prod.mongo", "forum", mc, "", "prod", "", false, false, "McGillX-CHEM181x-1T2014.forum");
    row("course structure", "McGillX-CHEM181x-1T2014-course_structure-prod-analytics.json", "course-structure", mc, "", "prod", "", false, false, "McGillX-CHEM181x-1T2014.course_structure");
    // Course numbers and runs containing '-', '.' and '_' (opaque keys allow [\w\-~.:]).
    row("number with dots and dash", "MITx-6.00.1-x-1T2014-auth_user-prod-analytics.sql", "sql-table", "MITx-6.00.1-x-1T2014", "auth_user", "prod", "", false, false, "MITx-6_00_1-x-1T2014.user");
    row("run with underscore", "HarvardX-PH207x-2012_Fall-student_courseenrollment-prod-analytics.sql", "sql-table", "HarvardX-PH207x-2012_Fall", "student_courseenrollment", "prod", "", false, false, "HarvardX-PH207x-2012_Fall.enrollment");
    row("run with dash", "UniversityX-DS101x-3T2016-b-auth_userprofile-prod-analytics.sql", "sql-table", "UniversityX-DS101x-3T2016-b", "auth_userprofile", "prod", "", false, false, "UniversityX-DS101x-3T2016-b.userprofile");
    row("number with underscore", "DemoX-CHEM_181x-3T2016-courseware_studentmodule-prod-analytics.sql", "sql-table", "DemoX-CHEM_181x-3T2016", "courseware_studentmodule", "prod", "", false, false, "DemoX-CHEM_181x-3T2016.courseware_studentmodule");
    row("ccx course", "MITx-6.002x-2016-ccx-12-auth_user-prod-analytics.sql", "sql-table", "MITx-6.002x-2016-ccx-12", "auth_user", "prod", "", false, false, "MITx-6_002x-2016-ccx-12.user");
    row("forum of dotted course", "MITx-6.00.1-x-1T2014-prod.mongo", "forum", "MITx-6.00.1-x-1T2014", "", "prod", "", false, false, "MITx-6_00_1-x-1T2014.forum");
    // Encryption and export failures.
    row("encrypted table", "McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql.gpg", "sql-table", mc, "auth_user", "prod", "", true, false, "McGillX-CHEM181x-1T2014.user");
    row("encrypted upper-case suffix", "McGillX-CHEM181x-1T2014-prod.mongo.GPG", "forum", mc, "", "prod", "", true, false, "McGillX-CHEM181x-1T2014.forum");
    row("failed export encrypted", "UniversityX-DS101x-1T2016-teams-prod-analytics.sql.failed.gpg", "sql-table", "UniversityX-DS101x-1T2016", "teams", "prod", "", true, true, "");
    row("failed export of a used table", "UniversityX-DS101x-1T2016-auth_user-prod-analytics.sql.failed", "sql-table", "UniversityX-DS101x-1T2016", "auth_user", "prod", "", false, true, "");
    // Members of the weekly zip, including the ora/ folder.
    row("zip member", "universityx-2016-05-01/UniversityX-DS101x-1T2016-user_id_map-prod-analytics.sql.gpg", "sql-table", "UniversityX-DS101x-1T2016", "user_id_map", "prod", "", true, false, "UniversityX-DS101x-1T2016.user_id_map");
    row("ora member", "universityx-2016-05-01/ora/UniversityX-DS101x-1T2016-submissions_submission-prod-analytics.sql.gpg", "ora-table", "UniversityX-DS101x-1T2016", "submissions_submission", "prod", "", true, false, "");
    row("ora member of a new table", "universityx-2016-05-01/ora/UniversityX-DS101x-1T2016-assessment_sharedfileupload-prod-analytics.sql.gpg", "ora-table", "UniversityX-DS101x-1T2016", "assessment_sharedfileupload", "prod", "", true, false, "");
    // Sites.
    row("prod-edge analytics", "MITx-6.002x-2013_Spring-auth_user-prod-edge-analytics.sql", "sql-table", "MITx-6.002x-2013_Spring", "auth_user", "prod-edge", "", false, false, "MITx-6_002x-2013_Spring.user");
    row("edge analytics", "MITx-8.MReV-2013_Summer-student_courseenrollment-edge-analytics.sql", "sql-table", "MITx-8.MReV-2013_Summer", "student_courseenrollment", "edge", "", false, false, "MITx-8_MReV-2013_Summer.enrollment");
    row("acceptance site without -analytics", "edX-DemoX-Demo_Course-auth_user-acceptance.sql", "sql-table", "edX-DemoX-Demo_Course", "auth_user", "acceptance", "", false, false, "edX-DemoX-Demo_Course.user");
    row("edge forum", "MITx-6.00.1-x-1T2014-edge.mongo", "forum", "MITx-6.00.1-x-1T2014", "", "edge", "", false, false, "MITx-6_00_1-x-1T2014.forum");
    row("acceptance forum", "edX-DemoX-Demo_Course-acceptance.mongo", "forum", "edX-DemoX-Demo_Course", "", "acceptance", "", false, false, "edX-DemoX-Demo_Course.forum");
    row("acceptance course structure", "edX-DemoX-Demo_Course-course_structure-acceptance.json", "course-structure", "edX-DemoX-Demo_Course", "", "acceptance", "", false, false, "edX-DemoX-Demo_Course.course_structure");
    // Daily tracking logs.
    row("tracking log encrypted", "mcgillx-edx-events-2014-02-01.log.gz.gpg", "tracking-log", "", "", "edx", "2014-02-01", true, false, "tracking_logs.tracking");
    row("tracking log plain", "mcgillx-edx-events-2014-02-01.log", "tracking-log", "", "", "edx", "2014-02-01", false, false, "tracking_logs.tracking");
    row("tracking log edge", "harvardx-edge-events-2016-05-01.log.gz", "tracking-log", "", "", "edge", "2016-05-01", false, false, "tracking_logs.tracking");
    row("tracking log prod", "universityx-prod-events-2016-05-01.log.gz", "tracking-log", "", "", "prod", "2016-05-01", false, false, "tracking_logs.tracking");
    row("tracking log patches", "mitx-patches-events-2019-01-02.log.gz.gpg", "tracking-log", "", "", "patches", "2019-01-02", true, false, "tracking_logs.tracking");
    row("tracking log of dashed org", "uc-berkeleyx-edx-events-2015-01-01.log.gz", "tracking-log", "", "", "edx", "2015-01-01", false, false, "tracking_logs.tracking");
    row("course-level event export", "edX_DemoX_Demo_Course-events-2015-10-01.log", "tracking-log", "", "", "", "2015-10-01", false, false, "tracking_logs.tracking");
    row("pre-2014 per-server log", "prod-edxapp-001/2013-08-01_HarvardX.log", "tracking-log", "", "", "", "2013-08-01", false, false, "tracking_logs.tracking");
    row("impossible date", "mcgillx-edx-events-2014-02-30.log.gz", "unknown", "", "", "", "", false, false, "");
    // Browser downloads renamed "(1)".
    row("chrome copy", "McGillX-CHEM181x-1T2014-auth_user-prod-analytics (1).sql", "sql-table", mc, "auth_user", "prod", "", false, false, "McGillX-CHEM181x-1T2014.user");
    row("firefox copy", "mcgillx-edx-events-2014-02-01.log(1).gz", "tracking-log", "", "", "edx", "2014-02-01", false, false, "tracking_logs.tracking");
    row("chrome copy of encrypted log", "mcgillx-edx-events-2014-02-01.log.gz (2).gpg", "tracking-log", "", "", "edx", "2014-02-01", true, false, "tracking_logs.tracking");
    // Known files that are not imported by default.
    row("email opt-in", "mcgillx-email_opt_in-prod-analytics.csv.gpg", "email-opt-in", "", "", "prod", "", true, false, "");
    row("usercoursetag not in use", "McGillX-CHEM181x-1T2014-user_api_usercoursetag-prod-analytics.sql", "sql-table", mc, "user_api_usercoursetag", "prod", "", false, false, "");
    row("wiki_article not in use", "McGillX-CHEM181x-1T2014-wiki_article-prod-analytics.sql", "sql-table", mc, "wiki_article", "prod", "", false, false, "");
    row("wiki_articlerevision not in use", "McGillX-CHEM181x-1T2014-wiki_articlerevision-prod-analytics.sql", "sql-table", mc, "wiki_articlerevision", "prod", "", false, false, "");
    row("optional languageproficiency", "edX-DemoX-Demo_Course-student_languageproficiency-acceptance.sql", "sql-table", "edX-DemoX-Demo_Course", "student_languageproficiency", "acceptance", "", false, false, "");
    row("optional verificationstatus", "edX-DemoX-Demo_Course-verify_student_verificationstatus-acceptance.sql", "sql-table", "edX-DemoX-Demo_Course", "verify_student_verificationstatus", "acceptance", "", false, false, "");
    row("optional grades", "UniversityX-DS101x-1T2016-grades_persistentsubsectiongrade-prod-analytics.sql", "sql-table", "UniversityX-DS101x-1T2016", "grades_persistentsubsectiongrade", "prod", "", false, false, "");
    row("unknown table", "UniversityX-DS101x-1T2016-program_enrollments-prod-analytics.sql", "sql-table", "UniversityX-DS101x-1T2016", "program_enrollments", "prod", "", false, false, "");
    row("olx export", "edX-DemoX-Demo_Course-course-acceptance.xml.tar.gz", "olx-course", "edX-DemoX-Demo_Course", "", "acceptance", "", false, false, "");
    row("olx export encrypted", "McGillX-CHEM181x-1T2014-course-prod-analytics.xml.tar.gz.gpg", "olx-course", mc, "", "prod", "", true, false, "");
    // Packages, archives and leftovers.
    row("weekly package", "mcgillx-2016-05-01.zip", "data-package", "", "", "", "2016-05-01", false, false, "");
    row("email opt-in package", "email-opt-in-mcgillx-2016-05-01.zip", "data-package", "", "", "", "2016-05-01", false, false, "");
    row("weekly tracking archive", "2014-06-01-mcgillx-tracking.tar", "tracking-archive", "", "", "", "2014-06-01", false, false, "");
    row("errors file of old loader", "mcgillx-edx-events-2014-02-01.log.gz-errors", "error-report", "", "", "", "", false, false, "");
    row("windows path", "C:\\Users\\me\\Downloads\\McGillX-CHEM181x-1T2014-prod.mongo", "forum", mc, "", "prod", "", false, false, "McGillX-CHEM181x-1T2014.forum");
    row("non-ascii folder", "/home/zoë/Téléchargements/McGillX-CHEM181x-1T2014-user_id_map-prod-analytics.sql", "sql-table", mc, "user_id_map", "prod", "", false, false, "McGillX-CHEM181x-1T2014.user_id_map");
    row("junk readme", "README.txt", "unknown", "", "", "", "", false, false, "");
    row("junk mac metadata", "universityx-2016-05-01/.DS_Store", "unknown", "", "", "", "", false, false, "");
    row("junk sql dump", "backup.sql", "unknown", "", "", "", "", false, false, "");
    row("junk json", "survey_pages_template.json", "unknown", "", "", "", "", false, false, "");
    row("empty name", "", "unknown", "", "", "", "", false, false, "");
}

void TestClassifier::classify()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(QString, course);
    QFETCH(QString, table);
    QFETCH(QString, site);
    QFETCH(QString, date);
    QFETCH(bool, encrypted);
    QFETCH(bool, failed);
    QFETCH(QString, target);

    const Classification c = Classifier::builtIn().classify(path);
    QCOMPARE(fileKindId(c.kind), kind);
    QCOMPARE(c.courseKey, course);
    QCOMPARE(c.table, table);
    QCOMPARE(c.site, site);
    QCOMPARE(c.date.isValid() ? c.date.toString(Qt::ISODate) : QString(), date);
    QCOMPARE(c.encrypted, encrypted);
    QCOMPARE(c.failedExport, failed);
    QCOMPARE(c.imported ? c.target() : QString(), target);
    QCOMPARE(c.imported, !target.isEmpty());
    QVERIFY2(!c.kindLabel().isEmpty(), "every row needs a kind a person can read");
    if (!c.imported)
        QVERIFY2(!c.note().isEmpty(), "a file that is not imported must say why");
}

void TestClassifier::edxTableScheme_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("collection");
    QTest::newRow("auth_user") << QStringLiteral("X-Y-Z-auth_user-prod-analytics.sql") << QStringLiteral("auth_user");
    QTest::newRow("enrollment") << QStringLiteral("X-Y-Z-student_courseenrollment-prod-analytics.sql")
                                << QStringLiteral("student_courseenrollment");
    QTest::newRow("certificates") << QStringLiteral("X-Y-Z-certificates_generatedcertificate-prod-analytics.sql")
                                  << QStringLiteral("certificates_generatedcertificate");
    QTest::newRow("forum") << QStringLiteral("X-Y-Z-prod.mongo") << QStringLiteral("forum");
    QTest::newRow("structure") << QStringLiteral("X-Y-Z-course_structure-prod-analytics.json")
                               << QStringLiteral("course_structure");
}

void TestClassifier::edxTableScheme()
{
    QFETCH(QString, path);
    QFETCH(QString, collection);
    Classifier classifier = Classifier::builtIn();
    classifier.setScheme(CollectionScheme::EdxTable);
    const Classification c = classifier.classify(path);
    QVERIFY(c.imported);
    QCOMPARE(c.database, QStringLiteral("X-Y-Z"));
    QCOMPARE(c.collection, collection);
}

void TestClassifier::notesExplainWhy()
{
    const Classifier &c = Classifier::builtIn();
    QVERIFY(c.classify(QStringLiteral("X-Y-Z-wiki_article-prod-analytics.sql")).note().contains(QLatin1String("Not in use")));
    QVERIFY(c.classify(QStringLiteral("X-Y-Z-teams-prod-analytics.sql.failed")).note().contains(QLatin1String("Export failed")));
    QVERIFY(c.classify(QStringLiteral("x.txt")).note().contains(QLatin1String("Unrecognised")));
    const Classification part = c.classify(QStringLiteral("events/edx/2016/mcgillx-edx-events-2016-03-01.log.gz.gpg.part"));
    QCOMPARE(part.kind, FileKind::Unknown);
    QVERIFY2(part.note().contains(QLatin1String("unfinished download")), qPrintable(part.note()));
    QVERIFY(c.classify(QStringLiteral("X-Y-Z-prod.mongo (1)")).note().contains(QLatin1String("browser")));
    QCOMPARE(c.classify(QStringLiteral("X-Y-Z-auth_user-prod-analytics.sql")).note(), QString());
    const Classification t = c.classify(QStringLiteral("mcgillx-edx-events-2014-02-01.log.gz"));
    QCOMPARE(t.kindLabel(), QStringLiteral("Tracking log 2014-02-01"));
    QCOMPARE(t.org, QStringLiteral("mcgillx"));
}

void TestClassifier::databaseNames_data()
{
    QTest::addColumn<QString>("course");
    QTest::addColumn<QString>("database");
    QTest::newRow("plain") << QStringLiteral("McGillX-CHEM181x-1T2014") << QStringLiteral("McGillX-CHEM181x-1T2014");
    QTest::newRow("dots") << QStringLiteral("MITx-6.00.1-x-1T2014") << QStringLiteral("MITx-6_00_1-x-1T2014");
    QTest::newRow("forbidden") << QStringLiteral("a/b\\c d\"e$f*g<h>i:j|k?l") << QStringLiteral("a_b_c_d_e_f_g_h_i_j_k_l");
    QTest::newRow("long ascii") << QString(80, QLatin1Char('x')) << QString(63, QLatin1Char('x'));
    // 63 bytes of UTF-8, never half a character: 31 × "é" (2 bytes) = 62 bytes.
    QTest::newRow("long utf8") << QString(40, QChar(0xe9)) << QString(31, QChar(0xe9));
}

void TestClassifier::databaseNames()
{
    QFETCH(QString, course);
    QFETCH(QString, database);
    const QString name = Classifier::databaseNameForCourse(course);
    QCOMPARE(name, database);
    QVERIFY(name.toUtf8().size() <= 63);
}

void TestClassifier::rejectsBrokenRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{ nope");
    QTest::newRow("no sites") << QByteArray(R"({"tables": {"a": {}}, "tracking": {"database": "t"}, "rules": []})");
    QTest::newRow("bad pattern") << QByteArray(
        R"({"sites": ["prod"], "tables": {"a": {}}, "tracking": {"database": "t", "collection": "c"},
            "rules": [{"kind": "forum", "pattern": "(unclosed"}]})");
    QTest::newRow("unknown kind") << QByteArray(
        R"({"sites": ["prod"], "tables": {"a": {}}, "tracking": {"database": "t", "collection": "c"},
            "rules": [{"kind": "spreadsheet", "pattern": "x"}]})");
}

void TestClassifier::rejectsBrokenRules()
{
    QFETCH(QByteArray, json);
    Classifier c;
    QString error;
    QVERIFY(!c.load(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
