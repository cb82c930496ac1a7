#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace EdxLoader {

class DocumentStore;

struct PersonCourseResult
{
    bool ok = false;
    QString error;
    QString database;
    QString eventSource;  // "database.collection" the events were counted from, or empty
    qint64 learners = 0;  // rows written
    qint64 events = 0;    // events counted
    qint64 eventsWithoutLearner = 0; // events of users not in the enrollment table
    int chapters = 0;     // chapters of the course structure
    double seconds = 0;
};

// The person_course table of one course database, in edx2bigquery's sense (documented in
// docs/person-course.md): one row per learner of its enrollment table with the profile, the
// certificate, activity counts from the tracking events and forum posts, and the viewed /
// explored / certified flags. Written as the collection person_course of that database, replaced
// whole on every run.
class PersonCourseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::PersonCourseBuilder)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // anonymize: usernames become their anon_screen_name (those already hashed by an anonymised
    // import are kept as they are).
    PersonCourseBuilder(DocumentStore &store, bool anonymize = false);
    PersonCourseResult build(const QString &database, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);

    // The columns, in order (the CSV export writes these).
    static QStringList fields();

private:
    DocumentStore &m_store;
    bool m_anonymize;
};

} // namespace EdxLoader
