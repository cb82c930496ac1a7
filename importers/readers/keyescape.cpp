#include "keyescape.h"

#include <QHash>
#include <QSet>

#include <QVarLengthArray>

namespace EdxLoader {

namespace {
constexpr char kFullStop[] = "\xEF\xBC\x8E"; // U+FF0E
constexpr char kDollar[] = "\xEF\xBC\x84";   // U+FF04
constexpr char kNul[] = "\xE2\x90\x80";      // U+2400 SYMBOL FOR NULL
}

bool keyNeedsEscape(QByteArrayView key)
{
    return key.contains('.') || key.startsWith('$') || key.contains('\0');
}

QByteArray escapeKey(QByteArrayView key)
{
    QByteArray out;
    out.reserve(key.size() + 8);
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key[i] == '.')
            out += kFullStop;
        else if (key[i] == '\0')
            out += kNul;
        else if (i == 0 && key[i] == '$')
            out += kDollar;
        else
            out += key[i];
    }
    return out;
}

QByteArray unescapeKey(QByteArrayView key)
{
    QByteArray out = key.toByteArray();
    if (out.startsWith(kDollar))
        out.replace(0, 3, "$");
    out.replace(kFullStop, ".");
    out.replace(kNul, QByteArray(1, '\0'));
    return out;
}

namespace {

// The members of an object (or items of an array) that sub iterates, keys escaped. A key repeated
// in one object keeps its first place and its last value, as Python's json and JSON.parse read
// it: a document never holds a key twice. Returns how many repeats were dropped.
int appendMembers(bson_t *dst, const bson_iter_t *first, bool object)
{
    // Keys are views into the document's buffer. (Iterators are not kept in containers: a
    // bson_iter_t asks for a 128-byte alignment that container storage does not give.)
    QVarLengthArray<QByteArrayView, 32> keys;
    bool repeated = false;
    {
        bson_iter_t it = *first;
        QSet<QByteArrayView> seen;
        while (bson_iter_next(&it)) {
            const QByteArrayView k(bson_iter_key(&it), bson_iter_key_len(&it));
            keys.append(k);
            if (object && !repeated) {
                if (seen.contains(k))
                    repeated = true;
                else
                    seen.insert(k);
            }
        }
    }
    int dropped = 0;
    QHash<QByteArrayView, qsizetype> last; // a repeated key's last occurrence
    if (repeated) {
        for (qsizetype i = 0; i < keys.size(); ++i)
            last[keys[i]] = i;
    }
    QSet<QByteArrayView> written;
    bson_iter_t it = *first;
    for (qsizetype i = 0; bson_iter_next(&it); ++i) {
        const QByteArrayView k = keys[i];
        bson_iter_t value = it;
        if (repeated) {
            if (written.contains(k)) {
                ++dropped;
                continue;
            }
            written.insert(k);
            // The last value of the key: walked to again (repeats are rare).
            for (qsizetype j = i; j < last.value(k); ++j)
                bson_iter_next(&value);
        }
        dropped += object && keyNeedsEscape(k) ? appendEscapedValue(dst, escapeKey(k), &value)
                                              : appendEscapedValue(dst, k, &value);
    }
    return dropped;
}

} // namespace

int appendEscapedValue(bson_t *dst, QByteArrayView key, const bson_iter_t *it)
{
    const bson_type_t type = bson_iter_type(it);
    if (type != BSON_TYPE_DOCUMENT && type != BSON_TYPE_ARRAY) {
        bson_append_iter(dst, key.data(), int(key.size()), it);
        return 0;
    }
    bson_t child;
    bson_iter_t sub;
    int dropped = 0;
    if (type == BSON_TYPE_DOCUMENT)
        bson_append_document_begin(dst, key.data(), int(key.size()), &child);
    else
        bson_append_array_begin(dst, key.data(), int(key.size()), &child);
    if (bson_iter_recurse(it, &sub))
        dropped = appendMembers(&child, &sub, type == BSON_TYPE_DOCUMENT);
    if (type == BSON_TYPE_DOCUMENT)
        bson_append_document_end(dst, &child);
    else
        bson_append_array_end(dst, &child);
    return dropped;
}

int appendEscaped(bson_t *dst, const bson_t *src)
{
    bson_iter_t it;
    if (!bson_iter_init(&it, src))
        return 0;
    return appendMembers(dst, &it, true);
}

} // namespace EdxLoader
