#include "mainwindow.h"

#include "credentials.h"
#include "storefactory.h"

#include "settingsdialog.h"
#include "versions.h"
#include "courseform.h"
#include "elidinglabel.h"
#include "handbookdialog.h"
#include "localisation.h"
#include "mainactions.h"
#include "downloaddialog.h"
#include "overviewpage.h"

#include "demodialog.h"
#include "importlistmodel.h"
#include "importcontroller.h"
#include "browserpane.h"
#include "importpanel.h"
#include "reportdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QItemSelectionModel>
#include <QTreeView>

namespace EdxLoader {

MainWindow::MainWindow(const QString &target, const QString &password, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ImportListModel(this))
    , m_panel(new ImportPanel(m_model, this))
    , m_target(target)
    , m_controller(new ImportController(m_model, target, password, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Four pages: the files to import, what the target holds, the course collection, the course
    // at a glance.
    m_browser = new BrowserPane(m_controller->store(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_panel, QString());
    m_tabs->addTab(m_browser, QString());
    m_courseForm = new CourseForm(m_controller->store(), this);
    m_tabs->addTab(m_courseForm, QString());
    m_overview = new OverviewPage(m_controller->store(), this);
    m_tabs->addTab(m_overview, QString());
    setCentralWidget(m_tabs);
    createActions();
    // The toolbar's actions are the import page's: on the other pages it goes (the menus keep
    // them, and the progress of a running import stays in the status bar).
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        connect(m_tabs, &QTabWidget::currentChanged, bar, [bar, this] { bar->setVisible(m_tabs->currentWidget() == m_panel); });
    connect(m_panel, &ImportPanel::addFilesRequested, this, &MainWindow::addFiles);
    connect(m_panel, &ImportPanel::addFolderRequested, this, &MainWindow::addFolder);
    connect(m_panel, &ImportPanel::demoRequested, this, &MainWindow::createDemo);

    m_progressLabel = new ElidingLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    // Permanent: a menu's or a button's hover tip (a temporary message) never hides the progress.
    statusBar()->addPermanentWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    connect(m_controller, &ImportController::progress, this, &MainWindow::importProgress);
    connect(m_controller, &ImportController::waitingForPassphrase, this, [this](bool waiting) {
        m_waitingForPassphrase = waiting;
        if (waiting)
            m_progressLabel->setText(tr("Importing: waiting for a passphrase…"));
    });
    connect(m_controller, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_courseForm, &CourseForm::buildFinished, this, [this] {
        m_overview->refreshCourses(); // (its events now come from the course collection)
        QTimer::singleShot(0, this, &MainWindow::applyPendingTarget);
    });
    m_anonymizeLabel = new QLabel(this);
    m_anonymizeLabel->setObjectName(QStringLiteral("anonymizeLabel"));
    statusBar()->addPermanentWidget(m_anonymizeLabel);
    m_targetLabel = new QLabel(this);
    m_targetLabel->setObjectName(QStringLiteral("targetLabel"));
    statusBar()->addPermanentWidget(m_targetLabel);
    retranslateUi();
    resize(1280, 760);
    applySettings(AppSettings::load());
    if (!m_settings.windowGeometry.isEmpty())
        restoreGeometry(m_settings.windowGeometry);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("EdxLoader"));
    m_tabs->setTabText(m_tabs->indexOf(m_panel), tr("Files to Import"));
    m_tabs->setTabText(m_tabs->indexOf(m_browser), tr("Databases"));
    m_tabs->setTabText(m_tabs->indexOf(m_courseForm), tr("Course Collection"));
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("Course Overview"));
    m_anonymizeLabel->setText(tr("Learners anonymised"));
    m_anonymizeLabel->setToolTip(tr("Usernames are hashed and direct identifiers left out (Settings)"));
    if (StoreTarget::parse(m_target).isMongo()) {
        m_targetLabel->setText(tr("Target: %1").arg(m_controller->store()->description()));
        m_targetLabel->setToolTip(tr("Each course gets its own database; tracking logs go to tracking_logs."));
    } else {
        m_targetLabel->setText(tr("Target: embedded database in %1")
                                   .arg(QDir::toNativeSeparators(StoreTarget::parse(m_target).directory)));
        m_targetLabel->setToolTip(tr("Each course gets its own database file here; tracking logs go to tracking_logs."));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    // A language chosen in the settings applies at once: every widget translates itself again.
    if (event->type() == QEvent::LanguageChange) {
        m_actions->retranslate();
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.windowGeometry = saveGeometry();
    m_settings.saveWindowState();
    QMainWindow::closeEvent(event);
}

QString MainWindow::startFolder() const
{
    return !m_settings.lastFolder.isEmpty() && QFileInfo::exists(m_settings.lastFolder) ? m_settings.lastFolder
                                                                                         : QDir::homePath();
}

// Children go in any order: the pages' and dialogs' tasks share the store with the import
// controller (and stop when their widget goes), the controller cancels its imports.
MainWindow::~MainWindow() = default;

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_browser->setAnonymize(settings.anonymize);
    m_courseForm->setAnonymize(settings.anonymize);
    m_controller->applySettings(settings);
    m_panel->setScheme(settings.scheme);
    m_anonymizeLabel->setVisible(settings.anonymize);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.setTargetInUse(m_controller->store()->description());
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings chosen = dialog.settings();
    chosen.windowGeometry = saveGeometry();
    chosen.save();
    if (chosen.useMongo && !dialog.mongoPassword().isEmpty()) {
        QString error;
        if (!Credentials::store(Credentials::keyFor(chosen.mongoUri), dialog.mongoPassword(), dialog.rememberPassword(),
                                &error))
            QMessageBox::warning(this, tr("Settings"),
                                 tr("The password could not be kept in the system keychain (%1): it will be asked "
                                    "again at the next start.")
                                     .arg(error));
    }
    const bool newTarget = chosen.target() != m_settings.target();
    const bool newLanguage = chosen.language != m_settings.language;
    applySettings(chosen);
    // Both apply at once: the widgets translate themselves again; the pages read the new target.
    if (newLanguage) {
        installTranslations(*QCoreApplication::instance(), chosen.language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // now, not at the next loop
    }
    if (newTarget)
        useTarget(chosen.target(), chosen.useMongo ? dialog.mongoPassword() : QString());
}

void MainWindow::useTarget(const QString &target, QString password)
{
    if (m_controller->isRunning() || m_courseForm->isBuilding()) {
        m_pendingTarget = {target, password};
        statusBar()->showMessage(tr("The new target applies when the import or course build in progress ends."), 15000);
        return;
    }
    m_pendingTarget.reset();
    if (StoreTarget::parse(target).isMongo() && password.isEmpty()) {
        password = qEnvironmentVariable("EDXLOADER_MONGODB_PASSWORD");
        if (password.isEmpty())
            password = Credentials::load(Credentials::keyFor(target));
    }
    m_controller->setTarget(target, password);
    m_browser->setStore(m_controller->store());
    m_courseForm->setStore(m_controller->store());
    m_overview->setStore(m_controller->store());
    m_target = target;
    retranslateUi(); // (the status bar names the target)
    statusBar()->showMessage(tr("Now using %1").arg(m_controller->store()->description()), 10000);
}

void MainWindow::applyPendingTarget()
{
    if (m_pendingTarget && !m_controller->isRunning() && !m_courseForm->isBuilding()) {
        const auto [target, password] = *m_pendingTarget;
        useTarget(target, password);
    }
}

void MainWindow::createActions()
{
    m_actions = new MainActions(this);
    MainActions *a = m_actions;
    connect(a->addFiles, &QAction::triggered, this, &MainWindow::addFiles);
    connect(a->addFolder, &QAction::triggered, this, &MainWindow::addFolder);
    connect(a->download, &QAction::triggered, this, &MainWindow::showDownload);
    connect(a->remove, &QAction::triggered, m_panel, &ImportPanel::removeSelected);
    connect(a->import, &QAction::triggered, this, &MainWindow::startImport);
    connect(a->cancel, &QAction::triggered, m_controller, &ImportController::cancel);
    connect(a->cancelSelected, &QAction::triggered, this, [this] { m_controller->cancelRows(m_panel->selectedRows()); });
    connect(a->report, &QAction::triggered, this, &MainWindow::showReport);
    // Double-click: the error report, except on the target, which it edits.
    connect(m_panel->view(), &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // A group header opens and closes; a file's row shows its report or failure.
        if (index.parent().isValid() && index.column() != ImportListModel::TargetColumn)
            showReport();
    });
    connect(a->importAnyway, &QAction::triggered, this, &MainWindow::importAnyway);
    connect(a->retryFailed, &QAction::triggered, this, &MainWindow::retryFailed);
    connect(a->clear, &QAction::triggered, m_model, &ImportListModel::clear);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->demo, &QAction::triggered, this, &MainWindow::createDemo);
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->about, &QAction::triggered, this, &MainWindow::about);
    connect(a->handbook, &QAction::triggered, this, &MainWindow::showHandbook);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    QAction *removeAction = a->remove;
    m_panel->view()->addActions({removeAction, a->cancelSelected, a->importAnyway, a->retryFailed, a->report});
    m_panel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, removeAction,
            [this, removeAction] { removeAction->setEnabled(m_panel->view()->selectionModel()->hasSelection()); });
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateImportAnyway);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateImportAnyway);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateImportAnyway);
    // Import on an empty list would have nothing to do; a "nothing to import" banner is about
    // the list as it was, and goes when files are added.
    const auto listChanged = [this] {
        m_actions->import->setEnabled(!m_controller->isRunning() && m_model->itemCount() > 0);
        if (m_model->itemCount() > 0 && m_panel->message() == nothingToImport())
            m_panel->showMessage(QString());
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, listChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, listChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, listChanged);
    m_actions->import->setEnabled(m_model->itemCount() > 0);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateImportAnyway);
}

