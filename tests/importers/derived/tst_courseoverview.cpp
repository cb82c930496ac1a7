// The course overview (issue 20): every figure of a demo course compared with what the test
// computes by itself from the package's raw files (TSV tables, course structure, gzipped tracking
// logs) — not from the store; then a hand-made course with empty weeks and no course structure,
// and one without any tracking event.
#include "storetesting.h"
#include "tsvtesting.h"
#include "courseoverview.h"
#include "overviewreport.h"
#include "personcourse.h"
#include "demogenerator.h"
#include "embeddedstore.h"
#include "importjob.h"

#include <KCompressionDevice>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

namespace {

QDate utcDay(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (when.timeSpec() == Qt::LocalTime) // no offset: UTC, as edX writes it
        when.setTimeZone(QTimeZone::UTC);
    return when.toUTC().date();
}

QDate monday(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

void writeGzip(const QString &path, const QByteArray &text)
{
    KCompressionDevice gz(path, KCompressionDevice::GZip);
    QVERIFY(gz.open(QIODevice::WriteOnly));
    QCOMPARE(gz.write(text), text.size());
    gz.close();
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(text), text.size());
}


// What a report holds, read back with an XML parser (the report is polyglot HTML): the cards'
// numbers, every table's cells, the charts and their hover titles, and anything that would reach
// the network or run.
struct ReadReport
{
    bool wellFormed = false;
    QString error, lang;
    QMap<QString, QString> cards;                 // label → value
    QMap<QString, QList<QStringList>> tables;     // class → rows of cells (header row first)
    int charts = 0, marks = 0, marksWithTitle = 0; // svg elements; bars and points; those with a <title>
    int scripts = 0, externalReferences = 0;
};

ReadReport readReport(const QString &html)
{
    ReadReport r;
    QXmlStreamReader xml(html);
    QString cardLabel, tableClass, cardPart;
    QStringList row;
    bool inCell = false, inMark = false;
    QString cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString cls = xml.attributes().value(QLatin1String("class")).toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == QLatin1String("src") || a.name() == QLatin1String("href"))
                    ++r.externalReferences;
            if (name == QLatin1String("html"))
                r.lang = xml.attributes().value(QLatin1String("lang")).toString();
            else if (name == QLatin1String("script") || name == QLatin1String("link") || name == QLatin1String("img"))
                ++r.scripts;
            else if (name == QLatin1String("svg"))
                ++r.charts;
            else if ((name == QLatin1String("rect") && cls == QLatin1String("bar")) || (name == QLatin1String("circle") && cls == QLatin1String("point"))) {
                ++r.marks;
                inMark = true;
            } else if (name == QLatin1String("title") && inMark) {
                ++r.marksWithTitle;
            } else if (name == QLatin1String("table")) {
                tableClass = cls;
            } else if (name == QLatin1String("tr")) {
                row.clear();
            } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
                inCell = true;
                cell.clear();
            } else if (name == QLatin1String("div") && (cls == QLatin1String("label") || cls == QLatin1String("value"))) {
                cardPart = cls;
            } else if (name == QLatin1String("style")) {
                const QString css = xml.readElementText();
                if (css.contains(QLatin1String("url(")) || css.contains(QLatin1String("@import")))
                    ++r.externalReferences;
            }
        } else if (xml.isCharacters()) {
            if (inCell)
                cell += xml.text();
            if (cardPart == QLatin1String("label"))
                cardLabel = xml.text().toString();
            else if (cardPart == QLatin1String("value"))
                r.cards.insert(cardLabel, xml.text().toString());
        } else if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("td") || name == QLatin1String("th")) {
                row << cell;
                inCell = false;
            } else if (name == QLatin1String("tr")) {
                r.tables[tableClass] << row;
            } else if (name == QLatin1String("div")) {
                cardPart.clear();
            } else if (name == QLatin1String("rect") || name == QLatin1String("circle")) {
                inMark = false;
            }
        }
    }
    r.wellFormed = !xml.hasError();
    r.error = xml.errorString();
    return r;
}

} // namespace

class TestCourseOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void figuresMatchTheRawFiles();
    void emptyWeeksAndNoCourseStructure();
    void aCourseWithoutEvents();
    void noEnrollmentTableIsExplained();
    void consistentWithPersonCourse();
    void htmlReportReadsBack_data();
    void htmlReportReadsBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedStore> m_store;
    DemoResult m_demo;
    const QString m_course = QStringLiteral("course-v1:DemoX+DS101x+1T2016");
    const QString m_database = QStringLiteral("DemoX-DS101x-1T2016");
    const QString m_fileKey = QStringLiteral("DemoX-DS101x-1T2016");
};

void TestCourseOverview::initTestCase()
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

void TestCourseOverview::figuresMatchTheRawFiles()
{
    const Result<CourseOverview> computed = CourseOverviewBuilder(*m_store).compute(m_database);
    QVERIFY2(computed, qPrintable(computed.error()));
    const CourseOverview &o = *computed;
    const QDir package(m_demo.packageDir);
    const auto table = [&](const QString &name) {
        return readTsv(package.filePath(m_fileKey + QLatin1Char('-') + name + QStringLiteral("-prod-analytics.sql")));
    };

    // Enrollment, from the table.
    QSet<qint64> enrolled, inactive;
    qint64 now = 0;
    QMap<QString, qint64> byMode;
    QMap<QDate, std::pair<qint64, qint64>> perDay;
    for (const auto &row : table(QStringLiteral("student_courseenrollment"))) {
        const qint64 user = row.value(QStringLiteral("user_id")).toLongLong();
        if (enrolled.contains(user))
            continue;
        enrolled.insert(user);
        ++perDay[utcDay(row.value(QStringLiteral("created")))].first;
        if (row.value(QStringLiteral("is_active")) == QLatin1String("1")) {
            ++now;
            ++byMode[row.value(QStringLiteral("mode"))];
        } else {
            inactive.insert(user);
        }
    }
    QVERIFY(now > 0 && now < enrolled.size());
    QCOMPARE(o.learners, enrolled.size());
    QCOMPARE(o.enrolledNow, now);
    // The generator's manifest says the same.
    QFile manifestFile(m_demo.manifestPath);
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    QJsonObject manifestCourse;
    for (const QJsonValue &c : QJsonDocument::fromJson(manifestFile.readAll()).object().value(QLatin1String("courses")).toArray())
        if (c.toObject().value(QLatin1String("database")).toString() == m_database)
            manifestCourse = c.toObject();
    QCOMPARE(o.learners, manifestCourse.value(QLatin1String("learners")).toInteger());
    QCOMPARE(o.enrolledNow, manifestCourse.value(QLatin1String("enrolled_now")).toInteger());
    QCOMPARE(o.problems.size(), manifestCourse.value(QLatin1String("problems")).toInteger());
    QCOMPARE(o.videos.size(), manifestCourse.value(QLatin1String("videos")).toInteger());
    QCOMPARE(o.enrolledNowByMode, byMode);
    QCOMPARE(o.courseIds, QStringList{m_course});

    QMap<std::pair<QString, QString>, qint64> certificates;
    for (const auto &row : table(QStringLiteral("certificates_generatedcertificate")))
        ++certificates[{row.value(QStringLiteral("status")), row.value(QStringLiteral("mode"))}];
    QCOMPARE(o.certificates.size(), certificates.size());
    for (const CourseOverview::Certificates &c : o.certificates)
        QCOMPARE(c.count, certificates.value({c.status, c.mode}));

    QHash<QString, qint64> userOf;
    for (const auto &row : table(QStringLiteral("auth_user"))) {
        if (enrolled.contains(row.value(QStringLiteral("id")).toLongLong()))
            userOf.insert(row.value(QStringLiteral("username")), row.value(QStringLiteral("id")).toLongLong());
    }

    // Problems and videos in course order, from the course structure.
    QFile structureFile(package.filePath(m_fileKey + QStringLiteral("-course_structure-prod-analytics.json")));
    QVERIFY(structureFile.open(QIODevice::ReadOnly));
    const QJsonObject blocks = QJsonDocument::fromJson(structureFile.readAll()).object();
    QStringList problemOrder, videoOrder;
    QHash<QString, QString> nameOf; // block name → display name
    const std::function<void(const QString &)> walk = [&](const QString &key) {
        const QJsonObject b = blocks.value(key).toObject();
        const QString category = b.value(QLatin1String("category")).toString();
        const QString block = key.section(QLatin1Char('@'), -1);
        nameOf.insert(block, b.value(QLatin1String("metadata")).toObject().value(QLatin1String("display_name")).toString());
        if (category == QLatin1String("problem"))
            problemOrder << block;
        else if (category == QLatin1String("video"))
            videoOrder << block;
        for (const QJsonValue &child : b.value(QLatin1String("children")).toArray())
            walk(child.toString());
    };
    for (auto it = blocks.constBegin(); it != blocks.constEnd(); ++it) {
        if (it.value().toObject().value(QLatin1String("category")).toString() == QLatin1String("course"))
            walk(it.key());
    }
    QVERIFY(!problemOrder.isEmpty() && !videoOrder.isEmpty());

    // Activity, problems and videos, from the logs.
    QMap<QDate, qint64> eventsPerDay;
    QMap<QDate, std::array<QSet<QString>, 3>> weekly;
    struct Attempt
    {
        QDateTime first, last;
        bool firstCorrect = false, lastCorrect = false;
    };
    QHash<QString, QHash<QString, Attempt>> attempts; // problem block → learner → attempts
    QHash<QString, qint64> submissions;
    QHash<QString, QSet<QString>> viewers; // video block → learners
    qint64 events = 0;
    QHash<QString, QDate> lastUnenrolled; // learner not enrolled now → day of the last deactivation
    for (const QFileInfo &log : QDir(m_demo.eventsDir).entryInfoList({QStringLiteral("*.log.gz")})) {
        KCompressionDevice gz(log.filePath(), KCompressionDevice::GZip);
        QVERIFY(gz.open(QIODevice::ReadOnly));
        while (!gz.atEnd()) {
            QByteArray line = gz.readLine();
            if (const qsizetype brace = line.indexOf('{'); brace > 0)
                line.remove(0, brace);
            QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.isEmpty())
                e = QJsonDocument::fromJson(QString::fromLatin1(line).toUtf8()).object();
            QString course = e.value(QLatin1String("context")).toObject().value(QLatin1String("course_id")).toString();
            static const QRegularExpression url(QStringLiteral("/courses/([^/]+)/"));
            for (const QString &where : {e.value(QLatin1String("event_type")).toString(), e.value(QLatin1String("page")).toString(),
                                         e.value(QLatin1String("context")).toObject().value(QLatin1String("path")).toString()}) {
                if (course.isEmpty())
                    course = url.match(where).captured(1);
            }
            if (course != m_course)
                continue;
            const QString type = e.value(QLatin1String("event_type")).toString();
            const QDateTime when = [&] {
                QDateTime t = QDateTime::fromString(e.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
                if (t.timeSpec() == Qt::LocalTime)
                    t.setTimeZone(QTimeZone::UTC);
                return t.toUTC();
            }();
            const QString who = e.value(QLatin1String("username")).toString();
            if (!userOf.contains(who))
                continue;
            if (type == QLatin1String("edx.course.enrollment.deactivated") && inactive.contains(userOf.value(who)))
                lastUnenrolled[who] = std::max(lastUnenrolled.value(who), when.date());
            ++events;
            ++eventsPerDay[when.date()];
            auto &week = weekly[monday(when.date())];
            week[0].insert(who);
            const bool server = e.value(QLatin1String("event_source")).toString() == QLatin1String("server");
            QJsonObject payload = e.value(QLatin1String("event")).toObject();
            if (e.value(QLatin1String("event")).isString())
                payload = QJsonDocument::fromJson(e.value(QLatin1String("event")).toString().toUtf8()).object();
            if (type == QLatin1String("play_video")) {
                week[1].insert(who);
                viewers[payload.value(QLatin1String("id")).toString().section(QStringLiteral("-video-"), -1)].insert(who);
            }
            if (type == QLatin1String("problem_check") && server) {
                week[2].insert(who);
                const QString problem = payload.value(QLatin1String("problem_id")).toString().section(QLatin1Char('@'), -1);
                ++submissions[problem];
                Attempt &a = attempts[problem][who];
                const bool correct = payload.value(QLatin1String("success")).toString() == QLatin1String("correct");
                if (!a.first.isValid() || when < a.first) {
                    a.first = when;
                    a.firstCorrect = correct;
                }
                if (!a.last.isValid() || when >= a.last) {
                    a.last = when;
                    a.lastCorrect = correct;
                }
            }
        }
    }
    QVERIFY(events > 0);
    QCOMPARE(o.events, events);
    QVERIFY2(!lastUnenrolled.isEmpty(), "the demo's logs hold unenrollments");
    for (const QDate &day : std::as_const(lastUnenrolled))
        ++perDay[day].second;
    QSet<QString> anyone;
    for (const auto &week : std::as_const(weekly))
        anyone.unite(week[0]);
    QCOMPARE(o.activeLearners, anyone.size());
    QVERIFY(o.activeLearners > 0);
    QCOMPARE(o.eventSource, QStringLiteral("tracking_logs.tracking"));
    QCOMPARE(o.events + o.eventsWithoutLearner,
             m_store->count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"),
                            {{QStringLiteral("course_id"), Condition::Eq, {m_course}}})
                 .value());

    // Days: every one from the first to the last, the running total as the table and logs say.
    QVERIFY(!o.enrollmentDays.isEmpty());
    QCOMPARE(o.enrollmentDays.first().date, perDay.firstKey());
    QCOMPARE(o.enrollmentDays.last().date, perDay.lastKey());
    QCOMPARE(o.enrollmentDays.size(), perDay.firstKey().daysTo(perDay.lastKey()) + 1);
    qint64 running = 0, unenrolled = 0;
    for (const CourseOverview::EnrollmentDay &d : o.enrollmentDays) {
        const auto [in, out] = perDay.value(d.date);
        running += in - out;
        unenrolled += out;
        QCOMPARE(d.enrollments, in);
        QCOMPARE(d.unenrollments, out);
        QCOMPARE(d.cumulative, running);
    }
    QVERIFY2(unenrolled > 0, "the demo's logs hold unenrollments");

    QCOMPARE(o.eventsPerDay.size(), eventsPerDay.firstKey().daysTo(eventsPerDay.lastKey()) + 1);
    for (const auto &[day, n] : o.eventsPerDay)
        QCOMPARE(n, eventsPerDay.value(day));
    QCOMPARE(o.weeks.first().monday, monday(eventsPerDay.firstKey()));
    QCOMPARE(o.weeks.last().monday, monday(eventsPerDay.lastKey()));
    for (const CourseOverview::Week &w : o.weeks) {
        const auto want = weekly.value(w.monday);
        QCOMPARE(w.active, want[0].size());
        QCOMPARE(w.playedVideo, want[1].size());
        QCOMPARE(w.submittedProblem, want[2].size());
        qint64 inWeek = 0;
        for (int i = 0; i < 7; ++i)
            inWeek += eventsPerDay.value(w.monday.addDays(i));
        QCOMPARE(w.events, inWeek);
        QVERIFY(w.isoWeek().startsWith(QLatin1String("2016-W")));
    }

    // Every problem and video of the structure, in its order, with its name.
    QCOMPARE(o.problems.size(), problemOrder.size());
    QCOMPARE(o.videos.size(), videoOrder.size());
    for (qsizetype i = 0; i < problemOrder.size(); ++i) {
        const CourseOverview::Problem &p = o.problems[i];
        QCOMPARE(p.blockId, problemOrder[i]);
        QCOMPARE(p.name, nameOf.value(p.blockId));
        const QHash<QString, Attempt> &tries = attempts.value(p.blockId);
        QCOMPARE(p.learners, tries.size());
        QCOMPARE(p.submissions, submissions.value(p.blockId));
        qint64 first = 0, last = 0;
        for (const Attempt &a : tries) {
            first += a.firstCorrect;
            last += a.lastCorrect;
        }
        QCOMPARE(p.firstAttemptCorrect, tries.isEmpty() ? 0.0 : double(first) / double(tries.size()));
        QCOMPARE(p.lastAttemptCorrect, tries.isEmpty() ? 0.0 : double(last) / double(tries.size()));
    }
    qint64 tried = 0;
    for (const CourseOverview::Problem &p : o.problems)
        tried += p.learners;
    QVERIFY(tried > 0);
    for (qsizetype i = 0; i < videoOrder.size(); ++i) {
        QCOMPARE(o.videos[i].blockId, videoOrder[i]);
        QCOMPARE(o.videos[i].name, nameOf.value(videoOrder[i]));
        QCOMPARE(o.videos[i].learners, viewers.value(videoOrder[i]).size());
    }

    // The JSON: stable names, the same figures.
    const QJsonObject json = o.toJson();
    QCOMPARE(json.value(QLatin1String("enrollment")).toObject().value(QLatin1String("current")).toInteger(), now);
    QCOMPARE(json.value(QLatin1String("activity")).toObject().value(QLatin1String("weekly")).toArray().size(), o.weeks.size());
    QCOMPARE(json.value(QLatin1String("problems")).toArray().first().toObject().value(QLatin1String("block_id")).toString(),
             problemOrder.first());
    for (const char *key : {"database", "course_ids", "event_source", "enrollment", "certificates", "activity", "problems",
                            "videos", "has_course_structure"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
}

// A course made by hand: events in the first and the fourth week only (the two between are
// there, empty), no course structure (problems and videos named by their block id).
void TestCourseOverview::emptyWeeksAndNoCourseStructure()
{
    QTemporaryDir dir;
    const QString course = QStringLiteral("course-v1:UniX+HM101+1T2016");
    writeFile(dir.filePath(QStringLiteral("UniX-HM101-1T2016-student_courseenrollment-prod-analytics.sql")),
              "id\tuser_id\tcourse_id\tcreated\tis_active\tmode\n"
              "1\t11\tcourse-v1:UniX+HM101+1T2016\t2016-02-28 10:00:00\t1\taudit\n"
              "2\t12\tcourse-v1:UniX+HM101+1T2016\t2016-02-29 10:00:00\t1\tverified\n"
              "3\t13\tcourse-v1:UniX+HM101+1T2016\t2016-02-29 11:00:00\t0\taudit\n");
    writeFile(dir.filePath(QStringLiteral("UniX-HM101-1T2016-auth_user-prod-analytics.sql")),
              "id\tusername\n11\tana\n12\tben\n13\tcyd\n");
    const auto event = [&](const char *user, const char *type, const char *time, const QByteArray &payload,
                           const char *source = "server") -> QByteArray { // (not a builder of temporaries)
        return QByteArray(R"({"username": ")") + user + R"(", "event_type": ")" + type + R"(", "event_source": ")" + source
               + R"(", "time": ")" + time + R"(", "context": {"course_id": ")" + course.toUtf8() + R"("}, "event": )"
               + payload + "}\n";
    };
    const QByteArray problem = "block-v1:UniX+HM101+1T2016+type@problem+block@p1";
    writeGzip(dir.filePath(QStringLiteral("unix-edx-events-2016-03-01.log.gz")),
              event("ana", "problem_check", "2016-03-01T10:00:00+00:00",
                    R"({"problem_id": ")" + problem + R"(", "success": "incorrect"})")
                  + event("ana", "problem_check", "2016-03-01T11:00:00+00:00",
                          R"({"problem_id": ")" + problem + R"(", "success": "correct"})")
                  + event("ben", "play_video", "2016-03-01T12:00:00+00:00", R"("{\"id\": \"v1\", \"currentTime\": 3}")",
                          "browser")
                  + event("staff", "page_view", "2016-03-01T12:30:00+00:00", "{}")
                  // A course-team member who is also a learner, editing the problem in Studio: found
                  // by its block key, tagged studio, and not learner activity.
                  + R"({"username": "ana", "event_type": "/xblock/block-v1:UniX+HM101+1T2016+type@problem+block@p1", )"
                    R"("event_source": "server", "host": "studio.edx.org", "time": "2016-03-01T13:00:00+00:00", )"
                    R"("context": {"course_id": "", "path": "/xblock/block-v1:UniX+HM101+1T2016+type@problem+block@p1"}, "event": "{}"})" "\n");
    writeGzip(dir.filePath(QStringLiteral("unix-edx-events-2016-03-22.log.gz")),
              event("ben", "problem_check", "2016-03-22T09:00:00+00:00",
                    R"({"problem_id": ")" + problem + R"(", "success": "correct"})")
                  + event("cyd", "edx.course.enrollment.deactivated", "2016-03-22T10:00:00+00:00", "{}"));
    EmbeddedStore store(dir.filePath(QStringLiteral("store")));
    ImportJob job(store, {});
    qint64 studio = 0;
    for (const ImportTask &t : planImport({dir.path()}, {})) {
        const FileResult r = job.run(t);
        QVERIFY(r.status != FileResult::Status::Failed);
        studio += r.studioEvents;
    }
    QCOMPARE(studio, 1);

    const Result<CourseOverview> computed = CourseOverviewBuilder(store).compute(QStringLiteral("UniX-HM101-1T2016"));
    QVERIFY2(computed, qPrintable(computed.error()));
    const CourseOverview &o = *computed;
    QVERIFY(!o.hasStructure);
    QCOMPARE(o.enrolledNow, 2);
    QCOMPARE(o.learners, 3);
    QCOMPARE(o.enrolledNowByMode, (QMap<QString, qint64>{{QStringLiteral("audit"), 1}, {QStringLiteral("verified"), 1}}));
    // Enrollments on 28 and 29 February, the unenrollment on 22 March: every day between is there.
    QCOMPARE(o.enrollmentDays.first().date, QDate(2016, 2, 28));
    QCOMPARE(o.enrollmentDays.last().date, QDate(2016, 3, 22));
    QCOMPARE(o.enrollmentDays.size(), 24);
    QCOMPARE(o.enrollmentDays.at(1).enrollments, 2);
    QCOMPARE(o.enrollmentDays.at(1).cumulative, 3);
    QCOMPARE(o.enrollmentDays.last().unenrollments, 1);
    QCOMPARE(o.enrollmentDays.last().cumulative, 2);
    // Weeks of 29 February, 7, 14 and 21 March: the middle two empty.
    QCOMPARE(o.weeks.size(), 4);
    QCOMPARE(o.weeks.at(0).isoWeek(), QStringLiteral("2016-W09"));
    QCOMPARE(o.weeks.at(0).active, 2);
    QCOMPARE(o.weeks.at(0).playedVideo, 1);
    QCOMPARE(o.weeks.at(0).submittedProblem, 1);
    QCOMPARE(o.weeks.at(0).events, 3);
    for (int w : {1, 2})
        QVERIFY(o.weeks.at(w).active == 0 && o.weeks.at(w).events == 0);
    QCOMPARE(o.weeks.at(3).active, 2);
    QCOMPARE(o.weeks.at(3).submittedProblem, 1);
    QCOMPARE(o.eventsWithoutLearner, 1); // staff
    QCOMPARE(o.activeLearners, 3); // ana and ben, then cyd (who unenrolled)
    // The problem, named by its block id: two learners, ana right on her second try only.
    QCOMPARE(o.problems.size(), 1);
    QCOMPARE(o.problems.first().name, QStringLiteral("p1"));
    QCOMPARE(o.problems.first().learners, 2);
    QCOMPARE(o.problems.first().submissions, 3);
    QCOMPARE(o.problems.first().firstAttemptCorrect, 0.5);
    QCOMPARE(o.problems.first().lastAttemptCorrect, 1.0);
    QCOMPARE(o.videos.size(), 1);
    QCOMPARE(o.videos.first().name, QStringLiteral("v1"));
    QCOMPARE(o.videos.first().learners, 1);
}

