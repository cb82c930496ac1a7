#include "demogenerator.h"

#include "classifier.h"
#include "demodata.h"
#include "demotables.h"
#include "pyjson.h"
#include "sourcepath.h"

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>
#include <QtConcurrent>

namespace EdxLoader {

using namespace Demo;

namespace {

class Writer
{
public:
    Writer(const DemoParams &p, DemoResult &r)
        : m_params(p), m_result(r), m_root(p.directory)
    {
    }

    bool write(const QString &relative, const QByteArray &bytes, const FileCounts &counts,
               bool inUse = true)
    {
        const QString path = m_root.filePath(relative);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(DemoGenerator::tr("Cannot create the folder for %1").arg(path));
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return fail(DemoGenerator::tr("Cannot write %1: %2").arg(path, f.errorString()));
        record(relative, counts, inUse);
        return true;
    }

    void record(const QString &relative, const FileCounts &counts, bool inUse)
    {
        const Classification c = Classifier::builtIn().classify(relative);
        QJsonObject entry{{QStringLiteral("file"), relative},
                          {QStringLiteral("kind"), fileKindId(c.kind)},
                          {QStringLiteral("database"), c.imported ? QJsonValue(c.database) : QJsonValue()},
                          {QStringLiteral("collection"), c.imported ? QJsonValue(c.collection) : QJsonValue()}};
        if (inUse) {
            entry.insert(QStringLiteral("read"), counts.read);
            entry.insert(QStringLiteral("imported"), counts.imported);
            entry.insert(QStringLiteral("rejected"), counts.rejected);
            entry.insert(QStringLiteral("skipped"), counts.skipped);
        }
        if (!counts.courses.isEmpty()) {
            QJsonObject courses;
            for (auto it = counts.courses.begin(); it != counts.courses.end(); ++it)
                courses.insert(it.key(), it.value());
            entry.insert(QStringLiteral("courses"), courses);
        }
        if (!counts.courseDays.isEmpty()) {
            QJsonObject days;
            for (auto it = counts.courseDays.begin(); it != counts.courseDays.end(); ++it) {
                QJsonObject perDay;
                for (auto d = it.value().begin(); d != it.value().end(); ++d)
                    perDay.insert(d.key(), d.value());
                days.insert(it.key(), perDay);
            }
            entry.insert(QStringLiteral("course_days"), days);
        }
        if (!counts.rejects.isEmpty()) {
            QJsonArray rejects;
            for (const auto &[line, reason] : counts.rejects)
                rejects.append(QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
            entry.insert(QStringLiteral("rejected_lines"), rejects);
        }
        m_files.append(entry);
        m_result.files.append(relative);
    }

    bool fail(const QString &message)
    {
        if (m_result.error.isEmpty())
            m_result.error = message;
        return false;
    }

    QJsonArray files() const { return m_files; }

private:
    const DemoParams &m_params;
    DemoResult &m_result;
    QDir m_root;
    QJsonArray m_files;
};

// Forum dump in the three Extended JSON dialects mongoexport produced over the years (§4.1).
QByteArray forumDump(const Organisation &o, const Course &c, Rng &rng, FileCounts *counts)
{
    QByteArray out;
    int docIndex = 0;
    auto oid = [&rng](qint64 secs) -> QString { return QStringLiteral("%1").arg(secs, 8, 16, QLatin1Char('0')) + rng.hex(16); };
    auto date = [&docIndex](const QDateTime &dt) -> QJsonValue {
        switch (docIndex % 4) {
        case 0: // mongoexport 2.x: epoch milliseconds
            return QJsonObject{{QStringLiteral("$date"), double(dt.toMSecsSinceEpoch())}};
        case 1: // 3.x: ISO string with milliseconds
            return QJsonObject{{QStringLiteral("$date"), dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))}};
        case 2: { // 100.x relaxed: trailing zeros of the fraction trimmed
            QString s = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(QLatin1Char('.')))
                s.chop(1);
            return QJsonObject{{QStringLiteral("$date"), QString(s + QLatin1Char('Z'))}};
        }
        default: // canonical: $numberLong inside $date
            return QJsonObject{{QStringLiteral("$date"),
                                QJsonObject{{QStringLiteral("$numberLong"), QString::number(dt.toMSecsSinceEpoch())}}}};
        }
    };
    const int threads = std::max(4, int(c.users.size()) / 6);
    for (int t = 0; t < threads; ++t) {
        const User &author = o.users.at(c.users.at(rng.below(int(c.users.size()))));
        const QDateTime created = when(rng, QDate(2016, 3, 1), 40);
        const QString threadId = oid(created.toSecsSinceEpoch());
        const Block &topic = c.blocks.at(rng.pick(c.discussions));
        const int replies = rng.below(3);
        QJsonObject thread{
            {QStringLiteral("_id"), QJsonObject{{QStringLiteral("$oid"), threadId}}},
            {QStringLiteral("_type"), QStringLiteral("CommentThread")},
            {QStringLiteral("anonymous"), t % 9 == 4},
            {QStringLiteral("anonymous_to_peers"), false},
            {QStringLiteral("at_position_list"), QJsonArray()},
            {QStringLiteral("author_id"), QString::number(author.id)},
            {QStringLiteral("author_username"), author.username},
            {QStringLiteral("body"), QStringLiteral("Question about lecture %1: is $x^2$ ≥ 0?\n\nThanks! 🙏").arg(t)},
            {QStringLiteral("closed"), false},
            {QStringLiteral("comment_count"), docIndex % 4 == 1 ? QJsonValue(QJsonObject{{QStringLiteral("$numberLong"), QString::number(replies)}})
                                                                : QJsonValue(replies)},
            {QStringLiteral("commentable_id"), topic.metadata.value(QStringLiteral("discussion_id"))},
            {QStringLiteral("course_id"), c.courseId()},
            {QStringLiteral("created_at"), date(created)},
            {QStringLiteral("updated_at"), date(created.addSecs(60))},
            {QStringLiteral("last_activity_at"), date(created.addSecs(3600))},
            {QStringLiteral("tags_array"), QJsonArray()},
            {QStringLiteral("thread_type"), t % 2 ? QStringLiteral("question") : QStringLiteral("discussion")},
            {QStringLiteral("title"), QStringLiteral("Week %1 — question").arg(1 + t % 3)},
            {QStringLiteral("votes"), QJsonObject{{QStringLiteral("up"), QJsonArray{QString::number(author.id)}},
                                                  {QStringLiteral("down"), QJsonArray()},
                                                  {QStringLiteral("up_count"), 1}, {QStringLiteral("down_count"), 0},
                                                  {QStringLiteral("count"), 1}, {QStringLiteral("point"), 1}}},
        };
        const PyJsonStyle style;
        QByteArray line = QJsonDocument(thread).toJson(QJsonDocument::Compact);
        if (docIndex % 4 == 0) // the 2.x dialect spaced everything out: { "k" : v }
            line = pyJsonDumps(thread, style).replace("\": ", "\" : ");
        out += line + '\n';
        ++docIndex;
        QString parent;
        for (int r = 0; r < replies; ++r) {
            const User &who = o.users.at(c.users.at(rng.below(int(c.users.size()))));
            const QDateTime at = created.addSecs(3600 * (r + 1));
            const QString id = oid(at.toSecsSinceEpoch());
            QJsonObject comment{
                {QStringLiteral("_id"), QJsonObject{{QStringLiteral("$oid"), id}}},
                {QStringLiteral("_type"), QStringLiteral("Comment")},
                {QStringLiteral("author_id"), QString::number(who.id)},
                {QStringLiteral("author_username"), who.username},
                {QStringLiteral("body"), QStringLiteral("Agreed — see lecture %1.").arg(r + 1)},
                {QStringLiteral("comment_thread_id"), QJsonObject{{QStringLiteral("$oid"), threadId}}},
                {QStringLiteral("course_id"), c.courseId()},
                {QStringLiteral("created_at"), date(at)},
                {QStringLiteral("updated_at"), date(at)},
                {QStringLiteral("endorsed"), r == 0},
                {QStringLiteral("endorsement"), r == 0 ? QJsonValue(QJsonObject{{QStringLiteral("user_id"), QString::number(author.id)},
                                                                                {QStringLiteral("time"), date(at.addSecs(30))}})
                                                       : QJsonValue()},
                {QStringLiteral("parent_ids"), parent.isEmpty() ? QJsonArray() : QJsonArray{QJsonObject{{QStringLiteral("$oid"), parent}}}},
                {QStringLiteral("sk"), parent.isEmpty() ? id : parent + QLatin1Char('-') + id},
                {QStringLiteral("votes"), QJsonObject{{QStringLiteral("up"), QJsonArray()}, {QStringLiteral("down"), QJsonArray()},
                                                      {QStringLiteral("up_count"), 0}, {QStringLiteral("down_count"), 0},
                                                      {QStringLiteral("count"), 0}, {QStringLiteral("point"), 0}}},
            };
            if (!parent.isEmpty())
                comment.insert(QStringLiteral("parent_id"), QJsonObject{{QStringLiteral("$oid"), parent}});
            out += QJsonDocument(comment).toJson(QJsonDocument::Compact) + '\n';
            ++docIndex;
            if (r == 0)
                parent = id;
        }
    }
    counts->read = counts->imported = docIndex;
    return out;
}

