// The Export… dialog of the Databases page, offscreen: the fields of a collection offered (nested
// paths too), a course, a date window and a field's value narrowing the rows, and the CSV written
// with the columns chosen. (Fixture: tests/ui/uifixture.h.)
#include "uifixture.h"

#include "browserpane.h"
#include "csvexport.h"
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestExportDialog : public UiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void datasetsFromTheDatabasesPage();
};

void TestExportDialog::datasetsFromTheDatabasesPage()
{
    const DemoParams p = demoParams(QStringLiteral("datasets-demo"), 1, 2, 1500);
    QVERIFY(importDemo(p));
    const StoreReader store = windowStore();
    QVERIFY(showDatabasesPage());
    BrowserPane *pane = m_window->browserPane();
    auto *exportButton = pane->findChild<QPushButton *>(QStringLiteral("browserExport"));
    auto *personCourse = pane->findChild<QPushButton *>(QStringLiteral("browserPersonCourse"));
    QVERIFY(pane->selectCollection(QStringLiteral("tracking_logs"), QStringLiteral("tracking")));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!personCourse->isEnabled()); // the tracking logs are no course

    // Export… of the tracking logs, narrowed to the course and one day, three columns.
    exportButton->click();
    ExportDialog *dialog = pane->exportDialog();
    QVERIFY(dialog && dialog->isVisible());
    QSignalSpy loaded(dialog, &ExportDialog::fieldsLoaded);
    QVERIFY(loaded.wait(10000));
    QListWidget *fields = dialog->fieldList();
    QStringList offered;
    for (int i = 0; i < fields->count(); ++i)
        offered << fields->item(i)->text();
    QVERIFY(offered.contains(QLatin1String("context.course_id"))); // nested paths are offered
    for (int i = 0; i < fields->count(); ++i) {
        const QString f = fields->item(i)->text();
        fields->item(i)->setCheckState(f == QLatin1String("time") || f == QLatin1String("username") || f == QLatin1String("event_type")
                                           ? Qt::Checked
                                           : Qt::Unchecked);
    }
    auto *courses = dialog->findChild<QComboBox *>(QStringLiteral("exportCourse"));
    const int index = courses->findData(QStringLiteral("course-v1:DemoX+DS101x+1T2016"));
    QVERIFY(index > 0);
    courses->setCurrentIndex(index);
    auto *window = dialog->findChild<QCheckBox *>(QStringLiteral("exportWindow"));
    QVERIFY(window->isEnabled());
    window->setChecked(true);
    const QList<QDateEdit *> dates = dialog->findChildren<QDateEdit *>();
    QCOMPARE(dates.size(), 2);
    dates[0]->setDate(p.firstDay);
    dates[1]->setDate(p.firstDay);
    const CsvExportParams params = dialog->params();
    QCOMPARE(params.fields, (QStringList{QStringLiteral("username"), QStringLiteral("event_type"), QStringLiteral("time")}));
    QCOMPARE(params.filter.size(), 3);
    const qint64 expected = store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), params.filter);
    QVERIFY(expected > 0 && expected < store.count(QStringLiteral("tracking_logs"), QStringLiteral("tracking")));
    const QString path = m_dir->filePath(QStringLiteral("day.csv"));
    QSignalSpy exported(dialog, &ExportDialog::exportFinished);
    dialog->exportTo(path);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.first().first().toBool(), true);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine(), QByteArray("username,event_type,time\r\n"));
    qint64 lines = 0;
    while (!csv.atEnd())
        lines += csv.readLine().endsWith("\r\n");
    QCOMPARE(lines, expected);
    QVERIFY2(dialog->statusLabel()->text().contains(QLocale().toString(expected)), qPrintable(dialog->statusLabel()->text()));
    if (const QString dir = qEnvironmentVariable("EDXLOADER_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("export.png")));
    // One field's value: text as text; digits match the number or the same text ("007").
    auto *whereField = dialog->findChild<QComboBox *>(QStringLiteral("exportWhereField"));
    whereField->setCurrentIndex(whereField->findData(QStringLiteral("username")));
    auto *whereValue = dialog->findChild<QLineEdit *>(QStringLiteral("exportWhereValue"));
    whereValue->setText(QStringLiteral("007"));
    Condition where = dialog->params().filter.last();
    QCOMPARE(where.field, QStringLiteral("username"));
    QCOMPARE(where.op, Condition::In);
    QCOMPARE(where.values, (QList<Value>{Value(qint64(7)), Value(QStringLiteral("007"))}));
    whereValue->setText(QStringLiteral("learner_1"));
    where = dialog->params().filter.last();
    QCOMPARE(where.op, Condition::Eq);
    QCOMPARE(where.values, QList<Value>{Value(QStringLiteral("learner_1"))});
    dialog->close();

    // The Person-Course Table, the other dataset of the page: tst_browserpane.
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
