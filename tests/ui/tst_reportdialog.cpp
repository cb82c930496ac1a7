// The error report, offscreen: after an import with rejected lines, File > Error Report shows the
// selected file's rejections (filtered by reason, searched, exported to CSV, the whole line of
// the selected row below), or with no row selected every file that had some, with a file filter.
// (Fixture: tests/ui/uifixture.h.)
#include "uifixture.h"

#include "importcontroller.h"
#include "importpanel.h"
#include "localisation.h"
#include "reportdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QScopeGuard>
#include <QTest>
#include <QTreeView>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestReportDialog : public UiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void errorReportOfATrackingLog();
};

void TestReportDialog::errorReportOfATrackingLog()
{
    // The import of tst_importpanel's importRunsInTheBackground: two days of 20 000 events, with
    // truncated and garbage lines among them.
    const DemoParams p = demoParams(QStringLiteral("demo"), 2, 2, 20000);
    const DemoResult demo = DemoGenerator(p).run();
    QVERIFY(demo.ok);
    QSignalSpy scanned(m_window->importPanel(), &ImportPanel::scanFinished);
    m_window->addPaths({demo.packageDir, demo.eventsDir});
    QVERIFY(scanned.wait(10000));
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    QVERIFY(finished.wait(120000));

    // The error report of a tracking log: every rejected line, filterable and exportable.
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("importList"));
    QModelIndex logRow; // under the tracking logs' header
    for (int g = 0; g < view->model()->rowCount(); ++g) {
        const QModelIndex header = view->model()->index(g, 0);
        for (int r = 0; r < view->model()->rowCount(header); ++r) {
            if (view->model()->index(r, 0, header).data().toString() == QLatin1String("Tracking log 2016-03-01"))
                logRow = view->model()->index(r, 0, header);
        }
    }
    QVERIFY(logRow.isValid());
    view->selectionModel()->select(logRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_window->findChild<QAction *>(QStringLiteral("actionReport"))->trigger();
    auto *report = m_window->findChild<ReportDialog *>(QStringLiteral("reportDialog"));
    QVERIFY(report);
    QAbstractItemModelTester tester(report->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (report->isLoading()) // read on a worker thread
        QVERIFY(QSignalSpy(report, &ReportDialog::loaded).wait(20000));
    const int all = report->visibleRows();
    QCOMPARE(all, report->model()->rowCount());
    QVERIFY(all >= 40 + 13); // truncated and garbage lines of a 20 000-event day
    auto *reason = report->findChild<QComboBox *>(QStringLiteral("reportReason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("not-json")));
    QCOMPARE(report->visibleRows(), 13);
    // Reasons in words (issue 18 item 5), the code in the tooltip; the short columns wide enough
    // for what they show.
    QCOMPARE(reason->currentText(), QStringLiteral("Not valid JSON"));
    auto *table = report->findChild<QTableView *>(QStringLiteral("reportView"));
    const QModelIndex first = table->model()->index(0, ErrorReportModel::ReasonColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Not valid JSON"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QLatin1String("not-json")));
    const QString message = table->model()->index(0, ErrorReportModel::MessageColumn).data().toString();
    QVERIFY2(!message.contains(QLatin1String("_")), qPrintable(message)); // no parser code such as UNCLOSED_STRING
    for (const int column : {int(ErrorReportModel::SeverityColumn), int(ErrorReportModel::ReasonColumn)}) {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString text = table->model()->index(r, column).data().toString();
            QVERIFY2(table->fontMetrics().horizontalAdvance(text) < table->columnWidth(column), qPrintable(text));
        }
    }
    report->findChild<QLineEdit *>(QStringLiteral("reportSearch"))->setText(QStringLiteral("Bad Gateway"));
    QCOMPARE(report->visibleRows(), 13);
    const QString csv = m_dir->filePath(QStringLiteral("report.csv"));
    QVERIFY(report->exportTo(csv, false));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.first().startsWith("file,line,severity,reason,message,raw"));
    QCOMPARE(lines.size() - 2, 13); // header, 13 rows, and the empty piece after the last CRLF
    // The whole line of the selected row is shown below the table.
    report->findChild<QTableView *>(QStringLiteral("reportView"))->selectRow(0);
    QVERIFY(report->findChild<QPlainTextEdit *>(QStringLiteral("reportDetail"))->toPlainText().contains(QLatin1String("Bad Gateway")));
    // EDXLOADER_SCREENSHOTS=DIR keeps a picture of the report for a person to look at.
    if (const QString dir = qEnvironmentVariable("EDXLOADER_SCREENSHOTS"); !dir.isEmpty()) {
        reason->setCurrentIndex(0);
        report->findChild<QLineEdit *>(QStringLiteral("reportSearch"))->clear();
        report->grab().save(QDir(dir).filePath(QStringLiteral("report.png")));
    }
    // An open report follows a new language at once (issue 18 item 7).
    {
        const auto english = qScopeGuard([] {
            installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        });
        reason->setCurrentIndex(reason->findData(QStringLiteral("not-json")));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(reason->itemText(reason->findData(QStringLiteral("not-json"))), QStringLiteral("JSON non valide"));
        QCOMPARE(reason->itemText(0), QStringLiteral("Toutes les raisons"));
        QCOMPARE(table->model()->index(0, ErrorReportModel::ReasonColumn).data().toString(), QStringLiteral("JSON non valide"));
        QVERIFY2(report->windowTitle().startsWith(QStringLiteral("Rapport d")), qPrintable(report->windowTitle()));
    }
    QCOMPARE(reason->itemText(0), QStringLiteral("All reasons"));
    report->close();

    // With no row selected, the report gathers every file that had rejections, with a file filter.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed report is gone
    QVERIFY(!m_window->findChild<ReportDialog *>(QStringLiteral("reportDialog")));
    view->clearSelection();
    m_window->findChild<QAction *>(QStringLiteral("actionReport"))->trigger();
    QTRY_VERIFY(m_window->findChild<ReportDialog *>(QStringLiteral("reportDialog")));
    auto *gathered = m_window->findChild<ReportDialog *>(QStringLiteral("reportDialog"));
    if (gathered->isLoading())
        QVERIFY(QSignalSpy(gathered, &ReportDialog::loaded).wait(20000));
    auto *files = gathered->findChild<QComboBox *>(QStringLiteral("reportFile"));
    QCOMPARE(files->count(), 1 + 2); // "All files" and the two days of logs
    const int everything = gathered->visibleRows();
    files->setCurrentIndex(1);
    QVERIFY(gathered->visibleRows() > 0 && gathered->visibleRows() < everything);
    gathered->close();
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
