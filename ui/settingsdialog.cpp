#include "settingsdialog.h"

#include "handbookdialog.h"

#include "credentials.h"
#include "documentstore.h"
#include "storefactory.h"
#include "gnupg.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_embedded(new QRadioButton(tr("&Embedded databases: SQLite files in a folder, nothing to set up"), this))
    , m_mongo(new QRadioButton(tr("&MongoDB: a server, a replica set or a sharded cluster (Atlas too)"), this))
    , m_dataDirectory(new QLineEdit(this))
    , m_inUse(new QLabel(this))
    , m_browseData(new QPushButton(tr("B&rowse…"), this))
    , m_mongoUri(new QLineEdit(this))
    , m_mongoPassword(new QLineEdit(this))
    , m_rememberPassword(new QCheckBox(tr("Remember the password in the system &keychain"), this))
    , m_testConnection(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_parallel(new QSpinBox(this))
    , m_scheme(new QComboBox(this))
    , m_anonymize(new QCheckBox(tr("&Anonymise learners"), this))
    , m_gnupgHome(new QLineEdit(this))
    , m_gnupgStatus(new QLabel(this))
    , m_keys(new QTreeWidget(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_scheme->setObjectName(QStringLiteral("settingsScheme"));
    m_scheme->addItem(tr("McGillX names (user, userprofile, enrollment…)"), QStringLiteral("mcgillx"));
    m_scheme->addItem(tr("edX table names (auth_user, auth_userprofile…)"), QStringLiteral("edx"));
    m_scheme->setCurrentIndex(settings.scheme == CollectionScheme::EdxTable ? 1 : 0);
    m_anonymize->setObjectName(QStringLiteral("settingsAnonymize"));
    m_anonymize->setChecked(settings.anonymize);
    auto *anonymizeHelp = new QLabel(tr("Usernames become their anonymous RIPEMD-160 hash (the Stanford/MOOCdb "
                                        "anon_screen_name, the same in every collection); e-mail addresses, names, "
                                        "mailing addresses and IP addresses are left out."),
                                     this);
    anonymizeHelp->setWordWrap(true);
    anonymizeHelp->setForegroundRole(QPalette::PlaceholderText);
    // Where the data go.
    auto *targetBox = new QGroupBox(tr("Where the data go"), this);
    m_embedded->setObjectName(QStringLiteral("settingsEmbedded"));
    m_mongo->setObjectName(QStringLiteral("settingsMongo"));
    (settings.useMongo ? m_mongo : m_embedded)->setChecked(true);
    m_dataDirectory->setObjectName(QStringLiteral("settingsDataDirectory"));
    m_dataDirectory->setText(settings.dataDirectory);
    m_dataDirectory->setPlaceholderText(tr("Default: %1").arg(QDir::toNativeSeparators(defaultEmbeddedDirectory())));
    connect(m_browseData, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the Embedded Databases"),
                                                              m_dataDirectory->text());
        if (!dir.isEmpty())
            m_dataDirectory->setText(dir);
    });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDirectory, 1);
    dataRow->addWidget(m_browseData);
    auto *dataLabel = new QLabel(tr("&Folder:"), this);
    dataLabel->setBuddy(m_dataDirectory);
    m_mongoUri->setObjectName(QStringLiteral("settingsMongoUri"));
    m_mongoUri->setText(settings.mongoUri);
    m_mongoUri->setPlaceholderText(tr("mongodb://host:27017/ or mongodb+srv://cluster.example.net/"));
    m_mongoUri->setToolTip(tr("Options go after ?: replicaSet=rs0, tls=true, authSource=admin, w=majority…"));
    connect(m_mongoUri, &QLineEdit::editingFinished, this, &SettingsDialog::takePasswordOutOfUri);
    connect(m_mongoUri, &QLineEdit::textChanged, this, &SettingsDialog::updateTarget);
    auto *uriLabel = new QLabel(tr("Connection &string:"), this);
    uriLabel->setBuddy(m_mongoUri);
    m_mongoPassword->setObjectName(QStringLiteral("settingsMongoPassword"));
    m_mongoPassword->setEchoMode(QLineEdit::Password);
    m_mongoPassword->setPlaceholderText(tr("Only when the connection string names a user"));
    if (StoreTarget::namesMongo(settings.mongoUri))
        m_mongoPassword->setText(Credentials::load(Credentials::keyFor(settings.mongoUri)));
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_mongoPassword);
    m_rememberPassword->setObjectName(QStringLiteral("settingsRememberPassword"));
    m_rememberPassword->setVisible(Credentials::keychainAvailable());
    m_testConnection->setObjectName(QStringLiteral("settingsTestConnection"));
    connect(m_testConnection, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_testResult->setObjectName(QStringLiteral("settingsTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testConnection, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    auto *passwordNote = new QLabel(Credentials::keychainAvailable()
                                        ? tr("The password is never written in the settings: it is kept in the "
                                             "keychain when asked, otherwise asked once each time EdxLoader starts.")
                                        : tr("The password is never written in the settings: it is asked once each "
                                             "time EdxLoader starts."),
                                    this);
    passwordNote->setWordWrap(true);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);
    auto *targetForm = new QFormLayout(targetBox);
    m_inUse->setObjectName(QStringLiteral("settingsTargetInUse"));
    m_inUse->setWordWrap(true);
    m_inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inUse->hide();
    targetForm->addRow(m_inUse);
    targetForm->addRow(m_embedded);
    targetForm->addRow(dataLabel, dataRow);
    targetForm->addRow(m_mongo);
    targetForm->addRow(uriLabel, m_mongoUri);
    targetForm->addRow(passwordLabel, m_mongoPassword);
    targetForm->addRow(QString(), m_rememberPassword);
    targetForm->addRow(QString(), testRow);
    targetForm->addRow(passwordNote);
    auto *targetNote = new QLabel(tr("A new target applies at once (after an import or a course build in progress "
                                     "has ended)."),
                                  this);
    targetNote->setWordWrap(true);
    targetForm->addRow(targetNote);
    connect(m_embedded, &QRadioButton::toggled, this, &SettingsDialog::updateTarget);

    auto *importBox = new QGroupBox(tr("How files are imported"), this);
    m_parallel->setObjectName(QStringLiteral("settingsParallel"));
    m_parallel->setRange(0, 16);
    m_parallel->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    m_parallel->setValue(settings.parallelJobs);
    auto *importForm = new QFormLayout(importBox);
    importForm->addRow(tr("&Files imported at once:"), m_parallel);
    importForm->addRow(tr("&Collection names:"), m_scheme);
    importForm->addRow(m_anonymize);
    importForm->addRow(anonymizeHelp);

    auto *gnupgBox = new QGroupBox(tr("GnuPG keys for the .gpg files"), this);
    m_gnupgHome->setObjectName(QStringLiteral("settingsGnupgHome"));
    m_gnupgHome->setText(settings.gnupgHome);
    const QString fallback = qEnvironmentVariable("GNUPGHOME", QDir::home().filePath(QStringLiteral(".gnupg")));
    m_gnupgHome->setPlaceholderText(tr("Default: %1").arg(QDir::toNativeSeparators(fallback)));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseHome);
    auto *homeRow = new QHBoxLayout;
    homeRow->addWidget(m_gnupgHome, 1);
    homeRow->addWidget(browse);
    m_keys->setObjectName(QStringLiteral("settingsKeys"));
    m_keys->setHeaderLabels({tr("Secret key"), tr("Key ID"), tr("Decrypts")});
    m_keys->setRootIsDecorated(false);
    m_keys->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_keys->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_keys->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_keys->header()->setStretchLastSection(false);
    m_keys->setMinimumHeight(110);
    m_gnupgStatus->setObjectName(QStringLiteral("settingsGnupgStatus"));
    m_gnupgStatus->setWordWrap(true);
    auto *gnupgLayout = new QVBoxLayout(gnupgBox);
    auto *homeForm = new QFormLayout;
    auto *homeLabel = new QLabel(tr("GnuPG &home:"), this);
    homeLabel->setBuddy(m_gnupgHome);
    homeForm->addRow(homeLabel, homeRow);
    gnupgLayout->addLayout(homeForm);
    gnupgLayout->addWidget(m_keys);
    auto *importKey = new QPushButton(tr("&Import Secret Key…"), this);
    importKey->setObjectName(QStringLiteral("settingsImportKey"));
    importKey->setToolTip(tr("Add your organisation's secret key (a .asc, .gpg or .key file exported from GnuPG) to "
                             "this GnuPG home"));
    connect(importKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a Secret Key"), QDir::homePath(),
                                                          tr("Key files (*.asc *.gpg *.key *.pgp *.sec);;All files (*)"));
        if (!path.isEmpty())
            importSecretKey(path);
    });
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(importKey);
    keyButtons->addStretch(1);
    gnupgLayout->addLayout(keyButtons);
    gnupgLayout->addWidget(m_gnupgStatus);
    connect(m_gnupgHome, &QLineEdit::editingFinished, this, &SettingsDialog::refreshKeys);

    auto *uiBox = new QGroupBox(tr("Language"), this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    auto *uiForm = new QFormLayout(uiBox);
    uiForm->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Help, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // One page per subject: the whole dialog fits a laptop screen.
    auto *pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("settingsPages"));
    auto page = [pages](QWidget *box, const QString &title, bool grows) {
        auto *w = new QWidget(pages);
        auto *l = new QVBoxLayout(w);
        l->addWidget(box, grows ? 1 : 0);
        if (!grows)
            l->addStretch(1);
        pages->addTab(w, title);
    };
    page(targetBox, tr("Tar&get"), false);
    page(importBox, tr("Import &Options"), false);
    page(gnupgBox, tr("&Decryption"), true);
    page(uiBox, tr("I&nterface"), false);
    // Help: the handbook's section of the page shown (the target's, the keys', importing).
    connect(buttons, &QDialogButtonBox::helpRequested, this, [this, pages, targetBox, gnupgBox] {
        const QWidget *shown = pages->currentWidget();
        const QString section = shown->isAncestorOf(targetBox) ? QStringLiteral("mongodb")
                                : shown->isAncestorOf(gnupgBox) ? QStringLiteral("keys")
                                                                : QStringLiteral("import");
        HandbookDialog::showFor(this, section);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages, 1);
    layout->addWidget(buttons);
    resize(700, 540);
    updateTarget();
    refreshKeys();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.scheme = m_scheme->currentData().toString() == QLatin1String("edx") ? CollectionScheme::EdxTable
                                                                          : CollectionScheme::McGillX;
    s.anonymize = m_anonymize->isChecked();
    s.gnupgHome = m_gnupgHome->text().trimmed();
    s.language = m_language->currentData().toString();
    s.dataDirectory = m_dataDirectory->text().trimmed();
    s.useMongo = m_mongo->isChecked();
    s.mongoUri = m_mongoUri->text().trimmed();
    s.parallelJobs = m_parallel->value();
    return s;
}

