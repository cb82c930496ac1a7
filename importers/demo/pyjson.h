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

namespace EdxLoader {

// Builds one JSON object in insertion order with Python's separators, straight into bytes. The
// demo generator writes hundreds of thousands of events a second through this; building
// QJsonObjects first cost more than compressing the result.
class PyJsonObject
{
public:
    PyJsonObject() { m_bytes.reserve(256), m_bytes += '{'; }

    PyJsonObject &str(const char *key, QStringView value) { return open(key), pyJsonAppendString(m_bytes, value), *this; }
    PyJsonObject &str(QStringView key, QStringView value);
    PyJsonObject &num(const char *key, qint64 value) { return open(key), m_bytes += QByteArray::number(value), *this; }
    PyJsonObject &real(const char *key, double value);
    PyJsonObject &boolean(const char *key, bool value) { return open(key), m_bytes += value ? "true" : "false", *this; }
    PyJsonObject &null(const char *key) { return open(key), m_bytes += "null", *this; }
    PyJsonObject &raw(const char *key, const QByteArray &json) { return open(key), m_bytes += json, *this; }
    PyJsonObject &obj(const char *key, const PyJsonObject &value) { return raw(key, value.bytes()); }
    PyJsonObject &obj(QStringView key, const PyJsonObject &value);

    QByteArray bytes() const { return m_bytes + '}'; }
    QString text() const { return QString::fromLatin1(bytes()); } // ASCII by construction

private:
    void open(const char *key)
    {
        if (m_bytes.size() > 1)
            m_bytes += ", ";
        m_bytes += '"';
        m_bytes += key;
        m_bytes += "\": ";
    }
    QByteArray m_bytes;
};

} // namespace EdxLoader
