#pragma once

#include "anonymizer.h"
#include "documentstore.h"
#include "importjob.h"
#include "readersink.h"

#include <QMap>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace EdxLoader {

// Receives what a reader produces and writes it through the file's transaction in batches:
// parsing runs on the job's thread, writing on a thread of its own, with a bounded queue
// between (ARCHITECTURE.md §3: use both cores). Rejected lines and warnings become the file's
// error report ({collection}_errors) in the same transaction.
class StoreSink final : public ReaderSink
{
public:
    static constexpr size_t kBatch = 2000; // documents per insert
    StoreSink(WriteTransaction &write, const ImportTask &task, const QString &ledgerId, FileResult &result,
              const ImportJob::Progress &progress, qint64 total, const std::atomic_bool *cancel,
              std::function<qint64()> position = {})
        : m_write(write), m_task(task), m_ledgerId(ledgerId), m_result(result), m_progress(progress),
          m_total(total), m_cancel(cancel), m_position(std::move(position))
    {
        m_batch.reserve(kBatch);
        // The transaction is only touched by the writer thread until finish().
        m_writer = std::thread([this] { writeLoop(); });
    }

    ~StoreSink() override { stopWriter(); }

    // Applied to every document before it is counted and written.
    void setAnonymizer(std::unique_ptr<Anonymizer> anonymizer) { m_anonymizer = std::move(anonymizer); }

    bool document(Document &&doc, qint64 line) override
    {
        ++m_result.read;
        if (m_anonymizer)
            m_anonymizer->apply(doc);
        countCourse(doc);
        m_batch.push_back(std::move(doc));
        m_lines.append(line);
        if (m_batch.size() >= kBatch)
            enqueue();
        return !m_failed.load() && !(m_cancel && m_cancel->load());
    }

    void rejected(Rejection &&r) override
    {
        ++m_result.read;
        ++m_result.rejected;
        report(std::move(r), QStringLiteral("rejected"));
    }

    void skipped(qint64, const QString &) override
    {
        ++m_result.read;
        ++m_result.skipped;
    }

    void warning(Rejection &&r) override
    {
        ++m_result.warnings;
        report(std::move(r), QStringLiteral("warning"));
    }

    void progress(qint64 bytesRead) override
    {
        // Readers count the bytes they parsed; with decryption or gzip below them, the position
        // in the file itself is what measures progress against its size.
        if (m_progress)
            m_progress(m_position ? m_position() : bytesRead, m_total);
    }

    // Writes what is left, waits for the writer, then reports duplicates: false on a write error.
    bool finish()
    {
        enqueue();
        stopWriter();
        if (m_failed.load())
            return false;
        m_result.imported = m_inserted;
        for (const auto &[line, json] : std::as_const(m_duplicates)) {
            // Counted as rejected, not imported: the first document with this _id stays.
            ++m_result.rejected;
            report({line, QStringLiteral("duplicate-id"),
                    ImportJob::tr("Another document of this file has the same _id; the first one was kept"), json},
                   QStringLiteral("rejected"), false);
        }
        if (!m_errors.empty() && !m_write.insert(errorsCollection(m_task.collection), m_errors, m_ledgerId)) {
            m_writeError = m_write.errorString();
            return false;
        }
        m_errors.clear();
        return true;
    }

    // Stops the writer without writing what is queued: the transaction can then be rolled back
    // (it must not be touched by two threads at once).
    void abandon()
    {
        {
            std::lock_guard lock(m_mutex);
            m_failed = true;
        }
        m_space.notify_all();
        stopWriter();
    }

    QString writeError() const { return m_writeError; }
    bool writeFailed() const { return m_failed.load(); } // (then writeError() says why)
    QByteArray errorFileText() const { return m_errorFile; }

private:
    struct Batch
    {
        bool errors = false;
        std::vector<Document> documents;
        QList<qint64> lines;
    };

