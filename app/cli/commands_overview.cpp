// edxloader-cli overview: the course at a glance (issue 20), as text, as the whole set of
// figures in JSON (field names in docs/course-overview.md), or as a self-contained HTML report.
#include "cli.h"
#include "courseoverview.h"
#include "documentstore.h"
#include "localisation.h"
#include "overviewreport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

using namespace EdxLoader;

namespace Cli {

int overview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Shows how a course is doing, from the data loaded: learners enrolled now (by mode) and over time,\n"
        "certificates, weekly activity (learners active, watching videos, trying problems), and for each\n"
        "problem and video of the course structure, in course order, the learners who tried or watched it\n"
        "and the share right at the first and at the last attempt. Days and weeks are UTC; events come from\n"
        "the course's own tracking collection when build-course made one, else from tracking_logs.\n"
        "Nothing is written to the database. --html writes the same as a page with charts that any browser\n"
        "opens (no script, nothing fetched from the network), to send by e-mail."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("overview"), Text::tr("The command."), QStringLiteral("overview"));
    parser.addPositionalArgument(QStringLiteral("database"), Text::tr("The course database."), QStringLiteral("DATABASE"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print every figure as JSON instead of a summary."));
    const QCommandLineOption html(QStringLiteral("html"), Text::tr("Also write the figures and their charts as an HTML report to FILE."),
                                  QStringLiteral("FILE"));
    parser.addOptions({targetOption(), json, html});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(parser, Text::tr("overview needs DATABASE"));
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
    const Result<CourseOverview> computed = CourseOverviewBuilder(*store).compute(database, [&](qint64 done, qint64 total) {
        if (live)
            statusLine(Text::tr("Reading the events of %1: %2 of %3").arg(database).arg(done).arg(total));
    });
    if (live)
        statusLine();
    if (!computed) {
        err() << "edxloader-cli: " << computed.error() << Qt::endl;
        return Failure;
    }
    const CourseOverview &o = *computed;
    if (parser.isSet(html)) {
        const QString path = parser.value(html);
        QSaveFile file(path);
        const QByteArray page = courseOverviewHtml(o, QLocale(installedLanguage()), QDateTime::currentDateTimeUtc()).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size() || !file.commit()) {
            err() << "edxloader-cli: " << Text::tr("cannot write the report %1: %2").arg(path, file.errorString()) << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(o.toJson()).toJson(QJsonDocument::Indented);
        out().flush();
        return Ok;
    }
    const QLocale l = QLocale::c();
    QStringList modes;
    for (auto it = o.enrolledNowByMode.cbegin(); it != o.enrolledNowByMode.cend(); ++it)
        modes << QStringLiteral("%1 %2").arg(l.toString(it.value()), it.key());
    out() << Text::tr("%1 (%2)").arg(database, o.courseIds.join(QStringLiteral(", "))) << '\n';
    out() << Text::tr("  enrolled now:   %1 (%2)").arg(l.toString(o.enrolledNow), modes.join(QStringLiteral(", "))) << '\n';
    if (!o.enrollmentDays.isEmpty())
        out() << Text::tr("  enrollments:    %1 to %2").arg(o.enrollmentDays.first().date.toString(Qt::ISODate),
                                                            o.enrollmentDays.last().date.toString(Qt::ISODate))
              << '\n';
    QStringList certificates;
    for (const CourseOverview::Certificates &c : o.certificates)
        certificates << QStringLiteral("%1 %2/%3").arg(l.toString(c.count), c.status, c.mode);
    out() << Text::tr("  certificates:   %1").arg(certificates.isEmpty() ? Text::tr("none") : certificates.join(QStringLiteral(", ")))
          << '\n';
    if (o.eventSource.isEmpty()) {
        out() << Text::tr("  activity:       no tracking events for this course") << '\n';
    } else {
        out() << Text::tr("  events:         %1 of enrolled learners in %2 (%3 of other users)")
                     .arg(l.toString(o.events), o.eventSource, l.toString(o.eventsWithoutLearner))
              << '\n';
        out() << Text::tr("  week        active  video  problem    events") << '\n';
        for (const CourseOverview::Week &w : o.weeks)
            out() << QStringLiteral("  %1 %2 %3 %4 %5")
                         .arg(w.isoWeek().leftJustified(9))
                         .arg(w.active, 7)
                         .arg(w.playedVideo, 6)
                         .arg(w.submittedProblem, 8)
                         .arg(w.events, 9)
                  << '\n';
    }
    qint64 tried = 0, watched = 0;
    for (const CourseOverview::Problem &p : o.problems)
        tried += p.learners > 0;
    for (const CourseOverview::Video &v : o.videos)
        watched += v.learners > 0;
    out() << Text::tr("  problems:       %1 (%2 tried by someone)").arg(o.problems.size()).arg(tried) << '\n';
    out() << Text::tr("  videos:         %1 (%2 watched by someone)").arg(o.videos.size()).arg(watched) << '\n';
    out() << Text::tr("Every figure: edxloader-cli overview --json %1").arg(database) << '\n';
    if (parser.isSet(html))
        out() << Text::tr("Report written to %1").arg(QFileInfo(parser.value(html)).absoluteFilePath()) << '\n';
    out().flush();
    return Ok;
}

} // namespace Cli
