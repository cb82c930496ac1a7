#include "classifier.h"

#include "modellogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EdxLoader {

namespace {

struct KindName
{
    FileKind kind;
    const char *id;
};

constexpr KindName kKindNames[] = {
    {FileKind::Unknown, "unknown"},
    {FileKind::SqlTable, "sql-table"},
    {FileKind::OraTable, "ora-table"},
    {FileKind::Forum, "forum"},
    {FileKind::CourseStructure, "course-structure"},
    {FileKind::TrackingLog, "tracking-log"},
    {FileKind::EmailOptIn, "email-opt-in"},
    {FileKind::OlxCourse, "olx-course"},
    {FileKind::DataPackage, "data-package"},
    {FileKind::TrackingArchive, "tracking-archive"},
    {FileKind::ErrorReport, "error-report"},
};

// Turns a list of literal names into an alternation, longest first so that "prod-edge" wins
// over "prod".
QString alternation(QStringList names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &n : names)
        n = QRegularExpression::escape(n);
    return QStringLiteral("(?:") + names.join(QLatin1Char('|')) + QLatin1Char(')');
}

QString captured(const QRegularExpressionMatch &m, QStringView name)
{
    return m.capturedView(name).toString();
}

} // namespace

QString fileKindId(FileKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    }
    return QStringLiteral("unknown");
}

FileKind fileKindFromId(const QString &id)
{
    for (const KindName &k : kKindNames) {
        if (id == QLatin1String(k.id))
            return k.kind;
    }
    return FileKind::Unknown;
}

QString Classification::target() const
{
    return hasTarget() ? database + QLatin1Char('.') + collection : QString();
}

QString Classification::kindName() const
{
    switch (kind) {
    case FileKind::SqlTable:
        return tr("SQL table");
    case FileKind::OraTable:
        return tr("Open-response table");
    case FileKind::TrackingLog:
        return tr("Tracking log");
    case FileKind::DataPackage:
        return tr("Data package");
    case FileKind::TrackingArchive:
        return tr("Weekly tracking archive");
    case FileKind::Unknown:
        return tr("Unrecognised");
    default:
        return kindLabel();
    }
}

QString Classification::label() const
{
    switch (kind) {
    case FileKind::SqlTable:
    case FileKind::OraTable:
        //: a table of a course package: "auth_user — SQL table"
        return tr("%1 — %2").arg(table, kindName());
    case FileKind::Unknown:
        return fileName;
    default:
        return kindLabel();
    }
}

QString Classification::kindLabel() const
{
    const QString day = date.toString(Qt::ISODate);
    switch (kind) {
    case FileKind::SqlTable:
        return tr("SQL table %1").arg(table);
    case FileKind::OraTable:
        return tr("Open-response table %1").arg(table);
    case FileKind::Forum:
        return tr("Forum posts");
    case FileKind::CourseStructure:
        return tr("Course structure");
    case FileKind::TrackingLog:
        return tr("Tracking log %1").arg(day);
    case FileKind::EmailOptIn:
        return tr("Email opt-in report");
    case FileKind::OlxCourse:
        return tr("Course export (OLX)");
    case FileKind::DataPackage:
        return tr("Data package %1").arg(day);
    case FileKind::TrackingArchive:
        return tr("Weekly tracking archive %1").arg(day);
    case FileKind::ErrorReport:
        return tr("Error report of an older loader");
    case FileKind::Unknown:
        break;
    }
    return tr("Unrecognised");
}

