// edxloader: the window. Wiring only: options, translations, the main window.
#include "appsettings.h"
#include "credentials.h"
#include "demogenerator.h"
#include "documentstore.h"
#include "filehash.h"
#include "importcontroller.h"
#include "browserpane.h"
#include "courseform.h"
#include "importpanel.h"
#include "overviewpage.h"
#include "localisation.h"
#include "mainwindow.h"
#include "storefactory.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace EdxLoader;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EdxLoader"));
    QApplication::setOrganizationName(QString()); // data in ~/.local/share/EdxLoader, not …/EdxLoader/EdxLoader
    QApplication::setApplicationVersion(QStringLiteral(EDXLOADER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("edxloader"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/edxloader/icons/edxloader.svg")));

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
    const QCommandLineOption importNow(QStringLiteral("import"),
                                       QApplication::translate("main", "Import the files given on the command line once they are listed."));
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        QApplication::translate("main", "Where the data go: a folder (or sqlite:DIR) for the embedded databases, or a "
                                        "MongoDB connection string (mongodb://… or mongodb+srv://…)."),
        QStringLiteral("target"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("main", "The page to show: import (the default), databases, course or overview."),
                                  QStringLiteral("page"));
    const QCommandLineOption course(QStringLiteral("course"),
                                    QApplication::translate("main", "The course database the Course Overview page shows first."),
                                    QStringLiteral("database"));
    parser.addOptions({language, dataDir, targetOption, screenshot, demo, importNow, page, course});
    parser.process(app);
    const AppSettings settings = AppSettings::load();
    installTranslations(app, parser.isSet(language) ? parser.value(language) : settings.language);

    // Fingerprints and anonymisation need QCA's OpenSSL plugin: say which package is missing.
    QString cryptoProblem;
    if (!cryptoAvailable(&cryptoProblem))
        QMessageBox::warning(nullptr, QApplication::translate("main", "EdxLoader"), cryptoProblem);

    // The same default folder as edxloader-cli, so that both see the same databases.
    const QString target = parser.isSet(targetOption) ? parser.value(targetOption)
                           : parser.isSet(dataDir)    ? QDir(parser.value(dataDir)).absolutePath()
                                                      : settings.target();
    // A MongoDB user's password: from the environment (as for edxloader-cli), the session or the
    // keychain, else asked now — never read from or written to the settings.
    QString password;
    if (const StoreTarget parsed = StoreTarget::parse(target); parsed.isMongo()) {
        const MongoTarget &t = parsed.mongo;
        if (t.valid && !t.username.isEmpty() && !t.hasPassword) {
            password = qEnvironmentVariable("EDXLOADER_MONGODB_PASSWORD");
            if (password.isEmpty())
                password = Credentials::load(Credentials::keyFor(target));
            if (password.isEmpty()) {
                password = QInputDialog::getText(nullptr, QApplication::translate("main", "EdxLoader"),
                                                  QApplication::translate("main", "Password of MongoDB user %1 at %2:")
                                                      .arg(t.username, t.hosts),
                                                  QLineEdit::Password);
                if (!password.isEmpty())
                    Credentials::store(Credentials::keyFor(target), password, false);
            }
        }
    }
    MainWindow window(target, password);
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

    // --import: start importing once the list is complete; --screenshot: picture of the window
    // once everything asked for is done.
    auto afterImport = [&window](const std::function<void()> &then) {
        QObject::connect(window.importController(), &ImportController::finished, &window, [then] { then(); },
                         Qt::SingleShotConnection);
        window.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    };
    auto whenListed = [&window](const std::function<void()> &then) {
        if (window.importPanel()->isScanning())
            QObject::connect(window.importPanel(), &ImportPanel::scanFinished, &window, [then] { then(); },
                             Qt::SingleShotConnection);
        else
            then();
    };
    std::function<void()> shoot = [] {};
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QString shown = parser.value(page);
        const QString overviewCourse = parser.value(course);
        shoot = [&window, file, shown, overviewCourse] {
            // The page asked for, with its first data collection (Databases) or course id (Course
            // Collection) chosen, as a coordinator would.
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            if (shown == QLatin1String("databases")) {
                tabs->setCurrentWidget(window.browserPane());
                QTreeWidget *tree = window.browserPane()->collectionsTree();
                QObject::connect(window.browserPane(), &BrowserPane::refreshed, tree, [tree] {
                    if (tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0)
                        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
                }, Qt::SingleShotConnection);
                window.browserPane()->refresh();
            } else if (shown == QLatin1String("course")) {
                tabs->setCurrentWidget(window.courseForm());
                auto *ids = window.courseForm()->findChild<QListWidget *>(QStringLiteral("courseIds"));
                QObject::connect(window.courseForm(), &CourseForm::courseIdsLoaded, ids, [ids] {
                    if (ids->count() > 0)
                        ids->item(0)->setCheckState(Qt::Checked);
                }, Qt::SingleShotConnection);
                window.courseForm()->refreshCourseIds();
            } else if (shown == QLatin1String("overview")) {
                OverviewPage *overview = window.overviewPage();
                // The picture once the figures are drawn (after the courses are listed).
                QObject::connect(overview, &OverviewPage::computed, &window, [&window, file] {
                    QTimer::singleShot(400, &window, [&window, file] { QApplication::exit(window.grab().save(file) ? 0 : 1); });
                }, Qt::SingleShotConnection);
                if (!overviewCourse.isEmpty())
                    overview->showCourse(overviewCourse);
                tabs->setCurrentWidget(overview);
                overview->refreshCourses();
                return;
            }
            QTimer::singleShot(shown.isEmpty() || shown == QLatin1String("import") ? 400 : 1500, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        };
    }
    if (parser.isSet(screenshot))
        window.setAskBeforeReplacing(false); // nobody is there to answer
    if (parser.isSet(importNow))
        whenListed([=] { afterImport(shoot); });
    else if (parser.isSet(screenshot))
        whenListed(shoot);
    return app.exec();
}