QByteArray courseStructure(const Course &c, FileCounts *counts)
{
    QJsonObject root;
    for (const Block &b : c.blocks)
        root.insert(b.usageKey, QJsonObject{{QStringLiteral("category"), b.category},
                                            {QStringLiteral("children"), QJsonArray::fromStringList(b.children)},
                                            {QStringLiteral("metadata"), b.metadata}});
    counts->read = counts->imported = c.blocks.size();
    // Old-style courses were exported by Python 2 (trailing spaces), new ones by Python 3.
    return pyJsonDumps(root, PyJsonStyle{2, !c.newStyle});
}

QByteArray emailOptIn(const Organisation &o)
{
    QByteArray out = "user_id,username,email,full_name,course_id,is_opted_in_for_email,preference_set_datetime\r\n";
    for (const Course &c : o.courses) {
        for (int ui : c.users) {
            const User &u = o.users.at(ui);
            QString name = u.fullName;
            if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"')))
                name = QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
            out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\r\n")
                       .arg(u.id)
                       .arg(u.username, u.email, name, c.courseId(),
                            ui % 3 ? QStringLiteral("True") : QStringLiteral("False"),
                            ui % 2 ? QStringLiteral("2014-12-01 00:00:00") : QStringLiteral("2017-03-05 13:44:02+00:00"))
                       .toUtf8();
        }
    }
    return out;
}

