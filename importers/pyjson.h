#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace EdxLoader {

// Serialises JSON the way edX's Python producers did (json.dumps with ensure_ascii), so that
// generated files have the bytes real ones have: "\uXXXX" escapes for anything outside ASCII,
// ", " and ": " separators, and for pretty output 2-space indent with sorted keys and — as Python 2
// wrote it (FORMATS.md §5) — optionally a trailing space after commas at line ends.
struct PyJsonStyle
{
    int indent = -1;            // < 0: one line
    bool trailingSpace = false; // Python 2 pretty printing
};

QByteArray pyJsonDumps(const QJsonValue &value, const PyJsonStyle &style = {});
void pyJsonAppendString(QByteArray &out, QStringView text);

} // namespace EdxLoader
