#include "uifixture.h"

#include "appsettings.h"
#include "browserpane.h"
#include "importcontroller.h"
#include "importjob.h"
#include "importpanel.h"
#include "localisation.h"
#include "storefactory.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace EdxLoader::Testing {

StoreReader::StoreReader(DocumentStore &store)
    : m_store(&store)
{
}

StoreReader::StoreReader(std::shared_ptr<DocumentStore> owned)
    : m_owned(std::move(owned))
    , m_store(m_owned.get())
{
}

qint64 StoreReader::count(const QString &database, const QString &collection, const Filter &filter) const
{
    if (!m_store)
        return -1;
    const Result<qint64> n = m_store->count(database, collection, filter);
    return n ? *n : -1;
}

QStringList StoreReader::collections(const QString &database) const
{
    return m_store ? m_store->collections(database).value() : QStringList{};
}

QStringList StoreReader::databases() const
{
    return m_store ? m_store->databases().value() : QStringList{};
}

UiTestCase::UiTestCase(Window window)
    : m_windowMode(window)
{
}

UiTestCase::~UiTestCase() = default;

void UiTestCase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // nothing goes to the user's folders
    // The settings file too is this executable's own: the tests save settings and start from the
    // defaults, and ctest runs the GUI test executables side by side.
    QVERIFY(m_settings.isValid());
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, m_settings.path());
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void UiTestCase::init()
{
    AppSettings{}.save(); // every test starts from the defaults
    m_dir = std::make_unique<QTemporaryDir>();
    if (m_windowMode == Window::None)
        return;
    m_window = std::make_unique<MainWindow>(m_dir->filePath(QStringLiteral("data")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void UiTestCase::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void UiTestCase::touch(const QString &relative)
{
    const QString path = m_dir->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
}

bool UiTestCase::drop(const QList<QUrl> &urls)
{
    ImportPanel *panel = m_window->importPanel();
    QMimeData data;
    data.setUrls(urls);
    const QPoint pos = panel->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &dropEvent);
    return dropEvent.isAccepted();
}

DemoParams UiTestCase::demoParams(const QString &folder, int courses, int days, int eventsPerDay) const
{
    DemoParams p;
    p.directory = m_dir->filePath(folder);
    p.courses = courses;
    p.days = days;
    p.eventsPerDay = eventsPerDay;
    return p;
}

void UiTestCase::importDirectly(const QStringList &paths) const
{
    ImportJob job(*m_window->importController()->store(), {});
    for (const ImportTask &t : planImport(paths, {}))
        job.run(t);
}

bool UiTestCase::importDemo(const DemoParams &p) const
{
    const DemoResult demo = DemoGenerator(p).run();
    if (!demo.ok)
        return false;
    importDirectly({demo.packageDir, demo.eventsDir});
    return true;
}

bool UiTestCase::showDatabasesPage(int timeoutMs) const
{
    BrowserPane *pane = m_window->browserPane();
    m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(pane);
    QSignalSpy refreshed(pane, &BrowserPane::refreshed);
    pane->refresh();
    return refreshed.wait(timeoutMs);
}

StoreReader UiTestCase::windowStore() const
{
    return StoreReader(m_window->importController()->store());
}

StoreReader UiTestCase::storeOnDisk() const
{
    auto opened = openStore(StoreTarget::parse(m_dir->filePath(QStringLiteral("data"))));
    if (!opened)
        qWarning("cannot open the test's store: %s", qPrintable(opened.error()));
    return StoreReader(std::shared_ptr<DocumentStore>(std::move(*opened)));
}

} // namespace EdxLoader::Testing
