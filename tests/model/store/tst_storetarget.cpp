// One rule for the target a user names (issue 16): the window, the command line and the settings
// all parse it with StoreTarget::parse, and an empty "sqlite:" means the default folder in each.
#include "importcontroller.h"
#include "importlistmodel.h"
#include "storefactory.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace EdxLoader;

class TestStoreTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parse_data();
    void parse();
    void emptySqliteIsTheDefaultFolderEverywhere();
    void mongoStringsAreCheckedWithoutConnecting();
};

void TestStoreTarget::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mongo");
    QTest::addColumn<QString>("directory"); // for the embedded store; "<default>" for the default folder
    QTest::newRow("empty") << QString() << false << QStringLiteral("<default>");
    QTest::newRow("sqlite: alone") << QStringLiteral("sqlite:") << false << QStringLiteral("<default>");
    QTest::newRow("sqlite:DIR") << QStringLiteral("sqlite:/srv/edx") << false << QStringLiteral("/srv/edx");
    QTest::newRow("plain folder") << QStringLiteral("/srv/edx") << false << QStringLiteral("/srv/edx");
    QTest::newRow("relative folder") << QStringLiteral("data/edx") << false << QStringLiteral("data/edx");
    QTest::newRow("folder named like a scheme") << QStringLiteral("/tmp/mongodb://x") << false
                                                << QStringLiteral("/tmp/mongodb://x");
    QTest::newRow("mongodb") << QStringLiteral("mongodb://db.example.org:27017/") << true << QString();
    QTest::newRow("mongodb+srv") << QStringLiteral("mongodb+srv://cluster0.example.net/") << true << QString();
}

void TestStoreTarget::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, mongo);
    QFETCH(QString, directory);
    const StoreTarget t = StoreTarget::parse(text);
    QCOMPARE(t.text, text);
    QCOMPARE(t.isMongo(), mongo);
    QCOMPARE(StoreTarget::namesMongo(text), mongo);
    if (!mongo) {
        QVERIFY(t.isValid());
        QCOMPARE(t.directory, directory == QLatin1String("<default>") ? defaultEmbeddedDirectory() : directory);
        QVERIFY(t.displayName().contains(QDir::toNativeSeparators(t.directory)));
    } else {
        QVERIFY(t.directory.isEmpty());
    }
}

// The window (its import controller) and the command line (openStore, as edxloader-cli's
// --target) open the same folder for "sqlite:" and for nothing at all: the default one.
void TestStoreTarget::emptySqliteIsTheDefaultFolderEverywhere()
{
    const QString expected = QDir(defaultEmbeddedDirectory()).absolutePath();
    for (const QString &text : {QStringLiteral("sqlite:"), QString()}) {
        const auto opened = openStore(StoreTarget::parse(text));
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY2((*opened)->description().contains(QDir::toNativeSeparators(expected)),
                 qPrintable((*opened)->description()));
        ImportListModel model;
        ImportController controller(&model, text, QString());
        QCOMPARE(controller.store()->description(), (*opened)->description());
    }
}

void TestStoreTarget::mongoStringsAreCheckedWithoutConnecting()
{
    const StoreTarget good = StoreTarget::parse(QStringLiteral("mongodb://ana:secret@db.example.org:27017/?replicaSet=rs0"));
    QVERIFY(good.isValid());
    QCOMPARE(good.mongo.username, QStringLiteral("ana"));
    QVERIFY(good.mongo.hasPassword);
    QVERIFY(!good.displayName().contains(QLatin1String("secret")));
    QVERIFY(good.displayName().contains(QLatin1String("rs0")));
    const StoreTarget bad = StoreTarget::parse(QStringLiteral("mongodb://"));
    QVERIFY(bad.isMongo());
    QVERIFY(!bad.isValid());
    QVERIFY(!bad.error().isEmpty());
    // The window opens it anyway (to say what is wrong); the command line refuses it at once.
    const auto now = openStore(bad);
    QVERIFY(!now);
    QVERIFY(!now.error().isEmpty());
    const auto later = openStore(bad, {}, Connect::OnFirstUse);
    QVERIFY(later);
    const Result<QStringList> listed = (*later)->databases();
    QVERIFY(!listed);
    QCOMPARE(listed.error(), (*later)->ping().error());
}

QTEST_MAIN(TestStoreTarget)
#include "tst_storetarget.moc"
