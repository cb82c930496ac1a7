#include "document.h"

#include <QTimeZone>

#include <array>
#include <charconv>
#include <cstdlib>
#include <new>
#include <string>
#include <cmath>
#include <cstring>

namespace EdxLoader {

namespace {

int bsonKeyLength(QByteArrayView key)
{
    return int(key.size());
}

} // namespace

QString ObjectId::toHex() const
{
    char hex[25];
    bson_oid_to_string(&oid, hex);
    return QString::fromLatin1(hex, 24);
}

bool ObjectId::fromHex(QStringView hex, ObjectId *out)
{
    if (hex.size() != 24)
        return false;
    const QByteArray latin = hex.toLatin1();
    if (!bson_oid_is_valid(latin.constData(), 24))
        return false;
    bson_oid_init_from_string(&out->oid, latin.constData());
    return true;
}

Document::Document()
{
    bson_init(&m_bson);
}

Document::~Document()
{
    bson_destroy(&m_bson);
}

Document::Document(Document &&other) noexcept
    : m_encoded(std::move(other.m_encoded))
{
    bson_steal(&m_bson, &other.m_bson); // leaves other destroyed
    bson_init(&other.m_bson);
}

Document &Document::operator=(Document &&other) noexcept
{
    if (this != &other) {
        bson_destroy(&m_bson);
        bson_steal(&m_bson, &other.m_bson);
        bson_init(&other.m_bson);
        m_encoded = std::move(other.m_encoded);
    }
    return *this;
}

Document::Document(const Document &other)
{
    bson_copy_to(&other.m_bson, &m_bson);
}

Document &Document::operator=(const Document &other)
{
    if (this != &other) {
        bson_destroy(&m_bson);
        bson_copy_to(&other.m_bson, &m_bson);
    }
    return *this;
}

Document Document::fromBson(const uint8_t *data, size_t length)
{
    Document d;
    bson_t view;
    if (bson_init_static(&view, data, length)) {
        bson_destroy(&d.m_bson);
        bson_copy_to(&view, &d.m_bson);
    }
    return d;
}

bool Document::fromJson(QByteArrayView json, Document *out, QString *error)
{
    bson_error_t e;
    bson_t parsed;
    if (!bson_init_from_json(&parsed, json.data(), json.size(), &e)) {
        if (error)
            *error = QString::fromUtf8(e.message);
        return false;
    }
    bson_destroy(&out->m_bson);
    bson_steal(&out->m_bson, &parsed);
    return true;
}

void Document::appendString(QByteArrayView key, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    bson_append_utf8(&m_bson, key.data(), bsonKeyLength(key), utf8.constData(), int(utf8.size()));
}

void Document::appendUtf8(QByteArrayView key, QByteArrayView utf8)
{
    bson_append_utf8(&m_bson, key.data(), bsonKeyLength(key), utf8.data(), int(utf8.size()));
}

void Document::appendInt64(QByteArrayView key, qint64 value)
{
    bson_append_int64(&m_bson, key.data(), bsonKeyLength(key), value);
}

void Document::appendDouble(QByteArrayView key, double value)
{
    bson_append_double(&m_bson, key.data(), bsonKeyLength(key), value);
}

void Document::appendBool(QByteArrayView key, bool value)
{
    bson_append_bool(&m_bson, key.data(), bsonKeyLength(key), value);
}

void Document::appendNull(QByteArrayView key)
{
    bson_append_null(&m_bson, key.data(), bsonKeyLength(key));
}

void Document::appendDate(QByteArrayView key, qint64 msecs)
{
    bson_append_date_time(&m_bson, key.data(), bsonKeyLength(key), msecs);
}

void Document::appendObjectId(QByteArrayView key, const ObjectId &oid)
{
    bson_append_oid(&m_bson, key.data(), bsonKeyLength(key), &oid.oid);
}

void Document::appendDocument(QByteArrayView key, const Document &doc)
{
    bson_append_document(&m_bson, key.data(), bsonKeyLength(key), &doc.m_bson);
}

void Document::appendArray(QByteArrayView key, const Document &array)
{
    bson_append_array(&m_bson, key.data(), bsonKeyLength(key), &array.m_bson);
}

void Document::appendValue(QByteArrayView key, const Value &value)
{
    std::visit(
        [&](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                appendNull(key);
            else if constexpr (std::is_same_v<T, bool>)
                appendBool(key, v);
            else if constexpr (std::is_same_v<T, qint64>)
                appendInt64(key, v);
            else if constexpr (std::is_same_v<T, double>)
                appendDouble(key, v);
            else if constexpr (std::is_same_v<T, QString>)
                appendString(key, v);
            else if constexpr (std::is_same_v<T, DateTime>)
                appendDate(key, v.msecs);
            else
                appendObjectId(key, v);
        },
        value);
}

Value Document::value(const char *path) const
{
    bson_iter_t it, found;
    if (!bson_iter_init(&it, &m_bson) || !bson_iter_find_descendant(&it, path, &found))
        return {};
    switch (bson_iter_type(&found)) {
    case BSON_TYPE_UTF8: {
        uint32_t length = 0;
        const char *s = bson_iter_utf8(&found, &length);
        return QString::fromUtf8(s, length);
    }
    case BSON_TYPE_INT32:
        return qint64(bson_iter_int32(&found));
    case BSON_TYPE_INT64:
        return qint64(bson_iter_int64(&found));
    case BSON_TYPE_DOUBLE:
        return bson_iter_double(&found);
    case BSON_TYPE_BOOL:
        return bson_iter_bool(&found);
    case BSON_TYPE_DATE_TIME:
        return DateTime{bson_iter_date_time(&found)};
    case BSON_TYPE_OID: {
        ObjectId oid;
        bson_oid_copy(bson_iter_oid(&found), &oid.oid);
        return oid;
    }
    default:
        return {};
    }
}

QString Document::string(const char *path) const
{
    const Value v = value(path);
    if (const QString *s = std::get_if<QString>(&v))
        return *s;
    return {};
}

QByteArray Document::toRelaxedJson() const
{
    QByteArray out;
    out.reserve(int(m_bson.len) + 64);
    writeRelaxedJson(out);
    return out;
}

namespace {

// A growable byte buffer that, unlike std::string::resize, never zero-fills what it reserves.
class Out
{
public:
    Out() = default;
    ~Out() { std::free(m_data); }
    Out(const Out &) = delete;
    Out &operator=(const Out &) = delete;

