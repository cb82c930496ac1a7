#pragma once

#include "classification.h"
#include "importitem.h"

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace EdxLoader {

class Classifier;

class DropZone;
class ImportDetails;
class ImportListModel;
class ImportListProxy;

// The import list with its empty state, filter and summary. Files and folders dropped on it (or
// added through addPaths) are walked and classified on a worker thread; rows appear in batches.
class ImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPanel)

public:
    explicit ImportPanel(ImportListModel *model, QWidget *parent = nullptr);
    ~ImportPanel() override;

    void addPaths(const QStringList &paths);
    // Collection names of the rows listed and to come.
    void setScheme(CollectionScheme scheme);
    bool isScanning() const;
    QTreeView *view() const { return m_view; }
    QList<int> selectedRows() const; // items of the model (a selected group: its files)
    ImportDetails *details() const { return m_details; }
    void showMessage(const QString &text);
    QString message() const;
    void removeSelected();

Q_SIGNALS:
    void addFilesRequested();
    void addFolderRequested();
    void demoRequested();
    void scanFinished();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    std::shared_ptr<const Classifier> m_classifier;
    void startNextScan();
    void setDragHighlight(bool on);
    void updateState();
    void retranslate();
    void fitColumns();

    ImportListModel *m_model;
    ImportListProxy *m_proxy;
    QStackedWidget *m_stack;
    DropZone *m_dropZone;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_message;
    QLabel *m_dropHint = nullptr;
    ImportDetails *m_details;
    QTimer m_fitTimer;
    QSet<int> m_userSized;
    bool m_fitting = false;
    QFutureWatcher<ImportItems> m_scan;
    QList<QStringList> m_pendingScans;
    int m_scannedFiles = 0;
};

} // namespace EdxLoader
