#include "lineloop.h"

#include <QCoreApplication>

namespace EdxLoader {

bool forEachLine(LineReader &lines, ReaderSink &sink, LineTrim trim, qint64 progressEvery,
                 const std::function<bool(const QByteArray &line, const QByteArray &text, qint64 number)> &handle)
{
    const qint64 progressMask = progressEvery - 1;
    QByteArray line;
    QByteArray trimmed;
    while (lines.next(&line)) {
        const qint64 number = lines.lineNumber();
        if (lines.tooLong()) {
            sink.rejected({number, QStringLiteral("line-too-long"),
                           QCoreApplication::translate("EdxLoader::TsvReader",
                                                       "The line is longer than %1 MB: rejected (its first 4 KB are "
                                                       "kept here)")
                               .arg(LineReader::kMaxLine >> 20),
                           line});
            continue;
        }
        if (trim == LineTrim::TrailingCarriageReturn && line.endsWith('\r'))
            line.chop(1);
        const bool whitespace = trim == LineTrim::Whitespace;
        if (whitespace)
            trimmed = line.trimmed();
        const QByteArray &text = whitespace ? trimmed : line;
        if (text.isEmpty()) {
            sink.skipped(number, QStringLiteral("blank-line"));
            continue;
        }
        if (!handle(line, text, number))
            return true;
        if ((number & progressMask) == 0)
            sink.progress(lines.bytesConsumed());
    }
    sink.progress(lines.bytesConsumed());
    return !lines.failed();
}

} // namespace EdxLoader
