#pragma once

#include <QByteArrayView>

namespace EdxLoader {

// Where the first JSON value of a text ends, read by its brackets and strings only (no full
// parse): what tells a line cut short from one with more text after a complete value, when a
// parser has already said "not valid" (issue 17: "truncated" only when the line ends inside).
struct JsonExtent
{
    enum Kind {
        Complete,     // one value, then only whitespace
        Trailing,     // a complete value, then more text from `end`
        Unterminated, // the text ends inside a string, an object or an array
    };
    Kind kind = Unterminated;
    qsizetype end = 0; // just after the first value (Complete, Trailing)
};

JsonExtent jsonExtent(QByteArrayView text);

} // namespace EdxLoader
