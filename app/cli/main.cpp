// edxloader-cli: argument parsing and output only; the work is done by the libraries the GUI uses.
#include "cli.h"
#include "documentstore.h"
#include "storefactory.h"
#include "localisation.h"

#include <QCoreApplication>

#include <unistd.h>

using namespace Cli;

namespace {

// The commands, once: the table drives both the dispatch and --help.
struct Command
{
    const char *name;
    const char *arguments; // shown after the name in --help (both translated in the "Cli" context)
    const char *summary;
    int (*run)(const QStringList &args);
};

const Command kCommands[] = {
    {"fetch", QT_TRANSLATE_NOOP("Cli", "--org ORG DIR"),
     QT_TRANSLATE_NOOP("Cli", "download what is new from edX's buckets (still encrypted)"), fetch},
    {"classify", QT_TRANSLATE_NOOP("Cli", "PATH…"),
     QT_TRANSLATE_NOOP("Cli", "show what each file is and where it would be imported"), classify},
    {"import", QT_TRANSLATE_NOOP("Cli", "PATH…"),
     QT_TRANSLATE_NOOP("Cli", "import course files into the target database"), import},
    {"list", QT_TRANSLATE_NOOP("Cli", "[DATABASE]"),
     QT_TRANSLATE_NOOP("Cli", "databases and collections of the target, with counts"), list},
    {"dump", QT_TRANSLATE_NOOP("Cli", "DATABASE COLLECTION"),
     QT_TRANSLATE_NOOP("Cli", "print documents as Extended JSON, one per line"), dump},
    {"status", "",
     QT_TRANSLATE_NOOP("Cli", "the ledger: every imported file and how it went"), status},
    {"errors", QT_TRANSLATE_NOOP("Cli", "FILE"),
     QT_TRANSLATE_NOOP("Cli", "the rejected lines of an imported file (CSV or JSON lines)"), errors},
    {"build-course", QT_TRANSLATE_NOOP("Cli", "--config F"),
     QT_TRANSLATE_NOOP("Cli", "build a course's tracking collection from a course config"), buildCourse},
    {"export-csv", QT_TRANSLATE_NOOP("Cli", "DB COLL OUT"),
     QT_TRANSLATE_NOOP("Cli", "write a collection, whole or filtered, as a CSV file"), exportCsv},
    {"export", QT_TRANSLATE_NOOP("Cli", "--target URI [DB…]"),
     QT_TRANSLATE_NOOP("Cli", "copy databases of the embedded store to MongoDB"), exportStore},
    {"person-course", QT_TRANSLATE_NOOP("Cli", "DATABASE"),
     QT_TRANSLATE_NOOP("Cli", "compute a course's per-learner summary (edx2bigquery's)"), personCourse},
    {"overview", QT_TRANSLATE_NOOP("Cli", "DATABASE"),
     QT_TRANSLATE_NOOP("Cli", "how a course is doing: enrollment, activity, problems, videos"), overview},
    {"demo", QT_TRANSLATE_NOOP("Cli", "DIR"),
     QT_TRANSLATE_NOOP("Cli", "write a synthetic edX data package to try EdxLoader with"), demo},
};

QString generalHelp()
{
    constexpr qsizetype kColumn = 26; // where the summaries start
    QString commands;
    for (const Command &c : kCommands) {
        QString left = QStringLiteral("  ") + QString::fromLatin1(c.name);
        if (*c.arguments)
            left += QLatin1Char(' ') + Text::tr(c.arguments);
        commands += left.leftJustified(kColumn - 1) + QLatin1Char(' ') + Text::tr(c.summary) + QLatin1Char('\n');
    }
    return Text::tr("Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
                    "\n"
                    "Loads edX research data packages into a document database; the command-line twin of\n"
                    "the EdxLoader window.\n"
                    "\n"
                    "Commands:\n")
           + commands
           + Text::tr("\n"
                      "Options:\n"
                      "  -h, --help               show this help, or a command's help after the command\n"
                      "  -v, --version            show the version\n"
                      "\n"
                      "The target is the embedded store in %1 unless --target names another:\n"
                      "sqlite:DIR or a folder, or MongoDB by connection string (mongodb://HOST/ or\n"
                      "mongodb+srv://…; a password is read from EDXLOADER_MONGODB_PASSWORD or asked).\n"
                      "\n"
                      "Exit codes: 0 success, 1 some rows were rejected, 2 a file failed (the message names it),\n"
                      "3 wrong usage. Run 'edxloader-cli COMMAND --help' for a command's options.\n")
                 .arg(EdxLoader::defaultEmbeddedDirectory());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edxloader-cli"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(EDXLOADER_VERSION));
    EdxLoader::installTranslations(app, qEnvironmentVariable("EDXLOADER_LANGUAGE"));
    // gpg-agent's pinentry asks for passphrases on the terminal it is told about.
    if (qEnvironmentVariableIsEmpty("GPG_TTY") && isatty(STDIN_FILENO)) {
        if (const char *tty = ttyname(STDIN_FILENO))
            qputenv("GPG_TTY", tty);
    }

    const QStringList args = app.arguments();
    const QString command = args.value(1);
    for (const Command &c : kCommands) {
        if (command == QLatin1String(c.name))
            return c.run(args);
    }
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
        err() << Text::tr("edxloader-cli: unknown command '%1'").arg(command) << '\n'
              << Text::tr("Run 'edxloader-cli --help' for the list of commands.") << '\n';
    return Usage;
}
