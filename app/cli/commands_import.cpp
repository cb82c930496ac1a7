// edxloader-cli import, status and errors.
#include "cli.h"
#include "documentstore.h"
#include "storefactory.h"
#include "filehash.h"
#include "importcoordinator.h"
#include "sourcepath.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace EdxLoader;

namespace Cli {

namespace {

QString statusLabel(FileResult::Status s)
{
    switch (s) {
    case FileResult::Status::Imported: return Text::tr("imported");
    case FileResult::Status::Unchanged: return Text::tr("unchanged");
    case FileResult::Status::Duplicate: return Text::tr("duplicate");
    case FileResult::Status::Changed: return Text::tr("CHANGED");
    case FileResult::Status::Failed: return Text::tr("FAILED");
    case FileResult::Status::Cancelled: return Text::tr("cancelled");
    case FileResult::Status::NotIncluded: return Text::tr("not imported");
    }
    return {};
}

// "course found from: context.course_id 9 871, page 120, none 6 · 14 Studio requests"
QString courseSourcesText(const FileResult &r, const QLocale &locale)
{
    if (r.courseSources.isEmpty())
        return {};
    QStringList parts;
    for (auto it = r.courseSources.begin(); it != r.courseSources.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key(), locale.toString(it.value()));
    QString text = Text::tr("course found from: %1").arg(parts.join(QStringLiteral(", ")));
    if (r.studioEvents > 0)
        text += QStringLiteral(" · ") + Text::tr("%1 Studio requests").arg(locale.toString(r.studioEvents));
    return text;
}

QJsonObject resultJson(const FileResult &r)
{
    QJsonObject courses;
    for (auto it = r.courses.begin(); it != r.courses.end(); ++it)
        courses.insert(it.key(), it.value());
    QJsonObject sources;
    for (auto it = r.courseSources.begin(); it != r.courseSources.end(); ++it)
        sources.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("course_sources"), sources},
                       {QStringLiteral("studio_events"), r.studioEvents},{QStringLiteral("file"), displayPath(r.path)},
                       {QStringLiteral("status"), statusId(r.status)},
                       {QStringLiteral("database"), r.database.isEmpty() ? QJsonValue() : QJsonValue(r.database)},
                       {QStringLiteral("collection"), r.collection.isEmpty() ? QJsonValue() : QJsonValue(r.collection)},
                       {QStringLiteral("read"), r.read},
                       {QStringLiteral("imported"), r.imported},
                       {QStringLiteral("rejected"), r.rejected},
                       {QStringLiteral("skipped"), r.skipped},
                       {QStringLiteral("warnings"), r.warnings},
                       {QStringLiteral("replaced"), r.replaced},
                       {QStringLiteral("bytes"), r.bytes},
                       {QStringLiteral("seconds"), r.seconds},
                       {QStringLiteral("courses"), courses},
                       {QStringLiteral("message"), r.message}};
}

} // namespace

