#pragma once

// What the GUI tests (tests/ui/tst_<widget>.cpp, one executable per widget class) share: a
// settings folder of their own, a temporary folder per test with a MainWindow shown on its data/
// store, files, drops and demo packages made there, and the store read back as plain values.
#include "demogenerator.h"
#include "documentstore.h"
#include "mainwindow.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace EdxLoader::Testing {

// A store as the assertions read it: plain counts and names. The tests meet the store's API
// here only (DocumentStore's calls and the backends are the fixture's business).
class StoreReader
{
public:
    explicit StoreReader(DocumentStore &store);
    explicit StoreReader(std::shared_ptr<DocumentStore> owned); // null: -1 and empty lists

    qint64 count(const QString &database, const QString &collection, const Filter &filter = {}) const;
    QStringList collections(const QString &database) const;
    QStringList databases() const;

private:
    std::shared_ptr<DocumentStore> m_owned;
    DocumentStore *m_store = nullptr;
};

// The base of every GUI test class: QtTest calls its initTestCase, init and cleanup slots around
// the derived class's test functions. Each test gets default settings, a temporary folder
// (m_dir) and, unless the class asks for none, a MainWindow on m_dir/data, shown (m_window).
class UiTestCase : public QObject
{
    Q_OBJECT

public:
    enum class Window { Shown, None };
    explicit UiTestCase(Window window = Window::Shown);
    ~UiTestCase() override;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    // A one-byte file at relative (its folders made) under the test's folder.
    void touch(const QString &relative);
    // Drags urls onto the import panel and drops them there; false when refused.
    bool drop(const QList<QUrl> &urls);
    // Demo package parameters writing to folder (relative) under the test's folder.
    DemoParams demoParams(const QString &folder, int courses, int days, int eventsPerDay) const;
    // Imports paths straight into the window's store, without the window (data for a panel).
    void importDirectly(const QStringList &paths) const;
    // Writes the demo package p describes and imports it the same way; false when it could not
    // be written.
    bool importDemo(const DemoParams &p) const;
    // Shows the Databases page and waits for its counts; false when they did not come in time.
    bool showDatabasesPage(int timeoutMs = 10000) const;
    // The store the window imports into, and the window's target opened anew (what is on disk).
    StoreReader windowStore() const;
    StoreReader storeOnDisk() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

private:
    Window m_windowMode;
    QTemporaryDir m_settings; // QSettings' user folder: ctest runs these executables in parallel
};

} // namespace EdxLoader::Testing
