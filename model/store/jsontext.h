#pragma once

// The relaxed Extended JSON text the embedded store keeps (docs/embedded-store.md), in pieces:
// what Document::writeRelaxedJson writes a document with, for code that writes documents as text
// straight from their source (the tracking reader) and must give the same bytes.

#include <QtGlobal>

#include <bson/bson.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

namespace EdxLoader::JsonText {

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

// A JSON string, escaped as the store writes it (control characters as \u00XX, '"' and '\\').
void writeString(Out &out, const char *s, uint32_t length);
// A double that reads back as a double (always a fraction or an exponent; NaN and infinities as
// {"$numberDouble": …}).
void writeDouble(Out &out, double d);
void writeInt(Out &out, qint64 v);
void writeIso(Out &out, qint64 msecs); // "2016-03-01T10:00:00.000Z"
void writeDate(Out &out, qint64 msecs); // {"$date":"…"}, or {"$date":{"$numberLong":"…"}} outside 1970–9999
void writeObjectId(Out &out, const bson_oid_t *oid); // {"$oid":"…"}

} // namespace EdxLoader::JsonText
