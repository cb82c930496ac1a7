#pragma once

#include "importjob.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace EdxLoader {

class DocumentStore;

// Runs import jobs on its own thread pool and reports on the thread that owns it (the GUI or
// the CLI's event loop). Files of one database run one after the other (they share its write
// lock); different databases run in parallel.
class ImportCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCoordinator)

public:
    ImportCoordinator(std::shared_ptr<DocumentStore> store, QObject *parent = nullptr);
    ~ImportCoordinator() override;

    void setMaxParallelJobs(int n);
    int maxParallelJobs() const;
    void start(const QList<ImportTask> &tasks, const ImportOptions &options);
    void cancel();
    void cancelFile(int index); // one file of the current run (it waits, or stops where it is)
    bool isRunning() const { return m_running > 0; }
    const QList<FileResult> &results() const { return m_results; }

Q_SIGNALS:
    void fileStarted(int index);
    void fileProgress(int index, qint64 done, qint64 total);
    void fileFinished(int index, const EdxLoader::FileResult &result);
    void finished();

private:
    std::shared_ptr<DocumentStore> m_store;
    QThreadPool m_pool;
    std::shared_ptr<std::vector<std::atomic_bool>> m_fileCancel; // per file of the current run
    QList<FileResult> m_results;
    int m_running = 0;
};

} // namespace EdxLoader

Q_DECLARE_METATYPE(EdxLoader::FileResult)
