#include "cli.h"

#include "sourcepath.h"

#include "documentstore.h"
#include "storefactory.h"

#include <QDir>

#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace Cli {

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

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO);
}

void statusLine(const QString &text)
{
    err() << '\r' << text << QStringLiteral("\x1b[K") << Qt::flush;
}

static QString displayFile(const QString &absolute)
{
    const QString relative = QDir::current().relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) ? absolute : relative;
}

QString displayPath(const QString &key)
{
    return EdxLoader::SourcePath::fromKey(key).display(&displayFile);
}

QCommandLineOption gnupgHomeOption()
{
    return QCommandLineOption(QStringLiteral("gnupg-home"),
                              Text::tr("GnuPG home holding the secret key for .gpg files (default: $GNUPGHOME, "
                                       "else ~/.gnupg)."),
                              QStringLiteral("DIR"));
}

int usageError(QCommandLineParser &parser, const QString &message)
{
    err() << "edxloader-cli: " << message << '\n'
          << Text::tr("Try 'edxloader-cli %1 --help'.").arg(parser.positionalArguments().value(0)) << Qt::endl;
    return Usage;
}

int parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    // (QCommandLineParser::process would end the program with 1 on a wrong option, the code of
    // "some rows were rejected": a nightly job must be able to tell a typo apart.)
    if (!parser.parse(args))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.process(args); // prints the help and ends with 0
    return Ok;
}

int readFailure(const QString &why)
{
    err() << "edxloader-cli: " << why << Qt::endl;
    return Failure;
}

QCommandLineOption targetOption()
{
    return QCommandLineOption(QStringLiteral("target"),
                              Text::tr("Where the data goes: sqlite:DIR or a folder for the embedded store "
                                       "(default: %1), or a MongoDB connection string (mongodb://… or "
                                       "mongodb+srv://…; the password from $EDXLOADER_MONGODB_PASSWORD or asked).")
                                  .arg(EdxLoader::defaultEmbeddedDirectory()),
                              QStringLiteral("target"));
}

static termios s_savedTerminal;

// Ctrl-C (or a kill) while echo is off: the terminal gets its echo back before the process goes.
static void restoreTerminalAndDie(int signal)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Reads a line from the terminal without echoing it.
static QString readSecret(const QString &prompt)
{
    err() << prompt << Qt::flush;
    const bool terminal = tcgetattr(STDIN_FILENO, &s_savedTerminal) == 0;
    using Handler = void (*)(int);
    Handler previous[3] = {};
    const int signals[3] = {SIGINT, SIGTERM, SIGHUP};
    if (terminal) {
        for (int i = 0; i < 3; ++i)
            previous[i] = std::signal(signals[i], restoreTerminalAndDie);
        termios quiet = s_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
        for (int i = 0; i < 3; ++i)
            std::signal(signals[i], previous[i]);
    }
    err() << Qt::endl;
    return line;
}

std::unique_ptr<EdxLoader::DocumentStore> openStoreNamed(const QString &target, int *exitCode)
{
    // A password is never taken from the command line's connection string by choice: it would be
    // visible to every user of the machine (ps) and kept in shell histories. A string naming a
    // user without one gets it from the environment, or from the terminal.
    QString password;
    const EdxLoader::StoreTarget parsed = EdxLoader::StoreTarget::parse(target);
    if (parsed.isMongo()) {
        const EdxLoader::MongoTarget &t = parsed.mongo;
        if (!t.valid) {
            err() << "edxloader-cli: " << t.error << Qt::endl;
            *exitCode = Usage;
            return nullptr;
        }
        if (!t.username.isEmpty() && !t.hasPassword) {
            password = qEnvironmentVariable("EDXLOADER_MONGODB_PASSWORD");
            if (password.isEmpty() && isatty(STDIN_FILENO))
                password = readSecret(Text::tr("Password of MongoDB user %1 at %2: ").arg(t.username, t.hosts));
            if (password.isEmpty()) {
                err() << "edxloader-cli: "
                      << Text::tr("%1 names the user %2 but no password: set EDXLOADER_MONGODB_PASSWORD")
                             .arg(t.redacted, t.username)
                      << Qt::endl;
                *exitCode = Failure;
                return nullptr;
            }
        }
    }
    auto opened = EdxLoader::openStore(parsed, password);
    if (!opened) {
        err() << "edxloader-cli: " << opened.error() << Qt::endl;
        *exitCode = Failure;
    }
    return std::move(*opened);
}

std::unique_ptr<EdxLoader::DocumentStore> openTarget(QCommandLineParser &parser, int *exitCode)
{
    return openStoreNamed(parser.value(QStringLiteral("target")), exitCode);
}

} // namespace Cli
