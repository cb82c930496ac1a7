// The Databases page, offscreen: after an import it shows the collections with their counts and
// sample documents with their types; on a course database it builds the Person-Course table.
// (Its Export… dialog: tst_exportdialog; fixture: tests/ui/uifixture.h.)
#include "uifixture.h"

#include "browserpane.h"
#include "importcontroller.h"
#include "importpanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QLineEdit>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestBrowserPane : public UiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void databasesPageShowsWhatWasLoaded();
    void personCourseTableFromTheDatabasesPage();
};

void TestBrowserPane::databasesPageShowsWhatWasLoaded()
{
    // The import of tst_importpanel's importRunsInTheBackground, through the window.
    const DemoParams p = demoParams(QStringLiteral("demo"), 2, 2, 20000);
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({demo.packageDir, demo.eventsDir});
    QVERIFY(scanned.wait(10000));
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QSignalSpy browsed(m_window->browserPane(), &BrowserPane::refreshed);
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(120000));
    const StoreReader store = storeOnDisk();

    // The Databases page shows what was loaded: counts, then sample documents with their types.
    // (it refreshes by itself once the import is over; the counts are read on a worker thread)
    QTreeWidget *collections = m_window->browserPane()->collectionsTree();
    const qint64 events = store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"));
    QTreeWidgetItem *tracking = nullptr;
    auto findTracking = [&] {
        tracking = nullptr;
        for (int i = 0; i < collections->topLevelItemCount(); ++i) {
            QTreeWidgetItem *db = collections->topLevelItem(i);
            for (int j = 0; j < db->childCount(); ++j) {
                if (db->text(0) == QLatin1String("tracking_logs") && db->child(j)->text(0) == QLatin1String("tracking")
                    && QLocale().toLongLong(db->child(j)->text(1)) == events)
                    tracking = db->child(j);
            }
        }
        return tracking != nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findTracking(), 10000);
    QVERIFY(browsed.count() >= 1);
    collections->setCurrentItem(tracking);
    QTreeWidget *documents = m_window->browserPane()->documentsTree();
    QTRY_COMPARE(documents->topLevelItemCount(), 20); // read on a worker thread
    QTreeWidgetItem *first = documents->topLevelItem(0);
    QStringList types;
    for (int k = 0; k < first->childCount(); ++k)
        types << first->child(k)->text(2);
    QVERIFY(types.contains(QStringLiteral("ObjectId")));
    QVERIFY(types.contains(QStringLiteral("date")));
    QVERIFY(first->child(0)->text(1).startsWith(QLatin1String("ObjectId(")));

    // Issue 18 item 6: data first; ledgers and error reports under "Import records", out of the
    // total, which counts the data documents the store holds.
    qint64 data = 0;
    for (int i = 0; i < collections->topLevelItemCount(); ++i) {
        QTreeWidgetItem *db = collections->topLevelItem(i);
        bool recordsSeen = false;
        for (int j = 0; j < db->childCount(); ++j) {
            QTreeWidgetItem *child = db->child(j);
            if (child->text(0) == QLatin1String("Import records")) {
                recordsSeen = true;
                QVERIFY(child->childCount() > 0);
                for (int k = 0; k < child->childCount(); ++k) {
                    const QString name = child->child(k)->text(0);
                    QVERIFY2(name.endsWith(QLatin1String("_imported")) || name.endsWith(QLatin1String("_errors")), qPrintable(name));
                }
                continue;
            }
            QVERIFY2(!recordsSeen, "data collections come first");
            QVERIFY2(!child->text(0).endsWith(QLatin1String("_imported")) && !child->text(0).endsWith(QLatin1String("_errors")),
                     qPrintable(child->text(0)));
            QCOMPARE(QLocale().toLongLong(child->text(1)), store.count(db->text(0), child->text(0)));
            data += store.count(db->text(0), child->text(0));
        }
        QVERIFY2(recordsSeen, qPrintable(db->text(0)));
    }
    const QString status = m_window->browserPane()->findChild<QLabel *>(QStringLiteral("browserStatus"))->text();
    QVERIFY2(status.contains(QLocale().toString(data) + QStringLiteral(" documents of data")), qPrintable(status));
    // Integers inside documents as they are stored, without group separators.
    for (int i = 0; i < collections->topLevelItemCount(); ++i) {
        QTreeWidgetItem *db = collections->topLevelItem(i);
        for (int j = 0; j < db->childCount(); ++j) {
            if (db->child(j)->text(0) == QLatin1String("user"))
                collections->setCurrentItem(db->child(j));
        }
    }
    QTRY_VERIFY(documents->topLevelItemCount() > 0 && documents->topLevelItem(0)->childCount() > 1
                && documents->topLevelItem(0)->text(1).contains(QLatin1String("username")));
    QTreeWidgetItem *user = documents->topLevelItem(0);
    bool sawInteger = false;
    for (int k = 0; k < user->childCount(); ++k) {
        if (user->child(k)->text(2) == QLatin1String("integer")) {
            sawInteger = true;
            bool plain = false;
            user->child(k)->text(1).toLongLong(&plain);
            QVERIFY2(plain, qPrintable(user->child(k)->text(1)));
        }
    }
    QVERIFY(sawInteger);

    // Paged ("1–20 of N", next, previous) and filtered with export-csv's filter syntax.
    collections->setCurrentItem(tracking);
    auto *pageLabel = m_window->browserPane()->findChild<QLabel *>(QStringLiteral("browserPage"));
    const QString of = QStringLiteral(" of ") + QLocale().toString(events);
    QTRY_COMPARE(pageLabel->text(), QStringLiteral("1–20") + of);
    m_window->browserPane()->findChild<QPushButton *>(QStringLiteral("browserNext"))->click();
    QTRY_COMPARE(pageLabel->text(), QStringLiteral("21–40") + of);
    QCOMPARE(documents->topLevelItem(0)->text(0), QStringLiteral("Document 21"));
    QVERIFY(m_window->browserPane()->findChild<QPushButton *>(QStringLiteral("browserPrevious"))->isEnabled());
    auto *filter = m_window->browserPane()->findChild<QLineEdit *>(QStringLiteral("browserFilter"));
    filter->setText(QStringLiteral(R"({"event_type": "play_video"})"));
    Q_EMIT filter->returnPressed();
    const qint64 plays = store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"),
                                     {{QStringLiteral("event_type"), Condition::Eq, {QStringLiteral("play_video")}}});
    QVERIFY(plays > 20);
    QTRY_COMPARE(pageLabel->text(), QStringLiteral("1–20 of ") + QLocale().toString(plays));
    for (int k = 0; k < documents->topLevelItemCount(); ++k)
        QVERIFY(documents->topLevelItem(k)->text(1).contains(QLatin1String("\"event_type\":\"play_video\"")));
    filter->setText(QStringLiteral("{not json"));
    Q_EMIT filter->returnPressed();
    QVERIFY2(pageLabel->text().startsWith(QLatin1String("Filter:")), qPrintable(pageLabel->text()));
    filter->clear();
    Q_EMIT filter->returnPressed();
    QTRY_COMPARE(pageLabel->text(), QStringLiteral("1–20") + of);

    // The import toolbar is not this page's.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    tabs->setCurrentWidget(m_window->browserPane());
    QVERIFY(!toolbar->isVisible());
    tabs->setCurrentIndex(0);
    QVERIFY(toolbar->isVisible());

    if (const QString dir = qEnvironmentVariable("EDXLOADER_SCREENSHOTS"); !dir.isEmpty()) {
        collections->setCurrentItem(tracking);
        QTRY_VERIFY(documents->topLevelItemCount() > 0 && documents->topLevelItem(0)->text(1).contains(QLatin1String("event_type")));
        first = documents->topLevelItem(0);
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(m_window->browserPane());
        first->setExpanded(true);
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("databases.png")));
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
    }
}

