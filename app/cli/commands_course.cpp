// edxloader-cli build-course: the course-specific tracking collection from a course config.
#include "cli.h"
#include "coursebuilder.h"
#include "documentstore.h"
#include "storefactory.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace EdxLoader;

namespace Cli {

int buildCourse(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Builds a course's own tracking collection from the imported tracking logs (tracking_logs.tracking):\n"
        "every event of the config's course ids whose time falls between the enrollment and completion\n"
        "dates (UTC, both days included), each given the parent_data and metadata of the course-structure\n"
        "block it refers to. The config is McGillX's template_config.json format. The destination\n"
        "(by default {course database}.tracking) is replaced whole: building again never duplicates."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("build-course"), Text::tr("The command."), QStringLiteral("build-course"));
    const QCommandLineOption config(QStringLiteral("config"), Text::tr("The course config (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      Text::tr("Destination database (default: the first course id's database)."),
                                      QStringLiteral("DB"));
    const QCommandLineOption collection(QStringLiteral("collection"),
                                        Text::tr("Destination collection (default: tracking)."), QStringLiteral("C"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON summary instead of text."));
    parser.addOptions({config, targetOption(), database, collection, json});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    if (!parser.isSet(config))
        return usageError(parser, Text::tr("build-course needs --config FILE"));
    if (parser.positionalArguments().size() > 1)
        return usageError(parser, Text::tr("build-course takes no arguments besides its options"));

    CourseConfig c;
    QString error;
    if (!CourseConfig::load(parser.value(config), &c, &error)) {
        err() << "edxloader-cli: " << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(database))
        c.database = parser.value(database);
    if (parser.isSet(collection))
        c.collection = parser.value(collection);
    if (const QStringList problems = c.validate(); !problems.isEmpty()) {
        err() << "edxloader-cli: " << Text::tr("the course config cannot be used:") << '\n';
        for (const QString &p : problems)
            err() << "  " << p << '\n';
        err().flush();
        return Failure;
    }
    int code = Ok;
    std::shared_ptr<DocumentStore> store = openTarget(parser, &code);
    if (!store)
        return code;

    const bool live = stderrIsTerminal() && !parser.isSet(json);
    QElapsedTimer clock;
    clock.start();
    CourseBuilder builder(*store);
    const CourseBuildResult r = builder.build(c, [&](qint64 done, qint64 total) {
        if (!live)
            return;
        const double rate = done / std::max(0.001, clock.nsecsElapsed() / 1e9);
        statusLine(Text::tr("Building %1.%2: %3 of %4 events · %5 events/s")
                     .arg(c.destinationDatabase(), c.collection)
                     .arg(done)
                     .arg(total)
                     .arg(rate, 0, 'f', 0));
    });
    if (live)
        statusLine();
    if (!r.ok) {
        err() << "edxloader-cli: " << r.error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonObject reasons;
        for (auto it = r.reasons.begin(); it != r.reasons.end(); ++it)
            reasons.insert(it.key(), it.value());
        out() << QJsonDocument(QJsonObject{{QStringLiteral("database"), r.database},
                                           {QStringLiteral("collection"), r.collection},
                                           {QStringLiteral("copied"), r.copied},
                                           {QStringLiteral("enriched"), r.enriched},
                                           {QStringLiteral("without_reference"), r.withoutReference},
                                           {QStringLiteral("studio_left_out"), r.studioLeftOut},
                                           {QStringLiteral("unresolved"), r.unresolved},
                                           {QStringLiteral("unresolved_reasons"), reasons},
                                           {QStringLiteral("blocks"), r.blocks},
                                           {QStringLiteral("seconds"), r.seconds}})
                     .toJson(QJsonDocument::Indented);
    } else {
        const QLocale l = QLocale::c();
        out() << Text::tr("Built %1.%2 in %3 s: %4 events copied, %5 enriched with their block, %6 naming no block, "
                          "%7 unresolved (%8 course-structure blocks known)")
                     .arg(r.database, r.collection)
                     .arg(r.seconds, 0, 'f', 1)
                     .arg(l.toString(r.copied), l.toString(r.enriched), l.toString(r.withoutReference),
                          l.toString(r.unresolved), l.toString(r.blocks))
              << '\n';
        // The most common reasons first.
        QList<std::pair<qint64, QString>> sorted;
        for (auto it = r.reasons.begin(); it != r.reasons.end(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        for (const auto &[count, reason] : std::as_const(sorted))
            out() << "  " << Text::tr("%1 unresolved: %2").arg(l.toString(count), reason) << '\n';
        if (r.studioLeftOut > 0)
            out() << "  " << Text::tr("%1 requests of the course team to Studio left out (not learner activity)")
                                 .arg(l.toString(r.studioLeftOut))
                  << '\n';
    }
    out().flush();
    return Ok;
}

} // namespace Cli
