#pragma once

#include "edxfetch.h"
#include "workerguard.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace EdxLoader {

class DocumentStore;

// File ▸ Download from edX… (issue 19): the keys edX gave (the secret in the desktop keychain
// when asked, never in the settings file), the organisation, its sites and a download folder
// (remembered), the buckets, region and endpoint under Advanced. Connect lists, in the
// background, the weekly packages and daily logs with their date, size and state (new, partly
// downloaded, downloaded, imported); the dates (by default: after the newest file already
// downloaded) and the kinds choose what is ticked. Download runs in the background with the
// file's and the whole's progress (bytes, rate, time left) and Cancel; the files, still
// encrypted, then go to the import list (and are imported, with Download and Import).
class DownloadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadDialog)

public:
    explicit DownloadDialog(std::shared_ptr<DocumentStore> store, QWidget *parent = nullptr);
    ~DownloadDialog() override;

    void connectToEdx();
    void download(bool thenImport);
    void cancel();

    // For tests.
    QTreeWidget *filesTree() const { return m_files; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *field(const char *name) const;
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }

Q_SIGNALS:
    void listed(bool ok);
    // The files asked for that are in the folder once the download ended (downloaded now or
    // before), to add to the import list and, when thenImport, to import.
    void filesReady(const QStringList &paths, bool thenImport);
    void downloadFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void load();
    void save();
    FetchOptions options() const;
    S3Config config() const;
    void showListing();
    void updateChecks();
    void updateButtons();
    void progressed(const EdxFetch::Progress &p);
    void downloaded();
    void browse();
    static QString size(qint64 bytes);

    WorkerContext m_context;
    struct Listing
    {
        RemoteListing remote;
        EdxFetch::ImportedFiles imported;
        QString ledgersUnread; // why the target's ledgers could not be read (the states then omit "imported")
        QString folder;
        S3Config config; // (the download goes to the server and folder listed, whatever the fields say since)
    };
    QFutureWatcher<Result<Listing>> m_listing;
    QFutureWatcher<Result<QList<EdxFetch::Outcome>>> m_downloading;
    QThreadPool m_pool; // the download's own thread: hours of it must not hold the shared pool
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    Listing m_shown;
    bool m_thenImport = false;
    QString m_keychainProblem; // said with the listing's outcome

    QGroupBox *m_account;
    QLabel *m_keyIdLabel, *m_secretLabel, *m_orgLabel, *m_sitesLabel, *m_folderLabel;
    QLineEdit *m_keyId, *m_secret, *m_org, *m_folder;
    QCheckBox *m_remember, *m_edx, *m_edge;
    QPushButton *m_browse;
    QToolButton *m_advancedToggle;
    QGroupBox *m_advanced;
    QLabel *m_packagesBucketLabel, *m_logsBucketLabel, *m_regionLabel, *m_endpointLabel;
    QLineEdit *m_packagesBucket, *m_logsBucket, *m_region, *m_endpoint;
    QPushButton *m_connect;
    QGroupBox *m_choice;
    QLabel *m_whatLabel, *m_fromLabel, *m_toLabel;
    QCheckBox *m_packages, *m_logs;
    QDateEdit *m_from, *m_to;
    QTreeWidget *m_files;
    QLabel *m_status;
    QProgressBar *m_fileProgress, *m_overallProgress;
    QPushButton *m_download, *m_downloadImport, *m_cancelButton;
    QDialogButtonBox *m_buttons;
};

} // namespace EdxLoader
