#include "jsonextent.h"

namespace EdxLoader {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The end of the bracketed value starting at `from` (an '{' or '['), or -1 when the text ends first.
qsizetype bracketedEnd(QByteArrayView text, qsizetype from)
{
    qsizetype depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, whatever it is
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

} // namespace

JsonExtent jsonExtent(QByteArrayView text)
{
    qsizetype start = 0;
    while (start < text.size() && isSpace(text[start]))
        ++start;
    if (start == text.size() || (text[start] != '{' && text[start] != '['))
        return {}; // (scalars are not what a log line holds: called only on objects and arrays)
    const qsizetype end = bracketedEnd(text, start);
    if (end < 0)
        return {};
    for (qsizetype i = end; i < text.size(); ++i) {
        if (!isSpace(text[i]))
            return {JsonExtent::Trailing, end};
    }
    return {JsonExtent::Complete, end};
}

} // namespace EdxLoader
