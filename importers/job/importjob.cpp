#include "importjob.h"

#include "classifier.h"
#include "documentstore.h"
#include "filehash.h"
#include "inputscanner.h"
#include "jsonreaders.h"
#include "readersink.h"
#include "sourcechain.h"
#include "sourcepath.h"
#include "storesink.h"
#include "trackingreader.h"
#include "tsvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QScopeGuard>
#include <QtConcurrent>

#include <exception>

namespace EdxLoader {

namespace {

Document ledgerEntry(const FileResult &r, const ImportTask &task, const QString &sha256, const QString &status,
                     const QDateTime &started, const QString &error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Document d;
    // McGillX's fields first, with McGillX's meaning (ANCHORS.md, tracking loader step 7), so that
    // scripts written against its ledgers keep working: success = documents inserted, error =
    // lines not loaded (rejected or skipped; every line read, when the file failed and nothing
    // of it was kept); date = when the load started. Entries written before issue 17 hold a bool
    // and a message there: migrateLedger rewrites them at the next import into the collection.
    const bool done = status == QLatin1String("done");
    d.appendString("_id", r.ledgerId);
    d.appendDate("date", started.toMSecsSinceEpoch()); // McGillX: when the load started
    d.appendInt64("success", done ? r.imported : 0);
    d.appendInt64("error", done ? r.read - r.imported : r.read);
    Document courses;
    for (auto it = r.courses.begin(); it != r.courses.end(); ++it)
        courses.appendInt64(it.key().toUtf8(), it.value());
    d.appendDocument("courses", courses);
    if (!r.courseSources.isEmpty()) { // tracking logs: how each event's course was found
        // [{source: "context.course_id", events: N}, …]: the names hold dots, unfit for keys.
        Document sources;
        int n = 0;
        for (auto it = r.courseSources.begin(); it != r.courseSources.end(); ++it) {
            Document one;
            one.appendString("source", it.key());
            one.appendInt64("events", it.value());
            sources.appendDocument(QByteArray::number(n++), one);
        }
        d.appendArray("course_sources", sources);
        d.appendInt64("studio_events", r.studioEvents);
    }
    d.appendString("file", task.classification.fileName);
    d.appendString("path", task.path);
    d.appendString("kind", fileKindId(task.classification.kind));
    d.appendString("database", task.database);
    d.appendString("collection", task.collection);
    d.appendString("sha256", sha256);
    d.appendInt64("size", r.bytes);
    d.appendString("status", status);
    if (error.isEmpty())
        d.appendNull("message");
    else
        d.appendString("message", error); // why the file failed
    d.appendDate("started", started.toMSecsSinceEpoch());
    d.appendDate("finished", now.toMSecsSinceEpoch());
    d.appendInt64("read", r.read);
    d.appendInt64("imported", r.imported);
    d.appendInt64("rejected", r.rejected);
    d.appendInt64("skipped", r.skipped);
    d.appendInt64("warnings", r.warnings);
    return d;
}

// edX's exporter ships "<file>.failed" with the Python traceback when a table's export failed
// (FORMATS.md §1.3): it is read (decrypted if need be) to show its last line, never imported.
QString failedExportSummary(const ImportTask &task, const GnuPGOptions &gnupg)
{
    SourceChain chain;
    SourceChain::Options options;
    options.gnupg = gnupg;
    QString error;
    QByteArray text;
    if (chain.open(task.path, options, &error)) {
        text = chain.device()->read(256 * 1024);
        if (!chain.failure().isEmpty())
            error = chain.failure();
    }
    if (text.isEmpty())
        return ImportJob::tr("edX's export of this table failed (its report could not be read: %1)")
            .arg(error.isEmpty() ? ImportJob::tr("empty") : error);
    QString last;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            last = QString::fromUtf8(line.trimmed());
    }
    return ImportJob::tr("edX's export of this table failed: %1").arg(last.left(300));
}

// A file imported into the collection, as its ledger entry says: for "same content as FILE".
struct EarlierImport
{
    QString file;
    QString date;
    qint64 read = 0;
};
using ImportsByContent = QHash<QString, EarlierImport>; // SHA-256 → the file imported with it

// The files imported whole into this ledger's collection, by content, but `except` (the file
// being imported, whose own entry is dealt with by name).
Result<ImportsByContent> importsByContent(DocumentStore &store, const QString &database, const QString &ledger,
                                          const QString &except)
{
    ImportsByContent found;
    const Status listed = store.find(database, ledger, {{QStringLiteral("status"), Condition::Eq, {QStringLiteral("done")}}},
                                     {}, [&](const Document &d) {
                                         const QString sha = d.string("sha256");
                                         if (sha.isEmpty() || d.string("_id") == except || found.contains(sha))
                                             return true;
                                         const Value date = d.value("date");
                                         const Value read = d.value("read");
                                         found.insert(sha, {d.string("file"),
                                                            std::holds_alternative<DateTime>(date)
                                                                ? QString::fromLatin1(isoMillis(std::get<DateTime>(date).msecs))
                                                                : QString(),
                                                            std::holds_alternative<qint64>(read) ? std::get<qint64>(read) : 0});
                                         return true;
                                     });
    if (!listed)
        return failure(listed.error());
    return found;
}

// Ledger entries written before issue 17 hold success: true/false and the failure's text in
// error; scripts written against McGillX's ledgers read numbers there. They are rewritten with
// McGillX's meaning (success = documents inserted, error = lines not loaded, the text in message)
// in the transaction of the next file imported into the collection: all of them when the
// transaction holds the database (no other loader can be writing one of them meanwhile), else the
// entry of the file it has claimed.
Status migrateLedger(DocumentStore &store, WriteTransaction &write, const QString &database, const QString &ledger,
                     const QString &claimed)
{
    std::vector<Document> earlier;
    Filter filter{{QStringLiteral("success"), Condition::In, {Value(true), Value(false)}}};
    if (!write.locksDatabase())
        filter.append({QStringLiteral("_id"), Condition::Eq, {Value(claimed)}});
    const Status listed = store.find(database, ledger, filter, {}, [&](const Document &d) {
        bson_iter_t it;
        if (bson_iter_init_find(&it, d.bson(), "success") && BSON_ITER_HOLDS_BOOL(&it))
            earlier.push_back(d);
        return true;
    });
    if (!listed)
        return listed;
    for (const Document &old : earlier) {
        const auto number = [&old](const char *field) {
            const Value v = old.value(field);
            return std::holds_alternative<qint64>(v) ? std::get<qint64>(v) : qint64(0);
        };
        const bool done = old.string("status") == QLatin1String("done");
        const qint64 read = number("read"), imported = number("imported");
        Document d;
        bool hasMessage = false;
        bson_iter_t it;
        bson_iter_init(&it, old.bson());
        while (bson_iter_next(&it)) {
            const QByteArrayView key(bson_iter_key(&it), bson_iter_key_len(&it));
            if (key == "success")
                d.appendInt64("success", done ? imported : 0);
            else if (key == "error")
                d.appendInt64("error", done ? read - imported : read);
            else
                bson_append_iter(d.bson(), key.data(), int(key.size()), &it);
            hasMessage = hasMessage || key == "message";
        }
        if (!hasMessage) {
            const QString message = old.string("error");
            if (message.isEmpty())
                d.appendNull("message");
            else
                d.appendString("message", message);
        }
        if (const Status written = write.upsert(ledger, d); !written)
            return written;
    }
    return {};
}

// The fields the tracking collection is indexed on (the course form's queries, PRODUCT.md §6).
QStringList trackingIndex()
{
    return {QStringLiteral("course_id"), QStringLiteral("timestamp")};
}

} // namespace

