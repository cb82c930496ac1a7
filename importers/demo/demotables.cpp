// The SQL tables of the demo package, with the values that trip loaders up (FORMATS.md §2–§3).
#include "demotables.h"

#include "demogenerator.h"

#include <QTimeZone>

namespace EdxLoader::Demo {

// TSV escaping of the exporter (FORMATS.md §2): backslash first, then CR, TAB, LF.
QString tsvEscape(QString v)
{
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    v.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    v.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return v;
}

const QString kNull = QStringLiteral("NULL");

QByteArray Table::bytes() const
{
    QByteArray out = header.join(QLatin1Char('\t')).toUtf8() + '\n';
    for (const QStringList &r : rows)
        out += r.join(QLatin1Char('\t')).toUtf8() + '\n';
    return out;
}

FileCounts rowsCounts(const Table &t)
{
    FileCounts c;
    c.read = c.imported = t.rows.size();
    return c;
}

QDateTime when(Rng &rng, QDate firstDay, int daysBefore)
{
    return QDateTime(firstDay.addDays(-rng.below(daysBefore)),
                     QTime(rng.below(24), rng.below(60), rng.below(60), rng.below(1000)), QTimeZone::UTC);
}

Table authUser(const Organisation &o, const Course &c, Rng &rng)
{
    Table t;
    t.header = QStringLiteral("id username first_name last_name email password is_staff is_active "
                              "is_superuser last_login date_joined status email_key avatar_type country "
                              "show_country date_of_birth interesting_tags ignored_tags "
                              "email_tag_filter_strategy display_tag_filter_strategy "
                              "consecutive_days_visit_count").split(QLatin1Char(' '));
    for (int ui : c.users) {
        const User &u = o.users.at(ui);
        const bool neverLoggedIn = ui % 7 == 2;
        t.rows.append({QString::number(u.id), tsvEscape(u.username), QString(), QString(), tsvEscape(u.email),
                       QString(), QStringLiteral("0"), ui % 19 == 7 ? QStringLiteral("0") : QStringLiteral("1"),
                       QStringLiteral("0"),
                       neverLoggedIn ? kNull : sqlDateTime(when(rng, QDate(2016, 3, 1), 30), ui % 3 == 0),
                       sqlDateTime(u.joined, ui % 3 == 1), QString(), kNull, QString(), QString(),
                       QStringLiteral("0"), kNull, QString(), QString(), QStringLiteral("0"),
                       QStringLiteral("0"), QStringLiteral("0")});
    }
    return t;
}

Table userProfile(const Organisation &o, const Course &c, Rng &rng)
{
    // Column sets changed over the years (FORMATS.md §3.2): old-style courses get the pre-2021
    // header with allow_certificate, new-style ones the current one with state.
    Table t;
    t.header = c.newStyle
                   ? QStringLiteral("id user_id name language location meta courseware gender mailing_address "
                                    "year_of_birth level_of_education goals country city bio "
                                    "profile_image_uploaded_at state").split(QLatin1Char(' '))
                   : QStringLiteral("id user_id name language location meta courseware gender mailing_address "
                                    "year_of_birth level_of_education goals allow_certificate country city bio "
                                    "profile_image_uploaded_at").split(QLatin1Char(' '));
    static const QStringList genders{QStringLiteral("f"), QStringLiteral("m"), QStringLiteral("o"), QString(), kNull};
    static const QStringList levels{QStringLiteral("p"), QStringLiteral("m"), QStringLiteral("b"), QStringLiteral("hs"),
                                    QStringLiteral("none"), QStringLiteral("other"), QString(), kNull};
    static const QStringList countries{QStringLiteral("PL"), QStringLiteral("CN"), QStringLiteral("FR"),
                                       QStringLiteral("NG"), QStringLiteral("US"), QString(), QStringLiteral("UKR")};
    for (int ui : c.users) {
        const User &u = o.users.at(ui);
        QString goals;
        switch (ui % 5) {
        case 0: goals = QStringLiteral("Career change into data science.\r\nAlso: fun!"); break;
        case 1: goals = QStringLiteral("Learn to use C:\\data\\files and\ttabs"); break;
        case 2: goals = QStringLiteral("Apprendre 🚀 — vite"); break;
        case 3: goals = QString(); break;
        default: goals = kNull; break;
        }
        const QString meta = ui % 6 == 0
                                 ? QStringLiteral("{\"old_names\": [[\"%1\", \"Use my real name\", \"2015-02-01T09:13:44.018364\"]]}").arg(u.username)
                                 : QString();
        const QString address = ui % 4 == 0 ? tsvEscape(QStringLiteral("12 Rue de la Paix\r\n75002 Paris")) : kNull;
        const QString yob = ui % 5 == 4 ? kNull : QString::number(1950 + rng.below(55));
        const QString city = ui % 9 == 0 ? QStringLiteral("02139") : kNull; // looks numeric, is text
        QStringList row{QString::number(3900000 + ui), QString::number(u.id), tsvEscape(u.fullName), QString(),
                        QString(), tsvEscape(meta), QStringLiteral("course.xml"), rng.pick(genders), address, yob,
                        rng.pick(levels), tsvEscape(goals)};
        if (!c.newStyle)
            row << QStringLiteral("1");
        row << rng.pick(countries) << city << kNull
            << (ui % 8 == 0 ? sqlDateTime(when(rng, QDate(2016, 2, 1), 200), true) : kNull);
        if (c.newStyle)
            row << kNull;
        t.rows.append(row);
    }
    return t;
}

Table enrollment(const Organisation &o, const Course &c, Rng &rng)
{
    Table t;
    t.header = QStringLiteral("id user_id course_id created is_active mode").split(QLatin1Char(' '));
    static const QStringList modes{QStringLiteral("audit"), QStringLiteral("honor"), QStringLiteral("verified"),
                                   QStringLiteral("audit"), QStringLiteral("no-id-professional")};
    int id = 98712300;
    for (int ui : c.users)
        t.rows.append({QString::number(id++), QString::number(o.users.at(ui).id), c.courseId(),
                       sqlDateTime(when(rng, QDate(2016, 2, 20), 60), ui % 2 == 0),
                       o.users.at(ui).unenrolled() ? QStringLiteral("0") : QStringLiteral("1"), rng.pick(modes)});
    return t;
}

Table certificates(const Organisation &o, const Course &c, Rng &rng)
{
    Table t;
    t.header = QStringLiteral("id user_id download_url grade course_id key distinction status verify_uuid "
                              "download_uuid name created_date modified_date error_reason mode").split(QLatin1Char(' '));
    int id = 26;
    for (int ui : c.users) {
        if (ui % 3 != 0)
            continue;
        const bool passing = ui % 2 == 0;
        const QDateTime created = when(rng, QDate(2016, 3, 1), 10);
        t.rows.append({QString::number(id++), QString::number(o.users.at(ui).id), QString(),
                       passing ? QStringLiteral("0.84") : QStringLiteral("0.27"), c.courseId(), rng.hex(32),
                       QStringLiteral("0"), passing ? QStringLiteral("downloadable") : QStringLiteral("notpassing"),
                       rng.hex(32), rng.hex(32), tsvEscape(o.users.at(ui).fullName), sqlDateTime(created, false),
                       sqlDateTime(created.addSecs(2), ui % 4 == 0), QString(), QStringLiteral("honor")});
    }
    return t;
}

Table studentModule(const Organisation &o, const Course &c, Rng &rng)
{
    // Only backslashes are doubled in this table (FORMATS.md §2, the studentmodule exception).
    Table t;
    t.header = QStringLiteral("id module_type module_id student_id state grade created modified max_grade done course_id")
                   .split(QLatin1Char(' '));
    qint64 id = 33973858;
    for (int ui : c.users) {
        const QString student = QString::number(o.users.at(ui).id);
        const QDateTime created = when(rng, QDate(2016, 3, 1), 20);
        t.rows.append({QString::number(id++), QStringLiteral("course"), c.rootKey(), student,
                       QStringLiteral("{\"position\": %1}").arg(1 + rng.below(3)), kNull, sqlDateTime(created, false),
                       sqlDateTime(created.addSecs(600), false), kNull, QStringLiteral("na"), c.courseId()});
        // The chapters the learner opened (what person_course's viewed and explored count).
        for (const int chapter : c.chapters) {
            if (!rng.chance(55))
                continue;
            t.rows.append({QString::number(id++), QStringLiteral("chapter"), c.blocks.at(chapter).usageKey, student,
                           QStringLiteral("{\"position\": 1}"), kNull, sqlDateTime(created.addSecs(60), false),
                           sqlDateTime(created.addSecs(120), false), kNull, QStringLiteral("na"), c.courseId()});
        }
        for (int k = 0; k < 2; ++k) {
            const Block &p = c.blocks.at(rng.pick(c.problems));
            const QString answer = (c.newStyle ? p.name : c.htmlId(p.category, p.name)) + QStringLiteral("_2_1");
            const bool correct = rng.chance(50);
            QString state = QStringLiteral(
                                "{\"correct_map\": {\"%1\": {\"hint\": \"\", \"hintmode\": null, \"correctness\": \"%2\", "
                                "\"msg\": \"<p class=\\\"hint\\\">Think \\\\(x^2\\\\)</p>\", \"npoints\": null, "
                                "\"queuestate\": null}}, \"input_state\": {\"%1\": {}}, \"last_submission_time\": "
                                "\"2016-02-03T11:02:44Z\", \"attempts\": 1, \"seed\": 1, \"done\": true, "
                                "\"student_answers\": {\"%1\": \"x*2\"}}")
                                .arg(answer, correct ? QStringLiteral("correct") : QStringLiteral("incorrect"));
            state.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            t.rows.append({QString::number(id++), QStringLiteral("problem"), p.usageKey, student, state,
                           correct ? QStringLiteral("1.0") : QStringLiteral("0.0"), sqlDateTime(created, true),
                           sqlDateTime(created.addSecs(95), true), QStringLiteral("1.0"), QStringLiteral("na"),
                           c.courseId()});
        }
    }
    return t;
}

Table userIdMap(const Organisation &o, const Course &c)
{
    // The second column was "id" until 2022-10 and "user_id" since (FORMATS.md §3.6).
    Table t;
    t.header = {QStringLiteral("hash_id"), c.newStyle ? QStringLiteral("user_id") : QStringLiteral("id"),
                QStringLiteral("username")};
    for (int ui : c.users) {
        const User &u = o.users.at(ui);
        t.rows.append({u.hashId, QString::number(u.id), tsvEscape(u.username)});
    }
    return t;
}

Table courseTags(const Organisation &o, const Course &c)
{
    Table t;
    t.header = QStringLiteral("id user_id key course_id value").split(QLatin1Char(' '));
    int id = 1200;
    for (int ui : c.users)
        t.rows.append({QString::number(id++), QString::number(o.users.at(ui).id),
                       QStringLiteral("xblock.partition_service.partition_1480964417"), c.courseId(),
                       QString::number(ui % 3)});
    return t;
}

Table wikiArticle()
{
    Table t;
    t.header = QStringLiteral("id current_revision_id created modified owner_id group_id group_read "
                              "group_write other_read other_write").split(QLatin1Char(' '));
    t.rows.append({QStringLiteral("1437"), QStringLiteral("29819"), QStringLiteral("2013-07-17 21:53:57"),
                   QStringLiteral("2014-01-26 14:48:02"), kNull, kNull, QStringLiteral("1"), QStringLiteral("1"),
                   QStringLiteral("1"), QStringLiteral("1")});
    return t;
}

Table oraSubmissions(const Organisation &o, const Course &c, Rng &rng)
{
    Table t;
    t.header = QStringLiteral("id uuid attempt_number submitted_at created_at raw_answer student_item_id status")
                   .split(QLatin1Char(' '));
    int id = 1;
    for (int ui : c.users) {
        if (ui % 4 != 1)
            continue;
        const QDateTime at = when(rng, QDate(2016, 3, 1), 10);
        t.rows.append({QString::number(id++), rng.hex(32), QStringLiteral("1"), sqlDateTime(at, true),
                       sqlDateTime(at, true),
                       tsvEscape(QStringLiteral("{\"parts\": [{\"text\": \"My essay\\nsecond line by %1\"}]}")
                                     .arg(o.users.at(ui).username)),
                       QString::number(500 + ui), QStringLiteral("A")});
    }
    return t;
}

} // namespace EdxLoader::Demo
