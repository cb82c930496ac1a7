// File ▸ Download from edX…, offscreen, against Debian's moto server laid out as edX's buckets:
// Connect lists the packages and logs with their state; the dates default to what came after the
// newest file already in the folder; Download writes the ticked files and hands them to the import
// list; wrong keys say which and that nothing was downloaded; the secret never reaches the
// settings file. (Fixtures: tests/ui/uifixture.h, tests/common/motoserver.h.)
#include "uifixture.h"

#include "downloaddialog.h"
#include "importcontroller.h"
#include "importlistmodel.h"
#include "mainactions.h"
#include "motoserver.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestDownloadDialog : public UiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void listsDownloadsAndHandsToTheImportList();
    void wrongSecretSaysSoAndIsNotSaved();

private:
    bool startServer();
    DownloadDialog *openDialog();
    std::unique_ptr<MotoServer> m_moto;
    QString m_keyId, m_secret;
};

bool TestDownloadDialog::startServer()
{
    if (MotoServer::program().isEmpty())
        return false;
    m_moto = std::make_unique<MotoServer>();
    QString why;
    if (!m_moto->start(&why) || !m_moto->createUser(QStringLiteral("czar"), true, &m_keyId, &m_secret, &why)) {
        qWarning("%s", qPrintable(why));
        return false;
    }
    S3Config c;
    c.endpoint = m_moto->endpoint();
    c.accessKeyId = m_keyId;
    c.secretAccessKey = m_secret;
    const S3Client s3(c);
    bool ok = s3.createBucket(QStringLiteral("course-data")).ok() && s3.createBucket(QStringLiteral("edx-course-data")).ok();
    for (const QString &date : {QStringLiteral("2016-02-28"), QStringLiteral("2016-03-06")})
        ok = ok && s3.put(QStringLiteral("course-data"), QStringLiteral("demox-%1.zip").arg(date), QByteArray(2000, 'p')).ok();
    for (int d = 1; d <= 5; ++d)
        ok = ok && s3.put(QStringLiteral("edx-course-data"),
                          QStringLiteral("demox/edx/events/2016/demox-edx-events-2016-03-0%1.log.gz.gpg").arg(d), QByteArray(3000 + d, 'l'))
                       .ok();
    return ok && m_moto->enableAuth(&why);
}

DownloadDialog *TestDownloadDialog::openDialog()
{
    m_window->findChild<QAction *>(QStringLiteral("actionDownload"))->trigger();
    auto *dialog = m_window->findChild<DownloadDialog *>();
    if (!dialog)
        return nullptr;
    dialog->field("downloadKeyId")->setText(m_keyId);
    dialog->field("downloadSecret")->setText(m_secret);
    dialog->field("downloadOrg")->setText(QStringLiteral("demox"));
    dialog->field("downloadFolder")->setText(m_dir->filePath(QStringLiteral("edx")));
    dialog->field("downloadEndpoint")->setText(m_moto->endpoint());
    return dialog;
}

