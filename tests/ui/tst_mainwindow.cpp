// The first window, offscreen: dropping files and folders fills the import list without
// blocking, web links are refused with a message, and the empty state offers the buttons.
#include "browserpane.h"
#include "demogenerator.h"
#include "dropzone.h"
#include "embeddedstore.h"
#include "importcontroller.h"
#include "errorreportmodel.h"
#include "reportdialog.h"
#include "importlistmodel.h"
#include "importpanel.h"
#include "localisation.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "courseform.h"
#include "exportdialog.h"
#include "importjob.h"
#include "demodialog.h"
#include "../common/throwawaygnupg.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDateEdit>
#include <QInputDialog>
#include <QListWidget>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QSettings>
#include <QRadioButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test folder, not the user's
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }
    void init();
    void cleanup();
    void emptyWindowInvitesToDrop();
    void droppedFilesAndFoldersBecomeRows();
    void webLinksAreRefused();
    void dragFeedbackAndFilter();
    void removeSelectedRows();
    void importRunsInTheBackground();
    void settingsListTheSecretKeys();
    void encryptedPackageAsksForThePassphrase();
    void courseFormBuildsTheCourseCollection();
    void datasetsFromTheDatabasesPage();
    void settingsPersistAndApply();
    void mongoTargetInSettings();
    void windowOnAnUnreachableMongoTarget();
    void changedFileAsksBeforeReplacing();
    void cancelSelectedFilesOnly();
    void targetsEditedInTheList();

private:
    void touch(const QString &relative);
    bool drop(const QList<QUrl> &urls);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    AppSettings{}.save(); // every test starts from the defaults (test-mode settings folder)
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_dir->filePath(QStringLiteral("data")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::touch(const QString &relative)
{
    const QString path = m_dir->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
}

bool TestMainWindow::drop(const QList<QUrl> &urls)
{
    ImportPanel *panel = m_window->importPanel();
    QMimeData data;
    data.setUrls(urls);
    const QPoint pos = panel->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &dropEvent);
    return dropEvent.isAccepted();
}

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

void TestMainWindow::droppedFilesAndFoldersBecomeRows()
{
    touch(QStringLiteral("pkg/McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql"));
    touch(QStringLiteral("pkg/McGillX-CHEM181x-1T2014-prod.mongo.gpg"));
    touch(QStringLiteral("pkg/deep/er/notes.txt"));
    touch(QStringLiteral("mcgillx-edx-events-2014-02-01.log.gz"));
    for (int i = 0; i < 300; ++i) // enough for several batches
        touch(QStringLiteral("many/mcgillx-edx-events-2014-%1-%2.log.gz").arg(1 + i / 28, 2, 10, QLatin1Char('0')).arg(1 + i % 28, 2, 10, QLatin1Char('0')));

    QSignalSpy finished(m_window->importPanel(), &ImportPanel::scanFinished);
    QVERIFY(drop({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("pkg"))),
                  QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("mcgillx-edx-events-2014-02-01.log.gz"))),
                  QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("many")))}));
    QVERIFY(finished.wait(10000));
    ImportListModel *model = m_window->importModel();
    QCOMPARE(model->rowCount(), 304);

    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("importList"));
    QVERIFY(view && view->isVisible());
    QVERIFY(!m_window->findChild<DropZone *>(QStringLiteral("dropZone"))->isVisible());
    QMap<QString, QString> targetOf;
    for (int r = 0; r < model->rowCount(); ++r)
        targetOf.insert(model->index(r, ImportListModel::NameColumn).data().toString(),
                        model->index(r, ImportListModel::TargetColumn).data().toString());
    QCOMPARE(targetOf.value(QStringLiteral("McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql")),
             QStringLiteral("McGillX-CHEM181x-1T2014.user"));
    QCOMPARE(targetOf.value(QStringLiteral("McGillX-CHEM181x-1T2014-prod.mongo.gpg")),
             QStringLiteral("McGillX-CHEM181x-1T2014.forum"));
    QCOMPARE(targetOf.value(QStringLiteral("mcgillx-edx-events-2014-02-01.log.gz")),
             QStringLiteral("tracking_logs.tracking"));
    QCOMPARE(targetOf.value(QStringLiteral("notes.txt")), QStringLiteral("not imported"));
    const QString summary = m_window->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("304 files")) && summary.contains(QLatin1String("1 unrecognised")),
             qPrintable(summary));

    // Dropping the same folder again adds nothing.
    QVERIFY(drop({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("pkg")))}));
    QVERIFY(finished.wait(10000));
    QCOMPARE(model->rowCount(), 304);
}

