#pragma once

#include "document.h"

#include "exportdialog.h"
#include "personcourse.h"
#include "workerguard.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
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
    BrowserPane(std::shared_ptr<DocumentStore> store, QWidget *parent = nullptr);
    ~BrowserPane() override;

    void refresh();
    // Another target (nothing of this pane may run on the old one): read again.
    void setStore(std::shared_ptr<DocumentStore> store);
    void setAnonymize(bool anonymize) { m_anonymize = anonymize; }
    // Export… of the selected collection (a dialog left open, window-modal).
    ExportDialog *exportSelected();
    // person_course of the selected item's course database, on a worker.
    void buildPersonCourse();
    bool selectCollection(const QString &database, const QString &collection);
    QTreeWidget *collectionsTree() const { return m_collections; }
    QTreeWidget *documentsTree() const { return m_documents; }
    QLabel *statusLabel() const { return m_status; }
    ExportDialog *exportDialog() const { return m_exportDialog; }

Q_SIGNALS:
    void refreshed();
    void personCourseBuilt(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCollections();
    void showSample(QTreeWidgetItem *item);
    void showDocuments();
    void updateActions();
    void showPersonCourse();
    QString selectedDatabase() const;

    WorkerContext m_context; // the store, and the flag that stops this pane's tasks when it goes
    QTreeWidget *m_collections;
    QTreeWidget *m_documents;
    QLabel *m_status;
    struct Listing
    {
        QList<CollectionInfo> infos;
        QString problem; // why nothing could be listed (a MongoDB target that does not answer)
    };
    QFutureWatcher<Result<Listing>> m_watcher;
    struct Page
    {
        QList<Document> documents;
        qint64 total = 0; // documents matching the filter
    };
    void readPage();
    QFutureWatcher<Result<Page>> m_samples;
    QLineEdit *m_filter;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_refresh;
    qint64 m_page = 0;
    qint64 m_total = 0;
    QString m_sampleKey; // database '\n' collection of the read in progress
    QPushButton *m_exportButton;
    QPushButton *m_personCourseButton;
    QPointer<ExportDialog> m_exportDialog;
    QFutureWatcher<Result<PersonCourseResult>> m_personCourse;
    QHash<QString, QStringList> m_collectionsOf; // database → its collections, as last listed
    bool m_anonymize = false;
};

} // namespace EdxLoader
