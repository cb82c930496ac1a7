// edxloader-cli list, dump, status and errors: reading what the target holds.
#include "cli.h"
#include "documentstore.h"
#include "storefactory.h"
#include "errorreportmodel.h"
#include "importjob.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace EdxLoader;

namespace Cli {

namespace {

QString valueText(const Value &v)
{
    if (const QString *s = std::get_if<QString>(&v))
        return *s;
    if (std::holds_alternative<std::monostate>(v))
        return {};
    if (const DateTime *d = std::get_if<DateTime>(&v))
        return QString::fromLatin1(isoMillis(d->msecs));
    return valueToJson(v);
}

QString longText(const Document &d, const char *field)
{
    const Value v = d.value(field);
    if (const qint64 *n = std::get_if<qint64>(&v))
        return QLocale::c().toString(*n);
    return valueText(v);
}

// Every ledger of the target: (database, "{collection}_imported"). Fails when the target cannot
// list its databases or collections (a MongoDB user without the privilege, a server without the
// command): "nothing imported" would then be a false answer.
Result<QList<std::pair<QString, QString>>> ledgers(DocumentStore &store)
{
    QList<std::pair<QString, QString>> out;
    const Result<QStringList> databases = store.databases();
    if (!databases)
        return failure(databases.error());
    for (const QString &db : *databases) {
        const Result<QStringList> collections = store.collections(db);
        if (!collections)
            return failure(collections.error());
        for (const QString &c : *collections) {
            if (c.endsWith(QLatin1String("_imported")))
                out.append({db, c});
        }
    }
    return out;
}

} // namespace

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the databases and collections of the target with their "
                                              "document counts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("list"), Text::tr("The command."), QStringLiteral("list"));
    parser.addPositionalArgument(QStringLiteral("database"), Text::tr("Only this database."), QStringLiteral("[DATABASE]"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON array of {database, collection, count}."));
    parser.addOptions({targetOption(), json});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    int code = Ok;
    auto store = openTarget(parser, &code);
    if (!store)
        return code;
    const Result<QList<CollectionInfo>> listed = store->collectionInfos(parser.positionalArguments().value(1));
    if (!listed)
        return readFailure(listed.error());
    const QList<CollectionInfo> &infos = *listed;
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const CollectionInfo &i : infos)
            a.append(QJsonObject{{QStringLiteral("database"), i.database},
                                 {QStringLiteral("collection"), i.collection},
                                 {QStringLiteral("count"), i.count}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    qsizetype width = 10;
    for (const CollectionInfo &i : infos)
        width = std::max(width, i.database.size() + i.collection.size() + 1);
    for (const CollectionInfo &i : infos)
        out() << QString(i.database + QLatin1Char('.') + i.collection).leftJustified(width) << "  "
              << QLocale::c().toString(i.count) << '\n';
    if (infos.isEmpty())
        err() << Text::tr("Nothing in %1 yet.").arg(store->description()) << '\n';
    return Ok;
}

int dump(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Prints the documents of a collection, one MongoDB Extended JSON v2 "
                                              "(relaxed) document per line, in the order they were imported."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dump"), Text::tr("The command."), QStringLiteral("dump"));
    parser.addPositionalArgument(QStringLiteral("database"), Text::tr("The database."), QStringLiteral("DATABASE"));
    parser.addPositionalArgument(QStringLiteral("collection"), Text::tr("The collection."), QStringLiteral("COLLECTION"));
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("At most N documents."), QStringLiteral("N"));
    parser.addOptions({targetOption(), limit});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 2)
        return usageError(parser, Text::tr("dump needs a database and a collection"));
    bool ok = true;
    const qint64 n = parser.isSet(limit) ? parser.value(limit).toLongLong(&ok) : -1;
    if (!ok || (parser.isSet(limit) && n < 0))
        return usageError(parser, Text::tr("--limit must be a whole number"));
    int code = Ok;
    auto store = openTarget(parser, &code);
    if (!store)
        return code;
    const Result<QStringList> databases = store->databases();
    if (!databases)
        return readFailure(databases.error());
    Result<QStringList> collections = QStringList();
    if (databases->contains(positional[0]))
        collections = store->collections(positional[0]);
    if (!collections)
        return readFailure(collections.error());
    if (!collections->contains(positional[1])) {
        err() << Text::tr("edxloader-cli: no collection %1.%2 in %3")
                     .arg(positional[0], positional[1], store->description())
              << Qt::endl;
        return Failure;
    }
    QByteArray line;
    QTextStream &o = out();
    o.flush();
    const Status done = store->find(positional[0], positional[1], {}, FindOptions{{}, false, n, 0}, [&](const Document &d) {
        line.clear();
        d.writeRelaxedJson(line);
        line += '\n';
        fwrite(line.constData(), 1, size_t(line.size()), stdout);
        return true;
    });
    fflush(stdout);
    if (!done)
        return readFailure(done.error());
    return Ok;
}

int status(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Shows the ledger: every file imported into the target, with its "
                                              "status, date and counts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("status"), Text::tr("The command."), QStringLiteral("status"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the ledger entries as a JSON array."));
    parser.addOptions({targetOption(), json});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    int code = Ok;
    auto store = openTarget(parser, &code);
    if (!store)
        return code;
    const auto listed = ledgers(*store);
    if (!listed)
        return readFailure(listed.error());
    QJsonArray entries;
    for (const auto &[db, c] : *listed) {
        const Status read = store->find(db, c, {}, {}, [&](const Document &d) {
            QJsonObject o = QJsonDocument::fromJson(d.toRelaxedJson()).object();
            o.insert(QStringLiteral("ledger"), QString(db + QLatin1Char('.') + c));
            entries.append(o);
            if (!parser.isSet(json))
                out() << QStringLiteral("%1  %2  %3.%4  ")
                             .arg(d.string("status"), -7)
                             .arg(valueText(d.value("date")).left(20), d.string("database"), d.string("collection"))
                      << Text::tr("read %1, imported %2, rejected %3, skipped %4")
                             .arg(longText(d, "read"), longText(d, "imported"), longText(d, "rejected"),
                                  longText(d, "skipped"))
                      << "  " << d.string("file") << '\n';
            return true;
        });
        if (!read)
            return readFailure(read.error());
    }
    if (parser.isSet(json))
        out() << QJsonDocument(entries).toJson(QJsonDocument::Indented);
    else if (entries.isEmpty())
        err() << Text::tr("No file has been imported into %1 yet.").arg(store->description()) << '\n';
    return Ok;
}

