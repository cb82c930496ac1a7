// The window as a whole, offscreen: what the empty window offers (drop zone, actions, target,
// About), settings applied to every panel and kept, a MongoDB target that does not answer, and
// the question before a changed file is imported again. (Each panel has its own tst_<widget>;
// tests/ui/uifixture.h gives every test its folder and a shown window.)
#include "uifixture.h"

#include "browserpane.h"
#include "courseconfig.h"
#include "courseform.h"
#include "exportdialog.h"
#include "dropzone.h"
#include "importcontroller.h"
#include "importlistmodel.h"
#include "importpanel.h"
#include "settingsdialog.h"
#include "handbookdialog.h"
#include "demogenerator.h"
#include "localisation.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QMenuBar>
#include <QTextBrowser>
#include <QUrl>
#include <QMenu>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QScopeGuard>
#include <QTreeView>
#include <QTreeWidget>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestMainWindow : public UiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWindowInvitesToDrop();
    void closesAtOnceWhateverRuns();
    void settingsPersistAndApply();
    void windowOnAnUnreachableMongoTarget();
    void changedFileAsksBeforeReplacing();
    void renamedCopyIsSkippedUntilImportedAnyway();
    void progressAndSummariesTellTheTruth();
    void helpAndConventions();
    void languageAndTargetApplyAtOnce();
};

void TestMainWindow::emptyWindowInvitesToDrop()
{
    auto *zone = m_window->findChild<DropZone *>(QStringLiteral("dropZone"));
    QVERIFY(zone);
    QVERIFY(zone->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("dropZoneAddFiles"))->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("dropZoneAddFolder"))->isVisible());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionDemo")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("targetLabel"))->text().contains(QLatin1String("data")));

    // About names the libraries with their versions.
    QString about;
    QTimer::singleShot(0, this, [&about] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            about = box->text() + box->informativeText();
            if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
                box->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("about.png")));
            box->accept();
        }
    });
    m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    for (const char *library : {"Qt", "KArchive", "QCA", "GPGME", "SQLite", "libmongoc"})
        QVERIFY2(about.contains(QLatin1String(library)), library);
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
}

void TestMainWindow::settingsPersistAndApply()
{
    touch(QStringLiteral("pkg/McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql"));
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({m_dir->filePath(QStringLiteral("pkg"))});
    QVERIFY(scanned.wait(10000));
    QCOMPARE(m_window->importModel()->item(0).classification.collection, QStringLiteral("user"));

    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    const auto english = qScopeGuard([] { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); });
    QTimer::singleShot(0, this, [elsewhere] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *scheme = dialog->findChild<QComboBox *>(QStringLiteral("settingsScheme"));
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("edx")));
        dialog->findChild<QCheckBox *>(QStringLiteral("settingsAnonymize"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("settingsParallel"))->setValue(2);
        dialog->findChild<QLineEdit *>(QStringLiteral("settingsDataDirectory"))->setText(elsewhere);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        dialog->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();

    // Applied at once: the list's targets follow the new collection names, the status bar says
    // learners are anonymised.
    QCOMPARE(m_window->importModel()->item(0).classification.collection, QStringLiteral("auth_user"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("anonymizeLabel"))->isVisible());
    // Kept for the next start, with the window's size.
    const AppSettings saved = AppSettings::load();
    QCOMPARE(saved.scheme, CollectionScheme::EdxTable);
    QVERIFY(saved.anonymize);
    QCOMPARE(saved.parallelJobs, 2);
    QCOMPARE(saved.dataDirectory, elsewhere);
    QCOMPARE(saved.language, QStringLiteral("fr"));
    m_window->resize(900, 600);
    m_window->close();
    QVERIFY(!AppSettings::load().windowGeometry.isEmpty());
    AppSettings{}.save(); // the other tests start from the defaults
}

void TestMainWindow::windowOnAnUnreachableMongoTarget()
{
    // The window opens at once on a MongoDB target (nothing is contacted before it shows); the
    // Databases page then says the server does not answer rather than "nothing imported".
    // (The server selection gives up after 5 s: a window that waited for it would take longer.)
    QElapsedTimer timer;
    timer.start();
    MainWindow window(QStringLiteral("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=5000"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(timer.elapsed() < 4500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("targetLabel"))->text(), QStringLiteral("Target: MongoDB at 127.0.0.1:1"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentIndex(1);
    auto *browser = window.findChild<BrowserPane *>();
    QVERIFY(browser);
    const QList<QLabel *> labels = browser->findChildren<QLabel *>();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
                                 return l->text().startsWith(QLatin1String("Cannot read the target: No MongoDB server answered at 127.0.0.1:1"));
                             }),
                             30000);
    if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        window.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("mongodb-unreachable.png")));
}

