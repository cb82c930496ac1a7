#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <utility>

namespace EdxLoader {

// What a course-specific tracking collection is built from (PRODUCT.md §6): the fields of the
// McGillX template_config.json, read and written in that format, plus where the result goes.
struct CourseConfig
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::CourseConfig)

public:
    QString edxId;         // "atoc185x"
    QString edxCourseName; // "Natural Disasters"
    QStringList courseIds; // "McGillX/ATOC185x/2T2014", "course-v1:McGillX+ATOC185x+2T2014"
    QDate enrollment;      // first day, inclusive
    QDate completion;      // last day, inclusive
    QString enrollmentText, completionText; // as read, when they were not dates ("YYYY-MM-DD")
    QString database;      // empty: the course's database (of the first course id)
    QString collection = QStringLiteral("tracking");

    // Reads the JSON; false with a message naming the field when the file cannot be used.
    static bool fromJson(const QByteArray &json, CourseConfig *out, QString *error);
    static bool load(const QString &path, CourseConfig *out, QString *error);
    // The seed's layout, keys in its order; the destination only when it is not the default.
    QByteArray toJson() const;
    bool save(const QString &path, QString *error) const;

    // Translated problems, one per line; empty when the config can be built.
    QStringList validate() const;
    // The same, each with the field it concerns (for a form to show it there).
    enum class Field { CourseIds, Enrollment, Completion, Database, Collection };
    QList<std::pair<Field, QString>> problems() const;
    // The database the result goes to: database, or the one the first course id's files go to.
    QString destinationDatabase() const;
    // "McGillX/ATOC185x/2T2014" and "course-v1:McGillX+ATOC185x+2T2014" → "McGillX-ATOC185x-2T2014":
    // the course part of edX's file names (FORMATS.md §1.3).
    static QString fileKeyOf(const QString &courseId);
};

} // namespace EdxLoader