    void enqueue()
    {
        freeSpent();
        auto push = [this](Batch &&b) {
            // When the writer is behind, encode this batch here rather than wait: whichever
            // thread is free does the encoding (the balance differs between tables and logs).
            bool full = false;
            {
                std::lock_guard lock(m_mutex);
                full = m_queue.size() >= 2;
            }
            if (full)
                m_write.prepare(b.documents);
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_queue.size() < 2 || m_failed.load(); });
            m_queue.push_back(std::move(b));
            m_ready.notify_one();
        };
        if (!m_batch.empty()) {
            push(Batch{false, std::move(m_batch), std::move(m_lines)});
            m_batch = {};
            m_batch.reserve(kBatch);
            m_lines.clear();
        }
        if (!m_errors.empty()) {
            push(Batch{true, std::move(m_errors), {}});
            m_errors = {};
        }
    }

    void writeLoop()
    {
        for (;;) {
            Batch b;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty() || m_closing; });
                if (m_queue.empty())
                    return;
                b = std::move(m_queue.front());
                m_queue.pop_front();
                m_space.notify_one();
            }
            if (m_failed.load())
                continue;
            QList<int> duplicates;
            const QString collection = b.errors ? errorsCollection(m_task.collection) : m_task.collection;
            if (!m_write.insert(collection, b.documents, m_ledgerId, b.errors ? nullptr : &duplicates)) {
                std::lock_guard lock(m_mutex);
                m_writeError = m_write.errorString();
                m_failed = true;
                m_space.notify_all();
                continue;
            }
            if (!b.errors) {
                m_inserted += qint64(b.documents.size()) - duplicates.size();
                for (int i : std::as_const(duplicates))
                    m_duplicates.append({b.lines.at(i), b.documents[size_t(i)].toRelaxedJson()});
            }
            // Written: the documents go back to the parsing thread to be freed there. Freed here,
            // memory allocated by another thread takes glibc's arena lock on every free — with
            // thousands of documents a batch, that lock was among the top items of the profile.
            std::lock_guard lock(m_mutex);
            m_spent.push_back(std::move(b.documents));
        }
    }

    // On the parsing thread: frees the documents the writer has written.
    void freeSpent()
    {
        std::vector<std::vector<Document>> spent;
        {
            std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
    }

    void stopWriter()
    {
        if (!m_writer.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_ready.notify_all();
        m_writer.join();
    }

    // Documents per course_id; rows of one course come in long runs, so compare bytes first.
    void countCourse(const Document &doc)
    {
        bson_iter_t it;
        if (!bson_iter_init_find(&it, doc.bson(), "course_id") || !BSON_ITER_HOLDS_UTF8(&it)) {
            m_lastCourse = nullptr;
            return;
        }
        uint32_t length = 0;
        const char *utf8 = bson_iter_utf8(&it, &length);
        const QByteArrayView course(utf8, length);
        if (length == 0)
            return;
        if (!m_lastCourse || m_lastCourseBytes != course) {
            m_lastCourseBytes = course.toByteArray();
            m_lastCourse = &m_result.courses[QString::fromUtf8(m_lastCourseBytes)];
        }
        ++*m_lastCourse;
    }

    void report(Rejection &&r, const QString &severity, bool mayEnqueue = true)
    {
        // An anonymised import keeps no learner data anywhere, its error report included.
        if (m_anonymizer && !r.raw.isEmpty()) {
            r.raw.clear();
            r.message += QLatin1Char(' ') + ImportJob::tr("(raw text withheld: this import anonymises learners)");
        }
        Document e;
        e.appendString("_id", QStringLiteral("%1#%2#%3").arg(m_ledgerId).arg(r.line).arg(++m_sequence));
        e.appendString("file", m_ledgerId);
        e.appendInt64("line", r.line);
        e.appendString("severity", severity);
        e.appendString("reason", r.reason);
        e.appendString("message", r.message);
        e.appendString("raw", QString::fromUtf8(r.raw));
        m_errors.push_back(std::move(e));
        // The seed's "{file}-errors": one entry per line, reason then raw text.
        m_errorFile += QByteArray::number(r.line) + '\t' + severity.toUtf8() + '\t' + r.reason.toUtf8() + '\t'
                       + r.message.toUtf8() + '\t' + r.raw + '\n';
        if (mayEnqueue && m_errors.size() >= kBatch)
            enqueue();
    }

    WriteTransaction &m_write;
    const ImportTask &m_task;
    QString m_ledgerId;
    FileResult &m_result;
    const ImportJob::Progress &m_progress;
    qint64 m_total;
    const std::atomic_bool *m_cancel;
    std::function<qint64()> m_position;
    std::unique_ptr<Anonymizer> m_anonymizer;
    std::vector<Document> m_batch;
    QList<qint64> m_lines;
    std::vector<Document> m_errors;
    qint64 m_sequence = 0;
    QByteArray m_errorFile;
    QByteArray m_lastCourseBytes;
    qint64 *m_lastCourse = nullptr;
    // Shared with the writer thread.
    std::thread m_writer;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Batch> m_queue;
    std::vector<std::vector<Document>> m_spent; // written, to be freed by the parsing thread
    bool m_closing = false;
    std::atomic_bool m_failed = false;
    qint64 m_inserted = 0; // written by the writer, read after join
    QList<std::pair<qint64, QByteArray>> m_duplicates;
    QString m_writeError;
};

} // namespace EdxLoader
