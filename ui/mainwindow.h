#pragma once

#include "appsettings.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QLabel;
class QProgressBar;

namespace EdxLoader {

class BrowserPane;
class CourseForm;
class HandbookDialog;
class ImportController;
class ImportListModel;
class ImportPanel;

// Composes the panels, menus and toolbar; holds no import logic itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // target: the embedded store's folder, or a MongoDB connection string (with the password of
    // its user when the string names one without it).
    explicit MainWindow(const QString &target, const QString &password = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    ImportPanel *importPanel() const { return m_panel; }
    ImportController *importController() const { return m_controller; }
    BrowserPane *browserPane() const { return m_browser; }
    CourseForm *courseForm() const { return m_courseForm; }
    ImportListModel *importModel() const { return m_model; }

    // Adds files and folders as if they had been dropped on the window.
    void addPaths(const QStringList &paths);
    // Whether a finished import asks to replace files changed since their import (not when the
    // window is driven by a script, --import --screenshot).
    void setAskBeforeReplacing(bool ask) { m_askBeforeReplacing = ask; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString startFolder() const;
    void createActions();
    void addFiles();
    void addFolder();
    void createDemo();
    void about();
    void showSettings();
    void applySettings(const AppSettings &settings);
    void startImport();
    void showReport();
    void importProgress(qint64 done, qint64 total, double bytesPerSecond, qint64 secondsLeft);
    void importStarting(); // the previous summary goes, the progress shows
    QString nothingToImport() const;
    void showFailures(const QMap<QString, QStringList> &failures); // message → files
    void retryFailed();
    void showHandbook();
    QPointer<HandbookDialog> m_handbook;
    QAction *m_retryFailedAction = nullptr;
    bool m_waitingForPassphrase = false;
    void importFinished(const QString &summary, bool problems);
    void askAboutChangedFiles();
    // Rows of the selection (every row when none is selected) skipped for their content.
    QList<int> duplicateRows() const;
    void importAnyway();
    void updateImportAnyway();

    ImportListModel *m_model;
    ImportPanel *m_panel;
    QString m_target;
    ImportController *m_controller;
    QAction *m_importAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_cancelSelectedAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_importAnywayAction = nullptr;
    BrowserPane *m_browser = nullptr;
    CourseForm *m_courseForm = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_anonymizeLabel = nullptr;
    AppSettings m_settings;
    bool m_askBeforeReplacing = true;
};

} // namespace EdxLoader
