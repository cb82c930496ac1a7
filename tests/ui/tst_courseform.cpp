// The Course form, offscreen: the course ids found in the tracking logs offered with their
// counts, the course collection built from the form as a coordinator fills it, and the form
// saved and opened again in the seed's configuration format. (Fixture: tests/ui/uifixture.h.)
#include "uifixture.h"

#include "courseconfig.h"
#include "courseform.h"

#include <QDateEdit>
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

QTEST_MAIN(TestCourseForm)
#include "tst_courseform.moc"
