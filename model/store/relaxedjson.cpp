// MongoDB Extended JSON v2 (relaxed) text of documents: the embedded store's on-disk form
// (docs/embedded-store.md) and what `edxloader-cli dump` prints.
#include "document.h"
#include "jsontext.h"

#include <QDateTime>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

namespace EdxLoader {

namespace JsonText {

namespace {
// Which bytes need escaping in a JSON string: 0 none, else the letter after the backslash
// ('u' for \u00XX).
constexpr auto kEscape = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        t[size_t(c)] = 'u';
    t['"'] = '"';
    t['\\'] = '\\';
    t['\n'] = 'n';
    t['\r'] = 'r';
    t['\t'] = 't';
    t['\b'] = 'b';
    t['\f'] = 'f';
    return t;
}();

} // namespace

void writeString(Out &out, const char *s, uint32_t length)
{
    static const char hex[] = "0123456789abcdef";
    // Room for the worst case (every byte a \u00XX), written through a pointer: this loop was
    // the hottest part of the embedded store's inserts.
    out.reserveMore(2 + size_t(length) * 6);
    char *const start = out.end();
    char *o = start;
    *o++ = '"';
    const char *p = s;
    const char *const end = s + length;
    // Eight bytes at a time while none needs escaping (the usual case: a byte below 0x20, '"' or
    // '\\' is found with word arithmetic; bytes of multi-byte UTF-8 are >= 0x80 and never match),
    // else one byte.
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (p < end) {
        if (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            const quint64 q = w ^ (ones * 0x22), b = w ^ (ones * 0x5c);
            const quint64 special = (((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs;
            if (special == 0) {
                std::memcpy(o, p, 8);
                o += 8;
                p += 8;
                continue;
            }
        }
        const unsigned char c = static_cast<unsigned char>(*p++);
        const char e = kEscape[c];
        if (!e) {
            *o++ = char(c);
        } else if (e != 'u') {
            *o++ = '\\';
            *o++ = e;
        } else {
            *o++ = '\\';
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 0xf];
        }
    }
    *o++ = '"';
    out.grow(size_t(o - start));
}

void writeDouble(Out &out, double d)
{
    if (!std::isfinite(d)) {
        out += std::isnan(d) ? "{\"$numberDouble\":\"NaN\"}"
                             : (d > 0 ? "{\"$numberDouble\":\"Infinity\"}" : "{\"$numberDouble\":\"-Infinity\"}");
        return;
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    const std::string_view text(buf, size_t(r.ptr - buf));
    out.append(text);
    if (text.find_first_of(".eE") == std::string_view::npos)
        out += ".0"; // keep it a double when read back
}

void writeInt(Out &out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

namespace {

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm): no QDateTime in the hot path.
void civilFromDays(qint64 z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = int(yy + (*m <= 2));
}

} // namespace

void writeIso(Out &out, qint64 msecs)
{
    qint64 days = msecs / 86400000;
    qint64 rest = msecs % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int y;
    unsigned mo, d;
    civilFromDays(days, &y, &mo, &d);
    const unsigned ms = unsigned(rest % 1000), secs = unsigned(rest / 1000);
    char buf[25] = "0000-00-00T00:00:00.000Z";
    auto put = [&buf](int at, unsigned v, int digits) {
        for (int i = digits - 1; i >= 0; --i, v /= 10)
            buf[at + i] = char('0' + v % 10);
    };
    put(0, unsigned(y), 4);
    put(5, mo, 2);
    put(8, d, 2);
    put(11, secs / 3600, 2);
    put(14, secs / 60 % 60, 2);
    put(17, secs % 60, 2);
    put(20, ms, 3);
    out.append(buf, 24);
}

void writeDate(Out &out, qint64 ms)
{
    // Relaxed form for years 1970–9999, canonical otherwise (Extended JSON v2 spec).
    if (ms >= 0 && ms < 253402300800000LL) {
        out += "{\"$date\":\"";
        writeIso(out, ms);
        out += "\"}";
    } else {
        out += "{\"$date\":{\"$numberLong\":\"";
        writeInt(out, ms);
        out += "\"}}";
    }
}

void writeObjectId(Out &out, const bson_oid_t *oid)
{
    char hex[25];
    bson_oid_to_string(oid, hex);
    out += "{\"$oid\":\"";
    out.append(hex, 24);
    out += "\"}";
}

} // namespace JsonText

QByteArray Document::toRelaxedJson() const
{
    QByteArray out;
    out.reserve(int(m_bson.len) + 64);
    writeRelaxedJson(out);
    return out;
}

namespace {

using Out = JsonText::Out;
using JsonText::writeString;
using JsonText::writeDouble;
using JsonText::writeInt;
using JsonText::writeIso;

void writeValue(Out &out, const bson_iter_t *it);

void writeDocument(Out &out, const bson_iter_t *parent, bool array)
{
    bson_iter_t it;
    if (!bson_iter_recurse(parent, &it)) {
        out += array ? "[]" : "{}";
        return;
    }
    out += array ? '[' : '{';
    bool first = true;
    while (bson_iter_next(&it)) {
        if (!first)
            out += ',';
        first = false;
        if (!array) {
            writeString(out, bson_iter_key(&it), bson_iter_key_len(&it));
            out += ':';
        }
        writeValue(out, &it);
    }
    out += array ? ']' : '}';
}

void writeValue(Out &out, const bson_iter_t *it)
{
    switch (bson_iter_type(it)) {
    case BSON_TYPE_UTF8: {
        uint32_t length = 0;
        const char *s = bson_iter_utf8(it, &length);
        writeString(out, s, length);
        break;
    }
    case BSON_TYPE_INT32:
        writeInt(out, bson_iter_int32(it));
        break;
    case BSON_TYPE_INT64:
        writeInt(out, bson_iter_int64(it));
        break;
    case BSON_TYPE_DOUBLE:
        writeDouble(out, bson_iter_double(it));
        break;
    case BSON_TYPE_BOOL:
        out += bson_iter_bool(it) ? "true" : "false";
        break;
    case BSON_TYPE_NULL:
    case BSON_TYPE_UNDEFINED:
        out += "null";
        break;
    case BSON_TYPE_DATE_TIME:
        JsonText::writeDate(out, bson_iter_date_time(it));
        break;
    case BSON_TYPE_OID:
        JsonText::writeObjectId(out, bson_iter_oid(it));
        break;
    case BSON_TYPE_DOCUMENT:
        writeDocument(out, it, false);
        break;
    case BSON_TYPE_ARRAY:
        writeDocument(out, it, true);
        break;
    default: {
        // Rare types (binary, regex, timestamp, decimal128…): libbson's own relaxed form.
        bson_t one = BSON_INITIALIZER;
        bson_append_iter(&one, "v", 1, it);
        size_t length = 0;
        char *json = bson_as_relaxed_extended_json(&one, &length);
        QByteArray text(json, qsizetype(length));
        bson_free(json);
        bson_destroy(&one);
        const qsizetype start = text.indexOf(':') + 1;
        const QByteArray value = text.mid(start, text.lastIndexOf('}') - start).trimmed();
        out.append(value.constData(), size_t(value.size()));
    }
    }
}

} // namespace

QByteArray isoMillis(qint64 msecs)
{
    Out out;
    writeIso(out, msecs);
    return QByteArray(out.data(), qsizetype(out.size()));
}

void writeRelaxedJsonValue(QByteArray &out, const bson_iter_t *it)
{
    Out text;
    writeValue(text, it);
    out.append(text.data(), qsizetype(text.size()));
}

namespace {

void writeDocumentTo(Out &out, const bson_t *bson)
{
    bson_iter_t it;
    out += '{';
    bool first = true;
    if (bson_iter_init(&it, bson)) {
        while (bson_iter_next(&it)) {
            if (!first)
                out += ',';
            first = false;
            writeString(out, bson_iter_key(&it), bson_iter_key_len(&it));
            out += ':';
            writeValue(out, &it);
        }
    }
    out += '}';
}

} // namespace

void Document::writeRelaxedJson(std::string &out) const
{
    thread_local Out buffer;
    buffer.clear();
    writeDocumentTo(buffer, &m_bson);
    out.append(buffer.data(), buffer.size());
}

void Document::writeRelaxedJson(QByteArray &out) const
{
    thread_local Out buffer;
    buffer.clear();
    writeDocumentTo(buffer, &m_bson);
    out.append(buffer.data(), qsizetype(buffer.size()));
}

QString valueToJson(const Value &value)
{
    Document d;
    d.appendValue("v", value);
    bson_iter_t it;
    bson_iter_init(&it, d.bson());
    bson_iter_next(&it);
    QByteArray out;
    writeRelaxedJsonValue(out, &it);
    return QString::fromUtf8(out);
}

} // namespace EdxLoader
