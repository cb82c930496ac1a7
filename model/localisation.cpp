#include "localisation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace EdxLoader {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    // English is a catalogue too: it carries the plural forms ("1 file", "2 files").
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("edxloader"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        locale = QLocale(QLocale::English);
        if (!ours->load(QStringLiteral(":/i18n/edxloader_en.qm"))) {
            delete ours;
            return QStringLiteral("en");
        }
    }
    app.installTranslator(ours);
    if (locale.language() == QLocale::English)
        return QStringLiteral("en");
    QLocale::setDefault(locale);
    // Qt's own strings (dialog buttons, context menus) when the system has Qt's catalogues.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(locale.language());
}

} // namespace EdxLoader
