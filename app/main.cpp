// edxloader: the window. Wiring only: options, translations, the main window.
#include "demogenerator.h"
#include "documentstore.h"
#include "importpanel.h"
#include "localisation.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using namespace EdxLoader;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EdxLoader"));
    QApplication::setOrganizationName(QString()); // data in ~/.local/share/EdxLoader, not …/EdxLoader/EdxLoader
    QApplication::setApplicationVersion(QStringLiteral(EDXLOADER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("edxloader"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Loads edX research data packages into a document database."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"), QApplication::translate("main", "Files or folders to add to the import list."),
                                 QStringLiteral("[PATH…]"));
    const QCommandLineOption language(QStringLiteral("language"), QApplication::translate("main", "Interface language (en, fr)."),
                                      QStringLiteral("code"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Folder of the embedded databases."), QStringLiteral("dir"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE once it is ready, then quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start with a small demo package in the import list."));
    parser.addOptions({language, dataDir, screenshot, demo});
    parser.process(app);
    installTranslations(app, parser.value(language));

    // The same default folder as edxloader-cli, so that both see the same databases.
    const QString dataDirectory = parser.isSet(dataDir) ? QDir(parser.value(dataDir)).absolutePath()
                                                        : defaultEmbeddedDirectory();
    MainWindow window(dataDirectory);
    window.show();

    QStringList paths = parser.positionalArguments();
    std::unique_ptr<QTemporaryDir> demoDir;
    if (parser.isSet(demo)) {
        demoDir = std::make_unique<QTemporaryDir>();
        DemoParams params;
        params.directory = demoDir->path();
        params.eventsPerDay = 300;
        const DemoResult demoResult = DemoGenerator(params).run();
        if (demoResult.ok)
            paths << demoResult.packageDir << demoResult.eventsDir;
        else
            qWarning("demo package could not be written");
    }
    window.addPaths(paths);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto shoot = [&window, file] {
            QTimer::singleShot(400, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        };
        if (window.importPanel()->isScanning())
            QObject::connect(window.importPanel(), &ImportPanel::scanFinished, &window, shoot);
        else
            shoot();
    }
    return app.exec();
}
