#include "localisation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace EdxLoader {

namespace {

// The catalogues installed now; a new language replaces them (widgets then get a LanguageChange
// event and translate themselves again).
QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> catalogues[2];
    return catalogues[which];
}

QString &current()
{
    static QString language = QStringLiteral("en");
    return language;
}

void replace(QCoreApplication &app, int which, QTranslator *translator)
{
    QPointer<QTranslator> &slot = installed(which);
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    slot = translator;
    if (translator)
        app.installTranslator(translator);
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    // English is a catalogue too: it carries the plural forms ("1 file", "2 files").
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("edxloader"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        locale = QLocale(QLocale::English);
        if (!ours->load(QStringLiteral(":/i18n/edxloader_en.qm"))) {
            delete ours;
            ours = nullptr;
        }
    }
    // Qt's own strings (dialog buttons, context menus) when the system has Qt's catalogues.
    QTranslator *qt = nullptr;
    if (locale.language() != QLocale::English) {
        qt = new QTranslator(&app);
        if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
        }
    }
    // Numbers and dates as the language writes them; English keeps the system's conventions.
    QLocale::setDefault(locale.language() == QLocale::English ? QLocale::system() : locale);
    replace(app, 1, qt);
    replace(app, 0, ours);
    current() = locale.language() == QLocale::English ? QStringLiteral("en") : QLocale::languageToCode(locale.language());
    return current();
}

QString installedLanguage()
{
    return current();
}

} // namespace EdxLoader
