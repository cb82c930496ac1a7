// person_course: every value of a demo course's table compared with what the test computes by
// itself from the package's raw files (TSV tables, forum export, course structure, gzipped
// tracking logs) — not from the store; the CSV export of it; anonymised usernames; a rebuild.
#include "storetesting.h"
#include "tsvtesting.h"
#include "anonymizer.h"
#include "csvexport.h"
#include "demogenerator.h"
#include "embeddedstore.h"
#include "importjob.h"
#include "personcourse.h"

#include <KCompressionDevice>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

namespace {

struct Expected
{
    QString username;
    bool certified = false;
    qint64 events = 0, playVideo = 0, problemCheck = 0, forumPosts = 0;
    QSet<QDate> days;
    QSet<QString> chapters;
};

} // namespace

class TestPersonCourse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void valuesMatchTheRawFiles();
    void csvAndAnonymisedUsernames();
    void missingTablesAreExplained();

private:
    QMap<qint64, Expected> expected(int *chapters);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedStore> m_store;
    DemoResult m_demo;
    const QString m_course = QStringLiteral("course-v1:DemoX+DS101x+1T2016");
    const QString m_database = QStringLiteral("DemoX-DS101x-1T2016");
    const QString m_fileKey = QStringLiteral("DemoX-DS101x-1T2016");
};

void TestPersonCourse::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EmbeddedStore>(m_dir->filePath(QStringLiteral("store")));
    DemoParams params;
    params.directory = m_dir->filePath(QStringLiteral("demo"));
    params.courses = 2;
    params.days = 3;
    params.eventsPerDay = 4000;
    m_demo = DemoGenerator(params).run();
    QVERIFY(m_demo.ok);
    ImportJob job(*m_store, {});
    for (const ImportTask &t : planImport({m_demo.packageDir, m_demo.eventsDir}, {}))
        QVERIFY(job.run(t).status != FileResult::Status::Failed);
}

QMap<qint64, Expected> TestPersonCourse::expected(int *chapters)
{
    QMap<qint64, Expected> learners;
    const QDir package(m_demo.packageDir);
    auto table = [&](const QString &name) {
        return readTsv(package.filePath(m_fileKey + QLatin1Char('-') + name + QStringLiteral("-prod-analytics.sql")));
    };
    for (const auto &row : table(QStringLiteral("student_courseenrollment")))
        learners[row.value(QStringLiteral("user_id")).toLongLong()];
    QHash<QString, qint64> byName;
    for (const auto &row : table(QStringLiteral("auth_user"))) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        if (learners.contains(id)) {
            learners[id].username = row.value(QStringLiteral("username"));
            byName.insert(learners[id].username, id);
        }
    }
    for (const auto &row : table(QStringLiteral("certificates_generatedcertificate"))) {
        const qint64 id = row.value(QStringLiteral("user_id")).toLongLong();
        if (learners.contains(id))
            learners[id].certified = row.value(QStringLiteral("status")) == QLatin1String("downloadable");
    }
    for (const auto &row : table(QStringLiteral("courseware_studentmodule"))) {
        const qint64 id = row.value(QStringLiteral("student_id")).toLongLong();
        if (learners.contains(id) && row.value(QStringLiteral("module_type")) == QLatin1String("chapter"))
            learners[id].chapters.insert(row.value(QStringLiteral("module_id")));
    }
    QFile structure(package.filePath(m_fileKey + QStringLiteral("-course_structure-prod-analytics.json")));
    structure.open(QIODevice::ReadOnly);
    *chapters = 0;
    const QJsonObject blocks = QJsonDocument::fromJson(structure.readAll()).object();
    for (const QJsonValue &b : blocks)
        *chapters += b.toObject().value(QLatin1String("category")).toString() == QLatin1String("chapter");
    QFile forum(package.filePath(m_fileKey + QStringLiteral("-prod.mongo")));
    forum.open(QIODevice::ReadOnly);
    while (!forum.atEnd()) {
        const QJsonObject post = QJsonDocument::fromJson(forum.readLine()).object();
        const qint64 id = post.value(QLatin1String("author_id")).toString().toLongLong();
        if (learners.contains(id))
            ++learners[id].forumPosts;
    }
    for (const QFileInfo &log : QDir(m_demo.eventsDir).entryInfoList({QStringLiteral("*.log.gz")})) {
        KCompressionDevice gz(log.filePath(), KCompressionDevice::GZip);
        if (!gz.open(QIODevice::ReadOnly))
            continue;
        while (!gz.atEnd()) {
            QByteArray line = gz.readLine();
            if (const qsizetype brace = line.indexOf('{'); brace > 0) // "Mar 3 08:00:01 host {…}": syslog's prefix
                line.remove(0, brace);
            QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.isEmpty()) // the demo's Latin-1 line: imported repaired, so counted here too
                e = QJsonDocument::fromJson(QString::fromLatin1(line).toUtf8()).object();
            // The course: context.course_id, else the /courses/… URL of the event type, page or path
            // (FORMATS.md: implicit server events carry it there only).
            QString course = e.value(QLatin1String("context")).toObject().value(QLatin1String("course_id")).toString();
            static const QRegularExpression url(QStringLiteral("/courses/([^/]+)/"));
            for (const QString &where : {e.value(QLatin1String("event_type")).toString(), e.value(QLatin1String("page")).toString(),
                                         e.value(QLatin1String("context")).toObject().value(QLatin1String("path")).toString()}) {
                if (course.isEmpty())
                    course = url.match(where).captured(1);
            }
            const auto who = byName.constFind(e.value(QLatin1String("username")).toString());
            if (course != m_course || who == byName.cend())
                continue;
            Expected &x = learners[*who];
            ++x.events;
            QDateTime when = QDateTime::fromString(e.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
            if (when.timeSpec() == Qt::LocalTime) // no offset: UTC, as edX writes it
                when.setTimeZone(QTimeZone::UTC);
            x.days.insert(when.toUTC().date());
            const QString type = e.value(QLatin1String("event_type")).toString();
            x.playVideo += type == QLatin1String("play_video");
            x.problemCheck += type == QLatin1String("problem_check")
                              && e.value(QLatin1String("event_source")).toString() == QLatin1String("server");
        }
    }
    return learners;
}

