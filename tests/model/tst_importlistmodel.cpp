#include "classifier.h"
#include "importlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace EdxLoader;

namespace {

ImportItem item(const QString &path, qint64 size = 1000)
{
    ImportItem it;
    it.path = path;
    it.size = size;
    it.classification = Classifier::builtIn().classify(path);
    return it;
}

} // namespace

class TestImportListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addRemoveUnderTester();
    void columnsShowTheClassification();
    void summaryCountsStates();
    void duplicatesAreIgnored();
};

void TestImportListModel::addRemoveUnderTester()
{
    ImportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ImportListModel::ColumnCount));
    model.addItems({item(QStringLiteral("/d/X-Y-Z-auth_user-prod-analytics.sql")),
                    item(QStringLiteral("/d/mcgillx-edx-events-2014-02-01.log.gz"), 5'000'000)});
    QCOMPARE(model.rowCount(), 2);
    model.addItems({item(QStringLiteral("/d/readme.txt"), 10)});
    QCOMPARE(model.rowCount(), 3);
    model.removeRowsAt({0, 2, 2, 7});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0).path, QStringLiteral("/d/mcgillx-edx-events-2014-02-01.log.gz"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestImportListModel::columnsShowTheClassification()
{
    ImportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addItems({item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-student_courseenrollment-prod-analytics.sql.gpg"), 2048),
                    item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-wiki_article-prod-analytics.sql"))});
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, ImportListModel::NameColumn),
             QStringLiteral("MITx-6.00.1-x-1T2014-student_courseenrollment-prod-analytics.sql.gpg"));
    QCOMPARE(text(0, ImportListModel::KindColumn), QStringLiteral("SQL table student_courseenrollment"));
    QCOMPARE(text(0, ImportListModel::CourseColumn), QStringLiteral("MITx-6.00.1-x-1T2014"));
    QCOMPARE(text(0, ImportListModel::TargetColumn), QStringLiteral("MITx-6_00_1-x-1T2014.enrollment"));
    QVERIFY(text(0, ImportListModel::NoteColumn).contains(QLatin1String("Encrypted")));
    QCOMPARE(model.index(0, ImportListModel::SizeColumn).data(ImportListModel::SortRole).toLongLong(), 2048);
    QVERIFY(!text(0, ImportListModel::SizeColumn).isEmpty());
    QCOMPARE(model.index(0, 0).data(ImportListModel::PathRole).toString(),
             QStringLiteral("/d/MITx-6.00.1-x-1T2014-student_courseenrollment-prod-analytics.sql.gpg"));
    QCOMPARE(model.index(1, 0).data(ImportListModel::StateRole).value<ImportListModel::ItemState>(),
             ImportListModel::ItemState::NotImported);
    QCOMPARE(text(1, ImportListModel::TargetColumn), QStringLiteral("not imported"));
    QVERIFY(model.index(1, ImportListModel::TargetColumn).data(Qt::ToolTipRole).toString().contains(
        QLatin1String("MITx-6_00_1-x-1T2014.wiki_article")));
    QCOMPARE(model.headerData(ImportListModel::TargetColumn, Qt::Horizontal).toString(), QStringLiteral("Target"));
}

void TestImportListModel::summaryCountsStates()
{
    ImportListModel model;
    QSignalSpy changed(&model, &ImportListModel::summaryChanged);
    model.addItems({item(QStringLiteral("/a/X-Y-Z-auth_user-prod-analytics.sql"), 100),
                    item(QStringLiteral("/a/X-Y-Z-prod.mongo"), 50),
                    item(QStringLiteral("/a/X-Y-Z-wiki_article-prod-analytics.sql"), 7),
                    item(QStringLiteral("/a/X-Y-Z-teams-prod-analytics.sql.failed"), 7),
                    item(QStringLiteral("/a/notes.docx"), 7)});
    QCOMPARE(changed.size(), 1);
    const ImportListModel::Summary s = model.summary();
    QCOMPARE(s.total, 5);
    QCOMPARE(s.toImport, 2);
    QCOMPARE(s.bytesToImport, 150);
    QCOMPARE(s.notImported, 1);
    QCOMPARE(s.exportFailed, 1);
    QCOMPARE(s.unrecognised, 1);
}

void TestImportListModel::duplicatesAreIgnored()
{
    ImportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ImportItem a = item(QStringLiteral("/a/X-Y-Z-prod.mongo"));
    QCOMPARE(model.addItems({a, a}), 1);
    QCOMPARE(model.addItems({a}), 0);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestImportListModel)
#include "tst_importlistmodel.moc"