void TestMainWindow::webLinksAreRefused()
{
    touch(QStringLiteral("McGillX-CHEM181x-1T2014-prod.mongo"));
    QSignalSpy finished(m_window->importPanel(), &ImportPanel::scanFinished);
    QVERIFY(drop({QUrl(QStringLiteral("https://example.org/mcgillx-2016-05-01.zip")),
                  QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("McGillX-CHEM181x-1T2014-prod.mongo")))}));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->importModel()->rowCount(), 1);
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("importMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("https://example.org/mcgillx-2016-05-01.zip")));
}

void TestMainWindow::dragFeedbackAndFilter()
{
    ImportPanel *panel = m_window->importPanel();
    auto *zone = m_window->findChild<DropZone *>(QStringLiteral("dropZone"));
    const QColor idle = zone->palette().color(QPalette::Window);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_dir->path())});
    QDragEnterEvent enter(panel->rect().center(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(zone->palette().color(QPalette::Window) != idle);
    QDragLeaveEvent leave;
    QApplication::sendEvent(panel, &leave);
    QCOMPARE(zone->palette().color(QPalette::Window), idle);

    QMimeData text;
    text.setText(QStringLiteral("just words"));
    QDragEnterEvent refused(panel->rect().center(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &refused);
    QVERIFY(!refused.isAccepted());

    touch(QStringLiteral("a/McGillX-CHEM181x-1T2014-prod.mongo"));
    touch(QStringLiteral("a/mcgillx-edx-events-2014-02-01.log.gz"));
    QSignalSpy finished(panel, &ImportPanel::scanFinished);
    m_window->addPaths({m_dir->filePath(QStringLiteral("a"))});
    QVERIFY(finished.wait(10000));
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("importList"));
    QCOMPARE(view->model()->rowCount(), 2);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("importFilter")), QStringLiteral("tracking"));
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestMainWindow::removeSelectedRows()
{
    touch(QStringLiteral("b/McGillX-CHEM181x-1T2014-prod.mongo"));
    touch(QStringLiteral("b/readme.txt"));
    QSignalSpy finished(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({m_dir->filePath(QStringLiteral("b"))});
    QVERIFY(finished.wait(10000));
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("importList"));
    view->setFocus();
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_window->findChild<QAction *>(QStringLiteral("actionRemove"))->trigger();
    QCOMPARE(m_window->importModel()->rowCount(), 1);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("b/readme.txt"))));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("b/McGillX-CHEM181x-1T2014-prod.mongo"))));
}

