#include "edxfetch.h"

#include "documentstore.h"
#include "sourcepath.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace EdxLoader {

namespace {

bool inRange(const QDate &day, const FetchOptions &o)
{
    return day.isValid() && (!o.since.isValid() || day >= o.since) && (!o.until.isValid() || day <= o.until);
}

} // namespace

Result<RemoteListing> EdxFetch::list(const S3Client &client, const FetchOptions &o, const std::atomic_bool *cancel)
{
    RemoteListing listing;
    const QString org = o.org.toLower();
    const QString orgPattern = QRegularExpression::escape(org);
    // Lists bucket/prefix: a key that would leave the folder is refused, one that is not edX's
    // name is counted apart, and each other becomes a file, described from its name's match.
    const auto collect = [&](const QString &bucket, const QString &prefix, const QRegularExpression &name,
                             const std::function<void(RemoteFile &, const QRegularExpressionMatch &)> &describe) -> Status {
        listing.lookedAt << bucket + QLatin1Char('/') + prefix;
        const Result<QList<S3Object>> objects = client.list(bucket, prefix, cancel);
        if (!objects)
            return failure(objects.error());
        for (const S3Object &object : *objects) {
            if (wouldEscape(object.key)) {
                listing.refused << tr("%1/%2: its name would put it outside the download folder").arg(bucket, object.key);
                continue;
            }
            const QRegularExpressionMatch m = name.match(object.key);
            if (!m.hasMatch()) {
                ++listing.ignored;
                continue;
            }
            RemoteFile f;
            f.bucket = bucket;
            f.object = object;
            describe(f, m);
            ++listing.found;
            if (inRange(f.date, o))
                listing.files << f;
        }
        return {};
    };
    if (o.packages) {
        const QRegularExpression name(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})\\.zip$").arg(orgPattern),
                                      QRegularExpression::CaseInsensitiveOption);
        const Status listed = collect(o.packagesBucket, org + QLatin1Char('-'), name, [](RemoteFile &f, const QRegularExpressionMatch &m) {
            f.kind = RemoteFile::Kind::Package;
            f.date = QDate::fromString(m.captured(1), Qt::ISODate);
            f.relativePath = f.object.key;
        });
        if (!listed)
            return failure(listed.error());
    }
    for (const QString &site : o.logs ? o.sites : QStringList()) {
        const QRegularExpression name(QStringLiteral("^%1/%2/events/(\\d{4})/(%1-%2-events-(\\d{4}-\\d{2}-\\d{2})\\.log\\.gz\\.gpg)$")
                                          .arg(orgPattern, QRegularExpression::escape(site)),
                                      QRegularExpression::CaseInsensitiveOption);
        const Status listed = collect(o.logsBucket, QStringLiteral("%1/%2/events/").arg(org, site), name,
                                      [&site](RemoteFile &f, const QRegularExpressionMatch &m) {
                                          f.kind = RemoteFile::Kind::Log;
                                          f.site = site;
                                          f.date = QDate::fromString(m.captured(3), Qt::ISODate);
                                          f.relativePath = QStringLiteral("events/%1/%2/%3").arg(site, m.captured(1), m.captured(2));
                                      });
        if (!listed)
            return failure(listed.error());
    }
    std::stable_sort(listing.files.begin(), listing.files.end(), [](const RemoteFile &a, const RemoteFile &b) {
        return a.date != b.date ? a.date < b.date : a.relativePath < b.relativePath;
    });
    return listing;
}

bool EdxFetch::wouldEscape(const QString &key)
{
    if (key.startsWith(QLatin1Char('/')) || key.contains(QLatin1Char('\\')) || key.contains(QChar(u'\0')))
        return true;
    const QStringList parts = key.split(QLatin1Char('/'));
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const QString &p) { return p == QLatin1String("..") || p == QLatin1String("."); });
}

EdxFetch::State EdxFetch::state(const RemoteFile &file, const QString &folder)
{
    const QString path = QDir(folder).filePath(file.relativePath);
    const QFileInfo whole(path);
    if (whole.isFile() && whole.size() == file.object.size)
        return State::Downloaded;
    return QFileInfo::exists(path + QStringLiteral(".part")) ? State::Partial : State::New;
}

