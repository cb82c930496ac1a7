#include "mainwindow.h"

#include "credentials.h"
#include "storefactory.h"

#include "settingsdialog.h"
#include "versions.h"
#include "courseform.h"
#include "handbookdialog.h"

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
    setWindowTitle(tr("EdxLoader"));
    // Two pages: the files to import, and what the target holds.
    m_browser = new BrowserPane(m_controller->store(), this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(m_panel, tr("Files to Import"));
    tabs->addTab(m_browser, tr("Databases"));
    m_courseForm = new CourseForm(m_controller->store(), this);
    tabs->addTab(m_courseForm, tr("Course Collection"));
    setCentralWidget(tabs);
    createActions();
    // The toolbar's actions are the import page's: on the other pages it goes (the menus keep
    // them, and the progress of a running import stays in the status bar).
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        connect(tabs, &QTabWidget::currentChanged, bar, [bar, tabs, this] { bar->setVisible(tabs->currentWidget() == m_panel); });
    }
    connect(m_panel, &ImportPanel::addFilesRequested, this, &MainWindow::addFiles);
    connect(m_panel, &ImportPanel::addFolderRequested, this, &MainWindow::addFolder);
    connect(m_panel, &ImportPanel::demoRequested, this, &MainWindow::createDemo);

    m_progressLabel = new QLabel(this);
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
    m_anonymizeLabel = new QLabel(tr("Learners anonymised"), this);
    m_anonymizeLabel->setObjectName(QStringLiteral("anonymizeLabel"));
    m_anonymizeLabel->setToolTip(tr("Usernames are hashed and direct identifiers left out (Settings)"));
    statusBar()->addPermanentWidget(m_anonymizeLabel);
    QLabel *targetLabel;
    if (const StoreTarget target = StoreTarget::parse(m_target); target.isMongo()) {
        targetLabel = new QLabel(tr("Target: %1").arg(m_controller->store()->description()), this);
        targetLabel->setToolTip(tr("Each course gets its own database; tracking logs go to tracking_logs."));
    } else {
        targetLabel = new QLabel(tr("Target: embedded database in %1").arg(QDir::toNativeSeparators(target.directory)),
                                 this);
        targetLabel->setToolTip(tr("Each course gets its own database file here; tracking logs go to tracking_logs."));
    }
    targetLabel->setObjectName(QStringLiteral("targetLabel"));
    statusBar()->addPermanentWidget(targetLabel);
    resize(1280, 760);
    applySettings(AppSettings::load());
    if (!m_settings.windowGeometry.isEmpty())
        restoreGeometry(m_settings.windowGeometry);
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
    if (chosen.target() != m_settings.target() || chosen.language != m_settings.language)
        statusBar()->showMessage(tr("The new target or language applies the next time EdxLoader starts."), 10000);
    applySettings(chosen);
}

