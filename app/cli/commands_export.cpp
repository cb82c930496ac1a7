// edxloader-cli export-csv and export: a collection, whole or filtered, as a CSV file for R, Stata, pandas
// or a spreadsheet.
#include "cli.h"
#include "csvexport.h"
#include "documentstore.h"
#include "storefactory.h"
#include "personcourse.h"
#include "storecopy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace EdxLoader;

namespace Cli {

int exportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Writes a collection, whole or filtered, as a CSV file (RFC 4180, UTF-8): one row per\n"
        "document in the order they were imported, one column per field. Nested fields are named by\n"
        "their dotted path (context.course_id); objects and arrays are written as JSON text, dates as\n"
        "ISO-8601 UTC, ObjectIds as hex, null and missing fields as empty cells. Without --fields the\n"
        "columns are the top-level fields of the first 1000 matching documents.\n"
        "\n"
        "Example:\n"
        "  edxloader-cli export-csv tracking_logs tracking --fields time,username,event_type \\\n"
        "    --filter '{\"course_id\": \"course-v1:DemoX+DS101x+1T2016\",\n"
        "              \"timestamp\": {\"$gte\": {\"$date\": \"2016-03-01T00:00:00Z\"}}}' events.csv"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export-csv"), Text::tr("The command."), QStringLiteral("export-csv"));
    parser.addPositionalArgument(QStringLiteral("database"), Text::tr("The database."), QStringLiteral("DATABASE"));
    parser.addPositionalArgument(QStringLiteral("collection"), Text::tr("The collection."), QStringLiteral("COLLECTION"));
    parser.addPositionalArgument(QStringLiteral("out"), Text::tr("The CSV file to write (replaced if it exists)."),
                                 QStringLiteral("OUT.csv"));
    const QCommandLineOption fields(QStringLiteral("fields"), Text::tr("The columns: field paths separated by commas."),
                                    QStringLiteral("a,b.c,…"));
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        Text::tr("Only the documents matching a MongoDB-style query: {\"field\": value}, $in, $gt, $gte, $lt, $lte; "
                 "dates as {\"$date\": \"…\"}."),
        QStringLiteral("JSON"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"),
                                       Text::tr("Replace usernames by their anonymous hash and leave out e-mail "
                                                "addresses, names, mailing addresses and IP addresses."));
    const QCommandLineOption bom(QStringLiteral("excel"),
                                 Text::tr("Start the file with a byte-order mark, so that Excel reads it as UTF-8."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON summary instead of text."));
    parser.addOptions({targetOption(), fields, filter, anonymize, bom, json});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 4)
        return usageError(parser, Text::tr("export-csv needs DATABASE COLLECTION OUT.csv"));

    CsvExportParams params;
    params.database = positional[1];
    params.collection = positional[2];
    params.outputPath = positional[3];
    params.anonymize = parser.isSet(anonymize);
    params.excelBom = parser.isSet(bom);
    if (parser.isSet(fields)) {
        for (const QString &f : parser.value(fields).split(QLatin1Char(','))) {
            if (!f.trimmed().isEmpty())
                params.fields << f.trimmed();
        }
        if (params.fields.isEmpty())
            return usageError(parser, Text::tr("--fields names no field"));
    }
    if (parser.isSet(filter)) {
        QString error;
        if (!filterFromJson(parser.value(filter).toUtf8(), &params.filter, &error))
            return usageError(parser, error);
    }
    int code = Ok;
    std::shared_ptr<DocumentStore> store = openTarget(parser, &code);
    if (!store)
        return code;

    const bool live = stderrIsTerminal() && !parser.isSet(json);
    QElapsedTimer clock;
    clock.start();
    CsvExporter exporter(*store);
    const CsvExportResult r = exporter.run(params, [&](qint64 done, qint64 total) {
        if (!live)
            return;
        statusLine(Text::tr("Exporting %1.%2: %3 of %4 rows · %5 rows/s")
                     .arg(params.database, params.collection)
                     .arg(done)
                     .arg(total)
                     .arg(done / std::max(0.001, clock.nsecsElapsed() / 1e9), 0, 'f', 0));
    });
    if (live)
        statusLine();
    if (!r.ok) {
        err() << "edxloader-cli: " << r.error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("file"), params.outputPath},
                                           {QStringLiteral("rows"), r.rows},
                                           {QStringLiteral("bytes"), r.bytes},
                                           {QStringLiteral("fields"), QJsonArray::fromStringList(r.fields)},
                                           {QStringLiteral("fields_left_out"), QJsonArray::fromStringList(r.fieldsLeftOut)},
                                           {QStringLiteral("anonymized"), params.anonymize},
                                           {QStringLiteral("seconds"), r.seconds}})
                     .toJson(QJsonDocument::Indented);
    } else {
        const QLocale l = QLocale::c();
        out() << Text::tr("Wrote %1: %2 rows, %3 columns, %4 MB in %5 s")
                     .arg(displayPath(params.outputPath), l.toString(r.rows))
                     .arg(r.fields.size())
                     .arg(r.bytes / 1e6, 0, 'f', 1)
                     .arg(r.seconds, 0, 'f', 1)
              << '\n';
        if (!r.fieldsLeftOut.isEmpty())
            out() << Text::tr("Fields found only after the first 1000 documents, not exported (name them with --fields): %1")
                         .arg(r.fieldsLeftOut.join(QStringLiteral(", ")))
                  << '\n';
    }
    out().flush();
    return Ok;
}

} // namespace Cli

