#include "embeddedstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace EdxLoader;

namespace {

Document row(int id, const QString &course, qint64 when, const QString &username)
{
    Document d;
    d.appendString("_id", QStringLiteral("row-%1").arg(id));
    d.appendString("course_id", course);
    d.appendDate("timestamp", when);
    d.appendString("username", username);
    d.appendInt64("n", id);
    return d;
}

} // namespace

class TestEmbeddedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void insertCountFindDistinct();
    void duplicatesAreReported();
    void replaceFromFileIsAtomic();
    void indexesAreUsed();
    void listAndDrop();
    void replaceCollectionAtCommit();
    void schemaIsPlainSql();
    void refusesBadNames();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedStore> m_store;
};

void TestEmbeddedStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EmbeddedStore>(m_dir->filePath(QStringLiteral("db")));
}

void TestEmbeddedStore::insertCountFindDistinct()
{
    const qint64 t0 = 1456790400000LL; // 2016-03-01
    std::vector<Document> docs;
    for (int i = 0; i < 100; ++i)
        docs.push_back(row(i, i % 3 ? QStringLiteral("course-v1:A+B+C") : QStringLiteral("A/B.1/C"), t0 + i * 3600000LL,
                           QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'))));
    auto w = m_store->beginWrite(QStringLiteral("tracking_logs"));
    QVERIFY(w);
    QVERIFY(w->insert(QStringLiteral("tracking"), docs, QStringLiteral("day1.log.gz")));
    QVERIFY(w->commit());

    const QString db = QStringLiteral("tracking_logs"), c = QStringLiteral("tracking");
    QCOMPARE(m_store->count(db, c), 100);
    QCOMPARE(m_store->count(db, c, {{QStringLiteral("course_id"), Condition::Eq, {QStringLiteral("A/B.1/C")}}}), 34);
    QCOMPARE(m_store->count(db, c, {{QStringLiteral("n"), Condition::In, {qint64(1), qint64(2), qint64(500)}}}), 2);
    // A date range: 10:00 on the first day (inclusive) to the start of the second day.
    const Filter day{{QStringLiteral("timestamp"), Condition::Gte, {DateTime{t0 + 10 * 3600000LL}}},
                     {QStringLiteral("timestamp"), Condition::Lt, {DateTime{t0 + 24 * 3600000LL}}}};
    QCOMPARE(m_store->count(db, c, day), 14);
    QList<qint64> order;
    QVERIFY(m_store->find(db, c, day, FindOptions{QStringLiteral("timestamp"), true, 3, 0}, [&](const Document &d) {
        order << std::get<qint64>(d.value("n"));
        return true;
    }));
    QCOMPARE(order, (QList<qint64>{23, 22, 21}));

    const QList<DistinctValue> courses = m_store->distinct(db, c, QStringLiteral("course_id"));
    QCOMPARE(courses.size(), 2);
    QCOMPARE(std::get<QString>(courses.first().value), QStringLiteral("course-v1:A+B+C"));
    QCOMPARE(courses.first().count, 66);
    const QList<DistinctValue> times = m_store->distinct(db, c, QStringLiteral("timestamp"),
                                                         {{QStringLiteral("n"), Condition::Eq, {qint64(5)}}});
    QCOMPARE(times.size(), 1);
    QCOMPARE(std::get<DateTime>(times.first().value).msecs, t0 + 5 * 3600000LL);

    const auto found = m_store->findById(db, c, QStringLiteral("row-7"));
    QVERIFY(found);
    QCOMPARE(found->string("username"), QStringLiteral("00007")); // a string, not the number 7
    QVERIFY(!m_store->findById(db, c, QStringLiteral("row-700")));
    QCOMPARE(m_store->sample(db, c, 4).size(), 4);
}

void TestEmbeddedStore::duplicatesAreReported()
{
    auto w = m_store->beginWrite(QStringLiteral("x"));
    std::vector<Document> docs;
    docs.push_back(row(1, QString(), 0, QString()));
    docs.push_back(row(2, QString(), 0, QString()));
    docs.push_back(row(1, QString(), 0, QString()));
    QList<int> duplicates;
    QVERIFY(w->insert(QStringLiteral("c"), docs, QString(), &duplicates));
    QCOMPARE(duplicates, QList<int>{2});
    QVERIFY(w->commit());
    QCOMPARE(m_store->count(QStringLiteral("x"), QStringLiteral("c")), 2);
}

void TestEmbeddedStore::replaceFromFileIsAtomic()
{
    const QString db = QStringLiteral("course"), c = QStringLiteral("user");
    {
        auto w = m_store->beginWrite(db);
        std::vector<Document> a, b;
        for (int i = 0; i < 10; ++i)
            a.push_back(row(i, QString(), 0, QStringLiteral("a")));
        for (int i = 10; i < 15; ++i)
            b.push_back(row(i, QString(), 0, QStringLiteral("b")));
        QVERIFY(w->insert(c, a, QStringLiteral("a.sql")));
        QVERIFY(w->insert(c, b, QStringLiteral("b.sql")));
        QVERIFY(w->commit());
    }
    {
        // Replacing a.sql, then failing before commit, changes nothing.
        auto w = m_store->beginWrite(db);
        qint64 removed = 0;
        QVERIFY(w->removeFromFile(c, QStringLiteral("a.sql"), &removed));
        QCOMPARE(removed, 10);
        w->rollback();
    }
    QCOMPARE(m_store->count(db, c), 15);
    {
        auto w = m_store->beginWrite(db);
        QVERIFY(w->removeFromFile(c, QStringLiteral("a.sql")));
        std::vector<Document> a2{row(100, QString(), 0, QStringLiteral("a2"))};
        QVERIFY(w->insert(c, a2, QStringLiteral("a.sql")));
        QVERIFY(w->commit());
    }
    QCOMPARE(m_store->count(db, c), 6);
    QCOMPARE(m_store->count(db, c, {{QStringLiteral("username"), Condition::Eq, {QStringLiteral("b")}}}), 5);
    {
        auto w = m_store->beginWrite(db); // dropped without commit: rolled back
        QVERIFY(w->removeAll(c));
    }
    QCOMPARE(m_store->count(db, c), 6);
}

void TestEmbeddedStore::indexesAreUsed()
{
    QVERIFY(m_store->createIndex(QStringLiteral("t"), QStringLiteral("tracking"),
                                 {QStringLiteral("context.course_id"), QStringLiteral("timestamp")}));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_store->databasePath(QStringLiteral("t"))).constData(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = "EXPLAIN QUERY PLAN SELECT doc FROM tracking WHERE "
                           + EmbeddedStore::fieldExpression(QStringLiteral("context.course_id")) + " = 'x'";
    QCOMPARE(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    const QByteArray plan = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    QVERIFY2(plan.contains("USING INDEX"), plan.constData());
}

void TestEmbeddedStore::listAndDrop()
{
    for (const char *name : {"b_course", "a_course"}) {
        auto w = m_store->beginWrite(QString::fromLatin1(name));
        QVERIFY(w->insert(QStringLiteral("user"), std::vector<Document>{row(1, QString(), 0, QString())}, QString()));
        QVERIFY(w->insert(QStringLiteral("forum"), std::vector<Document>{row(1, QString(), 0, QString())}, QString()));
        QVERIFY(w->commit());
    }
    QCOMPARE(m_store->databases(), (QStringList{QStringLiteral("a_course"), QStringLiteral("b_course")}));
    QCOMPARE(m_store->collections(QStringLiteral("a_course")), (QStringList{QStringLiteral("forum"), QStringLiteral("user")}));
    QCOMPARE(m_store->collectionInfos().size(), 4);
    QVERIFY(m_store->dropCollection(QStringLiteral("a_course"), QStringLiteral("forum")));
    QCOMPARE(m_store->collections(QStringLiteral("a_course")), QStringList{QStringLiteral("user")});
    QVERIFY(m_store->dropDatabase(QStringLiteral("b_course")));
    QCOMPARE(m_store->databases(), QStringList{QStringLiteral("a_course")});
}

void TestEmbeddedStore::replaceCollectionAtCommit()
{
    const QString db = QStringLiteral("course");
    const QString c = QStringLiteral("tracking");
    auto names = [&](const char *sql) {
        QStringList out;
        sqlite3 *h = nullptr;
        sqlite3_open(QFile::encodeName(m_store->databasePath(db)).constData(), &h);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        sqlite3_close(h);
        return out;
    };
    auto fill = [&](int first, int n, bool commit) {
        auto w = m_store->beginWrite(db);
        QVERIFY(w->replaceCollection(c));
        std::vector<Document> docs;
        for (int i = first; i < first + n; ++i)
            docs.push_back(row(i, QStringLiteral("x"), i, QStringLiteral("u")));
        QVERIFY(w->insert(c, docs, QString()));
        if (commit)
            QVERIFY(w->commit());
    };
    fill(0, 5, true);
    QCOMPARE(m_store->count(db, c), 5);
    {
        auto w = m_store->beginWrite(db);
        QVERIFY(w->replaceCollection(c));
        QVERIFY(w->insert(c, std::vector<Document>{row(100, QString(), 0, QString())}, QString()));
        QCOMPARE(m_store->count(db, c), 5); // another connection still sees the committed content
        w->rollback();
    }
    QCOMPARE(m_store->count(db, c), 5);
    fill(10, 3, false); // dropped without commit
    QCOMPARE(m_store->count(db, c), 5);
    fill(20, 4, true);
    QCOMPARE(m_store->count(db, c), 4);
    QVERIFY(m_store->findById(db, c, QStringLiteral("row-21")).has_value());
    QVERIFY(!m_store->findById(db, c, QStringLiteral("row-1")).has_value());
    QCOMPARE(m_store->collections(db), QStringList{c});
    // The store's own indexes come through under their usual names, once; no staging table stays.
    QCOMPARE(names("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%tracking%' ORDER BY name"),
             QStringList{c});
    QCOMPARE(names("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tracking' ORDER BY name"),
             (QStringList{QStringLiteral("sqlite_autoindex_tracking_1"), QStringLiteral("tracking$file")}));
    // Ordinary writes to it work as before.
    auto w = m_store->beginWrite(db);
    QVERIFY(w->insert(c, std::vector<Document>{row(30, QString(), 0, QString())}, QStringLiteral("f.sql")));
    QVERIFY(w->commit());
    QCOMPARE(m_store->count(db, c), 5);
}

void TestEmbeddedStore::schemaIsPlainSql()
{
    auto w = m_store->beginWrite(QStringLiteral("s"));
    QVERIFY(w->insert(QStringLiteral("user"), std::vector<Document>{row(1, QStringLiteral("c"), 1456790400000LL, QStringLiteral("007"))},
                      QStringLiteral("f.sql")));
    QVERIFY(w->commit());
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_store->databasePath(QStringLiteral("s"))).constData(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT u.id, f.name, json_extract(doc, '$.username'), json_extract(doc, '$.timestamp.\"$date\"') "
                                    "FROM user AS u JOIN _edxloader_files AS f ON f.id = u.file",
                                -1, &stmt, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))), QByteArray("\"row-1\""));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))), QByteArray("f.sql"));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2))), QByteArray("007"));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3))), QByteArray("2016-03-01T00:00:00.000Z"));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

void TestEmbeddedStore::refusesBadNames()
{
    QVERIFY(!m_store->beginWrite(QStringLiteral("../escape")));
    QVERIFY(!m_store->errorString().isEmpty());
    QVERIFY(!m_store->beginWrite(QString()));
    QCOMPARE(m_store->count(QStringLiteral("nope"), QStringLiteral("c")), 0);
}

QTEST_GUILESS_MAIN(TestEmbeddedStore)
#include "tst_embeddedstore.moc"
