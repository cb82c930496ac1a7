#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace EdxLoader {

class DocumentStore;

// "How is the course doing?" — the figures of one course database, computed once and shared by the
// window's Course Overview page and `edxloader-cli overview` (definitions in
// docs/course-overview.md; days and weeks in UTC, weeks ISO 8601 from Monday).
struct CourseOverview
{
    QString database;
    QStringList courseIds;  // of its enrollment table
    QString eventSource;    // "database.collection" the events came from; empty when there were none

    // Enrollment: learners enrolled now (is_active), by mode; per day, the enrollments (rows
    // created that day) and unenrollments (edx.course.enrollment.deactivated events), and the
    // running total of the two.
    qint64 learners = 0; // users of the enrollment table, enrolled now or not
    qint64 enrolledNow = 0;
    QMap<QString, qint64> enrolledNowByMode;
    struct EnrollmentDay
    {
        QDate date;
        qint64 enrollments = 0, unenrollments = 0, cumulative = 0;
    };
    QList<EnrollmentDay> enrollmentDays; // every day from the first to the last, none missing

    struct Certificates
    {
        QString status, mode;
        qint64 count = 0;
    };
    QList<Certificates> certificates; // by status, then mode

    // Activity of the enrolled learners per ISO week: with any event, who played a video, who
    // submitted a problem (server problem_check); every week from the first event's to the last's.
    struct Week
    {
        QDate monday;
        qint64 active = 0, playedVideo = 0, submittedProblem = 0, events = 0;
        QString isoWeek() const; // "2016-W09"
    };
    QList<Week> weeks;
    QList<std::pair<QDate, qint64>> eventsPerDay; // every day from the first event's to the last's

    // Problems and videos in course order (the course structure's), named by their display name;
    // those met only in events follow, named by their block id.
    struct Problem
    {
        QString usageKey, blockId, name;
        qint64 learners = 0, submissions = 0;
        double firstAttemptCorrect = 0, lastAttemptCorrect = 0; // shares of the learners, 0–1
    };
    QList<Problem> problems;
    struct Video
    {
        QString usageKey, blockId, name;
        qint64 learners = 0;
    };
    QList<Video> videos;

    qint64 activeLearners = 0;        // enrolled learners with at least one event
    qint64 events = 0;                // events of enrolled learners
    qint64 eventsWithoutLearner = 0;  // events of other users (staff, anonymous pages)
    bool hasStructure = false;

    // The whole set of figures, with the stable field names docs/course-overview.md lists.
    QJsonObject toJson() const;
};

class CourseOverviewBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::CourseOverviewBuilder)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    explicit CourseOverviewBuilder(DocumentStore &store);
    // Reads the course database and its events (streamed: memory grows with learners, weeks,
    // problems and videos, never with events). Fails when the database has no enrollment table.
    Result<CourseOverview> compute(const QString &database, const Progress &progress = {},
                                   const std::atomic_bool *cancel = nullptr);

private:
    DocumentStore &m_store;
};

} // namespace EdxLoader
