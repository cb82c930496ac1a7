// Daily tracking logs for the demo package (FORMATS.md §6, checklist §9).
#include "demodata.h"
#include "demogenerator.h"
#include "pyjson.h"

#include <KCompressionDevice>

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <algorithm>

namespace EdxLoader::Demo {

namespace {

enum class Kind {
    PageView, PageViewTruncated, HandlerImplicit, Video, BrowserProblemCheck, ProblemGraded,
    ServerProblemCheck, Sequence, Enrollment, OraAssess, OraTraining, Mobile, PageClose,
    ForumThread, Dashboard, LegacyNoContext,
};

struct Weighted
{
    Kind kind;
    int weight;
};

constexpr Weighted kMix[] = {
    {Kind::PageView, 170},          {Kind::PageViewTruncated, 15}, {Kind::HandlerImplicit, 50},
    {Kind::Video, 200},             {Kind::BrowserProblemCheck, 50}, {Kind::ProblemGraded, 30},
    {Kind::ServerProblemCheck, 100}, {Kind::Sequence, 80},        {Kind::Enrollment, 30},
    {Kind::OraAssess, 25},          {Kind::OraTraining, 15},       {Kind::Mobile, 40},
    {Kind::PageClose, 40},          {Kind::ForumThread, 30},       {Kind::Dashboard, 40},
    {Kind::LegacyNoContext, 20},
};

Kind pickKind(Rng &rng)
{
    int total = 0;
    for (const Weighted &w : kMix)
        total += w.weight;
    int r = rng.below(total);
    for (const Weighted &w : kMix) {
        if (r < w.weight)
            return w.kind;
        r -= w.weight;
    }
    return Kind::PageView;
}

const char *const kAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/47.0.2526.106 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_5) AppleWebKit/600.8.9 (KHTML, like Gecko) Version/8.0.8 Safari/600.8.9",
    "Mozilla/5.0 (X11; Linux x86_64; rv:44.0) Gecko/20100101 Firefox/44.0",
};

struct Spec
{
    qint64 msecs; // since the start of the day
    Kind kind;
    int course; // -1: no course
    int user;
};

class EventWriter
{
public:
    EventWriter(const Organisation &org, QDate day, quint64 seed)
        : m_org(org), m_day(day), m_rng(seed)
    {
    }

    // Renders one event; sets courseId to the course an importer must attribute it to.
    QByteArray render(const Spec &s, QString *courseId);
    // UTC date of the last rendered event's "time" (mobile events happened days before the file's day).
    QDate lastEventDay() const
    {
        return m_day.addDays(m_lastEventMsecs >= 0 ? m_lastEventMsecs / 86400000 : -((-m_lastEventMsecs + 86399999) / 86400000));
    }
    Rng &rng() { return m_rng; }

private:
    struct Head
    {
        QString source;
        QString type;
        QString page; // empty: null
        bool anonymous = false; // blank username and session (page_close of a timed-out session)
        bool legacy = false;    // 2012 style: no context, no referer, time without offset
        qint64 timeShift = 0;   // mobile events are filed by received_at, happened earlier
    };
    PyJsonObject head(const Spec &s, const Head &h);
    PyJsonObject context(const Course &c, const User &u, const QString &path, bool tags);
    QString courseware(const Course &c);
    QDateTime at(qint64 msecs) const
    {
        return QDateTime(m_day, QTime(0, 0), QTimeZone::UTC).addMSecs(msecs);
    }

    const Organisation &m_org;
    QDate m_day;
    Rng m_rng;
    qint64 m_lastEventMsecs = 0;
};

QString EventWriter::courseware(const Course &c)
{
    const Block &seq = c.blocks.at(m_rng.pick(c.sequentials));
    const Block &ch = c.blocks.at(seq.parent);
    return c.urlBase() + QStringLiteral("/courseware/") + ch.name + QLatin1Char('/') + seq.name
           + QLatin1Char('/');
}

PyJsonObject EventWriter::context(const Course &c, const User &u, const QString &path, bool tags)
{
    PyJsonObject ctx;
    if (tags) // dotted keys: what MongoDB refuses without escaping (FORMATS.md §6.8)
        ctx.obj("course_user_tags", PyJsonObject().str("xblock.partition_service.partition_1480964417",
                                                       QString::number(m_rng.below(3))));
    ctx.num("user_id", u.id).str("org_id", c.org).str("course_id", c.courseId()).str("path", path);
    return ctx;
}