void TestMainWindow::importRunsInTheBackground()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("demo"));
    p.courses = 2;
    p.days = 2;
    p.eventsPerDay = 20000;
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({demo.packageDir, demo.eventsDir});
    QVERIFY(scanned.wait(10000));

    // The window keeps answering while the import runs: measure the longest gap between ticks.
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
    });
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QSignalSpy browsed(m_window->browserPane(), &BrowserPane::refreshed);
    sinceTick.start();
    tick.start();
    // EDXLOADER_SCREENSHOTS=DIR: a picture of the window half-way through the import.
    bool shot = false;
    if (const QString dir = qEnvironmentVariable("EDXLOADER_SCREENSHOTS"); !dir.isEmpty()) {
        connect(m_window->importController(), &ImportController::progress, this,
                [this, dir, &shot](qint64 done, qint64 total) {
                    if (shot || done < total / 3)
                        return;
                    shot = true;
                    m_window->grab().save(QDir(dir).filePath(QStringLiteral("progress.png")));
                });
    }
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionCancelImport"))->isEnabled());
    QVERIFY(finished.wait(120000));
    tick.stop();
    QVERIFY2(longestStall < 1000, qPrintable(QStringLiteral("the window froze for %1 ms").arg(longestStall)));

    ImportListModel *model = m_window->importModel();
    int imported = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto state = model->runState(r);
        if (model->item(r).classification.imported) {
            QCOMPARE(state.phase, ImportListModel::RunState::Imported);
            QVERIFY(model->index(r, ImportListModel::StatusColumn).data().toString().contains(QLatin1String("imported")));
            ++imported;
        }
    }
    QCOMPARE(imported, 2 * 8 + 2);
    EmbeddedStore store(m_dir->filePath(QStringLiteral("data")));
    QVERIFY(store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")) > 40000);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("importProgressLabel"))->text().isEmpty());

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
    if (const QString dir = qEnvironmentVariable("EDXLOADER_SCREENSHOTS"); !dir.isEmpty()) {
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(m_window->browserPane());
        first->setExpanded(true);
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("databases.png")));
        m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
    }

    // The error report of a tracking log: every rejected line, filterable and exportable.
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("importList"));
    QModelIndex logRow;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == QLatin1String("demox-edx-events-2016-03-01.log.gz"))
            logRow = view->model()->index(r, 0);
    }
    QVERIFY(logRow.isValid());
    view->selectionModel()->select(logRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_window->findChild<QAction *>(QStringLiteral("actionReport"))->trigger();
    auto *report = m_window->findChild<ReportDialog *>(QStringLiteral("reportDialog"));
    QVERIFY(report);
    QAbstractItemModelTester tester(report->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (report->isLoading()) // read on a worker thread
        QVERIFY(QSignalSpy(report, &ReportDialog::loaded).wait(20000));
    const int all = report->visibleRows();
    QCOMPARE(all, report->model()->rowCount());
    QVERIFY(all >= 40 + 13); // truncated and garbage lines of a 20 000-event day
    auto *reason = report->findChild<QComboBox *>(QStringLiteral("reportReason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("not-json")));
    QCOMPARE(report->visibleRows(), 13);
    report->findChild<QLineEdit *>(QStringLiteral("reportSearch"))->setText(QStringLiteral("Bad Gateway"));
    QCOMPARE(report->visibleRows(), 13);
    const QString csv = m_dir->filePath(QStringLiteral("report.csv"));
    QVERIFY(report->exportTo(csv, false));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.first().startsWith("file,line,severity,reason,message,raw"));
    QCOMPARE(lines.size() - 2, 13); // header, 13 rows, and the empty piece after the last CRLF
    // The whole line of the selected row is shown below the table.
    report->findChild<QTableView *>(QStringLiteral("reportView"))->selectRow(0);
    QVERIFY(report->findChild<QPlainTextEdit *>(QStringLiteral("reportDetail"))->toPlainText().contains(QLatin1String("Bad Gateway")));
    // EDXLOADER_SCREENSHOTS=DIR keeps a picture of the report for a person to look at.
    if (const QString dir = qEnvironmentVariable("EDXLOADER_SCREENSHOTS"); !dir.isEmpty()) {
        reason->setCurrentIndex(0);
        report->findChild<QLineEdit *>(QStringLiteral("reportSearch"))->clear();
        report->grab().save(QDir(dir).filePath(QStringLiteral("report.png")));
    }
    report->close();

    // With no row selected, the report gathers every file that had rejections, with a file filter.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed report is gone
    QVERIFY(!m_window->findChild<ReportDialog *>(QStringLiteral("reportDialog")));
    view->clearSelection();
    m_window->findChild<QAction *>(QStringLiteral("actionReport"))->trigger();
    QTRY_VERIFY(m_window->findChild<ReportDialog *>(QStringLiteral("reportDialog")));
    auto *gathered = m_window->findChild<ReportDialog *>(QStringLiteral("reportDialog"));
    if (gathered->isLoading())
        QVERIFY(QSignalSpy(gathered, &ReportDialog::loaded).wait(20000));
    auto *files = gathered->findChild<QComboBox *>(QStringLiteral("reportFile"));
    QCOMPARE(files->count(), 1 + 2); // "All files" and the two days of logs
    const int everything = gathered->visibleRows();
    files->setCurrentIndex(1);
    QVERIFY(gathered->visibleRows() > 0 && gathered->visibleRows() < everything);
    gathered->close();
}

void TestMainWindow::settingsListTheSecretKeys()
{
    if (!gpgInstalled())
        QSKIP("gpg is not installed: the GnuPG settings need GnuPG (package gnupg)");
    ThrowawayGnuPG gpg;
    QVERIFY(gpg.addKey(QStringLiteral("Data Czar <czar@example.org>")));
    AppSettings settings;
    settings.gnupgHome = gpg.home();
    settings.anonymize = true;
    SettingsDialog dialog(settings);
    dialog.show();
    auto *keys = dialog.findChild<QTreeWidget *>(QStringLiteral("settingsKeys"));
    QTRY_COMPARE_WITH_TIMEOUT(keys->topLevelItemCount(), 1, 20000);
    QVERIFY(keys->topLevelItem(0)->text(0).contains(QLatin1String("czar@example.org")));
    QCOMPARE(keys->topLevelItem(0)->text(2), QStringLiteral("yes"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsGnupgStatus"))->text().contains(QLatin1String("1 secret key")));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("settingsAnonymize"))->isChecked());
    dialog.findChild<QTabWidget *>(QStringLiteral("settingsPages"))->setCurrentIndex(2); // Decryption
    QVERIFY(keys->isVisible());
    if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        dialog.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("settings.png")));
    // With a key at hand, the demo dialog offers to deliver the package encrypted, as edX does.
    {
        DemoDialog demo(gpg.home());
        demo.show();
        auto *encrypt = demo.findChild<QComboBox *>(QStringLiteral("demoEncrypt"));
        QTRY_COMPARE_WITH_TIMEOUT(encrypt->count(), 2, 20000);
        QTRY_VERIFY(encrypt->isVisible());
        encrypt->setCurrentIndex(1);
        demo.findChild<QLineEdit *>(QStringLiteral("demoFolder"))->setText(m_dir->filePath(QStringLiteral("encdemo")));
        demo.findChild<QSpinBox *>(QStringLiteral("demoEvents"))->setValue(200);
        if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
            demo.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("demo-encrypted.png")));
        QSignalSpy done(&demo, &QDialog::accepted);
        demo.findChild<QPushButton *>(QStringLiteral("demoCreate"))->click();
        QVERIFY(done.wait(60000));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("encdemo/demox-2016-03-04.zip"))));
        QVERIFY(demo.createdInputs().first().endsWith(QLatin1String(".zip")));
    }
    // Another home without keys says what is needed.
    QTemporaryDir empty(QStringLiteral("/tmp/edxloader-gpg-XXXXXX"));
    auto *home = dialog.findChild<QLineEdit *>(QStringLiteral("settingsGnupgHome"));
    home->setText(empty.path());
    Q_EMIT home->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("settingsGnupgStatus"))->text().contains(QLatin1String("No secret key")), 20000);
    QCOMPARE(keys->topLevelItemCount(), 0);
    QCOMPARE(dialog.settings().gnupgHome, empty.path());
    QProcess kill;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GNUPGHOME"), empty.path());
    kill.setProcessEnvironment(env);
    kill.start(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("all")});
    kill.waitForFinished();
}

