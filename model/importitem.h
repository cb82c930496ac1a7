#pragma once

#include "classification.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace EdxLoader {

// One input of the import list: a file on disk (later also a member of a zip package).
struct ImportItem
{
    QString path;     // absolute path of the file
    qint64 size = -1; // bytes, -1 when unknown
    Classification classification;
};

using ImportItems = QList<ImportItem>;

} // namespace EdxLoader

Q_DECLARE_METATYPE(EdxLoader::ImportItem)
