#pragma once

#include "anonymizer.h"
#include "batchwriter.h"
#include "documentstore.h"
#include "importjob.h"
#include "readersink.h"

#include <QList>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace EdxLoader {

// Receives what a reader produces and writes it through the file's transaction in batches:
// parsing runs on the job's thread, writing on the batch writer's, with a bounded queue between
// (ARCHITECTURE.md §3: use both cores). Rejected lines and warnings become the file's error
// report ({collection}_errors) in the same transaction.
class StoreSink final : public ReaderSink
{
public:
    static constexpr size_t kBatch = 2000;        // documents per insert
    static constexpr size_t kQueuedBatches = 2;   // batches waiting while one is written

    // keepErrorFile: also keep the text of the seed's "{file}-errors" file (errorFileText()):
    // only when it is to be written, since it holds every rejected line.
    StoreSink(WriteTransaction &write, const ImportTask &task, const QString &ledgerId, FileResult &result,
              const ImportJob::Progress &progress, qint64 total, const std::atomic_bool *cancel,
              std::function<qint64()> position = {}, bool keepErrorFile = false);
    ~StoreSink() override;

    // A second reason to stop reading, set from another thread (the file's content turned out to
    // be imported already under another name).
    void setStopFlag(const std::atomic_bool *stop) { m_stop = stop; }
    // Applied to every document before it is counted and written.
    void setAnonymizer(std::unique_ptr<Anonymizer> anonymizer) { m_anonymizer = std::move(anonymizer); }

    bool document(Document &&doc, qint64 line) override;
    void rejected(Rejection &&r) override;
    void skipped(qint64 line, const QString &reason) override;
    void warning(Rejection &&r) override;
    void progress(qint64 bytesRead) override;

    // Writes what is left, waits for the writer, then reports duplicates: fails on a write error.
    Status finish();
    // Stops the writer without writing what is queued: the transaction can then be rolled back
    // (it must not be touched by two threads at once).
    void abandon() { m_writer.abandon(); }

    // Whether a write failed while reading (finish() then says why).
    bool writeFailed() const { return m_writer.failed(); }
    QByteArray errorFileText() const { return m_errorFile; }

private:
    class Batch;

    void enqueue();
    void collectWritten();
    void countCourse(const Document &doc);
    void report(Rejection &&r, const QString &severity, bool mayEnqueue = true);

    WriteTransaction &m_write;
    const ImportTask &m_task;
    QString m_ledgerId;
    FileResult &m_result;
    const ImportJob::Progress &m_progress;
    qint64 m_total;
    const std::atomic_bool *m_cancel;
    const std::atomic_bool *m_stop = nullptr;
    std::function<qint64()> m_position;
    bool m_keepErrorFile;
    std::unique_ptr<Anonymizer> m_anonymizer;
    std::vector<Document> m_batch;
    QList<qint64> m_lines;
    std::vector<Document> m_errors;
    qint64 m_sequence = 0;
    QByteArray m_errorFile;
    QByteArray m_lastCourseBytes;
    qint64 *m_lastCourse = nullptr;
    qint64 m_inserted = 0;
    QList<std::pair<qint64, QByteArray>> m_duplicates; // (line, document) of _ids already written
    BatchWriter m_writer{kQueuedBatches};
};

} // namespace EdxLoader
