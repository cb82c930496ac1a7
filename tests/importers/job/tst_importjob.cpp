// Course files into the embedded store: exact counts on a demo package, typed values of tricky
// rows, malformed files, the ledger and idempotent re-imports.
#include "storetesting.h"
#include "demogenerator.h"
#include "embeddedstore.h"
#include "importcoordinator.h"
#include "importjob.h"
#include "courseattribution.h"
#include "linereader.h"
#include "lineloop.h"
#include "faultystore.h"
#include "gziptesting.h"

#include <KCompressionDevice>
#include <KZip>
#include <sqlite3.h>

#include <QSignalSpy>
#include <QBuffer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include "keyescape.h"
#include "trackingreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace EdxLoader;
using EdxLoader::Testing::gzipMember;

namespace {

const QString kDb = QStringLiteral("UniX-DS101x-1T2016");

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void demoPackageMatchesTheManifest();
    void trickyTableValues();
    void studentModuleStateIsTheOriginalJson();
    void forumDatesInEveryDialect();
    void courseStructureParentData();
    void raggedAndHeaderOnlyFiles();
    void brokenFilesFailWithAReason_data();
    void brokenFilesFailWithAReason();
    void reimportIsIdempotent();
    void ledgersKeepMcGillXMeaning();
    void storeOfThePreviousFormatIsMigrated();
    void textRouteGivesTheDocumentRouteBytes();
    void invalidUtf8OffsetAgreesWithTheValidator();
    void optionalTablesOnlyWhenIncluded();
    void trackingLogsMatchTheManifest();
    void trackingEventTransform();
    void truncatedGzipFails();
    void multiMemberGzipIsReadWhole();
    void sameContentUnderAnotherNameIsSkipped();
    void courseFromEveryKeyTheEventCarries();
    void hostileJsonLinesEachHaveTheirOutcome();
    void prefixesTrailingDataAndTimestamps();
    void storeFaultsLeaveNothingHalfDone();
    void tenMegabyteLineInAFolderNamedWithANewline();
    void bombLineIsRejectedNotHeld();
    void zipBombMemberFailsWithBoundedMemory();
    void fileDeletedWhileBeingRead();
    void parallelJobsKeepEachFileWithItsLedger();
    void parallelJobsReportTheirOwnErrors();

private:
    QList<FileResult> importPaths(const QStringList &paths, const ImportOptions &options = {});
    FileResult importOne(const QString &path, const ImportOptions &options = {});
    Document one(const QString &collection, const Filter &filter, const QString &database = kDb);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedStore> m_store;
};

void TestImportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EmbeddedStore>(m_dir->filePath(QStringLiteral("store")));
}

QList<FileResult> TestImportJob::importPaths(const QStringList &paths, const ImportOptions &options)
{
    ImportJob job(*m_store, options);
    QList<FileResult> results;
    for (const ImportTask &t : planImport(paths, options))
        results.append(job.run(t));
    return results;
}

FileResult TestImportJob::importOne(const QString &path, const ImportOptions &options)
{
    const QList<FileResult> r = importPaths({path}, options);
    return r.value(0);
}

Document TestImportJob::one(const QString &collection, const Filter &filter, const QString &database)
{
    Document found;
    int n = 0;
    EXPECT_OK(m_store->find(database, collection, filter, {}, [&](const Document &d) {
        found = d;
        ++n;
        return true;
    }));
    if (n != 1)
        qWarning("expected one document in %s, found %d", qPrintable(collection), n);
    return found;
}

void TestImportJob::demoPackageMatchesTheManifest()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("demo"));
    p.courses = 3;
    p.days = 1;
    p.eventsPerDay = 600;
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    const QList<FileResult> results = importPaths({demo.packageDir});
    QFile f(demo.manifestPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray files = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toArray();
    int compared = 0;
    for (const QJsonValue &v : files) {
        const QJsonObject m = v.toObject();
        if (!m.contains(QLatin1String("read")) || m.value(QLatin1String("kind")).toString() == QLatin1String("tracking-log"))
            continue;
        const QString path = QDir(p.directory).filePath(m.value(QLatin1String("file")).toString());
        const auto it = std::find_if(results.begin(), results.end(), [&](const FileResult &r) { return r.path == path; });
        QVERIFY2(it != results.end(), qPrintable(path));
        QCOMPARE(statusId(it->status), QStringLiteral("imported"));
        QCOMPARE(it->read, m.value(QLatin1String("read")).toInteger());
        QCOMPARE(it->imported, m.value(QLatin1String("imported")).toInteger());
        QCOMPARE(it->rejected, m.value(QLatin1String("rejected")).toInteger());
        QCOMPARE(it->skipped, m.value(QLatin1String("skipped")).toInteger());
        QCOMPARE(it->read, it->imported + it->rejected + it->skipped);
        QCOMPARE(m.value(QLatin1String("database")).toString(), it->database);
        QCOMPARE(m.value(QLatin1String("collection")).toString(), it->collection);
        ++compared;
    }
    QCOMPARE(compared, 3 * 8);
    for (const FileResult &r : results) {
        if (r.status == FileResult::Status::Imported)
            QCOMPARE(m_store->count(r.database, r.collection).value(), r.imported);
        else
            QCOMPARE(statusId(r.status), QStringLiteral("not-included"));
    }
    // Not-in-use files were listed, not imported.
    const QStringList collections = m_store->collections(QStringLiteral("DemoX-DS101x-1T2016")).value();
    QVERIFY(!collections.contains(QStringLiteral("wiki_article")));
    QVERIFY(collections.contains(QStringLiteral("user_imported")));
}

void TestImportJob::trickyTableValues()
{
    // ⇥ is a TAB; the escapes are the exporter's (FORMATS.md §2).
    QByteArray profile = "id\tuser_id\tname\tmailing_address\tyear_of_birth\tgoals\tcountry\tcity\tprofile_image_uploaded_at\n";
    profile += "1\t4821907\tMaría Kowalski\t12 Rue\\tde la Paix\\r\\n75002 Paris \\\\ back\tNULL\tnul\\0byte\tPL\t02139\t2016-02-11 06:00:59.417203\n";
    profile += "2\t4821911\tb'Wei \\xe4\\xbc\\x9f'\t\t1991\t\t\tNULL\t2016-02-11 06:00:59\n";
    write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_userprofile-prod-analytics.sql"), profile);
    write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"),
          "id\tusername\temail\tis_active\tlast_login\tdate_joined\n"
          "4821907\t0001003\tu@example.org\t1\tNULL\t2015-09-14 08:22:41.000123\n"
          "4821911\t20160012\tv@example.org\t0\t2016-03-02 14:05:11\t2015-09-31 08:22:41\n");
    write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-user_id_map-prod-analytics.sql"),
          "hash_id\tuser_id\tusername\n12345678901234567890123456789012\t4821907\t0001003\n");
    const QList<FileResult> results = importPaths({m_dir->path()});
    for (const FileResult &r : results)
        QCOMPARE(statusId(r.status), QStringLiteral("imported"));

    const Document a = one(QStringLiteral("userprofile"), {{QStringLiteral("user_id"), Condition::Eq, {qint64(4821907)}}});
    QCOMPARE(a.string("name"), QStringLiteral("María Kowalski"));
    QCOMPARE(a.string("mailing_address"), QStringLiteral("12 Rue\tde la Paix\r\n75002 Paris \\ back"));
    QVERIFY(std::holds_alternative<std::monostate>(a.value("year_of_birth")));
    QCOMPARE(a.string("goals"), QString::fromUtf8("nul\0byte", 8));
    QCOMPARE(a.string("city"), QStringLiteral("02139")); // a postal code stays text
    QCOMPARE(std::get<DateTime>(a.value("profile_image_uploaded_at")).msecs,
             QDateTime(QDate(2016, 2, 11), QTime(6, 0, 59, 417), QTimeZone::UTC).toMSecsSinceEpoch());
    const Document b = one(QStringLiteral("userprofile"), {{QStringLiteral("user_id"), Condition::Eq, {qint64(4821911)}}});
    QCOMPARE(b.string("name"), QStringLiteral("Wei 伟")); // b'…' repaired (and reported)
    QCOMPARE(b.string("mailing_address"), QString());     // empty string column stays ""
    QCOMPARE(std::get<qint64>(b.value("year_of_birth")), 1991);

    const Document u = one(QStringLiteral("user"), {{QStringLiteral("id"), Condition::Eq, {qint64(4821907)}}});
    QCOMPARE(u.string("username"), QStringLiteral("0001003"));
    QCOMPARE(std::get<qint64>(u.value("is_active")), 1);
    QVERIFY(std::holds_alternative<std::monostate>(u.value("last_login")));
    QCOMPARE(std::get<DateTime>(u.value("date_joined")).msecs % 1000, 0); // 123 µs rounds down to 0 ms
    const Document v = one(QStringLiteral("user"), {{QStringLiteral("id"), Condition::Eq, {qint64(4821911)}}});
    QCOMPARE(v.string("username"), QStringLiteral("20160012"));
    QCOMPARE(v.string("date_joined"), QStringLiteral("2015-09-31 08:22:41")); // impossible date kept as text
    QCOMPARE(one(QStringLiteral("user_id_map"), {}).string("hash_id"), QStringLiteral("12345678901234567890123456789012"));

    // The warnings are in the error report with their line and raw text.
    QCOMPARE(m_store->count(kDb, QStringLiteral("user_errors")).value(), 1);
    QCOMPARE(m_store->count(kDb, QStringLiteral("userprofile_errors"),
                            {{QStringLiteral("reason"), Condition::Eq, {QStringLiteral("bytes-literal")}},
                             {QStringLiteral("line"), Condition::Eq, {qint64(3)}}}).value(),
             1);
}

void TestImportJob::studentModuleStateIsTheOriginalJson()
{
    const QByteArray state = R"({"correct_map": {"a_2_1": {"msg": "<p class=\"hint\">Think \\(x^2\\)</p>", "hintmode": null}}, "student_answers": {"a_2_1": "{\"answer\":\"x\\ty\"}"}})";
    QByteArray onDisk = state;
    onDisk.replace("\\", "\\\\"); // the only escaping of this table
    write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-courseware_studentmodule-prod-analytics.sql"),
          "id\tmodule_type\tmodule_id\tstudent_id\tstate\tgrade\tcreated\tmodified\tmax_grade\tdone\tcourse_id\n"
          "412118807\tproblem\tblock-v1:UniX+DS101x+1T2016+type@problem+block@a\t4821907\t" + onDisk
              + "\t0.5\t2016-02-03 10:59:12\t2016-02-03 11:02:44.250000\t1.0\tna\tcourse-v1:UniX+DS101x+1T2016\n");
    const FileResult r = importOne(m_dir->filePath(QStringLiteral("UniX-DS101x-1T2016-courseware_studentmodule-prod-analytics.sql")));
    QCOMPARE(r.imported, 1);
    const Document d = one(QStringLiteral("courseware_studentmodule"), {});
    QCOMPARE(d.string("state").toUtf8(), state);
    QVERIFY(QJsonDocument::fromJson(d.string("state").toUtf8()).isObject());
    QCOMPARE(std::get<double>(d.value("grade")), 0.5);
    QCOMPARE(d.string("done"), QStringLiteral("na"));
    QCOMPARE(r.courses.value(QStringLiteral("course-v1:UniX+DS101x+1T2016")), 1);
}

