// edxloader-cli: argument parsing and output only; the work is done by the libraries the GUI uses.
#include "classificationreport.h"
#include "classifier.h"
#include "demogenerator.h"
#include "inputscanner.h"
#include "localisation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace EdxLoader;

namespace {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString generalHelp()
{
    return Cli::tr("Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
              "\n"
              "Loads edX research data packages into a document database; the command-line twin of\n"
              "the EdxLoader window.\n"
              "\n"
              "Commands:\n"
              "  classify PATH…   show what each file is and where it would be imported (writes nothing)\n"
              "  demo DIR         write a synthetic edX data package to try EdxLoader with\n"
              "\n"
              "Options:\n"
              "  -h, --help       show this help, or a command's help after the command\n"
              "  -v, --version    show the version\n"
              "\n"
              "Exit codes: 0 success, 1 the work failed (the message says which file), 2 wrong usage.\n"
              "Run 'edxloader-cli COMMAND --help' for a command's options.\n");
}

// Shows paths the way the user gave them: relative to the current folder when inside it.
QString displayPath(const QString &absolute)
{
    const QString relative = QDir::current().relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) ? absolute : relative;
}

int usageError(QCommandLineParser &parser, const QString &message)
{
    err() << "edxloader-cli: " << message << '\n' << parser.helpText().section(QLatin1Char('\n'), 0, 0) << '\n'
          << Cli::tr("Try 'edxloader-cli %1 --help'.").arg(parser.positionalArguments().value(0)) << Qt::endl;
    return Usage;
}

int classify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Walks files and folders and shows, for each file, what it is (SQL table, forum posts, course\n"
           "structure, tracking log, …), the course it belongs to and the database.collection it would be\n"
           "imported into. Nothing is read beyond the names and nothing is written.\n"
           "Paths that do not exist are still classified by name and flagged."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("classify"), Cli::tr("The command."), QStringLiteral("classify"));
    parser.addPositionalArgument(QStringLiteral("paths"), Cli::tr("Files and folders (walked recursively)."),
                                 QStringLiteral("PATH…"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print a JSON array instead of a table."));
    const QCommandLineOption scheme(QStringLiteral("scheme"),
                                    Cli::tr("Collection names: 'mcgillx' (user, enrollment, …; default) or 'edx' "
                                       "(auth_user, student_courseenrollment, …)."),
                                    QStringLiteral("name"), QStringLiteral("mcgillx"));
    parser.addOptions({json, scheme});
    parser.process(args);
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty())
        return usageError(parser, Cli::tr("classify needs at least one file or folder"));
    const QString schemeName = parser.value(scheme).toLower();
    if (schemeName != QLatin1String("mcgillx") && schemeName != QLatin1String("edx"))
        return usageError(parser, Cli::tr("unknown collection scheme '%1' (use mcgillx or edx)").arg(schemeName));

    Classifier classifier = Classifier::builtIn();
    classifier.setScheme(schemeName == QLatin1String("edx") ? CollectionScheme::EdxTable : CollectionScheme::McGillX);
    InputScanner::Result result;
    ImportItems items = InputScanner(classifier).scanAll(paths, &result);
    for (const QString &missing : std::as_const(result.missing)) {
        err() << Cli::tr("edxloader-cli: warning: %1 not found; classified by its name only").arg(missing) << Qt::endl;
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

bool parseCount(QCommandLineParser &parser, const QCommandLineOption &option, qint64 min, qint64 max,
                qint64 *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 v = parser.value(option).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usageError(parser, Cli::tr("--%1 must be a whole number from %2 to %3")
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
        Cli::tr("Writes a realistic synthetic edX research data package into DIR: the weekly package folder\n"
           "with per-course SQL tables, forum posts and course structures (plus files that are not\n"
           "imported), daily tracking logs in DIR/events, and DIR/manifest.json with the exact counts\n"
           "an import of each file must produce. The same seed always gives the same content."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("demo"), Cli::tr("The command."), QStringLiteral("demo"));
    parser.addPositionalArgument(QStringLiteral("dir"), Cli::tr("Output folder (created; must be empty)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption courses(QStringLiteral("courses"), Cli::tr("Number of courses (default 2)."), QStringLiteral("N"));
    const QCommandLineOption days(QStringLiteral("days"), Cli::tr("Days of tracking logs (default 3)."), QStringLiteral("N"));
    const QCommandLineOption events(QStringLiteral("events-per-day"), Cli::tr("Events per daily log (default 2000)."),
                                    QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed (default 1)."), QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print a JSON summary instead of text."));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Write into DIR even if it is not empty."));
    parser.addOptions({courses, days, events, seed, json, force});
    parser.process(args);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usageError(parser, Cli::tr("demo needs exactly one output folder"));

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
    const QDir dir(params.directory);
    if (dir.exists() && !dir.isEmpty() && !parser.isSet(force)) {
        err() << Cli::tr("edxloader-cli: %1 is not empty (use --force to write into it anyway)").arg(params.directory)
              << Qt::endl;
        return Failure;
    }

    const bool tty = isatty(STDERR_FILENO);
    DemoGenerator generator(params);
    const DemoResult r = generator.run([tty](int done, int total) {
        if (tty)
            err() << '\r' << Cli::tr("Writing demo package… %1/%2").arg(done).arg(total) << Qt::flush;
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
        out() << Cli::tr("Wrote %1 files to %2").arg(r.files.size()).arg(params.directory) << '\n'
              << Cli::tr("  course files:   %1").arg(r.packageDir) << '\n'
              << Cli::tr("  tracking logs:  %1 (%2 events, %3 MB uncompressed, %4 MB/s)")
                     .arg(r.eventsDir)
                     .arg(r.trackingEvents)
                     .arg(mb, 0, 'f', 1)
                     .arg(rate, 0, 'f', 0)
              << '\n'
              << Cli::tr("  expected counts: %1").arg(r.manifestPath) << '\n'
              << Cli::tr("Try: edxloader-cli classify %1").arg(params.directory) << '\n';
    }
    out().flush();
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edxloader-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("EdxLoader"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDXLOADER_VERSION));
    installTranslations(app, qEnvironmentVariable("EDXLOADER_LANGUAGE"));

    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("classify"))
        return classify(args);
    if (command == QLatin1String("demo"))
        return demo(args);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out() << generalHelp();
        return Ok;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out() << "edxloader-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (command.isEmpty())
        err() << generalHelp();
    else
        err() << Cli::tr("edxloader-cli: unknown command '%1'").arg(command) << '\n'
              << Cli::tr("Run 'edxloader-cli --help' for the list of commands.") << '\n';
    return Usage;
}
