#include "appsettings.h"

#include "documentstore.h"
#include "storefactory.h"

#include <QSettings>

#include <algorithm>

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
    a.dataDirectory = s.value(QStringLiteral("store/embeddedDirectory")).toString();
    a.useMongo = s.value(QStringLiteral("store/useMongo"), false).toBool();
    a.mongoUri = s.value(QStringLiteral("store/mongoUri")).toString();
    a.parallelJobs = std::clamp(s.value(QStringLiteral("import/parallelJobs"), 0).toInt(), 0, 64);
    a.windowGeometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    a.lastFolder = s.value(QStringLiteral("window/lastFolder")).toString();
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
    s.setValue(QStringLiteral("store/embeddedDirectory"), dataDirectory);
    s.setValue(QStringLiteral("store/useMongo"), useMongo);
    // A password typed into the connection string is never written to the settings file.
    const MongoTarget t = StoreTarget::parse(mongoUri).mongo;
    s.setValue(QStringLiteral("store/mongoUri"), t.valid ? t.withoutPassword : QString());
    s.setValue(QStringLiteral("import/parallelJobs"), parallelJobs);
    saveWindowState();
}

QString AppSettings::target() const
{
    if (useMongo && !mongoUri.isEmpty())
        return mongoUri;
    return dataDirectory.isEmpty() ? defaultEmbeddedDirectory() : dataDirectory;
}

void AppSettings::saveWindowState() const
{
    QSettings s(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("EdxLoader"), QStringLiteral("EdxLoader"));
    if (!windowGeometry.isEmpty())
        s.setValue(QStringLiteral("window/geometry"), windowGeometry);
    s.setValue(QStringLiteral("window/lastFolder"), lastFolder);
}

} // namespace EdxLoader
