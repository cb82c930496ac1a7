#pragma once

#include <QCoreApplication>

#include "classification.h"
#include "gnupg.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace EdxLoader {

class DocumentStore;

struct ImportOptions
{
    CollectionScheme scheme = CollectionScheme::McGillX;
    QSet<QString> include;        // optional tables to import too ("all": every known table)
    bool replace = false;         // replace what a file imported when its content changed
    bool allowDuplicateContent = false; // import a file whose content is imported already under another name
    bool writeErrorFiles = false; // also write the seed's "{file}-errors" beside each file
    bool anonymize = false;       // hash usernames, drop direct identifiers (PRODUCT.md §7)
    GnuPGOptions gnupg;           // keys and passphrases for .gpg files
};

// One file to import and where to.
struct ImportTask
{
    QString path; // SourcePath key: a file, or "archive.zip//member"
    Classification classification;
    QString database;
    QString collection;
    bool included = true; // false: listed, not imported (not in use, unrecognised, …)
    QString reason;       // why not included
    QString refusal;      // set: the input is refused (damaged or hostile archive); the job fails with it
    qint64 size = -1;     // bytes of the file or member, when known
};

struct FileResult
{
    // Duplicate: the same content (SHA-256) was imported into the collection under another name.
    enum class Status { Imported, Unchanged, Duplicate, Changed, Failed, Cancelled, NotIncluded };
    Status status = Status::Failed;
    QString path;
    QString database;
    QString collection;
    QString ledgerId;
    QString message; // translated: why skipped or failed
    qint64 bytes = 0;
    qint64 read = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;
    qint64 warnings = 0;
    qint64 replaced = 0; // documents of an earlier import of the file that were removed
    double seconds = 0;
    QMap<QString, qint64> courses; // imported documents per course_id
    // Tracking logs: events by how their course was found ("context.course_id", "page", …,
    // "none"; see TrackingReader::courseSources), and those that were Studio requests.
    QMap<QString, qint64> courseSources;
    qint64 studioEvents = 0;
    bool badPassphrase = false; // failed for a wrong passphrase: worth asking again
};

QString statusId(FileResult::Status status); // "imported", "unchanged", "duplicate", …
// Whether nothing of the file was imported because it was there already (same name or content).
inline bool alreadyThere(FileResult::Status status)
{
    return status == FileResult::Status::Unchanged || status == FileResult::Status::Duplicate;
}

// Decides, for each classified file, whether and where it is imported.
QList<ImportTask> planImport(const QStringList &paths, const ImportOptions &options, QStringList *missing = nullptr);
ImportTask planTask(const QString &path, const Classification &classification, const ImportOptions &options,
                    qint64 size = -1, const QString &problem = {});

// The ledger key of a file: its lower-cased name without .gz/.gpg (McGillX's {collection}_imported _id).
QString ledgerIdFor(const QString &fileName);
QString ledgerCollection(const QString &collection);  // "{collection}_imported"
QString errorsCollection(const QString &collection);  // "{collection}_errors"

// Imports one course file (SQL table, forum, course structure) in one transaction: the ledger
// entry, the documents and the error report become visible together or not at all, so a crash
// at any instant leaves nothing half-imported and nothing marked done that is not.
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::ImportJob)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    ImportJob(DocumentStore &store, const ImportOptions &options);
    FileResult run(const ImportTask &task, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    FileResult runGuarded(const ImportTask &task, const Progress &progress, const std::atomic_bool *cancel);
    FileResult runUnguarded(const ImportTask &task, const Progress &progress, const std::atomic_bool *cancel);
    DocumentStore &m_store;
    ImportOptions m_options;
};

} // namespace EdxLoader
