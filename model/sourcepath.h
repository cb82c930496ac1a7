#pragma once

#include <QString>

namespace EdxLoader {

// Where an input's bytes are: a file on disk, or a member of a zip package on disk. Lists, jobs
// and ledgers carry it as one string, its key: the file's absolute path, or the archive's absolute
// path, "//" and the member's path inside the archive. A clean absolute path never holds "//", so
// the key is unambiguous.
struct SourcePath
{
    QString file;   // absolute path on disk (the archive, for a member)
    QString member; // path inside the archive; empty for a plain file

    static SourcePath fromKey(const QString &key);
    static QString memberKey(const QString &archive, const QString &member);
    QString key() const;
    bool isMember() const { return !member.isEmpty(); }
    QString fileName() const; // last component of the member, or of the file
    // For people: "/data/acme-2016-05-01.zip › acme-2016-05-01/x.sql.gpg". file is shown through
    // showFile (relative to the working directory in the CLI, for instance).
    QString display(QString (*showFile)(const QString &) = nullptr) const;
};

} // namespace EdxLoader