    void reserveMore(size_t n)
    {
        if (m_size + n <= m_capacity)
            return;
        m_capacity = std::max(m_capacity * 2, m_size + n + 256);
        m_data = static_cast<char *>(std::realloc(m_data, m_capacity));
        if (!m_data)
            throw std::bad_alloc();
    }
    char *end() { return m_data + m_size; }
    void grow(size_t n) { m_size += n; }
    void append(const char *p, size_t n)
    {
        reserveMore(n);
        std::memcpy(m_data + m_size, p, n);
        m_size += n;
    }
    void append(std::string_view v) { append(v.data(), v.size()); }
    Out &operator+=(char c)
    {
        reserveMore(1);
        m_data[m_size++] = c;
        return *this;
    }
    Out &operator+=(const char *text)
    {
        append(text, std::strlen(text));
        return *this;
    }
    Out &operator+=(const std::string &text)
    {
        append(text.data(), text.size());
        return *this;
    }
    const char *data() const { return m_data; }
    size_t size() const { return m_size; }
    void clear() { m_size = 0; }

private:
    char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

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

void writeString(Out &out, const char *s, uint32_t length)
{
    static const char hex[] = "0123456789abcdef";
    // Room for the worst case (every byte a \u00XX), written through a pointer: this loop was
    // the hottest part of the embedded store's inserts.
    out.reserveMore(2 + size_t(length) * 6);
    char *const start = out.end();
    char *o = start;
    *o++ = '"';
    for (const char *p = s, *end = s + length; p < end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
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
    case BSON_TYPE_DATE_TIME: {
        const qint64 ms = bson_iter_date_time(it);
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
        break;
    }
    case BSON_TYPE_OID: {
        char hex[25];
        bson_oid_to_string(bson_iter_oid(it), hex);
        out += "{\"$oid\":\"";
        out.append(hex, 24);
        out += "\"}";
        break;
    }
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

bool parseIsoDateTime(QStringView text, qint64 *msecs)
{
    // YYYY-MM-DD[T ]HH:MM:SS[.f…][Z|±HH:MM|±HHMM]
    const qsizetype n = text.size();
    auto digit = [&](qsizetype i) { return i < n && text[i] >= u'0' && text[i] <= u'9'; };
    auto num = [&](qsizetype i, int len, int *v) {
        int r = 0;
        for (int k = 0; k < len; ++k) {
            if (!digit(i + k))
                return false;
            r = r * 10 + (text[i + k].unicode() - '0');
        }
        *v = r;
        return true;
    };
    int y, mo, d, h, mi, s;
    if (n < 19 || !num(0, 4, &y) || text[4] != u'-' || !num(5, 2, &mo) || text[7] != u'-' || !num(8, 2, &d)
        || (text[10] != u'T' && text[10] != u' ') || !num(11, 2, &h) || text[13] != u':' || !num(14, 2, &mi)
        || text[16] != u':' || !num(17, 2, &s))
        return false;
    qsizetype i = 19;
    int ms = 0;
    if (i < n && text[i] == u'.') {
        ++i;
        int scale = 100, digits = 0;
        while (digit(i)) {
            if (digits < 3)
                ms += (text[i].unicode() - '0') * scale;
            scale /= 10;
            ++digits;
            ++i;
        }
        if (digits == 0)
            return false;
    }
    int offsetMinutes = 0;
    if (i < n) {
        if (text[i] == u'Z' && i + 1 == n) {
            i = n;
        } else if (text[i] == u'+' || text[i] == u'-') {
            const int sign = text[i] == u'-' ? -1 : 1;
            int oh, om = 0;
            if (!num(i + 1, 2, &oh))
                return false;
            qsizetype j = i + 3;
            if (j < n && text[j] == u':')
                ++j;
            if (j < n && !num(j, 2, &om))
                return false;
            if (j < n)
                j += 2;
            if (j != n)
                return false;
            offsetMinutes = sign * (oh * 60 + om);
        } else {
            return false;
        }
    }
    const QDate date(y, mo, d);
    if (!date.isValid() || h > 23 || mi > 59 || s > 60)
        return false;
    *msecs = (date.toJulianDay() - 2440588LL) * 86400000LL + ((h * 60LL + mi - offsetMinutes) * 60 + s) * 1000 + ms;
    return true;
}

} // namespace EdxLoader
