// The contract every DocumentStore keeps, run against each backend: ctest runs it once for the
// embedded store and once for MongoDB (tst_storecontract_mongodb), which needs a server named by
// EDXLOADER_TEST_MONGODB_URI and is reported as skipped, with that reason, when there is none.
#include "embeddedstore.h"
#include "jongodb.h"
#include "storefactory.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace EdxLoader;

// A Status or Result that must be ok, with its error as the failure's message.
#define VERIFY_OK(...) \
    do { \
        const auto &result_ = (__VA_ARGS__); \
        QVERIFY2(result_.ok(), qPrintable(result_.error())); \
    } while (false)

namespace {

// A write transaction on database, or nullptr (the error in the log) when there is none.
std::unique_ptr<WriteTransaction> beginWrite(DocumentStore &store, const QString &database)
{
    Result<std::unique_ptr<WriteTransaction>> w = store.beginWrite(database);
    if (!w)
        qWarning("beginWrite(%s): %s", qPrintable(database), qPrintable(w.error()));
    return std::move(w).value();
}

// A count, or -1 (the error in the log): no test expects that, not even where it expects 0.
qint64 counted(const Result<qint64> &n)
{
    if (!n)
        qWarning("count: %s", qPrintable(n.error()));
    return n ? *n : -1;
}

Document row(const Value &id, const QString &course, qint64 when, const QString &username, qint64 n)
{
    Document d;
    d.appendValue("_id", id);
    d.appendString("course_id", course);
    d.appendDate("timestamp", when);
    d.appendString("username", username);
    d.appendInt64("n", n);
    return d;
}

Document row(int id, const QString &course = {}, qint64 when = 0, const QString &username = {})
{
    return row(QStringLiteral("row-%1").arg(id), course, when, username, id);
}

QByteArray fileKey(const QString &database, const QString &file)
{
    return (database + QLatin1Char('/') + file).toUtf8();
}

} // namespace

class TestStoreContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typesSurviveTheRoundTrip();
    void insertCountFindDistinct();
    void duplicatesAreReported();
    void removeFromFileTakesOnlyThatFile();
    void rollbackTakesBackWhatItInserted();
    void ledgerEntriesAppearAtCommit();
    void replaceCollectionAtCommit();
    void claimMakesASecondLoaderWait();
    void abandonedClaimIsTakenOver();
    void listAndDrop();
    void sameDumpAsTheEmbeddedStore();

private:
    QString db(const QString &name) const { return m_prefix + name; }
    std::unique_ptr<DocumentStore> open() const;

    bool mongo() const { return m_backend != QLatin1String("embedded"); } // a real server or jongodb
    bool jongodb() const { return m_backend == QLatin1String("jongodb"); }

    QString m_backend;
    Testing::JongodbServer m_jongodb;
    QString m_uri;
    QString m_prefix;
    QStringList m_dropAfter; // databases a test made without the prefix: cleanup() drops them
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DocumentStore> m_store;
};

void TestStoreContract::initTestCase()
{
    m_backend = qEnvironmentVariable("EDXLOADER_CONTRACT_BACKEND", QStringLiteral("embedded"));
    if (jongodb()) {
        if (!Testing::JongodbServer::installed())
            QSKIP(qPrintable(Testing::JongodbServer::notInstalled()));
        QVERIFY2(m_jongodb.start(), qPrintable(m_jongodb.error()));
        m_uri = m_jongodb.uri();
        const auto opened = openStore(StoreTarget::parse(m_uri));
        QVERIFY2(opened, qPrintable(opened.error()));
    } else if (m_backend == QLatin1String("mongodb")) {
        m_uri = qEnvironmentVariable("EDXLOADER_TEST_MONGODB_URI");
        if (m_uri.isEmpty())
            QSKIP("EDXLOADER_TEST_MONGODB_URI is not set: no MongoDB server to run the store contract against "
                  "(set it to a mongodb:// URI of a throwaway server to run it)");
        const auto opened = openStore(StoreTarget::parse(m_uri));
        QVERIFY2(opened, qPrintable(opened.error()));
    }
}

std::unique_ptr<DocumentStore> TestStoreContract::open() const
{
    if (mongo()) {
        auto store = openStore(StoreTarget::parse(m_uri));
        if (!store)
            qWarning("%s", qPrintable(store.error()));
        return std::move(store).value();
    }
    return std::make_unique<EmbeddedStore>(m_dir->filePath(QStringLiteral("db")));
}