void TestImportJob::forumDatesInEveryDialect()
{
    write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-prod.mongo"),
          R"({ "_id" : { "$oid" : "50f1dd4ae05f6d2600000001" }, "_type" : "CommentThread", "created_at" : { "$date" : 1358028106904 }, "votes" : { "up" : [ "4821907" ] } })"
          "\n"
          R"({"_id":{"$oid":"52a946079b474155d0000030"},"_type":"Comment","created_at":{"$date":"2013-12-13T02:59:58.520Z"},"parent_ids":[{"$oid":"50f1dd4ae05f6d2600000001"}],"comment_count":{"$numberLong":"3"}})"
          "\n\n"
          R"({"_id":{"$oid":"5f3a1c2b9e8d7c6b5a4f3e2d"},"created_at":{"$date":"2020-08-17T05:41:31.2Z"},"updated_at":{"$date":{"$numberLong":"1597642891200"}}})"
          "\n"
          R"({"_id": ISODate("not json")})"
          "\n");
    const FileResult r = importOne(m_dir->filePath(QStringLiteral("UniX-DS101x-1T2016-prod.mongo")));
    QCOMPARE(r.read, 5);
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(r.rejected, 1);
    auto byId = [&](const char *hex) {
        ObjectId oid;
        ObjectId::fromHex(QString::fromLatin1(hex), &oid);
        return *m_store->findById(kDb, QStringLiteral("forum"), oid).value();
    };
    QCOMPARE(std::get<DateTime>(byId("50f1dd4ae05f6d2600000001").value("created_at")).msecs, 1358028106904LL);
    const Document c = byId("52a946079b474155d0000030");
    QCOMPARE(std::get<DateTime>(c.value("created_at")).msecs, 1386903598520LL);
    QCOMPARE(std::get<qint64>(c.value("comment_count")), 3);
    QCOMPARE(std::get<ObjectId>(c.value("parent_ids.0")).toHex(), QStringLiteral("50f1dd4ae05f6d2600000001"));
    const Document e = byId("5f3a1c2b9e8d7c6b5a4f3e2d");
    QCOMPARE(std::get<DateTime>(e.value("created_at")).msecs, 1597642891200LL);
    QCOMPARE(std::get<DateTime>(e.value("updated_at")).msecs, 1597642891200LL);
    QCOMPARE(m_store->count(kDb, QStringLiteral("forum_errors"), {{QStringLiteral("line"), Condition::Eq, {qint64(5)}}}).value(), 1);
}

void TestImportJob::courseStructureParentData()
{
    // Keys sorted, Python 2 trailing spaces, a display name missing, a dotted topic name.
    write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-course_structure-prod-analytics.json"), R"({
  "block-v1:UniX+DS101x+1T2016+type@chapter+block@ch1": {
    "category": "chapter", 
    "children": ["block-v1:UniX+DS101x+1T2016+type@sequential+block@sq1"], 
    "metadata": {"display_name": "Semaine 1 : \u00e9quilibres"}
  }, 
  "block-v1:UniX+DS101x+1T2016+type@course+block@course": {
    "category": "course", 
    "children": ["block-v1:UniX+DS101x+1T2016+type@chapter+block@ch1"], 
    "metadata": {"display_name": "Data Science", "discussion_topics": {"Q&A for Ch. 1.2": {"id": "x"}}}
  }, 
  "block-v1:UniX+DS101x+1T2016+type@problem+block@p1": {"category": "problem", "children": [], "metadata": {"weight": 1.0}}, 
  "block-v1:UniX+DS101x+1T2016+type@sequential+block@sq1": {
    "category": "sequential", "children": ["block-v1:UniX+DS101x+1T2016+type@vertical+block@v1"], "metadata": {}
  }, 
  "block-v1:UniX+DS101x+1T2016+type@vertical+block@v1": {
    "category": "vertical", 
    "children": ["block-v1:UniX+DS101x+1T2016+type@html+block@h1", "block-v1:UniX+DS101x+1T2016+type@problem+block@p1"], 
    "metadata": {"display_name": "Unit 1"}
  }
})");
    const FileResult r = importOne(m_dir->filePath(QStringLiteral("UniX-DS101x-1T2016-course_structure-prod-analytics.json")));
    QCOMPARE(r.read, 5);
    QCOMPARE(r.imported, 5);
    QCOMPARE(r.warnings, 1); // the html child is not in the file
    const auto leaf = m_store->findById(kDb, QStringLiteral("course_structure"),
                                        QStringLiteral("block-v1:UniX+DS101x+1T2016+type@problem+block@p1")).value();
    QVERIFY(leaf);
    QCOMPARE(leaf->string("block_id"), QStringLiteral("p1"));
    QCOMPARE(leaf->string("category"), QStringLiteral("problem"));
    QCOMPARE(std::get<double>(leaf->value("metadata.weight")), 1.0);
    QCOMPARE(QString::fromUtf8(leaf->toRelaxedJson()).section(QLatin1String("\"parent_data\":"), 1),
             QStringLiteral(R"({"course_order":0,"course_id":"course","course_display_name":"Data Science",)"
                            R"("chapter_order":0,"chapter_id":"ch1","chapter_display_name":"Semaine 1 : équilibres",)"
                            R"("sequential_order":0,"sequential_id":"sq1","sequential_display_name":null,)"
                            R"("vertical_order":1,"vertical_id":"v1","vertical_display_name":"Unit 1"}})"));
    const auto course = m_store->findById(kDb, QStringLiteral("course_structure"),
                                          QStringLiteral("block-v1:UniX+DS101x+1T2016+type@course+block@course")).value();
    QVERIFY(course->toRelaxedJson().contains(QStringLiteral("\"Q&A for Ch\uFF0E 1\uFF0E2\"").toUtf8()));
    QVERIFY(course->toRelaxedJson().contains("\"parent_data\":{}"));
}

void TestImportJob::raggedAndHeaderOnlyFiles()
{
    const QString ragged = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-student_courseenrollment-prod-analytics.sql"),
                                 "id\tuser_id\tcourse_id\tcreated\tis_active\tmode\n"
                                 "1\t10\tcourse-v1:UniX+DS101x+1T2016\t2016-01-09 17:42:03\t1\taudit\n"
                                 "2\t11\tcourse-v1:UniX+DS101x+1T2016\t2016-01-09 17:42:03\t1\n"
                                 "3\t12\tcourse-v1:UniX+DS101x+1T2016\t2016-01-09 17:42:03\t1\thonor\textra\n"
                                 "\n"
                                 "4\t13\tcourse-v1:UniX+DS101x+1T2016\t2016-01-09 17:42:03\t0\tverified");
    const FileResult r = importOne(ragged);
    QCOMPARE(r.read, 5);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.rejected, 2);
    QCOMPARE(r.skipped, 1);
    // Never shifted: the row after the bad ones has its own values.
    QCOMPARE(one(QStringLiteral("enrollment"), {{QStringLiteral("user_id"), Condition::Eq, {qint64(13)}}}).string("mode"),
             QStringLiteral("verified"));
    QList<Document> reports;
    EXPECT_OK(m_store->find(kDb, QStringLiteral("enrollment_errors"), {}, FindOptions{QStringLiteral("line"), false, -1, 0},
                  [&](const Document &d) {
                      reports << d;
                      return true;
                  }));
    QCOMPARE(reports.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(std::get<qint64>(reports[i].value("line")), qint64(3 + i));
        QCOMPARE(reports[i].string("reason"), QStringLiteral("ragged-row"));
        QVERIFY(reports[i].string("raw").startsWith(QString::number(2 + i) + QLatin1Char('\t')));
    }

    // Windows line ends (a table saved by a spreadsheet): read as plain ones, no stray CR in the
    // last column or in the header's last name.
    const QString crlf = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"),
                               "id\tusername\tlast_name\r\n1\talice\tA\r\n2\t007\tB\r\n");
    const FileResult c = importOne(crlf);
    QCOMPARE(c.imported, 2);
    QCOMPARE(c.rejected, 0);
    const Document bob = one(QStringLiteral("user"), {{QStringLiteral("id"), Condition::Eq, {qint64(2)}}});
    QCOMPARE(bob.string("username"), QStringLiteral("007"));
    QCOMPARE(bob.string("last_name"), QStringLiteral("B"));

    const QString headerOnly = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-certificates_generatedcertificate-prod-analytics.sql"),
                                     "id\tuser_id\tgrade\n");
    const FileResult h = importOne(headerOnly);
    QCOMPARE(statusId(h.status), QStringLiteral("imported"));
    QCOMPARE(h.read, 0);
    QVERIFY(m_store->findById(kDb, QStringLiteral("certificates_imported"),
                              QStringLiteral("unix-ds101x-1t2016-certificates_generatedcertificate-prod-analytics.sql")).value());
}

void TestImportJob::brokenFilesFailWithAReason_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("needle");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("no header") << QByteArray("1\t4821907\tmaria\n2\t3\tx\n") << QStringLiteral("header");
}

void TestImportJob::brokenFilesFailWithAReason()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, needle);
    const QString path = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"), content);
    const FileResult r = importOne(path);
    QCOMPARE(statusId(r.status), QStringLiteral("failed"));
    QVERIFY2(r.message.contains(needle), qPrintable(r.message));
    QCOMPARE(m_store->count(kDb, QStringLiteral("user")).value(), 0);
    const auto ledger = m_store->findById(kDb, QStringLiteral("user_imported"),
                                          QStringLiteral("unix-ds101x-1t2016-auth_user-prod-analytics.sql")).value();
    QVERIFY(ledger);
    QCOMPARE(ledger->string("status"), QStringLiteral("failed")); // never marked done
    QVERIFY(!ledger->string("message").isEmpty());
    QCOMPARE(ledger->value("success"), Value(qint64(0))); // McGillX's meaning: nothing inserted
    QCOMPARE(ledger->value("error"), Value(r.read));
}

// Issue 17 item 7: the ledger's McGillX fields mean what McGillX's loader wrote — success the
// documents inserted, error the lines not loaded — and entries of the earlier shape (a bool and a
// message there) still say "already imported".
void TestImportJob::ledgersKeepMcGillXMeaning()
{
    const QString path = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"),
                               "id\tusername\n1\ta\n2\tb\n\n3\tc\n4\n");
    const FileResult r = importOne(path);
    QCOMPARE(statusId(r.status), QStringLiteral("imported"));
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.skipped, 1);
    const QString id = QStringLiteral("unix-ds101x-1t2016-auth_user-prod-analytics.sql");
    std::optional<Document> entry = m_store->findById(kDb, QStringLiteral("user_imported"), id).value();
    QVERIFY(entry);
    QCOMPARE(entry->value("success"), Value(qint64(3)));
    QCOMPARE(entry->value("error"), Value(qint64(2)));
    QVERIFY(std::holds_alternative<std::monostate>(entry->value("message")));
    QVERIFY2(entry->toRelaxedJson().startsWith(R"({"_id":"unix-ds101x-1t2016-auth_user-prod-analytics.sql","date":)"),
             entry->toRelaxedJson().constData());

    // The same entry as an earlier version wrote it: success true, error null.
    Document old;
    bson_iter_t it;
    QVERIFY(bson_iter_init(&it, entry->bson()));
    while (bson_iter_next(&it)) {
        const QByteArray key = bson_iter_key(&it);
        if (key == "success")
            old.appendBool("success", true);
        else if (key == "error")
            old.appendNull("error");
        else if (key != "message")
            bson_append_iter(old.bson(), key.constData(), -1, &it);
    }
    {
        auto w = m_store->beginWrite(kDb).value();
        QVERIFY(w);
        EXPECT_OK(w->upsert(QStringLiteral("user_imported"), old));
        EXPECT_OK(w->commit());
    }
    QCOMPARE(m_store->findById(kDb, QStringLiteral("user_imported"), id).value()->value("success"), Value(true));
    const FileResult again = importOne(path);
    QCOMPARE(statusId(again.status), QStringLiteral("unchanged"));
    QCOMPARE(again.imported, 3);
    QCOMPARE(m_store->count(kDb, QStringLiteral("user")).value(), 3);
    QCOMPARE(entry->value("date"), entry->value("started")); // McGillX's date: when the load started

    // An earlier version's entry of a failed file: success false, the failure's text in error.
    Document failed;
    failed.appendString("_id", QStringLiteral("unix-ds101x-1t2016-auth_userprofile-prod-analytics.sql"));
    failed.appendBool("success", false);
    failed.appendString("error", QStringLiteral("Cannot read it"));
    failed.appendString("status", QStringLiteral("failed"));
    failed.appendInt64("read", 7);
    failed.appendInt64("imported", 0);
    {
        auto w = m_store->beginWrite(kDb).value();
        QVERIFY(w);
        EXPECT_OK(w->upsert(QStringLiteral("user_imported"), failed));
        EXPECT_OK(w->commit());
    }
    // The next file imported into the collection rewrites both with McGillX's meaning.
    const QString other = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_user-edge-analytics.sql"),
                                "id\tusername\n5\te\n");
    QCOMPARE(statusId(importOne(other).status), QStringLiteral("imported"));
    entry = m_store->findById(kDb, QStringLiteral("user_imported"), id).value();
    QCOMPARE(entry->value("success"), Value(qint64(3)));
    QCOMPARE(entry->value("error"), Value(qint64(2)));
    QVERIFY(std::holds_alternative<std::monostate>(entry->value("message")));
    QVERIFY2(entry->toRelaxedJson().startsWith(R"({"_id":"unix-ds101x-1t2016-auth_user-prod-analytics.sql","date":)"),
             entry->toRelaxedJson().constData());
    const std::optional<Document> rewritten =
        m_store->findById(kDb, QStringLiteral("user_imported"), failed.value("_id")).value();
    QVERIFY(rewritten);
    QCOMPARE(rewritten->value("success"), Value(qint64(0)));
    QCOMPARE(rewritten->value("error"), Value(qint64(7)));
    QCOMPARE(rewritten->string("message"), QStringLiteral("Cannot read it"));
    QCOMPARE(rewritten->string("status"), QStringLiteral("failed"));
}