PyJsonObject EventWriter::head(const Spec &s, const Head &h)
{
    const User &u = m_org.users.at(s.user);
    PyJsonObject e;
    e.str("username", h.anonymous ? QString() : u.username);
    e.str("event_source", h.source).str("event_type", h.type);
    m_lastEventMsecs = h.legacy ? s.msecs : s.msecs - h.timeShift;
    if (h.legacy)
        e.str("time", QDateTime(at(s.msecs)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz512")));
    else
        e.str("time", isoTime(at(s.msecs - h.timeShift), m_rng.below(1000) != 0));
    e.str("ip", QStringLiteral("83.10.%1.%2").arg(s.user % 250).arg(s.user % 199));
    e.str("agent", QString::fromLatin1(kAgents[s.user % std::size(kAgents)]));
    e.str("host", u"courses.edx.org");
    if (!h.legacy)
        e.str("accept_language", u"en-US,en;q=0.8").str("referer", h.page);
    if (h.page.isEmpty())
        e.null("page");
    else
        e.str("page", h.page);
    if (h.source == QLatin1String("browser"))
        e.str("session", h.anonymous ? QString() : m_rng.hex(32));
    else if (h.source == QLatin1String("mobile"))
        e.str("session", QString());
    return e;
}

QByteArray EventWriter::render(const Spec &s, QString *courseId)
{
    static const QString server = QStringLiteral("server");
    static const QString browser = QStringLiteral("browser");
    static const QString emptyRequest = QStringLiteral("{\"POST\": {}, \"GET\": {}}");
    const User &u = m_org.users.at(s.user);
    const Course *c = s.course >= 0 ? &m_org.courses.at(s.course) : nullptr;
    *courseId = c ? c->courseId() : QString();
    const Kind kind = c ? s.kind : Kind::Dashboard;
    PyJsonObject e;
    switch (kind) {
    case Kind::PageView:
    case Kind::PageViewTruncated: {
        const QString url = courseware(*c);
        const QString path = url.mid(url.indexOf(QLatin1String("/courses/")));
        e = head(s, {server, path, {}});
        e.obj("context", context(*c, u, path, c->newStyle));
        QString inner = emptyRequest;
        if (kind == Kind::PageViewTruncated) {
            // The middleware cuts the serialised request at 512 characters (FORMATS.md §6.3).
            QString q;
            while (q.size() < 600)
                q += QStringLiteral("machine learning ");
            inner = QString(QStringLiteral("{\"POST\": {}, \"GET\": {\"q\": [\"") + q + QStringLiteral("\"]}}")).left(512);
        }
        e.str("event", inner);
        break;
    }
    case Kind::HandlerImplicit: {
        const Block &p = c->blocks.at(m_rng.pick(c->problems));
        const QString path = QStringLiteral("/courses/") + c->courseId() + QStringLiteral("/xblock/") + p.usageKey
                             + QStringLiteral("/handler/xmodule_handler/problem_check");
        e = head(s, {server, path, {}});
        e.obj("context", context(*c, u, path, false));
        // POST keys with '[]', ':' and '.': hostile once a newer platform re-parses them.
        e.str("event", QStringLiteral("{\"POST\": {\"input_%1_2_1\": [\"x*2\"], \"input_ps03:ps.1_2_1[]\": "
                                      "[\"choice_0\"]}, \"GET\": {}}").arg(p.name));
        break;
    }
    case Kind::Video: {
        static const QStringList types{QStringLiteral("play_video"), QStringLiteral("pause_video"),
                                       QStringLiteral("seek_video"), QStringLiteral("load_video")};
        const Block &v = c->blocks.at(m_rng.pick(c->videos));
        e = head(s, {browser, m_rng.pick(types), courseware(*c)});
        e.obj("context", context(*c, u, QStringLiteral("/event"), false));
        e.str("event", PyJsonObject()
                           .str("id", c->newStyle ? v.name : c->htmlId(v.category, v.name))
                           .real("currentTime", m_rng.below(60000) / 100.0)
                           .str("code", v.metadata.value(QStringLiteral("youtube_id_1_0")).toString())
                           .text());
        break;
    }
    case Kind::BrowserProblemCheck:
    case Kind::ProblemGraded: {
        const Block &p = c->blocks.at(m_rng.pick(c->problems));
        const QString answer = QStringLiteral("input_%1_2_1=choice_%2").arg(p.name).arg(m_rng.below(4));
        const bool graded = kind == Kind::ProblemGraded;
        e = head(s, {browser, graded ? QStringLiteral("problem_graded") : QStringLiteral("problem_check"), courseware(*c)});
        e.obj("context", context(*c, u, QStringLiteral("/event"), false));
        if (graded) { // an actual array: [answers, html]
            QByteArray array = "[";
            pyJsonAppendString(array, answer);
            array += ", ";
            pyJsonAppendString(array, u"<div class=\"problem\">\n<p>Compute x<sup>2</sup>.</p>\n</div>");
            e.raw("event", array + ']');
        } else {
            e.str("event", answer);
        }
        break;
    }
    case Kind::ServerProblemCheck: {
        const Block &p = c->blocks.at(m_rng.pick(c->problems));
        const QString answerId = (c->newStyle ? p.name : c->htmlId(p.category, p.name)) + QStringLiteral("_2_1");
        const bool correct = m_rng.chance(60);
        const QString correctness = correct ? QStringLiteral("correct") : QStringLiteral("incorrect");
        e = head(s, {server, QStringLiteral("problem_check"), QStringLiteral("x_module")});
        PyJsonObject ctx = context(*c, u, QStringLiteral("/courses/") + c->courseId() + QStringLiteral("/xblock/")
                                              + p.usageKey + QStringLiteral("/handler/xmodule_handler/problem_check"),
                                   c->newStyle);
        ctx.obj("module", PyJsonObject().str("display_name", p.displayName).str("usage_key", p.usageKey));
        e.obj("context", ctx);
        e.obj("event", PyJsonObject()
                           .str("problem_id", p.usageKey)
                           .str("success", correctness)
                           .num("grade", correct ? 1 : 0)
                           .num("max_grade", 1)
                           .num("attempts", 1 + m_rng.below(2))
                           .obj("answers", PyJsonObject().str(answerId, QStringLiteral("choice_%1").arg(m_rng.below(4))))
                           .obj("correct_map", PyJsonObject().obj(answerId, PyJsonObject()
                                                                                 .str("correctness", correctness)
                                                                                 .str("hint", QString())
                                                                                 .null("hintmode")
                                                                                 .null("npoints")))
                           .obj("submission", PyJsonObject().obj(answerId, PyJsonObject()
                                                                                .str("question", u"Which of these is a base?")
                                                                                .str("answer", u"NaOH")
                                                                                .boolean("correct", correct)
                                                                                .str("response_type", u"multiplechoiceresponse")
                                                                                .str("input_type", u"choicegroup")
                                                                                .str("variant", QString()))));
        break;
    }
    case Kind::Sequence: {
        const Block &seq = c->blocks.at(m_rng.pick(c->sequentials));
        const int from = 1 + m_rng.below(2);
        e = head(s, {browser, m_rng.chance(50) ? QStringLiteral("seq_goto") : QStringLiteral("seq_next"), courseware(*c)});
        e.obj("context", context(*c, u, QStringLiteral("/event"), false));
        e.str("event", PyJsonObject().num("old", from).num("new", from + 1).str("id", seq.usageKey).text());
        break;
    }
    case Kind::Enrollment: {
        // The learners the enrollment table says are not enrolled now unenroll (User::unenrolled).
        const QString name = u.unenrolled() ? QStringLiteral("edx.course.enrollment.deactivated")
                                           : QStringLiteral("edx.course.enrollment.activated");
        e = head(s, {server, name, {}});
        e.str("name", name);
        e.obj("context", context(*c, u, QStringLiteral("/change_enrollment"), false));
        e.obj("event", PyJsonObject().str("course_id", c->courseId()).num("user_id", u.id)
                           .str("mode", m_rng.chance(70) ? u"audit" : u"verified"));
        break;
    }
    case Kind::OraAssess:
    case Kind::OraTraining: {
        const Block &ora = c->blocks.at(m_rng.pick(c->oras));
        const QString type = kind == Kind::OraAssess ? QStringLiteral("openassessmentblock.peer_assess")
                                                     : QStringLiteral("openassessment.student_training_assess_example");
        e = head(s, {server, type, QStringLiteral("x_module")});
        e.str("name", type);
        PyJsonObject ctx = context(*c, u, QStringLiteral("/courses/") + c->courseId() + QStringLiteral("/xblock/")
                                              + ora.usageKey + QStringLiteral("/handler/peer_assess"), false);
        ctx.obj("module", PyJsonObject().str("display_name", ora.displayName).str("usage_key", ora.usageKey));
        e.obj("context", ctx);
        // Rubric criterion names are author text and become keys: '.' and a leading '$'.
        if (kind == Kind::OraAssess) {
            const PyJsonObject part = PyJsonObject()
                                          .obj("criterion", PyJsonObject().str("name", u"Ideas (v1.2)").num("points_possible", 3))
                                          .str("option", u"Good")
                                          .str("feedback", QString());
            e.obj("event", PyJsonObject()
                               .str("feedback", u"Clear argument \u2014 cite sources.")
                               .raw("parts", '[' + part.bytes() + ']')
                               .obj("rubric", PyJsonObject().str("contenthash", m_rng.hex(40)))
                               .str("scored_at", isoTime(at(s.msecs), true))
                               .str("scorer_id", m_rng.hex(32))
                               .str("score_type", u"PE")
                               .str("submission_uuid", m_rng.hex(32)));
        } else {
            e.obj("event", PyJsonObject()
                               .str("submission_uuid", m_rng.hex(32))
                               .obj("options_selected", PyJsonObject().str("Ideas (v1.2)", u"Good").str("$ Budget", u"Fair"))
                               .obj("corrections", PyJsonObject().str("Ideas (v1.2)", u"Excellent")));
        }
        break;
    }
    case Kind::Mobile: {
        const Block &v = c->blocks.at(m_rng.pick(c->videos));
        Head h{QStringLiteral("mobile"), QStringLiteral("play_video"), QStringLiteral("https://courses.edx.org/xblock/") + v.usageKey};
        h.timeShift = qint64(1 + m_rng.below(3)) * 86400000; // filed by received_at
        e = head(s, h);
        e.str("name", u"edx.video.played");
        PyJsonObject ctx = context(*c, u, QStringLiteral("/segment/event"), false);
        ctx.str("received_at", isoTime(at(s.msecs), true)).str("component", u"videoplayer");
        ctx.obj("application", PyJsonObject().str("name", u"edx.mobileapp.android").str("version", u"2.3.1"));
        e.obj("context", ctx);
        e.obj("event", PyJsonObject().str("code", u"mobile").str("id", v.name).real("currentTime", m_rng.below(60000) / 100.0));
        break;
    }
    case Kind::PageClose: {
        Head h{browser, QStringLiteral("page_close"), c->urlBase() + QStringLiteral("/progress")};
        h.anonymous = true;
        e = head(s, h);
        e.str("name", u"page_close");
        e.obj("context", PyJsonObject().null("user_id").str("org_id", c->org).str("course_id", c->courseId()).str("path", u"/event"));
        e.str("event", QString());
        break;
    }
    case Kind::ForumThread: {
        const Block &d = c->blocks.at(m_rng.pick(c->discussions));
        e = head(s, {server, QStringLiteral("edx.forum.thread.created"), {}});
        e.str("name", u"edx.forum.thread.created");
        e.obj("context", context(*c, u, QStringLiteral("/courses/") + c->courseId() + QStringLiteral("/discussion/threads/create"), false));
        e.obj("event", PyJsonObject()
                           .str("commentable_id", d.metadata.value(QStringLiteral("discussion_id")).toString())
                           .str("id", m_rng.hex(24))
                           .str("thread_type", u"question")
                           .str("title", QString(QStringLiteral("Question about ") + d.displayName))
                           .str("body", QStringLiteral("Is $x^2$ the same as x\u00b7x? \U0001F914"))
                           .boolean("anonymous", false));
        break;
    }
    case Kind::Dashboard: {
        e = head(s, {server, QStringLiteral("/dashboard"), {}});
        e.obj("context", PyJsonObject().num("user_id", u.id).str("org_id", QString()).str("course_id", QString()).str("path", u"/dashboard"));
        e.str("event", emptyRequest);
        *courseId = QString();
        break;
    }
    case Kind::LegacyNoContext: {
        // 2012-style: no context at all, time without offset; the course is in the URL only.
        const QString url = courseware(*c);
        Head h{server, url.mid(url.indexOf(QLatin1String("/courses/"))), {}};
        h.legacy = true;
        e = head(s, h);
        e.str("event", emptyRequest);
        break;
    }
    }
    return e.bytes();
}

} // namespace

FileCounts writeTrackingDay(const Organisation &org, const QString &path, QDate day, int events,
                            quint64 seed, qint64 *bytes, QString *error)
{
    FileCounts counts;
    EventWriter writer(org, day, seed);
    Rng &rng = writer.rng();

    QList<Spec> specs;
    specs.reserve(events);
    for (int i = 0; i < events; ++i) {
        Spec s;
        s.msecs = qint64(rng.below(86400000));
        s.kind = pickKind(rng);
        s.course = rng.permille(40) ? -1 : rng.below(int(org.courses.size()));
        const QList<int> &pool = s.course >= 0 ? org.courses.at(s.course).users : QList<int>{0};
        s.user = s.course >= 0 ? rng.pick(pool) : rng.below(int(org.users.size()));
        specs.append(s);
    }
    std::sort(specs.begin(), specs.end(), [](const Spec &a, const Spec &b) { return a.msecs < b.msecs; });
    for (qsizetype i = 1; i < specs.size(); ++i) { // no ordering guarantee inside a file (§1.4)
        if (rng.chance(2))
            std::swap(specs[i - 1], specs[i]);
    }

    // KCompressionDevice closes the device it writes to, which QSaveFile forbids: write a
    // ".part" file and rename it once complete, so that no half-written log is left behind.
    const QString partPath = path + QStringLiteral(".part");
    QFile file(partPath);
    KCompressionDevice gz(&file, false, KCompressionDevice::GZip);
    if (!gz.open(QIODevice::WriteOnly)) {
        *error = DemoGenerator::tr("Cannot write %1: %2").arg(path, file.errorString());
        return counts;
    }
    QByteArray buffer;
    buffer.reserve(1 << 20);
    qint64 total = 0;
    auto flush = [&](bool force) {
        if (buffer.size() < (1 << 20) && !force)
            return true;
        total += buffer.size();
        const bool ok = gz.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    auto addLine = [&](const QByteArray &line, const char *reject, bool skip) {
        buffer += line;
        buffer += '\n';
        ++counts.read;
        if (skip)
            ++counts.skipped;
        else if (reject) {
            ++counts.rejected;
            counts.rejects.append({counts.read, QString::fromLatin1(reject)});
        }
    };
    const int truncations = std::max(1, events / 500);
    const int prefixes = std::max(1, events / 400);
    const int blanks = std::max(1, events / 1000);
    const int garbage = std::max(1, events / 1500);
    QByteArray previous;
    QString previousCourse;
    QString previousDay;
    bool ok = true;
    for (qsizetype i = 0; i < specs.size() && ok; ++i) {
        QString courseId;
        QByteArray line = writer.render(specs.at(i), &courseId);
        const QString eventDay = writer.lastEventDay().toString(Qt::ISODate);
        const int slot = int(i % 1000);
        if (slot == 101 && i / 1000 < truncations) {
            // An essay that pushed the serialised event past TRACK_MAX_EVENT (FORMATS.md §6.1).
            QByteArray essay(12000, 'a');
            for (int k = 0; k < essay.size(); k += 7)
                essay[k] = ' ';
            QByteArray cut = line.left(line.size() - 1) + ", \"answer\": {\"parts\": [{\"text\": \"" + essay + "\"}]}}";
            addLine(cut.left(10000), "truncated", false);
        }
        if (slot == 307 && i / 1000 < prefixes)
            line.prepend(day.toString(QStringLiteral("MMM d ")).toLatin1() + "08:00:01 ip-10-3-21-117 ");
        if (slot == 499 && i / 1000 < blanks)
            addLine(QByteArray(), nullptr, true);
        if (slot == 733 && i / 1000 < garbage)
            addLine("<html><body><h1>502 Bad Gateway</h1></body></html>", "not-json", false);
        if (slot == 613) // a byte that is not UTF-8 in an otherwise valid line: decoded leniently
            line.replace("Mozilla/5.0", "Mozilla/5.0 \xe9");
        addLine(line, nullptr, false);
        ++counts.imported;
        ++counts.courses[courseId];
        if (!courseId.isEmpty())
            ++counts.courseDays[courseId][eventDay];
        if (slot == 887 && !previous.isEmpty()) { // duplicated delivery: both copies are events
            addLine(previous, nullptr, false);
            ++counts.imported;
            ++counts.courses[previousCourse];
            if (!previousCourse.isEmpty())
                ++counts.courseDays[previousCourse][previousDay];
        }
        previous = line;
        previousCourse = courseId;
        previousDay = eventDay;
        ok = flush(false);
    }
    if (ok && !buffer.isEmpty() && (seed & 1)) // some producers omit the final newline
        buffer.chop(1);
    ok = ok && flush(true);
    gz.close();
    ok = ok && gz.error() == 0 && file.error() == QFileDevice::NoError;
    if (ok) {
        // The same parameters give the same bytes: the header's writing time is zeroed.
        QFile written(partPath);
        if (written.open(QIODevice::ReadWrite)) {
            QByteArray head = written.read(10);
            if (clearGzipTime(head.data(), head.size()) && written.seek(0))
                written.write(head);
        }
        written.close();
        QFile::remove(path);
        ok = QFile::rename(partPath, path);
    }
    if (!ok) {
        QFile::remove(partPath);
        *error = DemoGenerator::tr("Cannot write %1: %2").arg(path, file.errorString());
        return counts;
    }
    *bytes = total;
    return counts;
}

} // namespace EdxLoader::Demo
