#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace EdxLoader {

// The libraries EdxLoader runs on, with their versions, for the About box and bug reports.
QList<std::pair<QString, QString>> libraryVersions();

} // namespace EdxLoader