// Issue 21 item 2: a store written by the previous format (schema version 1: the tracking
// collection indexed over json_extract, no field columns) reads as it is, and the next import of
// a tracking log migrates it — columns added and filled for the rows it held, the index made on
// them in place of the old one — with nothing lost.
void TestImportJob::storeOfThePreviousFormatIsMigrated()
{
    const auto event = [](const char *user, const char *course, const char *time) -> QByteArray {
        return QByteArray(R"({"username": ")") + user + R"(", "event_type": "play_video", "time": ")" + time
               + R"(", "context": {"course_id": ")" + course + R"("}, "event": "{\"id\": \"v1\"}"})" "\n";
    };
    const char *a = "course-v1:UniX+DS101x+1T2016", *b = "course-v1:UniX+DS102x+1T2016";
    const QString first = write(*m_dir, QStringLiteral("unix-edx-events-2016-03-01.log"),
                                event("u1", a, "2016-03-01T10:00:00Z") + event("u2", b, "2016-03-01T11:00:00Z")
                                    + event("u3", a, "2016-03-01T12:00:00.5+01:00") + event("u4", "", "2016-03-01T13:00:00Z"));
    QCOMPARE(importOne(first).imported, 4);
    const QByteArray path = QFile::encodeName(m_store->databasePath(QStringLiteral("tracking_logs")));
    auto sql = [&](const char *statement) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.constData(), &db) != SQLITE_OK)
            return QStringLiteral("cannot open");
        char *message = nullptr;
        const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &message);
        const QString error = rc == SQLITE_OK ? QString() : QString::fromUtf8(message);
        sqlite3_free(message);
        sqlite3_close(db);
        return error;
    };
    auto scalar = [&](const char *query) {
        sqlite3 *db = nullptr;
        sqlite3_open(path.constData(), &db);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, query, -1, &stmt, nullptr);
        QString value;
        for (int rc = sqlite3_step(stmt); rc == SQLITE_ROW; rc = sqlite3_step(stmt)) {
            QStringList row; // (every column: EXPLAIN QUERY PLAN has its text in the last)
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
            value += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return value.trimmed();
    };
    // This store as the previous version wrote it (its DDL, word for word).
    QCOMPARE(sql(R"(BEGIN;
        CREATE TABLE old (id TEXT NOT NULL UNIQUE, file INTEGER, doc TEXT NOT NULL);
        INSERT INTO old SELECT id, file, doc FROM tracking ORDER BY rowid;
        DROP TABLE tracking;
        ALTER TABLE old RENAME TO tracking;
        CREATE INDEX "tracking$file" ON "tracking"(file) WHERE file IS NOT NULL;
        CREATE INDEX "tracking$course_id+timestamp" ON "tracking"(json_extract(doc, '$."course_id"'), json_extract(doc, '$."timestamp"'));
        UPDATE _edxloader_meta SET value = '1' WHERE key = 'schema_version';
        COMMIT;)"),
             QString());
    QCOMPARE(scalar("SELECT count(*) FROM pragma_table_info('tracking')"), QStringLiteral("3"));

    // Read as it is.
    const Filter ofA{{QStringLiteral("course_id"), Condition::Eq, {QString::fromLatin1(a)}}};
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), ofA).value(), 2);
    const Filter march{{QStringLiteral("course_id"), Condition::Eq, {QString::fromLatin1(a)}},
                       {QStringLiteral("timestamp"), Condition::Gte,
                        {Value(DateTime{QDateTime(QDate(2016, 3, 1), QTime(11, 30), QTimeZone::UTC).toMSecsSinceEpoch()})}}};
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), march).value(), 0);

    // The next import migrates it.
    const QString second = write(*m_dir, QStringLiteral("unix-edx-events-2016-03-02.log"),
                                 event("u1", a, "2016-03-02T10:00:00Z") + event("u5", b, "2016-03-02T11:00:00Z"));
    const FileResult migrated = importOne(second);
    QCOMPARE(migrated.imported, 2);
    QVERIFY2(migrated.message.isEmpty(), qPrintable(migrated.message)); // (the index was made)
    QCOMPARE(scalar("SELECT name FROM pragma_table_info('tracking') ORDER BY cid"),
             QStringLiteral("id\nfile\ndoc\ncourse_id\ntimestamp"));
    QCOMPARE(scalar("SELECT value FROM _edxloader_meta WHERE key = 'schema_version'"), QStringLiteral("2"));
    // Every row's columns hold what json_extract gives, the old rows' too.
    QCOMPARE(scalar(R"(SELECT count(*) FROM tracking WHERE course_id IS NOT json_extract(doc, '$."course_id"')
                       OR timestamp IS NOT json_extract(doc, '$."timestamp"') OR course_id IS NULL)"),
             QStringLiteral("0"));
    QCOMPARE(scalar("SELECT count(*) FROM tracking"), QStringLiteral("6"));
    const QString index = scalar(R"(SELECT sql FROM sqlite_master WHERE name = 'tracking$course_id+timestamp')");
    QVERIFY2(!index.contains(QLatin1String("json_extract")) && index.contains(QLatin1String(R"(("course_id", "timestamp"))")),
             qPrintable(index));
    // The query of docs/embedded-store.md uses it.
    const QString plan = scalar(R"(EXPLAIN QUERY PLAN SELECT count(*) FROM tracking
                                   WHERE course_id = 'course-v1:UniX+DS101x+1T2016'
                                     AND timestamp >= '{"$date":"2016-03-01T00:00:00.000Z"}')");
    QVERIFY2(plan.contains(QLatin1String("tracking$course_id+timestamp")), qPrintable(plan));
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), ofA).value(), 3);
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), march).value(), 1); // 2 March
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"),
                            {{QStringLiteral("course_id"), Condition::Eq, {QString()}}}).value(),
             1);
    const Result<QList<DistinctValue>> courses =
        m_store->distinct(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), QStringLiteral("course_id"));
    QVERIFY(courses);
    QCOMPARE(courses->size(), 3);
    QCOMPARE(courses->first().count, 3);
    // The first file imported again: nothing changes (its rows are the same, found by their ids).
    QCOMPARE(statusId(importOne(first).status), QStringLiteral("unchanged"));
    QCOMPARE(scalar("SELECT count(*) FROM tracking"), QStringLiteral("6"));
}

