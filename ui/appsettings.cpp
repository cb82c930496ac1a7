#include "appsettings.h"

#include <QSettings>

namespace EdxLoader {

AppSettings AppSettings::load()
{
    const QSettings s(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("EdxLoader"),
                      QStringLiteral("EdxLoader"));
    AppSettings a;
    a.anonymize = s.value(QStringLiteral("import/anonymize"), false).toBool();
    a.scheme = s.value(QStringLiteral("import/scheme")).toString() == QLatin1String("edx") ? CollectionScheme::EdxTable
                                                                                            : CollectionScheme::McGillX;
    a.gnupgHome = s.value(QStringLiteral("gnupg/home")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("EdxLoader"), QStringLiteral("EdxLoader"));
    s.setValue(QStringLiteral("import/anonymize"), anonymize);
    s.setValue(QStringLiteral("import/scheme"),
               scheme == CollectionScheme::EdxTable ? QStringLiteral("edx") : QStringLiteral("mcgillx"));
    s.setValue(QStringLiteral("gnupg/home"), gnupgHome);
    s.setValue(QStringLiteral("ui/language"), language);
}

} // namespace EdxLoader
