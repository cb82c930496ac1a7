#pragma once

#include "appsettings.h"
#include "importjob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace EdxLoader {

class DocumentStore;
class ImportCoordinator;
class ImportListModel;

// Runs the rows of the import list through the import coordinator and writes what happens back
// into the list; the window only shows it. Nothing here blocks: the coordinator's threads do the
// work and report through queued signals.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    // target: the embedded store's folder (or "sqlite:DIR"), or a MongoDB connection string
    // (password: for a string naming a user without one).
    ImportController(ImportListModel *model, const QString &target, const QString &password = {},
                     QObject *parent = nullptr);
    ~ImportController() override;

    // Imports the given rows (all rows when empty). Returns false when one is already running.
    bool start(QList<int> rows = {});
    void cancel();
    // Cancels the given rows of the running import (those waiting never start).
    void cancelRows(const QList<int> &rows);
    bool isRunning() const;
    void setReplaceChanged(bool replace) { m_options.replace = replace; }
    // Whether the next import loads files whose content was imported under another name.
    void setAllowDuplicateContent(bool allow) { m_options.allowDuplicateContent = allow; }
    // Collection names, anonymisation and the GnuPG home for the next imports.
    void applySettings(const AppSettings &settings);
    // Another target for the next imports (not while one runs: false).
    bool setTarget(const QString &target, const QString &password = {});
    // Shared: the pages' and dialogs' background tasks keep it alive as long as they run.
    const std::shared_ptr<DocumentStore> &store() const { return m_store; }

Q_SIGNALS:
    void started(int files);
    // bytes done of all files (a skipped file counts whole), the total, the reading rate in bytes
    // per second (of bytes actually read, time waiting for a passphrase left out), and the
    // seconds left for the bytes still to read of the files still to run (-1: not known yet)
    void progress(qint64 done, qint64 total, double bytesPerSecond, qint64 secondsLeft);
    // A passphrase is being asked (the import waits for it): no time left to give meanwhile.
    void waitingForPassphrase(bool waiting);
    void finished(const QString &summary, bool problems);

private:
    void useStore(std::shared_ptr<DocumentStore> store);
    void fileProgress(int index, qint64 done, qint64 total);
    void fileFinished(int index, const FileResult &result);
    void allFinished();
    // Asked by GnuPG on an import thread: the question is put on the window's thread, and the
    // import thread waits without blocking it (nothing waits on a closing window).
    std::optional<QByteArray> askPassphrase(const QString &key, bool previousWasBad);

    ImportListModel *m_model;
    std::shared_ptr<DocumentStore> m_store;
    std::unique_ptr<ImportCoordinator> m_coordinator;
    ImportOptions m_options;
    QList<ImportTask> m_tasks;
    QList<qint64> m_done;     // per task: bytes read, or all of them once finished
    QList<qint64> m_read;     // per task: bytes actually read (what the rate is made of)
    QList<bool> m_finished;
    QList<bool> m_begun;      // the task started (for "not started" after a cancel)
    qint64 m_total = 0;
    QElapsedTimer m_clock;
    qint64 m_pausedNs = 0;    // spent waiting for passphrases
    void emitProgress();
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
    std::mutex m_askMutex; // one passphrase question at a time
    // This import's answers, by key (under m_askMutex): each key is asked once per import, again
    // only when its answer was wrong. Forgotten (overwritten) when the import ends.
    QHash<QString, QByteArray> m_passphrases;
    void forgetPassphrases();
};

} // namespace EdxLoader
