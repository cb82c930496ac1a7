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
};

using ImportItems = QList<ImportItem>;

} // namespace EdxLoader

Q_DECLARE_METATYPE(EdxLoader::ImportItem)
