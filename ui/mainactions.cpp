#include "mainactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace EdxLoader {

namespace {

QAction *make(QObject *parent, const char *name, const QIcon &icon = {}, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(icon, QString(), parent);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    QStyle *s = window->style();
    download = make(this, "actionDownload", s->standardIcon(QStyle::SP_ArrowDown), QKeySequence(Qt::CTRL | Qt::Key_D));
    addFiles = make(this, "actionAddFiles", s->standardIcon(QStyle::SP_FileIcon), QKeySequence::Open);
    addFolder = make(this, "actionAddFolder", s->standardIcon(QStyle::SP_DirIcon), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    remove = make(this, "actionRemove", s->standardIcon(QStyle::SP_DialogDiscardButton), QKeySequence::Delete);
    import = make(this, "actionImport", s->standardIcon(QStyle::SP_MediaPlay), QKeySequence(Qt::CTRL | Qt::Key_I));
    cancel = make(this, "actionCancelImport", s->standardIcon(QStyle::SP_BrowserStop));
    cancelSelected = make(this, "actionCancelSelected");
    importAnyway = make(this, "actionImportAnyway");
    retryFailed = make(this, "actionRetryFailed");
    report = make(this, "actionReport", s->standardIcon(QStyle::SP_FileDialogDetailedView), QKeySequence(Qt::CTRL | Qt::Key_E));
    clear = make(this, "actionClear");
    quit = make(this, "actionQuit", {}, QKeySequence::Quit);
    demo = make(this, "actionDemo");
    // KDE's convention: Settings ▸ Configure <application>…, Ctrl+Shift+,
    settings = make(this, "actionSettings", {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
    handbook = make(this, "actionHandbook", {}, QKeySequence::HelpContents);
    if (handbook->shortcut().isEmpty())
        handbook->setShortcut(QKeySequence(Qt::Key_F1));
    about = make(this, "actionAbout");
    aboutQt = make(this, "actionAboutQt");
    for (QAction *a : {cancel, cancelSelected, importAnyway, retryFailed, remove})
        a->setEnabled(false);

    m_file = window->menuBar()->addMenu(QString());
    m_file->setObjectName(QStringLiteral("menuFile"));
    m_file->addAction(download);
    m_file->addSeparator();
    m_file->addActions({addFiles, addFolder});
    m_file->addSeparator();
    m_file->addActions({import, cancel, cancelSelected, importAnyway, retryFailed, report});
    m_file->addSeparator();
    m_file->addActions({remove, clear});
    m_file->addSeparator();
    m_file->addAction(quit);
    m_settings = window->menuBar()->addMenu(QString());
    m_settings->setObjectName(QStringLiteral("menuSettings"));
    m_settings->addAction(settings);
    m_help = window->menuBar()->addMenu(QString());
    m_help->setObjectName(QStringLiteral("menuHelp"));
    m_help->addActions({handbook, demo});
    m_help->addSeparator();
    m_help->addActions({about, aboutQt});

    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({addFiles, addFolder, remove});
    m_toolBar->addSeparator();
    m_toolBar->addActions({import, cancel, report});
    retranslate();
}

void MainActions::retranslate()
{
    download->setText(tr("Do&wnload from edX…"));
    download->setStatusTip(tr("Fetch the new packages and logs from edX's research data buckets"));
    addFiles->setText(tr("Add &Files…"));
    addFiles->setStatusTip(tr("Add edX data files or packages to the import list"));
    addFolder->setText(tr("Add F&older…"));
    addFolder->setStatusTip(tr("Add every file of a folder and its subfolders"));
    remove->setText(tr("&Remove from List"));
    remove->setStatusTip(tr("Take the selected rows off the list (the files are not touched)"));
    import->setText(tr("&Import"));
    import->setStatusTip(tr("Import the selected files, or every file of the list when none is selected"));
    cancel->setText(tr("Ca&ncel Import"));
    cancel->setStatusTip(tr("Stop the import: files not finished are left as they were"));
    cancelSelected->setText(tr("Cancel &Selected Files"));
    cancelSelected->setStatusTip(tr("Stop importing the selected files; the others go on"));
    report->setText(tr("Error &Report"));
    report->setStatusTip(tr("Show the rejected lines of the selected imported file"));
    importAnyway->setText(tr("Import &Anyway"));
    importAnyway->setStatusTip(tr("Import the selected files that were skipped because a file with the same "
                                  "content was imported under another name"));
    retryFailed->setText(tr("Retry &Failed"));
    retryFailed->setStatusTip(tr("Import again the files that failed or were cancelled (of the selection, "
                                 "or of the whole list)"));
    clear->setText(tr("&Clear List"));
    quit->setText(tr("&Quit"));
    demo->setText(tr("Create &Demo Package…"));
    demo->setStatusTip(tr("Write a synthetic edX data package to try EdxLoader with"));
    settings->setText(tr("&Configure EdxLoader…"));
    settings->setStatusTip(tr("Collection names, anonymisation, GnuPG keys, target and language"));
    handbook->setText(tr("EdxLoader &Handbook"));
    handbook->setStatusTip(tr("How to get, import, check and use edX data with EdxLoader"));
    about->setText(tr("&About EdxLoader"));
    aboutQt->setText(tr("About &Qt"));
    m_file->setTitle(tr("&File"));
    m_settings->setTitle(tr("&Settings"));
    m_help->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main"));
}

} // namespace EdxLoader