Result<EdxFetch::ImportedFiles> EdxFetch::importedFiles(DocumentStore &store, const std::atomic_bool *cancel)
{
    ImportedFiles imported;
    const Result<QStringList> databases = store.databases();
    if (!databases)
        return failure(databases.error());
    for (const QString &database : *databases) {
        const Result<QStringList> collections = store.collections(database);
        if (!collections)
            return failure(collections.error());
        for (const QString &collection : *collections) {
            if (!collection.endsWith(QLatin1String("_imported")))
                continue;
            const Status read = store.find(database, collection, {}, {}, [&](const Document &d) {
                if (d.string("status") == QLatin1String("done")) {
                    // A package member's path is its archive's, with the member: the package's.
                    imported.paths.insert(SourcePath::fromKey(d.string("path")).file);
                    imported.names.insert(d.string("file"));
                }
                return !(cancel && cancel->load());
            });
            if (!read)
                return failure(read.error());
        }
    }
    return imported;
}

EdxFetch::State EdxFetch::state(const RemoteFile &file, const QString &folder, const ImportedFiles &imported)
{
    const State onDisk = state(file, folder);
    const QString path = QDir(folder).absoluteFilePath(file.relativePath);
    QString name = file.fileName();
    const bool byName = file.kind == RemoteFile::Kind::Log
                        && (imported.names.contains(name) || imported.names.contains(name.chopped(4))); // (".gpg")
    return imported.paths.contains(path) || byName ? State::Imported : onDisk;
}

QString EdxFetch::stateName(State state)
{
    switch (state) {
    case State::New:
        return tr("new");
    case State::Partial:
        return tr("partly downloaded");
    case State::Downloaded:
        return tr("downloaded");
    case State::Imported:
        return tr("imported");
    }
    return {};
}

QList<EdxFetch::Outcome> EdxFetch::download(const S3Client &client, const QList<RemoteFile> &files, const QString &folder,
                                            const std::function<void(const Progress &)> &progress,
                                            const std::atomic_bool *cancel)
{
    QList<Outcome> outcomes;
    Progress p;
    p.files = int(files.size());
    for (const RemoteFile &f : files)
        p.total += f.object.size;
    QElapsedTimer clock;
    clock.start();
    qint64 transferred = 0; // by this run: the rate
    for (const RemoteFile &f : files) {
        ++p.file;
        Outcome outcome;
        outcome.file = f;
        const QString path = QDir(folder).filePath(f.relativePath);
        if (state(f, folder) == State::Downloaded) { // (an imported file still there counts too)
            outcome.status = Outcome::Status::AlreadyPresent;
            p.done += f.object.size;
            outcomes << outcome;
            continue;
        }
        if (cancel && cancel->load()) {
            outcome.status = Outcome::Status::Cancelled;
            outcome.reason = tr("Cancelled");
            outcomes << outcome;
            continue;
        }
        p.name = f.fileName();
        p.fileSize = f.object.size;
        const qint64 before = p.done;
        qint64 lastOnDisk = -1;
        QElapsedTimer sinceReport; // (at most five reports a second, and the file's end)
        const Result<S3Client::Downloaded> done = client.download(
            f.bucket, f.object, path,
            [&](qint64 onDisk, qint64 size) {
                transferred += lastOnDisk < 0 ? 0 : onDisk - lastOnDisk;
                lastOnDisk = onDisk;
                p.fileDone = onDisk;
                p.fileSize = size;
                p.done = before + onDisk;
                const double seconds = clock.nsecsElapsed() / 1e9;
                if (seconds > 0.5 && transferred > 0) {
                    p.bytesPerSecond = double(transferred) / seconds;
                    p.secondsLeft = qint64((p.total - p.done) / p.bytesPerSecond);
                }
                if (progress && (!sinceReport.isValid() || sinceReport.elapsed() >= 200 || onDisk == size)) {
                    sinceReport.start();
                    progress(p);
                }
            },
            cancel);
        if (done) {
            outcome.status = Outcome::Status::Downloaded;
            outcome.bytes = done->bytes;
            outcome.resumedFrom = done->resumedFrom;
            p.done = before + f.object.size;
        } else {
            outcome.status = cancel && cancel->load() ? Outcome::Status::Cancelled : Outcome::Status::Failed;
            outcome.reason = done.error();
            p.done = before;
        }
        outcomes << outcome;
    }
    return outcomes;
}

} // namespace EdxLoader