void TestStoreContract::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Databases of a MongoDB run get a prefix of their own: a shared server is not disturbed and
    // two runs at once do not meet.
    m_prefix = mongo()
                   ? QStringLiteral("edxt%1_").arg(QRandomGenerator::global()->generate() % 1000000, 6, 10, QLatin1Char('0'))
                   : QString();
    m_store = open();
    QVERIFY(m_store);
}

void TestStoreContract::cleanup()
{
    // A MongoDB run drops the databases it made (they have this run's prefix), and fails when it
    // cannot rather than leave them (issue 17). jongodb keeps everything in memory and goes with
    // the test: nothing to drop, and it could not.
    auto store = std::move(m_store);
    const QStringList made = std::exchange(m_dropAfter, {});
    if (!store || m_prefix.isEmpty() || jongodb())
        return;
    for (const QString &d : made) {
        const Status dropped = store->dropDatabase(d);
        QVERIFY2(dropped, qPrintable(dropped.error()));
    }
    const Result<QStringList> all = store->databases();
    QVERIFY2(all, qPrintable(all.error()));
    for (const QString &d : *all) {
        if (!d.startsWith(m_prefix))
            continue;
        const Status dropped = store->dropDatabase(d);
        QVERIFY2(dropped, qPrintable(dropped.error()));
    }
}

void TestStoreContract::typesSurviveTheRoundTrip()
{
    ObjectId oid;
    QVERIFY(ObjectId::fromHex(u"5f1e2d3c4b5a69788796a5b4", &oid));
    Document nested;
    nested.appendString("path", QStringLiteral("/courses/course-v1:A+B+C/x"));
    nested.appendInt64("depth", 2);
    Document array;
    array.appendInt64("0", 1);
    array.appendString("1", QStringLiteral("two"));
    array.appendNull("2");
    array.appendDocument("3", nested);
    Document d;
    d.appendObjectId("_id", oid);
    d.appendString("username", QStringLiteral("12345"));       // a string that looks like a number
    d.appendInt64("big", 9007199254740993LL);                   // above 2^53: not a double
    d.appendDouble("score", 2.0);                               // stays a double
    d.appendBool("active", false);
    d.appendNull("year_of_birth");
    d.appendDate("created", 1456790400123LL);
    d.appendDate("before_1970", -86400000LL);
    d.appendObjectId("ref", oid);
    d.appendDocument("context", nested);
    d.appendArray("answers", array);
    d.appendString("Q\xef\xbc\x8e" "1", QStringLiteral("escaped dot key"));  // "Q．1"
    d.appendString("\xef\xbc\x84" "set", QStringLiteral("escaped dollar key")); // "＄set"
    d.appendString("address", QStringLiteral("a\tb\nc\rd\\e — é 🎓"));
    const QByteArray before = d.toRelaxedJson();

    auto w = beginWrite(*m_store, db(QStringLiteral("types")));
    QVERIFY(w);
    VERIFY_OK(w->insert(QStringLiteral("c"), {d}, QString()));
    VERIFY_OK(w->commit());
    const Result<std::optional<Document>> found = m_store->findById(db(QStringLiteral("types")), QStringLiteral("c"), oid);
    VERIFY_OK(found);
    const std::optional<Document> &back = *found;
    QVERIFY(back);
    QCOMPARE(back->toRelaxedJson(), before); // types, values and key order
    QCOMPARE(std::get<qint64>(back->value("big")), 9007199254740993LL);
    QVERIFY(std::holds_alternative<QString>(back->value("username")));
    QVERIFY(std::holds_alternative<double>(back->value("score")));
    QVERIFY(std::holds_alternative<std::monostate>(back->value("year_of_birth")));
    QCOMPARE(std::get<DateTime>(back->value("before_1970")).msecs, -86400000LL);
    QCOMPARE(std::get<ObjectId>(back->value("ref")).toHex(), QStringLiteral("5f1e2d3c4b5a69788796a5b4"));
    QCOMPARE(back->string("context.path"), QStringLiteral("/courses/course-v1:A+B+C/x"));
}

