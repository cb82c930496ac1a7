#pragma once

// Shared by the edxloader-cli commands: output streams, exit codes, option helpers.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace EdxLoader {
class DocumentStore;
}

namespace Cli {

// The translation context of the command line's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes (documented in --help): 0 success, 1 some rows were rejected, 2 a file or the
// work failed, 3 wrong usage.
enum ExitCode { Ok = 0, Rejected = 1, Failure = 2, Usage = 3 };

QTextStream &out();
QTextStream &err();
bool stderrIsTerminal();
// Rewrites the terminal's live progress line on stderr (empty: clears it).
void statusLine(const QString &text = {});

// Shows paths the way the user gave them: relative to the current folder when inside it; a zip
// member as "archive.zip › member".
QString displayPath(const QString &key);
QCommandLineOption gnupgHomeOption(); // --gnupg-home DIR
int usageError(QCommandLineParser &parser, const QString &message);
// Parses a command's arguments: Ok, or Usage (3) after saying what is wrong; --help prints the
// help and ends the program with 0.
int parseArguments(QCommandLineParser &parser, const QStringList &args);
// Prints why the target could not be read (the store's or server's words); returns Failure.
int readFailure(const QString &why);

// --target: "sqlite:DIR" or a folder (the embedded store), or "mongodb://…".
QCommandLineOption targetOption();
std::unique_ptr<EdxLoader::DocumentStore> openTarget(QCommandLineParser &parser, int *exitCode);
// The same for a target given otherwise (export's --from); on failure prints why, sets exitCode.
std::unique_ptr<EdxLoader::DocumentStore> openStoreNamed(const QString &target, int *exitCode);

int classify(const QStringList &args);
int demo(const QStringList &args);
int import(const QStringList &args);
int list(const QStringList &args);
int dump(const QStringList &args);
int status(const QStringList &args);
int errors(const QStringList &args);
int buildCourse(const QStringList &args);
int exportCsv(const QStringList &args);
int exportStore(const QStringList &args);
int personCourse(const QStringList &args);
int overview(const QStringList &args);
int fetch(const QStringList &args);

} // namespace Cli
