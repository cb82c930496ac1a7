#pragma once

#include "document.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace EdxLoader {

class DocumentStore;
struct CollectionInfo;

// What the target holds: databases, their collections with document counts, and sample
// documents of the selected collection as expandable trees (PRODUCT.md §2 step 7). Counts are
// read on a worker thread; the pane refreshes after each import.
class BrowserPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserPane)

public:
    BrowserPane(DocumentStore &store, QWidget *parent = nullptr);
    ~BrowserPane() override;

    void refresh();
    QTreeWidget *collectionsTree() const { return m_collections; }
    QTreeWidget *documentsTree() const { return m_documents; }

Q_SIGNALS:
    void refreshed();

private:
    void showCollections();
    void showSample(QTreeWidgetItem *item);
    void showDocuments();

    DocumentStore &m_store;
    QTreeWidget *m_collections;
    QTreeWidget *m_documents;
    QLabel *m_status;
    QFutureWatcher<QList<CollectionInfo>> m_watcher;
    QFutureWatcher<QList<Document>> m_samples;
    QString m_sampleKey; // database '\n' collection of the read in progress
};

} // namespace EdxLoader
