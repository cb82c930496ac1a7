#pragma once

#include "classification.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace EdxLoader {

// One input of the import list: a file on disk or a member of a zip package.
struct ImportItem
{
    QString path;     // SourcePath key: absolute path of the file, or "archive.zip//member"
    qint64 size = -1; // bytes, -1 when unknown
    Classification classification;
    QString problem;  // translated: why this input cannot be imported at all (damaged or hostile archive)
    // The user's choices in the list, kept across a new classification (another scheme):
    int include = -1;         // -1 as classified, 0 left out, 1 imported (a not-in-use table too)
    QString databaseOverride; // the course's database renamed
    QString collectionOverride;

    bool choosable() const { return problem.isEmpty() && classification.hasTarget() && !classification.failedExport; }
    // The classification with the user's choices applied: what an import of this row does.
    Classification effective() const;
};

using ImportItems = QList<ImportItem>;

} // namespace EdxLoader

Q_DECLARE_METATYPE(EdxLoader::ImportItem)