void MainWindow::showDownload()
{
    if (auto *open = findChild<DownloadDialog *>(); open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new DownloadDialog(m_controller->store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What is downloaded goes to the import list, and is imported with Download and Import.
    connect(dialog, &DownloadDialog::filesReady, this, [this](const QStringList &paths, bool thenImport) {
        m_tabs->setCurrentWidget(m_panel);
        addPaths(paths);
        if (!thenImport)
            return;
        const auto start = [this] { m_actions->import->trigger(); };
        if (m_panel->isScanning())
            connect(m_panel, &ImportPanel::scanFinished, this, start, Qt::SingleShotConnection);
        else
            start();
    });
    dialog->show();
}

void MainWindow::addPaths(const QStringList &paths)
{
    m_panel->addPaths(paths);
}

void MainWindow::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add edX Data Files"), startFolder(),
        tr("edX data files (*.sql *.mongo *.json *.log *.gz *.gpg *.zip *.csv *.failed);;All files (*)"));
    if (!files.isEmpty())
        m_settings.lastFolder = QFileInfo(files.first()).absolutePath();
    addPaths(files);
}

void MainWindow::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Folder of edX Data"), startFolder());
    if (dir.isEmpty())
        return;
    m_settings.lastFolder = QFileInfo(dir).absolutePath();
    addPaths({dir});
}