void TestStoreContract::insertCountFindDistinct()
{
    const qint64 t0 = 1456790400000LL; // 2016-03-01
    std::vector<Document> docs;
    for (int i = 0; i < 100; ++i)
        docs.push_back(row(i, i % 3 ? QStringLiteral("course-v1:A+B+C") : QStringLiteral("A/B.1/C"), t0 + i * 3600000LL,
                           QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'))));
    const QString d = db(QStringLiteral("tracking_logs")), c = QStringLiteral("tracking");
    auto w = beginWrite(*m_store, d);
    QVERIFY(w);
    VERIFY_OK(w->insert(c, docs, QStringLiteral("day1.log")));
    VERIFY_OK(w->commit());
    VERIFY_OK(m_store->createIndex(d, c, {QStringLiteral("course_id"), QStringLiteral("timestamp")}));
    VERIFY_OK(m_store->createIndex(d, c, {QStringLiteral("course_id"), QStringLiteral("timestamp")})); // again: no-op

    QCOMPARE(counted(m_store->count(d, c)), 100);
    QCOMPARE(counted(m_store->count(d, c, {{QStringLiteral("course_id"), Condition::Eq, {QStringLiteral("A/B.1/C")}}})), 34);
    QCOMPARE(counted(m_store->count(d, c, {{QStringLiteral("n"), Condition::In, {qint64(1), qint64(2), qint64(500)}}})), 2);
    const Filter day{{QStringLiteral("timestamp"), Condition::Gte, {DateTime{t0 + 10 * 3600000LL}}},
                     {QStringLiteral("timestamp"), Condition::Lt, {DateTime{t0 + 24 * 3600000LL}}}};
    QCOMPARE(counted(m_store->count(d, c, day)), 14);
    QCOMPARE(counted(m_store->count(d, c, {{QStringLiteral("n"), Condition::Gt, {qint64(97)}}})), 2);
    QCOMPARE(counted(m_store->count(d, c, {{QStringLiteral("n"), Condition::Lte, {qint64(1)}}})), 2);
    QList<qint64> order;
    VERIFY_OK(m_store->find(d, c, day, FindOptions{QStringLiteral("timestamp"), true, 3, 0}, [&](const Document &doc) {
        order << std::get<qint64>(doc.value("n"));
        return true;
    }));
    QCOMPARE(order, (QList<qint64>{23, 22, 21}));
    order.clear();
    VERIFY_OK(m_store->find(d, c, {}, FindOptions{{}, false, 3, 5}, [&](const Document &doc) {
        order << std::get<qint64>(doc.value("n"));
        return true;
    }));
    QCOMPARE(order, (QList<qint64>{5, 6, 7})); // insertion order, skip and limit

    const Result<QList<DistinctValue>> courses = m_store->distinct(d, c, QStringLiteral("course_id"));
    VERIFY_OK(courses);
    QCOMPARE(courses->size(), 2);
    QCOMPARE(std::get<QString>(courses->first().value), QStringLiteral("course-v1:A+B+C"));
    QCOMPARE(courses->first().count, 66);
    const Result<QList<DistinctValue>> times = m_store->distinct(d, c, QStringLiteral("timestamp"),
                                                                 {{QStringLiteral("n"), Condition::Eq, {qint64(5)}}});
    VERIFY_OK(times);
    QCOMPARE(times->size(), 1);
    QCOMPARE(std::get<DateTime>(times->first().value).msecs, t0 + 5 * 3600000LL);

    const Result<std::optional<Document>> found = m_store->findById(d, c, QStringLiteral("row-7"));
    VERIFY_OK(found);
    QVERIFY(*found);
    QCOMPARE((*found)->string("username"), QStringLiteral("00007"));
    const Result<std::optional<Document>> missing = m_store->findById(d, c, QStringLiteral("row-700"));
    VERIFY_OK(missing);
    QVERIFY(!*missing);
    const Result<QList<Document>> sample = m_store->sample(d, c, 4);
    VERIFY_OK(sample);
    QCOMPARE(sample->size(), 4);
    QCOMPARE(counted(m_store->count(d, QStringLiteral("nothing_here"))), 0);
}

void TestStoreContract::duplicatesAreReported()
{
    if (jongodb())
        QSKIP("jongodb treats ordered:false as ordered (the first duplicate ends the batch): a real mongod "
              "(tst_storecontract_mongodb) checks that every duplicate is reported");
    auto w = beginWrite(*m_store, db(QStringLiteral("x")));
    QVERIFY(w);
    std::vector<Document> docs{row(1), row(2), row(1), row(3), row(2)};
    QList<int> duplicates;
    VERIFY_OK(w->insert(QStringLiteral("c"), docs, QString(), &duplicates));
    QCOMPARE(duplicates, (QList<int>{2, 4}));
    VERIFY_OK(w->commit());
    QCOMPARE(counted(m_store->count(db(QStringLiteral("x")), QStringLiteral("c"))), 3);
}

void TestStoreContract::removeFromFileTakesOnlyThatFile()
{
    // File a's rows have the deterministic ids of the readers; file b's documents their own ids
    // (as forum posts do); file c's both.
    const QString d = db(QStringLiteral("course")), c = QStringLiteral("user");
    std::vector<Document> a, b, cc;
    for (int i = 1; i <= 10; ++i)
        a.push_back(row(rowObjectId(fileKey(d, QStringLiteral("a.sql")), i), {}, 0, QStringLiteral("a"), i));
    for (int i = 1; i <= 5; ++i)
        b.push_back(row(QStringLiteral("post-%1").arg(i), {}, 0, QStringLiteral("b"), i));
    for (int i = 1; i <= 4; ++i)
        cc.push_back(i % 2 ? row(rowObjectId(fileKey(d, QStringLiteral("c.mongo")), i), {}, 0, QStringLiteral("c"), i)
                           : row(QStringLiteral("c-own-%1").arg(i), {}, 0, QStringLiteral("c"), i));
    {
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        VERIFY_OK(w->insert(c, a, QStringLiteral("a.sql")));
        VERIFY_OK(w->insert(c, b, QStringLiteral("b.mongo")));
        VERIFY_OK(w->insert(c, cc, QStringLiteral("c.mongo")));
        VERIFY_OK(w->commit());
    }
    QCOMPARE(counted(m_store->count(d, c)), 19);
    for (const auto &[file, expected, left] : {std::tuple{QStringLiteral("b.mongo"), 5, 14},
                                                std::tuple{QStringLiteral("c.mongo"), 4, 10},
                                                std::tuple{QStringLiteral("a.sql"), 10, 0}}) {
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        const Result<qint64> removed = w->removeFromFile(c, file);
        VERIFY_OK(removed);
        QCOMPARE(*removed, expected);
        VERIFY_OK(w->commit());
        QCOMPARE(counted(m_store->count(d, c)), left);
        QCOMPARE(counted(m_store->count(d, c, {{QStringLiteral("username"), Condition::Eq, {file.left(1)}}})), 0);
    }
    {
        // Removing again finds nothing, and a file never imported neither.
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        const Result<qint64> again = w->removeFromFile(c, QStringLiteral("a.sql"));
        VERIFY_OK(again);
        QCOMPARE(*again, 0);
        const Result<qint64> never = w->removeFromFile(c, QStringLiteral("never.sql"));
        VERIFY_OK(never);
        QCOMPARE(*never, 0);
        VERIFY_OK(w->commit());
    }
}

void TestStoreContract::rollbackTakesBackWhatItInserted()
{
    const QString d = db(QStringLiteral("course")), c = QStringLiteral("forum");
    {
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        VERIFY_OK(w->insert(c, {row(1), row(2)}, QStringLiteral("old.mongo")));
        VERIFY_OK(w->commit());
    }
    {
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        VERIFY_OK(w->insert(c, {row(10), row(11)}, QStringLiteral("new.mongo")));
        VERIFY_OK(w->insert(c, {row(rowObjectId(fileKey(d, QStringLiteral("new.sql")), 1), {}, 0, {}, 1)}, QStringLiteral("new.sql")));
        VERIFY_OK(w->insert(c, {row(12)}, QString()));
        VERIFY_OK(w->upsert(QStringLiteral("forum_imported"), row(99)));
        w->rollback();
    }
    QCOMPARE(counted(m_store->count(d, c)), 2);
    const Result<std::optional<Document>> entry = m_store->findById(d, QStringLiteral("forum_imported"), QStringLiteral("row-99"));
    VERIFY_OK(entry);
    QVERIFY(!*entry);
    {
        auto w = beginWrite(*m_store, d); // dropped without commit: rolled back
        QVERIFY(w);
        VERIFY_OK(w->insert(c, {row(20)}, QStringLiteral("other.mongo")));
    }
    QCOMPARE(counted(m_store->count(d, c)), 2);
    QVERIFY(m_store->findById(d, c, QStringLiteral("row-1")).value());
}

void TestStoreContract::ledgerEntriesAppearAtCommit()
{
    const QString d = db(QStringLiteral("course")), ledger = QStringLiteral("user_imported");
    // The status of the entry, or what went wrong.
    const auto status = [&] {
        const Result<std::optional<Document>> found = m_store->findById(d, ledger, QStringLiteral("u.sql"));
        if (!found)
            return found.error();
        return *found ? (*found)->string("status") : QStringLiteral("(no entry)");
    };
    auto w = beginWrite(*m_store, d);
    QVERIFY(w);
    VERIFY_OK(w->insert(QStringLiteral("user"), {row(1)}, QStringLiteral("u.sql")));
    Document entry;
    entry.appendString("_id", QStringLiteral("u.sql"));
    entry.appendString("status", QStringLiteral("done"));
    VERIFY_OK(w->upsert(ledger, entry));
    {
        // Another connection does not see the entry before the commit.
        auto reader = open();
        QVERIFY(reader);
        const Result<std::optional<Document>> early = reader->findById(d, ledger, QStringLiteral("u.sql"));
        VERIFY_OK(early);
        QVERIFY(!*early);
    }
    VERIFY_OK(w->commit());
    QCOMPARE(status(), QStringLiteral("done"));
    // Upsert replaces the entry.
    auto w2 = beginWrite(*m_store, d);
    QVERIFY(w2);
    Document again;
    again.appendString("_id", QStringLiteral("u.sql"));
    again.appendString("status", QStringLiteral("failed"));
    VERIFY_OK(w2->upsert(ledger, again));
    VERIFY_OK(w2->commit());
    QCOMPARE(counted(m_store->count(d, ledger)), 1);
    QCOMPARE(status(), QStringLiteral("failed"));
}

void TestStoreContract::replaceCollectionAtCommit()
{
    if (jongodb())
        QSKIP("jongodb has no create and no renameCollection, which replacing a collection needs: a real mongod "
              "(tst_storecontract_mongodb) checks it");
    const QString d = db(QStringLiteral("course")), c = QStringLiteral("tracking");
    {
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        VERIFY_OK(w->insert(c, {row(1), row(2), row(3)}, QString()));
        VERIFY_OK(w->commit());
    }
    {
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        VERIFY_OK(w->replaceCollection(c));
        VERIFY_OK(w->insert(c, {row(21), row(22)}, QString()));
        auto reader = open();
        QVERIFY(reader);
        QCOMPARE(counted(reader->count(d, c)), 3); // the old content until the commit
        w->rollback();
    }
    QCOMPARE(counted(m_store->count(d, c)), 3);
    QCOMPARE(m_store->collections(d).value(), QStringList{c}); // no trace of the new content
    {
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        VERIFY_OK(w->replaceCollection(c));
        VERIFY_OK(w->insert(c, {row(21), row(22)}, QString()));
        VERIFY_OK(w->commit());
    }
    QCOMPARE(counted(m_store->count(d, c)), 2);
    QVERIFY(m_store->findById(d, c, QStringLiteral("row-21")).value());
    const Result<std::optional<Document>> replaced = m_store->findById(d, c, QStringLiteral("row-1"));
    VERIFY_OK(replaced);
    QVERIFY(!*replaced);
    QCOMPARE(m_store->collections(d).value(), QStringList{c});
    {
        // Replaced by nothing: empty.
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        VERIFY_OK(w->replaceCollection(c));
        VERIFY_OK(w->commit());
    }
    QCOMPARE(counted(m_store->count(d, c)), 0);
}

void TestStoreContract::claimMakesASecondLoaderWait()
{
    const QString d = db(QStringLiteral("tracking_logs")), ledger = QStringLiteral("tracking_imported");
    auto first = beginWrite(*m_store, d);
    QVERIFY(first);
    VERIFY_OK(first->claim(ledger, QStringLiteral("day1.log"), nullptr));
    QElapsedTimer timer;
    timer.start();
    std::atomic<qint64> claimedAfter{-1};
    std::thread second([&] {
        auto store = open();
        auto w = store ? beginWrite(*store, d) : nullptr;
        if (w && w->claim(ledger, QStringLiteral("day1.log"), nullptr)) {
            claimedAfter = timer.elapsed();
            static_cast<void>(w->commit()); // (what is checked is when the claim was had)
        }
    });
    // Whatever fails below, the first loader lets go and the thread is joined.
    auto joinSecond = qScopeGuard([&] {
        if (first)
            first->rollback();
        second.join();
    });
    QTest::qWait(600);
    QCOMPARE(claimedAfter.load(), -1); // still waiting
    VERIFY_OK(first->commit());
    first.reset();
    joinSecond.dismiss();
    second.join();
    QVERIFY(claimedAfter.load() >= 600);

    if (mongo()) {
        // Waiting can be cancelled.
        auto holder = beginWrite(*m_store, d);
        QVERIFY(holder);
        VERIFY_OK(holder->claim(ledger, QStringLiteral("day2.log"), nullptr));
        std::atomic_bool cancel{false};
        std::atomic_bool started{false};
        std::atomic_bool claimed{true};
        std::thread waiter([&] {
            auto store = open();
            auto w = store ? beginWrite(*store, d) : nullptr;
            started = true;
            claimed = w && w->claim(ledger, QStringLiteral("day2.log"), &cancel).ok();
        });
        auto joinWaiter = qScopeGuard([&] {
            cancel = true;
            waiter.join();
        });
        QTRY_VERIFY(started.load());
        QTest::qWait(1000); // several of the claim's 250 ms waits
        QVERIFY(claimed.load()); // (not yet answered)
        cancel = true;
        joinWaiter.dismiss();
        waiter.join();
        QVERIFY(!claimed.load());
        holder->rollback();
    }
}

void TestStoreContract::abandonedClaimIsTakenOver()
{
#ifdef Q_OS_UNIX
    if (!mongo())
        QSKIP("The embedded store needs no claims: SQLite's write lock goes with the process that held it");
    // A claim left by a process of this machine that died (a kill -9 during an import).
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    waitpid(child, nullptr, 0);
    const QString d = db(QStringLiteral("tracking_logs")), ledger = QStringLiteral("tracking_imported");
    {
        Document claim;
        claim.appendString("_id", QString(ledger + QStringLiteral("/day1.log")));
        claim.appendString("host", QSysInfo::machineHostName());
        claim.appendInt64("pid", child);
        claim.appendString("token", QStringLiteral("dead"));
        claim.appendDate("since", QDateTime::currentMSecsSinceEpoch());
        claim.appendDate("heartbeat", QDateTime::currentMSecsSinceEpoch());
        auto w = beginWrite(*m_store, d);
        QVERIFY(w);
        VERIFY_OK(w->upsert(QStringLiteral("_edxloader_claims"), claim));
        VERIFY_OK(w->commit());
    }
    QElapsedTimer timer;
    timer.start();
    auto w = beginWrite(*m_store, d);
    QVERIFY(w);
    VERIFY_OK(w->claim(ledger, QStringLiteral("day1.log"), nullptr));
    QVERIFY(timer.elapsed() < 5000);
    VERIFY_OK(w->commit());
#else
    QSKIP("Needs fork()");
#endif
}

void TestStoreContract::listAndDrop()
{
    if (jongodb())
        QSKIP("jongodb has no listDatabases, listCollections or drop: a real mongod (tst_storecontract_mongodb) "
              "checks them");
    for (const char *name : {"a_course", "b_course"}) {
        auto w = beginWrite(*m_store, db(QString::fromLatin1(name)));
        QVERIFY(w);
        VERIFY_OK(w->insert(QStringLiteral("user"), {row(1)}, QStringLiteral("u.sql")));
        VERIFY_OK(w->insert(QStringLiteral("forum"), {row(2)}, QStringLiteral("f.mongo")));
        VERIFY_OK(w->commit());
    }
    const Result<QStringList> all = m_store->databases();
    VERIFY_OK(all);
    QStringList mine;
    for (const QString &d : *all) {
        if (d.startsWith(m_prefix))
            mine << d;
    }
    QCOMPARE(mine, (QStringList{db(QStringLiteral("a_course")), db(QStringLiteral("b_course"))}));
    QCOMPARE(m_store->collections(db(QStringLiteral("a_course"))).value(), (QStringList{QStringLiteral("forum"), QStringLiteral("user")}));
    const Result<QList<CollectionInfo>> infos = m_store->collectionInfos(db(QStringLiteral("a_course")));
    VERIFY_OK(infos);
    QCOMPARE(infos->size(), 2);
    QCOMPARE(infos->first().count, 1);
    VERIFY_OK(m_store->dropCollection(db(QStringLiteral("a_course")), QStringLiteral("forum")));
    QCOMPARE(m_store->collections(db(QStringLiteral("a_course"))).value(), QStringList{QStringLiteral("user")});
    VERIFY_OK(m_store->dropDatabase(db(QStringLiteral("b_course"))));
    const Result<QStringList> left = m_store->databases();
    VERIFY_OK(left);
    QVERIFY(!left->contains(db(QStringLiteral("b_course"))));
}

void TestStoreContract::sameDumpAsTheEmbeddedStore()
{
    if (!mongo())
        QSKIP("Compares MongoDB with the embedded store: runs in tst_storecontract_mongodb");
    if (jongodb())
        QSKIP("jongodb has no listCollections, which dump needs to tell a missing collection: a real mongod "
              "(tst_storecontract_mongodb) compares the dumps");
    // The same demo package imported into both stores through the CLI: every collection's dump
    // must be the same, line for line.
    QTemporaryDir work;
    auto cli = [&](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.start(QStringLiteral(EDXLOADER_CLI), args);
        p.waitForFinished(300000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    const QString package = work.filePath(QStringLiteral("demo"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--courses"), QStringLiteral("1"), QStringLiteral("--days"),
                  QStringLiteral("1"), QStringLiteral("--events-per-day"), QStringLiteral("500"), package}),
             0);
    const QString embedded = QStringLiteral("sqlite:") + work.filePath(QStringLiteral("store"));
    QVERIFY(cli({QStringLiteral("import"), QStringLiteral("--target"), embedded, package}) <= 1);
    const Result<QStringList> before = m_store->databases();
    QVERIFY2(before, qPrintable(before.error()));
    const int imported = cli({QStringLiteral("import"), QStringLiteral("--target"), m_uri, package});
    const Result<QStringList> after = m_store->databases();
    QVERIFY2(after, qPrintable(after.error()));
    for (const QString &d : *after) {
        if (!before->contains(d))
            m_dropAfter << d; // (the demo's names have no prefix: cleanup() drops them, pass or fail)
    }
    QVERIFY(imported <= 1);
    QByteArray listing;
    QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--target"), embedded}, &listing), 0);
    const QJsonArray collections = QJsonDocument::fromJson(listing).array();
    QVERIFY(!collections.isEmpty());
    for (const QJsonValue &v : collections) {
        const QString database = v[QStringLiteral("database")].toString();
        const QString collection = v[QStringLiteral("collection")].toString();
        QByteArray a, b;
        QCOMPARE(cli({QStringLiteral("dump"), QStringLiteral("--target"), embedded, database, collection}, &a), 0);
        QCOMPARE(cli({QStringLiteral("dump"), QStringLiteral("--target"), m_uri, database, collection}, &b), 0);
        // What legitimately differs between two imports: when they ran (load_date of events).
        static const QRegularExpression when(QStringLiteral(R"("load_date":\{"\$date":"[^"]*"\})"));
        auto lines = [](const QByteArray &dump) {
            QStringList out = QString::fromUtf8(dump).split(QLatin1Char('\n'));
            for (QString &l : out)
                l.replace(when, QStringLiteral(R"("load_date":"…")"));
            // Files imported side by side may interleave differently in either store.
            out.sort();
            return out;
        };
        const QStringList linesA = lines(a), linesB = lines(b);
        QVERIFY(linesA.size() > 1);
        QCOMPARE(linesB.size(), linesA.size());
        if (collection.endsWith(QLatin1String("_imported")))
            continue; // ledger entries hold the times of each import: only their number is compared
        for (qsizetype i = 0; i < linesA.size(); ++i)
            QCOMPARE(linesB.at(i), linesA.at(i));
    }
}

QTEST_GUILESS_MAIN(TestStoreContract)
#include "tst_storecontract.moc"
