#include "classifier.h"
#include "importlistmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
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
    void groupedByCourse();
};

void TestImportListModel::addRemoveUnderTester()
{
    ImportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.itemCount(), 0);
    QCOMPARE(model.columnCount(), int(ImportListModel::ColumnCount));
    model.addItems({item(QStringLiteral("/d/X-Y-Z-auth_user-prod-analytics.sql")),
                    item(QStringLiteral("/d/mcgillx-edx-events-2014-02-01.log.gz"), 5'000'000)});
    QCOMPARE(model.itemCount(), 2);
    model.addItems({item(QStringLiteral("/d/readme.txt"), 10)});
    QCOMPARE(model.itemCount(), 3);
    model.removeItems({0, 2, 2, 7});
    QCOMPARE(model.itemCount(), 1);
    QCOMPARE(model.item(0).path, QStringLiteral("/d/mcgillx-edx-events-2014-02-01.log.gz"));
    model.clear();
    QCOMPARE(model.itemCount(), 0);
    QVERIFY(!model.itemIndex(0, 0).isValid());
}

void TestImportListModel::columnsShowTheClassification()
{
    ImportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addItems({item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-student_courseenrollment-prod-analytics.sql.gpg"), 2048),
                    item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-wiki_article-prod-analytics.sql"))});
    auto text = [&](int row, int column) { return model.itemIndex(row, column).data().toString(); };
    // What the file is, its name in the tooltip.
    QCOMPARE(text(0, ImportListModel::NameColumn), QStringLiteral("student_courseenrollment — SQL table"));
    QVERIFY(model.itemIndex(0, ImportListModel::NameColumn).data(Qt::ToolTipRole).toString().endsWith(
        QLatin1String("MITx-6.00.1-x-1T2014-student_courseenrollment-prod-analytics.sql.gpg")));
    QCOMPARE(text(0, ImportListModel::KindColumn), QStringLiteral("SQL table"));
    QCOMPARE(text(0, ImportListModel::CourseColumn), QStringLiteral("MITx-6.00.1-x-1T2014"));
    // The database is on the course's header row; the file's row shows the collection.
    QCOMPARE(text(0, ImportListModel::TargetColumn), QStringLiteral("enrollment"));
    QCOMPARE(model.itemIndex(0, ImportListModel::TargetColumn).parent().siblingAtColumn(ImportListModel::TargetColumn).data().toString(),
             QStringLiteral("MITx-6_00_1-x-1T2014"));
    QCOMPARE(model.itemIndex(0, ImportListModel::TargetColumn).data(Qt::EditRole).toString(),
             QStringLiteral("MITx-6_00_1-x-1T2014.enrollment"));
    QVERIFY(text(0, ImportListModel::NoteColumn).contains(QLatin1String("Encrypted")));
    QCOMPARE(model.itemIndex(0, ImportListModel::SizeColumn).data(ImportListModel::SortRole).toLongLong(), 2048);
    QVERIFY(!text(0, ImportListModel::SizeColumn).isEmpty());
    QCOMPARE(model.itemIndex(0, 0).data(ImportListModel::PathRole).toString(),
             QStringLiteral("/d/MITx-6.00.1-x-1T2014-student_courseenrollment-prod-analytics.sql.gpg"));
    QCOMPARE(model.itemIndex(1, 0).data(ImportListModel::StateRole).value<ImportListModel::ItemState>(),
             ImportListModel::ItemState::NotImported);
    QCOMPARE(text(1, ImportListModel::TargetColumn), QStringLiteral("not imported"));
    QVERIFY(model.itemIndex(1, ImportListModel::TargetColumn).data(Qt::ToolTipRole).toString().contains(
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
    QCOMPARE(model.itemCount(), 1);
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
    const QModelIndex user = model.itemIndex(0, ImportListModel::NameColumn);
    const QModelIndex wiki = model.itemIndex(1, ImportListModel::NameColumn);
    QVERIFY(model.flags(user) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.itemIndex(4, ImportListModel::NameColumn)) & Qt::ItemIsUserCheckable));
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
    QCOMPARE(model.itemIndex(1, ImportListModel::TargetColumn).data().toString(), QStringLiteral("wiki_article"));
    QVERIFY(!model.setData(model.itemIndex(4, ImportListModel::NameColumn), Qt::Checked, Qt::CheckStateRole));

    // Renaming the database of one row renames it for the course's rows, not the other course's.
    const QModelIndex target = model.itemIndex(2, ImportListModel::TargetColumn);
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

// Issue 18 item 1: one header per course run, one for the tracking logs with their date range,
// one for other files and one for unrecognised ones; the headers sum their files up.
void TestImportListModel::groupedByCourse()
{
    ImportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addItems({item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-auth_user-prod-analytics.sql"), 1000),
                    item(QStringLiteral("/d/mitx-edx-events-2014-02-03.log.gz"), 10),
                    item(QStringLiteral("/d/MITx-6.00.1-x-1T2014-wiki_article-prod-analytics.sql"), 500),
                    item(QStringLiteral("/d/readme.txt"), 1),
                    item(QStringLiteral("/d/mitx-edx-events-2014-02-01.log.gz"), 20),
                    item(QStringLiteral("/d/mitx-email_opt_in-prod-analytics.csv"), 3)});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.itemCount(), 6);
    const auto header = [&](ImportListModel::GroupKind kind) {
        for (int g = 0; g < model.rowCount(); ++g) {
            if (model.index(g, 0).data(ImportListModel::GroupRole).value<ImportListModel::GroupKind>() == kind)
                return model.index(g, 0);
        }
        return QModelIndex();
    };
    const QModelIndex course = header(ImportListModel::GroupKind::Course);
    const QModelIndex logs = header(ImportListModel::GroupKind::TrackingLogs);
    QCOMPARE(course.data().toString(), QStringLiteral("Course MITx-6.00.1-x-1T2014"));
    QCOMPARE(model.rowCount(course), 2);
    QCOMPARE(logs.data().toString(), QStringLiteral("Tracking logs, 2014-02-01 to 2014-02-03"));
    QCOMPARE(model.index(1, 0, logs).data().toString(), QStringLiteral("Tracking log 2014-02-01"));
    QCOMPARE(header(ImportListModel::GroupKind::Other).data().toString(), QStringLiteral("Other files"));
    QCOMPARE(header(ImportListModel::GroupKind::Unrecognised).data().toString(), QStringLiteral("Unrecognised files"));
    QCOMPARE(model.index(0, 0, header(ImportListModel::GroupKind::Unrecognised)).data().toString(), QStringLiteral("readme.txt"));
    QCOMPARE(course.siblingAtColumn(ImportListModel::KindColumn).data().toString(), QStringLiteral("2 file(s)"));
    QCOMPARE(course.siblingAtColumn(ImportListModel::TargetColumn).data().toString(), QStringLiteral("MITx-6_00_1-x-1T2014"));
    QCOMPARE(logs.siblingAtColumn(ImportListModel::TargetColumn).data().toString(), QStringLiteral("tracking_logs"));
    QCOMPARE(model.index(0, ImportListModel::TargetColumn, logs).data().toString(), QStringLiteral("tracking"));
    QCOMPARE(course.siblingAtColumn(ImportListModel::SizeColumn).data().toString(), QLocale().formattedDataSize(1500));
    QCOMPARE(model.itemOf(course), -1);
    QCOMPARE(model.itemsUnder(course), (QList<int>{0, 2}));
    QCOMPARE(model.itemOf(model.itemIndex(4)), 4);

    // The header's check box: partly checked (the wiki is not in use), then all, then none.
    QCOMPARE(course.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    QVERIFY(model.setData(course, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.item(2).effective().imported);
    QCOMPARE(course.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(model.setData(course, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.item(0).effective().imported && !model.item(2).effective().imported);
    QCOMPARE(course.siblingAtColumn(ImportListModel::TargetColumn).data().toString(), QString());
    QVERIFY(!(model.flags(header(ImportListModel::GroupKind::Unrecognised)) & Qt::ItemIsUserCheckable));

    // The status column of a header counts what its files' imports did.
    QVERIFY(!model.hasRunStates());
    QVERIFY(logs.siblingAtColumn(ImportListModel::StatusColumn).data().toString().isEmpty());
    ImportListModel::RunState done;
    done.phase = ImportListModel::RunState::Imported;
    model.setRunState(QStringLiteral("/d/mitx-edx-events-2014-02-01.log.gz"), done);
    ImportListModel::RunState failed;
    failed.phase = ImportListModel::RunState::Failed;
    model.setRunState(QStringLiteral("/d/mitx-edx-events-2014-02-03.log.gz"), failed);
    QVERIFY(model.hasRunStates());
    QCOMPARE(logs.siblingAtColumn(ImportListModel::StatusColumn).data().toString(), QStringLiteral("1 of 2 done · 1 not imported"));

    // Removing a group's last file removes its header; the numbering of the others follows.
    model.removeItems({model.itemOfPath(QStringLiteral("/d/readme.txt"))});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!header(ImportListModel::GroupKind::Unrecognised).isValid());
    QCOMPARE(model.itemOfPath(QStringLiteral("/d/mitx-edx-events-2014-02-01.log.gz")), 3);
    QCOMPARE(model.itemIndex(3).data().toString(), QStringLiteral("Tracking log 2014-02-01"));
    QCOMPARE(model.runState(3).phase, ImportListModel::RunState::Imported);

    // A new classification (the other collection scheme) keeps the groups.
    Classifier classifier = Classifier::builtIn();
    classifier.setScheme(CollectionScheme::EdxTable);
    model.reclassify(classifier);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(header(ImportListModel::GroupKind::Course)), 2);
}

QTEST_GUILESS_MAIN(TestImportListModel)
#include "tst_importlistmodel.moc"
