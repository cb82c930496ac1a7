#include "personcourse.h"

#include "anonymizer.h"
#include "courseevents.h"
#include "documentstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_set>

namespace EdxLoader {

namespace {

constexpr size_t kBatch = 2000; // rows per insert

struct Learner
{
    qint64 userId = 0;
    QString courseId;
    QString username;
    Value startTime, mode, isActive;
    Value gender, yearOfBirth, education, country;
    Value grade, certStatus, certCreated;
    std::string firstEvent, lastEvent; // ISO text: fixed width, so text order is time order
    qint64 events = 0, activeDays = 0, playVideo = 0, problemCheck = 0, showAnswer = 0, seqGoto = 0;
    QSet<QString> chapters;
    qint64 forumPosts = 0, forumThreads = 0, forumComments = 0;
};

Value numberOf(const Value &v)
{
    if (const QString *s = std::get_if<QString>(&v)) {
        bool ok = false;
        const double d = s->trimmed().toDouble(&ok);
        return ok ? Value(d) : Value();
    }
    if (const qint64 *n = std::get_if<qint64>(&v))
        return double(*n);
    return v;
}

Value dateOf(const std::string &iso)
{
    qint64 ms = 0;
    if (iso.empty() || !parseIsoDateTime(QString::fromLatin1(iso.data(), qsizetype(iso.size())), &ms))
        return {};
    return DateTime{ms};
}

std::string_view stringField(simdjson::ondemand::value v)
{
    std::string_view s;
    return v.get_string().get(s) == simdjson::SUCCESS ? s : std::string_view();
}

} // namespace

PersonCourseBuilder::PersonCourseBuilder(DocumentStore &store, bool anonymize)
    : m_store(store)
    , m_anonymize(anonymize)
{
}

QStringList PersonCourseBuilder::fields()
{
    return QStringLiteral("course_id user_id username registered viewed explored certified mode is_active start_time LoE YoB "
                          "gender profile_country grade cert_status cert_created_date first_event last_event nevents "
                          "ndays_act nplay_video nproblem_check nshow_answer nseq_goto nchapters nforum_posts "
                          "nforum_threads nforum_comments")
        .split(QLatin1Char(' '));
}

PersonCourseResult PersonCourseBuilder::build(const QString &database, const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    PersonCourseResult result;
    result.database = database;
    auto fail = [&](const QString &message) {
        result.error = message;
        result.seconds = timer.nsecsElapsed() / 1e9;
        return result;
    };
    auto cancelled = [&] { return cancel && cancel->load(); };
    const Result<QStringList> listed = m_store.collections(database);
    if (!listed)
        return fail(listed.error());
    const QStringList &collections = *listed;
    // Reads the whole of one of the course's tables; the first failure is kept and ends the build
    // once the tables are read.
    QString readError;
    auto readAll = [&](const QString &collection, const Filter &filter, const std::function<bool(const Document &)> &visit) {
        const Status read = m_store.find(database, collection, filter, {}, visit);
        if (!read && readError.isEmpty())
            readError = tr("Reading %1.%2 failed: %3").arg(database, collection, read.error());
    };
    // Either naming scheme (PRODUCT.md §4).
    auto pick = [&](const QString &mcgillx, const QString &edx) {
        return collections.contains(mcgillx) ? mcgillx : collections.contains(edx) ? edx : QString();
    };
    const QString enrollment = pick(QStringLiteral("enrollment"), QStringLiteral("student_courseenrollment"));
    if (enrollment.isEmpty())
        return fail(tr("%1 has no enrollment table (student_courseenrollment): import the course's files first")
                        .arg(database));

    // Learners: one per user of the enrollment table.
    std::vector<Learner> learners;
    QHash<qint64, int> byId;
    readAll(enrollment, {}, [&](const Document &d) {
        const qint64 id = integerOf(d.value("user_id"));
        if (byId.contains(id))
            return true;
        byId.insert(id, int(learners.size()));
        Learner l;
        l.userId = id;
        l.courseId = d.string("course_id");
        l.startTime = d.value("created");
        l.mode = d.value("mode");
        l.isActive = d.value("is_active");
        learners.push_back(std::move(l));
        return true;
    });
    auto learner = [&](const Value &userId) -> Learner * {
        const auto it = byId.constFind(integerOf(userId));
        return it == byId.cend() ? nullptr : &learners[size_t(*it)];
    };
    QStringList courseIds;
    for (const Learner &l : learners) {
        if (!l.courseId.isEmpty() && !courseIds.contains(l.courseId))
            courseIds << l.courseId;
    }

    if (const QString users = pick(QStringLiteral("user"), QStringLiteral("auth_user")); !users.isEmpty())
        readAll(users, {}, [&](const Document &d) {
            if (Learner *l = learner(d.value("id")))
                l->username = d.string("username");
            return !cancelled();
        });
    if (const QString profiles = pick(QStringLiteral("userprofile"), QStringLiteral("auth_userprofile")); !profiles.isEmpty())
        readAll(profiles, {}, [&](const Document &d) {
            if (Learner *l = learner(d.value("user_id"))) {
                l->gender = d.value("gender");
                l->yearOfBirth = d.value("year_of_birth");
                l->education = d.value("level_of_education");
                l->country = d.value("country");
            }
            return !cancelled();
        });
    if (const QString certificates = pick(QStringLiteral("certificates"), QStringLiteral("certificates_generatedcertificate"));
        !certificates.isEmpty())
        readAll(certificates, {}, [&](const Document &d) {
            if (Learner *l = learner(d.value("user_id"))) {
                l->grade = numberOf(d.value("grade"));
                l->certStatus = d.value("status");
                l->certCreated = d.value("created_date");
            }
            return !cancelled();
        });
    if (collections.contains(QStringLiteral("courseware_studentmodule")))
        readAll(QStringLiteral("courseware_studentmodule"),
                {{QStringLiteral("module_type"), Condition::Eq, {QStringLiteral("chapter")}}}, [&](const Document &d) {
                         if (Learner *l = learner(d.value("student_id")))
                             l->chapters.insert(d.string("module_id"));
                         return !cancelled();
                     });
    if (collections.contains(QStringLiteral("course_structure")))
        result.chapters = int(m_store.count(database, QStringLiteral("course_structure"),
                                            {{QStringLiteral("category"), Condition::Eq, {QStringLiteral("chapter")}}})
                                  .value());
    if (collections.contains(QStringLiteral("forum")))
        readAll(QStringLiteral("forum"), {}, [&](const Document &d) {
            if (Learner *l = learner(d.value("author_id"))) {
                ++l->forumPosts;
                const QString type = d.string("_type");
                l->forumThreads += type == QLatin1String("CommentThread");
                l->forumComments += type == QLatin1String("Comment");
            }
            return !cancelled();
        });
    if (cancelled())
        return fail(tr("Cancelled: %1.person_course is unchanged").arg(database));
    if (!readError.isEmpty())
        return fail(readError);

    // Activity from the tracking events: the course's own collection when the course form built
    // one, else the course's events in the master collection.
    const Result<CourseEventSource> foundEvents = courseEventSource(m_store, database, collections, courseIds);
    if (!foundEvents)
        return fail(tr("Cannot find the events of %1: %2").arg(database, foundEvents.error()));
    const CourseEventSource &events = *foundEvents;
    QHash<QByteArray, int> byName;
    for (size_t i = 0; i < learners.size(); ++i) {
        if (!learners[i].username.isEmpty())
            byName.insert(learners[i].username.toUtf8(), int(i));
    }
    if (!events.isEmpty()) {
        result.eventSource = events.name();
        const qint64 total = m_store.count(events.database, events.collection, events.filter).value();
        std::unordered_set<quint64> days; // learner index << 32 | yyyymmdd
        simdjson::ondemand::parser parser;
        std::string padded;
        qint64 seen = 0;
        bool stopped = false;
        FindOptions anyOrder;
        anyOrder.anyOrder = true;
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
            simdjson::ondemand::object o;
            if (parser.iterate(padded.data(), size_t(json.size()), padded.size()).get(doc) != simdjson::SUCCESS
                || doc.get_object().get(o) != simdjson::SUCCESS)
                return true;
            std::string_view username, type, source, when;
            bool studio = false;
            for (auto field : o) {
                std::string_view key;
                simdjson::ondemand::value value;
                if (field.escaped_key().get(key) != simdjson::SUCCESS || field.value().get(value) != simdjson::SUCCESS)
                    break;
                if (key == "username")
                    username = stringField(value);
                else if (key == "event_type")
                    type = stringField(value);
                else if (key == "event_source")
                    source = stringField(value);
                else if (key == "studio")
                    studio = value.get_bool().get(studio) == simdjson::SUCCESS && studio;
                else if (key == "timestamp") {
                    simdjson::ondemand::object date;
                    simdjson::ondemand::value iso;
                    if (value.get_object().get(date) == simdjson::SUCCESS
                        && date.find_field_unordered("$date").get(iso) == simdjson::SUCCESS)
                        when = stringField(iso);
                }
            }
            if (studio)
                return true; // the course team's Studio requests are not learner activity
            const auto it = byName.constFind(QByteArray::fromRawData(username.data(), qsizetype(username.size())));
            if (it == byName.cend()) {
                ++result.eventsWithoutLearner;
                return true;
            }
            Learner &l = learners[size_t(*it)];
            ++result.events;
            ++l.events;
            if (when.size() >= 10) {
                if (l.firstEvent.empty() || when < l.firstEvent)
                    l.firstEvent.assign(when);
                if (when > l.lastEvent)
                    l.lastEvent.assign(when);
                const quint64 day = QByteArrayView(when.data(), 4).toUInt() * 10000 + QByteArrayView(when.data() + 5, 2).toUInt() * 100
                                    + QByteArrayView(when.data() + 8, 2).toUInt();
                if (days.insert(quint64(*it) << 32 | day).second)
                    ++l.activeDays;
            }
            l.playVideo += type == "play_video";
            l.problemCheck += type == "problem_check" && source == "server"; // (the browser's twin event is not a submission)
            l.showAnswer += type == "showanswer";
            l.seqGoto += type == "seq_goto";
            return true;
        });
        if (stopped)
            return fail(tr("Cancelled: %1.person_course is unchanged").arg(database));
        if (!read)
            return fail(tr("Reading %1 failed: %2").arg(result.eventSource, read.error()));
    }

    // The rows.
    Result<std::unique_ptr<WriteTransaction>> begun = m_store.beginWrite(database);
    if (!begun)
        return fail(tr("Cannot write to %1: %2").arg(database, begun.error()));
    std::unique_ptr<WriteTransaction> write = std::move(*begun);
    if (const Status replaced = write->replaceCollection(QStringLiteral("person_course")); !replaced)
        return fail(tr("Cannot replace %1.person_course: %2").arg(database, replaced.error()));
    std::vector<Document> batch;
    auto flush = [&] {
        Status written;
        if (!batch.empty())
            written = write->insert(QStringLiteral("person_course"), batch, QString());
        batch.clear();
        return written;
    };
    const int half = result.chapters / 2; // edx2bigquery's integer division
    for (const Learner &l : learners) {
        Document d;
        d.appendInt64("_id", l.userId);
        d.appendString("course_id", l.courseId);
        d.appendInt64("user_id", l.userId);
        // A username an anonymised import already hashed stays as it is.
        const bool hashed = l.username.size() == 40
                            && std::all_of(l.username.cbegin(), l.username.cend(),
                                           [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
        d.appendString("username", m_anonymize && !hashed ? anonScreenName(l.username) : l.username);
        d.appendBool("registered", true);
        const bool viewed = !l.chapters.isEmpty();
        d.appendBool("viewed", viewed);
        d.appendBool("explored", viewed && result.chapters > 0 && l.chapters.size() >= half);
        d.appendBool("certified", l.certStatus == Value(QStringLiteral("downloadable")));
        d.appendValue("mode", l.mode);
        d.appendValue("is_active", l.isActive);
        d.appendValue("start_time", l.startTime);
        d.appendValue("LoE", l.education);
        d.appendValue("YoB", l.yearOfBirth);
        d.appendValue("gender", l.gender);
        d.appendValue("profile_country", l.country);
        d.appendValue("grade", l.grade);
        d.appendValue("cert_status", l.certStatus);
        d.appendValue("cert_created_date", l.certCreated);
        d.appendValue("first_event", dateOf(l.firstEvent));
        d.appendValue("last_event", dateOf(l.lastEvent));
        d.appendInt64("nevents", l.events);
        d.appendInt64("ndays_act", l.activeDays);
        d.appendInt64("nplay_video", l.playVideo);
        d.appendInt64("nproblem_check", l.problemCheck);
        d.appendInt64("nshow_answer", l.showAnswer);
        d.appendInt64("nseq_goto", l.seqGoto);
        d.appendInt64("nchapters", l.chapters.size());
        d.appendInt64("nforum_posts", l.forumPosts);
        d.appendInt64("nforum_threads", l.forumThreads);
        d.appendInt64("nforum_comments", l.forumComments);
        batch.push_back(std::move(d));
        if (batch.size() >= kBatch) {
            if (const Status written = flush(); !written)
                return fail(tr("Writing %1.person_course failed: %2").arg(database, written.error()));
        }
    }
    Status written = flush();
    if (written)
        written = write->commit();
    if (!written)
        return fail(tr("Writing %1.person_course failed: %2").arg(database, written.error()));
    result.learners = qint64(learners.size());
    result.ok = true;
    result.seconds = timer.nsecsElapsed() / 1e9;
    if (progress)
        progress(result.events, result.events);
    return result;
}

} // namespace EdxLoader
