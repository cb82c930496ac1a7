// CSV datasets: a demo package's collections exported and parsed back (with a parser of the
// test's own) compare cell by cell with what dump shows; quoting of TAB/LF/CR/quotes/emoji;
// nested paths; filters; anonymisation; a cancelled export leaves no file.
#include "storetesting.h"
#include "anonymizer.h"
#include "csvexport.h"
#include "demogenerator.h"
#include "embeddedstore.h"
#include "importjob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace EdxLoader;

namespace {

// RFC 4180, written independently of the exporter.
QList<QList<QByteArray>> parseCsv(QByteArray text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << cell;
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

// What a cell must say for a value of dump's output (relaxed Extended JSON).
bool cellMatches(const QByteArray &cell, const QJsonValue &v, QString *why)
{
    *why = QStringLiteral("cell [%1] for %2").arg(QString::fromUtf8(cell), QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return cell.isEmpty();
    case QJsonValue::Bool:
        return cell == (v.toBool() ? "true" : "false");
    case QJsonValue::Double: {
        bool ok = false;
        const double d = cell.toDouble(&ok);
        return ok && d == v.toDouble() && !cell.contains(' ');
    }
    case QJsonValue::String:
        return QString::fromUtf8(cell) == v.toString();
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.size() == 1 && o.contains(QLatin1String("$date")) && o.value(QLatin1String("$date")).isString())
            return QString::fromUtf8(cell) == o.value(QLatin1String("$date")).toString();
        if (o.size() == 1 && o.contains(QLatin1String("$oid")))
            return QString::fromUtf8(cell) == o.value(QLatin1String("$oid")).toString();
        return QJsonDocument::fromJson(cell).object() == o;
    }
    case QJsonValue::Array:
        return QJsonDocument::fromJson(cell).array() == v.toArray();
    }
    return false;
}

