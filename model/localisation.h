#pragma once

#include <QString>

class QCoreApplication;

namespace EdxLoader {

// Installs the EdxLoader and Qt catalogues for language ("fr", "en", or empty for the system
// locale) in place of those a previous call installed: called again, it switches the language of
// a running application (every widget gets a QEvent::LanguageChange). Returns the language
// actually installed ("en" when none matched).
QString installTranslations(QCoreApplication &app, const QString &language = {});
// The language the last installTranslations installed ("en" before any).
QString installedLanguage();

} // namespace EdxLoader
