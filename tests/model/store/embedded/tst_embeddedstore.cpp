// What only the embedded store does (SQL schema, atomic replacement, names); the contract every
// store keeps is tests/model/store/tst_storecontract.cpp.
#include "storetesting.h"
#include "embeddedstore.h"
#include "encodedbatch.h"

#include <cmath>
#include <functional>

#include <QFile>
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
    void replaceFromFileIsAtomic();
    void indexesAreUsed();
    void fieldColumnsHoldWhatJsonExtractGives();
    void replaceCollectionAtCommit();
    void schemaIsPlainSql();
    void refusesBadNames();
    void droppedDatabaseLeavesNoJournal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedStore> m_store;
};

void TestEmbeddedStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EmbeddedStore>(m_dir->filePath(QStringLiteral("db")));
}

void TestEmbeddedStore::replaceFromFileIsAtomic()
{
    const QString db = QStringLiteral("course"), c = QStringLiteral("user");
    {
        auto w = m_store->beginWrite(db).value();
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
        auto w = m_store->beginWrite(db).value();
        const Result<qint64> removed = w->removeFromFile(c, QStringLiteral("a.sql"));
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(*removed, 10);
        w->rollback();
    }
    QCOMPARE(m_store->count(db, c).value(), 15);
    {
        auto w = m_store->beginWrite(db).value();
        QVERIFY(w->removeFromFile(c, QStringLiteral("a.sql")));
        std::vector<Document> a2{row(100, QString(), 0, QStringLiteral("a2"))};
        QVERIFY(w->insert(c, a2, QStringLiteral("a.sql")));
        QVERIFY(w->commit());
    }
    QCOMPARE(m_store->count(db, c).value(), 6);
    QCOMPARE(m_store->count(db, c, {{QStringLiteral("username"), Condition::Eq, {QStringLiteral("b")}}}).value(), 5);
    {
        auto w = m_store->beginWrite(db).value(); // dropped without commit: rolled back
        QVERIFY(w->removeAll(c));
    }
    QCOMPARE(m_store->count(db, c).value(), 6);
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

// Schema 2: an indexed top-level field is a column holding exactly what json_extract gives, for
// every type and whichever way the row was written (documents, text, upsert); queries use it.
void TestEmbeddedStore::fieldColumnsHoldWhatJsonExtractGives()
{
    const QString db = QStringLiteral("t"), c = QStringLiteral("events");
    EXPECT_OK(m_store->createIndex(db, c, {QStringLiteral("a"), QStringLiteral("b")}));
    std::vector<Document> docs;
    const auto make = [&](int id, const std::function<void(Document &)> &fill) {
        Document d;
        d.appendString("_id", QStringLiteral("d%1").arg(id));
        fill(d);
        d.appendString("tail", QStringLiteral("x"));
        docs.push_back(std::move(d));
    };
    make(1, [](Document &d) { d.appendString("a", QStringLiteral("text")); d.appendInt64("b", 42); });
    make(2, [](Document &d) { d.appendDouble("a", 1.5); d.appendDouble("b", std::nan("")); });
    make(3, [](Document &d) { d.appendDouble("a", INFINITY); d.appendBool("b", true); });
    make(4, [](Document &d) { d.appendNull("a"); d.appendDate("b", 1456826400000); });
    make(5, [](Document &d) { d.appendDate("a", -1000); });                                    // no b
    make(6, [](Document &d) { Document o; o.appendInt64("k", 1); d.appendDocument("a", o); d.appendArray("b", o); });
    make(7, [](Document &d) { d.appendString("a", QStringLiteral("first")); d.appendString("a", QStringLiteral("second")); });
    make(8, [](Document &d) { d.appendString("b", QStringLiteral("\"quoted\" \\ é")); d.appendString("a", QString()); });
    {
        auto w = m_store->beginWrite(db).value();
        EXPECT_OK(w->insert(c, docs, QStringLiteral("file")));
        EncodedBatch text;
        text.appendId("\"e1\"");
        text.appendJson(R"({"_id":"e1","b":{"$date":"2016-03-01T10:00:00.000Z"},"a":"from text"})");
        text.finish();
        EXPECT_OK(w->insertEncoded(c, text));
        Document up;
        up.appendString("_id", QStringLiteral("d1"));
        up.appendString("a", QStringLiteral("replaced"));
        EXPECT_OK(w->upsert(c, up));
        EXPECT_OK(w->commit());
    }
    sqlite3 *h = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_store->databasePath(db)).constData(), &h), SQLITE_OK);
    auto scalar = [&](const char *sql) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr);
        QString out = sqlite3_step(stmt) == SQLITE_ROW ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))
                                                      : QStringLiteral("(no row)");
        sqlite3_finalize(stmt);
        return out;
    };
    QCOMPARE(scalar("SELECT count(*) FROM events"), QStringLiteral("9"));
    QCOMPARE(scalar(R"(SELECT count(*) FROM events WHERE a IS NOT json_extract(doc, '$."a"')
                       OR b IS NOT json_extract(doc, '$."b"'))"),
             QStringLiteral("0"));
    QCOMPARE(scalar(R"(SELECT a FROM events WHERE id = '"d7"')"), QStringLiteral("first"));
    QCOMPARE(scalar(R"(SELECT a FROM events WHERE id = '"d1"')"), QStringLiteral("replaced"));
    // The store's own queries go through the columns and find what json_extract finds (dates
    // compare as their text, as they always have: {"$numberDouble":"NaN"} sorts after them too).
    QCOMPARE(m_store->count(db, c, {{QStringLiteral("a"), Condition::Eq, {QStringLiteral("from text")}}}).value(), 1);
    QCOMPARE(QString::number(m_store->count(db, c, {{QStringLiteral("b"), Condition::Gte, {Value(DateTime{1456826400000})}}}).value()),
             scalar(R"(SELECT count(*) FROM events WHERE json_extract(doc, '$."b"') >= '{"$date":"2016-03-01T10:00:00.000Z"}')"));
    QCOMPARE(m_store->count(db, c, {{QStringLiteral("a"), Condition::Eq, {QString()}}}).value(), 1);
    sqlite3_close(h);
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
        auto w = m_store->beginWrite(db).value();
        QVERIFY(w->replaceCollection(c));
        std::vector<Document> docs;
        for (int i = first; i < first + n; ++i)
            docs.push_back(row(i, QStringLiteral("x"), i, QStringLiteral("u")));
        QVERIFY(w->insert(c, docs, QString()));
        if (commit)
            QVERIFY(w->commit());
    };
    fill(0, 5, true);
    QCOMPARE(m_store->count(db, c).value(), 5);
    {
        auto w = m_store->beginWrite(db).value();
        QVERIFY(w->replaceCollection(c));
        QVERIFY(w->insert(c, std::vector<Document>{row(100, QString(), 0, QString())}, QString()));
        QCOMPARE(m_store->count(db, c).value(), 5); // another connection still sees the committed content
        w->rollback();
    }
    QCOMPARE(m_store->count(db, c).value(), 5);
    fill(10, 3, false); // dropped without commit
    QCOMPARE(m_store->count(db, c).value(), 5);
    fill(20, 4, true);
    QCOMPARE(m_store->count(db, c).value(), 4);
    QVERIFY(m_store->findById(db, c, QStringLiteral("row-21")).value().has_value());
    QVERIFY(!m_store->findById(db, c, QStringLiteral("row-1")).value().has_value());
    QCOMPARE(m_store->collections(db).value(), QStringList{c});
    // The store's own indexes come through under their usual names, once; no staging table stays.
    QCOMPARE(names("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%tracking%' ORDER BY name"),
             QStringList{c});
    QCOMPARE(names("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tracking' ORDER BY name"),
             (QStringList{QStringLiteral("sqlite_autoindex_tracking_1"), QStringLiteral("tracking$file")}));
    // Ordinary writes to it work as before.
    auto w = m_store->beginWrite(db).value();
    QVERIFY(w->insert(c, std::vector<Document>{row(30, QString(), 0, QString())}, QStringLiteral("f.sql")));
    QVERIFY(w->commit());
    QCOMPARE(m_store->count(db, c).value(), 5);
}