void MainWindow::createDemo()
{
    DemoDialog dialog(m_settings.gnupgHome, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.createdFolder().isEmpty()) {
        addPaths(dialog.createdInputs());
        statusBar()->showMessage(tr("Demo package written to %1").arg(QDir::toNativeSeparators(dialog.createdFolder())), 10000);
    }
}

void MainWindow::startImport()
{
    if (!m_controller->start(m_panel->selectedRows())) {
        m_panel->showMessage(m_controller->isRunning() ? tr("An import is already running.") : nothingToImport());
        return;
    }
    importStarting();
}

QString MainWindow::nothingToImport() const
{
    return tr("Nothing to import: no file of the selection is imported by default (see the Note column).");
}

void MainWindow::importStarting()
{
    // Whatever started it (Import, Replace, Import Anyway, Retry Failed): the same window state.
    m_actions->import->setEnabled(false);
    m_actions->importAnyway->setEnabled(false);
    m_actions->retryFailed->setEnabled(false);
    m_actions->cancel->setEnabled(true);
    m_actions->cancelSelected->setEnabled(true);
    m_panel->showMessage(QString());
    m_progressLabel->setText(tr("Importing…"));
    m_progress->setValue(0);
    m_progress->show();
}

void MainWindow::importProgress(qint64 done, qint64 total, double bytesPerSecond, qint64 secondsLeft)
{
    m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    if (m_waitingForPassphrase || !m_controller->isRunning())
        return;
    const QLocale locale;
    QString text = tr("Importing: %1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    if (bytesPerSecond > 0)
        text += tr(" at %1/s").arg(locale.formattedDataSize(qint64(bytesPerSecond)));
    if (secondsLeft >= 60)
        text += tr(", about %n min left", nullptr, int((secondsLeft + 30) / 60));
    else if (secondsLeft >= 0)
        text += tr(", about %n s left", nullptr, int(std::max<qint64>(1, secondsLeft)));
    m_progressLabel->setText(text);
}

void MainWindow::importFinished(const QString &summary, bool problems)
{
    m_browser->refresh();
    m_courseForm->refreshCourseIds();
    m_overview->refreshCourses();
    m_actions->import->setEnabled(m_model->itemCount() > 0);
    m_actions->cancel->setEnabled(false);
    m_actions->cancelSelected->setEnabled(false);
    m_progress->hide();
    m_progressLabel->setText(summary);
    if (problems)
        m_panel->showMessage(summary);
    updateImportAnyway();
    // Files whose content changed since they were imported are only replaced when the user says
    // so — asked once this signal is over, not inside the import's own notification.
    QTimer::singleShot(0, this, &MainWindow::askAboutChangedFiles);
    QTimer::singleShot(0, this, &MainWindow::applyPendingTarget);
}

void MainWindow::askAboutChangedFiles()
{
    if (m_controller->isRunning())
        return;
    QList<int> changed;
    for (int r = 0; r < m_model->itemCount(); ++r) {
        if (m_model->runState(r).phase == ImportListModel::RunState::Changed)
            changed << r;
    }
    if (changed.isEmpty() || !m_askBeforeReplacing)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Files Changed Since Their Import"),
                    tr("%n file(s) changed since they were imported.", nullptr, int(changed.size())),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("replaceQuestion"));
    QStringList names;
    for (int r : std::as_const(changed).first(std::min<qsizetype>(changed.size(), 8)))
        names << m_model->item(r).classification.fileName;
    if (changed.size() > names.size())
        names << QStringLiteral("…");
    ask.setInformativeText(tr("Replace what they imported with their new content? The documents of their earlier "
                              "import are removed in the same step.")
                           + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')));
    QPushButton *replace = ask.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Keep the Earlier Import"), QMessageBox::RejectRole);
    ask.setDefaultButton(replace);
    ask.exec();
    if (ask.clickedButton() != replace)
        return;
    m_controller->setReplaceChanged(true);
    const bool started = m_controller->start(changed);
    m_controller->setReplaceChanged(false); // (the jobs took their options at start)
    if (started)
        importStarting();
}

QList<int> MainWindow::duplicateRows() const
{
    QList<int> rows = m_panel->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_model->itemCount(); ++r)
            rows << r;
    }
    QList<int> duplicates;
    for (int r : std::as_const(rows)) {
        if (m_model->runState(r).phase == ImportListModel::RunState::Duplicate)
            duplicates << r;
    }
    return duplicates;
}

