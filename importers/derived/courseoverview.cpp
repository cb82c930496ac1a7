#include "courseoverview.h"

#include "courseevents.h"
#include "documentstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace EdxLoader {

namespace {

QDate dayOf(const Value &v)
{
    qint64 ms = 0;
    if (const DateTime *d = std::get_if<DateTime>(&v))
        ms = d->msecs;
    else if (const QString *s = std::get_if<QString>(&v); !s || !parseIsoDateTime(*s, &ms))
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).date();
}

// "2016-03-01T…": the UTC day of an ISO text (the stores write {"$date": "…Z"}).
QDate dayOfIso(std::string_view iso)
{
    if (iso.size() < 10)
        return {};
    const auto number = [&](size_t at, size_t length) { return QByteArrayView(iso.data() + at, qsizetype(length)).toInt(); };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

std::string_view stringOf(simdjson::ondemand::value v)
{
    std::string_view s;
    return v.get_string().get(s) == simdjson::SUCCESS ? s : std::string_view();
}

QString blockIdOf(const QString &key)
{
    const qsizetype at = key.lastIndexOf(QLatin1String("block@"));
    return at >= 0 ? key.mid(at + 6) : key.section(QLatin1Char('/'), -1);
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// One learner's attempts at one problem: the first and the last by time.
struct Attempts
{
    std::string first, last; // ISO times (fixed width: text order is time order)
    bool firstCorrect = false, lastCorrect = false;
};

} // namespace

QString CourseOverview::Week::isoWeek() const
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

CourseOverviewBuilder::CourseOverviewBuilder(DocumentStore &store)
    : m_store(store)
{
}

Result<CourseOverview> CourseOverviewBuilder::compute(const QString &database, const Progress &progress,
                                                      const std::atomic_bool *cancel)
{
    CourseOverview o;
    o.database = database;
    const auto cancelled = [&] { return cancel && cancel->load(); };
    const Result<QStringList> listed = m_store.collections(database);
    if (!listed)
        return failure(listed.error());
    const QStringList &collections = *listed;
    const auto pick = [&](const QString &mcgillx, const QString &edx) {
        return collections.contains(mcgillx) ? mcgillx : collections.contains(edx) ? edx : QString();
    };
    QString readError;
    const auto readAll = [&](const QString &collection, const std::function<bool(const Document &)> &visit) {
        const Status read = m_store.find(database, collection, {}, {}, visit);
        if (!read && readError.isEmpty())
            readError = tr("Reading %1.%2 failed: %3").arg(database, collection, read.error());
    };
    const QString enrollment = pick(QStringLiteral("enrollment"), QStringLiteral("student_courseenrollment"));
    if (enrollment.isEmpty())
        return failure(tr("%1 has no enrollment table (student_courseenrollment): import the course's files first")
                           .arg(database));

    // Enrollment.
    QSet<qint64> enrolled, unenrolled; // user ids: all, and those not enrolled now
    QMap<QDate, std::pair<qint64, qint64>> perDay; // enrollments, unenrollments
    readAll(enrollment, [&](const Document &d) {
        const qint64 user = integerOf(d.value("user_id"));
        if (enrolled.contains(user))
            return !cancelled();
        enrolled.insert(user);
        if (integerOf(d.value("is_active")) != 1)
            unenrolled.insert(user);
        if (const QString course = d.string("course_id"); !course.isEmpty() && !o.courseIds.contains(course))
            o.courseIds << course;
        if (const QDate day = dayOf(d.value("created")); day.isValid())
            ++perDay[day].first;
        if (integerOf(d.value("is_active")) == 1) {
            ++o.enrolledNow;
            ++o.enrolledNowByMode[d.string("mode")];
        }
        return !cancelled();
    });

    o.learners = enrolled.size();

    // Certificates by status and mode.
    if (const QString certificates = pick(QStringLiteral("certificates"), QStringLiteral("certificates_generatedcertificate"));
        !certificates.isEmpty()) {
        QMap<std::pair<QString, QString>, qint64> counts;
        readAll(certificates, [&](const Document &d) {
            ++counts[{d.string("status"), d.string("mode")}];
            return !cancelled();
        });
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            o.certificates.append({it.key().first, it.key().second, it.value()});
    }

    // Who the events' usernames are: the enrolled learners (as person_course counts them).
    QHash<QByteArray, int> learnerOf;
    QSet<int> unenrolledLearners;
    bool knowUsers = false;
    if (const QString users = pick(QStringLiteral("user"), QStringLiteral("auth_user")); !users.isEmpty()) {
        knowUsers = true;
        readAll(users, [&](const Document &d) {
            const qint64 id = integerOf(d.value("id"));
            if (!enrolled.contains(id))
                return !cancelled();
            if (unenrolled.contains(id))
                unenrolledLearners.insert(int(learnerOf.size()));
            learnerOf.insert(d.string("username").toUtf8(), int(learnerOf.size()));
            return !cancelled();
        });
    }

    // Problems and videos in course order.
    QHash<QString, int> problemOf, videoOf; // usage key or block id → index
    if (collections.contains(QStringLiteral("course_structure"))) {
        struct Block
        {
            QString category, name;
            QStringList children;
        };
        QHash<QString, Block> blocks;
        QString root;
        const Status read = m_store.findJson(database, QStringLiteral("course_structure"), {}, {}, [&](QByteArrayView json) {
            const QJsonObject b = QJsonDocument::fromJson(json.toByteArray()).object();
            Block block;
            block.category = b.value(QLatin1String("category")).toString();
            block.name = b.value(QLatin1String("metadata")).toObject().value(QLatin1String("display_name")).toString();
            for (const QJsonValue &child : b.value(QLatin1String("children")).toArray())
                block.children << child.toString();
            const QString key = b.value(QLatin1String("_id")).toString();
            if (block.category == QLatin1String("course"))
                root = key;
            blocks.insert(key, block);
            return !cancelled();
        });
        if (!read && readError.isEmpty())
            readError = tr("Reading %1.course_structure failed: %2").arg(database, read.error());
        o.hasStructure = !root.isEmpty();
        // Depth first from the course, children in their order: the order of the courseware.
        QList<QString> stack{root};
        QSet<QString> seen;
        while (!stack.isEmpty() && !root.isEmpty()) {
            const QString key = stack.takeLast();
            if (seen.contains(key) || !blocks.contains(key))
                continue;
            seen.insert(key);
            const Block &b = blocks[key];
            const QString id = blockIdOf(key);
            const QString name = b.name.isEmpty() ? id : b.name;
            if (b.category == QLatin1String("problem")) {
                problemOf.insert(key, int(o.problems.size()));
                problemOf.insert(id, int(o.problems.size()));
                o.problems.append({key, id, name});
            } else if (b.category == QLatin1String("video")) {
                videoOf.insert(key, int(o.videos.size()));
                videoOf.insert(id, int(o.videos.size()));
                o.videos.append({key, id, name});
            }
            for (auto child = b.children.crbegin(); child != b.children.crend(); ++child)
                stack.append(*child);
        }
    }
    if (cancelled())
        return failure(tr("Cancelled"));
    if (!readError.isEmpty())
        return failure(readError);

    // The events: the course's own collection when built, else the course's in the master one.
    const Result<CourseEventSource> foundEvents = courseEventSource(m_store, database, collections, o.courseIds);
    if (!foundEvents)
        return failure(tr("Cannot find the events of %1: %2").arg(database, foundEvents.error()));
    const CourseEventSource &events = *foundEvents;
    QMap<QDate, qint64> eventsPerDay;
    QMap<QDate, std::array<QSet<int>, 3>> weekly; // Monday → active, played a video, submitted a problem
    QHash<QByteArray, int> others;                // usernames of events when the user table is missing
    std::vector<QHash<int, Attempts>> attempts;   // per problem: learner → attempts
    std::vector<QSet<int>> viewers;               // per video: learners
    std::vector<qint64> submissions;
    QHash<int, QDate> unenrolledOn;               // learner not enrolled now → day of the last unenrollment
    if (!events.isEmpty()) {
        o.eventSource = events.name();
        const qint64 total = m_store.count(events.database, events.collection, events.filter).value();
        simdjson::ondemand::parser parser, inner;
        std::string padded, payload;
        qint64 seen = 0;
        bool stopped = false;
        FindOptions anyOrder;
        anyOrder.anyOrder = true;
        const auto problemIndex = [&](const QString &key) {
            auto it = problemOf.constFind(key);
            if (it == problemOf.cend())
                it = problemOf.constFind(blockIdOf(key));
            if (it != problemOf.cend())
                return *it;
            // Met only in the events (no course structure, or a block it does not list).
            problemOf.insert(key, int(o.problems.size()));
            o.problems.append({key, blockIdOf(key), blockIdOf(key)});
            return int(o.problems.size()) - 1;
        };
        const auto videoIndex = [&](const QString &id) {
            // The block id (newer events), or the old html id "i4x-Org-Course-video-<name>".
            const QString block = id.contains(QLatin1String("-video-")) ? id.section(QLatin1String("-video-"), -1) : id;
            auto it = videoOf.constFind(block);
            if (it != videoOf.cend())
                return *it;
            videoOf.insert(block, int(o.videos.size()));
            o.videos.append({QString(), block, block});
            return int(o.videos.size()) - 1;
        };
        const Status read = m_store.findJson(events.database, events.collection, events.filter, anyOrder, [&](QByteArrayView json) {
            if ((++seen & 0x3fff) == 0) {
                if (cancelled()) {
                    stopped = true;
                    return false;
                }
                if (progress)
                    progress(seen, total);
            }
            padded.resize(size_t(json.size()) + simdjson::SIMDJSON_PADDING);
            std::memcpy(padded.data(), json.data(), size_t(json.size()));
            simdjson::ondemand::document doc;
            simdjson::ondemand::object event;
            if (parser.iterate(padded.data(), size_t(json.size()), padded.size()).get(doc) != simdjson::SUCCESS
                || doc.get_object().get(event) != simdjson::SUCCESS)
                return true;
            std::string_view username, type, source, when, problemId, success, videoId;
            bool studio = false;
            for (auto field : event) {
                std::string_view key;
                simdjson::ondemand::value value;
                if (field.escaped_key().get(key) != simdjson::SUCCESS || field.value().get(value) != simdjson::SUCCESS)
                    break;
                if (key == "username") {
                    username = stringOf(value);
                } else if (key == "event_type") {
                    type = stringOf(value);
                } else if (key == "event_source") {
                    source = stringOf(value);
                } else if (key == "studio") {
                    studio = value.get_bool().get(studio) == simdjson::SUCCESS && studio;
                } else if (key == "timestamp") {
                    simdjson::ondemand::object date;
                    simdjson::ondemand::value iso;
                    if (value.get_object().get(date) == simdjson::SUCCESS
                        && date.find_field_unordered("$date").get(iso) == simdjson::SUCCESS)
                        when = stringOf(iso);
                } else if (key == "event") {
                    // An object (server, mobile) or its JSON as a string (browser).
                    simdjson::ondemand::object payloadObject;
                    simdjson::ondemand::document payloadDoc;
                    std::string_view text;
                    if (value.get_string().get(text) == simdjson::SUCCESS) {
                        payload.assign(text);
                        payload.resize(text.size() + simdjson::SIMDJSON_PADDING);
                        if (inner.iterate(payload.data(), text.size(), payload.size()).get(payloadDoc) != simdjson::SUCCESS
                            || payloadDoc.get_object().get(payloadObject) != simdjson::SUCCESS)
                            continue;
                    } else if (value.get_object().get(payloadObject) != simdjson::SUCCESS) {
                        continue;
                    }
                    for (auto inside : payloadObject) {
                        std::string_view k;
                        simdjson::ondemand::value v;
                        if (inside.escaped_key().get(k) != simdjson::SUCCESS || inside.value().get(v) != simdjson::SUCCESS)
                            break;
                        if (k == "problem_id")
                            problemId = stringOf(v);
                        else if (k == "success")
                            success = stringOf(v);
                        else if (k == "id")
                            videoId = stringOf(v);
                    }
                }
            }
            if (studio)
                return true; // the course team's Studio requests are not learner activity
            const QDate day = dayOfIso(when);
            const QByteArray name = QByteArray::fromRawData(username.data(), qsizetype(username.size()));
            int learner = -1;
            if (knowUsers) {
                learner = learnerOf.value(name, -1);
            } else if (!name.isEmpty()) {
                const auto it = others.constFind(name);
                learner = it != others.cend() ? *it : int(others.size());
                if (it == others.cend()) // (a deep copy: name points into the parser's buffer)
                    others.insert(QByteArray(name.constData(), name.size()), learner);
            }
            if (learner < 0) {
                ++o.eventsWithoutLearner;
                return true;
            }
            ++o.events;
            if (type == "edx.course.enrollment.deactivated" && day.isValid()
                && (!knowUsers || unenrolledLearners.contains(learner))) {
                QDate &last = unenrolledOn[learner];
                last = std::max(last, day);
            }
            if (day.isValid()) {
                ++eventsPerDay[day];
                std::array<QSet<int>, 3> &week = weekly[mondayOf(day)];
                week[0].insert(learner);
                if (type == "play_video")
                    week[1].insert(learner);
                if (type == "problem_check" && source == "server")
                    week[2].insert(learner);
            }
            if (type == "problem_check" && source == "server" && !problemId.empty()) {
                const int p = problemIndex(QString::fromUtf8(problemId.data(), qsizetype(problemId.size())));
                if (attempts.size() <= size_t(p)) {
                    attempts.resize(size_t(p) + 1);
                    submissions.resize(size_t(p) + 1);
                }
                ++submissions[size_t(p)];
                Attempts &a = attempts[size_t(p)][learner];
                const bool correct = success == "correct";
                if (a.first.empty() || when < a.first) {
                    a.first.assign(when);
                    a.firstCorrect = correct;
                }
                if (a.last.empty() || when >= a.last) {
                    a.last.assign(when);
                    a.lastCorrect = correct;
                }
            } else if (type == "play_video" && !videoId.empty()) {
                const int v = videoIndex(QString::fromUtf8(videoId.data(), qsizetype(videoId.size())));
                if (viewers.size() <= size_t(v))
                    viewers.resize(size_t(v) + 1);
                viewers[size_t(v)].insert(learner);
            }
            return true;
        });
        if (stopped)
            return failure(tr("Cancelled"));
        if (!read)
            return failure(tr("Reading %1 failed: %2").arg(o.eventSource, read.error()));
    }

    for (const QDate &day : std::as_const(unenrolledOn))
        ++perDay[day].second;

    // Every day and week from the first to the last, empty ones included.
    if (!perDay.isEmpty()) {
        qint64 running = 0;
        for (QDate d = perDay.firstKey(); d <= perDay.lastKey(); d = d.addDays(1)) {
            const auto [in, out] = perDay.value(d);
            running += in - out;
            o.enrollmentDays.append({d, in, out, running});
        }
    }
    QSet<int> anyWeek;
    for (const std::array<QSet<int>, 3> &week : std::as_const(weekly))
        anyWeek.unite(week[0]);
    o.activeLearners = anyWeek.size();
    if (!eventsPerDay.isEmpty()) {
        for (QDate d = eventsPerDay.firstKey(); d <= eventsPerDay.lastKey(); d = d.addDays(1))
            o.eventsPerDay.append({d, eventsPerDay.value(d)});
        for (QDate monday = mondayOf(eventsPerDay.firstKey()); monday <= eventsPerDay.lastKey(); monday = monday.addDays(7)) {
            CourseOverview::Week w;
            w.monday = monday;
            if (const auto it = weekly.constFind(monday); it != weekly.cend()) {
                w.active = it->at(0).size();
                w.playedVideo = it->at(1).size();
                w.submittedProblem = it->at(2).size();
            }
            for (int i = 0; i < 7; ++i)
                w.events += eventsPerDay.value(monday.addDays(i));
            o.weeks.append(w);
        }
    }
    for (size_t p = 0; p < attempts.size(); ++p) {
        CourseOverview::Problem &problem = o.problems[qsizetype(p)];
        problem.learners = attempts[p].size();
        problem.submissions = submissions[p];
        qint64 first = 0, last = 0;
        for (const Attempts &a : attempts[p]) {
            first += a.firstCorrect;
            last += a.lastCorrect;
        }
        if (problem.learners > 0) {
            problem.firstAttemptCorrect = double(first) / double(problem.learners);
            problem.lastAttemptCorrect = double(last) / double(problem.learners);
        }
    }
    for (size_t v = 0; v < viewers.size(); ++v)
        o.videos[qsizetype(v)].learners = viewers[v].size();
    if (progress)
        progress(o.events, o.events);
    return o;
}

QJsonObject CourseOverview::toJson() const
{
    const auto day = [](const QDate &d) { return d.toString(Qt::ISODate); };
    QJsonObject byMode;
    for (auto it = enrolledNowByMode.cbegin(); it != enrolledNowByMode.cend(); ++it)
        byMode.insert(it.key(), it.value());
    QJsonArray daily;
    for (const EnrollmentDay &d : enrollmentDays)
        daily.append(QJsonObject{{QStringLiteral("date"), day(d.date)},
                                 {QStringLiteral("enrollments"), d.enrollments},
                                 {QStringLiteral("unenrollments"), d.unenrollments},
                                 {QStringLiteral("cumulative"), d.cumulative}});
    QJsonArray certs;
    for (const Certificates &c : certificates)
        certs.append(QJsonObject{{QStringLiteral("status"), c.status}, {QStringLiteral("mode"), c.mode},
                                 {QStringLiteral("count"), c.count}});
    QJsonArray weekly;
    for (const Week &w : weeks)
        weekly.append(QJsonObject{{QStringLiteral("week"), w.isoWeek()},
                                  {QStringLiteral("start"), day(w.monday)},
                                  {QStringLiteral("active"), w.active},
                                  {QStringLiteral("played_video"), w.playedVideo},
                                  {QStringLiteral("submitted_problem"), w.submittedProblem},
                                  {QStringLiteral("events"), w.events}});
    QJsonArray perDay;
    for (const auto &[d, n] : eventsPerDay)
        perDay.append(QJsonObject{{QStringLiteral("date"), day(d)}, {QStringLiteral("events"), n}});
    QJsonArray problemRows;
    for (const Problem &p : problems)
        problemRows.append(QJsonObject{{QStringLiteral("usage_key"), p.usageKey},
                                       {QStringLiteral("block_id"), p.blockId},
                                       {QStringLiteral("name"), p.name},
                                       {QStringLiteral("learners"), p.learners},
                                       {QStringLiteral("submissions"), p.submissions},
                                       {QStringLiteral("first_attempt_correct"), p.firstAttemptCorrect},
                                       {QStringLiteral("last_attempt_correct"), p.lastAttemptCorrect}});
    QJsonArray videoRows;
    for (const Video &v : videos)
        videoRows.append(QJsonObject{{QStringLiteral("usage_key"), v.usageKey.isEmpty() ? QJsonValue() : QJsonValue(v.usageKey)},
                                     {QStringLiteral("block_id"), v.blockId},
                                     {QStringLiteral("name"), v.name},
                                     {QStringLiteral("learners"), v.learners}});
    return {
        {QStringLiteral("database"), database},
        {QStringLiteral("course_ids"), QJsonArray::fromStringList(courseIds)},
        {QStringLiteral("event_source"), eventSource.isEmpty() ? QJsonValue() : QJsonValue(eventSource)},
        {QStringLiteral("enrollment"), QJsonObject{{QStringLiteral("learners"), learners},
                                                   {QStringLiteral("current"), enrolledNow},
                                                   {QStringLiteral("current_by_mode"), byMode},
                                                   {QStringLiteral("daily"), daily}}},
        {QStringLiteral("certificates"), certs},
        {QStringLiteral("activity"), QJsonObject{{QStringLiteral("weekly"), weekly},
                                                 {QStringLiteral("daily_events"), perDay},
                                                 {QStringLiteral("learners"), activeLearners},
                                                 {QStringLiteral("events"), events},
                                                 {QStringLiteral("events_without_learner"), eventsWithoutLearner}}},
        {QStringLiteral("problems"), problemRows},
        {QStringLiteral("videos"), videoRows},
        {QStringLiteral("has_course_structure"), hasStructure},
    };
}

} // namespace EdxLoader
