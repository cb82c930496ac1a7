#include "zippackage.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QFile>
#include <QtEndian>

namespace EdxLoader {

namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint64 u64(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint64>(b.constData() + at);
}

void walk(const KArchiveDirectory *dir, const QString &prefix, QList<ZipListing::Member> *members)
{
    for (const QString &name : dir->entries()) {
        const KArchiveEntry *entry = dir->entry(name);
        if (entry->isDirectory()) {
            walk(static_cast<const KArchiveDirectory *>(entry), prefix + name + QLatin1Char('/'), members);
        } else if (entry->isFile() && entry->symLinkTarget().isEmpty()) {
            members->append({prefix + name, static_cast<const KArchiveFile *>(entry)->size()});
        }
    }
}

} // namespace

bool ZipPackage::isZip(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

bool ZipPackage::escapesRoot(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/')) || (n.size() >= 2 && n.at(0).isLetter() && n.at(1) == QLatin1Char(':')))
        return true;
    int depth = 0;
    for (const QStringView part : QStringView(n).split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            --depth;
        else if (!part.isEmpty() && part != QLatin1String("."))
            ++depth;
        if (depth < 0)
            return true;
    }
    return false;
}

bool ZipPackage::rawNames(const QString &path, QStringList *names)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 22)
        return false;
    // End of central directory: in the last 22 + 65535 (comment) bytes.
    const qint64 tailStart = std::max<qint64>(0, f.size() - (22 + 65535));
    if (!f.seek(tailStart))
        return false;
    const QByteArray tail = f.readAll();
    const qsizetype eocd = tail.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > tail.size())
        return false;
    quint64 count = u16(tail, eocd + 10);
    quint64 cdSize = u32(tail, eocd + 12);
    quint64 cdOffset = u32(tail, eocd + 16);
    if (count == 0xffff || cdSize == 0xffffffffu || cdOffset == 0xffffffffu) {
        // ZIP64: the locator just before points at the ZIP64 end record.
        if (eocd < 20 || tail.mid(eocd - 20, 4) != QByteArrayView("PK\x06\x07", 4))
            return false;
        if (!f.seek(qint64(u64(tail, eocd - 20 + 8))))
            return false;
        const QByteArray z = f.read(56);
        if (z.size() != 56 || z.left(4) != QByteArrayView("PK\x06\x06", 4))
            return false;
        count = u64(z, 32);
        cdSize = u64(z, 40);
        cdOffset = u64(z, 48);
    }
    // A central directory is a few MB even for a package of thousands of files.
    if (cdSize > quint64(f.size()) || cdSize > (256u << 20) || !f.seek(qint64(cdOffset)))
        return false;
    const QByteArray cd = f.read(qint64(cdSize));
    qsizetype at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (at + 46 > cd.size() || u32(cd, at) != 0x02014b50u)
            return false;
        const quint16 flags = u16(cd, at + 8);
        const qsizetype nameLength = u16(cd, at + 28);
        const qsizetype next = at + 46 + nameLength + u16(cd, at + 30) + u16(cd, at + 32);
        if (next > cd.size())
            return false;
        const QByteArray raw = cd.mid(at + 46, nameLength);
        names->append((flags & 0x800) ? QString::fromUtf8(raw) : QString::fromLatin1(raw));
        at = next;
    }
    return true;
}

ZipListing ZipPackage::list(const QString &path)
{
    ZipListing listing;
    // KZip cleans names ("/x" → "x"): the raw names are checked first, and an archive whose
    // names cannot be checked is not read at all.
    QStringList names;
    if (!rawNames(path, &names)) {
        KZip probe(path);
        listing.error = probe.open(QIODevice::ReadOnly)
                            ? tr("Refused: the archive's list of entries cannot be checked, so it might hold entries "
                                 "whose path leaves it; nothing of it is imported")
                            : tr("The archive cannot be read: %1").arg(probe.errorString());
        return listing;
    }
    for (const QString &name : std::as_const(names)) {
        if (escapesRoot(name))
            listing.escaping.append(name);
    }
    if (!listing.escaping.isEmpty()) {
        listing.error = tr("Refused: this archive holds entries whose path leaves the archive (%1). edX's exporter "
                           "never writes such paths; nothing of the archive is imported.")
                            .arg(listing.escaping.join(QStringLiteral(", ")));
        return listing;
    }
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly)) {
        listing.error = tr("The archive cannot be read: %1").arg(zip.errorString());
        return listing;
    }
    walk(zip.directory(), QString(), &listing.members);
    for (const ZipListing::Member &m : std::as_const(listing.members)) {
        if (escapesRoot(m.path))
            listing.escaping.append(m.path);
    }
    if (!listing.escaping.isEmpty()) {
        listing.members.clear();
        listing.error = tr("Refused: this archive holds entries whose path leaves the archive (%1). edX's exporter "
                           "never writes such paths; nothing of the archive is imported.")
                            .arg(listing.escaping.join(QStringLiteral(", ")));
    }
    return listing;
}

} // namespace EdxLoader