// Issue 21: for the embedded store, tracking events are written as text straight from their line
// (TrackingReader::setTextOnly). Every line of a demo day and of every edge the readers know must
// give the same bytes, warnings and rejections as the document route (BSON, then its JSON text).
void TestImportJob::textRouteGivesTheDocumentRouteBytes()
{
    struct Collected final : ReaderSink
    {
        QList<QPair<qint64, QByteArray>> documents; // line, text
        QList<QPair<qint64, Document>> stubs;
        QStringList reports;
        bool document(Document &&doc, qint64 line) override
        {
            documents.append({line, doc.encoded().empty() ? doc.toRelaxedJson() : QByteArray::fromStdString(doc.encoded())});
            stubs.append({line, std::move(doc)});
            return true;
        }
        void rejected(Rejection &&r) override { reports << QStringLiteral("rejected %1 %2 %3 ").arg(r.line).arg(r.reason, r.message) + QString::fromUtf8(r.raw); }
        void skipped(qint64 line, const QString &reason) override { reports << QStringLiteral("skipped %1 %2").arg(line).arg(reason); }
        void warning(Rejection &&r) override { reports << QStringLiteral("warning %1 %2 %3 ").arg(r.line).arg(r.reason, r.message) + QString::fromUtf8(r.raw); }
        void progress(qint64) override {}
    };
    // A demo day, then one line of each edge.
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("text-route"));
    p.days = 1;
    p.eventsPerDay = 3000;
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    QByteArray log;
    for (const QFileInfo &f : QDir(demo.eventsDir).entryInfoList({QStringLiteral("*.log.gz")})) {
        KCompressionDevice gz(f.filePath(), KCompressionDevice::GZip);
        QVERIFY(gz.open(QIODevice::ReadOnly));
        log += gz.readAll();
    }
    QVERIFY(log.count('\n') > 3000);
    const QByteArray head = R"({"username": "u", "event_type": "x", "time": "2016-03-01T10:00:00Z", "context": {"course_id": "course-v1:UniX+DS101x+1T2016"})";
    log += head + R"(, "_id": {"$oid": "50F1DD4AE05F6D2600000001"}, "timestamp": "t", "load_file": 1, "course_id": "c", "studio": 2, "event_struct": {}, "load_date": null, "course_id_source": []})" "\n";
    log += head + R"(, "_id": {"$oid": "zz"}})" "\n";
    log += head + R"(, "_id": "text id", "a.b": {"$c": {"d.e": 1}}, "$f": [1, {"g.h": 2}]})" "\n";
    log += head + R"(, "n": [0, -0, 1.0, -1.5e-7, 1e300, 12345678901234567890, 9223372036854775807, -9223372036854775808, 0.1, 100000000000000000000.0]})" "\n";
    log += head + R"(, "s": "\u00e9\u0000\n\t\"\\\/\ud83d\ude00 é €", "e": "", "t": true, "f": false, "z": null, "o": {}, "a": []})" "\n";
    log += head + R"(, "d": 1, "d": 2, "k": {"x": 1, "x": {"y": 1, "y": 2}}})" "\n";
    log += head + R"(, "event": "{\"id\": \"v1\", \"id\": \"v2\", \"currentTime\": 3.0, \"a.b\": {\"$x\": 1}}"})" "\n";
    log += head + R"(, "event": "{not json"})" "\n";
    log += head + R"(, "event": "{\"deep\": )" + QByteArray(300, '[') + QByteArray(300, ']') + R"(}"})" "\n";
    log += head + R"(, "deep": )" + QByteArray(199, '[') + QByteArray(199, ']') + "}\n";
    log += head + R"(, "deep": )" + QByteArray(200, '[') + QByteArray(200, ']') + "}\n";
    log += head + R"(, "deep": )" + QByteArray(201, '[') + QByteArray(201, ']') + "}\n";
    log += R"({"username": "m", "event_type": "problem_check", "time": "2016-03-01T10:00:00Z", "context": {"course_id": "", "path": "/event"}, "event": {"problem_id": "block-v1:UniX+DS101x+1T2016+type@problem+block@p1", "problem_id": 3}})" "\n";
    log += R"({"username": "m", "event_type": "/xblock/block-v1:UniX+DS101x+1T2016+type@problem+block@p1", "host": "studio.edx.org", "time": "2016-03-01T10:00:00Z", "context": {"course_id": "", "course_id": ""}})" "\n";
    log += R"({"username": "m", "event_type": "i4x://UniX/DS101x/problem/p1", "time": "2016-03-01T10:00:00Z"})" "\n";
    log += R"({"username": "ts", "timestamp": "2016-03-01T11:00:00Z"})" "\n";
    log += R"({"username": "old", "time": "1969-12-31T23:59:59Z", "context": {}})" "\n";
    log += R"({"username": "bad", "time": "yesterday"})" "\n";
    log += QByteArray(3, '\0') + head + "}\n";
    log += "grep.log.gz:" + head + "}\n";
    log += head + "} garbage\n";
    log += head + "}" + head + "}\n";
    log += head.left(50) + "\n";
    log += "[1, 2]\n\"s\"\n42\n\n   \n";
    log += QByteArray(R"({"username": "b", "agent": "M)") + "\xe9\xff" + R"(", "time": "2016-03-01T10:00:00Z", "d": 1, "d": 2})" "\n";
    log += QByteArray(R"({"username": "b", "agent": "M)") + "\xe9" + R"(", "deep": )" + QByteArray(250, '[') + QByteArray(250, ']') + "}\n";
    log += head + R"(, "u": "\u0000 raw)" + QByteArray("\x01", 1) + "\"}\n";
    // Keys BSON cannot hold as they are (a NUL), at the top, nested and in a JSON-text payload.
    log += head + R"(, "a\u0000": {"b\u0000c": [1]}, "d\u0000": 1})" "\n";
    log += head + R"(, "event": "{\"k\\u0000\": {\"x\": 1}}"})" "\n";
    // _id shapes that only look like an ObjectId.
    log += head + R"(, "_id": {"$oid": "zz", "$oid": "50f1dd4ae05f6d2600000002"}})" "\n";
    log += head + R"(, "_id": {"＄oid": "50f1dd4ae05f6d2600000003"}})" "\n";
    log += head + R"(, "_id": {"$oid": "50f1dd4ae05f6d2600000004\u0000zz"}})" "\n";
    log += head + R"(, "_id": {"$oid": "50f1dd4ae05f6d2600000005", "x": 1}})" "\n";

    auto readAs = [&](bool text, Collected *sink) {
        QBuffer device(&log);
        QVERIFY(device.open(QIODevice::ReadOnly));
        TrackingReader reader(QByteArray("tracking_logs/x.log"), QStringLiteral("x.log"),
                              QDateTime(QDate(2016, 3, 9), QTime(8, 0), QTimeZone::UTC));
        reader.setTextOnly(text);
        QString fatal;
        QVERIFY2(reader.read(&device, *sink, &fatal), qPrintable(fatal));
    };
    Collected bson, text;
    readAs(false, &bson);
    readAs(true, &text);
    QCOMPARE(text.reports, bson.reports);
    QVERIFY(bson.reports.size() > 15);
    QCOMPARE(text.documents.size(), bson.documents.size());
    for (qsizetype i = 0; i < bson.documents.size(); ++i) {
        QCOMPARE(text.documents.at(i).first, bson.documents.at(i).first);
        QCOMPARE(text.documents.at(i).second, bson.documents.at(i).second);
        // The document the text route still hands over: _id, course_id and timestamp, the same.
        const Document &full = bson.stubs.at(i).second, &stub = text.stubs.at(i).second;
        QVERIFY(full.encoded().empty() && !stub.encoded().empty()); // (each route was the one asked for)
        QCOMPARE(bson_count_keys(stub.bson()), 3u);
        for (const char *field : {"_id", "course_id", "timestamp"})
            QVERIFY2(stub.value(field) == full.value(field), field);
    }
    QVERIFY(bson.documents.size() > 3000);
}

// The offset a warning gives is that of a byte the validator deciding the repair refuses: the
// two agree on every string (overlong forms, surrogates and code points above U+10FFFF included),
// and the bytes before the offset are valid.
void TestImportJob::invalidUtf8OffsetAgreesWithTheValidator()
{
    QRandomGenerator random(20261205);
    const QList<QByteArray> pieces{"a", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80",
                                   "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\x80", "\xe2\x82", "\xf0\x9f"};
    for (int round = 0; round < 20000; ++round) {
        QByteArray s;
        for (int n = int(random.bounded(6)); n > 0; --n)
            s += pieces.at(int(random.bounded(pieces.size())));
        const qsizetype offset = firstInvalidUtf8(s);
        QVERIFY2((offset == s.size()) == isValidUtf8(s), qPrintable(QString::fromLatin1(s.toHex())));
        QVERIFY2(isValidUtf8(s.first(offset)), qPrintable(QString::fromLatin1(s.toHex())));
    }
}

void TestImportJob::reimportIsIdempotent()
{
    const QString path = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"),
                               "id\tusername\n1\ta\n2\tb\n3\tc\n");
    QCOMPARE(statusId(importOne(path).status), QStringLiteral("imported"));
    const FileResult again = importOne(path);
    QCOMPARE(statusId(again.status), QStringLiteral("unchanged"));
    QCOMPARE(again.imported, 3);
    QCOMPARE(m_store->count(kDb, QStringLiteral("user")).value(), 3);

    write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"), "id\tusername\n1\ta\n2\tb2\n");
    QCOMPARE(statusId(importOne(path).status), QStringLiteral("changed"));
    QCOMPARE(m_store->count(kDb, QStringLiteral("user")).value(), 3); // untouched without Replace
    ImportOptions replace;
    replace.replace = true;
    const FileResult replaced = importOne(path, replace);
    QCOMPARE(statusId(replaced.status), QStringLiteral("imported"));
    QCOMPARE(replaced.replaced, 3);
    QCOMPARE(m_store->count(kDb, QStringLiteral("user")).value(), 2);
    QCOMPARE(m_store->count(kDb, QStringLiteral("user"), {{QStringLiteral("username"), Condition::Eq, {QStringLiteral("b2")}}}).value(), 1);
    QCOMPARE(m_store->count(kDb, QStringLiteral("user_imported")).value(), 1);
}

void TestImportJob::optionalTablesOnlyWhenIncluded()
{
    const QString path = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-wiki_article-prod-analytics.sql"),
                               "id\tcreated\n1\t2013-07-17 21:53:57\n");
    QCOMPARE(statusId(importOne(path).status), QStringLiteral("not-included"));
    QVERIFY(!m_store->collections(kDb).value().contains(QStringLiteral("wiki_article")));
    ImportOptions include;
    include.include.insert(QStringLiteral("wiki_article"));
    QCOMPARE(importOne(path, include).imported, 1);
    QCOMPARE(m_store->count(kDb, QStringLiteral("wiki_article")).value(), 1);
}

void TestImportJob::trackingLogsMatchTheManifest()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("demo"));
    p.courses = 2;
    p.days = 2;
    p.eventsPerDay = 1500;
    p.seed = 11;
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    const QList<FileResult> results = importPaths({demo.eventsDir});
    QCOMPARE(results.size(), 2);
    QFile f(demo.manifestPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    qint64 total = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("kind")).toString() != QLatin1String("tracking-log"))
            continue;
        const QString path = QDir(p.directory).filePath(m.value(QLatin1String("file")).toString());
        const auto it = std::find_if(results.begin(), results.end(), [&](const FileResult &r) { return r.path == path; });
        QVERIFY(it != results.end());
        QCOMPARE(statusId(it->status), QStringLiteral("imported"));
        QCOMPARE(it->database, QStringLiteral("tracking_logs"));
        QCOMPARE(it->collection, QStringLiteral("tracking"));
        QCOMPARE(it->read, m.value(QLatin1String("read")).toInteger());
        QCOMPARE(it->imported, m.value(QLatin1String("imported")).toInteger());
        QCOMPARE(it->rejected, m.value(QLatin1String("rejected")).toInteger());
        QCOMPARE(it->skipped, m.value(QLatin1String("skipped")).toInteger());
        total += it->imported;
        // Per course: the ledger's counts and the documents themselves.
        const QJsonObject courses = m.value(QLatin1String("courses")).toObject();
        for (auto c = courses.begin(); c != courses.end(); ++c) {
            if (!c.key().isEmpty())
                QCOMPARE(it->courses.value(c.key()), c.value().toInteger());
            QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"),
                                    {{QStringLiteral("course_id"), Condition::Eq, {c.key()}},
                                     {QStringLiteral("load_file"), Condition::Eq, {it->ledgerId}}}).value(),
                     c.value().toInteger());
        }
        // Every rejected line is in the report with the manifest's reason.
        for (const QJsonValue &rv : m.value(QLatin1String("rejected_lines")).toArray()) {
            const QJsonObject rej = rv.toObject();
            QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking_errors"),
                                    {{QStringLiteral("file"), Condition::Eq, {it->ledgerId}},
                                     {QStringLiteral("line"), Condition::Eq, {rej.value(QLatin1String("line")).toInteger()}},
                                     {QStringLiteral("reason"), Condition::Eq, {rej.value(QLatin1String("reason")).toString()}}}).value(),
                     1);
        }
    }
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), total);
    // The same files again: nothing changes.
    for (const FileResult &r : importPaths({demo.eventsDir}))
        QCOMPARE(statusId(r.status), QStringLiteral("unchanged"));
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), total);
}

