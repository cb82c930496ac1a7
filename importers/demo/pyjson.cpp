#include "pyjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace EdxLoader {

namespace {

void appendNumber(QByteArray &out, double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
        out += QByteArray::number(qint64(d));
    else
        out += QByteArray::number(d, 'g', 17);
}

void write(QByteArray &out, const QJsonValue &v, const PyJsonStyle &style, int depth)
{
    const bool pretty = style.indent >= 0;
    auto newline = [&](int level) {
        out += '\n';
        out += QByteArray(level * style.indent, ' ');
    };
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, v.toDouble());
        break;
    case QJsonValue::String:
        pyJsonAppendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            break;
        }
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out += pretty ? (style.trailingSpace ? ", " : ",") : ", ";
            if (pretty)
                newline(depth + 1);
            write(out, a.at(i), style, depth + 1);
        }
        if (pretty)
            newline(depth);
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject(); // QJsonObject iterates in sorted key order
        if (o.isEmpty()) {
            out += "{}";
            break;
        }
        out += '{';
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out += pretty ? (style.trailingSpace ? ", " : ",") : ", ";
            first = false;
            if (pretty)
                newline(depth + 1);
            pyJsonAppendString(out, it.key());
            out += ": ";
            write(out, it.value(), style, depth + 1);
        }
        if (pretty)
            newline(depth);
        out += '}';
        break;
    }
    }
}

} // namespace

void pyJsonAppendString(QByteArray &out, QStringView text)
{
    // Escapes into a small stack buffer and appends it in chunks: appending byte by byte to the
    // QByteArray dominated the demo generator's profile.
    char buf[512];
    int n = 0;
    buf[n++] = '"';
    static const char digits[] = "0123456789abcdef";
    for (const QChar ch : text) {
        if (n > int(sizeof buf) - 8) {
            out.append(buf, n);
            n = 0;
        }
        const char16_t u = ch.unicode();
        if (u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\') {
            buf[n++] = char(u);
            continue;
        }
        buf[n++] = '\\';
        switch (u) {
        case u'"': buf[n++] = '"'; break;
        case u'\\': buf[n++] = '\\'; break;
        case u'\n': buf[n++] = 'n'; break;
        case u'\r': buf[n++] = 'r'; break;
        case u'\t': buf[n++] = 't'; break;
        case u'\b': buf[n++] = 'b'; break;
        case u'\f': buf[n++] = 'f'; break;
        default:
            buf[n++] = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                buf[n++] = digits[(u >> shift) & 0xf];
        }
    }
    buf[n++] = '"';
    out.append(buf, n);
}

QByteArray pyJsonDumps(const QJsonValue &value, const PyJsonStyle &style)
{
    QByteArray out;
    out.reserve(1024);
    write(out, value, style, 0);
    return out;
}

} // namespace EdxLoader

namespace EdxLoader {

PyJsonObject &PyJsonObject::str(QStringView key, QStringView value)
{
    if (m_bytes.size() > 1)
        m_bytes += ", ";
    pyJsonAppendString(m_bytes, key);
    m_bytes += ": ";
    pyJsonAppendString(m_bytes, value);
    return *this;
}

PyJsonObject &PyJsonObject::obj(QStringView key, const PyJsonObject &value)
{
    if (m_bytes.size() > 1)
        m_bytes += ", ";
    pyJsonAppendString(m_bytes, key);
    m_bytes += ": ";
    m_bytes += value.bytes();
    return *this;
}

PyJsonObject &PyJsonObject::real(const char *key, double value)
{
    open(key);
    appendNumber(m_bytes, value);
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        m_bytes += ".0"; // Python's repr of a float
    return *this;
}

} // namespace EdxLoader