void TestBrowserPane::personCourseTableFromTheDatabasesPage()
{
    // The data of tst_exportdialog's datasetsFromTheDatabasesPage, imported without the window.
    const DemoParams p = demoParams(QStringLiteral("datasets-demo"), 1, 2, 1500);
    QVERIFY(importDemo(p));
    const StoreReader store = windowStore();
    QVERIFY(showDatabasesPage());
    BrowserPane *pane = m_window->browserPane();
    const QString course = QStringLiteral("DemoX-DS101x-1T2016");
    auto *exportButton = pane->findChild<QPushButton *>(QStringLiteral("browserExport"));
    auto *personCourse = pane->findChild<QPushButton *>(QStringLiteral("browserPersonCourse"));
    QVERIFY(pane->selectCollection(QStringLiteral("tracking_logs"), QStringLiteral("tracking")));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!personCourse->isEnabled()); // the tracking logs are no course

    // Person-Course Table on the course database: one row per enrolled learner.
    QVERIFY(pane->selectCollection(course, QStringLiteral("user")));
    QVERIFY(personCourse->isEnabled());
    QSignalSpy built(pane, &BrowserPane::personCourseBuilt);
    personCourse->click();
    QVERIFY(built.wait(30000));
    QCOMPARE(built.first().first().toBool(), true);
    QCOMPARE(store.count(course, QStringLiteral("person_course")), store.count(course, QStringLiteral("enrollment")));
    QTRY_VERIFY(pane->collectionsTree()->currentItem()
                && pane->collectionsTree()->currentItem()->text(0) == QLatin1String("person_course"));
    QVERIFY2(pane->statusLabel()->text().contains(QLatin1String("person_course")), qPrintable(pane->statusLabel()->text()));
    if (const QString dir = qEnvironmentVariable("EDXLOADER_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(300);
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("person-course.png")));
    }
}

QTEST_MAIN(TestBrowserPane)
#include "tst_browserpane.moc"
