#include "storecopy.h"

#include <QElapsedTimer>

namespace EdxLoader {

StoreCopier::StoreCopier(DocumentStore &from, DocumentStore &to)
    : m_from(from), m_to(to)
{
}

StoreCopyResult StoreCopier::copy(const QStringList &databases, const Progress &progress, const std::atomic_bool *cancel)
{
    constexpr size_t kBatch = 2000;
    QElapsedTimer timer;
    timer.start();
    StoreCopyResult result;
    auto finish = [&](bool ok, const QString &error = {}) {
        result.ok = ok;
        result.error = error;
        result.seconds = timer.nsecsElapsed() / 1e9;
        return result;
    };
    for (const QString &database : databases) {
        const Result<QStringList> listed = m_from.collections(database);
        if (!listed)
            return finish(false, tr("Cannot read %1: %2").arg(database, listed.error()));
        const QStringList &collections = *listed;
        if (collections.isEmpty())
            continue; // an empty database (a file left by a cancelled first import): nothing to copy
        Result<std::unique_ptr<WriteTransaction>> begun = m_to.beginWrite(database);
        if (!begun)
            return finish(false, tr("Cannot write to %1: %2").arg(database, begun.error()));
        std::unique_ptr<WriteTransaction> write = std::move(*begun);
        QStringList indexed;
        for (const QString &collection : collections) {
            const qint64 total = m_from.count(database, collection).value();
            if (const Status replaced = write->replaceCollection(collection); !replaced)
                return finish(false, tr("Cannot write to %1.%2: %3").arg(database, collection, replaced.error()));
            std::vector<Document> batch;
            batch.reserve(kBatch);
            QString batchFile;
            qint64 done = 0;
            QString failure;
            bool needsIndex = false;
            auto flush = [&] {
                if (batch.empty())
                    return true;
                QList<int> duplicates;
                if (const Status written = write->insert(collection, batch, batchFile, &duplicates); !written) {
                    failure = written.error();
                    return false;
                }
                if (!duplicates.isEmpty()) {
                    failure = tr("%n document(s) with an _id seen before", nullptr, int(duplicates.size()));
                    return false;
                }
                done += qint64(batch.size());
                batch.clear();
                if (progress)
                    progress(database, collection, done, total);
                return !(cancel && cancel->load());
            };
            const Status read = m_from.findWithSource(database, collection, [&](const Document &d, const QString &file) {
                if (done == 0 && batch.empty()) {
                    // Collections of events are queried by course and time (PRODUCT.md §6).
                    needsIndex = !std::holds_alternative<std::monostate>(d.value("timestamp"))
                                 && !std::holds_alternative<std::monostate>(d.value("course_id"));
                }
                if (file != batchFile && !flush())
                    return false;
                batchFile = file;
                batch.push_back(d);
                return batch.size() < kBatch || flush();
            });
            if (failure.isEmpty() && read && !(cancel && cancel->load()))
                flush();
            if (cancel && cancel->load()) {
                write->rollback();
                result.cancelled = true;
                return finish(false, tr("Cancelled: %1 was left as it was").arg(database));
            }
            if (!read)
                return finish(false, tr("Cannot read %1.%2: %3").arg(database, collection, read.error()));
            if (!failure.isEmpty())
                return finish(false, tr("Cannot write to %1.%2: %3").arg(database, collection, failure));
            result.copied.append({database, collection, done});
            result.documents += done;
            if (needsIndex)
                indexed << collection;
        }
        if (const Status committed = write->commit(); !committed)
            return finish(false, tr("Cannot write to %1: %2").arg(database, committed.error()));
        for (const QString &collection : std::as_const(indexed)) {
            const Status indexedNow = m_to.createIndex(database, collection,
                                                       {QStringLiteral("course_id"), QStringLiteral("timestamp")});
            if (!indexedNow)
                return finish(false, tr("The index on course_id and timestamp of %1.%2 could not be made: %3")
                                         .arg(database, collection, indexedNow.error()));
        }
    }
    return finish(true);
}

} // namespace EdxLoader
