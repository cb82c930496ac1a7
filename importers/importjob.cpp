#include "importjob.h"

#include "classifier.h"
#include "documentstore.h"
#include "filehash.h"
#include "inputscanner.h"
#include "jsonreaders.h"
#include "readersink.h"
#include "tsvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <exception>

namespace EdxLoader {

namespace {

constexpr size_t kBatch = 2000;

// Receives what a reader produces and writes it through the file's transaction in batches.
class StoreSink final : public ReaderSink
{
public:
    StoreSink(WriteTransaction &write, const ImportTask &task, const QString &ledgerId, FileResult &result,
              const ImportJob::Progress &progress, qint64 total, const std::atomic_bool *cancel)
        : m_write(write), m_task(task), m_ledgerId(ledgerId), m_result(result), m_progress(progress),
          m_total(total), m_cancel(cancel)
    {
        m_batch.reserve(kBatch);
    }

    bool document(Document &&doc, qint64 line) override
    {
        ++m_result.read;
        const QString course = doc.string("course_id");
        if (!course.isEmpty())
            ++m_result.courses[course];
        m_batch.push_back(std::move(doc));
        m_lines.append(line);
        if (m_batch.size() >= kBatch && !flush())
            return false;
        return !(m_cancel && m_cancel->load());
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
        if (m_progress)
            m_progress(bytesRead, m_total);
    }

    bool flush()
    {
        if (!m_batch.empty()) {
            QList<int> duplicates;
            if (!m_write.insert(m_task.collection, m_batch, m_ledgerId, &duplicates))
                return fail();
            m_result.imported += qint64(m_batch.size()) - duplicates.size();
            for (int i : std::as_const(duplicates)) {
                // Counted as rejected, not imported: the first document with this _id stays.
                ++m_result.rejected;
                report({m_lines.at(i), QStringLiteral("duplicate-id"),
                        ImportJob::tr("Another document of this file has the same _id; the first one was kept"),
                        m_batch[size_t(i)].toRelaxedJson()},
                       QStringLiteral("rejected"));
            }
            m_batch.clear();
            m_lines.clear();
        }
        if (!m_errors.empty()) {
            if (!m_write.insert(errorsCollection(m_task.collection), m_errors, m_ledgerId))
                return fail();
            m_errors.clear();
        }
        return true;
    }

    QString writeError() const { return m_writeError; }
    QByteArray errorFileText() const { return m_errorFile; }

private:
    void report(Rejection &&r, const QString &severity)
    {
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
        if (m_errors.size() >= kBatch)
            flush();
    }

    bool fail()
    {
        m_writeError = m_write.errorString();
        return false;
    }

