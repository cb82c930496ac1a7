#include "courseevents.h"

namespace EdxLoader {

Result<CourseEventSource> courseEventSource(DocumentStore &store, const QString &database,
                                            const QStringList &collections, const QStringList &courseIds)
{
    CourseEventSource source;
    source.database = database;
    if (collections.contains(source.collection)) {
        const Result<qint64> events = store.count(database, source.collection);
        if (!events)
            return failure(events.error());
        if (*events > 0)
            return source;
    }
    source.database = QStringLiteral("tracking_logs");
    QList<Value> ids;
    for (const QString &id : courseIds)
        ids << Value(id);
    source.filter = {{QStringLiteral("course_id"), Condition::In, ids}};
    const Result<QStringList> databases = store.databases();
    if (!databases)
        return failure(databases.error());
    if (!databases->contains(source.database) || ids.isEmpty())
        source.database.clear();
    return source;
}

qint64 integerOf(const Value &v)
{
    if (const qint64 *n = std::get_if<qint64>(&v))
        return *n;
    if (const double *d = std::get_if<double>(&v))
        return qint64(*d);
    if (const bool *b = std::get_if<bool>(&v))
        return *b ? 1 : 0;
    if (const QString *s = std::get_if<QString>(&v))
        return s->trimmed().toLongLong();
    return 0;
}

} // namespace EdxLoader
