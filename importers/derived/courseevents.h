#pragma once

#include "documentstore.h"

#include <QString>
#include <QStringList>

namespace EdxLoader {

// Where a course database's tracking events are, for the datasets made from them (person_course,
// the course overview): its own tracking collection when the course form or build-course made one
// and it holds events, else the events of its course ids in tracking_logs.tracking; none when
// neither exists (an error when the store cannot say). Either way, the course team's Studio
// requests (studio: true, docs/course-attribution.md) are not learner activity: readers leave
// them out.
struct CourseEventSource
{
    QString database; // empty: no events to read
    QString collection = QStringLiteral("tracking");
    Filter filter;

    bool isEmpty() const { return database.isEmpty(); }
    QString name() const { return isEmpty() ? QString() : database + QLatin1Char('.') + collection; }
};

Result<CourseEventSource> courseEventSource(DocumentStore &store, const QString &database,
                                            const QStringList &collections, const QStringList &courseIds);

// A whole number from a table's cell, however it was typed (number, boolean or text).
qint64 integerOf(const Value &v);

} // namespace EdxLoader