QByteArray olxExport(const Course &c, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KCompressionDevice gzip(&buffer, false, KCompressionDevice::GZip);
    KTar tar(&gzip);
    if (!tar.open(QIODevice::WriteOnly)) {
        *error = tar.errorString();
        return {};
    }
    const QByteArray courseXml = QStringLiteral("<course url_name=\"%1\" org=\"%2\" course=\"%3\"/>\n")
                                     .arg(c.run, c.org, c.number).toUtf8();
    // Fixed owner and times keep the archive a pure function of the seed.
    const QDateTime stamp(QDate(2016, 1, 1), QTime(0, 0), QTimeZone::UTC);
    const QString owner = QStringLiteral("edx");
    tar.writeFile(QStringLiteral("course/course.xml"), courseXml, 0100644, owner, owner, stamp, stamp, stamp);
    tar.writeFile(QStringLiteral("course/about/overview.html"),
                  QByteArray("<section class=\"about\"><h2>About</h2></section>\n"), 0100644, owner, owner, stamp,
                  stamp, stamp);
    tar.close();
    if (gzip.isOpen())
        gzip.close();
    clearGzipTime(bytes.data(), bytes.size()); // the same seed gives the same bytes
    return bytes;
}

} // namespace

DemoGenerator::DemoGenerator(DemoParams params)
    : m_params(std::move(params))
{
}

QString DemoGenerator::validate(const DemoParams &p)
{
    if (p.directory.isEmpty())
        return tr("No output folder given");
    if (p.courses < 1 || p.courses > 50)
        return tr("The number of courses must be between 1 and 50");
    if (p.days < 0 || p.days > 366)
        return tr("The number of days must be between 0 and 366");
    if (p.eventsPerDay < 1 || p.eventsPerDay > 50'000'000)
        return tr("The number of events per day must be between 1 and 50000000");
    return {};
}