void TestImportJob::trackingEventTransform()
{
    const QByteArray log =
        R"x({"username": "wei", "event_source": "server", "event_type": "openassessment.student_training_assess_example", "time": "2016-03-01T10:00:00.000500+00:00", "context": {"course_id": "course-v1:UniX+DS101x+1T2016", "course_user_tags": {"xblock.partition_service.partition_1": "2"}}, "event": {"options_selected": {"Ideas (v1.2)": "Good", "$ Budget": "Fair"}}})x"
        "\n"
        R"x({"username": "jdoe", "event_type": "/courses/MITx/6.00.1-x/2012_Fall/courseware/Week_3/", "event_source": "server", "event": "{\"POST\": {}, \"GET\": {}}", "time": "2012-10-02T14:21:07.233905", "_id": {"$oid": "50f1dd4ae05f6d2600000001"}})x"
        "\n"
        R"x(Mar  2 08:00:01 ip-10-3-21-117 {"username": "maria", "event_source": "browser", "event_type": "play_video", "event": "{\"id\": \"abc\", \"currentTime\": 38.9}", "page": "https://courses.edx.org/courses/course-v1:UniX+DS101x+1T2016/courseware/ch/sq/", "time": "2016-03-02T08:00:01Z", "context": {"course_id": ""}})x"
        "\n"
        R"x({"username": "cut", "event_type": "problem_check", "event": {"answer": "a very long)x";
    const QString path = write(*m_dir, QStringLiteral("unix-edx-events-2016-03-02.log"), log);
    const FileResult r = importOne(path);
    QCOMPARE(r.read, 4);
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.courses.value(QStringLiteral("course-v1:UniX+DS101x+1T2016")), 2);
    QCOMPARE(r.courses.value(QStringLiteral("MITx/6.00.1-x/2012_Fall")), 1); // dots never stripped

    QList<Document> events;
    EXPECT_OK(m_store->find(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), {}, {}, [&](const Document &d) {
        events << d;
        return true;
    }));
    QCOMPARE(events.size(), 3);
    const QByteArray ora = events[0].toRelaxedJson();
    const QByteArray dot = "\xEF\xBC\x8E", dollar = "\xEF\xBC\x84";
    QVERIFY2(ora.contains(QByteArray("\"Ideas (v1" + dot + "2)\":\"Good\"")), ora.constData());
    QVERIFY(ora.contains(QByteArray("\"" + dollar + " Budget\":\"Fair\"")));
    QVERIFY(ora.contains(QByteArray("\"xblock" + dot + "partition_service" + dot + "partition_1\":\"2\"")));
    QCOMPARE(unescapeKey(QByteArray("Ideas (v1" + dot + "2)")), QByteArray("Ideas (v1.2)"));
    QCOMPARE(unescapeKey(QByteArray(dollar + " Budget")), QByteArray("$ Budget"));
    QCOMPARE(std::get<DateTime>(events[0].value("timestamp")).msecs,
             QDateTime(QDate(2016, 3, 1), QTime(10, 0), QTimeZone::UTC).toMSecsSinceEpoch());
    QCOMPARE(events[0].string("time"), QStringLiteral("2016-03-01T10:00:00.000500+00:00")); // the original kept

    QCOMPARE(events[1].string("course_id"), QStringLiteral("MITx/6.00.1-x/2012_Fall"));
    QCOMPARE(std::get<ObjectId>(events[1].value("original_id")).toHex(), QStringLiteral("50f1dd4ae05f6d2600000001"));
    QVERIFY(std::get<ObjectId>(events[1].value("_id")).toHex() != QStringLiteral("50f1dd4ae05f6d2600000001"));
    QCOMPARE(events[1].string("event"), QStringLiteral("{\"POST\": {}, \"GET\": {}}")); // the string stays
    QVERIFY(events[1].toRelaxedJson().contains(R"("event_struct":{"POST":{},"GET":{}})"));

    QCOMPARE(events[2].string("course_id"), QStringLiteral("course-v1:UniX+DS101x+1T2016")); // from the page URL
    QCOMPARE(events[2].string("event"), QStringLiteral("{\"id\": \"abc\", \"currentTime\": 38.9}"));
    QCOMPARE(events[2].string("event_struct.id"), QStringLiteral("abc"));
    QCOMPARE(std::get<double>(events[2].value("event_struct.currentTime")), 38.9);
    QCOMPARE(events[2].string("load_file"), QStringLiteral("unix-edx-events-2016-03-02.log"));
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking_errors"),
                            {{QStringLiteral("line"), Condition::Eq, {qint64(4)}},
                             {QStringLiteral("reason"), Condition::Eq, {QStringLiteral("truncated")}}}).value(),
             1);
}

void TestImportJob::hostileJsonLinesEachHaveTheirOutcome()
{
    // One line of each kind the fuzzers taught us about, with what must happen to it: imported
    // (perhaps with a warning saying what was decided) or rejected with a reason — never lost.
    const QByteArray head = R"({"username": "u", "event_type": "x", "time": "2016-03-01T10:00:00Z", "context": {"course_id": "course-v1:UniX+DS101x+1T2016"})";
    QByteArray log;
    log += head + "}\n";                                                                      // 1 fine
    log += head + R"(, "event": ")" + QByteArray(50000, 'y') + "\"}\n";                       // 2 a 50 000-character line
    log += QByteArray(head).replace("\"u\"", QByteArray("\"u\0v\"", 5)) + "}\n";                // 3 a raw NUL inside a string
    log += QByteArray(head).replace("\"u\"", "\"\xff\xfe\"") + "}\n";                          // 4 bytes that are not UTF-8
    log += R"({"username": "d", "time": "2016-03-01T10:00:00Z", "event": )" + QByteArray(10000, '[')
           + QByteArray(10000, ']') + "}\n";                                                   // 5 nested 10 000 deep
    log += R"({"username": "a", "event_type": "dup", "username": "b", "time": "2016-03-01T10:00:00Z", "event": {"k": 1, "k": 2}})" "\n"; // 6 repeated keys
    log += QByteArray(3, '\0') + "\n";                                                          // 7 NUL bytes only
    log += R"({"username": "t", "time": "2016-03-01T10:00:00Z", "event": {"a": "\u0000"}})" "\n"; // 8 an escaped NUL
    const QString path = write(*m_dir, QStringLiteral("unix-edx-events-2016-03-05.log"), log);
    const FileResult r = importOne(path);
    QCOMPARE(statusId(r.status), QStringLiteral("imported"));
    QCOMPARE(r.read, 8);
    QCOMPARE(r.imported, 5);
    QCOMPARE(r.rejected, 3);
    QCOMPARE(r.read, r.imported + r.rejected + r.skipped);

    QMap<qint64, QPair<QString, QString>> reports; // line → (severity, reason)
    EXPECT_OK(m_store->find(QStringLiteral("tracking_logs"), QStringLiteral("tracking_errors"), {}, {}, [&](const Document &d) {
        reports.insert(std::get<qint64>(d.value("line")), {d.string("severity"), d.string("reason")});
        return true;
    }));
    using Outcome = QPair<QString, QString>;
    QCOMPARE(reports.value(3), Outcome(QStringLiteral("rejected"), QStringLiteral("not-json")));
    QCOMPARE(reports.value(4), Outcome(QStringLiteral("warning"), QStringLiteral("invalid-utf8")));
    QCOMPARE(reports.value(5), Outcome(QStringLiteral("rejected"), QStringLiteral("not-json")));
    QCOMPARE(reports.value(6), Outcome(QStringLiteral("warning"), QStringLiteral("duplicate-key")));
    QCOMPARE(reports.value(7), Outcome(QStringLiteral("rejected"), QStringLiteral("not-json")));
    QCOMPARE(reports.size(), 5);
    // The rejected lines are kept whole, NUL bytes included.
    const auto nul = m_store->findById(QStringLiteral("tracking_logs"), QStringLiteral("tracking_errors"),
                                       QStringLiteral("unix-edx-events-2016-03-05.log#3#1")).value();
    QVERIFY(nul);
    QVERIFY(nul->string("raw").contains(QChar(0)));

    auto event = [&](qint64 line) {
        return one(QStringLiteral("tracking"), {{QStringLiteral("_id"), Condition::Eq,
                                                 {rowObjectId(QByteArray("tracking_logs/unix-edx-events-2016-03-05.log"), line)}}},
                   QStringLiteral("tracking_logs"));
    };
    QCOMPARE(event(2).string("event").size(), 50000);
    QCOMPARE(event(4).string("username"), QString(QChar(0xFFFD)) + QChar(0xFFFD));
    // Repeated keys: the first place, the last value — as Python's json.loads reads the line.
    const QByteArray dup = event(6).toRelaxedJson();
    QVERIFY2(dup.contains(R"("username":"b","event_type":"dup","time")"), dup.constData());
    QCOMPARE(dup.count("\"username\""), 1);
    QVERIFY(dup.contains(R"("event":{"k":2})"));
    QCOMPARE(event(8).string("event.a"), QString(QChar(0)));

    // The forum reader decides the same for repeated keys.
    const QString forum = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-prod.mongo"),
                                R"({"_id": {"$oid": "5f1e2d3c4b5a69788796a5b4"}, "body": "first", "votes": {"up": 1, "up": 3}, "body": "second"})" "\n");
    const FileResult f = importOne(forum);
    QCOMPARE(f.imported, 1);
    QCOMPARE(f.warnings, 1);
    const QByteArray post = one(QStringLiteral("forum"), {}).toRelaxedJson();
    QCOMPARE(post, QByteArray(R"({"_id":{"$oid":"5f1e2d3c4b5a69788796a5b4"},"body":"second","votes":{"up":3}})"));

    // And the course structure: a block given twice, a block's metadata and children given twice.
    const QString structure = write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-course_structure-prod-analytics.json"), R"({
  "block-v1:UniX+DS101x+1T2016+type@course+block@course": {"category": "course",
    "children": ["block-v1:UniX+DS101x+1T2016+type@chapter+block@old"],
    "children": ["block-v1:UniX+DS101x+1T2016+type@chapter+block@ch1"],
    "metadata": {"display_name": "Old"}, "metadata": {"display_name": "Data Science"}},
  "block-v1:UniX+DS101x+1T2016+type@chapter+block@ch1": {"category": "chapter", "children": [], "metadata": {"display_name": "First"}},
  "block-v1:UniX+DS101x+1T2016+type@chapter+block@ch1": {"category": "chapter", "children": [], "metadata": {"display_name": "Week 1"}}
})");
    const FileResult cs = importOne(structure);
    QCOMPARE(cs.imported, 2);
    QCOMPARE(cs.rejected, 0);
    QCOMPARE(cs.warnings, 2); // the repeated block; the course block's repeated keys
    const QByteArray course = m_store->findById(kDb, QStringLiteral("course_structure"),
                                                QStringLiteral("block-v1:UniX+DS101x+1T2016+type@course+block@course")).value()
                                  ->toRelaxedJson();
    QCOMPARE(course.count("\"metadata\""), 1);
    QVERIFY2(course.contains(R"("children":["block-v1:UniX+DS101x+1T2016+type@chapter+block@ch1"])"), course.constData());
    QVERIFY(course.contains(R"("metadata":{"display_name":"Data Science"})"));
    const auto chapter = m_store->findById(kDb, QStringLiteral("course_structure"),
                                           QStringLiteral("block-v1:UniX+DS101x+1T2016+type@chapter+block@ch1")).value();
    QCOMPARE(chapter->string("metadata.display_name"), QStringLiteral("Week 1"));
    QCOMPARE(chapter->string("parent_data.course_display_name"), QStringLiteral("Data Science"));
}

void TestImportJob::truncatedGzipFails()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("demo"));
    p.courses = 1;
    p.days = 1;
    p.eventsPerDay = 3000;
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    QFile full(QDir(demo.eventsDir).filePath(QStringLiteral("demox-edx-events-2016-03-01.log.gz")));
    QVERIFY(full.open(QIODevice::ReadOnly));
    const QByteArray bytes = full.readAll();
    const QString cut = write(*m_dir, QStringLiteral("demox-edx-events-2016-03-09.log.gz"), bytes.left(bytes.size() / 2));
    const FileResult r = importOne(cut);
    QCOMPARE(statusId(r.status), QStringLiteral("failed"));
    QVERIFY2(r.message.contains(QLatin1String("gzip")), qPrintable(r.message));
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), 0);
    const auto ledger = m_store->findById(QStringLiteral("tracking_logs"), QStringLiteral("tracking_imported"),
                                          QStringLiteral("demox-edx-events-2016-03-09.log")).value();
    QVERIFY(ledger);
    QCOMPARE(ledger->string("status"), QStringLiteral("failed"));
    const QString garbage = write(*m_dir, QStringLiteral("demox-edx-events-2016-03-10.log.gz"), QByteArray(5000, 'x'));
    QCOMPARE(statusId(importOne(garbage).status), QStringLiteral("failed"));
}