void TestCourseOverview::aCourseWithoutEvents()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("UniX-QT101-1T2016-student_courseenrollment-prod-analytics.sql")),
              "id\tuser_id\tcourse_id\tcreated\tis_active\tmode\n1\t11\tcourse-v1:UniX+QT101+1T2016\t2016-02-28 10:00:00\t1\taudit\n");
    EmbeddedStore store(dir.filePath(QStringLiteral("store")));
    ImportJob job(store, {});
    for (const ImportTask &t : planImport({dir.path()}, {}))
        QVERIFY(job.run(t).status != FileResult::Status::Failed);
    const Result<CourseOverview> computed = CourseOverviewBuilder(store).compute(QStringLiteral("UniX-QT101-1T2016"));
    QVERIFY2(computed, qPrintable(computed.error()));
    QCOMPARE(computed->enrolledNow, 1);
    QVERIFY(computed->eventSource.isEmpty());
    QVERIFY(computed->weeks.isEmpty() && computed->eventsPerDay.isEmpty());
    QCOMPARE(computed->events, 0);
    QVERIFY(computed->toJson().value(QLatin1String("event_source")).isNull());
    // The report says why there is no activity instead of drawing empty charts.
    const QString html = courseOverviewHtml(*computed, QLocale(QLocale::English), QDateTime::currentDateTimeUtc());
    const ReadReport report = readReport(html);
    QVERIFY2(report.wellFormed, qPrintable(report.error));
    QCOMPARE(report.charts, 1); // enrollment only
    QVERIFY(!report.tables.contains(QStringLiteral("weeks")));
    QVERIFY(html.contains(OverviewLabels::noEvents().toHtmlEscaped()));
    QCOMPARE(report.cards.value(OverviewLabels::activeLearners()), QStringLiteral("–"));
}

