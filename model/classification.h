#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace EdxLoader {

// What a file (or zip member) is, judged from its name (PRODUCT.md §4, FORMATS.md §1).
enum class FileKind {
    Unknown,
    SqlTable,
    OraTable,
    Forum,
    CourseStructure,
    TrackingLog,
    EmailOptIn,
    OlxCourse,
    DataPackage,
    TrackingArchive,
    ErrorReport,
};

// Which collection names course files get (PRODUCT.md §4).
enum class CollectionScheme {
    McGillX,  // "user", "userprofile", "enrollment", … as the seed documents insist
    EdxTable, // the edX table name ("auth_user", …)
};

// The machine-readable name of a kind ("sql-table", "tracking-log", …), used in JSON output and rules.
QString fileKindId(FileKind kind);
FileKind fileKindFromId(const QString &id);

struct Classification
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::Classification)

public:
    FileKind kind = FileKind::Unknown;
    QString fileName;  // the name as given (last path component)
    QString courseKey; // "{org}-{number}-{run}" as it appears in the file name
    QString org;
    QString table;
    QString site;
    QDate date;
    bool encrypted = false;    // trailing .gpg
    bool failedExport = false; // .failed: the exporter's error report instead of data
    bool browserCopy = false;  // "name (1).sql": renamed by a browser on download
    bool imported = false;     // imported by default
    // Target when imported, or the would-be target of an optional file that the user may include.
    QString database;
    QString collection;
    QStringList notes; // translated, human-readable

    bool recognised() const { return kind != FileKind::Unknown; }
    bool hasTarget() const { return !database.isEmpty() && !collection.isEmpty(); }
    QString target() const;    // "database.collection" or empty
    QString kindLabel() const; // translated: "SQL table auth_user", "Tracking log 2015-03-11", …
    QString kindName() const;  // translated, the kind alone: "SQL table", "Tracking log", …
    // translated, what the file is, its distinctive part first: "auth_user — SQL table",
    // "Tracking log 2015-03-11", "Forum posts"; the file name when it is not recognised.
    QString label() const;
    QString note() const { return notes.join(QStringLiteral("; ")); }
};

} // namespace EdxLoader

Q_DECLARE_METATYPE(EdxLoader::Classification)