void TestMainWindow::encryptedPackageAsksForThePassphrase()
{
    if (!gpgInstalled())
        QSKIP("gpg is not installed: decryption needs GnuPG (package gnupg)");
    ThrowawayGnuPG gpg;
    QVERIFY(gpg.addKey(QStringLiteral("Data Czar <czar@example.org>"), QStringLiteral("open sesame")));
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("encrypted"));
    p.courses = 1;
    p.days = 1;
    p.eventsPerDay = 300;
    p.encryptTo = QStringLiteral("czar@example.org");
    p.gnupg = gpg.options();
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY2(demo.ok, qPrintable(demo.error));

    // The GnuPG home chosen in Settings (the dialog, driven as a user would).
    QTimer::singleShot(0, this, [&gpg] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *home = dialog->findChild<QLineEdit *>(QStringLiteral("settingsGnupgHome"));
        home->setText(gpg.home());
        dialog->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();

    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({demo.packageDir, demo.eventsDir});
    QVERIFY(scanned.wait(10000));
    ImportListModel *model = m_window->importModel();
    QVERIFY(model->rowCount() > 10);
    QVERIFY(model->item(0).path.contains(QLatin1String(".zip//")));

    // The passphrase is asked in the window: once wrongly, then rightly.
    int asked = 0;
    bool toldWrong = false;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&asked, &toldWrong] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<QInputDialog *>(w);
            if (!d || !d->isVisible() || d->objectName() != QLatin1String("passphraseDialog"))
                continue;
            ++asked;
            QVERIFY(d->labelText().contains(QLatin1String("czar@example.org")));
            toldWrong = toldWrong || d->labelText().contains(QLatin1String("passphrase was wrong"));
            d->setTextValue(asked == 1 ? QStringLiteral("wrong") : QStringLiteral("open sesame"));
            d->accept();
        }
    });
    answer.start();
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(120000));
    answer.stop();
    QVERIFY(asked >= 2);
    int imported = 0, failed = 0, wrong = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto state = model->runState(r);
        imported += state.phase == ImportListModel::RunState::Imported;
        failed += state.phase == ImportListModel::RunState::Failed;
        // (the file may also be a failed export, read only to show edX's error)
        wrong += state.message.contains(QLatin1String("Wrong passphrase"));
    }
    // The wrong passphrase either failed the file it was given for, or GnuPG asked again for it
    // (saying so); gpg-agent keeps the right one for the other files.
    QVERIFY(wrong == 1 || toldWrong);
    QVERIFY(failed <= wrong);
    QCOMPARE(imported + failed, 8 + 1);
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->item(r).classification.failedExport && !model->runState(r).message.contains(QLatin1String("passphrase")))
            QVERIFY2(model->runState(r).message.contains(QLatin1String("Lost connection")), qPrintable(model->runState(r).message));
    }
}