void TestCourseOverview::noEnrollmentTableIsExplained()
{
    const Result<CourseOverview> computed = CourseOverviewBuilder(*m_store).compute(QStringLiteral("tracking_logs"));
    QVERIFY(!computed);
    QVERIFY2(computed.error().contains(QLatin1String("enrollment")), qPrintable(computed.error()));
}

// The same learners and events as person_course (docs/course-overview.md): those active are the
// rows with nevents > 0, the events are their nevents summed, those who watched or submitted the
// rows with nplay_video or nproblem_check > 0 (over the whole course: the weeks' union).
void TestCourseOverview::consistentWithPersonCourse()
{
    const Result<CourseOverview> computed = CourseOverviewBuilder(*m_store).compute(m_database);
    QVERIFY2(computed, qPrintable(computed.error()));
    const PersonCourseResult built = PersonCourseBuilder(*m_store).build(m_database);
    QVERIFY2(built.ok, qPrintable(built.error));
    QCOMPARE(built.learners, computed->learners);
    QCOMPARE(built.events, computed->events);
    QCOMPARE(built.eventsWithoutLearner, computed->eventsWithoutLearner);
    qint64 active = 0, events = 0, watched = 0, submitted = 0;
    const Status read = m_store->find(m_database, QStringLiteral("person_course"), {}, {}, [&](const Document &d) {
        const auto number = [&](const char *field) -> qint64 {
            const Value v = d.value(field);
            const qint64 *n = std::get_if<qint64>(&v);
            return n ? *n : -1000000; // (not a whole number: the sums below cannot match)
        };
        active += number("nevents") > 0;
        events += number("nevents");
        watched += number("nplay_video") > 0;
        submitted += number("nproblem_check") > 0;
        return true;
    });
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(active, computed->activeLearners);
    QCOMPARE(events, computed->events);
    qint64 problemLearners = 0;
    for (const CourseOverview::Problem &p : computed->problems)
        problemLearners = std::max(problemLearners, p.learners);
    QVERIFY(submitted >= problemLearners && submitted > 0);
    qint64 videoLearners = 0;
    for (const CourseOverview::Video &v : computed->videos)
        videoLearners = std::max(videoLearners, v.learners);
    QVERIFY(watched >= videoLearners && watched > 0);
}

