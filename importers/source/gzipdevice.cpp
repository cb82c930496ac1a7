#include "gzipdevice.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace EdxLoader {

struct GzipDevice::Stream
{
    z_stream z{};
    bool initialised = false;
};

namespace {

constexpr qint64 kInputChunk = 256 * 1024;

// zlib's words for what it found, in the user's language where they are the common ones.
QString zlibReason(const char *msg, int rc)
{
    const QByteArray m(msg ? msg : "");
    if (m == "incorrect data check")
        return GzipDevice::tr("its CRC-32 checksum does not match the data");
    if (m == "incorrect length check")
        return GzipDevice::tr("its recorded length does not match the data");
    if (m == "incorrect header check" || m == "unknown compression method")
        return GzipDevice::tr("it is not gzip data");
    return m.isEmpty() ? GzipDevice::tr("zlib error %1").arg(rc) : QString::fromLatin1(m);
}

} // namespace

GzipDevice::GzipDevice(QIODevice *compressed, QObject *parent)
    : QIODevice(parent)
    , m_in(compressed)
    , m_z(std::make_unique<Stream>())
{
}

GzipDevice::~GzipDevice()
{
    if (m_z->initialised)
        inflateEnd(&m_z->z);
}

bool GzipDevice::open(OpenMode mode)
{
    if (mode & WriteOnly) {
        setErrorString(tr("Writing gzip data is not supported"));
        return false;
    }
    if (!m_in->isOpen() && !m_in->open(QIODevice::ReadOnly)) {
        setErrorString(m_in->errorString());
        return false;
    }
    // 16 + MAX_WBITS: gzip members only, header and trailer checked by zlib.
    if (inflateInit2(&m_z->z, 16 + MAX_WBITS) != Z_OK) {
        setErrorString(tr("The gzip decompressor could not start"));
        return false;
    }
    m_z->initialised = true;
    m_buffer.resize(kInputChunk);
    m_members = 1;
    return QIODevice::open(mode | Unbuffered);
}

bool GzipDevice::fillInput()
{
    if (m_inputEnded)
        return false;
    const qint64 n = m_in->read(m_buffer.data(), m_buffer.size());
    if (n <= 0) {
        m_inputEnded = true;
        if (n < 0)
            stop(tr("Reading stopped: %1").arg(m_in->errorString()));
        return false;
    }
    m_z->z.next_in = reinterpret_cast<Bytef *>(m_buffer.data());
    m_z->z.avail_in = uInt(n);
    return true;
}

void GzipDevice::stop(const QString &problem)
{
    m_stopped = true;
    if (m_problem.isEmpty())
        m_problem = problem;
}

qint64 GzipDevice::countRest()
{
    qint64 rest = m_z->z.avail_in;
    m_z->z.avail_in = 0;
    while (fillInput()) {
        rest += m_z->z.avail_in;
        m_z->z.avail_in = 0;
    }
    return rest;
}

qint64 GzipDevice::readData(char *data, qint64 maxSize)
{
    if (m_stopped || maxSize <= 0)
        return 0;
    z_stream &z = m_z->z;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(std::min<qint64>(maxSize, UINT_MAX));
    const uInt asked = z.avail_out;
    while (z.avail_out > 0 && !m_stopped) {
        if (z.avail_in == 0 && !fillInput()) {
            if (m_stopped)
                break; // a read error below
            if (m_memberEnded) {
                m_stopped = true; // the end, after a whole member: nothing wrong
            } else if (m_members > 1 && m_memberOut == 0) {
                stop(tr("%n byte(s) after the end of the gzip data are not a gzip member", nullptr,
                        int(std::min<qint64>(m_memberIn, INT_MAX))));
            } else {
                stop(m_members > 1 ? tr("The gzip data is cut short (in its member %1)").arg(m_members)
                                   : tr("The gzip data is cut short"));
            }
            break;
        }
        if (m_memberEnded) {
            // More bytes after a member's trailer: another member follows (or something that is
            // not one, which the header check below tells).
            inflateReset(&z);
            m_memberEnded = false;
            ++m_members;
            m_memberOut = 0;
            m_memberIn = 0;
        }
        const uInt inBefore = z.avail_in;
        const uInt outBefore = z.avail_out;
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_memberIn += inBefore - z.avail_in;
        m_memberOut += outBefore - z.avail_out;
        if (rc == Z_STREAM_END) {
            m_memberEnded = true;
        } else if (rc == Z_OK || rc == Z_BUF_ERROR) {
            // Z_BUF_ERROR: no progress without more input, read next round.
        } else if (rc == Z_MEM_ERROR) {
            stop(tr("Not enough memory to decompress the gzip data"));
        } else if (m_members > 1 && m_memberOut == 0 && m_memberIn <= 10) {
            // The bytes after a whole member do not start another one.
            const qint64 rest = m_memberIn + countRest();
            stop(tr("%n byte(s) after the end of the gzip data are not a gzip member", nullptr,
                    int(std::min<qint64>(rest, INT_MAX))));
        } else {
            const QString why = zlibReason(z.msg, rc);
            stop(m_members > 1 ? tr("The gzip data is damaged (in its member %1: %2)").arg(m_members).arg(why)
                               : tr("The gzip data is damaged (%1)").arg(why));
        }
    }
    const qint64 produced = asked - z.avail_out;
    m_out += produced;
    return produced;
}

} // namespace EdxLoader