void TestMainWindow::courseFormBuildsTheCourseCollection()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("course-demo"));
    p.courses = 2;
    p.days = 2;
    p.eventsPerDay = 2000;
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    {
        ImportJob job(m_window->importController()->store(), {});
        for (const ImportTask &t : planImport({demo.packageDir, demo.eventsDir}, {}))
            job.run(t);
    }
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
    const qint64 copied = m_window->importController()->store().count(QStringLiteral("DemoX-DS101x-1T2016"), QStringLiteral("tracking"));
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

void TestMainWindow::datasetsFromTheDatabasesPage()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("datasets-demo"));
    p.courses = 1;
    p.days = 2;
    p.eventsPerDay = 1500;
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    DocumentStore &store = m_window->importController()->store();
    {
        ImportJob job(store, {});
        for (const ImportTask &t : planImport({demo.packageDir, demo.eventsDir}, {}))
            job.run(t);
    }
    BrowserPane *pane = m_window->browserPane();
    m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(pane);
    QSignalSpy refreshed(pane, &BrowserPane::refreshed);
    pane->refresh();
    QVERIFY(refreshed.wait(10000));
    const QString course = QStringLiteral("DemoX-DS101x-1T2016");
    auto *exportButton = pane->findChild<QPushButton *>(QStringLiteral("browserExport"));
    auto *personCourse = pane->findChild<QPushButton *>(QStringLiteral("browserPersonCourse"));
    QVERIFY(pane->selectCollection(QStringLiteral("tracking_logs"), QStringLiteral("tracking")));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!personCourse->isEnabled()); // the tracking logs are no course

    // Export… of the tracking logs, narrowed to the course and one day, three columns.
    exportButton->click();
    ExportDialog *dialog = pane->exportDialog();
    QVERIFY(dialog && dialog->isVisible());
    QSignalSpy loaded(dialog, &ExportDialog::fieldsLoaded);
    QVERIFY(loaded.wait(10000));
    QListWidget *fields = dialog->fieldList();
    QStringList offered;
    for (int i = 0; i < fields->count(); ++i)
        offered << fields->item(i)->text();
    QVERIFY(offered.contains(QLatin1String("context.course_id"))); // nested paths are offered
    for (int i = 0; i < fields->count(); ++i) {
        const QString f = fields->item(i)->text();
        fields->item(i)->setCheckState(f == QLatin1String("time") || f == QLatin1String("username") || f == QLatin1String("event_type")
                                           ? Qt::Checked
                                           : Qt::Unchecked);
    }
    auto *courses = dialog->findChild<QComboBox *>(QStringLiteral("exportCourse"));
    const int index = courses->findData(QStringLiteral("course-v1:DemoX+DS101x+1T2016"));
    QVERIFY(index > 0);
    courses->setCurrentIndex(index);
    auto *window = dialog->findChild<QCheckBox *>(QStringLiteral("exportWindow"));
    QVERIFY(window->isEnabled());
    window->setChecked(true);
    const QList<QDateEdit *> dates = dialog->findChildren<QDateEdit *>();
    QCOMPARE(dates.size(), 2);
    dates[0]->setDate(p.firstDay);
    dates[1]->setDate(p.firstDay);
    const CsvExportParams params = dialog->params();
    QCOMPARE(params.fields, (QStringList{QStringLiteral("username"), QStringLiteral("event_type"), QStringLiteral("time")}));
    QCOMPARE(params.filter.size(), 3);
    const qint64 expected = store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), params.filter);
    QVERIFY(expected > 0 && expected < store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")));
    const QString path = m_dir->filePath(QStringLiteral("day.csv"));
    QSignalSpy exported(dialog, &ExportDialog::exportFinished);
    dialog->exportTo(path);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.first().first().toBool(), true);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine(), QByteArray("username,event_type,time\r\n"));
    qint64 lines = 0;
    while (!csv.atEnd())
        lines += csv.readLine().endsWith("\r\n");
    QCOMPARE(lines, expected);
    QVERIFY2(dialog->statusLabel()->text().contains(QLocale().toString(expected)), qPrintable(dialog->statusLabel()->text()));
    if (const QString dir = qEnvironmentVariable("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("export.png")));
    // One field's value: text as text; digits match the number or the same text ("007").
    auto *whereField = dialog->findChild<QComboBox *>(QStringLiteral("exportWhereField"));
    whereField->setCurrentIndex(whereField->findData(QStringLiteral("username")));
    auto *whereValue = dialog->findChild<QLineEdit *>(QStringLiteral("exportWhereValue"));
    whereValue->setText(QStringLiteral("007"));
    Condition where = dialog->params().filter.last();
    QCOMPARE(where.field, QStringLiteral("username"));
    QCOMPARE(where.op, Condition::In);
    QCOMPARE(where.values, (QList<Value>{Value(qint64(7)), Value(QStringLiteral("007"))}));
    whereValue->setText(QStringLiteral("learner_1"));
    where = dialog->params().filter.last();
    QCOMPARE(where.op, Condition::Eq);
    QCOMPARE(where.values, QList<Value>{Value(QStringLiteral("learner_1"))});
    dialog->close();

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

void TestMainWindow::settingsPersistAndApply()
{
    touch(QStringLiteral("pkg/McGillX-CHEM181x-1T2014-auth_user-prod-analytics.sql"));
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({m_dir->filePath(QStringLiteral("pkg"))});
    QVERIFY(scanned.wait(10000));
    QCOMPARE(m_window->importModel()->item(0).classification.collection, QStringLiteral("user"));

    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *scheme = dialog->findChild<QComboBox *>(QStringLiteral("settingsScheme"));
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("edx")));
        dialog->findChild<QCheckBox *>(QStringLiteral("settingsAnonymize"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("settingsParallel"))->setValue(2);
        dialog->findChild<QLineEdit *>(QStringLiteral("settingsDataDirectory"))->setText(QStringLiteral("/srv/edx"));
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
    QCOMPARE(saved.dataDirectory, QStringLiteral("/srv/edx"));
    QCOMPARE(saved.language, QStringLiteral("fr"));
    m_window->resize(900, 600);
    m_window->close();
    QVERIFY(!AppSettings::load().windowGeometry.isEmpty());
    AppSettings{}.save(); // the other tests start from the defaults
}

void TestMainWindow::mongoTargetInSettings()
{
    SettingsDialog dialog(AppSettings{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *mongo = dialog.findChild<QRadioButton *>(QStringLiteral("settingsMongo"));
    auto *uri = dialog.findChild<QLineEdit *>(QStringLiteral("settingsMongoUri"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("settingsMongoPassword"));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("settingsTestConnection"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("settingsTestResult"));
    QVERIFY(mongo && uri && password && test && result);
    QVERIFY(!uri->isEnabled()); // the embedded store is the default
    QVERIFY(!test->isEnabled());
    mongo->setChecked(true);
    QVERIFY(uri->isEnabled());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("settingsDataDirectory"))->isEnabled() == false);
    // A password typed into the connection string moves to the password field.
    uri->setText(QStringLiteral("mongodb://loader:s3cr3t@127.0.0.1:1/?serverSelectionTimeoutMS=1000"));
    QMetaObject::invokeMethod(uri, "editingFinished");
    QCOMPARE(uri->text(), QStringLiteral("mongodb://loader@127.0.0.1:1/?serverSelectionTimeoutMS=1000"));
    QCOMPARE(password->text(), QStringLiteral("s3cr3t"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(test->isEnabled());
    // Test Connection runs on a worker and says what failed; the window stays responsive.
    test->click();
    QVERIFY(!test->isEnabled());
    QVERIFY(result->text().startsWith(QLatin1String("Connecting to 127.0.0.1:1")));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Failed: ")), 10000);
    QVERIFY2(result->text().contains(QLatin1String("No MongoDB server answered at 127.0.0.1:1")), qPrintable(result->text()));
    QVERIFY(test->isEnabled());
    if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        dialog.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("settings-mongodb.png")));
    // Saved without the password; the password is the dialog's to hand to Credentials.
    const AppSettings chosen = dialog.settings();
    QVERIFY(chosen.useMongo);
    QCOMPARE(dialog.mongoPassword(), QStringLiteral("s3cr3t"));
    chosen.save();
    QCOMPARE(AppSettings::load().mongoUri, QStringLiteral("mongodb://loader@127.0.0.1:1/?serverSelectionTimeoutMS=1000"));
    QCOMPARE(AppSettings::load().target(), AppSettings::load().mongoUri);
    // Even a string holding a password is saved without it.
    AppSettings leaky = chosen;
    leaky.mongoUri = QStringLiteral("mongodb://loader:s3cr3t@127.0.0.1:1/");
    leaky.save();
    QCOMPARE(AppSettings::load().mongoUri, QStringLiteral("mongodb://loader@127.0.0.1:1/"));
    QSettings raw(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("EdxLoader"), QStringLiteral("EdxLoader"));
    QFile file(raw.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cr3t"));
    // A string that is not MongoDB's is refused with a message, the dialog stays open.
    uri->setText(QStringLiteral("http://example.org"));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    dialog.accept();
    QVERIFY(dialog.isVisible());
    AppSettings{}.save();
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
    DocumentStore &store = m_window->importController()->store();
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

void TestMainWindow::cancelSelectedFilesOnly()
{
    DemoParams p;
    p.directory = m_dir->filePath(QStringLiteral("demo"));
    p.courses = 1;
    p.days = 2;
    p.eventsPerDay = 30000;
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({demo.packageDir, demo.eventsDir});
    QVERIFY(scanned.wait(10000));
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("importList"));
    QModelIndex second;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data().toString() == QLatin1String("demox-edx-events-2016-03-02.log.gz"))
            second = view->model()->index(r, 0);
    }
    QVERIFY(second.isValid());
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    // The second day's log is selected and cancelled at once: it never starts, or stops.
    view->selectionModel()->select(second, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionCancelSelected"))->isEnabled());
    m_window->findChild<QAction *>(QStringLiteral("actionCancelSelected"))->trigger();
    QVERIFY(finished.wait(120000));
    ImportListModel *model = m_window->importModel();
    int imported = 0, cancelled = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto phase = model->runState(r).phase;
        imported += phase == ImportListModel::RunState::Imported;
        if (phase == ImportListModel::RunState::Cancelled) {
            ++cancelled;
            QCOMPARE(model->item(r).classification.fileName, QStringLiteral("demox-edx-events-2016-03-02.log.gz"));
        }
    }
    QCOMPARE(cancelled, 1);
    QCOMPARE(imported, 8 + 1);
    // Nothing of the cancelled file was kept; the other day is whole.
    DocumentStore &store = m_window->importController()->store();
    QCOMPARE(store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"),
                         {{QStringLiteral("load_file"), Condition::Eq, {QStringLiteral("demox-edx-events-2016-03-02.log")}}}),
             0);
    QVERIFY(store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")) > 25000);
}

void TestMainWindow::targetsEditedInTheList()
{
    const QDir pkg(m_dir->filePath(QStringLiteral("pkg")));
    QVERIFY(pkg.mkpath(QStringLiteral(".")));
    auto write = [&pkg](const QString &name, const QByteArray &content) {
        QFile f(pkg.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    };
    QVERIFY(write(QStringLiteral("UniX-DS101x-1T2016-auth_user-prod-analytics.sql"), "id\tusername\n1\talice\n"));
    QVERIFY(write(QStringLiteral("UniX-DS101x-1T2016-user_id_map-prod-analytics.sql"), "hash_id\tid\tusername\nab\t1\talice\n"));
    QVERIFY(write(QStringLiteral("UniX-DS101x-1T2016-wiki_article-prod-analytics.sql"), "id\ttitle\n1\tHome\n"));
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({pkg.path()});
    QVERIFY(scanned.wait(10000));
    ImportListModel *model = m_window->importModel();
    auto rowOf = [model](const char *table) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->item(r).classification.table == QLatin1String(table))
                return r;
        }
        return -1;
    };
    // The wiki included, the id map left out, the course's database renamed — as in the list.
    QVERIFY(model->setData(model->index(rowOf("wiki_article"), ImportListModel::NameColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(rowOf("user_id_map"), ImportListModel::NameColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(rowOf("auth_user"), ImportListModel::TargetColumn), QStringLiteral("ds101x_2016.user")));
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(30000));
    DocumentStore &store = m_window->importController()->store();
    QCOMPARE(store.count(QStringLiteral("ds101x_2016"), QStringLiteral("user")), 1);
    QCOMPARE(store.count(QStringLiteral("ds101x_2016"), QStringLiteral("wiki_article")), 1);
    QVERIFY(!store.collections(QStringLiteral("ds101x_2016")).contains(QStringLiteral("user_id_map")));
    QVERIFY(!store.databases().contains(QStringLiteral("UniX-DS101x-1T2016")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
