// What the MongoDB store does without a server: connection strings, the translation of filters
// and values to BSON, documents through BSON bytes, and failing fast and clearly when the server
// cannot be reached. (tst_storecontract_mongodb runs the store itself against a server.)
#include "bsonconvert.h"
#include "mongostore.h"
#include "storefactory.h"

#include <QElapsedTimer>
#include <QTest>

using namespace EdxLoader;

namespace {

QByteArray json(const bson_t *b)
{
    char *text = bson_as_relaxed_extended_json(b, nullptr);
    const QByteArray out(text);
    bson_free(text);
    return out;
}

} // namespace

class TestMongoStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionStrings_data();
    void connectionStrings();
    void invalidConnectionStrings();
    void unacknowledgedWritesAreRefused();
    void filtersBecomeQueries();
    void valuesConvertBothWays();
    void documentsSurviveBsonBytes();
    void unreachableServerFailsFast();
    void writesFailWithTheirOwnError();
    void openStoreNamesWhatFailed();
};

void TestMongoStore::connectionStrings_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<bool>("srv");
    QTest::addColumn<QString>("replicaSet");
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("writeConcern");
    QTest::addColumn<QString>("redacted");
    QTest::addColumn<QString>("withoutPassword");

    QTest::newRow("local") << "mongodb://localhost" << "localhost:27017" << false << "" << "" << false << false << ""
                           << "mongodb://localhost" << "mongodb://localhost";
    QTest::newRow("replica set")
        << "mongodb://db1.example.org:27017,db2.example.org:27018/?replicaSet=rs0&w=majority&journal=true"
        << "db1.example.org:27017,db2.example.org:27018" << false << "rs0" << "" << false << false << "w=majority, journal"
        << "mongodb://db1.example.org:27017,db2.example.org:27018/?replicaSet=rs0&w=majority&journal=true"
        << "mongodb://db1.example.org:27017,db2.example.org:27018/?replicaSet=rs0&w=majority&journal=true";
    QTest::newRow("credentials")
        << "mongodb://loader:s%40cret@db.example.org/?authSource=admin&tls=true&w=2&wtimeoutMS=5000"
        << "db.example.org:27017" << false << "" << "loader" << true << true << "w=2, wtimeout=5000 ms"
        << "mongodb://loader:****@db.example.org/?authSource=admin&tls=true&w=2&wtimeoutMS=5000"
        << "mongodb://loader@db.example.org/?authSource=admin&tls=true&w=2&wtimeoutMS=5000";
    QTest::newRow("user without password")
        << "mongodb://loader@db.example.org:27019/edx" << "db.example.org:27019" << false << "" << "loader" << false
        << false << "" << "mongodb://loader@db.example.org:27019/edx" << "mongodb://loader@db.example.org:27019/edx";
    QTest::newRow("atlas")
        << "mongodb+srv://loader:pw@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority"
        << "cluster0.abcde.mongodb.net" << true << "" << "loader" << true << true << "w=majority"
        << "mongodb+srv://loader:****@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority"
        << "mongodb+srv://loader@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority";
}

void TestMongoStore::connectionStrings()
{
    QFETCH(QString, uri);
    QVERIFY(StoreTarget::namesMongo(uri));
    const MongoTarget t = parseMongoTarget(uri);
    // The factory's parse reads the same.
    const StoreTarget target = StoreTarget::parse(uri);
    QVERIFY(target.isMongo());
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    QCOMPARE(target.mongo.hosts, t.hosts);
    QCOMPARE(target.mongo.redacted, t.redacted);
    QVERIFY2(t.valid, qPrintable(t.error));
    QTEST(t.hosts, "hosts");
    QTEST(t.srv, "srv");
    QTEST(t.replicaSet, "replicaSet");
    QTEST(t.username, "username");
    QTEST(t.hasPassword, "hasPassword");
    QTEST(t.tls, "tls"); // mongodb+srv:// means TLS
    QTEST(t.writeConcern, "writeConcern");
    QTEST(t.redacted, "redacted");
    QTEST(t.withoutPassword, "withoutPassword");
    QVERIFY(!t.redacted.contains(QLatin1String("cret")));
    // A string without its password is still a valid connection string.
    QVERIFY(parseMongoTarget(t.withoutPassword).valid);
    QVERIFY(!parseMongoTarget(t.withoutPassword).hasPassword);
}

