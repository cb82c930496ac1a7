#pragma once

#include "courseconfig.h"
#include "query.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QVarLengthArray>

#include <atomic>
#include <functional>

namespace EdxLoader {

class DocumentStore;

struct CourseBuildResult
{
    bool ok = false;
    QString error;   // translated, when not ok
    QString database;
    QString collection;
    qint64 copied = 0;            // events in the window, copied
    qint64 enriched = 0;          // of those, given their block's parent_data and metadata
    qint64 withoutReference = 0;  // events that name no block (page views of /progress, …)
    qint64 studioLeftOut = 0;     // events of the window tagged "studio" (course team's requests), not copied
    qint64 unresolved = 0;        // events naming a block the course structure does not hold
    QMap<QString, qint64> reasons; // why events stayed unresolved (translated) → count
    qint64 blocks = 0;            // course-structure blocks known
    double seconds = 0;
};

// What a build would do, asked before it replaces anything (the window asks the user when it
// would copy nothing, or fewer events than the collection it replaces holds).
struct CourseBuildPreview
{
    qint64 events = 0;    // events of the course ids in the window (Studio requests included)
    qint64 existing = -1; // documents of the destination now; -1: it does not exist
};

// The first and last UTC days with events of some course ids (both invalid: none).
struct EventSpan
{
    QDate first, last;
    qint64 events = 0;
};

// Builds the course-specific tracking collection (PRODUCT.md §6): every event of the master
// collection (tracking_logs.tracking) whose course_id is one of the config's and whose time falls
// on a UTC date between enrollment and completion, both days included, copied with the
// parent_data and metadata of the course-structure block it refers to. The event's own fields
// are left as they are. The destination is replaced in one transaction: a rebuild never
// duplicates, and a cancelled or failed one leaves the previous result in place. Events stream
// through: memory does not grow with their number.
class CourseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::CourseBuilder)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    explicit CourseBuilder(DocumentStore &store, QString sourceDatabase = QStringLiteral("tracking_logs"),
                           QString sourceCollection = QStringLiteral("tracking"));
    CourseBuildResult build(const CourseConfig &config, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);
    Result<CourseBuildPreview> preview(const CourseConfig &config);
    // Read through the (course_id, timestamp) index: one look at each end per course id.
    Result<EventSpan> eventSpan(const QStringList &courseIds);

    // The block ids an event's reference can name (exposed for tests): "block-v1:…+block@x" → x,
    // "i4x://O/N/type/x" → x, "i4x-O-N-type-x" → x (and longer suffixes), courseware URLs → the
    // sequential then the chapter. certain: false when the reference may name something else
    // than a block (a bare id: forum events carry their thread's id in event.id).
    using Candidates = QVarLengthArray<QByteArrayView, 4>;
    static Candidates candidates(QByteArrayView reference, bool *certain = nullptr);

private:
    static Filter windowFilter(const QStringList &ids, const QDate &enrollment, const QDate &completion);
    DocumentStore &m_store;
    QString m_sourceDatabase;
    QString m_sourceCollection;
};

} // namespace EdxLoader