int errors(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Prints the error report of an imported file: every rejected line "
                                              "(and every value kept with a warning) with its line number, reason, "
                                              "message and complete raw text."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("errors"), Text::tr("The command."), QStringLiteral("errors"));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The imported file (its path or name)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("csv (default) or jsonl."),
                                    QStringLiteral("format"), QStringLiteral("csv"));
    parser.addOptions({targetOption(), format});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usageError(parser, Text::tr("errors needs exactly one file"));
    const QString fmt = parser.value(format).toLower();
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("jsonl"))
        return usageError(parser, Text::tr("unknown format '%1' (use csv or jsonl)").arg(fmt));
    int code = Ok;
    auto store = openTarget(parser, &code);
    if (!store)
        return code;
    const QString id = ledgerIdFor(QFileInfo(positional.first()).fileName());
    const auto listed = ledgers(*store);
    if (!listed)
        return readFailure(listed.error());
    for (const auto &[db, c] : *listed) {
        const Result<std::optional<Document>> entry = store->findById(db, c, id);
        if (!entry)
            return readFailure(entry.error());
        if (!*entry)
            continue;
        // The same report, and the same CSV and JSON lines, as the window's Error Report.
        ErrorReportModel report;
        if (const Status loaded = report.load(*store, db, c.chopped(9), id); !loaded)
            return readFailure(loaded.error());
        const QByteArray bytes = fmt == QLatin1String("csv") ? ErrorReportModel::toCsv(report.entries())
                                                             : ErrorReportModel::toJsonLines(report.entries());
        out().flush();
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return Ok;
    }
    err() << Text::tr("edxloader-cli: %1 has not been imported into %2").arg(positional.first(), store->description())
          << Qt::endl;
    return Failure;
}

} // namespace Cli