void TestMongoStore::invalidConnectionStrings()
{
    QVERIFY(!StoreTarget::namesMongo(QStringLiteral("sqlite:/tmp/x")));
    QVERIFY(!StoreTarget::namesMongo(QStringLiteral("/tmp/mongodb://x")));
    QVERIFY(!StoreTarget::parse(QStringLiteral("sqlite:/tmp/x")).isMongo());
    QVERIFY(!StoreTarget::parse(QStringLiteral("/tmp/mongodb://x")).isMongo());
    for (const char *bad : {"mongodb://", "mongodb://a:b:c@@host", "mongodb://host/?w=majority&journal=maybe",
                            "mongodb+srv://a,b.example.org"}) {
        const MongoTarget t = parseMongoTarget(QString::fromLatin1(bad));
        QVERIFY2(!t.valid, bad);
        QVERIFY(t.error.startsWith(QLatin1String("The MongoDB connection string is not valid")));
        const StoreTarget target = StoreTarget::parse(QString::fromLatin1(bad));
        QVERIFY2(target.isMongo() && !target.isValid(), bad);
        QCOMPARE(target.error(), t.error);
        MongoStore store{QString::fromLatin1(bad)};
        QVERIFY(!store.isOpen());
        // Every call fails with the reason the constructor found.
        const Status reached = store.ping();
        QVERIFY(!reached);
        QCOMPARE(reached.error(), t.error);
        const auto w = store.beginWrite(QStringLiteral("x"));
        QVERIFY(!w);
        QVERIFY(!w.value());
        QCOMPARE(w.error(), t.error);
        const Result<QStringList> names = store.databases();
        QVERIFY(!names);
        QCOMPARE(names.error(), t.error);
    }
}

void TestMongoStore::unacknowledgedWritesAreRefused()
{
    // w=0 cannot tell a stored document from a lost one: the store refuses it before any write.
    MongoStore store(QStringLiteral("mongodb://127.0.0.1:1/?w=0"));
    QVERIFY(!store.isOpen());
    const Status reached = store.ping();
    QVERIFY(!reached);
    QVERIFY2(reached.error().contains(QLatin1String("w=0")), qPrintable(reached.error()));
    const auto opened = openStore(StoreTarget::parse(QStringLiteral("mongodb://127.0.0.1:1/?w=0")));
    QVERIFY(!opened);
    QVERIFY(opened.error().contains(QLatin1String("acknowledged")));
}

void TestMongoStore::filtersBecomeQueries()
{
    auto query = [](const Filter &f) {
        bson_t *b = filterToBson(f);
        const QByteArray out = json(b);
        bson_destroy(b);
        return out;
    };
    QCOMPARE(query({}), QByteArray("{ }"));
    QCOMPARE(query({{QStringLiteral("course_id"), Condition::Eq, {QStringLiteral("course-v1:A+B+C")}}}),
             QByteArray(R"({ "$and" : [ { "course_id" : "course-v1:A+B+C" } ] })"));
    ObjectId oid;
    QVERIFY(ObjectId::fromHex(u"5f1e2d3c4b5a69788796a5b4", &oid));
    QCOMPARE(query({{QStringLiteral("context.user_id"), Condition::In, {qint64(7), QStringLiteral("7"), oid, Value{}}}}),
             QByteArray(R"({ "$and" : [ { "context.user_id" : { "$in" : [ 7, "7", { "$oid" : "5f1e2d3c4b5a69788796a5b4" }, null ] } } ] })"));
    // Two bounds of one field stay two conditions.
    QCOMPARE(query({{QStringLiteral("timestamp"), Condition::Gte, {DateTime{1456790400000LL}}},
                    {QStringLiteral("timestamp"), Condition::Lt, {DateTime{1456876800000LL}}},
                    {QStringLiteral("n"), Condition::Gt, {2.5}},
                    {QStringLiteral("ok"), Condition::Lte, {true}}}),
             QByteArray(R"({ "$and" : [ { "timestamp" : { "$gte" : { "$date" : "2016-03-01T00:00:00Z" } } }, )"
                        R"({ "timestamp" : { "$lt" : { "$date" : "2016-03-02T00:00:00Z" } } }, )"
                        R"({ "n" : { "$gt" : 2.5 } }, { "ok" : { "$lte" : true } } ] })"));
}