CsvExportParams params(const QString &database, const QString &collection, const Filter &filter = {})
{
    CsvExportParams p;
    p.database = database;
    p.collection = collection;
    p.filter = filter;
    return p;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripMatchesDump_data();
    void roundTripMatchesDump();
    void quotingAndNestedFields();
    void filters();
    void filterErrors();
    void anonymisedExport();
    void cancelledExportLeavesNoFile();

private:
    QByteArray exportToBytes(CsvExportParams params, CsvExportResult *result = nullptr);
    QList<QJsonObject> dump(const QString &db, const QString &collection, const Filter &filter = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmbeddedStore> m_store;
    QString m_course;
};

QByteArray TestCsvExport::exportToBytes(CsvExportParams params, CsvExportResult *result)
{
    params.outputPath = m_dir->filePath(QStringLiteral("out.csv"));
    const CsvExportResult r = CsvExporter(*m_store).run(params);
    if (result)
        *result = r;
    if (!r.ok)
        qWarning() << r.error;
    QFile f(params.outputPath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QJsonObject> TestCsvExport::dump(const QString &db, const QString &collection, const Filter &filter)
{
    QList<QJsonObject> out;
    EXPECT_OK(m_store->findJson(db, collection, filter, {}, [&](QByteArrayView json) {
        out << QJsonDocument::fromJson(json.toByteArray()).object();
        return true;
    }));
    return out;
}

void TestCsvExport::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EmbeddedStore>(m_dir->filePath(QStringLiteral("store")));
    DemoParams demo;
    demo.directory = m_dir->filePath(QStringLiteral("demo"));
    demo.courses = 1;
    demo.days = 2;
    demo.eventsPerDay = 1500;
    const DemoResult made = DemoGenerator(demo).run();
    QVERIFY(made.ok);
    ImportJob job(*m_store, {});
    for (const ImportTask &t : planImport({made.packageDir, made.eventsDir}, {}))
        QVERIFY(job.run(t).status != FileResult::Status::Failed);
    m_course = QStringLiteral("DemoX-DS101x-1T2016");
    QVERIFY2(m_store->databases().value().contains(m_course), qPrintable(m_store->databases().value().join(u' ')));
}

void TestCsvExport::roundTripMatchesDump_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("collection");
    QTest::newRow("user") << m_course << QStringLiteral("user");
    QTest::newRow("userprofile") << m_course << QStringLiteral("userprofile");
    QTest::newRow("forum") << m_course << QStringLiteral("forum");
    QTest::newRow("course structure") << m_course << QStringLiteral("course_structure");
    QTest::newRow("tracking") << QStringLiteral("tracking_logs") << QStringLiteral("tracking");
}

void TestCsvExport::roundTripMatchesDump()
{
    QFETCH(QString, database);
    QFETCH(QString, collection);
    QVERIFY2(m_store->collections(database).value().contains(collection), qPrintable(m_store->collections(database).value().join(u' ')));
    CsvExportResult result;
    const QList<QList<QByteArray>> rows = parseCsv(exportToBytes(params(database, collection), &result));
    QVERIFY(result.ok);
    const QList<QJsonObject> docs = dump(database, collection);
    QCOMPARE(result.rows, docs.size());
    QCOMPARE(rows.size(), docs.size() + 1);
    QStringList header;
    for (const QByteArray &h : rows.first())
        header << QString::fromUtf8(h);
    QCOMPARE(header, result.fields);
    QVERIFY(header.contains(QLatin1String("_id")));
    // Every field of every document is a column unless reported as left out.
    for (const QJsonObject &d : docs) {
        for (const QString &k : d.keys())
            QVERIFY2(header.contains(k) || result.fieldsLeftOut.contains(k), qPrintable(k));
    }
    for (qsizetype r = 0; r < docs.size(); ++r) {
        QCOMPARE(rows[r + 1].size(), header.size());
        for (qsizetype c = 0; c < header.size(); ++c) {
            QString why;
            QVERIFY2(cellMatches(rows[r + 1][c], docs[r].value(header[c]), &why),
                     qPrintable(QStringLiteral("row %1, %2: %3").arg(r + 1).arg(header[c], why)));
        }
    }
}

void TestCsvExport::quotingAndNestedFields()
{
    const QString db = QStringLiteral("quoting");
    auto w = m_store->beginWrite(db).value();
    std::vector<Document> docs(2);
    Document context;
    context.appendString("course_id", QStringLiteral("course-v1:A+B+C"));
    Document module;
    module.appendString("usage_key", QStringLiteral("block-v1:A+B+C+type@video+block@v1"));
    context.appendDocument("module", module);
    Document tags;
    tags.appendString("0", QStringLiteral("a,b"));
    tags.appendInt64("1", 2);
    docs[0].appendString("_id", QStringLiteral("one"));
    docs[0].appendString("text", QStringLiteral("tab\there, new\nline, cr\rhere, \"quoted\", back\\slash, émoji 🎓"));
    docs[0].appendDocument("context", context);
    docs[0].appendArray("tags", tags);
    docs[0].appendDate("when", -86400000LL); // 1969-12-31: stored as $numberLong
    docs[0].appendDouble("grade", 0.75);
    docs[0].appendDouble("whole", 2.0);
    docs[0].appendBool("passed", true);
    docs[0].appendNull("nothing");
    docs[1].appendString("_id", QStringLiteral("two"));
    docs[1].appendString("text", QStringLiteral("plain"));
    QVERIFY(w->insert(QStringLiteral("c"), docs, QString()));
    QVERIFY(w->commit());

    CsvExportParams p = params(db, QStringLiteral("c"));
    p.fields = {QStringLiteral("text"), QStringLiteral("context.course_id"), QStringLiteral("context.module"),
                QStringLiteral("context.module.usage_key"), QStringLiteral("tags"), QStringLiteral("when"),
                QStringLiteral("grade"), QStringLiteral("passed"), QStringLiteral("nothing"), QStringLiteral("missing"),
                QStringLiteral("text.deeper"), QStringLiteral("whole")};
    p.excelBom = true;
    const QByteArray bytes = exportToBytes(p);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFtext,context.course_id,context.module,context.module.usage_key,tags,when,"
                             "grade,passed,nothing,missing,text.deeper,whole\r\n"));
    // Quoted because of the TAB, CR, LF, comma and quotes; quotes doubled; emoji as UTF-8.
    QVERIFY(bytes.contains("\"tab\there, new\nline, cr\rhere, \"\"quoted\"\", back\\slash, émoji 🎓\","));
    QVERIFY(bytes.endsWith("plain,,,,,,,,,,,\r\n"));
    const QList<QList<QByteArray>> rows = parseCsv(bytes);
    QCOMPARE(rows.size(), 3);
    const QList<QByteArray> &r = rows[1];
    QCOMPARE(QString::fromUtf8(r[0]), docs[0].string("text"));
    QCOMPARE(r[1], QByteArray("course-v1:A+B+C"));
    QCOMPARE(QJsonDocument::fromJson(r[2]).object().value(QLatin1String("usage_key")).toString(),
             QStringLiteral("block-v1:A+B+C+type@video+block@v1"));
    QCOMPARE(r[3], QByteArray("block-v1:A+B+C+type@video+block@v1"));
    QCOMPARE(QJsonDocument::fromJson(r[4]).array(), (QJsonArray{QStringLiteral("a,b"), 2}));
    QCOMPARE(r[5], QByteArray("1969-12-31T00:00:00.000Z"));
    QCOMPARE(r[6], QByteArray("0.75"));
    QCOMPARE(r[7], QByteArray("true"));
    QCOMPARE(r[8], QByteArray());
    QCOMPARE(r[9], QByteArray());
    QCOMPARE(r[10], QByteArray()); // a path through a string names nothing
    QCOMPARE(r[11], QByteArray("2.0")); // a double stays a double, as dump writes it
    QCOMPARE(rows[2].size(), p.fields.size());

    // The field picker's list: nested paths too, typed values as leaves.
    const QStringList sampled = CsvExporter(*m_store).sampleFields(db, QStringLiteral("c")).value();
    QCOMPARE(sampled, (QStringList{QStringLiteral("_id"), QStringLiteral("text"), QStringLiteral("context"),
                                   QStringLiteral("context.course_id"), QStringLiteral("context.module"),
                                   QStringLiteral("context.module.usage_key"), QStringLiteral("tags"),
                                   QStringLiteral("when"), QStringLiteral("grade"), QStringLiteral("whole"),
                                   QStringLiteral("passed"), QStringLiteral("nothing")}));
}

