#pragma once
// One gzip member holding some bytes, written by KArchive: tests join several to make a
// multi-member .gz (`cat a.gz b.gz`). Tests using it link KF6::Archive.
#include <KCompressionDevice>

#include <QBuffer>
#include <QByteArray>

namespace EdxLoader::Testing {

inline QByteArray gzipMember(const QByteArray &data)
{
    QBuffer buffer;
    KCompressionDevice gz(&buffer, false, KCompressionDevice::GZip);
    if (!gz.open(QIODevice::WriteOnly) || gz.write(data) != data.size())
        qFatal("cannot gzip");
    gz.close();
    return buffer.data();
}

} // namespace EdxLoader::Testing
