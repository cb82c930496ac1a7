#include "linereader.h"

#include "stageclock.h"

namespace EdxLoader {

LineReader::LineReader(QIODevice *device, qint64 chunkSize, qint64 maxLine)
    : m_device(device)
    , m_chunkSize(chunkSize)
    , m_maxLine(maxLine)
{
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_chunkSize);
    qint64 n = 0;
    {
        const StageClock::Scope clock(StageClock::ReadInflate);
        n = m_device->read(m_buffer.data() + old, m_chunkSize);
    }
    if (n <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        m_failed = n < 0;
        return false;
    }
    m_buffer.resize(old + n);
    return true;
}

bool LineReader::next(QByteArray *line)
{
    m_tooLong = false;
    qsizetype searchFrom = m_pos;
    for (;;) {
        if (m_buffer.size() - m_pos > m_maxLine && m_buffer.indexOf('\n', searchFrom) < 0) {
            // Too long to keep: its beginning, then the rest read through and dropped.
            *line = m_buffer.mid(m_pos, kKeptOfTooLong);
            m_tooLong = true;
            m_consumed += m_buffer.size() - m_pos;
            m_buffer.clear();
            m_pos = 0;
            for (;;) {
                if (!fill()) {
                    ++m_lineNumber;
                    return true;
                }
                const qsizetype nl = m_buffer.indexOf('\n');
                if (nl >= 0) {
                    m_consumed += nl + 1;
                    m_pos = nl + 1;
                    ++m_lineNumber;
                    return true;
                }
                m_consumed += m_buffer.size();
                m_buffer.clear();
            }
        }
        const qsizetype nl = m_buffer.indexOf('\n', searchFrom);
        if (nl >= 0) {
            *line = m_buffer.mid(m_pos, nl - m_pos);
            m_consumed += nl + 1 - m_pos;
            m_pos = nl + 1;
            ++m_lineNumber;
            return true;
        }
        const qsizetype scanned = m_buffer.size() - m_pos;
        if (!fill()) {
            if (m_pos < m_buffer.size()) { // last line without a final newline
                *line = m_buffer.mid(m_pos);
                m_consumed += m_buffer.size() - m_pos;
                m_pos = m_buffer.size();
                ++m_lineNumber;
                return true;
            }
            return false;
        }
        searchFrom = m_pos + scanned;
    }
}

} // namespace EdxLoader
