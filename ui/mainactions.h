#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace EdxLoader {

// The main window's actions, menus and toolbar: their icons, shortcuts and object names, and
// their texts — set again when the language changes (retranslate). The window connects them to
// what they do and enables them.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    // Creates the actions and puts them in window's menu bar and toolbar.
    explicit MainActions(QMainWindow *window);
    void retranslate();

    QAction *download;
    QAction *addFiles;
    QAction *addFolder;
    QAction *remove;
    QAction *import;
    QAction *cancel;
    QAction *cancelSelected;
    QAction *importAnyway;
    QAction *retryFailed;
    QAction *report;
    QAction *clear;
    QAction *quit;
    QAction *demo;
    QAction *settings;
    QAction *handbook;
    QAction *about;
    QAction *aboutQt;

private:
    QMenu *m_file;
    QMenu *m_settings;
    QMenu *m_help;
    QToolBar *m_toolBar;
};

} // namespace EdxLoader