QString SettingsDialog::mongoPassword() const
{
    return m_mongoPassword->text();
}

bool SettingsDialog::rememberPassword() const
{
    // (isHidden: once the dialog has closed, nothing in it is "visible")
    return Credentials::keychainAvailable() && !m_rememberPassword->isHidden() && m_rememberPassword->isChecked();
}

void SettingsDialog::accept()
{
    takePasswordOutOfUri();
    if (m_mongo->isChecked()) {
        const QString uri = m_mongoUri->text().trimmed();
        const MongoTarget t = StoreTarget::parse(uri).mongo;
        if (!StoreTarget::namesMongo(uri) || !t.valid) {
            QMessageBox::warning(this, tr("Settings"),
                                 StoreTarget::namesMongo(uri) ? t.error
                                                    : tr("A MongoDB connection string starts with mongodb:// or "
                                                         "mongodb+srv://."));
            m_mongoUri->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void SettingsDialog::updateTarget()
{
    const bool mongo = m_mongo->isChecked();
    m_dataDirectory->setEnabled(!mongo);
    m_browseData->setEnabled(!mongo);
    m_mongoUri->setEnabled(mongo);
    const MongoTarget t = StoreTarget::parse(m_mongoUri->text().trimmed()).mongo;
    const bool user = mongo && t.valid && !t.username.isEmpty();
    m_mongoPassword->setEnabled(user || (mongo && !m_mongoPassword->text().isEmpty()));
    m_rememberPassword->setEnabled(user);
    m_testConnection->setEnabled(!m_testing && mongo && StoreTarget::namesMongo(m_mongoUri->text().trimmed()));
}

// A password typed in the connection string moves to the password field: the string is saved
// in the settings, the password never is.
void SettingsDialog::takePasswordOutOfUri()
{
    const MongoTarget t = StoreTarget::parse(m_mongoUri->text().trimmed()).mongo;
    if (!t.valid || !t.hasPassword)
        return;
    m_mongoPassword->setText(t.password);
    m_mongoUri->setText(t.withoutPassword);
    m_testResult->setText(tr("The password was moved out of the connection string: it is not saved with it."));
}

// Connects on a worker (an unreachable server takes a few seconds to give up) and says what
// answered: version and shape of the deployment, or what failed.
void SettingsDialog::testConnection()
{
    takePasswordOutOfUri();
    const QString uri = m_mongoUri->text().trimmed();
    const QString password = m_mongoPassword->text();
    m_testing = true;
    m_testConnection->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(StoreTarget::parse(uri).mongo.hosts));
    struct Outcome
    {
        bool ok = false;
        MongoServerInfo info;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        m_testing = false;
        updateTarget();
        m_testResult->setText(o.ok ? tr("Connected: MongoDB %1, %2.").arg(o.info.version, o.info.topology)
                                   : tr("Failed: %1").arg(o.error));
    });
    watcher->setFuture(QtConcurrent::run([uri, password] {
        Outcome o;
        const Result<MongoServerInfo> answered = EdxLoader::testConnection(StoreTarget::parse(uri), password);
        o.ok = answered.ok();
        o.info = *answered;
        o.error = answered.error();
        return o;
    }));
}

void SettingsDialog::setTargetInUse(const QString &description)
{
    m_inUse->setText(tr("In use now: %1").arg(description));
    m_inUse->setVisible(!description.isEmpty());
}

bool SettingsDialog::importSecretKey(const QString &path)
{
    GnuPGOptions options;
    options.home = m_gnupgHome->text().trimmed();
    if (!options.home.isEmpty() && !QDir().mkpath(options.home)) {
        m_gnupgStatus->setText(tr("Cannot create the GnuPG home %1").arg(QDir::toNativeSeparators(options.home)));
        return false;
    }
    // A protected key asks its passphrase here, once.
    options.passphrase = [this](const QString &key, bool previousWasBad) -> std::optional<QByteArray> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Passphrase"),
                                                   (previousWasBad ? tr("That passphrase was wrong. ") : QString())
                                                       + tr("Enter the passphrase of the key\n%1\nto import it.").arg(key),
                                                   QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text.toUtf8();
    };
    QString error;
    const int imported = GnuPG::importKeys(path, options, &error);
    if (imported < 0) {
        m_gnupgStatus->setText(error);
        return false;
    }
    m_importedNote = tr("%n secret key(s) imported from %1.", nullptr, imported).arg(QFileInfo(path).fileName());
    refreshKeys();
    return true;
}

