#include "document.h"
#include "jsontext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace EdxLoader;

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typesSurviveJson();
    void stringsEscapedByteForByte();
    void extendedJsonDialects_data();
    void extendedJsonDialects();
    void isoTimes_data();
    void isoTimes();
    void escapesControlCharacters();
};

void TestDocument::typesSurviveJson()
{
    Document inner;
    inner.appendString("k.with.dot", u"v");
    Document array;
    array.appendInt64("0", 1);
    array.appendString("1", u"deux");
    Document d;
    ObjectId oid;
    QVERIFY(ObjectId::fromHex(u"50f1dd4ae05f6d2600000001", &oid));
    d.appendObjectId("_id", oid);
    d.appendString("username", u"0001003");
    d.appendInt64("big", 9007199254740993LL);
    d.appendDouble("grade", 1.0);
    d.appendDouble("third", 1.0 / 3);
    d.appendNull("year_of_birth");
    d.appendBool("active", true);
    d.appendDate("created", 1456826400123LL);
    d.appendDocument("meta", inner);
    d.appendArray("list", array);
    d.appendString("text", u"tab\there\nnew \"quoted\" \\ é 🎓");

    const QByteArray json = d.toRelaxedJson();
    QVERIFY2(json.startsWith(R"({"_id":{"$oid":"50f1dd4ae05f6d2600000001"},"username":"0001003","big":9007199254740993,"grade":1.0,)"),
             json.constData());
    QVERIFY(json.contains(R"("created":{"$date":"2016-03-01T10:00:00.123Z"})"));
    QVERIFY(json.contains(R"("year_of_birth":null)"));
    QVERIFY(json.contains(R"("list":[1,"deux"])"));

    Document back;
    QString error;
    QVERIFY2(Document::fromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back.toRelaxedJson(), json); // order and types kept
    QCOMPARE(std::get<qint64>(back.value("big")), 9007199254740993LL);
    QCOMPARE(std::get<double>(back.value("grade")), 1.0);
    QCOMPARE(std::get<double>(back.value("third")), 1.0 / 3);
    QCOMPARE(std::get<DateTime>(back.value("created")).msecs, 1456826400123LL);
    QCOMPARE(std::get<ObjectId>(back.value("_id")).toHex(), QStringLiteral("50f1dd4ae05f6d2600000001"));
    QCOMPARE(back.string("username"), QStringLiteral("0001003"));
    QCOMPARE(back.string("text"), QStringLiteral("tab\there\nnew \"quoted\" \\ é 🎓"));
    QVERIFY(std::holds_alternative<std::monostate>(back.value("year_of_birth")));
    QVERIFY(std::holds_alternative<std::monostate>(back.value("missing.path")));
}

void TestDocument::extendedJsonDialects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("relaxed");
    QTest::newRow("2.x epoch ms") << QByteArray(R"({ "d" : { "$date" : 1358028106904 } })")
                                  << QByteArray(R"({"d":{"$date":"2013-01-12T22:01:46.904Z"}})");
    QTest::newRow("3.x ISO") << QByteArray(R"({"d":{"$date":"2013-12-13T02:59:58.520Z"}})")
                             << QByteArray(R"({"d":{"$date":"2013-12-13T02:59:58.520Z"}})");
    QTest::newRow("trimmed fraction") << QByteArray(R"({"d":{"$date":"2013-12-13T02:59:58.52Z"}})")
                                      << QByteArray(R"({"d":{"$date":"2013-12-13T02:59:58.520Z"}})");
    QTest::newRow("no fraction") << QByteArray(R"({"d":{"$date":"2013-12-13T02:59:58Z"}})")
                                 << QByteArray(R"({"d":{"$date":"2013-12-13T02:59:58.000Z"}})");
    QTest::newRow("canonical") << QByteArray(R"({"d":{"$date":{"$numberLong":"1358028106904"}}})")
                               << QByteArray(R"({"d":{"$date":"2013-01-12T22:01:46.904Z"}})");
    QTest::newRow("numbers") << QByteArray(R"({"l":{"$numberLong":"5"},"i":{"$numberInt":"7"},"f":{"$numberDouble":"1.5"}})")
                             << QByteArray(R"({"l":5,"i":7,"f":1.5})");
    QTest::newRow("pre-1970") << QByteArray(R"({"d":{"$date":"1969-01-01T00:00:00Z"}})")
                              << QByteArray(R"({"d":{"$date":{"$numberLong":"-31536000000"}}})");
}

