// Daily tracking logs for the demo package (FORMATS.md §6, checklist §9).
#include "demodata.h"
#include "demogenerator.h"
#include "pyjson.h"

#include <KCompressionDevice>

#include <QCoreApplication>
#include <QJsonArray>
#include <QFile>
#include <QTimeZone>

#include <algorithm>

namespace EdxLoader::Demo {

namespace {

using J = QJsonObject;

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
    Rng &rng() { return m_rng; }

private:
    J base(const Spec &s, const QString &source, const QString &type, const QString &page);
    J context(const Course &c, const User &u, const QString &path, bool tags);
    QString courseware(const Course &c);
    QDateTime at(qint64 msecs) const
    {
        return QDateTime(m_day, QTime(0, 0), QTimeZone::UTC).addMSecs(msecs);
    }

    const Organisation &m_org;
    QDate m_day;
    Rng m_rng;
};

QString EventWriter::courseware(const Course &c)
{
    const Block &seq = c.blocks.at(m_rng.pick(c.sequentials));
    const Block &ch = c.blocks.at(seq.parent);
    return c.urlBase() + QStringLiteral("/courseware/") + ch.name + QLatin1Char('/') + seq.name
           + QLatin1Char('/');
}

J EventWriter::context(const Course &c, const User &u, const QString &path, bool tags)
{
    J ctx{{QStringLiteral("user_id"), u.id},
          {QStringLiteral("org_id"), c.org},
          {QStringLiteral("course_id"), c.courseId()},
          {QStringLiteral("path"), path}};
    if (tags) // dotted keys: what MongoDB refuses without escaping (FORMATS.md §6.8)
        ctx.insert(QStringLiteral("course_user_tags"),
                   J{{QStringLiteral("xblock.partition_service.partition_1480964417"),
                      QString::number(m_rng.below(3))}});
    return ctx;
}

J EventWriter::base(const Spec &s, const QString &source, const QString &type, const QString &page)
{
    const User &u = m_org.users.at(s.user);
    J e{{QStringLiteral("username"), u.username},
        {QStringLiteral("event_source"), source},
        {QStringLiteral("event_type"), type},
        {QStringLiteral("time"), isoTime(at(s.msecs), m_rng.below(1000) != 0)},
        {QStringLiteral("ip"), QStringLiteral("83.10.%1.%2").arg(s.user % 250).arg(s.user % 199)},
        {QStringLiteral("agent"), QString::fromLatin1(kAgents[s.user % std::size(kAgents)])},
        {QStringLiteral("host"), QStringLiteral("courses.edx.org")},
        {QStringLiteral("accept_language"), QStringLiteral("en-US,en;q=0.8")},
        {QStringLiteral("referer"), page},
        {QStringLiteral("page"), page.isEmpty() ? QJsonValue() : QJsonValue(page)}};
    if (source == QLatin1String("browser"))
        e.insert(QStringLiteral("session"), m_rng.hex(32));
    return e;
}

QByteArray EventWriter::render(const Spec &s, QString *courseId)
{
    const User &u = m_org.users.at(s.user);
    const Course *c = s.course >= 0 ? &m_org.courses.at(s.course) : nullptr;
    *courseId = c ? c->courseId() : QString();
    const QString server = QStringLiteral("server");
    const QString browser = QStringLiteral("browser");
    Kind kind = s.kind;
    if (!c)
        kind = Kind::Dashboard;
    J e;
    switch (kind) {
    case Kind::PageView:
    case Kind::PageViewTruncated: {
        const QString url = courseware(*c);
        const QString path = url.mid(url.indexOf(QLatin1String("/courses/")));
        e = base(s, server, path, QString());
        e.insert(QStringLiteral("context"), context(*c, u, path, c->newStyle));
        QString inner = QStringLiteral("{\"POST\": {}, \"GET\": {}}");
        if (kind == Kind::PageViewTruncated) {
            // The middleware cuts the serialised request at 512 characters (FORMATS.md §6.3).
            QString q;
            while (q.size() < 600)
                q += QStringLiteral("machine learning ");
            inner = QString(QStringLiteral("{\"POST\": {}, \"GET\": {\"q\": [\"") + q + QStringLiteral("\"]}}"))
                        .left(512);
        }
        e.insert(QStringLiteral("event"), inner);
        break;
    }
    case Kind::HandlerImplicit: {
        const Block &p = c->blocks.at(m_rng.pick(c->problems));
        const QString path = QStringLiteral("/courses/") + c->courseId() + QStringLiteral("/xblock/")
                             + p.usageKey + QStringLiteral("/handler/xmodule_handler/problem_check");
        e = base(s, server, path, QString());
        e.insert(QStringLiteral("context"), context(*c, u, path, false));
        e.insert(QStringLiteral("event"),
                 QStringLiteral("{\"POST\": {\"input_%1_2_1\": [\"x*2\"], \"input_ps03:ps.1_2_1[]\": "
                                "[\"choice_0\"]}, \"GET\": {}}")
                     .arg(p.name));
        break;
    }
    case Kind::Video: {
        static const QStringList types{QStringLiteral("play_video"), QStringLiteral("pause_video"),
                                       QStringLiteral("seek_video"), QStringLiteral("load_video")};
        const Block &v = c->blocks.at(m_rng.pick(c->videos));
        const QString id = c->newStyle ? v.name : c->htmlId(v.category, v.name);
        e = base(s, browser, m_rng.pick(types), courseware(*c));
        e.insert(QStringLiteral("context"), context(*c, u, QStringLiteral("/event"), false));
        e.insert(QStringLiteral("event"),
                 QString::fromLatin1(pyJsonDumps(J{{QStringLiteral("id"), id},
                                                   {QStringLiteral("currentTime"), m_rng.below(60000) / 100.0},
                                                   {QStringLiteral("code"), v.metadata.value(QStringLiteral("youtube_id_1_0"))}})));
        break;
    }
    case Kind::BrowserProblemCheck:
    case Kind::ProblemGraded: {
        const Block &p = c->blocks.at(m_rng.pick(c->problems));
        const QString answer = QStringLiteral("input_%1_2_1=choice_%2").arg(p.name).arg(m_rng.below(4));
        e = base(s, browser, kind == Kind::ProblemGraded ? QStringLiteral("problem_graded")
                                                         : QStringLiteral("problem_check"),
                 courseware(*c));
        e.insert(QStringLiteral("context"), context(*c, u, QStringLiteral("/event"), false));
        if (kind == Kind::ProblemGraded)
            e.insert(QStringLiteral("event"),
                     QJsonArray{answer, QStringLiteral("<div class=\"problem\">\n<p>Compute x<sup>2</sup>.</p>\n</div>")});
        else
            e.insert(QStringLiteral("event"), answer);
        break;
    }
    case Kind::ServerProblemCheck: {
        const Block &p = c->blocks.at(m_rng.pick(c->problems));
        const QString answerId = (c->newStyle ? p.name : c->htmlId(p.category, p.name)) + QStringLiteral("_2_1");
        const bool correct = m_rng.chance(60);
        e = base(s, server, QStringLiteral("problem_check"), QStringLiteral("x_module"));
        J ctx = context(*c, u, QStringLiteral("/courses/") + c->courseId() + QStringLiteral("/xblock/") + p.usageKey
                                   + QStringLiteral("/handler/xmodule_handler/problem_check"), c->newStyle);
        ctx.insert(QStringLiteral("module"), J{{QStringLiteral("display_name"), p.displayName},
                                               {QStringLiteral("usage_key"), p.usageKey}});
        e.insert(QStringLiteral("context"), ctx);
        e.insert(QStringLiteral("event"),
                 J{{QStringLiteral("problem_id"), p.usageKey},
                   {QStringLiteral("success"), correct ? QStringLiteral("correct") : QStringLiteral("incorrect")},
                   {QStringLiteral("grade"), correct ? 1 : 0},
                   {QStringLiteral("max_grade"), 1},
                   {QStringLiteral("attempts"), 1 + m_rng.below(2)},
                   {QStringLiteral("answers"), J{{answerId, QStringLiteral("choice_%1").arg(m_rng.below(4))}}},
                   {QStringLiteral("correct_map"),
                    J{{answerId, J{{QStringLiteral("correctness"), correct ? QStringLiteral("correct") : QStringLiteral("incorrect")},
                                   {QStringLiteral("hint"), QString()},
                                   {QStringLiteral("hintmode"), QJsonValue()},
                                   {QStringLiteral("npoints"), QJsonValue()}}}}},
                   {QStringLiteral("submission"),
                    J{{answerId, J{{QStringLiteral("question"), QStringLiteral("Which of these is a base?")},
                                   {QStringLiteral("answer"), QStringLiteral("NaOH")},
                                   {QStringLiteral("correct"), correct},
                                   {QStringLiteral("response_type"), QStringLiteral("multiplechoiceresponse")},
                                   {QStringLiteral("input_type"), QStringLiteral("choicegroup")},
                                   {QStringLiteral("variant"), QString()}}}}}});
        break;
    }
    case Kind::Sequence: {
        const Block &seq = c->blocks.at(m_rng.pick(c->sequentials));
        const int from = 1 + m_rng.below(2);
        e = base(s, browser, m_rng.chance(50) ? QStringLiteral("seq_goto") : QStringLiteral("seq_next"),
                 courseware(*c));
        e.insert(QStringLiteral("context"), context(*c, u, QStringLiteral("/event"), false));
        e.insert(QStringLiteral("event"),
                 QString::fromLatin1(pyJsonDumps(J{{QStringLiteral("old"), from},
                                                   {QStringLiteral("new"), from + 1},
                                                   {QStringLiteral("id"), seq.usageKey}})));
        break;
    }
    case Kind::Enrollment: {
        e = base(s, server, QStringLiteral("edx.course.enrollment.activated"), QString());
        e.insert(QStringLiteral("name"), QStringLiteral("edx.course.enrollment.activated"));
        e.insert(QStringLiteral("context"), context(*c, u, QStringLiteral("/change_enrollment"), false));
        e.insert(QStringLiteral("event"), J{{QStringLiteral("course_id"), c->courseId()},
                                            {QStringLiteral("user_id"), u.id},
                                            {QStringLiteral("mode"), m_rng.chance(70) ? QStringLiteral("audit") : QStringLiteral("verified")}});
        break;
    }
    case Kind::OraAssess:
    case Kind::OraTraining: {
        const Block &ora = c->blocks.at(m_rng.pick(c->oras));
        const QString type = kind == Kind::OraAssess ? QStringLiteral("openassessmentblock.peer_assess")
                                                     : QStringLiteral("openassessment.student_training_assess_example");
        e = base(s, server, type, QStringLiteral("x_module"));
        e.insert(QStringLiteral("name"), type);
        J ctx = context(*c, u, QStringLiteral("/courses/") + c->courseId() + QStringLiteral("/xblock/") + ora.usageKey
                                   + QStringLiteral("/handler/peer_assess"), false);
        ctx.insert(QStringLiteral("module"), J{{QStringLiteral("display_name"), ora.displayName},
                                               {QStringLiteral("usage_key"), ora.usageKey}});
        e.insert(QStringLiteral("context"), ctx);
        // Rubric criterion names are author text and become keys: '.' and a leading '$'.
        if (kind == Kind::OraAssess)
            e.insert(QStringLiteral("event"),
                     J{{QStringLiteral("feedback"), QStringLiteral("Clear argument — cite sources.")},
                       {QStringLiteral("parts"), QJsonArray{J{{QStringLiteral("criterion"), J{{QStringLiteral("name"), QStringLiteral("Ideas (v1.2)")}, {QStringLiteral("points_possible"), 3}}},
                                                              {QStringLiteral("option"), QStringLiteral("Good")},
                                                              {QStringLiteral("feedback"), QString()}}}},
                       {QStringLiteral("rubric"), J{{QStringLiteral("contenthash"), m_rng.hex(40)}}},
                       {QStringLiteral("scored_at"), isoTime(at(s.msecs), true)},
                       {QStringLiteral("scorer_id"), m_rng.hex(32)},
                       {QStringLiteral("score_type"), QStringLiteral("PE")},
                       {QStringLiteral("submission_uuid"), m_rng.hex(32)}});
        else
            e.insert(QStringLiteral("event"),
                     J{{QStringLiteral("submission_uuid"), m_rng.hex(32)},
                       {QStringLiteral("options_selected"), J{{QStringLiteral("Ideas (v1.2)"), QStringLiteral("Good")},
                                                              {QStringLiteral("$ Budget"), QStringLiteral("Fair")}}},
                       {QStringLiteral("corrections"), J{{QStringLiteral("Ideas (v1.2)"), QStringLiteral("Excellent")}}}});
        break;
    }
    case Kind::Mobile: {
        const Block &v = c->blocks.at(m_rng.pick(c->videos));
        // Filed by received_at: the event itself happened up to three days earlier.
        Spec earlier = s;
        earlier.msecs -= qint64(1 + m_rng.below(3)) * 86400000;
        e = base(earlier, QStringLiteral("mobile"), QStringLiteral("play_video"),
                 QStringLiteral("https://courses.edx.org/xblock/") + v.usageKey);
        e.insert(QStringLiteral("name"), QStringLiteral("edx.video.played"));
        e.insert(QStringLiteral("session"), QString());
        J ctx = context(*c, u, QStringLiteral("/segment/event"), false);
        ctx.insert(QStringLiteral("received_at"), isoTime(at(s.msecs), true));
        ctx.insert(QStringLiteral("component"), QStringLiteral("videoplayer"));
        ctx.insert(QStringLiteral("application"), J{{QStringLiteral("name"), QStringLiteral("edx.mobileapp.android")},
                                                    {QStringLiteral("version"), QStringLiteral("2.3.1")}});
        e.insert(QStringLiteral("context"), ctx);
        e.insert(QStringLiteral("event"), J{{QStringLiteral("code"), QStringLiteral("mobile")},
                                            {QStringLiteral("id"), v.name},
                                            {QStringLiteral("currentTime"), m_rng.below(60000) / 100.0}});
        break;
    }
    case Kind::PageClose: {
        e = base(s, browser, QStringLiteral("page_close"), c->urlBase() + QStringLiteral("/progress"));
        e.insert(QStringLiteral("username"), QString());
        e.insert(QStringLiteral("session"), QString());
        e.insert(QStringLiteral("name"), QStringLiteral("page_close"));
        J ctx = context(*c, u, QStringLiteral("/event"), false);
        ctx.insert(QStringLiteral("user_id"), QJsonValue());
        e.insert(QStringLiteral("context"), ctx);
        e.insert(QStringLiteral("event"), QString());
        break;
    }
    case Kind::ForumThread: {
        const Block &d = c->blocks.at(m_rng.pick(c->discussions));
        e = base(s, server, QStringLiteral("edx.forum.thread.created"), QString());
        e.insert(QStringLiteral("name"), QStringLiteral("edx.forum.thread.created"));
        e.insert(QStringLiteral("context"), context(*c, u, QStringLiteral("/courses/") + c->courseId()
                                                               + QStringLiteral("/discussion/threads/create"), false));
        e.insert(QStringLiteral("event"), J{{QStringLiteral("commentable_id"), d.metadata.value(QStringLiteral("discussion_id"))},
                                            {QStringLiteral("id"), m_rng.hex(24)},
                                            {QStringLiteral("thread_type"), QStringLiteral("question")},
                                            {QStringLiteral("title"), QString(QStringLiteral("Question about ") + d.displayName)},
                                            {QStringLiteral("body"), QStringLiteral("Is $x^2$ the same as x·x? 🤔")},
                                            {QStringLiteral("anonymous"), false}});
        break;
    }
    case Kind::Dashboard: {
        e = base(s, server, QStringLiteral("/dashboard"), QString());
        e.insert(QStringLiteral("context"), J{{QStringLiteral("user_id"), u.id},
                                              {QStringLiteral("org_id"), QString()},
                                              {QStringLiteral("course_id"), QString()},
                                              {QStringLiteral("path"), QStringLiteral("/dashboard")}});
        e.insert(QStringLiteral("event"), QStringLiteral("{\"POST\": {}, \"GET\": {}}"));
        *courseId = QString();
        break;
    }
    case Kind::LegacyNoContext: {
        // 2012-style: no context at all, time without offset; the course is in the URL only.
        const QString url = courseware(*c);
        e = base(s, server, url.mid(url.indexOf(QLatin1String("/courses/"))), QString());
        e.insert(QStringLiteral("time"), QString(at(s.msecs).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("512")));
        e.remove(QStringLiteral("accept_language"));
        e.remove(QStringLiteral("referer"));
        e.insert(QStringLiteral("event"), QStringLiteral("{\"POST\": {}, \"GET\": {}}"));
        break;
    }
    }
    return pyJsonDumps(e);
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
    bool ok = true;
    for (qsizetype i = 0; i < specs.size() && ok; ++i) {
        QString courseId;
        QByteArray line = writer.render(specs.at(i), &courseId);
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
        if (slot == 887 && !previous.isEmpty()) { // duplicated delivery: both copies are events
            addLine(previous, nullptr, false);
            ++counts.imported;
            ++counts.courses[previousCourse];
        }
        previous = line;
        previousCourse = courseId;
        ok = flush(false);
    }
    if (ok && !buffer.isEmpty() && (seed & 1)) // some producers omit the final newline
        buffer.chop(1);
    ok = ok && flush(true);
    gz.close();
    ok = ok && gz.error() == 0 && file.error() == QFileDevice::NoError;
    if (ok) {
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