void TestPersonCourse::valuesMatchTheRawFiles()
{
    const PersonCourseResult r = PersonCourseBuilder(*m_store).build(m_database);
    QVERIFY2(r.ok, qPrintable(r.error));
    int chapters = 0;
    const QMap<qint64, Expected> want = expected(&chapters);
    QCOMPARE(r.learners, want.size());
    QCOMPARE(r.chapters, chapters);
    QCOMPARE(r.eventSource, QStringLiteral("tracking_logs.tracking"));
    qint64 events = 0, certified = 0, viewed = 0, withEvents = 0;
    int rows = 0;
    EXPECT_OK(m_store->find(m_database, QStringLiteral("person_course"), {}, {}, [&](const Document &d) {
        ++rows;
        const qint64 id = std::get<qint64>(d.value("user_id"));
        const Expected &x = want.value(id);
        [&] {
            QVERIFY2(want.contains(id), qPrintable(QString::number(id)));
            QCOMPARE(d.string("username"), x.username);
            QCOMPARE(d.string("course_id"), m_course);
            QCOMPARE(d.value("nevents"), Value(x.events));
            QCOMPARE(d.value("ndays_act"), Value(qint64(x.days.size())));
            QCOMPARE(d.value("nplay_video"), Value(x.playVideo));
            QCOMPARE(d.value("nproblem_check"), Value(x.problemCheck));
            QCOMPARE(d.value("nforum_posts"), Value(x.forumPosts));
            QCOMPARE(d.value("nchapters"), Value(qint64(x.chapters.size())));
            QCOMPARE(d.value("certified"), Value(x.certified));
            QCOMPARE(d.value("viewed"), Value(!x.chapters.isEmpty()));
            QCOMPARE(d.value("explored"), Value(!x.chapters.isEmpty() && x.chapters.size() >= chapters / 2));
            QCOMPARE(std::holds_alternative<std::monostate>(d.value("first_event")), x.events == 0);
        }();
        events += x.events;
        certified += x.certified;
        viewed += !x.chapters.isEmpty();
        withEvents += x.events > 0;
        return !QTest::currentTestFailed();
    }));
    QCOMPARE(rows, want.size());
    QCOMPARE(r.events, events);
    // The demo has learners of every kind: certified or not, viewers and not, active and not.
    QVERIFY(certified > 0 && certified < rows);
    QVERIFY(viewed > 0 && viewed < rows);
    QVERIFY(withEvents > rows / 2);

    // Again: replaced, not duplicated.
    QVERIFY(PersonCourseBuilder(*m_store).build(m_database).ok);
    QCOMPARE(m_store->count(m_database, QStringLiteral("person_course")).value(), qint64(want.size()));
}

void TestPersonCourse::csvAndAnonymisedUsernames()
{
    QVERIFY(PersonCourseBuilder(*m_store, true).build(m_database).ok);
    CsvExportParams p;
    p.database = m_database;
    p.collection = QStringLiteral("person_course");
    p.fields = PersonCourseBuilder::fields();
    p.outputPath = m_dir->filePath(QStringLiteral("pc.csv"));
    const CsvExportResult exported = CsvExporter(*m_store).run(p);
    QVERIFY2(exported.ok, qPrintable(exported.error));
    QFile f(p.outputPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readLine(), QByteArray(PersonCourseBuilder::fields().join(QLatin1Char(',')).toUtf8() + "\r\n"));
    const QByteArray body = f.readAll();
    int chapters = 0;
    for (const Expected &x : expected(&chapters)) {
        QVERIFY2(body.contains(QByteArray(',' + anonScreenName(x.username).toUtf8() + ',')), qPrintable(x.username));
        if (x.username.size() > 4)
            QVERIFY2(!body.contains(QByteArray(',' + x.username.toUtf8() + ',')), qPrintable(x.username));
    }
    QVERIFY(!body.contains("@example"));
}

void TestPersonCourse::missingTablesAreExplained()
{
    EmbeddedStore empty(m_dir->filePath(QStringLiteral("empty")));
    auto w = empty.beginWrite(QStringLiteral("Org-X-1")).value();
    Document d;
    d.appendString("_id", QStringLiteral("x"));
    QVERIFY(w->insert(QStringLiteral("user"), std::vector<Document>{d}, QString()));
    QVERIFY(w->commit());
    const PersonCourseResult r = PersonCourseBuilder(empty).build(QStringLiteral("Org-X-1"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("student_courseenrollment")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestPersonCourse)
#include "tst_personcourse.moc"
