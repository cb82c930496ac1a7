// The Settings dialog on its own, offscreen (no window: UiTestCase::Window::None): the GnuPG
// page lists the secret keys of a home (and the demo dialog then offers an encrypted package),
// and the MongoDB target is chosen, tested and saved without its password. (How the window
// applies settings: tst_mainwindow; fixture: tests/ui/uifixture.h.)
#include "uifixture.h"

#include "appsettings.h"
#include "demodialog.h"
#include "handbookdialog.h"
#include "settingsdialog.h"
#include "throwawaygnupg.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestSettingsDialog : public UiTestCase
{
    Q_OBJECT

public:
    TestSettingsDialog()
        : UiTestCase(Window::None)
    {
    }

private Q_SLOTS:
    void settingsListTheSecretKeys();
    void mongoTargetInSettings();
    void importSecretKeyIntoTheHome();
};

void TestSettingsDialog::settingsListTheSecretKeys()
{
    if (!gpgInstalled())
        QSKIP("gpg is not installed: the GnuPG settings need GnuPG (package gnupg)");
    ThrowawayGnuPG gpg;
    QVERIFY(gpg.addKey(QStringLiteral("Data Czar <czar@example.org>")));
    AppSettings settings;
    settings.gnupgHome = gpg.home();
    settings.anonymize = true;
    SettingsDialog dialog(settings);
    dialog.show();
    auto *keys = dialog.findChild<QTreeWidget *>(QStringLiteral("settingsKeys"));
    QTRY_COMPARE_WITH_TIMEOUT(keys->topLevelItemCount(), 1, 20000);
    QVERIFY(keys->topLevelItem(0)->text(0).contains(QLatin1String("czar@example.org")));
    QCOMPARE(keys->topLevelItem(0)->text(2), QStringLiteral("yes"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsGnupgStatus"))->text().contains(QLatin1String("1 secret key")));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("settingsAnonymize"))->isChecked());
    dialog.findChild<QTabWidget *>(QStringLiteral("settingsPages"))->setCurrentIndex(2); // Decryption
    QVERIFY(keys->isVisible());
    if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        dialog.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("settings.png")));
    // Help opens the handbook at the page's section, above the modal dialog (its child).
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Help));
    buttons->button(QDialogButtonBox::Help)->click();
    auto *handbook = dialog.findChild<HandbookDialog *>();
    QVERIFY(handbook && handbook->isVisible());
    QCOMPARE(handbook->browser()->source().fragment(), QStringLiteral("keys"));
    dialog.findChild<QTabWidget *>(QStringLiteral("settingsPages"))->setCurrentIndex(0); // Target
    buttons->button(QDialogButtonBox::Help)->click();
    QCOMPARE(dialog.findChildren<HandbookDialog *>().size(), 1);
    QCOMPARE(handbook->browser()->source().fragment(), QStringLiteral("mongodb"));
    handbook->close();
    // With a key at hand, the demo dialog offers to deliver the package encrypted, as edX does.
    {
        DemoDialog demo(gpg.home());
        demo.show();
        auto *encrypt = demo.findChild<QComboBox *>(QStringLiteral("demoEncrypt"));
        QTRY_COMPARE_WITH_TIMEOUT(encrypt->count(), 2, 20000);
        QTRY_VERIFY(encrypt->isVisible());
        encrypt->setCurrentIndex(1);
        demo.findChild<QLineEdit *>(QStringLiteral("demoFolder"))->setText(m_dir->filePath(QStringLiteral("encdemo")));
        demo.findChild<QSpinBox *>(QStringLiteral("demoEvents"))->setValue(200);
        if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
            demo.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("demo-encrypted.png")));
        QSignalSpy done(&demo, &QDialog::accepted);
        demo.findChild<QPushButton *>(QStringLiteral("demoCreate"))->click();
        QVERIFY(done.wait(60000));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("encdemo/demox-2016-03-04.zip"))));
        QVERIFY(demo.createdInputs().first().endsWith(QLatin1String(".zip")));
    }
    // Another home without keys says what is needed.
    QTemporaryDir empty(QStringLiteral("/tmp/edxloader-gpg-XXXXXX"));
    auto *home = dialog.findChild<QLineEdit *>(QStringLiteral("settingsGnupgHome"));
    home->setText(empty.path());
    Q_EMIT home->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("settingsGnupgStatus"))->text().contains(QLatin1String("No secret key")), 20000);
    QCOMPARE(keys->topLevelItemCount(), 0);
    QCOMPARE(dialog.settings().gnupgHome, empty.path());
    QProcess kill;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GNUPGHOME"), empty.path());
    kill.setProcessEnvironment(env);
    kill.start(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("all")});
    kill.waitForFinished();
}

