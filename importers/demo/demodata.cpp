#include "demodata.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace EdxLoader::Demo {

QString Rng::hex(int digits)
{
    static const char chars[] = "0123456789abcdef";
    QString s;
    s.reserve(digits);
    quint64 bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            bits = next();
        s.append(QLatin1Char(chars[bits & 0xf]));
        bits >>= 4;
    }
    return s;
}

QString Course::courseId() const
{
    return newStyle ? QStringLiteral("course-v1:%1+%2+%3").arg(org, number, run)
                    : QStringLiteral("%1/%2/%3").arg(org, number, run);
}

QString Course::fileKey() const
{
    return org + QLatin1Char('-') + number + QLatin1Char('-') + run;
}

QString Course::blockKey(const QString &category, const QString &name) const
{
    return newStyle ? QStringLiteral("block-v1:%1+%2+%3+type@%4+block@%5")
                          .arg(org, number, run, category, name)
                    : QStringLiteral("i4x://%1/%2/%3/%4").arg(org, number, category, name);
}

QString Course::htmlId(const QString &category, const QString &name) const
{
    // opaque-keys html ids: every character outside [\w-] becomes '_' (FORMATS.md §7).
    static const QRegularExpression unsafe(QStringLiteral("[^\\w-]"));
    QString id = QStringLiteral("i4x-%1-%2-%3-%4").arg(org, number, category, name);
    return id.replace(unsafe, QStringLiteral("_"));
}

QString Course::urlBase() const
{
    return QStringLiteral("https://courses.edx.org/courses/") + courseId();
}

QString Course::rootKey() const
{
    return newStyle ? blockKey(QStringLiteral("course"), QStringLiteral("course"))
                    : blockKey(QStringLiteral("course"), run);
}

namespace {

// QDateTime::toString with a format string was a hot spot of the generator: format by hand.
QString formatDateTime(const QDateTime &dt, char separator, bool micro, const char *zone)
{
    const QDate d = dt.date();
    const QTime t = dt.time();
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d%c%02d:%02d:%02d", d.year(), d.month(), d.day(),
                          separator, t.hour(), t.minute(), t.second());
    // datetime(6) values: Python prints the fraction only when it is not zero.
    if (micro)
        n += std::snprintf(buf + n, sizeof buf - n, ".%06d", t.msec() * 1000 + 417);
    std::snprintf(buf + n, sizeof buf - n, "%s", zone);
    return QString::fromLatin1(buf);
}

} // namespace

bool clearGzipTime(char *header, qint64 size)
{
    if (size < 10 || uchar(header[0]) != 0x1f || uchar(header[1]) != 0x8b || (uchar(header[3]) & 0x02))
        return false;
    std::fill(header + 4, header + 8, '\0');
    return true;
}

QString sqlDateTime(const QDateTime &dt, bool micro)
{
    return formatDateTime(dt, ' ', micro, "");
}

QString isoTime(const QDateTime &dt, bool micro)
{
    return formatDateTime(dt, 'T', micro, "+00:00");
}