void TestMongoStore::valuesConvertBothWays()
{
    ObjectId oid;
    QVERIFY(ObjectId::fromHex(u"5f1e2d3c4b5a69788796a5b4", &oid));
    const QList<Value> values{Value{}, true, qint64(-9007199254740993LL), 0.5, QStringLiteral("é\t🎓"),
                              DateTime{-1000}, oid};
    bson_t b = BSON_INITIALIZER;
    for (int i = 0; i < values.size(); ++i)
        appendValue(&b, QByteArray::number(i).constData(), values.at(i));
    bson_iter_t it;
    QVERIFY(bson_iter_init(&it, &b));
    for (const Value &expected : values) {
        QVERIFY(bson_iter_next(&it));
        QCOMPARE(valueFromBson(&it), expected);
    }
    bson_destroy(&b);
    // Integers of either width read as 64-bit; objects as their relaxed JSON text.
    bson_t c = BSON_INITIALIZER;
    BSON_APPEND_INT32(&c, "small", 7);
    bson_t inner;
    BSON_APPEND_DOCUMENT_BEGIN(&c, "object", &inner);
    BSON_APPEND_INT32(&inner, "a", 1);
    bson_append_document_end(&c, &inner);
    QVERIFY(bson_iter_init_find(&it, &c, "small"));
    QCOMPARE(valueFromBson(&it), Value(qint64(7)));
    QVERIFY(bson_iter_init_find(&it, &c, "object"));
    QCOMPARE(valueFromBson(&it), Value(QStringLiteral(R"({"a":1})")));
    bson_destroy(&c);
}

void TestMongoStore::documentsSurviveBsonBytes()
{
    // What the driver sends and receives is the document's BSON: read back from raw bytes, it
    // keeps every type, value and the key order, escaped keys included.
    QString error;
    Document d;
    const QByteArray source = R"({"_id":{"$oid":"5f1e2d3c4b5a69788796a5b4"},"username":"00042","n":{"$numberLong":"9007199254740993"},)"
                              R"("score":{"$numberDouble":"2"},"none":null,"when":{"$date":"2016-03-01T10:00:00.123Z"},)"
                              R"("old":{"$date":{"$numberLong":"-86400000"}},"Q．1":"dot","＄set":"dollar",)"
                              R"("list":[1,"two",{"deep":[[]]}],"nested":{"z":1,"a":2}})";
    QVERIFY2(Document::fromJson(source, &d, &error), qPrintable(error));
    const QByteArray bytes(reinterpret_cast<const char *>(bson_get_data(d.bson())), int(d.bson()->len));
    const Document back = Document::fromBson(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    QCOMPARE(back.toRelaxedJson(), d.toRelaxedJson());
    QCOMPARE(back.toRelaxedJson(),
             QByteArray(R"({"_id":{"$oid":"5f1e2d3c4b5a69788796a5b4"},"username":"00042","n":9007199254740993,)"
                        R"("score":2.0,"none":null,"when":{"$date":"2016-03-01T10:00:00.123Z"},)"
                        R"("old":{"$date":{"$numberLong":"-86400000"}},"Q．1":"dot","＄set":"dollar",)"
                        R"("list":[1,"two",{"deep":[[]]}],"nested":{"z":1,"a":2}})"));
}

void TestMongoStore::unreachableServerFailsFast()
{
    // Port 1 on this machine: refused at once, and the driver keeps trying until its server
    // selection gives up — 5 s by default here instead of the driver's 30.
    QElapsedTimer timer;
    timer.start();
    MongoStore store(QStringLiteral("mongodb://127.0.0.1:1/"));
    QVERIFY(store.isOpen()); // nothing is contacted yet
    const Status reached = store.ping();
    QVERIFY(!reached);
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 8000, qPrintable(QString::number(ms)));
    QVERIFY2(reached.error().startsWith(QLatin1String("No MongoDB server answered at 127.0.0.1:1 within 5 s")),
             qPrintable(reached.error()));
    QVERIFY(reached.error().contains(QLatin1String("127.0.0.1:1")));
    // A replica set names what it lacks.
    MongoStore rs(QStringLiteral("mongodb://127.0.0.1:1/?replicaSet=rs0&serverSelectionTimeoutMS=1000"));
    const Status rsReached = rs.ping();
    QVERIFY(!rsReached);
    QVERIFY2(rsReached.error().startsWith(QLatin1String("No primary server of 127.0.0.1:1 answered within 1 s")),
             qPrintable(rsReached.error()));
    // Reads fail the same way, without hanging.
    const Result<qint64> n = rs.count(QStringLiteral("x"), QStringLiteral("y"));
    QCOMPARE(n.value(), 0);
    QVERIFY(!n);
    QVERIFY(!n.error().isEmpty());
    // Test Connection says the same.
    const Result<MongoServerInfo> info = rs.serverInfo();
    QVERIFY(!info);
    QVERIFY2(info.error().startsWith(QLatin1String("No primary server of 127.0.0.1:1")), qPrintable(info.error()));
}

