#include "importcoordinator.h"

#include "documentstore.h"

#include <QHash>
#include <QtConcurrent>

namespace EdxLoader {

ImportCoordinator::ImportCoordinator(std::shared_ptr<DocumentStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    qRegisterMetaType<EdxLoader::FileResult>();
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

ImportCoordinator::~ImportCoordinator()
{
    // Every file of the run stops where it is (nothing of it is kept) before the pool is waited for.
    cancel();
    m_pool.waitForDone();
}

void ImportCoordinator::setMaxParallelJobs(int n)
{
    m_pool.setMaxThreadCount(std::max(1, n));
}

int ImportCoordinator::maxParallelJobs() const
{
    return m_pool.maxThreadCount();
}

void ImportCoordinator::cancel()
{
    if (m_fileCancel) {
        for (std::atomic_bool &flag : *m_fileCancel)
            flag = true;
    }
}

void ImportCoordinator::cancelFile(int index)
{
    if (m_fileCancel && index >= 0 && size_t(index) < m_fileCancel->size())
        (*m_fileCancel)[size_t(index)] = true;
}

void ImportCoordinator::start(const QList<ImportTask> &tasks, const ImportOptions &options)
{
    m_fileCancel = std::make_shared<std::vector<std::atomic_bool>>(size_t(tasks.size()));
    m_results = QList<FileResult>(tasks.size());
    QHash<QString, QList<int>> byDatabase;
    QStringList order;
    for (int i = 0; i < tasks.size(); ++i) {
        const QString key = tasks[i].included ? tasks[i].database : QString();
        if (!byDatabase.contains(key))
            order << key;
        byDatabase[key].append(i);
    }
    if (tasks.isEmpty()) {
        QMetaObject::invokeMethod(this, &ImportCoordinator::finished, Qt::QueuedConnection);
        return;
    }
    m_running = int(order.size());
    for (const QString &database : std::as_const(order)) {
        const QList<int> indexes = byDatabase.value(database);
        QThreadPool *pool = &m_pool;
        // The job keeps the store alive (shared) however the owner of this coordinator goes.
        (void)QtConcurrent::run(pool, [this, tasks, indexes, options, flags = m_fileCancel, store = m_store] {
            ImportJob job(*store, options);
            for (int i : indexes) {
                const std::atomic_bool *cancel = &(*flags)[size_t(i)];
                FileResult result;
                if (cancel->load()) { // cancelled before its turn: not even opened
                    result.path = tasks[i].path;
                    result.database = tasks[i].database;
                    result.collection = tasks[i].collection;
                    result.status = FileResult::Status::Cancelled;
                    result.message = ImportJob::tr("Cancelled before it started");
                } else {
                    QMetaObject::invokeMethod(this, [this, i] { Q_EMIT fileStarted(i); }, Qt::QueuedConnection);
                    result = job.run(
                        tasks[i], [this, i](qint64 done, qint64 total) {
                            QMetaObject::invokeMethod(this, [this, i, done, total] { Q_EMIT fileProgress(i, done, total); },
                                                      Qt::QueuedConnection);
                        },
                        cancel);
                }
                QMetaObject::invokeMethod(this, [this, i, result] {
                    m_results[i] = result;
                    Q_EMIT fileFinished(i, result);
                }, Qt::QueuedConnection);
            }
            QMetaObject::invokeMethod(this, [this] {
                if (--m_running == 0)
                    Q_EMIT finished();
            }, Qt::QueuedConnection);
        });
    }
}

} // namespace EdxLoader