// Issue 17 item 1: gzip members one after the other (`cat a.gz b.gz > day.gz`) are read whole and
// in order — even with a line split across two members and an empty member between — and every
// member's trailer is checked: a wrong CRC or length in any member, data cut short in the last
// one, or bytes after the last one fail the file whole. The same from a zip member.
void TestImportJob::multiMemberGzipIsReadWhole()
{
    QByteArray text;
    const int events = 900;
    for (int i = 0; i < events; ++i)
        text += QStringLiteral(R"({"username": "u%1", "event_type": "page_view", "time": "2016-03-11T10:00:%2Z", "context": {"course_id": "course-v1:UniX+DS101x+1T2016"}, "event": {"n": %1}})")
                    .arg(i)
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .toUtf8()
                + '\n';
    // Cut inside a line (not at a newline), and once more elsewhere.
    const qsizetype a = text.size() / 3 + 17, b = 2 * text.size() / 3 + 5;
    const QList<QByteArray> members = {gzipMember(text.left(a)), gzipMember(QByteArray()),
                                       gzipMember(text.mid(a, b - a)), gzipMember(text.mid(b))};
    const QByteArray whole = members.join();
    const QString path = write(*m_dir, QStringLiteral("demox-edx-events-2016-03-11.log.gz"), whole);
    const FileResult r = importOne(path);
    QVERIFY2(r.status == FileResult::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.read, events);
    QCOMPARE(r.imported, events);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), events);
    // The lines on both sides of each cut came back whole, at their line numbers.
    for (const int n : {int(text.left(a).count('\n')), int(text.left(b).count('\n')), events - 1}) {
        const Document d = one(QStringLiteral("tracking"), {{QStringLiteral("event.n"), Condition::Eq, {qint64(n)}}},
                               QStringLiteral("tracking_logs"));
        QCOMPARE(d.string("username"), QStringLiteral("u%1").arg(n));
    }

    // Damage in one member's trailer (CRC-32: the 8 bytes before the member's end hold CRC then
    // length), in another's length, a cut inside the last member, and bytes after the last one.
    const qsizetype end3 = members[0].size() + members[1].size() + members[2].size();
    QByteArray badCrc = whole;
    badCrc[end3 - 8] = char(badCrc[end3 - 8] ^ 0x5a);
    QByteArray badLength = whole;
    badLength[members[0].size() - 3] = char(badLength[members[0].size() - 3] ^ 0x01);
    const struct
    {
        const char *day;
        QByteArray bytes;
        const char *says;
    } damaged[] = {
        {"12", badCrc, "member 3"},
        {"13", badLength, "length"},
        {"14", whole.left(whole.size() - 30), "cut short"},
        {"15", whole + QByteArray(64, '\0'), "64 byte"},
        {"16", whole + "garbage that is not gzip\n", "not a gzip member"},
    };
    for (const auto &d : damaged) {
        const QString name = QStringLiteral("demox-edx-events-2016-03-%1.log.gz").arg(QLatin1String(d.day));
        const FileResult x = importOne(write(*m_dir, name, d.bytes));
        QCOMPARE(statusId(x.status), QStringLiteral("failed"));
        QVERIFY2(x.message.contains(QLatin1String(d.says)), qPrintable(name + QStringLiteral(": ") + x.message));
        QVERIFY2(x.message.contains(QLatin1String("nothing of this file was kept")), qPrintable(x.message));
    }
    QVERIFY2(badCrc != whole, "the CRC was changed");
    QCOMPARE(m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(), events);

    // The same events as a zip member, split into two members elsewhere.
    const QString zipPath = m_dir->filePath(QStringLiteral("logs.zip"));
    {
        KZip zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(QStringLiteral("demox-edx-events-2016-03-17.log.gz"),
                              QByteArray(gzipMember(text.left(b)) + gzipMember(text.mid(b)))));
    }
    const QList<FileResult> zipped = importPaths({zipPath});
    QCOMPARE(zipped.size(), 1);
    QVERIFY2(zipped[0].status == FileResult::Status::Imported, qPrintable(zipped[0].message));
    QCOMPARE(zipped[0].imported, events);
}

