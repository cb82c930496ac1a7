#include "settingsdialog.h"

#include "documentstore.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_dataDirectory(new QLineEdit(this))
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

    auto *importBox = new QGroupBox(tr("Import"), this);
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
    m_dataDirectory->setObjectName(QStringLiteral("settingsDataDirectory"));
    m_dataDirectory->setText(settings.dataDirectory);
    m_dataDirectory->setPlaceholderText(tr("Default: %1").arg(QDir::toNativeSeparators(defaultEmbeddedDirectory())));
    auto *browseData = new QPushButton(tr("B&rowse…"), this);
    connect(browseData, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the Embedded Databases"),
                                                              m_dataDirectory->text());
        if (!dir.isEmpty())
            m_dataDirectory->setText(dir);
    });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDirectory, 1);
    dataRow->addWidget(browseData);
    auto *dataLabel = new QLabel(tr("&Target folder:"), this);
    dataLabel->setBuddy(m_dataDirectory);
    m_parallel->setObjectName(QStringLiteral("settingsParallel"));
    m_parallel->setRange(0, 16);
    m_parallel->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    m_parallel->setValue(settings.parallelJobs);
    auto *importForm = new QFormLayout(importBox);
    importForm->addRow(dataLabel, dataRow);
    importForm->addRow(new QLabel(tr("The embedded databases: one SQLite file per course. A new folder applies the "
                                     "next time EdxLoader starts."), this));
    importForm->addRow(tr("&Files imported at once:"), m_parallel);
    importForm->addRow(tr("&Collection names:"), m_scheme);
    importForm->addRow(m_anonymize);
    importForm->addRow(anonymizeHelp);

    auto *gnupgBox = new QGroupBox(tr("Decryption (GnuPG)"), this);
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
    gnupgLayout->addWidget(m_gnupgStatus);
    connect(m_gnupgHome, &QLineEdit::editingFinished, this, &SettingsDialog::refreshKeys);

    auto *uiBox = new QGroupBox(tr("Interface"), this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    auto *uiForm = new QFormLayout(uiBox);
    uiForm->addRow(tr("&Language:"), m_language);
    uiForm->addRow(new QLabel(tr("A new language applies the next time EdxLoader starts."), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(importBox);
    layout->addWidget(gnupgBox, 1);
    layout->addWidget(uiBox);
    layout->addWidget(buttons);
    resize(640, 640);
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
    s.parallelJobs = m_parallel->value();
    return s;
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
            m_gnupgStatus->setText(tr("GnuPG %1: %n secret key(s). Passphrases are asked when a file needs them, and "
                                      "never stored by EdxLoader.",
                                      nullptr, int(l.keys.size()))
                                       .arg(l.version));
    });
    watcher->setFuture(QtConcurrent::run([options] {
        Listing l;
        l.keys = GnuPG::secretKeys(options, &l.error);
        l.version = GnuPG::engineVersion();
        return l;
    }));
}

} // namespace EdxLoader