void TestDocument::extendedJsonDialects()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, relaxed);
    Document d;
    QString error;
    QVERIFY2(Document::fromJson(input, &d, &error), qPrintable(error));
    QCOMPARE(d.toRelaxedJson(), relaxed);
}

void TestDocument::isoTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs"); // -1: rejected
    const qint64 base = 1470318214000LL; // 2016-08-04T13:43:34Z
    QTest::newRow("micro +00:00") << QStringLiteral("2016-08-04T13:43:34.967980+00:00") << base + 967;
    QTest::newRow("no fraction") << QStringLiteral("2016-08-04T13:43:34+00:00") << base;
    QTest::newRow("no offset") << QStringLiteral("2016-08-04T13:43:34.805444") << base + 805;
    QTest::newRow("bare") << QStringLiteral("2016-08-04T13:43:34") << base;
    QTest::newRow("Z") << QStringLiteral("2016-08-04T13:43:34.5Z") << base + 500;
    QTest::newRow("+0000") << QStringLiteral("2016-08-04T13:43:34+0000") << base;
    QTest::newRow("offset") << QStringLiteral("2016-08-04T15:43:34+02:00") << base;
    QTest::newRow("sql space") << QStringLiteral("2016-08-04 13:43:34.000001") << base;
    QTest::newRow("nanoseconds") << QStringLiteral("2016-08-04T13:43:34.123456789Z") << base + 123;
    QTest::newRow("impossible date") << QStringLiteral("2015-09-31 21:32:17") << qint64(-1);
    QTest::newRow("garbage") << QStringLiteral("yesterday") << qint64(-1);
    QTest::newRow("trailing junk") << QStringLiteral("2016-08-04T13:43:34+00:00x") << qint64(-1);
}

void TestDocument::isoTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    qint64 parsed = -1;
    const bool ok = parseIsoDateTime(text, &parsed);
    QCOMPARE(ok, msecs >= 0);
    if (ok)
        QCOMPARE(parsed, msecs);
}

void TestDocument::escapesControlCharacters()
{
    Document d;
    d.appendUtf8("s", QByteArrayView("a\0b\x01", 4));
    QCOMPARE(d.toRelaxedJson(), QByteArray(R"({"s":"a\u0000b\u0001"})"));
}

// The store's string escaping (eight bytes at a time when none needs it) against the rule itself,
// on strings of every byte value at every length and alignment around the word size.
void TestDocument::stringsEscapedByteForByte()
{
    const auto reference = [](const QByteArray &in) -> QByteArray {
        QByteArray out = "\"";
        for (const char ch : in) {
            const uchar c = uchar(ch);
            if (c == '"' || c == '\\')
                out += '\\' + QByteArray(1, ch);
            else if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else if (c == '\b')
                out += "\\b";
            else if (c == '\f')
                out += "\\f";
            else if (c < 0x20)
                out += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
            else
                out += ch;
        }
        return out + '"';
    };
    QRandomGenerator random(20261205);
    for (int round = 0; round < 20000; ++round) {
        const int length = int(random.bounded(40));
        QByteArray s(length, 'a');
        for (char &c : s) {
            const quint32 pick = random.bounded(10);
            c = pick < 6 ? char('a' + random.bounded(26)) : char(random.bounded(256)); // mostly plain, some of anything
        }
        JsonText::Out out;
        JsonText::writeString(out, s.constData(), uint32_t(s.size()));
        const QByteArray written(out.data(), qsizetype(out.size()));
        QVERIFY2(written == reference(s), qPrintable(QString::fromLatin1(s.toHex())));
    }
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