void TestMainWindow::changedFileAsksBeforeReplacing()
{
    const QString path = m_dir->filePath(QStringLiteral("pkg/UniX-DS101x-1T2016-auth_user-prod-analytics.sql"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    auto write = [&path](const QByteArray &rows) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("id\tusername\n" + rows) > 0;
    };
    QVERIFY(write("1\talice\n"));
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({path});
    QVERIFY(scanned.wait(10000));
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(30000));
    const StoreReader store = windowStore();
    QCOMPARE(store.count(QStringLiteral("UniX-DS101x-1T2016"), QStringLiteral("user")), 1);

    // The file changes; importing it again asks, and Replace imports the new content.
    QVERIFY(write("1\talice\n2\tbob\n"));
    QString question; // (asked once the import that finds the change is over)
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("replaceQuestion"))
            return;
        question = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
    answer.start();
    finished.clear();
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(30000)); // the import that finds the file changed
    QVERIFY(finished.count() == 2 || finished.wait(30000)); // and the replacing one
    answer.stop();
    QVERIFY2(question.contains(QLatin1String("1 file changed")), qPrintable(question));
    QCOMPARE(store.count(QStringLiteral("UniX-DS101x-1T2016"), QStringLiteral("user")), 2);
    QCOMPARE(m_window->importModel()->runState(0).phase, ImportListModel::RunState::Imported);
}


// Issue 17 item 2: a renamed copy of an imported file is skipped with the name and date of the
// original, and Import Anyway (enabled only then) loads it.
void TestMainWindow::renamedCopyIsSkippedUntilImportedAnyway()
{
    const QString first = m_dir->filePath(QStringLiteral("pkg/UniX-DS101x-1T2016-auth_user-prod-analytics.sql"));
    const QString copy = m_dir->filePath(QStringLiteral("other/UniX-DS101x-1T2016-auth_user-prod-analytics.sql"));
    for (const QString &path : {first, copy}) {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id\tusername\n1\talice\n2\tbob\n");
    }
    // (the ledger knows a file by its name: a copy under the same name in another folder is
    // the same file; this one is renamed as a browser renames a second download)
    const QString renamed = m_dir->filePath(QStringLiteral("other/UniX-DS101x-1T2016-auth_user-prod-analytics (1).sql"));
    QVERIFY(QFile::rename(copy, renamed));
    QAction *anyway = m_window->findChild<QAction *>(QStringLiteral("actionImportAnyway"));
    QVERIFY(anyway);
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({first});
    QVERIFY(scanned.wait(10000));
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY(!anyway->isEnabled());
    m_window->addPaths({renamed});
    QVERIFY(scanned.wait(10000));
    QCOMPARE(m_window->importModel()->itemCount(), 2);
    finished.clear();
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(30000));
    const int row = m_window->importModel()->itemOfPath(renamed);
    QVERIFY(row >= 0);
    const ImportListModel::RunState state = m_window->importModel()->runState(row);
    QCOMPARE(state.phase, ImportListModel::RunState::Duplicate);
    QVERIFY2(state.message.contains(QLatin1String("UniX-DS101x-1T2016-auth_user-prod-analytics.sql")), qPrintable(state.message));
    QCOMPARE(state.skipped, 2);
    const StoreReader store = windowStore();
    QCOMPARE(store.count(QStringLiteral("UniX-DS101x-1T2016"), QStringLiteral("user")), 2);
    QVERIFY(anyway->isEnabled());
    finished.clear();
    anyway->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->importModel()->runState(row).phase, ImportListModel::RunState::Imported);
    QCOMPARE(store.count(QStringLiteral("UniX-DS101x-1T2016"), QStringLiteral("user")), 4);
    QVERIFY(!anyway->isEnabled());
}

// Issue 18 item 4: Import waits for files; the progress sits in a permanent status-bar widget
// that a hover tip does not hide; a new import clears the last summary; a cancelled import says
// so, with what was imported and what never started.
void TestMainWindow::progressAndSummariesTellTheTruth()
{
    QAction *import = m_window->findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(!import->isEnabled()); // an empty list: nothing to import
    const DemoResult demo = DemoGenerator(demoParams(QStringLiteral("truth"), 2, 3, 3000)).run();
    QVERIFY(demo.ok);
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({demo.packageDir, demo.eventsDir});
    QVERIFY(scanned.wait(10000));
    QVERIFY(import->isEnabled());

    auto *label = m_window->findChild<QLabel *>(QStringLiteral("importProgressLabel"));
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    // Cancelled as soon as it starts: most files never start.
    import->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("Importing")), 5000);
    m_window->statusBar()->showMessage(QStringLiteral("a hover tip"));
    QVERIFY(label->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("actionCancelImport"))->trigger();
    QVERIFY(finished.wait(60000));
    const QString summary = label->text();
    QVERIFY2(summary.startsWith(QLatin1String("Cancelled")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("not started")), qPrintable(summary));
    QVERIFY(import->isEnabled());

    // The next import starts without the last summary.
    finished.clear();
    import->trigger();
    QVERIFY(label->text() != summary);
    QVERIFY2(!label->text().contains(QLatin1String("Cancelled")), qPrintable(label->text()));
    QVERIFY(finished.wait(120000));
    QVERIFY2(!label->text().contains(QLatin1String("Cancelled")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("imported")), qPrintable(label->text()));
}

