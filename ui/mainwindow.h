#pragma once

#include "appsettings.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <optional>
#include <utility>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace EdxLoader {

class BrowserPane;
class CourseForm;
class HandbookDialog;
class ImportController;
class ImportListModel;
class ImportPanel;
class MainActions;
class OverviewPage;

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
    OverviewPage *overviewPage() const { return m_overview; }
    ImportListModel *importModel() const { return m_model; }

    // Adds files and folders as if they had been dropped on the window.
    void addPaths(const QStringList &paths);
    // Whether a finished import asks to replace files changed since their import (not when the
    // window is driven by a script, --import --screenshot).
    void setAskBeforeReplacing(bool ask) { m_askBeforeReplacing = ask; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QString startFolder() const;
    void createActions();
    void retranslateUi(); // the window's own texts (the actions' are MainActions')
    void addFiles();
    void addFolder();
    void showDownload();
    void createDemo();
    void about();
    void showSettings();
    void applySettings(const AppSettings &settings);
    // Imports, the Databases page and the course form go to target from now on (once the import
    // or course build in progress has ended).
    void useTarget(const QString &target, QString password);
    void applyPendingTarget();
    std::optional<std::pair<QString, QString>> m_pendingTarget; // target, password
    void startImport();
    void showReport();
    void importProgress(qint64 done, qint64 total, double bytesPerSecond, qint64 secondsLeft);
    void importStarting(); // the previous summary goes, the progress shows
    QString nothingToImport() const;
    void showFailures(const QMap<QString, QStringList> &failures); // message → files
    void retryFailed();
    void showHandbook();
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
    MainActions *m_actions = nullptr;
    BrowserPane *m_browser = nullptr;
    CourseForm *m_courseForm = nullptr;
    OverviewPage *m_overview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_anonymizeLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    AppSettings m_settings;
    bool m_askBeforeReplacing = true;
};

} // namespace EdxLoader
