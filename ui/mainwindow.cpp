#include "mainwindow.h"

#include "demodialog.h"
#include "importlistmodel.h"
#include "importpanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QItemSelectionModel>
#include <QTreeView>

namespace EdxLoader {

MainWindow::MainWindow(const QString &dataDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ImportListModel(this))
    , m_panel(new ImportPanel(m_model, this))
    , m_dataDirectory(dataDirectory)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("EdxLoader"));
    setCentralWidget(m_panel);
    createActions();
    connect(m_panel, &ImportPanel::addFilesRequested, this, &MainWindow::addFiles);
    connect(m_panel, &ImportPanel::addFolderRequested, this, &MainWindow::addFolder);
    connect(m_panel, &ImportPanel::demoRequested, this, &MainWindow::createDemo);

    auto *target = new QLabel(tr("Target: embedded database in %1").arg(QDir::toNativeSeparators(m_dataDirectory)), this);
    target->setObjectName(QStringLiteral("targetLabel"));
    target->setToolTip(tr("Each course gets its own database file here; tracking logs go to tracking_logs."));
    statusBar()->addPermanentWidget(target);
    resize(1280, 760);
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

    auto *aboutAction = new QAction(tr("&About EdxLoader"), this);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(addFilesAction);
    file->addAction(addFolderAction);
    file->addSeparator();
    file->addAction(removeAction);
    file->addAction(clearAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(demoAction);
    help->addSeparator();
    help->addAction(aboutAction);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(addFilesAction);
    bar->addAction(addFolderAction);
    bar->addAction(removeAction);
    m_panel->view()->addAction(removeAction);
    removeAction->setEnabled(false);
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, removeAction,
            [this, removeAction] { removeAction->setEnabled(m_panel->view()->selectionModel()->hasSelection()); });
}

void MainWindow::addPaths(const QStringList &paths)
{
    m_panel->addPaths(paths);
}

void MainWindow::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add edX Data Files"), QDir::homePath(),
        tr("edX data files (*.sql *.mongo *.json *.log *.gz *.gpg *.zip *.csv *.failed);;All files (*)"));
    addPaths(files);
}

void MainWindow::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Folder of edX Data"), QDir::homePath());
    if (!dir.isEmpty())
        addPaths({dir});
}

void MainWindow::createDemo()
{
    DemoDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.createdFolder().isEmpty()) {
        addPaths(dialog.createdInputs());
        statusBar()->showMessage(tr("Demo package written to %1").arg(QDir::toNativeSeparators(dialog.createdFolder())), 10000);
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About EdxLoader"),
                       tr("<h3>EdxLoader %1</h3><p>Loads edX research data packages — course tables, "
                          "forum posts, course structures and daily tracking logs — into a document "
                          "database: an embedded SQLite store or MongoDB.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace EdxLoader