const Classifier &Classifier::builtIn()
{
    static const Classifier instance = [] {
        Classifier c;
        QFile f(QStringLiteral(":/edxloader/classification.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !c.load(f.readAll(), &error))
            qCCritical(lcModel) << "built-in classification rules unusable:" << error;
        return c;
    }();
    return instance;
}

bool Classifier::load(const QByteArray &json, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(tr("Classification rules are not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    QStringList sites;
    for (const QJsonValue &v : root.value(QLatin1String("sites")).toArray())
        sites << v.toString();
    m_tables.clear();
    const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        TableInfo info;
        info.mcgillxCollection = t.value(QLatin1String("mcgillx")).toString(it.key());
        info.use = t.value(QLatin1String("use")).toBool();
        info.notInUse = t.value(QLatin1String("reason")).toString() == QLatin1String("not-in-use");
        m_tables.insert(it.key(), info);
    }
    m_oraTables.clear();
    for (const QJsonValue &v : root.value(QLatin1String("ora_tables")).toArray())
        m_oraTables.insert(v.toString());
    const QJsonObject tracking = root.value(QLatin1String("tracking")).toObject();
    m_trackingDatabase = tracking.value(QLatin1String("database")).toString();
    m_trackingCollection = tracking.value(QLatin1String("collection")).toString();
    m_forumCollection =
        root.value(QLatin1String("forum")).toObject().value(QLatin1String("mcgillx")).toString();
    m_structureCollection = root.value(QLatin1String("course_structure"))
                                .toObject()
                                .value(QLatin1String("mcgillx"))
                                .toString();
    if (sites.isEmpty() || m_tables.isEmpty() || m_trackingDatabase.isEmpty())
        return fail(tr("Classification rules lack sites, tables or the tracking target"));

    const QString siteAlt = alternation(sites);
    const QString tableAlt = alternation(m_tables.keys());
    const QString oraAlt = alternation(QStringList(m_oraTables.begin(), m_oraTables.end()));
    m_rules.clear();
    for (const QJsonValue &v : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        const FileKind kind = fileKindFromId(r.value(QLatin1String("kind")).toString());
        QString pattern = r.value(QLatin1String("pattern")).toString();
        pattern.replace(QLatin1String("{site}"), siteAlt)
            .replace(QLatin1String("{table}"), tableAlt)
            .replace(QLatin1String("{ora_table}"), oraAlt);
        QRegularExpression re(pattern);
        if (kind == FileKind::Unknown || !re.isValid())
            return fail(tr("Invalid classification rule %1: %2").arg(pattern, re.errorString()));
        re.optimize();
        m_rules.append({kind, re});
    }
    return true;
}

QString Classifier::databaseNameForCourse(const QString &courseKey)
{
    static const QString forbidden = QStringLiteral("/\\. \"$*<>:|?");
    QString name;
    name.reserve(courseKey.size());
    for (QChar ch : courseKey)
        name.append(forbidden.contains(ch) || ch.unicode() < 0x20 ? QLatin1Char('_') : ch);
    // MongoDB limits database names to 63 bytes (of UTF-8): cut on a character boundary.
    while (name.toUtf8().size() > 63)
        name.chop(1);
    return name;
}

Classification Classifier::classify(const QString &path) const
{
    Classification c;
    QString normalised = path;
    normalised.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (normalised.endsWith(QLatin1Char('/')))
        normalised.chop(1);
    const qsizetype slash = normalised.lastIndexOf(QLatin1Char('/'));
    c.fileName = normalised.mid(slash + 1);
    const QString parent = slash > 0 ? normalised.left(slash).section(QLatin1Char('/'), -1) : QString();

    QString name = c.fileName;
    // Browsers rename a second download "name (1).sql" (Chrome) or "name(1).sql" (Firefox).
    static const QRegularExpression copySuffix(
        QStringLiteral(R"(^(.+?) ?\(\d{1,3}\)((?:\.[A-Za-z0-9]+)*)$)"));
    if (const auto m = copySuffix.match(name); m.hasMatch()) {
        name = m.captured(1) + m.captured(2);
        c.browserCopy = true;
    }
    for (const QLatin1String suffix : {QLatin1String(".gpg"), QLatin1String(".pgp")}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive)) {
            name.chop(suffix.size());
            c.encrypted = true;
        }
    }
    if (name.endsWith(QLatin1String(".failed"))) {
        name.chop(7);
        c.failedExport = true;
    }

    for (const Rule &rule : m_rules) {
        const QRegularExpressionMatch m = rule.pattern.match(name);
        if (!m.hasMatch())
            continue;
        const QString date = captured(m, u"date");
        if (!date.isEmpty()) {
            c.date = QDate::fromString(date, Qt::ISODate);
            if (!c.date.isValid())
                continue;
        }
        c.kind = rule.kind;
        c.courseKey = captured(m, u"course");
        c.org = captured(m, u"org");
        c.table = captured(m, u"table");
        c.site = captured(m, u"site");
        break;
    }
    if (c.kind == FileKind::SqlTable && parent == QLatin1String("ora"))
        c.kind = FileKind::OraTable;
    if (c.org.isEmpty() && !c.courseKey.isEmpty())
        c.org = c.courseKey.section(QLatin1Char('-'), 0, 0);

    fillTarget(c);
    addKindNotes(c);
    return c;
}

void Classifier::fillTarget(Classification &c) const
{
    const QString courseDb = databaseNameForCourse(c.courseKey);
    switch (c.kind) {
    case FileKind::SqlTable: {
        c.database = courseDb;
        const auto it = m_tables.constFind(c.table);
        if (it != m_tables.cend()) {
            c.collection = m_scheme == CollectionScheme::McGillX ? it->mcgillxCollection : c.table;
            c.imported = it->use;
        } else {
            c.collection = c.table;
        }
        break;
    }
    case FileKind::OraTable:
        c.database = courseDb;
        c.collection = c.table;
        break;
    case FileKind::Forum:
        c.database = courseDb;
        c.collection = m_scheme == CollectionScheme::McGillX ? m_forumCollection
                                                             : QStringLiteral("forum");
        c.imported = true;
        break;
    case FileKind::CourseStructure:
        c.database = courseDb;
        c.collection = m_structureCollection;
        c.imported = true;
        break;
    case FileKind::TrackingLog:
        c.database = m_trackingDatabase;
        c.collection = m_trackingCollection;
        c.imported = true;
        break;
    case FileKind::EmailOptIn:
        c.database = databaseNameForCourse(c.org);
        c.collection = QStringLiteral("email_opt_in");
        break;
    default:
        break;
    }
    if (c.failedExport) {
        c.imported = false;
        c.database.clear();
        c.collection.clear();
    }
}

void Classifier::addKindNotes(Classification &c) const
{
    if (c.failedExport)
        c.notes << tr("Export failed at edX: the file holds the exporter's error report, not data");
    switch (c.kind) {
    case FileKind::Unknown:
        if (c.fileName.endsWith(QLatin1String(".part")) || c.fileName.endsWith(QLatin1String(".part.etag")))
            c.notes << tr("An unfinished download: download from edX again (or run edxloader-cli fetch) to complete it");
        else
            c.notes << tr("Unrecognised name: not an edX research data file that EdxLoader knows");
        break;
    case FileKind::SqlTable:
        if (!c.imported && !c.failedExport) {
            const auto it = m_tables.constFind(c.table);
            if (it == m_tables.cend())
                c.notes << tr("Unknown edX table: not imported unless you include it");
            else if (it->notInUse)
                c.notes << tr("Not in use: not imported by default");
            else
                c.notes << tr("Optional edX table: not imported by default");
        }
        break;
    case FileKind::OraTable:
        c.notes << tr("Open-response assessment table: not imported by default");
        break;
    case FileKind::EmailOptIn:
        c.notes << tr("Not in use: not imported by default");
        break;
    case FileKind::OlxCourse:
        c.notes << tr("Course content export: not imported");
        break;
    case FileKind::DataPackage:
        c.notes << tr("Weekly data package of %1: a zip of the course files").arg(c.org);
        break;
    case FileKind::TrackingArchive:
        c.notes << tr("Pre-2014 weekly tracking archive: extract it and add its .log files");
        break;
    case FileKind::ErrorReport:
        c.notes << tr("Written by an older loader: not imported");
        break;
    default:
        break;
    }
    if (c.encrypted)
        c.notes << tr("Encrypted (OpenPGP)");
    if (c.browserCopy)
        c.notes << tr("Renamed by the browser: classified by its original name");
    if (c.kind == FileKind::SqlTable && c.site.contains(QLatin1String("edge")))
        c.notes << tr("From edge.edx.org");
}

} // namespace EdxLoader
