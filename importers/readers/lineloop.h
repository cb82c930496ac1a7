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

} // namespace EdxLoader