namespace {

struct CourseTemplate
{
    const char *number;
    const char *run;
    bool newStyle;
    const char *title;
};

// Numbers and runs with '-', '.' and '_' on purpose: file names cannot be split on '-'.
constexpr CourseTemplate kTemplates[] = {
    {"DS101x", "1T2016", true, "Data Science 101"},
    {"6.00.1-x", "2016_Spring", false, "Introduction à la programmation"},
    {"CHEM_181x", "3T2016-b", true, "Food for Thought — Chemistry"},
};

const char *const kFirstNames[] = {"Maria", "Wei", "Amara", "José", "Zoë", "Ibrahim", "Olga",
                                   "Kenji", "Ana", "Liam", "Fatima", "Søren", "Priya", "Tomás"};
const char *const kLastNames[] = {"Kowalski", "Li", "Okafor", "García", "Müller", "Haddad",
                                  "Ivanova", "Sato", "Silva", "O'Brien", "Nguyen", "Ørsted"};

User makeUser(Rng &rng, int index, QDate firstDay)
{
    User u;
    u.id = 4821900 + qint64(index) * 7;
    const QString first = QString::fromUtf8(kFirstNames[rng.below(std::size(kFirstNames))]);
    const QString last = QString::fromUtf8(kLastNames[rng.below(std::size(kLastNames))]);
    u.fullName = first + QLatin1Char(' ') + last;
    // Usernames that a type-guessing loader turns into numbers (ANCHORS.md §1.1) come first so
    // that even a small demo has them.
    if (index % 17 == 3)
        u.username = QStringLiteral("%1").arg(1000 + index, 7, 10, QLatin1Char('0')); // "0001003"
    else if (index % 17 == 9)
        u.username = QString::number(20160000 + index);
    else if (index % 23 == 11)
        u.username = QStringLiteral("retired__user_") + rng.hex(40);
    else if (index % 11 == 5)
        u.username = first.toLower().normalized(QString::NormalizationForm_KD)
                         .remove(QRegularExpression(QStringLiteral("[^a-z]")))
                     + QStringLiteral(".%1@x").arg(index);
    else
        u.username = QStringLiteral("learner_%1").arg(index);
    u.email = u.username.startsWith(QLatin1String("retired__"))
                  ? u.username + QStringLiteral("@retired.invalid")
                  : QStringLiteral("user%1@example.org").arg(index);
    if (index % 13 == 4)
        u.fullName = QStringLiteral("ليلى حداد");
    else if (index % 13 == 8)
        u.fullName += QStringLiteral(" 🎓");
    u.hashId = rng.hex(32);
    u.joined = QDateTime(firstDay.addDays(-400 + rng.below(380)),
                         QTime(rng.below(24), rng.below(60), rng.below(60), rng.below(1000)),
                         QTimeZone::UTC);
    return u;
}

void addBlock(Course &c, int parent, const QString &category, const QString &name,
              const QString &display, QList<int> *bucket)
{
    Block b;
    b.category = category;
    b.name = name;
    b.usageKey = c.blockKey(category, name);
    b.displayName = display;
    b.parent = parent;
    if (!display.isEmpty())
        b.metadata.insert(QStringLiteral("display_name"), display);
    const int index = int(c.blocks.size());
    c.blocks.append(b);
    if (parent >= 0)
        c.blocks[parent].children.append(b.usageKey);
    if (bucket)
        bucket->append(index);
}

void buildStructure(Course &c, Rng &rng, const char *title, QDate firstDay)
{
    auto name = [&](const QString &readable) { return c.newStyle ? rng.hex(32) : readable; };
    Block root;
    root.category = QStringLiteral("course");
    root.usageKey = c.rootKey();
    root.name = c.newStyle ? QStringLiteral("course") : c.run;
    root.displayName = QString::fromUtf8(title);
    root.metadata = QJsonObject{
        {QStringLiteral("display_name"), root.displayName},
        {QStringLiteral("start"), QDateTime(firstDay.addDays(-30), QTime(15, 0), QTimeZone::UTC)
                                      .toString(Qt::ISODate)},
        {QStringLiteral("end"), QJsonValue::Null},
        {QStringLiteral("graceperiod"), QStringLiteral("18000 seconds")},
        // Topic names are free text: dots and dollars become keys (FORMATS.md §5).
        {QStringLiteral("discussion_topics"),
         QJsonObject{{QStringLiteral("General"), QJsonObject{{QStringLiteral("id"), QStringLiteral("course")}}},
                     {QStringLiteral("Q&A for Ch. 1.2"), QJsonObject{{QStringLiteral("id"), rng.hex(32)}}},
                     {QStringLiteral("$ Budget questions"), QJsonObject{{QStringLiteral("id"), rng.hex(32)}}}}},
        {QStringLiteral("tabs"),
         QJsonArray{QJsonObject{{QStringLiteral("course_staff_only"), false},
                                {QStringLiteral("name"), QStringLiteral("Course")},
                                {QStringLiteral("type"), QStringLiteral("courseware")}}}},
    };
    c.blocks.append(root);
    const int chapters = 3;
    for (int ch = 1; ch <= chapters; ++ch) {
        const int chIndex = int(c.blocks.size());
        addBlock(c, 0, QStringLiteral("chapter"), name(QStringLiteral("Week_%1").arg(ch)),
                 ch == 2 ? QStringLiteral("Semaine %1 : équilibres").arg(ch)
                         : QStringLiteral("Week %1").arg(ch),
                 &c.chapters);
        for (int sq = 1; sq <= 2; ++sq) {
            const int sqIndex = int(c.blocks.size());
            addBlock(c, chIndex, QStringLiteral("sequential"),
                     name(QStringLiteral("Week_%1_Lesson_%2").arg(ch).arg(sq)),
                     sq == 2 && ch == 3 ? QString() // display names may be missing
                                        : QStringLiteral("Lesson %1.%2").arg(ch).arg(sq),
                     &c.sequentials);
            for (int vt = 1; vt <= 2; ++vt) {
                const int vtIndex = int(c.blocks.size());
                const QString tag = QStringLiteral("%1_%2_%3").arg(ch).arg(sq).arg(vt);
                addBlock(c, sqIndex, QStringLiteral("vertical"), name(QStringLiteral("Unit_") + tag),
                         QStringLiteral("Unit %1.%2.%3").arg(ch).arg(sq).arg(vt), &c.verticals);
                addBlock(c, vtIndex, QStringLiteral("html"), name(QStringLiteral("Text_") + tag),
                         QStringLiteral("Reading"), &c.htmls);
                addBlock(c, vtIndex, QStringLiteral("video"), name(QStringLiteral("Video_") + tag),
                         QStringLiteral("Lecture video %1").arg(tag), &c.videos);
                c.blocks.last().metadata.insert(QStringLiteral("youtube_id_1_0"), rng.hex(11));
                addBlock(c, vtIndex, QStringLiteral("problem"), name(QStringLiteral("Problem_") + tag),
                         QStringLiteral("Check your understanding %1").arg(tag), &c.problems);
                c.blocks.last().metadata.insert(QStringLiteral("max_attempts"), 2);
                c.blocks.last().metadata.insert(QStringLiteral("weight"), 1.5);
                if (vt == 2 && sq == 1) {
                    addBlock(c, vtIndex, QStringLiteral("openassessment"),
                             name(QStringLiteral("Essay_") + tag), QStringLiteral("Essay %1").arg(ch),
                             &c.oras);
                    addBlock(c, vtIndex, QStringLiteral("discussion"),
                             name(QStringLiteral("Discuss_") + tag),
                             QStringLiteral("Discuss week %1").arg(ch), &c.discussions);
                    c.blocks.last().metadata.insert(QStringLiteral("discussion_id"), rng.hex(32));
                }
            }
        }
    }
}

} // namespace

