#include "storesink.h"

namespace EdxLoader {

// Documents (or error-report entries) of one insert, with what the writer learnt of them.
class StoreSink::Batch final : public BatchWriter::Batch
{
public:
    Batch(WriteTransaction &write, QString collection, QString ledgerId, std::vector<Document> &&documents,
          QList<qint64> &&lines, bool errors)
        : m_write(write), m_collection(std::move(collection)), m_ledgerId(std::move(ledgerId)),
          m_documents(std::move(documents)), m_lines(std::move(lines)), m_errors(errors)
    {
    }

    Status write() override
    {
        return m_write.insert(m_collection, m_documents, m_ledgerId, m_errors ? nullptr : &m_duplicates);
    }

    WriteTransaction &m_write;
    QString m_collection;
    QString m_ledgerId;
    std::vector<Document> m_documents;
    QList<qint64> m_lines;
    bool m_errors;
    QList<int> m_duplicates; // written by the writer thread, read after the batch came back
};

StoreSink::StoreSink(WriteTransaction &write, const ImportTask &task, const QString &ledgerId, FileResult &result,
                     const ImportJob::Progress &progress, qint64 total, const std::atomic_bool *cancel,
                     std::function<qint64()> position, bool keepErrorFile)
    : m_write(write), m_task(task), m_ledgerId(ledgerId), m_result(result), m_progress(progress), m_total(total),
      m_cancel(cancel), m_position(std::move(position)), m_keepErrorFile(keepErrorFile)
{
    m_batch.reserve(kBatch);
}

StoreSink::~StoreSink()
{
    m_writer.abandon();
}

bool StoreSink::document(Document &&doc, qint64 line)
{
    ++m_result.read;
    if (m_anonymizer)
        m_anonymizer->apply(doc);
    countCourse(doc);
    m_batch.push_back(std::move(doc));
    m_lines.append(line);
    if (m_batch.size() >= kBatch)
        enqueue();
    return !m_writer.failed() && !(m_cancel && m_cancel->load()) && !(m_stop && m_stop->load());
}

void StoreSink::rejected(Rejection &&r)
{
    ++m_result.read;
    ++m_result.rejected;
    report(std::move(r), QStringLiteral("rejected"));
}

void StoreSink::skipped(qint64, const QString &)
{
    ++m_result.read;
    ++m_result.skipped;
}

void StoreSink::warning(Rejection &&r)
{
    ++m_result.warnings;
    report(std::move(r), QStringLiteral("warning"));
}

void StoreSink::progress(qint64 bytesRead)
{
    // Readers count the bytes they parsed; with decryption or gzip below them, the position in
    // the file itself is what measures progress against its size.
    if (m_progress)
        m_progress(m_position ? m_position() : bytesRead, m_total);
}

Status StoreSink::finish()
{
    enqueue();
    if (const Status written = m_writer.finish(); !written)
        return written;
    collectWritten();
    m_result.imported = m_inserted;
    for (const auto &[line, json] : std::as_const(m_duplicates)) {
        // Counted as rejected, not imported: the first document with this _id stays.
        ++m_result.rejected;
        report({line, QStringLiteral("duplicate-id"),
                ImportJob::tr("Another document of this file has the same _id; the first one was kept"), json},
               QStringLiteral("rejected"), false);
    }
    if (!m_errors.empty()) {
        if (const Status written = m_write.insert(errorsCollection(m_task.collection), m_errors, m_ledgerId); !written)
            return written;
    }
    m_errors.clear();
    return {};
}

void StoreSink::enqueue()
{
    collectWritten();
    auto push = [this](std::vector<Document> &&documents, QList<qint64> &&lines, bool errors) {
        // When the writer is behind, encode this batch here rather than wait: whichever thread
        // is free does the encoding (the balance differs between tables and logs).
        if (m_writer.behind())
            m_write.prepare(documents);
        const QString collection = errors ? errorsCollection(m_task.collection) : m_task.collection;
        m_writer.push(std::make_unique<Batch>(m_write, collection, m_ledgerId, std::move(documents), std::move(lines),
                                              errors));
    };
    if (!m_batch.empty()) {
        push(std::move(m_batch), std::move(m_lines), false);
        m_batch = {};
        m_batch.reserve(kBatch);
        m_lines.clear();
    }
    if (!m_errors.empty()) {
        push(std::move(m_errors), {}, true);
        m_errors = {};
    }
}

// On the parsing thread: counts what the writer has written, and frees it here.
void StoreSink::collectWritten()
{
    for (const std::unique_ptr<BatchWriter::Batch> &done : m_writer.takeWritten()) {
        const auto &b = static_cast<const Batch &>(*done);
        if (b.m_errors)
            continue;
        m_inserted += qint64(b.m_documents.size()) - b.m_duplicates.size();
        for (int i : b.m_duplicates) {
            const Document &d = b.m_documents[size_t(i)];
            m_duplicates.append({b.m_lines.at(i), d.encoded().empty() ? d.toRelaxedJson()
                                                                      : QByteArray::fromStdString(d.encoded())});
        }
    }
}

// Documents per course_id; rows of one course come in long runs, so compare bytes first.
void StoreSink::countCourse(const Document &doc)
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

void StoreSink::report(Rejection &&r, const QString &severity, bool mayEnqueue)
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
    if (m_keepErrorFile)
        m_errorFile += QByteArray::number(r.line) + '\t' + severity.toUtf8() + '\t' + r.reason.toUtf8() + '\t'
                       + r.message.toUtf8() + '\t' + r.raw + '\n';
    if (mayEnqueue && m_errors.size() >= kBatch)
        enqueue();
}

} // namespace EdxLoader
