#pragma once

#include "courseoverview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace EdxLoader {

// The names the Course Overview page and the HTML report give the figures, in one place so both
// say the same thing in both languages.
class OverviewLabels
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::OverviewLabels)

public:
    static QString enrolledNow() { return tr("Enrolled now"); }
    static QString activeLearners() { return tr("Active learners"); }
    static QString certificatesIssued() { return tr("Certificates issued"); }
    static QString events() { return tr("Events"); }
    static QString enrollmentChart() { return tr("Learners enrolled over time"); }
    static QString enrolled() { return tr("Enrolled"); }
    static QString activityChart() { return tr("Weekly activity"); }
    static QString active() { return tr("Active"); }
    static QString playedVideo() { return tr("Watched a video"); }
    static QString submittedProblem() { return tr("Submitted a problem"); }
    static QString eventsPerDay() { return tr("Events per day"); }
    static QString problems() { return tr("Problems"); }
    static QString videos() { return tr("Videos"); }
    static QString certificates() { return tr("Certificates"); }
    static QString problem() { return tr("Problem"); }
    static QString video() { return tr("Video"); }
    static QString learners() { return tr("Learners"); }
    static QString submissions() { return tr("Submissions"); }
    static QString firstAttemptCorrect() { return tr("Right at first attempt"); }
    static QString lastAttemptCorrect() { return tr("Right at last attempt"); }
    static QString status() { return tr("Status"); }
    static QString mode() { return tr("Mode"); }
    static QString count() { return tr("Count"); }
    static QString week() { return tr("Week"); }
    static QString noEvents()
    {
        return tr("No tracking events for this course: weekly activity, problems and videos appear once "
                  "tracking logs holding its course ids are imported.");
    }
    static QString noStructure()
    {
        return tr("No course structure was imported: problems and videos are named by their block id, "
                  "in the order they were first met.");
    }
    // "55%" / "55 %": a share (0–1) as a whole percentage.
    static QString percent(double share, const QLocale &locale);
    // "17 audit, 7 verified"
    static QString byMode(const CourseOverview &o, const QLocale &locale);
    // "89% of the 150 learners who enrolled"
    static QString activeShare(const CourseOverview &o, const QLocale &locale);
    // "1 Mar" / "1 mars", "1 Mar 2016" / "1 mars 2016"
    static QString shortDay(const QDate &day, const QLocale &locale);
    static QString longDay(const QDate &day, const QLocale &locale);
    // "17% of the learners who enrolled"
    static QString issuedShare(const CourseOverview &o, const QLocale &locale);
    // Certificates with status "downloadable" (issued), all modes.
    static qint64 issued(const CourseOverview &o);
    // "Computed on … from …; days and weeks in UTC."
    static QString provenance(const CourseOverview &o, const QDateTime &computed, const QLocale &locale);
};

// The figures as one self-contained HTML page a coordinator can e-mail: the headline numbers,
// the charts as inline SVG (hovering a bar or a point shows its value: SVG <title>, no script),
// tables with bars in their cells, the definitions' summary. No script, no style sheet or font or
// image from the network. Well-formed XML (polyglot HTML), so it can be read back by a parser.
QString courseOverviewHtml(const CourseOverview &overview, const QLocale &locale, const QDateTime &computed);

} // namespace EdxLoader
