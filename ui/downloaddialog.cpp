#include "downloaddialog.h"

#include "credentials.h"
#include "documentstore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

namespace {

constexpr int kFileRole = Qt::UserRole; // index into the listing's files

QString secretKey(const QString &keyId)
{
    return QStringLiteral("s3:") + keyId; // (Credentials: the keychain entry of this key id)
}

} // namespace

DownloadDialog::DownloadDialog(std::shared_ptr<DocumentStore> store, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(store))
{
    setObjectName(QStringLiteral("downloadDialog"));
    m_pool.setMaxThreadCount(1);
    const auto line = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };

    // Who and where.
    m_account = new QGroupBox(this);
    m_keyId = line("downloadKeyId");
    m_secret = line("downloadSecret");
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);
    m_remember->setEnabled(Credentials::keychainAvailable());
    m_org = line("downloadOrg");
    m_edx = new QCheckBox(QStringLiteral("edx"), this);
    m_edge = new QCheckBox(QStringLiteral("edge"), this);
    m_folder = line("downloadFolder");
    m_browse = new QPushButton(this);
    auto *sites = new QHBoxLayout;
    sites->addWidget(m_edx);
    sites->addWidget(m_edge);
    sites->addStretch();
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *secretRow = new QVBoxLayout;
    secretRow->addWidget(m_secret);
    secretRow->addWidget(m_remember);
    auto *form = new QFormLayout(m_account);
    m_keyIdLabel = new QLabel(this);
    m_secretLabel = new QLabel(this);
    m_orgLabel = new QLabel(this);
    m_sitesLabel = new QLabel(this);
    m_folderLabel = new QLabel(this);
    form->addRow(m_keyIdLabel, m_keyId);
    form->addRow(m_secretLabel, secretRow);
    form->addRow(m_orgLabel, m_org);
    form->addRow(m_sitesLabel, sites);
    form->addRow(m_folderLabel, folderRow);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new QGroupBox(this);
    m_advanced->setVisible(false);
    m_packagesBucket = line("downloadPackagesBucket");
    m_logsBucket = line("downloadLogsBucket");
    m_region = line("downloadRegion");
    m_endpoint = line("downloadEndpoint");
    m_packagesBucketLabel = new QLabel(this);
    m_logsBucketLabel = new QLabel(this);
    m_regionLabel = new QLabel(this);
    m_endpointLabel = new QLabel(this);
    auto *advanced = new QFormLayout(m_advanced);
    advanced->addRow(m_packagesBucketLabel, m_packagesBucket);
    advanced->addRow(m_logsBucketLabel, m_logsBucket);
    advanced->addRow(m_regionLabel, m_region);
    advanced->addRow(m_endpointLabel, m_endpoint);
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("downloadConnect"));
    m_connect->setDefault(true);
    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_advancedToggle);
    connectRow->addStretch();
    connectRow->addWidget(m_connect);

    // What.
    m_choice = new QGroupBox(this);
    m_whatLabel = new QLabel(this);
    m_packages = new QCheckBox(this);
    m_logs = new QCheckBox(this);
    m_packages->setChecked(true);
    m_logs->setChecked(true);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *filter = new QHBoxLayout;
    filter->addWidget(m_whatLabel);
    filter->addWidget(m_packages);
    filter->addWidget(m_logs);
    filter->addSpacing(16);
    filter->addWidget(m_fromLabel);
    filter->addWidget(m_from);
    filter->addWidget(m_toLabel);
    filter->addWidget(m_to);
    filter->addStretch();
    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("downloadFiles"));
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->setUniformRowHeights(true);
    m_files->setColumnCount(4);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_files->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *choice = new QVBoxLayout(m_choice);
    choice->addLayout(filter);
    choice->addWidget(m_files, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileProgress = new QProgressBar(this);
    m_overallProgress = new QProgressBar(this);
    for (QProgressBar *bar : {m_fileProgress, m_overallProgress}) {
        bar->setRange(0, 1000);
        bar->setVisible(false);
    }
    m_download = new QPushButton(this);
    m_download->setObjectName(QStringLiteral("downloadStart"));
    m_downloadImport = new QPushButton(this);
    m_downloadImport->setObjectName(QStringLiteral("downloadAndImport"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_download, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_downloadImport, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_account);
    layout->addLayout(connectRow);
    layout->addWidget(m_advanced);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_fileProgress);
    layout->addWidget(m_overallProgress);
    layout->addWidget(m_buttons);
    resize(820, 640);

    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_advanced->setVisible(shown);
        m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    m_advancedToggle->setArrowType(Qt::RightArrow);
    connect(m_connect, &QPushButton::clicked, this, &DownloadDialog::connectToEdx);
    connect(m_browse, &QPushButton::clicked, this, &DownloadDialog::browse);
    connect(m_download, &QPushButton::clicked, this, [this] { download(false); });
    connect(m_downloadImport, &QPushButton::clicked, this, [this] { download(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, &DownloadDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DownloadDialog::reject);
    connect(&m_listing, &QFutureWatcherBase::finished, this, &DownloadDialog::showListing);
    connect(&m_downloading, &QFutureWatcherBase::finished, this, &DownloadDialog::downloaded);
    for (QCheckBox *box : {m_packages, m_logs})
        connect(box, &QCheckBox::toggled, this, &DownloadDialog::updateChecks);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &DownloadDialog::updateChecks);
    connect(m_files, &QTreeWidget::itemChanged, this, &DownloadDialog::updateButtons);
    load();
    retranslateUi();
    updateButtons();
}

DownloadDialog::~DownloadDialog()
{
    m_cancel->store(true);
    m_downloading.waitForFinished(); // (its progress is posted to this dialog)
}

QLineEdit *DownloadDialog::field(const char *name) const
{
    return findChild<QLineEdit *>(QString::fromLatin1(name));
}

void DownloadDialog::retranslateUi()
{
    setWindowTitle(tr("Download from edX"));
    m_account->setTitle(tr("Your edX research data access"));
    m_keyIdLabel->setText(tr("Access &key ID:"));
    m_keyIdLabel->setBuddy(m_keyId);
    m_keyId->setPlaceholderText(tr("AKIA…, from the file edX sent your data czar"));
    m_secretLabel->setText(tr("&Secret access key:"));
    m_secretLabel->setBuddy(m_secret);
    m_remember->setText(Credentials::keychainAvailable() ? tr("Remember it in the desktop's keychain")
                                                         : tr("Remember it (needs a desktop keychain, not found)"));
    m_orgLabel->setText(tr("&Organisation:"));
    m_orgLabel->setBuddy(m_org);
    m_org->setPlaceholderText(tr("as edX names it, e.g. mcgillx"));
    m_sitesLabel->setText(tr("Sites:"));
    m_edx->setToolTip(tr("Logs of courses on edx.org"));
    m_edge->setToolTip(tr("Logs of courses on edge.edx.org"));
    m_folderLabel->setText(tr("Download &folder:"));
    m_folderLabel->setBuddy(m_folder);
    m_browse->setText(tr("&Browse…"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advanced->setTitle(tr("Advanced"));
    m_packagesBucketLabel->setText(tr("Packages bucket:"));
    m_logsBucketLabel->setText(tr("Logs bucket:"));
    m_regionLabel->setText(tr("Region:"));
    m_endpointLabel->setText(tr("Endpoint URL:"));
    m_endpoint->setPlaceholderText(tr("empty: Amazon S3; else an S3-compatible server's URL"));
    m_connect->setText(tr("&Connect"));
    m_connect->setToolTip(tr("List what edX holds for your organisation (nothing is downloaded yet)"));
    m_choice->setTitle(tr("Files"));
    m_whatLabel->setText(tr("Show:"));
    m_packages->setText(tr("Weekly packages"));
    m_logs->setText(tr("Daily logs"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_files->setHeaderLabels({tr("File"), tr("Date"), tr("Size"), tr("State")});
    m_download->setText(tr("&Download"));
    m_downloadImport->setText(tr("Download and &Import"));
    m_cancelButton->setText(tr("Cancel"));
    if (!m_shown.remote.lookedAt.isEmpty())
        showListing();
}

void DownloadDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DownloadDialog::reject()
{
    cancel();
    m_downloading.waitForFinished();
    save();
    QDialog::reject();
}

void DownloadDialog::load()
{
    QSettings s;
    s.beginGroup(QStringLiteral("download"));
    m_keyId->setText(s.value(QStringLiteral("keyId")).toString());
    m_org->setText(s.value(QStringLiteral("org")).toString());
    const QStringList sites = s.value(QStringLiteral("sites"), QStringList{QStringLiteral("edx")}).toStringList();
    m_edx->setChecked(sites.contains(QStringLiteral("edx")));
    m_edge->setChecked(sites.contains(QStringLiteral("edge")));
    m_folder->setText(s.value(QStringLiteral("folder"), QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                                            .filePath(QStringLiteral("edx-data")))
                          .toString());
    const FetchOptions defaults;
    m_packagesBucket->setText(s.value(QStringLiteral("packagesBucket"), defaults.packagesBucket).toString());
    m_logsBucket->setText(s.value(QStringLiteral("logsBucket"), defaults.logsBucket).toString());
    m_region->setText(s.value(QStringLiteral("region"), S3Config().region).toString());
    m_endpoint->setText(s.value(QStringLiteral("endpoint")).toString());
    m_advancedToggle->setChecked(!m_endpoint->text().isEmpty());
    // The secret: from this session, else from the keychain when the user asked to keep it there.
    m_remember->setChecked(s.value(QStringLiteral("remember"), false).toBool() && Credentials::keychainAvailable());
    if (!m_keyId->text().isEmpty())
        m_secret->setText(Credentials::load(secretKey(m_keyId->text())));
}

void DownloadDialog::save()
{
    // Everything but the secret, which goes to the keychain (or the session) only.
    QSettings s;
    s.beginGroup(QStringLiteral("download"));
    s.setValue(QStringLiteral("keyId"), m_keyId->text().trimmed());
    s.setValue(QStringLiteral("org"), m_org->text().trimmed());
    QStringList sites;
    if (m_edx->isChecked())
        sites << QStringLiteral("edx");
    if (m_edge->isChecked())
        sites << QStringLiteral("edge");
    s.setValue(QStringLiteral("sites"), sites);
    s.setValue(QStringLiteral("folder"), m_folder->text().trimmed());
    s.setValue(QStringLiteral("packagesBucket"), m_packagesBucket->text().trimmed());
    s.setValue(QStringLiteral("logsBucket"), m_logsBucket->text().trimmed());
    s.setValue(QStringLiteral("region"), m_region->text().trimmed());
    s.setValue(QStringLiteral("endpoint"), m_endpoint->text().trimmed());
    s.setValue(QStringLiteral("remember"), m_remember->isChecked());
}

FetchOptions DownloadDialog::options() const
{
    FetchOptions o;
    o.org = m_org->text().trimmed();
    o.sites.clear();
    if (m_edx->isChecked())
        o.sites << QStringLiteral("edx");
    if (m_edge->isChecked())
        o.sites << QStringLiteral("edge");
    o.packagesBucket = m_packagesBucket->text().trimmed();
    o.logsBucket = m_logsBucket->text().trimmed();
    return o; // every date: the dates choose what is ticked
}

S3Config DownloadDialog::config() const
{
    S3Config c;
    c.accessKeyId = m_keyId->text().trimmed();
    c.secretAccessKey = m_secret->text();
    c.region = m_region->text().trimmed().isEmpty() ? S3Config().region : m_region->text().trimmed();
    c.endpoint = m_endpoint->text().trimmed();
    return c;
}

void DownloadDialog::connectToEdx()
{
    QStringList missing;
    if (m_keyId->text().trimmed().isEmpty())
        missing << tr("the access key ID");
    if (m_secret->text().isEmpty())
        missing << tr("the secret access key");
    if (m_org->text().trimmed().isEmpty())
        missing << tr("the organisation");
    if (!m_edx->isChecked() && !m_edge->isChecked())
        missing << tr("a site");
    if (m_folder->text().trimmed().isEmpty())
        missing << tr("the download folder");
    if (!missing.isEmpty()) {
        m_status->setText(tr("Give %1 first.").arg(QLocale().createSeparatedList(missing)));
        Q_EMIT listed(false);
        return;
    }
    m_connect->setEnabled(false); // (before the keychain, which may take a few seconds)
    // The secret: for the session, and in the keychain only when asked; taken out of it when
    // the box was unticked.
    QSettings settings;
    const bool wasRemembered = settings.value(QStringLiteral("download/remember"), false).toBool();
    const QString key = secretKey(m_keyId->text().trimmed());
    m_keychainProblem.clear();
    QString keychainError;
    if (!Credentials::store(key, m_secret->text(), m_remember->isChecked(), &keychainError))
        m_keychainProblem = tr("The secret could not be kept in the keychain (%1); it is kept for this session only.").arg(keychainError);
    else if (!m_remember->isChecked() && wasRemembered && !Credentials::forget(key, &keychainError))
        m_keychainProblem = tr("The secret could not be taken out of the keychain: %1").arg(keychainError);
    save();
    m_files->clear();
    m_status->setText(tr("Listing what %1 holds for %2…").arg(config().serverName(), options().org));
    m_listing.setFuture(QtConcurrent::run(guarded([client = S3Client(config()), o = options(), folder = m_folder->text().trimmed(),
                                                   store = m_context.store(), closing = m_context.closing()]() -> Result<Listing> {
        Listing l;
        l.config = client.config();
        const Result<RemoteListing> remote = EdxFetch::list(client, o, closing.get());
        if (!remote)
            return failure(remote.error());
        l.remote = *remote;
        l.folder = folder;
        // (The ledgers only say which files are imported already: a target that cannot be read
        // does not stop the download, and the dialog says so.)
        if (const Result<EdxFetch::ImportedFiles> imported = EdxFetch::importedFiles(*store, closing.get()))
            l.imported = *imported;
        else
            l.ledgersUnread = imported.error();
        return l;
    })));
}

void DownloadDialog::showListing()
{
    m_connect->setEnabled(true);
    if (sender() == &m_listing) {
        const Result<Listing> result = m_listing.result();
        if (!result) {
            m_status->setText(tr("%1\nNothing was downloaded.").arg(result.error())
                              + (m_keychainProblem.isEmpty() ? QString() : QLatin1Char('\n') + m_keychainProblem));
            Q_EMIT listed(false);
            return;
        }
        m_shown = *result;
    }
    const RemoteListing &l = m_shown.remote;
    const QSignalBlocker blocker(m_files);
    m_files->clear();
    QDate newestHere, first, last;
    for (qsizetype i = 0; i < l.files.size(); ++i) {
        const RemoteFile &f = l.files.at(i);
        const EdxFetch::State state = EdxFetch::state(f, m_shown.folder, m_shown.imported);
        auto *item = new QTreeWidgetItem(m_files, {f.relativePath, f.date.toString(Qt::ISODate), size(f.object.size),
                                                   EdxFetch::stateName(state)});
        item->setData(0, kFileRole, int(i));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QStringLiteral("s3://%1/%2").arg(f.bucket, f.object.key));
        if (state != EdxFetch::State::New && state != EdxFetch::State::Partial)
            newestHere = std::max(newestHere, f.date);
        first = first.isValid() ? std::min(first, f.date) : f.date;
        last = std::max(last, f.date);
    }
    if (l.files.isEmpty()) {
        m_status->setText(tr("Nothing of %1 in %2: check the organisation, the sites and the buckets.")
                              .arg(options().org, l.lookedAt.join(QStringLiteral(", "))));
    } else {
        // By default, what came after the newest file already here.
        const QSignalBlocker fromBlocker(m_from), toBlocker(m_to);
        m_from->setDateRange(first, last);
        m_to->setDateRange(first, last);
        m_from->setDate(newestHere.isValid() && newestHere < last ? newestHere.addDays(1) : newestHere.isValid() ? last : first);
        m_to->setDate(last);
        m_status->setText(tr("%n file(s) at edX, from %1 to %2.", nullptr, int(l.files.size()))
                              .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                          + (l.refused.isEmpty() ? QString() : QLatin1Char(' ') + tr("Not offered: %1").arg(l.refused.join(QStringLiteral("; ")))));
    }
    if (!m_shown.ledgersUnread.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char('\n')
                          + tr("Which files are imported already is not known: the target could not be read (%1).")
                                .arg(m_shown.ledgersUnread));
    if (!m_keychainProblem.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char('\n') + m_keychainProblem);
    updateChecks();
    Q_EMIT listed(true);
}

void DownloadDialog::updateChecks()
{
    const QSignalBlocker blocker(m_files);
    for (int r = 0; r < m_files->topLevelItemCount(); ++r) {
        QTreeWidgetItem *item = m_files->topLevelItem(r);
        const RemoteFile &f = m_shown.remote.files.at(item->data(0, kFileRole).toInt());
        const bool kind = f.kind == RemoteFile::Kind::Package ? m_packages->isChecked() : m_logs->isChecked();
        const bool inRange = f.date >= m_from->date() && f.date <= m_to->date();
        const EdxFetch::State state = EdxFetch::state(f, m_shown.folder, m_shown.imported);
        item->setHidden(!kind);
        item->setCheckState(0, kind && inRange && (state == EdxFetch::State::New || state == EdxFetch::State::Partial) ? Qt::Checked
                                                                                                                      : Qt::Unchecked);
    }
    updateButtons();
}

void DownloadDialog::updateButtons()
{
    int ticked = 0;
    qint64 bytes = 0;
    for (int r = 0; r < m_files->topLevelItemCount(); ++r) {
        QTreeWidgetItem *item = m_files->topLevelItem(r);
        if (!item->isHidden() && item->checkState(0) == Qt::Checked) {
            ++ticked;
            bytes += m_shown.remote.files.at(item->data(0, kFileRole).toInt()).object.size;
        }
    }
    const bool busy = m_downloading.isRunning();
    m_download->setEnabled(ticked > 0 && !busy);
    m_downloadImport->setEnabled(ticked > 0 && !busy);
    m_download->setToolTip(tr("%n file(s) ticked, %1", nullptr, ticked).arg(size(bytes)));
}

QString DownloadDialog::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void DownloadDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download Folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void DownloadDialog::download(bool thenImport)
{
    QList<RemoteFile> files;
    for (int r = 0; r < m_files->topLevelItemCount(); ++r) {
        QTreeWidgetItem *item = m_files->topLevelItem(r);
        if (!item->isHidden() && item->checkState(0) == Qt::Checked)
            files << m_shown.remote.files.at(item->data(0, kFileRole).toInt());
    }
    if (files.isEmpty() || m_downloading.isRunning())
        return;
    if (!QDir().mkpath(m_shown.folder)) {
        m_status->setText(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_shown.folder)));
        return;
    }
    m_thenImport = thenImport;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    for (QProgressBar *bar : {m_fileProgress, m_overallProgress}) {
        bar->setValue(0);
        bar->setVisible(true);
    }
    m_cancelButton->setVisible(true);
    m_connect->setEnabled(false);
    m_status->setText(tr("Downloading %n file(s)…", nullptr, int(files.size())));
    m_downloading.setFuture(QtConcurrent::run(&m_pool, guarded([this, client = S3Client(m_shown.config), files, folder = m_shown.folder,
                                                                 cancel = m_cancel] {
        return EdxFetch::download(client, files, folder,
                                  [this](const EdxFetch::Progress &p) {
                                      // (The dialog outlives the task: its destructor waits for it.)
                                      QMetaObject::invokeMethod(this, [this, p] { progressed(p); }, Qt::QueuedConnection);
                                  },
                                  cancel.get());
    })));
    updateButtons();
}

void DownloadDialog::progressed(const EdxFetch::Progress &p)
{
    if (!m_downloading.isRunning())
        return;
    m_fileProgress->setValue(p.fileSize > 0 ? int(p.fileDone * 1000 / p.fileSize) : 0);
    m_overallProgress->setValue(p.total > 0 ? int(p.done * 1000 / p.total) : 0);
    QString text = tr("File %1 of %2: %3 — %4 of %5").arg(p.file).arg(p.files).arg(p.name, size(p.fileDone), size(p.fileSize));
    if (p.bytesPerSecond > 0)
        text += tr(" · %1/s").arg(size(qint64(p.bytesPerSecond)));
    if (p.secondsLeft >= 0)
        text += p.secondsLeft >= 90 ? tr(" · about %n min left", nullptr, int((p.secondsLeft + 30) / 60))
                                    : tr(" · about %n s left", nullptr, int(std::max<qint64>(1, p.secondsLeft)));
    m_status->setText(text);
}

void DownloadDialog::cancel()
{
    m_cancel->store(true);
}

void DownloadDialog::downloaded()
{
    for (QProgressBar *bar : {m_fileProgress, m_overallProgress})
        bar->setVisible(false);
    m_cancelButton->setVisible(false);
    m_connect->setEnabled(true);
    const Result<QList<EdxFetch::Outcome>> result = m_downloading.result();
    if (!result) {
        m_status->setText(result.error());
        updateButtons();
        Q_EMIT downloadFinished(false);
        return;
    }
    const QList<EdxFetch::Outcome> &outcomes = *result;
    QStringList ready, failures;
    int fresh = 0;
    qint64 bytes = 0;
    for (const EdxFetch::Outcome &o : outcomes) {
        if (o.status == EdxFetch::Outcome::Status::Downloaded || o.status == EdxFetch::Outcome::Status::AlreadyPresent)
            ready << QDir(m_shown.folder).filePath(o.file.relativePath);
        else
            failures << tr("%1: %2").arg(o.file.fileName(), o.reason);
        fresh += o.status == EdxFetch::Outcome::Status::Downloaded;
        bytes += o.bytes;
    }
    QString text = tr("%n file(s) downloaded (%1)", nullptr, fresh).arg(size(bytes));
    if (ready.size() > fresh)
        text += tr(", %n already here", nullptr, int(ready.size() - fresh));
    if (!failures.isEmpty())
        text += tr(", %n not downloaded:", nullptr, int(failures.size())) + QLatin1Char('\n') + failures.join(QLatin1Char('\n'));
    else
        text += QLatin1Char('.');
    if (!ready.isEmpty())
        text += QLatin1Char('\n') + (m_thenImport ? tr("They are in the import list and being imported.") : tr("They are in the import list."));
    m_status->setText(text);
    showListing(); // (the states changed)
    m_status->setText(text);
    updateButtons();
    if (!ready.isEmpty())
        Q_EMIT filesReady(ready, m_thenImport);
    Q_EMIT downloadFinished(failures.isEmpty());
}

} // namespace EdxLoader
