#pragma once

#include "importitem.h"

#include <QByteArray>
#include <QJsonArray>

namespace EdxLoader {

// Renders classified files for `edxloader-cli classify`: an aligned text table for people and a
// JSON array for scripts. displayPath turns an absolute path into what the user typed.
QJsonArray classificationJson(const ImportItems &items,
                              const std::function<QString(const QString &)> &displayPath);
QString classificationTable(const ImportItems &items,
                            const std::function<QString(const QString &)> &displayPath);

} // namespace EdxLoader
