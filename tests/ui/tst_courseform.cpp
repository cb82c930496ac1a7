// The Course form, offscreen: the course ids found in the tracking logs offered with their
// counts, the course collection built from the form as a coordinator fills it, and the form
// saved and opened again in the seed's configuration format. (Fixture: tests/ui/uifixture.h.)
#include "uifixture.h"

#include "courseconfig.h"
#include "courseform.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QTimeZone>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestCourseForm : public UiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void courseFormBuildsTheCourseCollection();
    void datesFollowTheDataAndABuildThatLosesDataAsks();
    void problemsShowUnderTheirField();
};

void TestCourseForm::courseFormBuildsTheCourseCollection()
{
    const DemoParams p = demoParams(QStringLiteral("course-demo"), 2, 2, 2000);
    QVERIFY(importDemo(p));
    CourseForm *form = m_window->courseForm();
    QSignalSpy loaded(form, &CourseForm::courseIdsLoaded);
    form->refreshCourseIds();
    QVERIFY(loaded.wait(20000));
    auto *ids = form->findChild<QListWidget *>(QStringLiteral("courseIds"));
    QListWidgetItem *ds101 = nullptr;
    for (int i = 0; i < ids->count(); ++i) {
        if (ids->item(i)->text().startsWith(QLatin1String("course-v1:DemoX+DS101x+1T2016")))
            ds101 = ids->item(i);
    }
    QVERIFY(ds101);
    QVERIFY(ds101->text().contains(QLatin1String("events)")));

    // Filled in as a coordinator would: the course, its dates; the destination left to default.
    form->findChild<QLineEdit *>(QStringLiteral("courseEdxId"))->setText(QStringLiteral("ds101x"));
    form->findChild<QLineEdit *>(QStringLiteral("courseName"))->setText(QStringLiteral("Data Science"));
    ds101->setCheckState(Qt::Checked);
    form->findChild<QDateEdit *>(QStringLiteral("courseEnrollment"))->setDate(p.firstDay);
    form->findChild<QDateEdit *>(QStringLiteral("courseCompletion"))->setDate(p.firstDay.addDays(1));
    QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("courseDatabase"))->placeholderText().contains(QLatin1String("DemoX-DS101x-1T2016")));
    QSignalSpy built(form, &CourseForm::buildFinished);
    form->findChild<QPushButton *>(QStringLiteral("courseBuild"))->click();
    QVERIFY(built.wait(60000));
    QCOMPARE(built.first().first().toBool(), true);
    const qint64 copied = windowStore().count(QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("tracking"));
    QVERIFY(copied > 1000);
    QVERIFY2(form->summary().contains(QLocale().toString(copied) + QStringLiteral(" events copied")), qPrintable(form->summary()));
    QVERIFY(form->summary().contains(QLatin1String("enriched")));
    if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty()) {
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(form);
        QTRY_VERIFY(!form->findChild<QLabel *>(QStringLiteral("courseSpan"))->text().isEmpty());
        QTest::qWait(50);
        m_window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("course.png")));
    }

    // Save… and Open… keep the seed's format.
    const QString path = m_dir->filePath(QStringLiteral("ds101x_config.json"));
    QVERIFY(form->saveConfig(path));
    CourseConfig saved;
    QString error;
    QVERIFY(CourseConfig::load(path, &saved, &error));
    QCOMPARE(saved.courseIds, QStringList{QStringLiteral("course-v1:DemoX+DS101x+1T2016")});
    QCOMPARE(saved.edxId, QStringLiteral("ds101x"));
    ds101->setCheckState(Qt::Unchecked);
    QVERIFY(form->openConfig(path));
    QCOMPARE(form->config().courseIds, saved.courseIds);
    QCOMPARE(form->config().completion, p.firstDay.addDays(1));
}