    WriteTransaction &m_write;
    const ImportTask &m_task;
    QString m_ledgerId;
    FileResult &m_result;
    const ImportJob::Progress &m_progress;
    qint64 m_total;
    const std::atomic_bool *m_cancel;
    std::vector<Document> m_batch;
    QList<qint64> m_lines;
    std::vector<Document> m_errors;
    qint64 m_sequence = 0;
    QString m_writeError;
    QByteArray m_errorFile;
};

Document ledgerEntry(const FileResult &r, const ImportTask &task, const QString &sha256, const QString &status,
                     const QDateTime &started, const QString &error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Document d;
    d.appendString("_id", r.ledgerId); // McGillX fields first: _id, date, success, error, courses
    d.appendDate("date", now.toMSecsSinceEpoch());
    d.appendBool("success", status == QLatin1String("done"));
    if (error.isEmpty())
        d.appendNull("error");
    else
        d.appendString("error", error);
    Document courses;
    for (auto it = r.courses.begin(); it != r.courses.end(); ++it)
        courses.appendInt64(it.key().toUtf8(), it.value());
    d.appendDocument("courses", courses);
    d.appendString("file", task.classification.fileName);
    d.appendString("path", task.path);
    d.appendString("kind", fileKindId(task.classification.kind));
    d.appendString("database", task.database);
    d.appendString("collection", task.collection);
    d.appendString("sha256", sha256);
    d.appendInt64("size", r.bytes);
    d.appendString("status", status);
    d.appendDate("started", started.toMSecsSinceEpoch());
    d.appendDate("finished", now.toMSecsSinceEpoch());
    d.appendInt64("read", r.read);
    d.appendInt64("imported", r.imported);
    d.appendInt64("rejected", r.rejected);
    d.appendInt64("skipped", r.skipped);
    d.appendInt64("warnings", r.warnings);
    return d;
}

} // namespace

QString statusId(FileResult::Status status)
{
    switch (status) {
    case FileResult::Status::Imported: return QStringLiteral("imported");
    case FileResult::Status::Unchanged: return QStringLiteral("unchanged");
    case FileResult::Status::Changed: return QStringLiteral("changed");
    case FileResult::Status::Failed: return QStringLiteral("failed");
    case FileResult::Status::Cancelled: return QStringLiteral("cancelled");
    case FileResult::Status::NotIncluded: return QStringLiteral("not-included");
    }
    return {};
}

QString ledgerIdFor(const QString &fileName)
{
    QString id = fileName.toLower();
    for (const QLatin1String suffix : {QLatin1String(".gpg"), QLatin1String(".gz")}) {
        if (id.endsWith(suffix))
            id.chop(suffix.size());
    }
    return id;
}

QString ledgerCollection(const QString &collection)
{
    return collection + QStringLiteral("_imported");
}

QString errorsCollection(const QString &collection)
{
    return collection + QStringLiteral("_errors");
}

QList<ImportTask> planImport(const QStringList &paths, const ImportOptions &options, QStringList *missing)
{
    Classifier classifier = Classifier::builtIn();
    classifier.setScheme(options.scheme);
    InputScanner::Result scan;
    const ImportItems items = InputScanner(classifier).scanAll(paths, &scan);
    if (missing)
        *missing = scan.missing;
    QList<ImportTask> tasks;
    for (const ImportItem &item : items) {
        const Classification &c = item.classification;
        ImportTask t{item.path, c, c.database, c.collection, c.imported, {}};
        const bool tsv = c.kind == FileKind::SqlTable || c.kind == FileKind::OraTable;
        if (!t.included && tsv && c.hasTarget() && !c.failedExport
            && (options.include.contains(c.table) || options.include.contains(QStringLiteral("all"))))
            t.included = true;
        if (t.included && c.kind == FileKind::TrackingLog) {
            t.included = false;
            t.reason = ImportJob::tr("Tracking logs are not imported by this version yet");
        } else if (t.included && c.encrypted) {
            t.included = false;
            t.reason = ImportJob::tr("Encrypted: decrypt it with GnuPG first (built-in decryption is coming)");
        } else if (!t.included) {
            t.reason = c.note();
        }
        tasks.append(t);
    }
    return tasks;
}

ImportJob::ImportJob(DocumentStore &store, const ImportOptions &options)
    : m_store(store)
    , m_options(options)
{
}

FileResult ImportJob::run(const ImportTask &task, const Progress &progress, const std::atomic_bool *cancel)
{
    // Exceptions never cross a job's root: the file fails with the reason, the others go on.
    try {
        return runUnguarded(task, progress, cancel);
    } catch (const std::exception &e) {
        FileResult r;
        r.path = task.path;
        r.message = ImportJob::tr("Internal error: %1").arg(QString::fromUtf8(e.what()));
        return r;
    } catch (...) {
        FileResult r;
        r.path = task.path;
        r.message = ImportJob::tr("Internal error");
        return r;
    }
}

FileResult ImportJob::runUnguarded(const ImportTask &task, const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    FileResult r;
    r.path = task.path;
    r.database = task.database;
    r.collection = task.collection;
    r.ledgerId = ledgerIdFor(task.classification.fileName);
    r.bytes = QFileInfo(task.path).size();
    auto finish = [&](FileResult::Status status, const QString &message = {}) {
        r.status = status;
        r.message = message;
        r.seconds = timer.nsecsElapsed() / 1e9;
        return r;
    };
    if (!task.included)
        return finish(FileResult::Status::NotIncluded, task.reason);

    QString error;
    const QString sha256 = sha256OfFile(task.path, &error, cancel);
    if (sha256.isEmpty())
        return finish(cancel && cancel->load() ? FileResult::Status::Cancelled : FileResult::Status::Failed, error);

    std::unique_ptr<WriteTransaction> write = m_store.beginWrite(task.database);
    if (!write)
        return finish(FileResult::Status::Failed, ImportJob::tr("Cannot write to %1: %2").arg(task.database, m_store.errorString()));

    // Holding the write lock, look at the ledger: nobody else can import this file meanwhile.
    const QString ledger = ledgerCollection(task.collection);
    if (const auto previous = m_store.findById(task.database, ledger, r.ledgerId)) {
        const bool done = previous->string("status") == QLatin1String("done");
        const QString when = QString::fromLatin1(isoMillis(std::get<DateTime>(previous->value("date")).msecs));
        if (done && previous->string("sha256") == sha256) {
            write->rollback();
            r.read = std::get<qint64>(previous->value("read"));
            r.imported = std::get<qint64>(previous->value("imported"));
            r.rejected = std::get<qint64>(previous->value("rejected"));
            r.skipped = std::get<qint64>(previous->value("skipped"));
            return finish(FileResult::Status::Unchanged,
                          ImportJob::tr("Already imported on %1 with the same content: skipped").arg(when));
        }
        if (done && !m_options.replace) {
            write->rollback();
            return finish(FileResult::Status::Changed,
                          ImportJob::tr("Imported on %1, and the file has changed since: import again with Replace to "
                             "replace what it imported")
                              .arg(when));
        }
    }
    if (!write->removeFromFile(task.collection, r.ledgerId, &r.replaced)
        || !write->removeFromFile(errorsCollection(task.collection), r.ledgerId))
        return finish(FileResult::Status::Failed, write->errorString());

    QFile file(task.path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(FileResult::Status::Failed, ImportJob::tr("Cannot read %1: %2").arg(task.path, file.errorString()));
    StoreSink sink(*write, task, r.ledgerId, r, progress, r.bytes, cancel);
    QString fatal;
    bool ok = false;
    const QByteArray fileKey = (task.database + QLatin1Char('/') + r.ledgerId).toUtf8();
    switch (task.classification.kind) {
    case FileKind::SqlTable:
    case FileKind::OraTable:
        ok = TsvReader(task.classification.table, fileKey).read(&file, sink, &fatal);
        break;
    case FileKind::Forum:
        ok = ForumReader(fileKey).read(&file, sink, &fatal);
        break;
    case FileKind::CourseStructure:
        ok = CourseStructureReader().read(&file, sink, &fatal);
        break;
    default:
        fatal = ImportJob::tr("EdxLoader cannot import this kind of file");
    }
    if (cancel && cancel->load()) {
        write->rollback();
        return finish(FileResult::Status::Cancelled, ImportJob::tr("Cancelled: nothing of this file was kept"));
    }
    if (ok && (!sink.writeError().isEmpty() || !sink.flush()))
        fatal = ImportJob::tr("Writing to %1.%2 failed: %3").arg(task.database, task.collection, sink.writeError());
    if (!ok || !fatal.isEmpty()) {
        write->rollback();
        // The failure is recorded on its own, so that `status` shows it; nothing else is kept.
        if (auto note = m_store.beginWrite(task.database)) {
            if (note->upsert(ledger, ledgerEntry(r, task, sha256, QStringLiteral("failed"), started, fatal)))
                note->commit();
        }
        return finish(FileResult::Status::Failed, fatal);
    }
    if (!write->upsert(ledger, ledgerEntry(r, task, sha256, QStringLiteral("done"), started, {})) || !write->commit())
        return finish(FileResult::Status::Failed, ImportJob::tr("Cannot record the import: %1").arg(write->errorString()));
    if (m_options.writeErrorFiles && !sink.errorFileText().isEmpty()) {
        QSaveFile errors(task.path + QStringLiteral("-errors"));
        if (!errors.open(QIODevice::WriteOnly) || errors.write(sink.errorFileText()) < 0 || !errors.commit())
            r.message = ImportJob::tr("The error report could not be written beside the file: %1").arg(errors.errorString());
    }
    return finish(FileResult::Status::Imported, r.message);
}

} // namespace EdxLoader
