#include "versions.h"

#include "storefactory.h"
#include "gnupg.h"

#include <karchive_version.h>

#include <QtCrypto>

#include <gpgme.h>

namespace EdxLoader {

QList<std::pair<QString, QString>> libraryVersions()
{
    QList<std::pair<QString, QString>> v;
    v.append({QStringLiteral("Qt"), QString::fromLatin1(qVersion())});
    v.append({QStringLiteral("KArchive"), QStringLiteral(KARCHIVE_VERSION_STRING)});
    v.append({QStringLiteral("QCA"), QString::fromLatin1(qcaVersionStr())});
    QString why;
    const bool gpg = GnuPG::available(&why);
    v.append({QStringLiteral("GPGME"), QString::fromLatin1(gpgme_check_version(nullptr))});
    v.append({QStringLiteral("GnuPG"), gpg ? GnuPG::engineVersion() : QStringLiteral("-")});
    v.append(storeLibraryVersions());
    return v;
}

} // namespace EdxLoader