// Issue 18 item 3: ticking a course id fills the dates with the span of its events (shown beside
// them); a build that would copy nothing, or fewer events than the collection it replaces holds,
// asks first — refused, the collection is kept; confirmed, it is built.
void TestCourseForm::datesFollowTheDataAndABuildThatLosesDataAsks()
{
    const DemoParams p = demoParams(QStringLiteral("span-demo"), 1, 3, 1500);
    QVERIFY(importDemo(p));
    CourseForm *form = m_window->courseForm();
    QSignalSpy loaded(form, &CourseForm::courseIdsLoaded);
    form->refreshCourseIds();
    QVERIFY(loaded.wait(20000));
    auto *ids = form->findChild<QListWidget *>(QStringLiteral("courseIds"));
    QListWidgetItem *course = nullptr;
    for (int i = 0; i < ids->count(); ++i) {
        if (ids->item(i)->text().startsWith(QLatin1String("course-v1:DemoX+DS101x+1T2016")))
            course = ids->item(i);
    }
    QVERIFY(course);
    auto *from = form->findChild<QDateEdit *>(QStringLiteral("courseEnrollment"));
    auto *to = form->findChild<QDateEdit *>(QStringLiteral("courseCompletion"));
    QVERIFY(from->date() != p.firstDay); // today, before any id is chosen
    course->setCheckState(Qt::Checked);
    auto *spanLabel = form->findChild<QLabel *>(QStringLiteral("courseSpan"));
    QTRY_VERIFY_WITH_TIMEOUT(spanLabel->text().contains(QLatin1String("events")), 10000);
    // The dates are the first and last UTC days with an event of the course, counted here
    // through the store: none before the first day or after the last, some on each.
    const StoreReader reader = windowStore();
    const auto eventsBetween = [&reader](const QDate &a, const QDate &b) { // [a, b)
        return reader.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"),
                            {{QStringLiteral("course_id"), Condition::Eq, {QStringLiteral("course-v1:DemoX+DS101x+1T2016")}},
                             {QStringLiteral("timestamp"), Condition::Gte,
                              {DateTime{QDateTime(a, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch()}}},
                             {QStringLiteral("timestamp"), Condition::Lt,
                              {DateTime{QDateTime(b, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch()}}}});
    };
    const QDate first = from->date(), last = to->date();
    QVERIFY(first <= p.firstDay && last >= p.firstDay.addDays(2));
    QCOMPARE(eventsBetween(QDate(1990, 1, 1), first), 0);
    QVERIFY(eventsBetween(first, first.addDays(1)) > 0);
    QVERIFY(eventsBetween(last, last.addDays(1)) > 0);
    QCOMPARE(eventsBetween(last.addDays(1), QDate(2100, 1, 1)), 0);
    QVERIFY2(spanLabel->text().contains(first.toString(Qt::ISODate)) && spanLabel->text().contains(last.toString(Qt::ISODate)),
             qPrintable(spanLabel->text()));

    // The first build asks nothing.
    QSignalSpy built(form, &CourseForm::buildFinished);
    auto *build = form->findChild<QPushButton *>(QStringLiteral("courseBuild"));
    build->click();
    QVERIFY(built.wait(60000));
    const StoreReader &store = reader;
    const qint64 copied = store.count(QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("tracking"));
    QCOMPARE(copied, eventsBetween(first, last.addDays(1)));

    // Dates of another year: the build would copy nothing. Asked, and refused: kept.
    from->setDate(p.firstDay.addYears(1));
    to->setDate(p.firstDay.addYears(1).addDays(30));
    QString asked;
    QString answer = QStringLiteral("keep");
    QTimer reply;
    reply.setInterval(50);
    connect(&reply, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("courseBuildQuestion"))
            return;
        asked = box->text();
        for (QAbstractButton *b : box->buttons()) {
            const bool destructive = box->buttonRole(b) == QMessageBox::DestructiveRole;
            if (destructive == (answer == QLatin1String("build")))
                b->click();
        }
    });
    reply.start();
    build->click();
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 20000);
    QVERIFY2(asked.contains(QLocale().toString(copied)), qPrintable(asked)); // both counts: what it holds…
    QVERIFY2(asked.contains(QLatin1String("No imported event")), qPrintable(asked)); // …and that nothing would come
    QTRY_VERIFY_WITH_TIMEOUT(form->findChild<QLabel *>(QStringLiteral("courseStatus"))->text().contains(QLatin1String("unchanged")), 5000);
    QCOMPARE(built.count(), 1);
    QCOMPARE(store.count(QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("tracking")), copied);

    // One day only: fewer events than the collection holds; confirmed, it is built.
    asked.clear();
    answer = QStringLiteral("build");
    from->setDate(p.firstDay);
    to->setDate(p.firstDay);
    build->click();
    QVERIFY(built.wait(60000));
    reply.stop();
    QVERIFY2(asked.contains(QLatin1String("fewer")), qPrintable(asked));
    const qint64 oneDay = store.count(QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("tracking"));
    QVERIFY(oneDay > 0 && oneDay < copied);
}

// Issue 18 item 3: a problem is shown under the field it concerns, and goes once mended.
void TestCourseForm::problemsShowUnderTheirField()
{
    CourseForm *form = m_window->courseForm();
    auto *idsProblem = form->findChild<QLabel *>(QStringLiteral("courseIdsProblem"));
    auto *datesProblem = form->findChild<QLabel *>(QStringLiteral("courseCompletionProblem"));
    QVERIFY(idsProblem && datesProblem);
    m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(form);
    QVERIFY(!idsProblem->isVisible() && !datesProblem->isVisible());
    form->findChild<QDateEdit *>(QStringLiteral("courseEnrollment"))->setDate(QDate(2016, 3, 2));
    form->findChild<QDateEdit *>(QStringLiteral("courseCompletion"))->setDate(QDate(2016, 3, 1));
    form->findChild<QPushButton *>(QStringLiteral("courseBuild"))->click();
    QVERIFY(idsProblem->isVisible());
    QVERIFY2(idsProblem->text().contains(QLatin1String("course id")), qPrintable(idsProblem->text()));
    QVERIFY(datesProblem->isVisible());
    QVERIFY2(datesProblem->text().contains(QLatin1String("before")), qPrintable(datesProblem->text()));
    form->findChild<QDateEdit *>(QStringLiteral("courseCompletion"))->setDate(QDate(2016, 3, 3));
    QVERIFY(!datesProblem->isVisible());
    QVERIFY(idsProblem->isVisible()); // not mended yet
    QVERIFY(!form->isBuilding());
}

QTEST_MAIN(TestCourseForm)
#include "tst_courseform.moc"
