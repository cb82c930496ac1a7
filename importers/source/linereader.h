#pragma once

#include <QByteArray>
#include <QIODevice>

namespace EdxLoader {

// Reads a device line by line in large chunks. Lines of megabytes are ordinary (studentmodule
// states, truncated essays); a line longer than maxLine (256 MB) is not kept whole — a zip bomb
// or a file with no line breaks would take all the memory — but read through to its end and
// handed out as its first 4 KB with tooLong() set, for the reader to reject. Memory stays at one
// chunk plus the longest line kept.
class LineReader
{
public:
    static constexpr qint64 kMaxLine = qint64(256) << 20;
    static constexpr qsizetype kKeptOfTooLong = 4096;
    explicit LineReader(QIODevice *device, qint64 chunkSize = 1 << 20, qint64 maxLine = kMaxLine);

    // Next line without its LF; false at the end. A last line without LF is still a line.
    bool next(QByteArray *line);
    // The line next() gave was longer than maxLine: only its beginning was kept.
    bool tooLong() const { return m_tooLong; }
    qint64 lineNumber() const { return m_lineNumber; }
    qint64 bytesConsumed() const { return m_consumed; }
    bool failed() const { return m_failed; }
    QString errorString() const { return m_device->errorString(); }

private:
    bool fill();

    QIODevice *m_device;
    qint64 m_chunkSize;
    qint64 m_maxLine;
    bool m_tooLong = false;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_lineNumber = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_failed = false;
};

} // namespace EdxLoader
