#pragma once

#include "linereader.h"
#include "readersink.h"

#include <QByteArray>

#include <functional>

namespace EdxLoader {

// What counts as a blank line: the JSON readers trim whitespace (the trimmed text is what they
// parse); the TSV reader only drops the CR of a CRLF file (a field may end in spaces).
enum class LineTrim { Whitespace, TrailingCarriageReturn, None };

// The loop the line-based readers share (TSV rows, forum posts, tracking events): every line is
// numbered and counted once — a line longer than LineReader::kMaxLine is rejected
// ("line-too-long"), a blank one skipped ("blank-line"), the others handed to handle(raw line,
// trimmed text, number), which returns false to stop (the sink asked to) — and progress is
// reported every progressEvery lines (a power of two) and at the end. Returns false when the
// device failed: lines.errorString() says why, at lines.lineNumber().
bool forEachLine(LineReader &lines, ReaderSink &sink, LineTrim trim, qint64 progressEvery,
                 const std::function<bool(const QByteArray &line, const QByteArray &text, qint64 number)> &handle);

// Whether text is valid UTF-8 (SIMD-checked: every line of every file goes through it).
bool isValidUtf8(QByteArrayView text);
// The offset of the first byte that is not part of valid UTF-8 (size() when none).
qsizetype firstInvalidUtf8(QByteArrayView text);
// The warning every reader gives a line whose bytes that are not UTF-8 were replaced by U+FFFD:
// the byte offset (in the raw line) of the first of them, and the raw line.
Rejection invalidUtf8Warning(qint64 number, const QByteArray &line, qsizetype offset);

} // namespace EdxLoader