Organisation buildOrganisation(const QString &org, int courses, quint64 seed, int eventsPerDay,
                               QDate firstDay, int learnersPerCourse)
{
    Rng rng(seed * 0x2545f4914f6cdd1dULL + 17);
    Organisation o;
    o.org = org;
    const int usersPerCourse = learnersPerCourse > 0 ? learnersPerCourse : std::clamp(eventsPerDay / 20, 24, 400);
    const int totalUsers = usersPerCourse + (courses - 1) * usersPerCourse / 2;
    for (int i = 0; i < totalUsers; ++i)
        o.users.append(makeUser(rng, i, firstDay));
    for (int i = 0; i < courses; ++i) {
        const CourseTemplate &t = kTemplates[i % std::size(kTemplates)];
        Course c;
        c.org = org;
        c.number = QString::fromLatin1(t.number);
        if (i >= int(std::size(kTemplates)))
            c.number += QStringLiteral("_%1").arg(i);
        c.run = QString::fromLatin1(t.run);
        c.newStyle = t.newStyle;
        buildStructure(c, rng, t.title, firstDay);
        // Consecutive courses share half their learners, as real course runs do.
        for (int u = 0; u < usersPerCourse; ++u)
            c.users.append((i * usersPerCourse / 2 + u) % totalUsers);
        o.courses.append(c);
    }
    return o;
}

} // namespace EdxLoader::Demo