void TestCsvExport::filters()
{
    // A course and a time window, as a researcher writes them.
    const QByteArray json = R"({"course_id": {"$in": ["course-v1:DemoX+DS101x+1T2016"]},
                                "timestamp": {"$gte": {"$date": "2016-03-01T12:00:00Z"}, "$lt": {"$date": "2016-03-02T00:00:00Z"}},
                                "event_type": "play_video"})";
    Filter filter;
    QString error;
    QVERIFY2(filterFromJson(json, &filter, &error), qPrintable(error));
    QCOMPARE(filter.size(), 4);
    CsvExportParams p = params(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), filter);
    p.fields = {QStringLiteral("timestamp"), QStringLiteral("event_type"), QStringLiteral("course_id")};
    CsvExportResult result;
    const QList<QList<QByteArray>> rows = parseCsv(exportToBytes(p, &result));
    QVERIFY(result.ok);
    // Counted independently from every event.
    qsizetype expected = 0;
    for (const QJsonObject &e : dump(QStringLiteral("tracking_logs"), QStringLiteral("tracking"))) {
        const QString t = e.value(QLatin1String("timestamp")).toObject().value(QLatin1String("$date")).toString();
        expected += e.value(QLatin1String("course_id")).toString() == QLatin1String("course-v1:DemoX+DS101x+1T2016")
                    && e.value(QLatin1String("event_type")).toString() == QLatin1String("play_video")
                    && t >= QLatin1String("2016-03-01T12:00:00.000Z") && t < QLatin1String("2016-03-02T00:00:00.000Z");
    }
    QVERIFY(expected > 0);
    QCOMPARE(rows.size() - 1, expected);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i][1], QByteArray("play_video"));
        QVERIFY(rows[i][0] >= "2016-03-01T12:00:00.000Z" && rows[i][0] < "2016-03-02T00:00:00.000Z");
    }
}

