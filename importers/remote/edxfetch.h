#pragma once

#include "s3client.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace EdxLoader {

class DocumentStore;

// What to fetch from edX's research-data buckets (docs: "Download from edX"):
//   weekly packages   s3://{packagesBucket}/{org}-{YYYY-MM-DD}.zip
//   daily logs        s3://{logsBucket}/{org}/{site}/events/{YYYY}/{org}-{site}-events-{YYYY-MM-DD}.log.gz.gpg
// and where they land in the download folder: {org}-{date}.zip and events/{site}/{YYYY}/{file}.
struct FetchOptions
{
    QString org;
    QStringList sites{QStringLiteral("edx")}; // "edx", "edge"
    bool packages = true, logs = true;
    QDate since, until; // both days included; invalid: no bound
    QString packagesBucket = QStringLiteral("course-data");
    QString logsBucket = QStringLiteral("edx-course-data");
};

struct RemoteFile
{
    enum class Kind { Package, Log };
    Kind kind = Kind::Package;
    QString bucket;
    S3Object object;
    QDate date;
    QString site;         // of a log
    QString relativePath; // in the download folder, always under it
    QString fileName() const { return relativePath.section(QLatin1Char('/'), -1); }
};

struct RemoteListing
{
    QList<RemoteFile> files;  // in date order, packages and logs mixed
    QStringList lookedAt;     // "bucket/prefix" of each listing
    QStringList refused;      // keys that would leave the download folder, with why
    int found = 0;            // files with edX's names, before the date filter
    int ignored = 0;          // other objects under the prefixes (not edX's names)
};

class EdxFetch
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::EdxFetch)

public:
    // Lists the packages and logs the options ask for. Fails when a bucket cannot be listed.
    static Result<RemoteListing> list(const S3Client &client, const FetchOptions &options,
                                      const std::atomic_bool *cancel = nullptr);

    // A key that, written as a path, would leave the download folder ("..", ".", absolute, "\").
    // Such keys are refused whatever their name; the others are written only under names built
    // from the parts the patterns above accept.
    static bool wouldEscape(const QString &key);

    enum class State { New, Partial, Downloaded, Imported };
    // A file is downloaded when it is in the folder with the listed size; partial when its
    // .part is there.
    static State state(const RemoteFile &file, const QString &folder);
    // What the target's import ledgers say was imported whole: the paths and names of the
    // files (a package's members count for the package).
    struct ImportedFiles
    {
        QSet<QString> paths, names;
    };
    static Result<ImportedFiles> importedFiles(DocumentStore &store, const std::atomic_bool *cancel = nullptr);
    // state(), or Imported when the ledgers hold the file (by its path in the folder, or a log
    // by its name wherever it was imported from).
    static State state(const RemoteFile &file, const QString &folder, const ImportedFiles &imported);
    static QString stateName(State state);

    struct Progress
    {
        int file = 0, files = 0;      // the file being downloaded (1-based) of how many
        QString name;
        qint64 fileDone = 0, fileSize = 0;
        qint64 done = 0, total = 0;   // bytes of all the files asked for (those present count as done)
        double bytesPerSecond = 0;
        qint64 secondsLeft = -1;      // -1: not known yet
    };
    struct Outcome
    {
        enum class Status { Downloaded, AlreadyPresent, Failed, Cancelled };
        RemoteFile file;
        Status status = Status::Failed;
        qint64 bytes = 0;        // transferred
        qint64 resumedFrom = 0;  // bytes of a .part kept
        QString reason;
    };
    // Downloads files into folder one after the other (still encrypted: nothing is decrypted);
    // those complete on disk are not downloaded again. One failure does not stop the others.
    static QList<Outcome> download(const S3Client &client, const QList<RemoteFile> &files, const QString &folder,
                                   const std::function<void(const Progress &)> &progress = {},
                                   const std::atomic_bool *cancel = nullptr);
};

} // namespace EdxLoader
