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
    // Strict, as the validators that decide a repair are (RFC 3629): no overlong forms (C0, C1,
    // E0 80-9F, F0 80-8F), no surrogates (ED A0-BF), nothing above U+10FFFF (F4 90-, F5-FF).
    qsizetype i = 0;
    while (i < text.size()) {
        const uchar c = uchar(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        uchar low = 0x80, high = 0xbf; // the second byte's range
        if (c >= 0xc2 && c <= 0xdf) {
            more = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2;
            low = c == 0xe0 ? 0xa0 : 0x80;
            high = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            return i;
        }
        if (i + more >= text.size())
            return i;
        const uchar second = uchar(text[i + 1]);
        if (second < low || second > high)
            return i;
        for (int k = 2; k <= more; ++k) {
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
