#pragma once

#include "classification.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace EdxLoader {

// Classifies edX research-data files by name. The rules are data (resources/classification.json):
// anchored patterns matched from the right, so course numbers and runs may contain '-', '.' and
// '_' (FORMATS.md §1.3, ANCHORS.md §5.1).
class Classifier
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::Classifier)

public:
    // The built-in rules shipped in the resources.
    static const Classifier &builtIn();
    // Rules from a JSON document; on failure returns false and sets errorMessage.
    bool load(const QByteArray &json, QString *errorMessage = nullptr);

    void setScheme(CollectionScheme scheme) { m_scheme = scheme; }
    CollectionScheme scheme() const { return m_scheme; }

    // path may be a file path or a zip member path ("org-2016-05-01/ora/x.sql.gpg").
    Classification classify(const QString &path) const;

    // The MongoDB-valid database name for a course key (≤ 63 bytes, none of /\. "$*<>:|?).
    static QString databaseNameForCourse(const QString &courseKey);

private:
    struct Rule
    {
        FileKind kind;
        QRegularExpression pattern;
    };
    struct TableInfo
    {
        QString mcgillxCollection;
        bool use = false;
        bool notInUse = false; // named "not in use" by the seed workflow, as opposed to merely optional
    };

    void fillTarget(Classification &c) const;
    void addKindNotes(Classification &c) const;

    QList<Rule> m_rules;
    QHash<QString, TableInfo> m_tables;
    QSet<QString> m_oraTables;
    QString m_trackingDatabase;
    QString m_trackingCollection;
    QString m_forumCollection;
    QString m_structureCollection;
    CollectionScheme m_scheme = CollectionScheme::McGillX;
};

} // namespace EdxLoader
