#pragma once

#include "document.h"

namespace EdxLoader {

// MongoDB cannot store keys containing '.' or starting with '$' (FORMATS.md §6.8), and BSON no
// key holding a NUL ("\u0000" in JSON). They are escaped reversibly, never dropped: '.' becomes
// U+FF0E FULLWIDTH FULL STOP, a leading '$' U+FF04 FULLWIDTH DOLLAR SIGN and a NUL U+2400
// SYMBOL FOR NULL. Both stores receive the escaped documents.
QByteArray escapeKey(QByteArrayView key);
QByteArray unescapeKey(QByteArrayView key);
bool keyNeedsEscape(QByteArrayView key);

// Appends src's members to dst with their keys escaped, at every depth. A key repeated in one
// object keeps its first place and its last value; returns how many repeats were dropped.
int appendEscaped(bson_t *dst, const bson_t *src);
// A copy of the value at it (an object or array is copied with escaped keys, repeated keys
// dropped as above) appended as key; returns how many repeats were dropped.
int appendEscapedValue(bson_t *dst, QByteArrayView key, const bson_iter_t *it);

} // namespace EdxLoader