void SettingsDialog::browseHome()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("GnuPG Home"), m_gnupgHome->text());
    if (dir.isEmpty())
        return;
    m_gnupgHome->setText(dir);
    refreshKeys();
}

// The keys are listed by gpg on a worker thread: the dialog stays responsive meanwhile.
void SettingsDialog::refreshKeys()
{
    m_keys->clear();
    m_gnupgStatus->setText(tr("Looking for secret keys…"));
    struct Listing
    {
        QList<SecretKey> keys;
        QString error;
        QString version;
    };
    GnuPGOptions options;
    options.home = m_gnupgHome->text().trimmed();
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, home = options.home] {
        watcher->deleteLater();
        if (m_gnupgHome->text().trimmed() != home)
            return; // an older listing
        const Listing l = watcher->result();
        for (const SecretKey &k : l.keys) {
            auto *item = new QTreeWidgetItem(m_keys, {k.userId, k.keyId, k.canEncrypt ? tr("yes") : tr("no")});
            item->setToolTip(0, tr("Fingerprint %1").arg(k.fingerprint));
            item->setToolTip(1, tr("Subkeys: %1").arg(k.subkeyIds.join(QStringLiteral(", "))));
        }
        if (!l.error.isEmpty())
            m_gnupgStatus->setText(l.error);
        else if (l.keys.isEmpty())
            m_gnupgStatus->setText(tr("No secret key here: edX files are encrypted to your organisation's key, which "
                                      "must be in this GnuPG home to import them."));
        else
            m_gnupgStatus->setText((m_importedNote.isEmpty() ? QString() : m_importedNote + QLatin1Char(' '))
                                   + tr("GnuPG %1: %n secret key(s). Passphrases are asked when a file needs them, "
                                        "and never stored by EdxLoader.",
                                        nullptr, int(l.keys.size()))
                                         .arg(l.version));
        m_importedNote.clear();
    });
    watcher->setFuture(QtConcurrent::run([options] {
        Listing l;
        l.keys = GnuPG::secretKeys(options, &l.error);
        l.version = GnuPG::engineVersion();
        return l;
    }));
}

} // namespace EdxLoader
