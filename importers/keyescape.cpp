#include "keyescape.h"

namespace EdxLoader {

namespace {
constexpr char kFullStop[] = "\xEF\xBC\x8E"; // U+FF0E
constexpr char kDollar[] = "\xEF\xBC\x84";   // U+FF04
}

bool keyNeedsEscape(QByteArrayView key)
{
    return key.contains('.') || key.startsWith('$');
}

QByteArray escapeKey(QByteArrayView key)
{
    QByteArray out;
    out.reserve(key.size() + 8);
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key[i] == '.')
            out += kFullStop;
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
    return out;
}

void appendEscapedValue(bson_t *dst, QByteArrayView key, const bson_iter_t *it)
{
    const bson_type_t type = bson_iter_type(it);
    if (type != BSON_TYPE_DOCUMENT && type != BSON_TYPE_ARRAY) {
        bson_append_iter(dst, key.data(), int(key.size()), it);
        return;
    }
    bson_t child;
    bson_iter_t sub;
    if (type == BSON_TYPE_DOCUMENT)
        bson_append_document_begin(dst, key.data(), int(key.size()), &child);
    else
        bson_append_array_begin(dst, key.data(), int(key.size()), &child);
    if (bson_iter_recurse(it, &sub)) {
        while (bson_iter_next(&sub)) {
            const QByteArrayView k(bson_iter_key(&sub), bson_iter_key_len(&sub));
            if (type == BSON_TYPE_DOCUMENT && keyNeedsEscape(k))
                appendEscapedValue(&child, escapeKey(k), &sub);
            else
                appendEscapedValue(&child, k, &sub);
        }
    }
    if (type == BSON_TYPE_DOCUMENT)
        bson_append_document_end(dst, &child);
    else
        bson_append_array_end(dst, &child);
}

void appendEscaped(bson_t *dst, const bson_t *src)
{
    bson_iter_t it;
    if (!bson_iter_init(&it, src))
        return;
    while (bson_iter_next(&it)) {
        const QByteArrayView k(bson_iter_key(&it), bson_iter_key_len(&it));
        if (keyNeedsEscape(k))
            appendEscapedValue(dst, escapeKey(k), &it);
        else
            appendEscapedValue(dst, k, &it);
    }
}

} // namespace EdxLoader
