// edxloader-cli: argument parsing and output only; the work is done by the libraries the GUI uses.
#include "cli.h"
#include "documentstore.h"
#include "localisation.h"

#include <QCoreApplication>

#include <unistd.h>

using namespace Cli;

namespace {

QString generalHelp()
{
    return Text::tr("Usage: edxloader-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
                    "\n"
                    "Loads edX research data packages into a document database; the command-line twin of\n"
                    "the EdxLoader window.\n"
                    "\n"
                    "Commands:\n"
                    "  classify PATH…           show what each file is and where it would be imported\n"
                    "  import PATH…             import course files into the target database\n"
                    "  list [DATABASE]          databases and collections of the target, with counts\n"
                    "  dump DATABASE COLLECTION print documents as Extended JSON, one per line\n"
                    "  status                   the ledger: every imported file and how it went\n"
                    "  errors FILE              the rejected lines of an imported file (CSV or JSON lines)\n"
                    "  build-course --config F  build a course's tracking collection from a course config\n"
                    "  export-csv DB COLL OUT   write a collection, whole or filtered, as a CSV file\n"
                    "  export --target URI [DB…] copy databases of the embedded store to MongoDB\n"
                    "  person-course DATABASE   compute a course's per-learner summary (edx2bigquery's)\n"
                    "  demo DIR                 write a synthetic edX data package to try EdxLoader with\n"
                    "\n"
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
    if (command == QLatin1String("classify"))
        return classify(args);
    if (command == QLatin1String("demo"))
        return demo(args);
    if (command == QLatin1String("import"))
        return import(args);
    if (command == QLatin1String("list"))
        return list(args);
    if (command == QLatin1String("dump"))
        return dump(args);
    if (command == QLatin1String("status"))
        return status(args);
    if (command == QLatin1String("errors"))
        return errors(args);
    if (command == QLatin1String("build-course"))
        return buildCourse(args);
    if (command == QLatin1String("export"))
        return exportStore(args);
    if (command == QLatin1String("export-csv"))
        return exportCsv(args);
    if (command == QLatin1String("person-course"))
        return personCourse(args);
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
