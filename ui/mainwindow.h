#pragma once

#include <QMainWindow>

namespace EdxLoader {

class ImportListModel;
class ImportPanel;

// Composes the panels, menus and toolbar; holds no import logic itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &dataDirectory, QWidget *parent = nullptr);

    ImportPanel *importPanel() const { return m_panel; }
    ImportListModel *importModel() const { return m_model; }

    // Adds files and folders as if they had been dropped on the window.
    void addPaths(const QStringList &paths);

private:
    void createActions();
    void addFiles();
    void addFolder();
    void createDemo();
    void about();

    ImportListModel *m_model;
    ImportPanel *m_panel;
    QString m_dataDirectory;
};

} // namespace EdxLoader