void MainWindow::updateImportAnyway()
{
    m_actions->importAnyway->setEnabled(!m_controller->isRunning() && !duplicateRows().isEmpty());
    bool anyFailed = false;
    for (int r = 0; r < m_model->itemCount() && !anyFailed; ++r) {
        const auto phase = m_model->runState(r).phase;
        anyFailed = phase == ImportListModel::RunState::Failed || phase == ImportListModel::RunState::Cancelled;
    }
    m_actions->retryFailed->setEnabled(!m_controller->isRunning() && anyFailed);
}

void MainWindow::retryFailed()
{
    if (m_controller->isRunning())
        return;
    const auto failedOf = [this](const QList<int> &rows) {
        QList<int> failed;
        for (int r : rows) {
            const auto phase = m_model->runState(r).phase;
            if (phase == ImportListModel::RunState::Failed || phase == ImportListModel::RunState::Cancelled)
                failed << r;
        }
        return failed;
    };
    QList<int> rows = failedOf(m_panel->selectedRows());
    if (rows.isEmpty()) {
        QList<int> all;
        for (int r = 0; r < m_model->itemCount(); ++r)
            all << r;
        rows = failedOf(all);
    }
    if (rows.isEmpty() || !m_controller->start(rows))
        return;
    importStarting();
}