void MainWindow::createActions()
{
    QStyle *s = style();
    auto *addFilesAction = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("Add &Files…"), this);
    addFilesAction->setObjectName(QStringLiteral("actionAddFiles"));
    addFilesAction->setShortcut(QKeySequence::Open);
    addFilesAction->setStatusTip(tr("Add edX data files or packages to the import list"));
    connect(addFilesAction, &QAction::triggered, this, &MainWindow::addFiles);

    auto *addFolderAction = new QAction(s->standardIcon(QStyle::SP_DirIcon), tr("Add F&older…"), this);
    addFolderAction->setObjectName(QStringLiteral("actionAddFolder"));
    addFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    addFolderAction->setStatusTip(tr("Add every file of a folder and its subfolders"));
    connect(addFolderAction, &QAction::triggered, this, &MainWindow::addFolder);

    auto *removeAction = new QAction(s->standardIcon(QStyle::SP_DialogDiscardButton), tr("&Remove from List"), this);
    removeAction->setObjectName(QStringLiteral("actionRemove"));
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setStatusTip(tr("Take the selected rows off the list (the files are not touched)"));
    connect(removeAction, &QAction::triggered, m_panel, &ImportPanel::removeSelected);

    m_importAction = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("&Import"), this);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import the selected files, or every file of the list when none is selected"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::startImport);

    m_cancelAction = new QAction(s->standardIcon(QStyle::SP_BrowserStop), tr("Ca&ncel Import"), this);
    m_cancelAction->setObjectName(QStringLiteral("actionCancelImport"));
    m_cancelAction->setEnabled(false);
    m_cancelAction->setStatusTip(tr("Stop the import: files not finished are left as they were"));
    connect(m_cancelAction, &QAction::triggered, m_controller, &ImportController::cancel);

    m_cancelSelectedAction = new QAction(tr("Cancel &Selected Files"), this);
    m_cancelSelectedAction->setObjectName(QStringLiteral("actionCancelSelected"));
    m_cancelSelectedAction->setStatusTip(tr("Stop importing the selected files; the others go on"));
    m_cancelSelectedAction->setEnabled(false);
    connect(m_cancelSelectedAction, &QAction::triggered, this,
            [this] { m_controller->cancelRows(m_panel->selectedRows()); });

    m_reportAction = new QAction(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Error &Report"), this);
    m_reportAction->setObjectName(QStringLiteral("actionReport"));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_reportAction->setStatusTip(tr("Show the rejected lines of the selected imported file"));
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::showReport);
    // Double-click: the error report, except on the target, which it edits.
    connect(m_panel->view(), &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // A group header opens and closes; a file's row shows its report or failure.
        if (index.parent().isValid() && index.column() != ImportListModel::TargetColumn)
            showReport();
    });

    m_importAnywayAction = new QAction(tr("Import &Anyway"), this);
    m_importAnywayAction->setObjectName(QStringLiteral("actionImportAnyway"));
    m_importAnywayAction->setStatusTip(tr("Import the selected files that were skipped because a file with the same "
                                          "content was imported under another name"));
    m_importAnywayAction->setEnabled(false);
    connect(m_importAnywayAction, &QAction::triggered, this, &MainWindow::importAnyway);

    m_retryFailedAction = new QAction(tr("Retry &Failed"), this);
    m_retryFailedAction->setObjectName(QStringLiteral("actionRetryFailed"));
    m_retryFailedAction->setStatusTip(tr("Import again the files that failed or were cancelled (of the selection, "
                                         "or of the whole list)"));
    m_retryFailedAction->setEnabled(false);
    connect(m_retryFailedAction, &QAction::triggered, this, &MainWindow::retryFailed);

    auto *clearAction = new QAction(tr("&Clear List"), this);
    clearAction->setObjectName(QStringLiteral("actionClear"));
    connect(clearAction, &QAction::triggered, m_model, &ImportListModel::clear);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *demoAction = new QAction(tr("Create &Demo Package…"), this);
    demoAction->setObjectName(QStringLiteral("actionDemo"));
    demoAction->setStatusTip(tr("Write a synthetic edX data package to try EdxLoader with"));
    connect(demoAction, &QAction::triggered, this, &MainWindow::createDemo);

    // KDE's convention: Settings ▸ Configure <application>…, Ctrl+Shift+,
    auto *settingsAction = new QAction(tr("&Configure EdxLoader…"), this);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
    settingsAction->setStatusTip(tr("Collection names, anonymisation, GnuPG keys and language"));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    auto *aboutAction = new QAction(tr("&About EdxLoader"), this);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(addFilesAction);
    file->addAction(addFolderAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_cancelAction);
    file->addAction(m_cancelSelectedAction);
    file->addAction(m_importAnywayAction);
    file->addAction(m_retryFailedAction);
    file->addAction(m_reportAction);
    file->addSeparator();
    file->addAction(removeAction);
    file->addAction(clearAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(settingsAction);

    auto *handbookAction = new QAction(tr("EdxLoader &Handbook"), this);
    handbookAction->setObjectName(QStringLiteral("actionHandbook"));
    handbookAction->setShortcut(QKeySequence::HelpContents);
    if (handbookAction->shortcut().isEmpty())
        handbookAction->setShortcut(QKeySequence(Qt::Key_F1));
    handbookAction->setStatusTip(tr("How to get, import, check and use edX data with EdxLoader"));
    connect(handbookAction, &QAction::triggered, this, &MainWindow::showHandbook);
    auto *aboutQtAction = new QAction(tr("About &Qt"), this);
    aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(handbookAction);
    help->addAction(demoAction);
    help->addSeparator();
    help->addAction(aboutAction);
    help->addAction(aboutQtAction);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(addFilesAction);
    bar->addAction(addFolderAction);
    bar->addAction(removeAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    bar->addAction(m_cancelAction);
    bar->addAction(m_reportAction);
    m_panel->view()->addAction(removeAction);
    m_panel->view()->addAction(m_cancelSelectedAction);
    m_panel->view()->addAction(m_importAnywayAction);
    m_panel->view()->addAction(m_retryFailedAction);
    m_panel->view()->addAction(m_reportAction);
    m_panel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    removeAction->setEnabled(false);
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, removeAction,
            [this, removeAction] { removeAction->setEnabled(m_panel->view()->selectionModel()->hasSelection()); });
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateImportAnyway);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateImportAnyway);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateImportAnyway);
    // Import on an empty list would have nothing to do; a "nothing to import" banner is about
    // the list as it was, and goes when files are added.
    const auto listChanged = [this] {
        m_importAction->setEnabled(!m_controller->isRunning() && m_model->itemCount() > 0);
        if (m_model->itemCount() > 0 && m_panel->message() == nothingToImport())
            m_panel->showMessage(QString());
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, listChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, listChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, listChanged);
    m_importAction->setEnabled(m_model->itemCount() > 0);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateImportAnyway);
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
    m_importAction->setEnabled(false);
    m_importAnywayAction->setEnabled(false);
    m_retryFailedAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_cancelSelectedAction->setEnabled(true);
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
    m_importAction->setEnabled(m_model->itemCount() > 0);
    m_cancelAction->setEnabled(false);
    m_cancelSelectedAction->setEnabled(false);
    m_progress->hide();
    m_progressLabel->setText(summary);
    if (problems)
        m_panel->showMessage(summary);
    updateImportAnyway();
    // Files whose content changed since they were imported are only replaced when the user says
    // so — asked once this signal is over, not inside the import's own notification.
    QTimer::singleShot(0, this, &MainWindow::askAboutChangedFiles);
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
    m_importAnywayAction->setEnabled(!m_controller->isRunning() && !duplicateRows().isEmpty());
    bool anyFailed = false;
    for (int r = 0; r < m_model->itemCount() && !anyFailed; ++r) {
        const auto phase = m_model->runState(r).phase;
        anyFailed = phase == ImportListModel::RunState::Failed || phase == ImportListModel::RunState::Cancelled;
    }
    m_retryFailedAction->setEnabled(!m_controller->isRunning() && anyFailed);
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
    if (!m_handbook) {
        m_handbook = new HandbookDialog(this);
        m_handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_handbook->showSection(section);
    m_handbook->show();
    m_handbook->raise();
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