// Encrypts every file to the key and zips the package's files (FORMATS.md §1.3: a zip of .gpg
// members under "{org}-{date}/"); each manifest entry gets "source", the key to import it by.
bool DemoGenerator::encryptPackage(const QDir &root, const QString &package, QJsonArray *files, DemoResult *result)
{
    const QString zipPath = root.filePath(package + QStringLiteral(".zip"));
    QFile::remove(zipPath);
    KZip zip(zipPath);
    if (!zip.open(QIODevice::WriteOnly)) {
        result->error = tr("Cannot write %1: %2").arg(zipPath, zip.errorString());
        return false;
    }
    zip.setCompression(KZip::NoCompression); // encrypted data does not compress
    const QDateTime stamp(m_params.firstDay.addDays(m_params.days), QTime(3, 0), QTimeZone::UTC);
    for (qsizetype i = 0; i < files->size(); ++i) {
        QJsonObject entry = files->at(i).toObject();
        const QString relative = entry.value(QStringLiteral("file")).toString();
        const QString plain = root.filePath(relative);
        const QString encrypted = plain + QStringLiteral(".gpg");
        QString error;
        if (!GnuPG::encryptFile(plain, encrypted, m_params.encryptTo, m_params.gnupg, &error)) {
            result->error = error;
            return false;
        }
        QFile::remove(plain);
        if (relative.startsWith(package + QLatin1Char('/'))) {
            QFile f(encrypted);
            if (!f.open(QIODevice::ReadOnly)
                || !zip.writeFile(relative + QStringLiteral(".gpg"), f.readAll(), 0100644, QString(), QString(), stamp,
                                  stamp, stamp)) {
                result->error = tr("Cannot add %1 to %2: %3").arg(relative, zipPath, zip.errorString());
                return false;
            }
            f.remove();
            entry.insert(QStringLiteral("source"), SourcePath::memberKey(package + QStringLiteral(".zip"),
                                                                         relative + QStringLiteral(".gpg")));
        } else {
            entry.insert(QStringLiteral("source"), QString(relative + QStringLiteral(".gpg")));
        }
        files->replace(i, entry);
    }
    if (!zip.close()) {
        result->error = tr("Cannot write %1: %2").arg(zipPath, zip.errorString());
        return false;
    }
    QDir(root.filePath(package)).removeRecursively();
    result->packageDir = zipPath;
    result->files.clear();
    for (const QJsonValue &v : std::as_const(*files))
        result->files.append(SourcePath::fromKey(v.toObject().value(QStringLiteral("source")).toString()).file);
    result->files.removeDuplicates();
    return true;
}