// Issue 18 item 7: Help ▸ EdxLoader Handbook (F1) at the section of the page on screen, in both
// languages' handbooks; About Qt; Settings ▸ Configure EdxLoader… with its shortcut; the Target
// tab names what the window writes to now.
void TestMainWindow::helpAndConventions()
{
    QAction *handbook = m_window->findChild<QAction *>(QStringLiteral("actionHandbook"));
    QVERIFY(handbook);
    QCOMPARE(handbook->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionAboutQt")));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    const QList<std::pair<int, QString>> pages = {{0, QStringLiteral("import")}, {1, QStringLiteral("export")},
                                                  {2, QStringLiteral("course")}};
    for (const auto &[index, section] : pages) {
        tabs->setCurrentIndex(index);
        handbook->trigger();
        auto *dialog = m_window->findChild<HandbookDialog *>(QStringLiteral("handbookDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->browser()->source().fragment(), section);
        QVERIFY(dialog->browser()->toPlainText().contains(QLatin1String("EdxLoader Handbook")));
    }
    // Both handbooks hold every section.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QFile f(QUrl(HandbookDialog::resourceFor(language)).toString().replace(QLatin1String("qrc:"), QLatin1String(":")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray html = f.readAll();
        for (const char *id : {"files", "keys", "import", "errors", "course", "export", "mongodb"})
            QVERIFY2(html.contains(QByteArray(QByteArray("id=\"") + id + '"')), id);
    }
    QAction *settings = m_window->findChild<QAction *>(QStringLiteral("actionSettings"));
    QCOMPARE(settings->text(), QStringLiteral("&Configure EdxLoader…"));
    QVERIFY(!settings->shortcut().isEmpty());
    bool inSettingsMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&Settings"))
            inSettingsMenu = menu->menu()->actions().contains(settings);
    }
    QVERIFY(inSettingsMenu);
    QString inUse;
    QTimer::singleShot(0, this, [&inUse] {
        if (auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget())) {
            inUse = dialog->findChild<QLabel *>(QStringLiteral("settingsTargetInUse"))->text();
            dialog->reject();
        }
    });
    settings->trigger();
    QVERIFY2(inUse.contains(m_dir->filePath(QStringLiteral("data"))), qPrintable(inUse));
}

// Issue 16: the pages' work (counts, samples, person_course, a course build, an export) runs
// on workers that hold the store themselves; closing the window while all of it runs returns at
// once, the tasks stop at their next check, and nothing is left half-done.
void TestMainWindow::closesAtOnceWhateverRuns()
{
    const DemoParams p = demoParams(QStringLiteral("close-demo"), 2, 4, 60000);
    QVERIFY(importDemo(p));
    QVERIFY(showDatabasesPage(20000));
    BrowserPane *pane = m_window->browserPane();
    const QString course = QStringLiteral("DemoX-DS101x-1T2016");
    const qint64 events = storeOnDisk().count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"));
    QVERIFY(events > 100000);

    // The course build, the export of every event, person_course, a sample and the counts.
    CourseConfig config;
    config.edxId = QStringLiteral("ds101x");
    config.edxCourseName = QStringLiteral("Data Science");
    config.courseIds = {QStringLiteral("course-v1:DemoX+DS101x+1T2016")};
    config.enrollment = p.firstDay;
    config.completion = p.firstDay.addDays(p.days);
    m_window->courseForm()->setConfig(config);
    m_window->courseForm()->build();
    QVERIFY(pane->selectCollection(QStringLiteral("tracking_logs"), QStringLiteral("tracking")));
    ExportDialog *exporting = pane->exportSelected();
    QVERIFY(exporting);
    exporting->exportTo(m_dir->filePath(QStringLiteral("all-events.csv")));
    QVERIFY(pane->selectCollection(course, QStringLiteral("user")));
    pane->buildPersonCourse();
    pane->refresh();
    QTest::qWait(100); // (all of them under way)

    QElapsedTimer closing;
    closing.start();
    m_window->close();
    m_window.reset();
    const qint64 ms = closing.elapsed();
    qInfo("closing the window with all of it running took %lld ms", ms);
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("closing took %1 ms").arg(ms)));
    // The tasks end soon after (they were told to stop), and leave nothing half-done: the export
    // (still running when the window closed) wrote no file, the course build kept nothing.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("all-events.csv"))));
    QCOMPARE(storeOnDisk().count(course, QStringLiteral("tracking")), 0);
    QCOMPARE(storeOnDisk().count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")), events);
}

