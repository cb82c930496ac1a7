#include "courseconfig.h"

#include "classifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace EdxLoader {

namespace {

// A date as the seed writes it; anything else (the template's "YYYY-MM-DD") is kept as text
// for validate() to name.
QDate parseDate(const QJsonObject &o, const char *key, QString *text)
{
    const QJsonValue v = o.value(QLatin1String(key));
    *text = v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    const QString trimmed = text->trimmed();
    const QDate d = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (d.isValid())
        text->clear();
    return d;
}

} // namespace

QString CourseConfig::fileKeyOf(const QString &courseId)
{
    QString id = courseId.trimmed();
    if (id.startsWith(QLatin1String("course-v1:")))
        return id.mid(10).replace(QLatin1Char('+'), QLatin1Char('-'));
    return id.replace(QLatin1Char('/'), QLatin1Char('-'));
}

QString CourseConfig::destinationDatabase() const
{
    if (!database.trimmed().isEmpty())
        return database.trimmed();
    return courseIds.isEmpty() ? QString() : Classifier::databaseNameForCourse(fileKeyOf(courseIds.first()));
}

bool CourseConfig::fromJson(const QByteArray &json, CourseConfig *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("Not a course configuration: %1 (at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                     : tr("Not a course configuration: the file is not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    CourseConfig c;
    c.edxId = o.value(QLatin1String("edx_id")).toString();
    c.edxCourseName = o.value(QLatin1String("edx_course_name")).toString();
    const QJsonValue ids = o.value(QLatin1String("course_ids"));
    if (!ids.isArray()) {
        *error = tr("course_ids must be a list of course ids, like [\"McGillX/ATOC185x/2T2014\"]");
        return false;
    }
    for (const QJsonValue &v : ids.toArray()) {
        if (!v.isString()) {
            *error = tr("course_ids must hold only text (course ids)");
            return false;
        }
        c.courseIds << v.toString();
    }
    c.enrollment = parseDate(o, "date_of_course_enrollment", &c.enrollmentText);
    c.completion = parseDate(o, "date_of_course_completion", &c.completionText);
    c.database = o.value(QLatin1String("destination_database")).toString();
    if (o.contains(QLatin1String("destination_collection")))
        c.collection = o.value(QLatin1String("destination_collection")).toString();
    *out = c;
    return true;
}

bool CourseConfig::load(const QString &path, CourseConfig *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    if (!fromJson(f.readAll(), out, error)) {
        *error = tr("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

QByteArray CourseConfig::toJson() const
{
    // Written by hand to keep the template's key order (QJsonObject sorts its keys).
    auto str = [](const QString &s) {
        return QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    QByteArrayList ids;
    for (const QString &id : courseIds)
        ids << str(id);
    QByteArray out = "{\n";
    out += "    \"edx_id\" : " + str(edxId) + ",\n";
    out += "    \"edx_course_name\" : " + str(edxCourseName) + ",\n";
    out += "    \"course_ids\" : [" + ids.join(", ") + "],\n";
    out += "    \"date_of_course_enrollment\" : "
           + str(enrollment.isValid() ? enrollment.toString(Qt::ISODate) : QStringLiteral("YYYY-MM-DD")) + ",\n";
    out += "    \"date_of_course_completion\" : "
           + str(completion.isValid() ? completion.toString(Qt::ISODate) : QStringLiteral("YYYY-MM-DD"));
    if (!database.trimmed().isEmpty())
        out += ",\n    \"destination_database\" : " + str(database.trimmed());
    if (collection != QLatin1String("tracking"))
        out += ",\n    \"destination_collection\" : " + str(collection);
    out += "\n}\n";
    return out;
}

bool CourseConfig::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    const QByteArray json = toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QStringList CourseConfig::validate() const
{
    QStringList texts;
    for (const auto &[field, text] : problems())
        texts << text;
    return texts;
}

QList<std::pair<CourseConfig::Field, QString>> CourseConfig::problems() const
{
    QList<std::pair<Field, QString>> problems;
    QStringList ids;
    for (const QString &id : courseIds) {
        if (!id.trimmed().isEmpty())
            ids << id.trimmed();
    }
    if (ids.isEmpty())
        problems.append({Field::CourseIds, tr("Choose at least one course id")});
    if (!enrollment.isValid())
        problems.append({Field::Enrollment,
                         enrollmentText.trimmed().isEmpty() || enrollmentText == QLatin1String("null")
                             ? tr("The enrollment date is missing")
                             : tr("The enrollment date \"%1\" is not a date written YYYY-MM-DD").arg(enrollmentText)});
    if (!completion.isValid())
        problems.append({Field::Completion,
                         completionText.trimmed().isEmpty() || completionText == QLatin1String("null")
                             ? tr("The completion date is missing")
                             : tr("The completion date \"%1\" is not a date written YYYY-MM-DD").arg(completionText)});
    if (enrollment.isValid() && completion.isValid() && completion < enrollment)
        problems.append({Field::Completion, tr("The completion date (%1) is before the enrollment date (%2)")
                                                 .arg(completion.toString(Qt::ISODate), enrollment.toString(Qt::ISODate))});
    if (collection.trimmed().isEmpty())
        problems.append({Field::Collection, tr("The destination collection needs a name")});
    else if (collection.startsWith(QLatin1Char('$')) || collection.contains(QChar(0)))
        problems.append({Field::Collection, tr("The destination collection cannot be named \"%1\"").arg(collection)});
    if (!ids.isEmpty() && destinationDatabase().isEmpty())
        problems.append({Field::Database, tr("The destination database needs a name")});
    return problems;
}

} // namespace EdxLoader
