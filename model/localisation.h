#pragma once

#include <QString>

class QCoreApplication;

namespace EdxLoader {

// Installs the EdxLoader and Qt catalogues for language ("fr", "en", or empty for the system
// locale). Returns the language actually installed ("en" when none matched).
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace EdxLoader