// Issue 18 items 7 and 8: a language or a target chosen in the settings applies without a
// restart — every page speaks the new language at once (menus, tabs, list, Databases page, course
// form, the handbook), and the next import, the Databases page and the course form use the new
// target; an import in progress finishes on the old one first.
void TestMainWindow::languageAndTargetApplyAtOnce()
{
    const auto english = qScopeGuard([] { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); });
    touch(QStringLiteral("pkg/McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql"));
    QFile table(m_dir->filePath(QStringLiteral("pkg/McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql")));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("id\tusername\n1\tana\n");
    table.close();
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({m_dir->filePath(QStringLiteral("pkg"))});
    QVERIFY(scanned.wait(10000));
    m_window->findChild<QAction *>(QStringLiteral("actionHandbook"))->trigger();
    auto *handbook = m_window->findChild<HandbookDialog *>();
    QVERIFY(handbook);
    QVERIFY(handbook->browser()->source().toString().contains(QLatin1String("handbook_en")));

    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    const auto choose = [this](const QString &language, const QString &folder) {
        QTimer::singleShot(0, this, [language, folder] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *box = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
            box->setCurrentIndex(box->findData(language));
            dialog->findChild<QLineEdit *>(QStringLiteral("settingsDataDirectory"))->setText(folder);
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    };
    choose(QStringLiteral("fr"), elsewhere);

    // French at once, everywhere.
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionImport"))->text(), QStringLiteral("&Importer"));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Fichiers à importer"));
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("importList"));
    QCOMPARE(view->model()->headerData(ImportListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Fichier"));
    const QModelIndex course = view->model()->index(0, 0);
    QCOMPARE(course.data().toString(), QStringLiteral("Cours McGillX-CHEM181x-1T2014"));
    QCOMPARE(view->model()->index(0, 0, course).data().toString(), QStringLiteral("auth_user — Table SQL"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("importFilter"))->placeholderText(),
             QStringLiteral("Filtrer par nom, type, cours ou cible"));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("courseBuild"))->text(), QStringLiteral("&Construire"));
    const auto formLabel = [this](const char *field) {
        auto *form = m_window->courseForm()->findChild<QFormLayout *>();
        auto *label = qobject_cast<QLabel *>(form->labelForField(m_window->courseForm()->findChild<QWidget *>(QLatin1String(field))));
        return label ? label->text() : QString();
    };
    QCOMPARE(formLabel("courseEdxId"), QStringLiteral("&Code du cours :"));
    QCOMPARE(formLabel("courseCollection"), QStringLiteral("Co&llection de destination :"));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("browserExport"))->text(), QStringLiteral("&Exporter…"));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("dropZoneAddFiles"))->text(),
             QStringLiteral("Ajouter des fichiers…"));
    QTRY_VERIFY(handbook->browser()->source().toString().contains(QLatin1String("handbook_fr")));
    QCOMPARE(handbook->windowTitle(), QStringLiteral("Manuel d'EdxLoader"));

    // The new target: named in the status bar, and where the next import goes.
    QVERIFY2(m_window->findChild<QLabel *>(QStringLiteral("targetLabel"))->text().contains(QDir::toNativeSeparators(elsewhere)),
             qPrintable(m_window->findChild<QLabel *>(QStringLiteral("targetLabel"))->text()));
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY(m_window->importController()->store()->description().contains(QDir::toNativeSeparators(elsewhere)));
    QCOMPARE(windowStore().count(QStringLiteral("McGillX-CHEM181x-1T2014"), QStringLiteral("user")), 1);
    QCOMPARE(storeOnDisk().databases(), QStringList()); // nothing went to the first target
    QVERIFY(showDatabasesPage());
    QCOMPARE(m_window->browserPane()->collectionsTree()->topLevelItem(0)->text(0), QStringLiteral("McGillX-CHEM181x-1T2014"));

    // And back to English.
    choose(QStringLiteral("en"), elsewhere);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionImport"))->text(), QStringLiteral("&Import"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Files to Import"));
    QCOMPARE(view->model()->index(0, 0, view->model()->index(0, 0)).data().toString(), QStringLiteral("auth_user — SQL table"));
    QTRY_VERIFY(handbook->browser()->source().toString().contains(QLatin1String("handbook_en")));
    AppSettings{}.save();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
