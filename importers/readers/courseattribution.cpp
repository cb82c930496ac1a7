#include "courseattribution.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <string_view>


namespace EdxLoader {

namespace {

QString text(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8).trimmed();
}

// Where a key ends inside a URL or a text.
bool isDelimiter(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#') || c == QLatin1Char('&')
           || c == QLatin1Char('"') || c == QLatin1Char('\'') || c.isSpace();
}

QStringView untilDelimiter(QStringView s)
{
    qsizetype end = 0;
    while (end < s.size() && !isDelimiter(s[end]))
        ++end;
    return s.first(end);
}

// block-v1:ORG+NUM+RUN+type@problem+block@id → course-v1:ORG+NUM+RUN (ccx-block-v1 → ccx-v1,
// keeping its ccx@N part): the parts before the first type@.
QString courseOfBlock(QStringView key)
{
    QString prefix;
    if (key.startsWith(u"block-v1:"))
        prefix = QStringLiteral("course-v1:"), key = key.sliced(9);
    else if (key.startsWith(u"ccx-block-v1:"))
        prefix = QStringLiteral("ccx-v1:"), key = key.sliced(13);
    else
        return {};
    const qsizetype type = key.indexOf(u"+type@");
    if (type <= 0)
        return {};
    const QStringView course = key.first(type);
    if (course.count(QLatin1Char('+')) < 2)
        return {};
    return prefix + course.toString();
}

// Request paths only Studio serves (the LMS's own are under /courses/, /xblock/, /api/…).
constexpr QByteArrayView kStudioPaths[] = {
    "/course/", "/container/", "/settings/", "/course_team/", "/group_configurations/", "/textbooks/",
    "/assets/", "/import/", "/export/", "/checklists/", "/tabs/", "/course_info/", "/course_info_update/",
    "/course_rerun/", "/videos/", "/transcripts/", "/xblock/container/", "/xblock/outline/"};

bool isStudioPath(QByteArrayView path)
{
    // Most events' paths are "/event": ruled out before the list is walked.
    if (path.size() < 6 || path[0] != '/' || path == QByteArrayView("/event"))
        return false;
    for (const QByteArrayView p : kStudioPaths) {
        if (path.startsWith(p))
            return true;
    }
    return false;
}

// ORG, NUM and RUN of a course id of either style; empty when it is neither.
QStringList courseParts(const QString &course)
{
    if (course.startsWith(QLatin1String("course-v1:"))) {
        const QStringList parts = course.mid(10).split(QLatin1Char('+'));
        return parts.size() == 3 ? parts : QStringList();
    }
    const QStringList parts = course.split(QLatin1Char('/'));
    return parts.size() == 3 && !course.contains(QLatin1Char(':')) ? parts : QStringList();
}

} // namespace

QString CourseAttribution::courseOfKey(QStringView key)
{
    key = key.trimmed();
    if (key.isEmpty())
        return {};
    if (key.startsWith(u"course-v1:") || key.startsWith(u"ccx-v1:"))
        return untilDelimiter(key).toString();
    if (key.startsWith(u"block-v1:") || key.startsWith(u"ccx-block-v1:"))
        return courseOfBlock(untilDelimiter(key));
    static const QRegularExpression slashed(QStringLiteral(R"(^[^/\s:]+/[^/\s]+/[^/\s]+$)"));
    if (slashed.matchView(key).hasMatch())
        return key.toString();
    return {};
}

