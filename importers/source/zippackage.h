#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace EdxLoader {

// What a zip package holds, read with KArchive without extracting anything (FORMATS.md §1.3).
struct ZipListing
{
    struct Member
    {
        QString path; // inside the archive, "acme-2016-05-01/ora/x.sql.gpg"
        qint64 size = 0;
    };
    QList<Member> members; // files only, in archive order
    QString error;         // translated: damaged, unreadable, or refused (then members is empty)
    QStringList escaping;  // entries whose path leaves the archive's root ("../x", "/etc/x")
};

class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::ZipPackage)

public:
    static bool isZip(const QString &path); // by name: ".zip"
    static ZipListing list(const QString &path);
    // The names exactly as stored in the central directory: KArchive cleans "/x" into "x" and
    // "a/../../x" into "../x", so refusing hostile names needs the raw ones. False if the
    // directory cannot be read (KArchive then gives the reason).
    static bool rawNames(const QString &path, QStringList *names);
    static bool escapesRoot(const QString &name);
};

} // namespace EdxLoader