void TestMongoStore::writesFailWithTheirOwnError()
{
    // Without a server, each step of a write transaction returns its own error naming the
    // server, and the rollback after them neither hangs nor fails.
    MongoStore store(QStringLiteral("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300"));
    const auto unnamed = store.beginWrite(QString());
    QVERIFY(!unnamed);
    QCOMPARE(unnamed.error(), QStringLiteral("A database needs a name"));
    auto begun = store.beginWrite(QStringLiteral("x"));
    QVERIFY2(begun, qPrintable(begun.error())); // nothing is contacted yet
    std::unique_ptr<WriteTransaction> w = std::move(begun).value();
    QVERIFY(w);
    const auto namesServer = [](const QString &error) {
        return error.startsWith(QLatin1String("No MongoDB server answered at 127.0.0.1:1 within 0.3 s"));
    };
    Document d;
    d.appendString("_id", QStringLiteral("post-1"));
    const Status inserted = w->insert(QStringLiteral("forum"), {d}, QStringLiteral("f.mongo"));
    QVERIFY(!inserted);
    QVERIFY2(namesServer(inserted.error()), qPrintable(inserted.error()));
    const Result<qint64> removed = w->removeFromFile(QStringLiteral("forum"), QStringLiteral("f.mongo"));
    QVERIFY(!removed);
    QCOMPARE(removed.value(), 0);
    QVERIFY2(namesServer(removed.error()), qPrintable(removed.error()));
    const Status claimed = w->claim(QStringLiteral("forum_imported"), QStringLiteral("f.mongo"), nullptr);
    QVERIFY(!claimed);
    QVERIFY2(namesServer(claimed.error()), qPrintable(claimed.error()));
    const Status replaced = w->replaceCollection(QStringLiteral("person_course"));
    QVERIFY(!replaced);
    QVERIFY2(namesServer(replaced.error()), qPrintable(replaced.error()));
    {
        const Status upserted = w->upsert(QStringLiteral("forum_imported"), d); // (written at commit)
        QVERIFY2(upserted, qPrintable(upserted.error()));
    }
    const Status committed = w->commit();
    QVERIFY(!committed);
    QVERIFY2(namesServer(committed.error()), qPrintable(committed.error()));
    QElapsedTimer timer;
    timer.start();
    w->rollback();
    w.reset();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestMongoStore::openStoreNamesWhatFailed()
{
    const auto open = [](const char *uri) { return openStore(StoreTarget::parse(QString::fromLatin1(uri))); };
    auto unreachable = open("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500");
    QVERIFY(!unreachable);
    QVERIFY2(unreachable.error().contains(QLatin1String("127.0.0.1:1")), qPrintable(unreachable.error()));
    auto invalid = open("mongodb://a:b:c@@host");
    QVERIFY(!invalid);
    QVERIFY2(invalid.error().startsWith(QLatin1String("The MongoDB connection string is not valid")),
             qPrintable(invalid.error()));
    auto unknownHost = open("mongodb://no-such-host.invalid/?serverSelectionTimeoutMS=500");
    QVERIFY(!unknownHost);
    QVERIFY2(unknownHost.error().contains(QLatin1String("no-such-host.invalid")), qPrintable(unknownHost.error()));
}

QTEST_GUILESS_MAIN(TestMongoStore)
#include "tst_mongostore.moc"
