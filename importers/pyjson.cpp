#include "pyjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace EdxLoader {

namespace {

void appendHex4(QByteArray &out, char16_t unit)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(unit >> shift) & 0xf];
}

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
    out += '"';
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20 || u > 0x7e)
                appendHex4(out, u);
            else
                out += char(u);
        }
    }
    out += '"';
}

QByteArray pyJsonDumps(const QJsonValue &value, const PyJsonStyle &style)
{
    QByteArray out;
    write(out, value, style, 0);
    return out;
}

} // namespace EdxLoader