void MainWindow::importAnyway()
{
    const QList<int> rows = duplicateRows();
    if (rows.isEmpty() || m_controller->isRunning())
        return;
    m_controller->setAllowDuplicateContent(true);
    const bool started = m_controller->start(rows);
    m_controller->setAllowDuplicateContent(false); // (the jobs took their options at start)
    if (started)
        importStarting();
}

void MainWindow::showReport()
{
    // The selected files' reports; with none selected, those of every file that had rejections.
    QList<int> rows = m_panel->selectedRows();
    const bool chosen = !rows.isEmpty();
    if (!chosen) {
        for (int r = 0; r < m_model->itemCount(); ++r) {
            const ImportListModel::RunState s = m_model->runState(r);
            if (s.rejected > 0)
                rows << r;
        }
    }
    // A file that failed as a whole has no rejected lines to show: its failure is what to read.
    QMap<QString, QStringList> failures; // message → files
    QList<ReportSource> sources;
    for (int row : std::as_const(rows)) {
        const ImportListModel::RunState s = m_model->runState(row);
        const Classification c = m_model->item(row).effective();
        const bool failed = s.phase == ImportListModel::RunState::Failed || s.phase == ImportListModel::RunState::Cancelled
                            || s.phase == ImportListModel::RunState::Changed;
        if (failed && s.rejected == 0 && !s.message.isEmpty())
            failures[s.message] << c.fileName;
        else if (c.hasTarget())
            sources.append({c.database, c.collection, c.fileName});
    }
    if (chosen && sources.isEmpty() && !failures.isEmpty()) {
        showFailures(failures);
        return;
    }
    if (sources.isEmpty()) {
        m_panel->showMessage(chosen ? tr("The selected files are not imported, so they have no error report.")
                                    : tr("No file of the list has rejected lines. Select a file to see its report."));
        return;
    }
    auto *dialog = new ReportDialog(m_controller->store(), sources, this);
    dialog->show();
}

void MainWindow::showFailures(const QMap<QString, QStringList> &failures)
{
    int files = 0;
    for (const QStringList &names : failures)
        files += int(names.size());
    QMessageBox box(QMessageBox::Warning, tr("Not Imported"),
                    tr("%n file(s) could not be imported.", nullptr, files), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("failureBox"));
    QString text;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        QStringList names;
        for (const QString &name : it.value().first(std::min<qsizetype>(it.value().size(), 5)))
            names << name.toHtmlEscaped();
        if (it.value().size() > 5)
            names << tr("and %n more", nullptr, int(it.value().size() - 5));
        text += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(it.key().toHtmlEscaped(), names.join(QStringLiteral("<br>")));
    }
    box.setInformativeText(text + tr("<p>Mend the cause, then <i>Retry Failed</i> imports these files again.</p>"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showHandbook()
{
    // At the section of the page on screen.
    auto *tabs = findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QString section = QStringLiteral("import");
    if (tabs && tabs->currentWidget() == m_browser)
        section = QStringLiteral("export");
    else if (tabs && tabs->currentWidget() == m_courseForm)
        section = QStringLiteral("course");
    else if (tabs && tabs->currentWidget() == m_overview)
        section = QStringLiteral("overview");
    HandbookDialog::showFor(this, section);
}

void MainWindow::about()
{
    QString rows;
    for (const auto &[library, version] : libraryVersions())
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(library.toHtmlEscaped(), version.toHtmlEscaped());
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About EdxLoader"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setText(tr("<h3>EdxLoader %1</h3><p>Loads edX research data packages — course tables, forum posts, course "
                   "structures and daily tracking logs — into a document database: an embedded SQLite store or "
                   "MongoDB.</p>")
                    .arg(QApplication::applicationVersion()));
    box.setInformativeText(tr("Built on:") + QStringLiteral("<table cellspacing=\"6\">") + rows + QStringLiteral("</table>")
                           + tr("<p>Data stays on this computer: nothing decrypted is written outside the target "
                                "database.</p>"));
    box.exec();
}

} // namespace EdxLoader
