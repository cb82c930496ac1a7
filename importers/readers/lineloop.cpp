#include "lineloop.h"

#include <QCoreApplication>

#include <simdjson.h>

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

bool isValidUtf8(QByteArrayView text)
{
    return simdjson::validate_utf8(text.data(), size_t(text.size()));
}

qsizetype firstInvalidUtf8(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const uchar c = uchar(text[i]);
        const int more = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xe ? 2 : (c >> 3) == 0x1e ? 3 : -1;
        if (more < 0 || (more > 0 && i + more >= text.size()))
            return i;
        for (int k = 1; k <= more; ++k) {
            if ((uchar(text[i + k]) >> 6) != 0x2)
                return i;
        }
        i += more + 1;
    }
    return i;
}

Rejection invalidUtf8Warning(qint64 number, const QByteArray &line, qsizetype offset)
{
    return {number, QStringLiteral("invalid-utf8"),
            QCoreApplication::translate("EdxLoader::LineLoop",
                                        "Bytes that are not valid UTF-8 text were replaced by “�” (the first at byte %1 "
                                        "of the line)")
                .arg(offset),
            line};
}

} // namespace EdxLoader