void TestDownloadDialog::listsDownloadsAndHandsToTheImportList()
{
    if (!startServer())
        QSKIP("moto_server is not installed or did not start: these tests need Debian's python3-moto (tools/dev installs it)");
    // One log is already in the folder: the dates start after it.
    const QString folder = m_dir->filePath(QStringLiteral("edx"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/events/edx/2016")));
    QFile here(folder + QStringLiteral("/events/edx/2016/demox-edx-events-2016-03-02.log.gz.gpg"));
    QVERIFY(here.open(QIODevice::WriteOnly));
    here.write(QByteArray(3002, 'l'));
    here.close();

    DownloadDialog *dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy listed(dialog, &DownloadDialog::listed);
    dialog->findChild<QPushButton *>(QStringLiteral("downloadConnect"))->click();
    QVERIFY(listed.wait(20000));
    QCOMPARE(listed.first().first().toBool(), true);
    QTreeWidget *files = dialog->filesTree();
    QCOMPARE(files->topLevelItemCount(), 7);
    QStringList states, ticked;
    for (int r = 0; r < files->topLevelItemCount(); ++r) {
        states << files->topLevelItem(r)->text(3);
        if (files->topLevelItem(r)->checkState(0) == Qt::Checked)
            ticked << files->topLevelItem(r)->text(0);
    }
    QCOMPARE(files->topLevelItem(0)->text(0), QStringLiteral("demox-2016-02-28.zip"));
    QCOMPARE(states.count(QStringLiteral("downloaded")), 1);
    QCOMPARE(dialog->fromDate()->date(), QDate(2016, 3, 3));
    QCOMPARE(dialog->toDate()->date(), QDate(2016, 3, 6));
    QCOMPARE(ticked, (QStringList{QStringLiteral("events/edx/2016/demox-edx-events-2016-03-03.log.gz.gpg"),
                                  QStringLiteral("events/edx/2016/demox-edx-events-2016-03-04.log.gz.gpg"),
                                  QStringLiteral("events/edx/2016/demox-edx-events-2016-03-05.log.gz.gpg"),
                                  QStringLiteral("demox-2016-03-06.zip")}));
    // Only the logs: the package is left out.
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
        if (box->text() == QLatin1String("Weekly packages"))
            box->setChecked(false);
    ticked.clear();
    for (int r = 0; r < files->topLevelItemCount(); ++r)
        if (!files->topLevelItem(r)->isHidden() && files->topLevelItem(r)->checkState(0) == Qt::Checked)
            ticked << files->topLevelItem(r)->text(0);
    QCOMPARE(ticked.size(), 3);
    if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("download.png")));

    // Download: the files land, go to the import list; the states follow.
    QSignalSpy ready(dialog, &DownloadDialog::filesReady);
    QSignalSpy finished(dialog, &DownloadDialog::downloadFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("downloadStart"))->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(ready.size(), 1);
    const QStringList paths = ready.first().first().toStringList();
    QCOMPARE(paths.size(), 3);
    for (const QString &path : paths)
        QVERIFY2(QFileInfo(path).isFile() && !QFileInfo::exists(path + QStringLiteral(".part")), qPrintable(path));
    QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("3 file")), qPrintable(dialog->statusLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->importModel()->itemCount(), 3, 10000);
    int downloaded = 0;
    for (int r = 0; r < files->topLevelItemCount(); ++r)
        downloaded += files->topLevelItem(r)->text(3) == QLatin1String("downloaded");
    QCOMPARE(downloaded, 4);
    if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("download-done.png")));

    // Download and Import: the first day's log, then the import runs on what is in the list.
    dialog->fromDate()->setDate(QDate(2016, 3, 1));
    QCOMPARE(files->topLevelItem(1)->checkState(0), Qt::Checked); // (the 1 March log: the only one left)
    QSignalSpy imported(m_window->importController(), &ImportController::finished);
    dialog->findChild<QPushButton *>(QStringLiteral("downloadAndImport"))->click();
    QVERIFY(imported.wait(30000));
    QCOMPARE(m_window->importModel()->itemCount(), 4);
    dialog->close();
}

void TestDownloadDialog::wrongSecretSaysSoAndIsNotSaved()
{
    if (!startServer())
        QSKIP("moto_server is not installed or did not start: these tests need Debian's python3-moto (tools/dev installs it)");
    DownloadDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->field("downloadSecret")->setText(QStringLiteral("not-the-secret-XYZ"));
    QSignalSpy listed(dialog, &DownloadDialog::listed);
    dialog->findChild<QPushButton *>(QStringLiteral("downloadConnect"))->click();
    QVERIFY(listed.wait(20000));
    QCOMPARE(listed.first().first().toBool(), false);
    const QString status = dialog->statusLabel()->text();
    QVERIFY2(status.contains(QLatin1String("SignatureDoesNotMatch")) && status.contains(QLatin1String("secret"))
                 && status.contains(QLatin1String("Nothing was downloaded")),
             qPrintable(status));
    QCOMPARE(dialog->filesTree()->topLevelItemCount(), 0);
    // The rest is remembered, the secret is not in the settings file.
    dialog->close();
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("download/org")).toString(), QStringLiteral("demox"));
    QCOMPARE(settings.value(QStringLiteral("download/keyId")).toString(), m_keyId);
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("not-the-secret-XYZ"));
}

QTEST_MAIN(TestDownloadDialog)
#include "tst_downloaddialog.moc"