void TestEmbeddedStore::schemaIsPlainSql()
{
    auto w = m_store->beginWrite(QStringLiteral("s")).value();
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
    const auto escape = m_store->beginWrite(QStringLiteral("../escape"));
    QVERIFY(!escape);
    QVERIFY(!escape.value());
    QVERIFY(escape.error().contains(QLatin1String("../escape")));
    QVERIFY(!m_store->beginWrite(QString()).value());
    const Result<qint64> none = m_store->count(QStringLiteral("nope"), QStringLiteral("c"));
    QCOMPARE(none.value(), 0);
    QVERIFY(!none.ok()); // (no such database: an error, with the empty count)
}

// The store writes with a rollback journal: a hot "-journal" left by a crash beside a dropped
// database would be played back into a later database of the same name (issue 16).
void TestEmbeddedStore::droppedDatabaseLeavesNoJournal()
{
    const QString db = QStringLiteral("Org-Drop-1");
    {
        auto w = m_store->beginWrite(db).value();
        QVERIFY(w);
        QVERIFY(w->insert(QStringLiteral("c"), std::vector<Document>{row(1, QString(), 0, QString())}, QString()));
        QVERIFY(w->commit());
    }
    const QString path = m_store->databasePath(db);
    QFile journal(path + QStringLiteral("-journal"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray(512, '\xd9')); // (what a crash leaves: a journal header and pages)
    journal.close();
    const Status dropped = m_store->dropDatabase(db);
    QVERIFY2(dropped, qPrintable(dropped.error()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QCOMPARE(m_store->count(db, QStringLiteral("c")).value(), 0);
    QVERIFY(!m_store->databases()->contains(db));
}

QTEST_GUILESS_MAIN(TestEmbeddedStore)
#include "tst_embeddedstore.moc"