void TestCsvExport::filterErrors()
{
    for (const char *bad : {"[1]", "{\"a\": {\"$regex\": \"x\"}}", "{\"a\": {\"$in\": 3}}", "{\"$or\": []}", "{\"a\": {\"b\": 1}}",
                            "not json"}) {
        Filter f;
        QString error;
        QVERIFY2(!filterFromJson(bad, &f, &error), bad);
        QVERIFY(!error.isEmpty());
    }
    Filter f;
    QString error;
    QVERIFY(filterFromJson(R"({"_id": {"$oid": "a9ab62234245c90400000002"}, "n": {"$numberLong": "7"}, "x": null})", &f, &error));
    QCOMPARE(f.size(), 3);
    QVERIFY(std::holds_alternative<ObjectId>(f[0].values.value(0)));
    QCOMPARE(f[1].values.value(0), Value(qint64(7)));
}

void TestCsvExport::anonymisedExport()
{
    CsvExportParams p = params(m_course, QStringLiteral("user"));
    p.fields = {QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("first_name"), QStringLiteral("id")};
    p.anonymize = true;
    const QList<QList<QByteArray>> rows = parseCsv(exportToBytes(p));
    const QList<QJsonObject> docs = dump(m_course, QStringLiteral("user"));
    QCOMPARE(rows.size(), docs.size() + 1);
    for (qsizetype i = 0; i < docs.size(); ++i) {
        QCOMPARE(QString::fromUtf8(rows[i + 1][0]), anonScreenName(docs[i].value(QLatin1String("username")).toString()));
        QCOMPARE(rows[i + 1][1], QByteArray()); // no e-mail
        QCOMPARE(rows[i + 1][2], QByteArray());
        QVERIFY(!rows[i + 1][3].isEmpty()); // the user id stays: it is how tables join
    }
    // Tracking events: the username hashed at every depth, no IP.
    CsvExportParams t = params(QStringLiteral("tracking_logs"), QStringLiteral("tracking"));
    t.anonymize = true;
    const QByteArray bytes = exportToBytes(t);
    QVERIFY(!bytes.isEmpty());
    for (const QJsonObject &e : dump(QStringLiteral("tracking_logs"), QStringLiteral("tracking"))) {
        const QString user = e.value(QLatin1String("username")).toString();
        if (user.size() > 3)
            QVERIFY2(!bytes.contains(QByteArray(user.toUtf8() + ',')), qPrintable(user));
        const QString ip = e.value(QLatin1String("ip")).toString();
        if (!ip.isEmpty())
            QVERIFY2(!bytes.contains(ip.toUtf8()), qPrintable(ip));
    }
}

void TestCsvExport::cancelledExportLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
    CsvExportParams p = params(QStringLiteral("tracking_logs"), QStringLiteral("tracking"));
    p.outputPath = path;
    std::atomic_bool cancel{true};
    const CsvExportResult r = CsvExporter(*m_store).run(p, {}, &cancel);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(!QFile::exists(path));
    p.database = QStringLiteral("nope");
    const CsvExportResult missing = CsvExporter(*m_store).run(p);
    QVERIFY(!missing.ok);
    QVERIFY(missing.error.contains(QLatin1String("nope")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
