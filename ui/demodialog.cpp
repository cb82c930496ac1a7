#include "demodialog.h"

#include "demogenerator.h"
#include "gnupg.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

DemoDialog::DemoDialog(const QString &gnupgHome, QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_courses(new QSpinBox(this))
    , m_days(new QSpinBox(this))
    , m_events(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_encrypt(new QComboBox(this))
    , m_gnupgHome(gnupgHome)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_watcher(new QFutureWatcher<DemoResult>(this))
{
    setObjectName(QStringLiteral("demoDialog"));
    setWindowTitle(tr("Create Demo Package"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setObjectName(QStringLiteral("demoFolder"));
    m_folder->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents)
                          .filePath(QStringLiteral("edxloader-demo")));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &DemoDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_courses->setObjectName(QStringLiteral("demoCourses"));
    m_courses->setRange(1, 50);
    m_courses->setValue(2);
    m_days->setObjectName(QStringLiteral("demoDays"));
    m_days->setRange(0, 366);
    m_days->setValue(3);
    m_events->setObjectName(QStringLiteral("demoEvents"));
    m_events->setRange(1, 5'000'000);
    m_events->setValue(2000);
    m_events->setGroupSeparatorShown(true);
    m_seed->setObjectName(QStringLiteral("demoSeed"));
    m_seed->setRange(0, 1'000'000);
    m_seed->setValue(1);

    auto *intro = new QLabel(tr("Writes a synthetic edX data package — course tables, forum posts, "
                                "course structures and daily tracking logs of invented learners — "
                                "so that you can try EdxLoader without real data."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // (a layout as the field gets no buddy by itself)
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Courses:"), m_courses);
    form->addRow(tr("&Days of tracking logs:"), m_days);
    form->addRow(tr("&Events per day:"), m_events);
    form->addRow(tr("&Seed:"), m_seed);
    // Encrypted and zipped as edX delivers, when the user has a key to encrypt to (listed by gpg
    // on a worker thread; the row appears once a key is found).
    m_encrypt->setObjectName(QStringLiteral("demoEncrypt"));
    m_encrypt->addItem(tr("No: plain files in a folder"), QString());
    form->addRow(tr("&Encrypt as edX does:"), m_encrypt);
    form->setRowVisible(m_encrypt, false);
    auto *keys = new QFutureWatcher<QList<SecretKey>>(this);
    connect(keys, &QFutureWatcherBase::finished, this, [this, keys, form] {
        keys->deleteLater();
        for (const SecretKey &k : keys->result()) {
            if (k.canEncrypt)
                m_encrypt->addItem(tr("To %1 (a zip of .gpg files and .log.gz.gpg logs)").arg(k.userId), k.fingerprint);
        }
        form->setRowVisible(m_encrypt, m_encrypt->count() > 1);
    });
    keys->setFuture(QtConcurrent::run([home = m_gnupgHome] {
        QString error;
        return GnuPG::secretKeys({home, {}}, &error);
    }));
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("demoStatus"));
    m_status->setWordWrap(true);

    QPushButton *create = m_buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("demoCreate"));
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &DemoDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DemoDialog::reject);
    connect(m_watcher, &QFutureWatcher<DemoResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<DemoResult>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcher<DemoResult>::finished, this, &DemoDialog::finished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

DemoDialog::~DemoDialog()
{
    *m_cancel = true;
}

void DemoDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Demo Package"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

void DemoDialog::start()
{
    DemoParams params;
    params.directory = m_folder->text().trimmed();
    params.courses = m_courses->value();
    params.days = m_days->value();
    params.eventsPerDay = m_events->value();
    params.seed = quint64(m_seed->value());
    params.encryptTo = m_encrypt->currentData().toString();
    params.gnupg.home = m_gnupgHome;
    const QString invalid = DemoGenerator::validate(params);
    if (!invalid.isEmpty()) {
        m_status->setText(invalid);
        return;
    }
    const QDir target(params.directory);
    if (target.exists() && !target.isEmpty()) {
        m_status->setText(tr("The folder %1 is not empty: choose an empty or new folder.")
                              .arg(QDir::toNativeSeparators(params.directory)));
        return;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_folder), static_cast<QWidget *>(m_courses),
                       static_cast<QWidget *>(m_days), static_cast<QWidget *>(m_events),
                       static_cast<QWidget *>(m_seed), static_cast<QWidget *>(m_encrypt)})
        w->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(false);
    }
    m_progress->show();
    m_status->setText(tr("Writing the demo package…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher->setFuture(QtConcurrent::run([params, cancel = m_cancel](QPromise<DemoResult> &promise) {
        DemoGenerator generator(params);
        promise.addResult(generator.run(
            [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            },
            cancel.get()));
    }));
}

void DemoDialog::finished()
{
    if (*m_cancel) {
        QDialog::reject();
        return;
    }
    const DemoResult result = m_watcher->future().resultCount() ? m_watcher->result() : DemoResult{};
    if (!result.ok) {
        m_status->setText(tr("The demo package could not be written: %1").arg(result.error));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    m_created = m_folder->text().trimmed();
    m_inputs = {result.packageDir};
    if (QFileInfo::exists(result.eventsDir))
        m_inputs << result.eventsDir;
    accept();
}

void DemoDialog::reject()
{
    if (m_watcher->isRunning()) {
        *m_cancel = true;
        m_status->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace EdxLoader