void TestSettingsDialog::mongoTargetInSettings()
{
    SettingsDialog dialog(AppSettings{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *mongo = dialog.findChild<QRadioButton *>(QStringLiteral("settingsMongo"));
    auto *uri = dialog.findChild<QLineEdit *>(QStringLiteral("settingsMongoUri"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("settingsMongoPassword"));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("settingsTestConnection"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("settingsTestResult"));
    QVERIFY(mongo && uri && password && test && result);
    QVERIFY(!uri->isEnabled()); // the embedded store is the default
    QVERIFY(!test->isEnabled());
    mongo->setChecked(true);
    QVERIFY(uri->isEnabled());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("settingsDataDirectory"))->isEnabled() == false);
    // A password typed into the connection string moves to the password field.
    uri->setText(QStringLiteral("mongodb://loader:s3cr3t@127.0.0.1:1/?serverSelectionTimeoutMS=1000"));
    QMetaObject::invokeMethod(uri, "editingFinished");
    QCOMPARE(uri->text(), QStringLiteral("mongodb://loader@127.0.0.1:1/?serverSelectionTimeoutMS=1000"));
    QCOMPARE(password->text(), QStringLiteral("s3cr3t"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(test->isEnabled());
    // Test Connection runs on a worker and says what failed; the window stays responsive.
    test->click();
    QVERIFY(!test->isEnabled());
    QVERIFY(result->text().startsWith(QLatin1String("Connecting to 127.0.0.1:1")));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Failed: ")), 10000);
    QVERIFY2(result->text().contains(QLatin1String("No MongoDB server answered at 127.0.0.1:1")), qPrintable(result->text()));
    QVERIFY(test->isEnabled());
    if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        dialog.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("settings-mongodb.png")));
    // Saved without the password; the password is the dialog's to hand to Credentials.
    const AppSettings chosen = dialog.settings();
    QVERIFY(chosen.useMongo);
    QCOMPARE(dialog.mongoPassword(), QStringLiteral("s3cr3t"));
    chosen.save();
    QCOMPARE(AppSettings::load().mongoUri, QStringLiteral("mongodb://loader@127.0.0.1:1/?serverSelectionTimeoutMS=1000"));
    QCOMPARE(AppSettings::load().target(), AppSettings::load().mongoUri);
    // Even a string holding a password is saved without it.
    AppSettings leaky = chosen;
    leaky.mongoUri = QStringLiteral("mongodb://loader:s3cr3t@127.0.0.1:1/");
    leaky.save();
    QCOMPARE(AppSettings::load().mongoUri, QStringLiteral("mongodb://loader@127.0.0.1:1/"));
    QSettings raw(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("EdxLoader"), QStringLiteral("EdxLoader"));
    QFile file(raw.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cr3t"));
    // A string that is not MongoDB's is refused with a message, the dialog stays open.
    uri->setText(QStringLiteral("http://example.org"));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    dialog.accept();
    QVERIFY(dialog.isVisible());
    AppSettings{}.save();
}

// Issue 18 item 2: Settings ▸ Decryption ▸ Import Secret Key… adds a key file (armored here)
// to the GnuPG home through GPGME; a file of public keys only says what is missing.
void TestSettingsDialog::importSecretKeyIntoTheHome()
{
    if (!gpgInstalled())
        QSKIP("gpg is not installed: the GnuPG settings need GnuPG (package gnupg)");
    ThrowawayGnuPG czar;
    QVERIFY(czar.addKey(QStringLiteral("Data Czar <czar@example.org>")));
    QByteArray secret, pub;
    QVERIFY(czar.gpg({QStringLiteral("--armor"), QStringLiteral("--export-secret-keys"), QStringLiteral("czar@example.org")}, &secret));
    QVERIFY(czar.gpg({QStringLiteral("--armor"), QStringLiteral("--export"), QStringLiteral("czar@example.org")}, &pub));
    QVERIFY(secret.contains("PRIVATE KEY"));
    const QString secretFile = m_dir->filePath(QStringLiteral("czar-secret.asc"));
    const QString publicFile = m_dir->filePath(QStringLiteral("czar-public.asc"));
    for (const auto &[path, bytes] : {std::pair{secretFile, secret}, std::pair{publicFile, pub}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    ThrowawayGnuPG empty;
    AppSettings settings;
    settings.gnupgHome = empty.home();
    SettingsDialog dialog(settings);
    dialog.show();
    auto *keys = dialog.findChild<QTreeWidget *>(QStringLiteral("settingsKeys"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("settingsGnupgStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("No secret key")), 20000);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("settingsImportKey")));
    QVERIFY(!dialog.importSecretKey(publicFile));
    QVERIFY2(status->text().contains(QLatin1String("no secret key")), qPrintable(status->text()));
    QVERIFY(dialog.importSecretKey(secretFile));
    QTRY_COMPARE_WITH_TIMEOUT(keys->topLevelItemCount(), 1, 20000);
    QVERIFY(keys->topLevelItem(0)->text(0).contains(QLatin1String("czar@example.org")));
    QVERIFY2(status->text().contains(QLatin1String("imported from czar-secret.asc")), qPrintable(status->text()));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
