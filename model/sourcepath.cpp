#include "sourcepath.h"

namespace EdxLoader {

namespace {
const QLatin1String kSeparator("//");
}

SourcePath SourcePath::fromKey(const QString &key)
{
    const qsizetype at = key.indexOf(kSeparator);
    if (at < 0)
        return {key, {}};
    return {key.left(at), key.mid(at + kSeparator.size())};
}

QString SourcePath::memberKey(const QString &archive, const QString &member)
{
    return archive + kSeparator + member;
}

QString SourcePath::key() const
{
    return member.isEmpty() ? file : memberKey(file, member);
}

QString SourcePath::fileName() const
{
    const QString &path = member.isEmpty() ? file : member;
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString SourcePath::display(QString (*showFile)(const QString &)) const
{
    const QString shown = showFile ? showFile(file) : file;
    return member.isEmpty() ? shown : shown + QStringLiteral(" \u203a ") + member;
}

} // namespace EdxLoader