QString CourseAttribution::courseOfUrl(QStringView url)
{
    QString decoded;
    if (url.contains(u'%')) { // /course/course-v1%3AOrg%2BNum%2BRun/…
        decoded = QUrl::fromPercentEncoding(url.toUtf8());
        url = decoded;
    }
    // A course key where a path segment or a query value starts.
    for (const char16_t *marker : {u"course-v1:", u"ccx-v1:"}) {
        for (qsizetype at = url.indexOf(marker); at >= 0; at = url.indexOf(marker, at + 1)) {
            if (at == 0 || url[at - 1] == QLatin1Char('/') || url[at - 1] == QLatin1Char('='))
                return untilDelimiter(url.sliced(at)).toString();
        }
    }
    for (const char16_t *marker : {u"block-v1:", u"ccx-block-v1:"}) {
        for (qsizetype at = url.indexOf(marker); at >= 0; at = url.indexOf(marker, at + 1)) {
            if (at == 0 || url[at - 1] == QLatin1Char('/') || url[at - 1] == QLatin1Char('=')) {
                if (const QString course = courseOfBlock(untilDelimiter(url.sliced(at))); !course.isEmpty())
                    return course;
            }
        }
    }
    static const QRegularExpression slashed(QStringLiteral(R"(/courses/([^/?#\s:]+/[^/?#\s]+/[^/?#\s]+)(?:[/?#]|$))"));
    if (url.contains(u"/courses/")) {
        if (const auto m = slashed.matchView(url); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

bool CourseAttribution::isStudio(const EventKeys &keys)
{
    if (!keys.host.isEmpty()) {
        // Host names are case-insensitive; they are almost always written in lower case.
        QByteArray lowered;
        std::string_view host(keys.host.data(), size_t(keys.host.size()));
        if (std::any_of(host.begin(), host.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
            lowered = keys.host.toByteArray().toLower();
            host = std::string_view(lowered.constData(), size_t(lowered.size()));
        }
        const size_t at = host.find("studio");
        if (host.starts_with("cms.")
            || (at != std::string_view::npos
                && (at == 0 ? host.size() > 6 && (host[6] == '.' || host[6] == '-')
                            : (host[at - 1] == '.' || host[at - 1] == '-')
                                  && host.substr(at + 6).starts_with('.'))))
            return true;
    }
    return isStudioPath(keys.eventType) || isStudioPath(keys.contextPath);
}

QString CourseAttribution::fromI4x(QByteArrayView location) const
{
    // i4x://ORG/NUM/TYPE/ID: no run. Attributed only when one run of ORG/NUM is known.
    const qsizetype at = location.indexOf(QByteArrayView("i4x://"));
    if (at < 0)
        return {};
    const QList<QByteArray> parts = location.sliced(at + 6).toByteArray().split('/');
    if (parts.size() < 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return {};
    const auto it = m_runs.constFind(QString::fromUtf8(parts[0] + '/' + parts[1]));
    return it == m_runs.cend() || it->ambiguous ? QString() : it->course;
}

void CourseAttribution::learn(const QString &course)
{
    if (course == m_lastLearned)
        return;
    m_lastLearned = course;
    const QStringList parts = courseParts(course);
    if (parts.isEmpty())
        return;
    const QString key = parts[0] + QLatin1Char('/') + parts[1];
    const auto it = m_runs.find(key);
    if (it == m_runs.end())
        m_runs.insert(key, {parts[2], course, false});
    else if (it->run != parts[2])
        it->ambiguous = true; // two runs: an i4x location of this course could be either
}

CourseAttribution::Found CourseAttribution::attribute(const EventKeys &keys)
{
    Found found;
    found.studio = isStudio(keys);
    const auto take = [&](QString course, const char *source) {
        if (course.isEmpty())
            return false;
        found.course = std::move(course);
        found.source = source;
        learn(found.course);
        return true;
    };
    if (take(text(keys.contextCourseId), nullptr) // the usual case: no source recorded
        || take(text(keys.courseId), "course_id")
        || take(courseOfKey(text(keys.eventCourseId)), "event.course_id")
        || take(courseOfKey(text(keys.eventUsageKey)), "event.usage_key")
        || take(courseOfKey(text(keys.eventProblemId)), "event.problem_id")
        || take(courseOfKey(text(keys.eventId)), "event.id")
        || take(courseOfUrl(text(keys.eventType)), "event_type")
        || take(courseOfUrl(text(keys.contextPath)), "context.path")
        || take(courseOfUrl(text(keys.page)), "page")
        || take(courseOfUrl(text(keys.referer)), "referer"))
        return found;
    for (const QByteArrayView location : {keys.eventUsageKey, keys.eventProblemId, keys.eventId, keys.eventType, keys.page}) {
        if (QString course = fromI4x(location); !course.isEmpty()) {
            found.course = std::move(course);
            found.source = "i4x";
            return found;
        }
    }
    return found;
}

} // namespace EdxLoader
