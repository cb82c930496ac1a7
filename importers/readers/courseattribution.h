#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QMap>
#include <QString>

namespace EdxLoader {

// The fields of one tracking event that can name its course (UTF-8, as stored in the event).
struct EventKeys
{
    QByteArrayView contextCourseId, courseId;                   // context.course_id, course_id
    QByteArrayView eventCourseId, eventUsageKey, eventProblemId, eventId; // in event (or its JSON text)
    QByteArrayView eventType, contextPath, page, referer;       // URLs and request paths
    QByteArrayView host;
};

// Which course a tracking event belongs to, when context.course_id does not say (issue 17 item 3;
// the rule and its precedence are in docs/course-attribution.md). Learner events of the MFE era
// (problem_check, play_video, sequence navigation, edx.bookmark.*) often arrive with an empty
// context.course_id although a URL or a block key in the event names the course.
//
// Precedence: context.course_id, course_id, event.course_id, then the block keys of the event
// (event.usage_key, event.problem_id, event.id), then the request and page URLs (event_type,
// context.path, page, referer), then an i4x:// location whose run is known from the other events
// of the file (exactly one run seen for its organisation and number).
class CourseAttribution
{
public:
    struct Found
    {
        QString course;              // empty: none found
        const char *source = nullptr; // the field it came from; nullptr: context.course_id (or none)
        bool studio = false;         // a course team's request to Studio
    };

    Found attribute(const EventKeys &keys);

    // The course a URL or path names, in either key style: /courses/ORG/NUM/RUN/…,
    // /courses/course-v1:…, /course/course-v1:… (learning MFE), /course_modes/choose/course-v1:…,
    // and any block-v1:ORG+NUM+RUN+type@… (/xblock/…, MFE unit URLs). Empty when none.
    static QString courseOfUrl(QStringView url);
    // A value that is a key itself: course-v1:…, ORG/NUM/RUN, or a block-v1 usage key.
    static QString courseOfKey(QStringView key);
    // Studio (course-team) traffic: a Studio host, or a request path only Studio serves.
    static bool isStudio(const EventKeys &keys);

private:
    QString fromI4x(QByteArrayView location) const;
    void learn(const QString &course);

    struct Run
    {
        QString run;    // "1T2016"
        QString course; // as first seen: "course-v1:ORG+NUM+1T2016" or "ORG/NUM/1T2016"
        bool ambiguous = false; // several runs seen
    };
    QHash<QString, Run> m_runs; // by "ORG/NUM"
    QString m_lastLearned;
};

} // namespace EdxLoader
