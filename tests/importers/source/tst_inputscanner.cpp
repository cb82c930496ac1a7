#include "classifier.h"
#include "inputscanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace EdxLoader;

class TestInputScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void walksFoldersRecursively();
    void reportsMissingPaths();
    void deliversBatchesAndStops();

private:
    void touch(const QString &relative, int bytes = 3);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInputScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestInputScanner::touch(const QString &relative, int bytes)
{
    const QString path = m_dir->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(bytes, 'x'));
}

void TestInputScanner::walksFoldersRecursively()
{
    touch(QStringLiteral("pkg/X-Y-Z-auth_user-prod-analytics.sql"), 10);
    touch(QStringLiteral("pkg/ora/X-Y-Z-submissions_submission-prod-analytics.sql.gpg"));
    touch(QStringLiteral("pkg/.DS_Store"));
    touch(QStringLiteral("events/2016/x-edx-events-2016-05-01.log.gz"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("empty/inner"))));

    InputScanner::Result result;
    const ImportItems items = InputScanner(Classifier::builtIn()).scanAll({m_dir->path()}, &result);
    QCOMPARE(result.files, 4);
    QCOMPARE(items.size(), 4);
    QVERIFY(result.missing.isEmpty());
    QStringList kinds;
    for (const ImportItem &it : items) {
        QVERIFY(QFileInfo(it.path).isAbsolute());
        kinds << fileKindId(it.classification.kind);
    }
    // Sorted by path: events/…, pkg/.DS_Store, pkg/X-…, pkg/ora/…
    QCOMPARE(kinds, QStringList({QStringLiteral("tracking-log"), QStringLiteral("unknown"),
                                 QStringLiteral("sql-table"), QStringLiteral("ora-table")}));
    QCOMPARE(items.at(2).size, 10);
}

void TestInputScanner::reportsMissingPaths()
{
    touch(QStringLiteral("a.sql"));
    InputScanner::Result result;
    const ImportItems items = InputScanner(Classifier::builtIn())
                                  .scanAll({m_dir->filePath(QStringLiteral("a.sql")),
                                            m_dir->filePath(QStringLiteral("gone.mongo"))},
                                           &result);
    QCOMPARE(items.size(), 1);
    QCOMPARE(result.missing, QStringList{m_dir->filePath(QStringLiteral("gone.mongo"))});
}

void TestInputScanner::deliversBatchesAndStops()
{
    for (int i = 0; i < 25; ++i)
        touch(QStringLiteral("many/f%1.sql").arg(i));
    QList<qsizetype> sizes;
    InputScanner scanner(Classifier::builtIn(), 10);
    scanner.scan({m_dir->path()}, [&sizes](const ImportItems &batch) {
        sizes << batch.size();
        return true;
    });
    QCOMPARE(sizes, (QList<qsizetype>{10, 10, 5}));

    int batches = 0;
    const InputScanner::Result r = scanner.scan({m_dir->path()}, [&batches](const ImportItems &) {
        ++batches;
        return false; // cancelled after the first batch
    });
    QCOMPARE(batches, 1);
    QCOMPARE(r.files, 10);
}

QTEST_GUILESS_MAIN(TestInputScanner)
#include "tst_inputscanner.moc"