void TestCourseOverview::htmlReportReadsBack_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::Canada);
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::Canada);
}

// The report of a demo course, read back: the figures it shows are the computed ones, formatted
// in the report's language, and it holds nothing that runs or fetches.
void TestCourseOverview::htmlReportReadsBack()
{
    QFETCH(QLocale, locale);
    const Result<CourseOverview> computed = CourseOverviewBuilder(*m_store).compute(m_database);
    QVERIFY2(computed, qPrintable(computed.error()));
    const CourseOverview &o = *computed;
    const QString html = courseOverviewHtml(o, locale, QDateTime(QDate(2016, 4, 1), QTime(9, 30), QTimeZone::UTC));
    const ReadReport r = readReport(html);
    QVERIFY2(r.wellFormed, qPrintable(r.error));
    QCOMPARE(r.lang, locale.bcp47Name());
    QCOMPARE(r.scripts, 0);
    QCOMPARE(r.externalReferences, 0);
    QCOMPARE(html.count(QLatin1String("http")), 1 + r.charts); // only the names of the XHTML and SVG namespaces

    // Headline numbers.
    QCOMPARE(r.cards.value(OverviewLabels::enrolledNow()), locale.toString(o.enrolledNow));
    QCOMPARE(r.cards.value(OverviewLabels::activeLearners()), locale.toString(o.activeLearners));
    QCOMPARE(r.cards.value(OverviewLabels::certificatesIssued()), locale.toString(OverviewLabels::issued(o)));
    QCOMPARE(r.cards.value(OverviewLabels::events()), locale.toString(o.events));
    QVERIFY(o.events >= 1000); // so that the grouping separator of the language is exercised
    QVERIFY(r.cards.value(OverviewLabels::events()).contains(locale.groupSeparator()));

    // Charts: enrollment, weekly activity, events per day; every bar and point says its value.
    QCOMPARE(r.charts, 3);
    QCOMPARE(r.marks, o.enrollmentDays.size() + 3 * o.weeks.size() + o.eventsPerDay.size());
    QCOMPARE(r.marksWithTitle, r.marks);

    // Tables: a row per week, problem, video and certificate line (after the header row).
    const QList<QStringList> weeks = r.tables.value(QStringLiteral("weeks"));
    QCOMPARE(weeks.size(), o.weeks.size() + 1);
    for (qsizetype i = 0; i < o.weeks.size(); ++i) {
        const CourseOverview::Week &w = o.weeks.at(i);
        QCOMPARE(weeks.at(i + 1), (QStringList{w.isoWeek(), OverviewLabels::longDay(w.monday, locale), locale.toString(w.active),
                                               locale.toString(w.playedVideo), locale.toString(w.submittedProblem),
                                               locale.toString(w.events)}));
    }
    const QList<QStringList> problems = r.tables.value(QStringLiteral("problems"));
    QCOMPARE(problems.size(), o.problems.size() + 1);
    for (qsizetype i = 0; i < o.problems.size(); ++i) {
        const CourseOverview::Problem &p = o.problems.at(i);
        QCOMPARE(problems.at(i + 1).at(1), p.name);
        QCOMPARE(problems.at(i + 1).at(2), locale.toString(p.learners));
        QCOMPARE(problems.at(i + 1).at(3), locale.toString(p.submissions));
        if (p.learners > 0)
            QCOMPARE(problems.at(i + 1).at(4), OverviewLabels::percent(p.firstAttemptCorrect, locale));
    }
    const QList<QStringList> videos = r.tables.value(QStringLiteral("videos"));
    QCOMPARE(videos.size(), o.videos.size() + 1);
    for (qsizetype i = 0; i < o.videos.size(); ++i)
        QCOMPARE(videos.at(i + 1).mid(1), (QStringList{o.videos.at(i).name, locale.toString(o.videos.at(i).learners)}));
    QCOMPARE(r.tables.value(QStringLiteral("certificates")).size(), o.certificates.size() + 1);
}

QTEST_GUILESS_MAIN(TestCourseOverview)
#include "tst_courseoverview.moc"