QString statusId(FileResult::Status status)
{
    switch (status) {
    case FileResult::Status::Imported: return QStringLiteral("imported");
    case FileResult::Status::Unchanged: return QStringLiteral("unchanged");
    case FileResult::Status::Duplicate: return QStringLiteral("duplicate");
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
    for (const ImportItem &item : items)
        tasks.append(planTask(item.path, item.classification, options, item.size, item.problem));
    return tasks;
}

ImportTask planTask(const QString &path, const Classification &c, const ImportOptions &options, qint64 size,
                    const QString &problem)
{
    ImportTask t{path, c, c.database, c.collection, c.imported, {}, problem, size};
    if (!problem.isEmpty()) {
        t.included = false;
        t.reason = problem;
        return t;
    }
    const bool tsv = c.kind == FileKind::SqlTable || c.kind == FileKind::OraTable;
    if (!t.included && tsv && c.hasTarget() && !c.failedExport
        && (options.include.contains(c.table) || options.include.contains(QStringLiteral("all"))))
        t.included = true;
    if (!t.included) {
        t.reason = c.note();
    }
    return t;
}

ImportJob::ImportJob(DocumentStore &store, const ImportOptions &options)
    : m_store(store)
    , m_options(options)
{
}

FileResult ImportJob::run(const ImportTask &task, const Progress &progress, const std::atomic_bool *cancel)
{
    // A wrong passphrase is not the end: the file is tried again (nothing of it was kept), twice,
    // each time asking again and saying the last one was wrong.
    FileResult r = runGuarded(task, progress, cancel);
    const auto ask = m_options.gnupg.passphrase;
    for (int attempt = 2; attempt <= 3 && ask && r.status == FileResult::Status::Failed && r.badPassphrase
                          && !(cancel && cancel->load());
         ++attempt) {
        auto told = std::make_shared<bool>(false);
        m_options.gnupg.passphrase = [ask, told](const QString &key, bool previousWasBad) {
            const bool first = !*told;
            *told = true;
            return ask(key, previousWasBad || first);
        };
        r = runGuarded(task, progress, cancel);
        m_options.gnupg.passphrase = ask;
    }
    return r;
}

FileResult ImportJob::runGuarded(const ImportTask &task, const Progress &progress, const std::atomic_bool *cancel)
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
    const SourcePath source = SourcePath::fromKey(task.path);
    r.bytes = task.size >= 0 ? task.size : (source.isMember() ? 0 : QFileInfo(source.file).size());
    auto finish = [&](FileResult::Status status, const QString &message = {}) {
        r.status = status;
        r.message = message;
        r.seconds = timer.nsecsElapsed() / 1e9;
        return r;
    };
    if (!task.refusal.isEmpty())
        return finish(FileResult::Status::Failed, task.refusal);
    if (!task.included) {
        if (task.classification.failedExport)
            return finish(FileResult::Status::NotIncluded, failedExportSummary(task, m_options.gnupg));
        return finish(FileResult::Status::NotIncluded, task.reason);
    }

    QString error;
    Result<std::unique_ptr<WriteTransaction>> begun = m_store.beginWrite(task.database);
    if (!begun)
        return finish(FileResult::Status::Failed, ImportJob::tr("Cannot write to %1: %2").arg(task.database, begun.error()));
    std::unique_ptr<WriteTransaction> write = std::move(*begun);

    // Holding the write lock (with MongoDB, the file's claim), look at the ledger: nobody else can
    // import this file meanwhile.
    // A file seen before is hashed first (an unchanged file is then skipped without parsing it);
    // a new file is hashed on another core while it is parsed.
    const QString ledger = ledgerCollection(task.collection);
    if (const Status claimed = write->claim(ledger, r.ledgerId, cancel); !claimed) {
        if (cancel && cancel->load())
            return finish(FileResult::Status::Cancelled, ImportJob::tr("Cancelled: nothing of this file was kept"));
        return finish(FileResult::Status::Failed, claimed.error());
    }
    const Result<std::optional<Document>> ledgerEntryFound = m_store.findById(task.database, ledger, r.ledgerId);
    if (!ledgerEntryFound)
        return finish(FileResult::Status::Failed,
                      ImportJob::tr("Cannot read the ledger %1.%2: %3").arg(task.database, ledger, ledgerEntryFound.error()));
    const std::optional<Document> &previous = *ledgerEntryFound;
    if (const Status migrated = migrateLedger(m_store, *write, task.database, ledger, r.ledgerId); !migrated)
        return finish(FileResult::Status::Failed,
                      ImportJob::tr("Cannot read the ledger %1.%2: %3").arg(task.database, ledger, migrated.error()));
    // A file whose content was imported already under another name is not loaded twice (a
    // renamed copy of a day's log would double its events): known from its hash, before reading
    // it when it is seen again, as soon as the hash is ready otherwise.
    auto earlier = std::make_shared<ImportsByContent>();
    if (!m_options.allowDuplicateContent) {
        Result<ImportsByContent> listed = importsByContent(m_store, task.database, ledger, r.ledgerId);
        if (!listed)
            return finish(FileResult::Status::Failed,
                          ImportJob::tr("Cannot read the ledger %1.%2: %3").arg(task.database, ledger, listed.error()));
        *earlier = std::move(*listed);
    }
    const auto sameContent = [&](const QString &digest) -> std::optional<EarlierImport> {
        const auto it = earlier->constFind(digest);
        return it == earlier->cend() ? std::nullopt : std::optional<EarlierImport>(*it);
    };
    const auto duplicate = [&](const EarlierImport &e) {
        write->rollback();
        r.read = e.read; // the same content: as many lines, all skipped
        r.imported = r.rejected = r.warnings = 0;
        r.skipped = e.read;
        r.courses.clear();
        r.courseSources.clear();
        r.studioEvents = 0;
        return finish(FileResult::Status::Duplicate,
                      ImportJob::tr("Same content as %1, imported on %2: skipped").arg(e.file, e.date));
    };
    const auto duplicateFound = std::make_shared<std::atomic_bool>(false);
    QString sha256;
    QFuture<QString> hashing;
    const auto stopHashing = std::make_shared<std::atomic_bool>(false);
    const auto waitForHashing = qScopeGuard([&hashing, stopHashing] {
        if (hashing.isValid() && !hashing.isFinished()) {
            stopHashing->store(true);
            hashing.waitForFinished();
        }
    });
    // What is hashed is the bytes after decryption (sourcechain.h): an encrypted file is decrypted
    // for that, and a new one is hashed as it is decrypted for the import.
    const bool encrypted = task.classification.encrypted;
    if (previous) {
        sha256 = sha256OfSource(task.path, m_options.gnupg, &error, cancel);
        if (sha256.isEmpty())
            return finish(cancel && cancel->load() ? FileResult::Status::Cancelled : FileResult::Status::Failed, error);
    } else if (!encrypted) {
        // The hashing task gets a flag of its own: on any early return it is stopped and waited
        // for, so it never outlives what it reads (the caller's cancel flag may not).
        const QString path = task.path;
        hashing = QtConcurrent::run([path, stop = stopHashing, earlier, duplicateFound] {
            QString e;
            const QString digest = sha256OfSource(path, {}, &e, stop.get());
            if (!digest.isEmpty() && earlier->contains(digest))
                duplicateFound->store(true); // the reading stops: see below
            return digest.isEmpty() ? QStringLiteral("!") + e : digest;
        });
    }
    if (previous) {
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
    if (previous) {
        if (const std::optional<EarlierImport> e = sameContent(sha256))
            return duplicate(*e);
    }
    const Result<qint64> replaced = write->removeFromFile(task.collection, r.ledgerId);
    if (!replaced)
        return finish(FileResult::Status::Failed, replaced.error());
    r.replaced = *replaced;
    if (const Result<qint64> cleared = write->removeFromFile(errorsCollection(task.collection), r.ledgerId); !cleared)
        return finish(FileResult::Status::Failed, cleared.error());
    // The queries of the course form select by course and time (PRODUCT.md §6): the index is made
    // after the commit, the collection readied for it now.
    if (task.classification.kind == FileKind::TrackingLog) {
        if (const Status readied = write->prepareIndex(task.collection, trackingIndex()); !readied)
            return finish(FileResult::Status::Failed, readied.error());
    }

    SourceChain chain;
    SourceChain::Options chainOptions;
    chainOptions.gnupg = m_options.gnupg;
    chainOptions.hashDecrypted = !previous && encrypted;
    if (!chain.open(task.path, chainOptions, &error)) {
        write->rollback();
        return finish(FileResult::Status::Failed, error);
    }
    r.bytes = chain.size();
    QIODevice *device = chain.device();
    // The seed's error file is written beside plain files only: beside an encrypted file it would
    // be decrypted learner data in clear, and an archive member has no folder of its own.
    const bool errorFile = m_options.writeErrorFiles && !encrypted && !source.isMember();
    StoreSink sink(*write, task, r.ledgerId, r, progress, r.bytes, cancel, [&chain] { return chain.position(); },
                   errorFile);
    sink.setStopFlag(duplicateFound.get());
    if (m_options.anonymize)
        sink.setAnonymizer(std::make_unique<Anonymizer>(task.classification));
    QString fatal;
    bool ok = false;
    const QByteArray fileKey = (task.database + QLatin1Char('/') + r.ledgerId).toUtf8();
    switch (task.classification.kind) {
    case FileKind::SqlTable:
    case FileKind::OraTable:
        ok = TsvReader(task.classification.table, fileKey).read(device, sink, &fatal);
        break;
    case FileKind::Forum:
        ok = ForumReader(fileKey).read(device, sink, &fatal);
        break;
    case FileKind::CourseStructure:
        ok = CourseStructureReader().read(device, sink, &fatal);
        break;
    case FileKind::TrackingLog: {
        TrackingReader reader(fileKey, r.ledgerId, started);
        // A store of JSON text gets each event's text straight from its line (no BSON between),
        // unless the anonymiser must see the whole document first.
        reader.setTextOnly(write->keepsText() && !m_options.anonymize);
        ok = reader.read(device, sink, &fatal);
        r.courseSources = reader.courseSources();
        r.studioEvents = reader.studioEvents();
        break;
    }
    default:
        fatal = ImportJob::tr("EdxLoader cannot import this kind of file");
    }
    // Stopped because the hash showed the content imported already: nothing more to check or write.
    const bool stoppedAsDuplicate = duplicateFound->load();
    if (!(cancel && cancel->load()) && !stoppedAsDuplicate) {
        // A reading error may come from a layer below (GnuPG, gzip): their reason is the one to give.
        QString why;
        if (sink.writeFailed()) {
            // The store stopped the reading (a full disk…): that is the reason, not what the
            // layers below say of a file left half-read.
            ok = false;
            fatal = ImportJob::tr("Writing to %1.%2 failed: %3").arg(task.database, task.collection, sink.finish().error());
        } else if (ok && !chain.finish(&why)) {
            ok = false;
            fatal = ImportJob::tr("%1: nothing of this file was kept").arg(why);
        } else if (!ok && !chain.failure().isEmpty()) {
            fatal = ImportJob::tr("%1: nothing of this file was kept").arg(chain.failure());
        }
        if (ok && chainOptions.hashDecrypted)
            sha256 = chain.sha256();
        r.badPassphrase = chain.badPassphrase();
    }
    if (cancel && cancel->load()) {
        sink.abandon();
        write->rollback();
        return finish(FileResult::Status::Cancelled, ImportJob::tr("Cancelled: nothing of this file was kept"));
    }
    if (ok && !stoppedAsDuplicate) {
        if (const Status written = sink.finish(); !written) {
            ok = false;
            fatal = ImportJob::tr("Writing to %1.%2 failed: %3").arg(task.database, task.collection, written.error());
        }
    }
    if (hashing.isValid()) {
        sha256 = hashing.result();
        if (sha256.startsWith(QLatin1Char('!')) && fatal.isEmpty())
            fatal = sha256.mid(1);
    }
    if (!sha256.isEmpty() && !sha256.startsWith(QLatin1Char('!'))) {
        if (const std::optional<EarlierImport> e = sameContent(sha256)) {
            sink.abandon();
            return duplicate(*e);
        }
    }
    if (!ok || !fatal.isEmpty()) {
        sink.abandon();
        write->rollback();
        // The failure is recorded on its own, so that `status` shows it; nothing else is kept.
        // (Best effort: when even that cannot be written, the failure is still reported.)
        if (Result<std::unique_ptr<WriteTransaction>> note = m_store.beginWrite(task.database)) {
            if ((*note)->upsert(ledger, ledgerEntry(r, task, sha256, QStringLiteral("failed"), started, fatal)))
                (void)(*note)->commit();
        }
        return finish(FileResult::Status::Failed, fatal);
    }
    Status recorded = write->upsert(ledger, ledgerEntry(r, task, sha256, QStringLiteral("done"), started, {}));
    if (recorded)
        recorded = write->commit();
    if (!recorded)
        return finish(FileResult::Status::Failed, ImportJob::tr("Cannot record the import: %1").arg(recorded.error()));
    write.reset();
    if (task.classification.kind == FileKind::TrackingLog) {
        const Status indexed = m_store.createIndex(task.database, task.collection, trackingIndex());
        if (!indexed)
            r.message = ImportJob::tr("The index on course_id and timestamp could not be made: %1").arg(indexed.error());
    }
    if (m_options.writeErrorFiles && r.rejected + r.warnings > 0 && !errorFile) {
        // Beside an encrypted file, the error file would be decrypted learner data in clear.
        r.message = encrypted ? ImportJob::tr("No error file was written beside this encrypted file: it would hold "
                                              "decrypted learner data (see edxloader-cli errors)")
                              : ImportJob::tr("No error file was written for this archive member (see edxloader-cli "
                                              "errors)");
    } else if (m_options.writeErrorFiles && !sink.errorFileText().isEmpty()) {
        QSaveFile errors(task.path + QStringLiteral("-errors"));
        if (!errors.open(QIODevice::WriteOnly) || errors.write(sink.errorFileText()) < 0 || !errors.commit())
            r.message = ImportJob::tr("The error report could not be written beside the file: %1").arg(errors.errorString());
    }
    return finish(FileResult::Status::Imported, r.message);
}

} // namespace EdxLoader