int import(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Imports edX course files — SQL tables, forum posts, course structures — found in the given files\n"
        "and folders into the target: one database per course, one collection per kind of file. Each file\n"
        "is imported whole or not at all, recorded in the ledger ({collection}_imported), and its rejected\n"
        "lines are kept ({collection}_errors; see 'edxloader-cli errors'). A file already imported with\n"
        "the same content is skipped, and so is a file whose content was imported under another name\n"
        "(unless --allow-duplicate-content); a changed file is only replaced with --replace.\n"
        "Weekly packages ({org}-{date}.zip) are read in place, member by member, and .gpg files are\n"
        "decrypted on the fly with your GnuPG key (gpg-agent asks for the passphrase): nothing decrypted\n"
        "is ever written to disk."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import"), Text::tr("The command."), QStringLiteral("import"));
    parser.addPositionalArgument(QStringLiteral("paths"), Text::tr("Files and folders (walked recursively)."),
                                 QStringLiteral("PATH…"));
    const QCommandLineOption target = targetOption();
    const QCommandLineOption scheme(QStringLiteral("scheme"),
                                    Text::tr("Collection names: mcgillx (default) or edx."), QStringLiteral("name"),
                                    QStringLiteral("mcgillx"));
    const QCommandLineOption include(QStringLiteral("include"),
                                     Text::tr("Also import this optional table (e.g. wiki_article); 'all' for every "
                                              "one. May be repeated."),
                                     QStringLiteral("table"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Text::tr("Replace what a file imported before when its content changed."));
    const QCommandLineOption allowDuplicates(
        QStringLiteral("allow-duplicate-content"),
        Text::tr("Import a file even when a file with the same content (SHA-256) was imported into the same "
                 "collection under another name."));
    const QCommandLineOption errorFiles(QStringLiteral("errors-files"),
                                        Text::tr("Also write each file's rejected lines to FILE-errors beside it."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON summary instead of a table."));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"),
                                       Text::tr("Replace usernames by their anonymous RIPEMD-160 hash and leave out "
                                                "e-mail addresses, names, mailing addresses and IP addresses."));
    const QCommandLineOption gnupgHome = gnupgHomeOption();
    parser.addOptions({target, scheme, include, replace, allowDuplicates, errorFiles, anonymize, gnupgHome, json});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty())
        return usageError(parser, Text::tr("import needs at least one file or folder"));
    ImportOptions options;
    const QString schemeName = parser.value(scheme).toLower();
    if (schemeName != QLatin1String("mcgillx") && schemeName != QLatin1String("edx"))
        return usageError(parser, Text::tr("unknown collection scheme '%1' (use mcgillx or edx)").arg(schemeName));
    options.scheme = schemeName == QLatin1String("edx") ? CollectionScheme::EdxTable : CollectionScheme::McGillX;
    for (const QString &t : parser.values(include))
        options.include.insert(t);
    options.replace = parser.isSet(replace);
    options.allowDuplicateContent = parser.isSet(allowDuplicates);
    options.writeErrorFiles = parser.isSet(errorFiles);
    options.anonymize = parser.isSet(anonymize);
    options.gnupg.home = parser.value(gnupgHome);
    QString why;
    if (options.anonymize && !cryptoAvailable(&why)) {
        err() << "edxloader-cli: " << why << Qt::endl;
        return Failure;
    }

    int code = Ok;
    std::shared_ptr<DocumentStore> store = openTarget(parser, &code);
    if (!store)
        return code;
    QStringList missing;
    const QList<ImportTask> tasks = planImport(paths, options, &missing);
    for (const QString &m : std::as_const(missing))
        err() << Text::tr("edxloader-cli: %1 not found").arg(m) << Qt::endl;

    ImportCoordinator coordinator(store);
    QEventLoop loop;
    const bool live = stderrIsTerminal() && !parser.isSet(json);
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    // Progress in bytes of the files themselves (compressed bytes for .gz logs), for all files.
    QList<qint64> bytesDone(tasks.size(), 0);
    qint64 bytesTotal = 0;
    for (const ImportTask &t : tasks)
        bytesTotal += t.included ? std::max<qint64>(0, t.size) : 0;
    QObject::connect(&coordinator, &ImportCoordinator::fileProgress, &loop, [&](int i, qint64 d, qint64 total) {
        bytesDone[i] = std::min(d, total);
        if (!live)
            return;
        qint64 all = 0;
        for (qint64 b : std::as_const(bytesDone))
            all += b;
        const double seconds = std::max(0.001, clock.nsecsElapsed() / 1e9);
        const double rate = all / seconds;
        const int percent = total > 0 ? int(100 * d / total) : 0;
        statusLine(Text::tr("[%1/%2] %3 %4% · %5 MB/s · about %6 s left")
                     .arg(done + 1)
                     .arg(tasks.size())
                     .arg(SourcePath::fromKey(tasks[i].path).fileName().left(50))
                     .arg(percent)
                     .arg(rate / 1e6, 0, 'f', 1)
                     .arg(rate > 0 ? qint64((bytesTotal - all) / rate) : 0));
    });
    QObject::connect(&coordinator, &ImportCoordinator::fileFinished, &loop, [&](int i, const FileResult &r) {
        bytesDone[i] = r.bytes;
        ++done;
    });
    QObject::connect(&coordinator, &ImportCoordinator::finished, &loop, &QEventLoop::quit);
    coordinator.start(tasks, options);
    if (!tasks.isEmpty())
        loop.exec();
    if (live)
        statusLine();

    const QList<FileResult> &results = coordinator.results();
    qint64 totalRead = 0, totalImported = 0, totalRejected = 0, totalSkipped = 0;
    int unchanged = 0, duplicates = 0;
    bool failed = !missing.isEmpty();
    for (const FileResult &r : results) {
        failed |= r.status == FileResult::Status::Failed || r.status == FileResult::Status::Changed
                  || r.status == FileResult::Status::Cancelled;
        unchanged += r.status == FileResult::Status::Unchanged;
        duplicates += r.status == FileResult::Status::Duplicate;
        // A file with the content of one imported before: its lines are read and skipped.
        if (r.status != FileResult::Status::Imported && r.status != FileResult::Status::Duplicate)
            continue;
        totalRead += r.read;
        totalImported += r.imported;
        totalRejected += r.rejected;
        totalSkipped += r.skipped;
    }
    if (parser.isSet(json)) {
        QJsonArray files;
        for (const FileResult &r : results)
            files.append(resultJson(r));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("target"), store->description()},
                                           {QStringLiteral("files"), files},
                                           {QStringLiteral("read"), totalRead},
                                           {QStringLiteral("imported"), totalImported},
                                           {QStringLiteral("rejected"), totalRejected},
                                           {QStringLiteral("skipped"), totalSkipped},
                                           {QStringLiteral("unchanged_files"), unchanged},
                                           {QStringLiteral("duplicate_files"), duplicates},
                                           {QStringLiteral("seconds"), clock.nsecsElapsed() / 1e9}})
                     .toJson(QJsonDocument::Indented);
    } else {
        const QLocale c = QLocale::c();
        for (const FileResult &r : results) {
            QString line = QStringLiteral("%1  %2").arg(statusLabel(r.status), -12).arg(displayPath(r.path));
            if (r.status == FileResult::Status::Imported || alreadyThere(r.status))
                line += QStringLiteral("  → %1.%2  ").arg(r.database, r.collection)
                        + Text::tr("read %1, imported %2, rejected %3, skipped %4")
                              .arg(c.toString(r.read), c.toString(r.imported), c.toString(r.rejected), c.toString(r.skipped));
            if (!r.message.isEmpty())
                line += QStringLiteral("  (%1)").arg(r.message);
            if (r.status == FileResult::Status::Imported && !r.courseSources.isEmpty())
                line += QStringLiteral("\n    ") + courseSourcesText(r, c);
            out() << line << '\n';
        }
        if (unchanged > 0)
            out() << Text::tr("%1 files unchanged since their last import: skipped").arg(unchanged) << '\n';
        if (duplicates > 0)
            out() << Text::tr("%1 files with the same content as a file imported under another name: skipped "
                              "(--allow-duplicate-content imports them anyway)")
                         .arg(duplicates)
                  << '\n';
        out() << Text::tr("%1 files into %2: read %3, imported %4, rejected %5, skipped %6 in %7 s")
                     .arg(results.size())
                     .arg(store->description(), c.toString(totalRead), c.toString(totalImported),
                          c.toString(totalRejected), c.toString(totalSkipped))
                     .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 1)
              << '\n';
        if (totalRejected > 0)
            out() << Text::tr("Rejected lines: edxloader-cli errors FILE") << '\n';
    }
    out().flush();
    return failed ? Failure : (totalRejected > 0 ? Rejected : Ok);
}

} // namespace Cli
