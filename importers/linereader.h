#pragma once

#include <QByteArray>
#include <QIODevice>

namespace EdxLoader {

// Reads a device line by line in large chunks, with no limit on line length (studentmodule
// states and truncated essays make lines of megabytes). Memory stays at one chunk plus the
// longest line.
class LineReader
{
public:
    explicit LineReader(QIODevice *device, qint64 chunkSize = 1 << 20);

    // Next line without its LF; false at the end. A last line without LF is still a line.
    bool next(QByteArray *line);
    qint64 lineNumber() const { return m_lineNumber; }
    qint64 bytesConsumed() const { return m_consumed; }
    bool failed() const { return m_failed; }
    QString errorString() const { return m_device->errorString(); }

private:
    bool fill();

    QIODevice *m_device;
    qint64 m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_lineNumber = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_failed = false;
};

} // namespace EdxLoader
