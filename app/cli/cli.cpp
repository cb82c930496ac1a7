#include "cli.h"

#include "sourcepath.h"

#include "documentstore.h"

#include <QDir>

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

QCommandLineOption targetOption()
{
    return QCommandLineOption(QStringLiteral("target"),
                              Text::tr("Where the data goes: sqlite:DIR or a folder for the embedded store "
                                       "(default: %1).")
                                  .arg(EdxLoader::defaultEmbeddedDirectory()),
                              QStringLiteral("target"));
}

std::unique_ptr<EdxLoader::DocumentStore> openTarget(QCommandLineParser &parser, int *exitCode)
{
    QString error;
    auto store = EdxLoader::openStore(parser.value(QStringLiteral("target")), &error);
    if (!store) {
        err() << "edxloader-cli: " << error << Qt::endl;
        *exitCode = Failure;
    }
    return store;
}

} // namespace Cli
