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
    void includeAndRenameTargets();
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

void TestImportListModel::includeAndRenameTargets()
{
    ImportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addItems({item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-auth_user-prod-analytics.sql")),
                    item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-wiki_article-prod-analytics.sql")),
                    item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-prod.mongo")),
                    item(QStringLiteral("/d/UniX-DS101x-1T2016-auth_user-prod-analytics.sql")),
                    item(QStringLiteral("/d/readme.txt"))});
    const QModelIndex user = model.index(0, ImportListModel::NameColumn);
    const QModelIndex wiki = model.index(1, ImportListModel::NameColumn);
    QVERIFY(model.flags(user) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(4, ImportListModel::NameColumn)) & Qt::ItemIsUserCheckable));
    QCOMPARE(user.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(wiki.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(model.summary().toImport, 3);

    // A not-in-use table included, an imported one left out: the summary follows.
    QSignalSpy summary(&model, &ImportListModel::summaryChanged);
    QVERIFY(model.setData(wiki, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(user, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(summary.count(), 2);
    QVERIFY(model.item(1).effective().imported);
    QVERIFY(!model.item(0).effective().imported);
    QCOMPARE(model.summary().toImport, 3);
    QCOMPARE(model.index(1, ImportListModel::TargetColumn).data().toString(), QStringLiteral("MITx-6_00_1-x-1T2014.wiki_article"));
    QVERIFY(!model.setData(model.index(4, ImportListModel::NameColumn), Qt::Checked, Qt::CheckStateRole));

    // Renaming the database of one row renames it for the course's rows, not the other course's.
    const QModelIndex target = model.index(2, ImportListModel::TargetColumn);
    QVERIFY(model.flags(target) & Qt::ItemIsEditable);
    QCOMPARE(target.data(Qt::EditRole).toString(), QStringLiteral("MITx-6_00_1-x-1T2014.forum"));
    QVERIFY(model.setData(target, QStringLiteral("mitx600.comments")));
    QCOMPARE(model.item(2).effective().target(), QStringLiteral("mitx600.comments"));
    QCOMPARE(model.item(0).effective().database, QStringLiteral("mitx600"));
    QCOMPARE(model.item(0).effective().collection, QStringLiteral("user"));
    QCOMPARE(model.item(1).effective().database, QStringLiteral("mitx600"));
    QCOMPARE(model.item(3).effective().database, QStringLiteral("UniX-DS101x-1T2016"));
    // Names MongoDB refuses are refused.
    QVERIFY(!model.setData(target, QStringLiteral("bad/name.forum")));
    QVERIFY(!model.setData(target, QStringLiteral("ok.$cmd")));
    QVERIFY(!model.setData(target, QString()));
    QCOMPARE(model.item(2).effective().target(), QStringLiteral("mitx600.comments"));
    // Back to the defaults.
    QVERIFY(model.setData(target, QStringLiteral("MITx-6_00_1-x-1T2014.forum")));
    QVERIFY(model.item(2).databaseOverride.isEmpty() && model.item(2).collectionOverride.isEmpty());
    QCOMPARE(model.item(0).effective().database, QStringLiteral("MITx-6_00_1-x-1T2014"));
}

QTEST_GUILESS_MAIN(TestImportListModel)
#include "tst_importlistmodel.moc"