// Issue 17 item 2: the content of a file already imported into the collection, under another
// name, is not loaded again — a renamed copy, a changed file whose new content is another's —
// unless asked; the counts say skipped.
void TestImportJob::sameContentUnderAnotherNameIsSkipped()
{
    QByteArray text;
    const int events = 20000; // enough for the hash to be ready before the reading ends
    for (int i = 0; i < events; ++i)
        text += QStringLiteral(R"({"username": "u%1", "event_type": "page_view", "time": "2016-03-01T10:00:00Z", "context": {"course_id": "course-v1:UniX+DS101x+1T2016"}, "event": {"n": %1}})")
                    .arg(i)
                    .toUtf8()
                + '\n';
    const QByteArray gz = gzipMember(text);
    const QString original = write(*m_dir, QStringLiteral("demox-edx-events-2016-03-01.log.gz"), gz);
    QCOMPARE(importOne(original).imported, events);
    const auto tracked = [this] { return m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")).value(); };

    const QString copy = write(*m_dir, QStringLiteral("demox-edx-events-2016-03-01 (1).log.gz"), gz);
    FileResult r = importOne(copy);
    QCOMPARE(statusId(r.status), QStringLiteral("duplicate"));
    QVERIFY2(r.message.startsWith(QLatin1String("Same content as demox-edx-events-2016-03-01.log.gz, imported on 20")),
             qPrintable(r.message));
    QCOMPARE(r.read, events);
    QCOMPARE(r.skipped, events);
    QCOMPARE(r.imported + r.rejected, 0);
    QCOMPARE(tracked(), events);
    QVERIFY(!m_store->findById(QStringLiteral("tracking_logs"), QStringLiteral("tracking_imported"),
                               QStringLiteral("demox-edx-events-2016-03-01 (1).log")).value());

    // A file seen before whose new content is another file's: skipped before it is read, and
    // what it imported before stays.
    const QString other = write(*m_dir, QStringLiteral("demox-edx-events-2016-03-02.log.gz"), gzipMember(text.left(text.indexOf('\n') + 1)));
    QCOMPARE(importOne(other).imported, 1);
    write(*m_dir, QStringLiteral("demox-edx-events-2016-03-02.log.gz"), gz);
    ImportOptions replace;
    replace.replace = true;
    r = importOne(other, replace);
    QCOMPARE(statusId(r.status), QStringLiteral("duplicate"));
    QCOMPARE(tracked(), events + 1);

    // Asked for: loaded.
    ImportOptions anyway;
    anyway.allowDuplicateContent = true;
    r = importOne(copy, anyway);
    QVERIFY2(r.status == FileResult::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.imported, events);
    QCOMPARE(tracked(), 2 * events + 1);
}

// Issue 17 item 3: with an empty context.course_id, the course comes from the keys and URLs the
// event carries, in the documented precedence; the source is recorded (absent for
// context.course_id), Studio requests are tagged, and the file's counts say how each was found.
void TestImportJob::courseFromEveryKeyTheEventCarries()
{
    const QString v1 = QStringLiteral("course-v1:UniX+DS101x+1T2016");
    const QString block = QStringLiteral("block-v1:UniX+DS101x+1T2016+type@");
    struct Case
    {
        QString json; // the event, without time and username (added below); ` stands for \" in strings
        QString course;
        QString source; // empty: no course_id_source field
        bool studio = false;
    };
    const QList<Case> cases = {
        {QString::fromUtf8(R"j("event_type": "page_view", "context": {"course_id": "%1"})j").arg(v1), v1, {}},
        {QString::fromUtf8(R"j("event_type": "problem_check", "event_source": "server", "context": {"course_id": "", "path": "/event"}, "event": {"problem_id": "%1problem+block@p1", "success": "correct"})j").arg(block),
         v1, QStringLiteral("event.problem_id")},
        {QString::fromUtf8(R"j("event_type": "play_video", "event_source": "browser", "context": {"course_id": ""}, "page": "https://learning.example.org/course/OtherX+C2+R/", "event": "{`id`: `%1video+block@v1`, `currentTime`: 3}")j").arg(block),
         v1, QStringLiteral("event.id")},
        {QString::fromUtf8(R"j("event_type": "edx.ui.lms.sequence.next_selected", "context": {"course_id": ""}, "page": "https://learning.example.org/course/%1/%2sequential+block@s1/%2vertical+block@u1", "event": "{`current_tab`: 1}")j").arg(v1, block),
         v1, QStringLiteral("page")},
        {QString::fromUtf8(R"j("event_type": "edx.bookmark.added", "context": {"course_id": ""}, "event": {"course_id": "%1", "usage_id": "%2html+block@h1"})j").arg(v1, block),
         v1, QStringLiteral("event.course_id")},
        {QString::fromUtf8(R"j("event_type": "/xblock/%1html+block@h1", "context": {"course_id": "", "path": "/xblock/%1html+block@h1"}, "event": "{`POST`: {}}")j").arg(block),
         v1, QStringLiteral("event_type")},
        {QString::fromUtf8(R"j("event_type": "/course_modes/choose/%1/", "context": {"course_id": ""}, "event": "{}")j").arg(v1), v1,
         QStringLiteral("event_type")},
        {QString::fromUtf8(R"j("event_type": "edx.ui.lms.link_clicked", "context": {"course_id": "", "path": "/event"}, "referer": "https://courses.example.org/courses/%1/courseware/ch1/")j").arg(v1),
         v1, QStringLiteral("referer")},
        {QString::fromUtf8(R"j("event_type": "page_close", "context": {"course_id": ""}, "page": "https://learning.example.org/course/course-v1%3AUniX%2BDS101x%2B1T2016/home")j"),
         v1, QStringLiteral("page")},
        {QString::fromUtf8(R"j("event_type": "seq_goto", "context": {"course_id": ""}, "page": "https://courses.example.org/courses/UniX/DS101x/1T2016/courseware/ch1/s1/")j"),
         QStringLiteral("UniX/DS101x/1T2016"), QStringLiteral("page")},
        {QString::fromUtf8(R"j("event_type": "/courses/%1/courseware/", "context": {"course_id": "", "path": "/courses/%1/courseware/"})j").arg(v1),
         v1, QStringLiteral("event_type")},
        // i4x: no run in the key; one run of UniX/DS101x seen (in both key styles), so it is known.
        {QString::fromUtf8(R"j("event_type": "problem_check", "context": {"course_id": ""}, "event": {"problem_id": "i4x://UniX/DS101x/problem/p9"})j"),
         v1, QStringLiteral("i4x")},
        // OtherX/C1 in two runs: ambiguous, no course.
        {QString::fromUtf8(R"j("event_type": "x", "context": {"course_id": "course-v1:OtherX+C1+R1"})j"), QStringLiteral("course-v1:OtherX+C1+R1"), {}},
        {QString::fromUtf8(R"j("event_type": "x", "context": {"course_id": "OtherX/C1/R2"})j"), QStringLiteral("OtherX/C1/R2"), {}},
        {QString::fromUtf8(R"j("event_type": "problem_check", "context": {"course_id": ""}, "event": {"problem_id": "i4x://OtherX/C1/problem/p1"})j"), {}, {}},
        // Studio: attributed, and tagged.
        {QString::fromUtf8(R"j("event_type": "/container/%1vertical+block@u1", "host": "studio.example.org", "event_source": "server", "context": {"course_id": "", "path": "/container/%1vertical+block@u1"})j").arg(block),
         v1, QStringLiteral("event_type"), true},
        {QString::fromUtf8(R"j("event_type": "/course/%1", "host": "localhost:18010", "context": {"course_id": "", "path": "/course/%1"})j").arg(v1), v1,
         QStringLiteral("event_type"), true},
        {QString::fromUtf8(R"j("event_type": "/dashboard", "context": {"course_id": "", "path": "/dashboard"})j"), {}, {}},
    };
    QByteArray log;
    for (qsizetype i = 0; i < cases.size(); ++i)
        log += QString::fromUtf8(R"({"username": "u", "time": "2016-03-01T10:00:%1Z", "seq": %2, )")
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .arg(i)
                   .toUtf8()
               + cases[i].json.toUtf8().replace('`', "\\\"") + "}\n";
    const FileResult r = importOne(write(*m_dir, QStringLiteral("demox-edx-events-2016-03-01.log"), log));
    QVERIFY2(r.status == FileResult::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.imported, cases.size());
    QMap<QString, qint64> expected;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Document d = one(QStringLiteral("tracking"), {{QStringLiteral("seq"), Condition::Eq, {qint64(i)}}},
                               QStringLiteral("tracking_logs"));
        const QByteArray what = cases[i].json.left(120).toUtf8();
        QVERIFY2(d.string("course_id") == cases[i].course, QByteArray(what + " → " + d.string("course_id").toUtf8()).constData());
        const Value source = d.value("course_id_source");
        if (cases[i].source.isEmpty())
            QVERIFY2(std::holds_alternative<std::monostate>(source), what.constData());
        else
            QVERIFY2(d.string("course_id_source") == cases[i].source,
                     QByteArray(what + " ← " + d.string("course_id_source").toUtf8()).constData());
        QVERIFY2(std::holds_alternative<bool>(d.value("studio")) == cases[i].studio, what.constData());
        ++expected[cases[i].course.isEmpty() ? QStringLiteral("none")
                   : cases[i].source.isEmpty() ? QStringLiteral("context.course_id")
                                               : cases[i].source];
    }
    QCOMPARE(r.courseSources, expected);
    QCOMPARE(r.studioEvents, 2);
    // The ledger keeps them too.
    const auto ledger = m_store->findById(QStringLiteral("tracking_logs"), QStringLiteral("tracking_imported"),
                                          QStringLiteral("demox-edx-events-2016-03-01.log")).value();
    QVERIFY(ledger);
    QCOMPARE(std::get<qint64>(ledger->value("studio_events")), 2);
    const QByteArray ledgerJson = ledger->toRelaxedJson();
    QVERIFY2(ledgerJson.contains(QByteArrayView(R"j({"source":"i4x","events":1})j")), ledgerJson.constData());

    // The static rules on their own.
    QCOMPARE(CourseAttribution::courseOfUrl(u"/courses/course-v1:O+C+R/courseware/x/y/"), QStringLiteral("course-v1:O+C+R"));
    QCOMPARE(CourseAttribution::courseOfUrl(u"/courses/O/C/R"), QStringLiteral("O/C/R"));
    QCOMPARE(CourseAttribution::courseOfUrl(u"https://x/xblock/ccx-block-v1:O+C+R+ccx@3+type@html+block@h"),
             QStringLiteral("ccx-v1:O+C+R+ccx@3"));
    QCOMPARE(CourseAttribution::courseOfUrl(u"/api/courses/v1/blocks/?course_id=course-v1%3AO%2BC%2BR&depth=all"),
             QStringLiteral("course-v1:O+C+R"));
    QCOMPARE(CourseAttribution::courseOfUrl(u"/dashboard"), QString());
    QCOMPARE(CourseAttribution::courseOfKey(u"block-v1:O+C+R"), QString()); // no type@: not a usage key
}

// A store that fails at its N-th write (a full disk), for N across a whole import: the file hit
// fails with the store's reason, nothing of it is marked done, and the next run (with room
// again) gives exactly the clean import.
// Issue 17 items 4-6: bytes before the JSON are imported past and kept as a warning; a complete
// object followed by more text is "trailing-data", not "truncated"; a JSON value that is not an
// object says so; a missing "time" is taken from a top-level "timestamp".
void TestImportJob::prefixesTrailingDataAndTimestamps()
{
    const QByteArray event = R"({"username": "u", "event_type": "x", "time": "2016-03-01T10:00:00Z", "context": {"course_id": "course-v1:UniX+DS101x+1T2016"}})";
    QByteArray log;
    log += QByteArray(3, '\0') + event + "\n";                                               // 1 NUL padding
    log += "unix-edx-events-2016-03-01.log.gz:" + event + "\n";                              // 2 grep's prefix
    log += event + " garbage\n";                                                              // 3 trailing text
    log += event + event + "\n";                                                              // 4 two objects
    log += event.left(60) + "\n";                                                             // 5 cut short
    log += "[1, 2, 3]\n";                                                                     // 6 an array
    log += "\"just a string\"\n";                                                             // 7 a string
    log += R"({"username": "ts", "event_type": "x", "timestamp": "2016-03-01T11:00:00Z"})" "\n"; // 8 no "time"
    log += QByteArray(R"({"username": "b", "event_type": "x", "agent": "M)") + "\xe9" + R"(", "time": "2016-03-01T10:00:00Z"})" "\n"; // 9
    const QString path = write(*m_dir, QStringLiteral("unix-edx-events-2016-03-06.log"), log);
    const FileResult r = importOne(path);
    QCOMPARE(statusId(r.status), QStringLiteral("imported"));
    QCOMPARE(r.read, 9);
    QCOMPARE(r.imported, 4);
    QCOMPARE(r.rejected, 5);
    QCOMPARE(r.warnings, 3);

    QMap<qint64, Document> reports;
    EXPECT_OK(m_store->find(QStringLiteral("tracking_logs"), QStringLiteral("tracking_errors"), {}, {}, [&](const Document &d) {
        reports.insert(std::get<qint64>(d.value("line")), d);
        return true;
    }));
    QCOMPARE(reports.size(), 8);
    auto reason = [&](qint64 line) -> QString { return reports.value(line).string("severity") + QLatin1Char('/') + reports.value(line).string("reason"); };
    QCOMPARE(reason(1), QStringLiteral("warning/leading-text"));
    QCOMPARE(reports.value(1).string("raw"), QStringLiteral("\\x00\\x00\\x00"));
    QCOMPARE(reason(2), QStringLiteral("warning/leading-text"));
    QCOMPARE(reports.value(2).string("raw"), QStringLiteral("unix-edx-events-2016-03-01.log.gz:"));
    QCOMPARE(reason(3), QStringLiteral("rejected/trailing-data"));
    QVERIFY2(reports.value(3).string("message").contains(QString::number(event.size() + 1)),
             qPrintable(reports.value(3).string("message")));
    QCOMPARE(reason(4), QStringLiteral("rejected/trailing-data"));
    QCOMPARE(reason(5), QStringLiteral("rejected/truncated"));
    QCOMPARE(reason(6), QStringLiteral("rejected/not-an-object"));
    QCOMPARE(reason(7), QStringLiteral("rejected/not-an-object"));
    QCOMPARE(reason(9), QStringLiteral("warning/invalid-utf8"));
    const qsizetype bad = log.split('\n').at(8).indexOf('\xe9');
    QVERIFY2(reports.value(9).string("message").contains(QStringLiteral("byte %1").arg(bad)),
             qPrintable(reports.value(9).string("message")));
    QVERIFY(!reports.contains(8));

    auto eventAt = [&](qint64 line) {
        return one(QStringLiteral("tracking"), {{QStringLiteral("_id"), Condition::Eq,
                                                 {rowObjectId(QByteArray("tracking_logs/unix-edx-events-2016-03-06.log"), line)}}},
                   QStringLiteral("tracking_logs"));
    };
    QCOMPARE(eventAt(1).string("username"), QStringLiteral("u"));
    QCOMPARE(eventAt(2).string("course_id"), QStringLiteral("course-v1:UniX+DS101x+1T2016"));
    const Document ts = eventAt(8);
    QCOMPARE(std::get<DateTime>(ts.value("timestamp")).msecs,
             QDateTime(QDate(2016, 3, 1), QTime(11, 0), QTimeZone::UTC).toMSecsSinceEpoch());
    QCOMPARE(ts.string("original_timestamp"), QStringLiteral("2016-03-01T11:00:00Z"));

    // Forum posts and SQL tables give the same reasons for the same faults.
    const QByteArray post = R"({"_id": {"$oid": "50f1dd4ae05f6d2600000001"}, "body": "x"})";
    QByteArray posts;
    posts += "<html><body>502 Bad Gateway</body></html>\n";                                   // 1 no JSON
    posts += "42\n";                                                                         // 2 a number
    posts += post + " garbage\n";                                                             // 3 trailing text
    posts += post.left(30) + "\n";                                                           // 4 cut short
    posts += QByteArray(R"({"_id": {"$oid": "50f1dd4ae05f6d2600000002"}, "body": "M)") + "\xe9" + "\"}\n"; // 5
    const FileResult f = importOne(write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-prod.mongo"), posts));
    QCOMPARE(f.read, 5);
    QCOMPARE(f.imported, 1);
    QCOMPARE(f.rejected, 4);
    QMap<qint64, Document> forumReports;
    EXPECT_OK(m_store->find(kDb, QStringLiteral("forum_errors"), {}, {}, [&](const Document &d) {
        forumReports.insert(std::get<qint64>(d.value("line")), d);
        return true;
    }));
    auto forumReason = [&](qint64 line) -> QString {
        return forumReports.value(line).string("severity") + QLatin1Char('/') + forumReports.value(line).string("reason");
    };
    QCOMPARE(forumReason(1), QStringLiteral("rejected/not-json"));
    QCOMPARE(forumReason(2), QStringLiteral("rejected/not-an-object"));
    QCOMPARE(forumReason(3), QStringLiteral("rejected/trailing-data"));
    QCOMPARE(forumReason(4), QStringLiteral("rejected/truncated"));
    QCOMPARE(forumReason(5), QStringLiteral("warning/invalid-utf8"));
    QVERIFY2(forumReports.value(5).string("message").contains(QStringLiteral("byte %1").arg(posts.split('\n').at(4).indexOf('\xe9'))),
             qPrintable(forumReports.value(5).string("message")));

    const QByteArray table = QByteArray("id\tusername\n1\tM") + "\xe9" + "lanie\n2\tb\n";
    const FileResult t = importOne(write(*m_dir, QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"), table));
    QCOMPARE(t.imported, 2);
    QCOMPARE(t.warnings, 1);
    const Document warning = one(QStringLiteral("user_errors"), {});
    QCOMPARE(warning.string("reason"), QStringLiteral("invalid-utf8"));
    QCOMPARE(std::get<qint64>(warning.value("line")), 2);
    QVERIFY2(warning.string("message").contains(QStringLiteral("byte 3")), qPrintable(warning.string("message")));
    QCOMPARE(one(QStringLiteral("user"), {{QStringLiteral("id"), Condition::Eq, {qint64(1)}}}).string("username"),
             QStringLiteral("M\uFFFDlanie"));
}

void TestImportJob::storeFaultsLeaveNothingHalfDone()
{
    DemoParams params;
    params.directory = m_dir->filePath(QStringLiteral("demo"));
    params.courses = 1;
    params.days = 1;
    params.eventsPerDay = 3000;
    const DemoResult demo = DemoGenerator(params).run();
    QVERIFY(demo.ok);
    const QStringList paths{demo.packageDir, demo.eventsDir};
    auto counts = [](DocumentStore &store) {
        QMap<QString, qint64> out;
        for (const CollectionInfo &i : store.collectionInfos().value())
            out.insert(i.database + QLatin1Char('.') + i.collection, i.count);
        return out;
    };
    auto run = [&](DocumentStore &store) {
        ImportJob job(store, {});
        QList<FileResult> results;
        for (const ImportTask &t : planImport(paths, {}))
            results.append(job.run(t));
        return results;
    };
    EmbeddedStore cleanStore(m_dir->filePath(QStringLiteral("clean")));
    Testing::FaultyStore counting(cleanStore, 0);
    run(counting);
    const QMap<QString, qint64> clean = counts(cleanStore);
    const int writes = counting.writes();
    QVERIFY(writes > 20);
    int faults = 0;
    for (int n = 1; n <= writes; n += std::max(1, writes / 30)) {
        EmbeddedStore real(m_dir->filePath(QStringLiteral("fault-%1").arg(n)));
        Testing::FaultyStore faulty(real, n);
        const QList<FileResult> results = run(faulty);
        int failed = 0;
        for (const FileResult &r : results) {
            if (r.status != FileResult::Status::Failed)
                continue;
            ++failed;
            QVERIFY2(r.message.contains(Testing::FaultyStore::diskFull()), qPrintable(r.path + QStringLiteral(": ") + r.message));
            QVERIFY(!r.path.isEmpty());
            // Not marked done.
            const auto entry = real.findById(r.database, r.collection + QStringLiteral("_imported"), r.ledgerId).value();
            QVERIFY2(!entry || entry->string("status") != QLatin1String("done"), qPrintable(r.path));
        }
        QCOMPARE(failed, 1);
        ++faults;
        const QList<FileResult> again = run(real);
        for (const FileResult &r : again)
            QVERIFY2(r.status != FileResult::Status::Failed, qPrintable(r.path + QStringLiteral(": ") + r.message));
        QCOMPARE(counts(real), clean);
    }
    QVERIFY(faults >= 20);
}

// A 10 MB event between two ordinary ones, in a file whose folder has a newline and accents in
// its name: all three imported whole, the big one byte for byte.
void TestImportJob::tenMegabyteLineInAFolderNamedWithANewline()
{
    const QString folder = m_dir->filePath(QStringLiteral("données\nreçues"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray big(10 * 1024 * 1024, 'a');
    const QByteArray text = "{\"username\": \"u1\", \"event_type\": \"e\", \"time\": \"2016-03-01T00:00:01+00:00\"}\n"
                            "{\"username\": \"u2\", \"event_type\": \"big\", \"time\": \"2016-03-01T00:00:02+00:00\", \"event\": \""
                            + big + "\"}\n{\"username\": \"u3\", \"event_type\": \"e\", \"time\": \"2016-03-01T00:00:03+00:00\"}\n";
    QFile f(QDir(folder).filePath(QStringLiteral("mcgillx-edx-events-2016-03-01.log")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    const FileResult r = importOne(f.fileName());
    QVERIFY2(r.status == FileResult::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.read, 3);
    QCOMPARE(r.imported, 3);
    Document d;
    EXPECT_OK(m_store->find(QStringLiteral("tracking_logs"), QStringLiteral("tracking"),
                  {{QStringLiteral("event_type"), Condition::Eq, {QStringLiteral("big")}}}, {}, [&](const Document &found) {
                      d = found;
                      return false;
                  }));
    QCOMPARE(d.string("event").size(), big.size());
    QVERIFY(d.string("event") == QString::fromLatin1(big));
}

// A gzip "bomb": 300 MB of one line without a break, compressed to a few hundred KB, between
// two ordinary events. The line is read through and rejected (its first 4 KB kept), never held
// whole; the events around it are imported; the accounting still adds up.
void TestImportJob::bombLineIsRejectedNotHeld()
{
    const QString path = m_dir->filePath(QStringLiteral("mcgillx-edx-events-2016-03-02.log.gz"));
    {
        KCompressionDevice gz(path, KCompressionDevice::GZip);
        QVERIFY(gz.open(QIODevice::WriteOnly));
        gz.write("{\"username\": \"u1\", \"event_type\": \"e\", \"time\": \"2016-03-02T00:00:01+00:00\"}\n");
        gz.write("{\"username\": \"bomb\", \"event\": \"");
        const QByteArray chunk(1 << 20, 'a');
        for (int i = 0; i < 300; ++i)
            gz.write(chunk);
        gz.write("\"}\n{\"username\": \"u3\", \"event_type\": \"e\", \"time\": \"2016-03-02T00:00:03+00:00\"}\n");
    }
    QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);
    const FileResult r = importOne(path);
    QVERIFY2(r.status == FileResult::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.read, 3);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.rejected, 1);
    Document rejection;
    EXPECT_OK(m_store->find(QStringLiteral("tracking_logs"), QStringLiteral("tracking_errors"), {}, {}, [&](const Document &d) {
        rejection = d;
        return false;
    }));
    QCOMPARE(rejection.value("line"), Value(qint64(2)));
    QCOMPARE(rejection.string("reason"), QStringLiteral("line-too-long"));
    QCOMPARE(rejection.string("raw").size(), 4096);

    // The reader itself: the cap is a parameter.
    QByteArray text = "short\n" + QByteArray(5000, 'b') + "\nafter";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    LineReader lines(&buffer, 64, 1000);
    QByteArray line;
    QVERIFY(lines.next(&line) && line == "short" && !lines.tooLong());
    QVERIFY(lines.next(&line) && lines.tooLong() && line.size() <= LineReader::kKeptOfTooLong && line.startsWith("bbb"));
    QCOMPARE(lines.lineNumber(), 2);
    QVERIFY(lines.next(&line) && line == "after" && !lines.tooLong());
    QCOMPARE(lines.bytesConsumed(), text.size());
    QVERIFY(!lines.next(&line));
}

// Resident memory at its peak so far, in MB (Linux).
static double peakMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

// A zip of one table member inflating 1000:1 to 1 GB of zeros (no line break at all): read
// through as a stream, the file fails with a reason, nothing is kept, memory stays bounded.
void TestImportJob::zipBombMemberFailsWithBoundedMemory()
{
    const QString zipPath = m_dir->filePath(QStringLiteral("mcgillx-2016-03-06.zip"));
    {
        KZip zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        const qint64 size = qint64(1) << 30;
        QVERIFY(zip.prepareWriting(QStringLiteral("mcgillx-2016-03-06/McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql"),
                                   QString(), QString(), size));
        const QByteArray zeros(4 << 20, '\0');
        for (qint64 written = 0; written < size; written += zeros.size())
            QVERIFY(zip.writeData(zeros.constData(), zeros.size()));
        QVERIFY(zip.finishWriting(size));
    }
    QVERIFY(QFileInfo(zipPath).size() < 4 * 1024 * 1024); // ~1000:1
    const double before = peakMb();
    const QList<FileResult> results = importPaths({zipPath});
    QCOMPARE(results.size(), 1);
    QCOMPARE(statusId(results.first().status), QStringLiteral("failed"));
    QVERIFY2(!results.first().message.isEmpty(), "the failure says why");
    QCOMPARE(results.first().database, QStringLiteral("McGillX-CHEM181x-1T2014"));
    QCOMPARE(m_store->count(results.first().database, results.first().collection).value(), 0);
    // At most one capped line (256 MB) and buffers, never the gigabyte.
    QVERIFY2(peakMb() - before < 600, qPrintable(QString::number(peakMb() - before)));
}

// The file is deleted while its import reads it (here at the first progress report).
void TestImportJob::fileDeletedWhileBeingRead()
{
    QByteArray text = "id\tusername\temail\n";
    for (int i = 1; i <= 200000; ++i)
        text += QByteArray::number(i) + "\tuser" + QByteArray::number(i) + "\tu" + QByteArray::number(i) + "@example.org\n";
    const QString path = write(*m_dir, QStringLiteral("McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql"), text);
    const QList<ImportTask> tasks = planImport({path}, {});
    QCOMPARE(tasks.size(), 1);
    bool removed = false;
    ImportJob job(*m_store, {});
    const FileResult r = job.run(tasks.first(), [&](qint64, qint64) {
        if (!removed)
            removed = QFile::remove(path);
    });
    QVERIFY(removed);
    QVERIFY(!QFile::exists(path));
    // Either what was already open was read whole, or the file fails naming it and keeps
    // nothing (its fingerprint is read separately and may find it gone) — never half of it.
    if (r.status == FileResult::Status::Imported) {
        QCOMPARE(r.imported, 200000);
        QCOMPARE(m_store->count(r.database, r.collection).value(), 200000);
    } else {
        QCOMPARE(statusId(r.status), QStringLiteral("failed"));
        QVERIFY2(r.message.contains(QFileInfo(path).fileName()), qPrintable(r.message));
        QCOMPARE(m_store->count(r.database, r.collection).value(), 0);
    }
    QCOMPARE(r.database, QStringLiteral("McGillX-CHEM181x-1T2014"));
}

// The window's engine with four files at once: every event belongs to a file whose ledger
// entry is done and counts exactly that file's events — no file's events under another's entry.
void TestImportJob::parallelJobsKeepEachFileWithItsLedger()
{
    DemoParams params;
    params.directory = m_dir->filePath(QStringLiteral("demo"));
    params.courses = 2;
    params.days = 4;
    params.eventsPerDay = 4000;
    const DemoResult demo = DemoGenerator(params).run();
    QVERIFY(demo.ok);
    auto store = std::make_shared<EmbeddedStore>(m_dir->filePath(QStringLiteral("parallel")));
    ImportCoordinator coordinator(store);
    coordinator.setMaxParallelJobs(4);
    QSignalSpy finished(&coordinator, &ImportCoordinator::finished);
    coordinator.start(planImport({demo.packageDir, demo.eventsDir}, {}), {});
    QVERIFY(finished.wait(120000));
    QMap<QString, qint64> perFile;
    EXPECT_OK(store->find(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), {}, {}, [&](const Document &d) {
        ++perFile[d.string("load_file")];
        return true;
    }));
    QCOMPARE(perFile.size(), 4);
    for (auto it = perFile.cbegin(); it != perFile.cend(); ++it) {
        const auto entry = store->findById(QStringLiteral("tracking_logs"), QStringLiteral("tracking_imported"), it.key()).value();
        QVERIFY2(entry, qPrintable(it.key()));
        QCOMPARE(entry->string("status"), QStringLiteral("done"));
        QCOMPARE(entry->value("imported"), Value(it.value()));
    }
}

// Errors are values (issue 16): three databases import at the same time; one's store writes fail,
// another's database cannot be opened at all, the third imports. Each file says its own reason —
// with one error string shared by the store, a job could report another database's error.
void TestImportJob::parallelJobsReportTheirOwnErrors()
{
    const QByteArray users = "id\tusername\tfirst_name\tlast_name\temail\tis_staff\tis_active\tdate_joined\n"
                             "1\tana\tAna\tB\ta@example.org\t0\t1\t2016-01-01 10:00:00\n";
    QList<ImportTask> tasks;
    for (const QString &course : {QStringLiteral("UniA-A1-1T2016"), QStringLiteral("UniB-B1-1T2016"),
                                  QStringLiteral("UniC-C1-1T2016")}) {
        const QString path = write(*m_dir, course + QStringLiteral("-auth_user-prod-analytics.sql"), users);
        const QList<ImportTask> planned = planImport({path}, {});
        QCOMPARE(planned.size(), 1);
        tasks += planned;
    }
    QCOMPARE(tasks[0].database, QStringLiteral("UniA-A1-1T2016"));
    tasks[1].database = QStringLiteral("../outside"); // refused by the embedded store
    auto real = std::make_shared<EmbeddedStore>(m_dir->filePath(QStringLiteral("parallel-errors")));
    for (int round = 0; round < 5; ++round) { // (threads interleave differently each time)
        // Every write of UniA's transaction fails, from the first.
        auto faulty = std::make_shared<Testing::FaultyStore>(*real, 1, tasks[0].database);
        ImportCoordinator coordinator(faulty);
        coordinator.setMaxParallelJobs(3);
        QSignalSpy finished(&coordinator, &ImportCoordinator::finished);
        coordinator.start(tasks, {});
        QVERIFY(finished.wait(60000));
        const QList<FileResult> &r = coordinator.results();
        QCOMPARE(statusId(r[0].status), QStringLiteral("failed"));
        QVERIFY2(r[0].message.contains(Testing::FaultyStore::diskFull()), qPrintable(r[0].message));
        QVERIFY2(!r[0].message.contains(QLatin1String("Invalid database name")), qPrintable(r[0].message));
        QCOMPARE(statusId(r[1].status), QStringLiteral("failed"));
        QVERIFY2(r[1].message.contains(QLatin1String("Invalid database name \"../outside\"")), qPrintable(r[1].message));
        QVERIFY2(!r[1].message.contains(Testing::FaultyStore::diskFull()), qPrintable(r[1].message));
        QVERIFY2(r[2].status == FileResult::Status::Imported || r[2].status == FileResult::Status::Unchanged,
                 qPrintable(r[2].message));
        QVERIFY2(r[2].message.isEmpty() || r[2].status == FileResult::Status::Unchanged, qPrintable(r[2].message));
        QCOMPARE(real->count(QStringLiteral("UniC-C1-1T2016"), QStringLiteral("user")).value(), 1);
        QCOMPARE(real->count(QStringLiteral("UniA-A1-1T2016"), QStringLiteral("user")).value(), 0);
    }
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
