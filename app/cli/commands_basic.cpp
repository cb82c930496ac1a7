// edxloader-cli classify and demo.
#include "classificationreport.h"
#include "classifier.h"
#include "cli.h"
#include "demogenerator.h"
#include "inputscanner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace EdxLoader;

namespace Cli {

int classify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Walks files and folders and shows, for each file, what it is (SQL table, forum posts, course\n"
           "structure, tracking log, …), the course it belongs to and the database.collection it would be\n"
           "imported into. Nothing is read beyond the names and nothing is written.\n"
           "Paths that do not exist are still classified by name and flagged."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("classify"), Text::tr("The command."), QStringLiteral("classify"));
    parser.addPositionalArgument(QStringLiteral("paths"), Text::tr("Files and folders (walked recursively)."),
                                 QStringLiteral("PATH…"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON array instead of a table."));
    const QCommandLineOption scheme(QStringLiteral("scheme"),
                                    Text::tr("Collection names: 'mcgillx' (user, enrollment, …; default) or 'edx' "
                                       "(auth_user, student_courseenrollment, …)."),
                                    QStringLiteral("name"), QStringLiteral("mcgillx"));
    parser.addOptions({json, scheme});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty())
        return usageError(parser, Text::tr("classify needs at least one file or folder"));
    const QString schemeName = parser.value(scheme).toLower();
    if (schemeName != QLatin1String("mcgillx") && schemeName != QLatin1String("edx"))
        return usageError(parser, Text::tr("unknown collection scheme '%1' (use mcgillx or edx)").arg(schemeName));

    Classifier classifier = Classifier::builtIn();
    classifier.setScheme(schemeName == QLatin1String("edx") ? CollectionScheme::EdxTable : CollectionScheme::McGillX);
    InputScanner::Result result;
    ImportItems items = InputScanner(classifier).scanAll(paths, &result);
    for (const QString &missing : std::as_const(result.missing)) {
        err() << Text::tr("edxloader-cli: warning: %1 not found; classified by its name only").arg(missing) << Qt::endl;
        ImportItem item;
        item.path = QFileInfo(missing).absoluteFilePath();
        item.classification = classifier.classify(missing);
        items.append(item);
    }
    if (parser.isSet(json))
        out() << QJsonDocument(classificationJson(items, displayPath)).toJson(QJsonDocument::Indented);
    else
        out() << classificationTable(items, displayPath);
    out().flush();
    return Ok;
}

static bool parseCount(QCommandLineParser &parser, const QCommandLineOption &option, qint64 min, qint64 max,
                qint64 *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 v = parser.value(option).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usageError(parser, Text::tr("--%1 must be a whole number from %2 to %3")
                               .arg(option.names().constLast()).arg(min).arg(max));
        return false;
    }
    *value = v;
    return true;
}

int demo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes a realistic synthetic edX research data package into DIR: the weekly package folder\n"
           "with per-course SQL tables, forum posts and course structures (plus files that are not\n"
           "imported), daily tracking logs in DIR/events, and DIR/manifest.json with the exact counts\n"
           "an import of each file must produce. The same seed always gives the same content."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("demo"), Text::tr("The command."), QStringLiteral("demo"));
    parser.addPositionalArgument(QStringLiteral("dir"), Text::tr("Output folder (created; must be empty)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption courses(QStringLiteral("courses"), Text::tr("Number of courses (default 2)."), QStringLiteral("N"));
    const QCommandLineOption days(QStringLiteral("days"), Text::tr("Days of tracking logs (default 3)."), QStringLiteral("N"));
    const QCommandLineOption events(QStringLiteral("events-per-day"), Text::tr("Events per daily log (default 2000)."),
                                    QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Random seed (default 1)."), QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON summary instead of text."));
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Write into DIR even if it is not empty."));
    const QCommandLineOption encryptTo(QStringLiteral("encrypt-to"),
                                       Text::tr("Deliver it as edX does: the package as a zip of .gpg files and the "
                                                "logs as .log.gz.gpg, encrypted to this GnuPG key."),
                                       QStringLiteral("KEYID"));
    const QCommandLineOption gnupgHome = gnupgHomeOption();
    parser.addOptions({courses, days, events, seed, json, force, encryptTo, gnupgHome});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usageError(parser, Text::tr("demo needs exactly one output folder"));

    DemoParams params;
    params.directory = QFileInfo(positional.first()).absoluteFilePath();
    qint64 n = params.courses;
    if (!parseCount(parser, courses, 1, 50, &n))
        return Usage;
    params.courses = int(n);
    n = params.days;
    if (!parseCount(parser, days, 0, 366, &n))
        return Usage;
    params.days = int(n);
    n = params.eventsPerDay;
    if (!parseCount(parser, events, 1, 50'000'000, &n))
        return Usage;
    params.eventsPerDay = int(n);
    n = qint64(params.seed);
    if (!parseCount(parser, seed, 0, std::numeric_limits<qint64>::max(), &n))
        return Usage;
    params.seed = quint64(n);
    params.encryptTo = parser.value(encryptTo);
    params.gnupg.home = parser.value(gnupgHome);
    const QDir dir(params.directory);
    if (dir.exists() && !dir.isEmpty() && !parser.isSet(force)) {
        err() << Text::tr("edxloader-cli: %1 is not empty (use --force to write into it anyway)").arg(params.directory)
              << Qt::endl;
        return Failure;
    }

    const bool tty = isatty(STDERR_FILENO);
    DemoGenerator generator(params);
    const DemoResult r = generator.run([tty](int done, int total) {
        if (tty)
            err() << '\r' << Text::tr("Writing demo package… %1/%2").arg(done).arg(total) << Qt::flush;
    });
    if (tty)
        err() << '\r' << QString(40, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!r.ok) {
        err() << "edxloader-cli: " << r.error << Qt::endl;
        return Failure;
    }
    const double mb = r.trackingBytes / 1e6;
    const double rate = r.trackingSeconds > 0 ? mb / r.trackingSeconds : 0;
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("directory"), params.directory},
                                           {QStringLiteral("package"), r.packageDir},
                                           {QStringLiteral("events"), r.eventsDir},
                                           {QStringLiteral("manifest"), r.manifestPath},
                                           {QStringLiteral("files"), QJsonArray::fromStringList(r.files)},
                                           {QStringLiteral("tracking_events"), r.trackingEvents},
                                           {QStringLiteral("tracking_bytes"), r.trackingBytes},
                                           {QStringLiteral("tracking_seconds"), r.trackingSeconds}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << Text::tr("Wrote %1 files to %2").arg(r.files.size()).arg(params.directory) << '\n'
              << Text::tr("  course files:   %1").arg(r.packageDir) << '\n'
              << Text::tr("  tracking logs:  %1 (%2 events, %3 MB uncompressed, %4 MB/s)")
                     .arg(r.eventsDir)
                     .arg(r.trackingEvents)
                     .arg(mb, 0, 'f', 1)
                     .arg(rate, 0, 'f', 0)
              << '\n'
              << Text::tr("  expected counts: %1").arg(r.manifestPath) << '\n'
              << Text::tr("Try: edxloader-cli classify %1").arg(params.directory) << '\n';
    }
    out().flush();
    return Ok;
}

} // namespace Cli