namespace Cli {

int personCourse(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Computes the person_course table of a course database, as edx2bigquery defines it: one row per\n"
        "learner of its enrollment table with the profile (gender, year of birth, level of education,\n"
        "country), the enrollment (date, mode, active), the certificate (status, grade), activity from the\n"
        "tracking events (first and last event, events, active days, video plays, problem checks) and the\n"
        "forum (posts, threads, comments), and the flags viewed, explored and certified. Events come from\n"
        "the course's own tracking collection when build-course made one, else from tracking_logs.\n"
        "It is written as the collection person_course of that database, replaced on every run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("person-course"), Text::tr("The command."), QStringLiteral("person-course"));
    parser.addPositionalArgument(QStringLiteral("database"), Text::tr("The course database."), QStringLiteral("DATABASE"));
    const QCommandLineOption csv(QStringLiteral("csv"), Text::tr("Also write the table as a CSV file."),
                                 QStringLiteral("OUT.csv"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"),
                                       Text::tr("Write usernames as their anonymous hash."));
    const QCommandLineOption bom(QStringLiteral("excel"),
                                 Text::tr("Start the CSV file with a byte-order mark, so that Excel reads it as UTF-8."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON summary instead of text."));
    parser.addOptions({targetOption(), csv, anonymize, bom, json});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(parser, Text::tr("person-course needs DATABASE"));
    const QString database = positional[1];
    int code = Ok;
    std::shared_ptr<DocumentStore> store = openTarget(parser, &code);
    if (!store)
        return code;
    const Result<QStringList> databases = store->databases();
    if (!databases)
        return readFailure(databases.error());
    if (!databases->contains(database)) {
        err() << "edxloader-cli: " << Text::tr("no database %1 in the %2").arg(database, store->description()) << Qt::endl;
        return Failure;
    }
    const bool live = stderrIsTerminal() && !parser.isSet(json);
    PersonCourseBuilder builder(*store, parser.isSet(anonymize));
    const PersonCourseResult r = builder.build(database, [&](qint64 done, qint64 total) {
        if (live)
            statusLine(Text::tr("Counting the events of %1: %2 of %3").arg(database).arg(done).arg(total));
    });
    if (live)
        statusLine();
    if (!r.ok) {
        err() << "edxloader-cli: " << r.error << Qt::endl;
        return Failure;
    }
    CsvExportResult exported;
    if (parser.isSet(csv)) {
        CsvExportParams params;
        params.database = database;
        params.collection = QStringLiteral("person_course");
        params.fields = PersonCourseBuilder::fields();
        params.outputPath = parser.value(csv);
        params.excelBom = parser.isSet(bom);
        exported = CsvExporter(*store).run(params);
        if (!exported.ok) {
            err() << "edxloader-cli: " << exported.error << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("database"), database},
                      {QStringLiteral("learners"), r.learners},
                      {QStringLiteral("events"), r.events},
                      {QStringLiteral("events_without_learner"), r.eventsWithoutLearner},
                      {QStringLiteral("event_source"), r.eventSource},
                      {QStringLiteral("chapters"), r.chapters},
                      {QStringLiteral("seconds"), r.seconds}};
        if (parser.isSet(csv))
            o.insert(QStringLiteral("csv"), parser.value(csv));
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        const QLocale l = QLocale::c();
        out() << Text::tr("Wrote %1.person_course in %2 s: %3 learners, %4 of their events counted from %5 "
                          "(%6 chapters in the course structure)")
                     .arg(database)
                     .arg(r.seconds, 0, 'f', 1)
                     .arg(l.toString(r.learners), l.toString(r.events),
                          r.eventSource.isEmpty() ? Text::tr("no tracking collection") : r.eventSource)
                     .arg(r.chapters)
              << '\n';
        if (r.eventsWithoutLearner > 0)
            out() << Text::tr("%1 events of users who are not in the enrollment table were left out")
                         .arg(l.toString(r.eventsWithoutLearner))
                  << '\n';
        if (parser.isSet(csv))
            out() << Text::tr("Wrote %1: %2 rows").arg(displayPath(parser.value(csv)), l.toString(exported.rows)) << '\n';
    }
    out().flush();
    return Ok;
}

int exportStore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Copies databases from the embedded store to another target — typically MongoDB, when the\n"
        "data outgrow one machine: every collection with the same documents, the ledgers and error\n"
        "reports included, so that later imports into the new target carry on from there (an\n"
        "unchanged file is skipped, a changed one replaces what it imported). Without DATABASE every\n"
        "database is copied. A database already in the target has each of its copied collections\n"
        "replaced as a whole: copying again gives the same result.\n"
        "\n"
        "Example:\n"
        "  EDXLOADER_MONGODB_PASSWORD=… edxloader-cli export \\\n"
        "    --target 'mongodb://loader@db1.example.org,db2.example.org/?replicaSet=rs0' tracking_logs"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), Text::tr("The command."), QStringLiteral("export"));
    parser.addPositionalArgument(QStringLiteral("database"), Text::tr("The databases to copy (default: all)."),
                                 QStringLiteral("[DATABASE…]"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("The store to copy from: sqlite:DIR or a folder (default: %1).")
                                      .arg(defaultEmbeddedDirectory()),
                                  QStringLiteral("source"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON summary instead of text."));
    parser.addOptions({targetOption(), from, json});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    if (!parser.isSet(QStringLiteral("target")))
        return usageError(parser, Text::tr("export needs --target: where the databases go"));
    const QString fromTarget = parser.isSet(from) ? parser.value(from) : defaultEmbeddedDirectory();
    // Only the embedded store says which file each document came from; a copy without that would
    // leave later imports of changed files unable to replace what they imported.
    if (StoreTarget::namesMongo(fromTarget))
        return usageError(parser, Text::tr("export copies from the embedded store (sqlite:DIR or a folder)"));
    int code = Ok;
    std::unique_ptr<DocumentStore> source = openStoreNamed(fromTarget, &code);
    if (!source)
        return code;
    std::unique_ptr<DocumentStore> target = openTarget(parser, &code);
    if (!target)
        return code;
    if (source->description() == target->description())
        return usageError(parser, Text::tr("the target is the store copied from"));
    QStringList databases = parser.positionalArguments().mid(1);
    const Result<QStringList> listed = source->databases();
    if (!listed)
        return readFailure(listed.error());
    const QStringList &available = *listed;
    for (const QString &d : std::as_const(databases)) {
        if (!available.contains(d)) {
            err() << "edxloader-cli: " << Text::tr("no database %1 in the %2").arg(d, source->description()) << Qt::endl;
            return Failure;
        }
    }
    if (databases.isEmpty())
        databases = available;
    if (databases.isEmpty()) {
        err() << "edxloader-cli: " << Text::tr("the %1 holds no database").arg(source->description()) << Qt::endl;
        return Failure;
    }
    const bool live = stderrIsTerminal() && !parser.isSet(json);
    const QLocale locale;
    StoreCopier copier(*source, *target);
    const StoreCopyResult r = copier.copy(databases, [&](const QString &database, const QString &collection,
                                                         qint64 done, qint64 total) {
        if (live)
            statusLine(Text::tr("Copying %1.%2: %3 of %4 documents")
                           .arg(database, collection, locale.toString(done), locale.toString(total)));
    });
    if (live)
        statusLine();
    if (parser.isSet(json)) {
        QJsonArray copied;
        for (const auto &c : r.copied)
            copied.append(QJsonObject{{QStringLiteral("database"), c.database},
                                      {QStringLiteral("collection"), c.collection},
                                      {QStringLiteral("documents"), c.documents}});
        QJsonObject o{{QStringLiteral("target"), target->description()},
                      {QStringLiteral("ok"), r.ok},
                      {QStringLiteral("documents"), r.documents},
                      {QStringLiteral("seconds"), r.seconds},
                      {QStringLiteral("collections"), copied}};
        if (!r.ok)
            o.insert(QStringLiteral("error"), r.error);
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const auto &c : r.copied)
            out() << Text::tr("%1.%2: %n document(s)", nullptr, int(qMin<qint64>(c.documents, INT_MAX)))
                         .arg(c.database, c.collection)
                  << '\n';
        if (r.ok)
            out() << Text::tr("Copied %1 documents of %2 collections to the %3 in %4 s.")
                         .arg(locale.toString(r.documents))
                         .arg(r.copied.size())
                         .arg(target->description())
                         .arg(r.seconds, 0, 'f', 1)
                  << '\n';
    }
    out().flush();
    if (!r.ok) {
        err() << "edxloader-cli: " << r.error << Qt::endl;
        return Failure;
    }
    return Ok;
}

} // namespace Cli