DemoResult DemoGenerator::run(const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    DemoResult result;
    result.error = validate(m_params);
    if (!result.error.isEmpty())
        return result;
    const Organisation o = buildOrganisation(m_params.org, m_params.courses, m_params.seed,
                                             m_params.eventsPerDay, m_params.firstDay, m_params.learnersPerCourse);
    const QString orgLower = m_params.org.toLower();
    const QDate packageDay = m_params.firstDay.addDays(std::max(0, m_params.days));
    const QString package = orgLower + QLatin1Char('-') + packageDay.toString(Qt::ISODate);
    QDir root(m_params.directory);
    if (!root.mkpath(QStringLiteral("."))) {
        result.error = tr("Cannot create the folder %1").arg(m_params.directory);
        return result;
    }
    result.packageDir = root.filePath(package);
    result.eventsDir = root.filePath(QStringLiteral("events"));
    Writer w(m_params, result);
    const int total = int(o.courses.size()) + m_params.days + 1;
    int done = 0;
    auto step = [&] {
        if (progress)
            progress(++done, total);
        return !(cancel && cancel->load());
    };

    Rng rng(m_params.seed ^ 0x5eed5eedULL);
    for (const Course &c : o.courses) {
        const QString prefix = package + QLatin1Char('/') + c.fileKey() + QLatin1Char('-');
        auto table = [&](const QString &name, const Table &t, bool inUse = true) {
            return w.write(prefix + name + QStringLiteral("-prod-analytics.sql"), t.bytes(), rowsCounts(t), inUse);
        };
        FileCounts forumCounts, structureCounts;
        QString tarError;
        const QByteArray olx = olxExport(c, &tarError);
        bool ok = table(QStringLiteral("auth_user"), authUser(o, c, rng))
                  && table(QStringLiteral("auth_userprofile"), userProfile(o, c, rng))
                  && table(QStringLiteral("student_courseenrollment"), enrollment(o, c, rng))
                  && table(QStringLiteral("certificates_generatedcertificate"), certificates(o, c, rng))
                  && table(QStringLiteral("courseware_studentmodule"), studentModule(o, c, rng))
                  && table(QStringLiteral("user_id_map"), userIdMap(o, c))
                  && w.write(prefix + QStringLiteral("prod.mongo"), forumDump(o, c, rng, &forumCounts), forumCounts)
                  && w.write(prefix + QStringLiteral("course_structure-prod-analytics.json"),
                             courseStructure(c, &structureCounts), structureCounts)
                  && table(QStringLiteral("user_api_usercoursetag"), courseTags(o, c), false)
                  && table(QStringLiteral("wiki_article"), wikiArticle(), false)
                  && w.write(package + QStringLiteral("/ora/") + c.fileKey()
                                 + QStringLiteral("-submissions_submission-prod-analytics.sql"),
                             oraSubmissions(o, c, rng).bytes(), {}, false)
                  && w.write(prefix + QStringLiteral("teams-prod-analytics.sql.failed"),
                             "Traceback (most recent call last):\n  File \"exporter/main.py\", line 139, in run_task\n"
                             "    task.run(filename, dry_run, **kwargs)\nOperationalError: (2013, 'Lost connection to "
                             "MySQL server during query')\n",
                             {}, false)
                  && (olx.isEmpty() ? w.fail(tr("Cannot build the course export: %1").arg(tarError))
                                    : w.write(prefix + QStringLiteral("course-prod-analytics.xml.tar.gz"), olx, {}, false));
        if (!ok || !step())
            return result;
    }
    if (!w.write(package + QLatin1Char('/') + orgLower + QStringLiteral("-email_opt_in-prod-analytics.csv"),
                 emailOptIn(o), {}, false))
        return result;

    // Tracking days are independent: write them on all cores, each from its own seeded stream.
    QElapsedTimer timer;
    timer.start();
    struct DayOut
    {
        QString relative;
        FileCounts counts;
        qint64 bytes = 0;
        QString error;
    };
    QList<int> days;
    for (int d = 0; d < m_params.days; ++d)
        days.append(d);
    if (!root.mkpath(QStringLiteral("events"))) {
        result.error = tr("Cannot create the folder %1").arg(result.eventsDir);
        return result;
    }
    const QList<DayOut> outs = QtConcurrent::blockingMapped(days, [&](int d) {
        DayOut out;
        const QDate day = m_params.firstDay.addDays(d);
        out.relative = QStringLiteral("events/%1-edx-events-%2.log.gz").arg(orgLower, day.toString(Qt::ISODate));
        if (cancel && cancel->load())
            return out;
        out.counts = writeTrackingDay(o, root.filePath(out.relative), day, m_params.eventsPerDay,
                                      m_params.seed * 1000003ULL + quint64(d) * 7919ULL + 1, &out.bytes, &out.error);
        return out;
    });
    result.trackingSeconds = timer.nsecsElapsed() / 1e9;
    for (const DayOut &out : outs) {
        if (!out.error.isEmpty())
            return w.fail(out.error), result;
        w.record(out.relative, out.counts, true);
        result.trackingBytes += out.bytes;
        result.trackingEvents += out.counts.imported;
        if (!step())
            return result;
    }
    if (cancel && cancel->load())
        return result;
    QJsonArray files = w.files();
    if (!m_params.encryptTo.isEmpty() && !encryptPackage(root, package, &files, &result))
        return result;

    const QJsonObject manifest{
        {QStringLiteral("generator"), QStringLiteral("edxloader-cli demo")},
        {QStringLiteral("format"), 1},
        {QStringLiteral("org"), m_params.org},
        {QStringLiteral("seed"), QString::number(m_params.seed)},
        {QStringLiteral("courses"), [&] {
             QJsonArray a;
             for (const Course &c : o.courses) {
                 qint64 enrolledNow = 0;
                 for (int ui : c.users)
                     enrolledNow += !o.users.at(ui).unenrolled();
                 a.append(QJsonObject{{QStringLiteral("course_id"), c.courseId()},
                                      {QStringLiteral("file_key"), c.fileKey()},
                                      {QStringLiteral("database"), Classifier::databaseNameForCourse(c.fileKey())},
                                      {QStringLiteral("learners"), c.users.size()},
                                      {QStringLiteral("enrolled_now"), enrolledNow},
                                      {QStringLiteral("blocks"), c.blocks.size()},
                                      {QStringLiteral("problems"), c.problems.size()},
                                      {QStringLiteral("videos"), c.videos.size()}});
             }
             return a;
         }()},
        {QStringLiteral("counting"), QStringLiteral("read = lines (TSV: rows after the header; course structure: blocks); "
                                                    "read = imported + rejected + skipped")},
        {QStringLiteral("encrypted_to"), m_params.encryptTo.isEmpty() ? QJsonValue() : QJsonValue(m_params.encryptTo)},
        {QStringLiteral("files"), files},
    };
    FileCounts none;
    if (!w.write(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented), none, false))
        return result;
    result.files.removeLast();
    result.manifestPath = root.filePath(QStringLiteral("manifest.json"));
    result.ok = step() || true;
    return result;
}

} // namespace EdxLoader
