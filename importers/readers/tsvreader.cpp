#include "tsvreader.h"

#include "lineloop.h"
#include "stageclock.h"
#include "linereader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace EdxLoader {

namespace {

struct Column
{
    QByteArray key;
    QString name;
    ColumnSchema::Type type;
};

// Values exported during the broken month of the exporter's Python 3 port look like b'…'
// (FORMATS.md §2): take the text back out, decoding the \xNN escapes Python wrote.
bool repairBytesLiteral(const QByteArray &value, QByteArray *repaired)
{
    if (value.size() < 3 || !value.startsWith("b'") || !value.endsWith('\''))
        return false;
    const QByteArrayView body(value.constData() + 2, value.size() - 3);
    QByteArray out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const char n = body[++i];
        if (n == 'x' && i + 2 < body.size()) {
            bool ok = false;
            const int byte = QByteArray(body.constData() + i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        switch (n) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        default: out += '\\'; out += n;
        }
    }
    *repaired = out;
    return true;
}

} // namespace

TsvReader::TsvReader(const QString &table, const QByteArray &fileKey, const ColumnSchema &schema)
    : m_table(table)
    , m_fileKey(fileKey)
    , m_schema(schema)
{
}

// Both unescapers write through a raw pointer: the output is never longer than the input, and
// appending byte by byte to a QByteArray dominated the import profile.
QByteArray TsvReader::unescapeMySql(QByteArrayView field)
{
    QByteArray out(field.size(), Qt::Uninitialized);
    char *o = out.data();
    const char *p = field.data();
    const char *end = p + field.size();
    while (p < end) {
        const char c = *p++;
        if (c != '\\' || p == end) {
            *o++ = c;
            continue;
        }
        switch (const char n = *p++) {
        case '\\': *o++ = '\\'; break;
        case 't': *o++ = '\t'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case '0': *o++ = '\0'; break;
        default: // any other \x stays as it is (PIPELINE backslash_decode_value)
            *o++ = '\\';
            *o++ = n;
        }
    }
    out.truncate(o - out.data());
    return out;
}

QByteArray TsvReader::unescapeBackslashes(QByteArrayView field)
{
    QByteArray out(field.size(), Qt::Uninitialized);
    char *o = out.data();
    const char *p = field.data();
    const char *end = p + field.size();
    while (p < end) {
        const char c = *p++;
        *o++ = c;
        if (c == '\\' && p < end && *p == '\\')
            ++p;
    }
    out.truncate(o - out.data());
    return out;
}

bool TsvReader::read(QIODevice *device, ReaderSink &sink, QString *fatal)
{
    LineReader lines(device);
    QByteArray line;
    if (!lines.next(&line)) {
        *fatal = lines.failed() ? TsvReader::tr("Cannot read the file: %1").arg(lines.errorString())
                                : TsvReader::tr("The file is empty: an edX table always starts with a header line");
        return false;
    }
    // CR LF is tolerated only when the whole file uses it, as told by the header line.
    const bool crlf = line.endsWith('\r');
    if (crlf)
        line.chop(1);
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QList<Column> columns;
    for (const QByteArray &name : line.split('\t')) {
        const QString column = QString::fromUtf8(name);
        if (!identifier.match(column).hasMatch()) {
            *fatal = TsvReader::tr("The first line is not a header of column names (found \"%1\"): the file cannot be "
                        "mapped by column name")
                         .arg(column.left(60));
            return false;
        }
        columns.append({name, column, m_schema.type(m_table, column)});
    }
    const bool backslashOnly = m_schema.escaping(m_table) == ColumnSchema::Escaping::Backslash;
    sink.progress(lines.bytesConsumed());

    QList<QByteArrayView> fields;
    const LineTrim trim = crlf ? LineTrim::TrailingCarriageReturn : LineTrim::None;
    QByteArray repairedRow;
    const bool readWhole = forEachLine(lines, sink, trim, 1024, [&](const QByteArray &rawLine, const QByteArray &, qint64 number) {
        // Bytes that are not UTF-8 become U+FFFD, with a warning: a document holds text.
        const QByteArray *row = &rawLine;
        if (!isValidUtf8(rawLine)) {
            sink.warning(invalidUtf8Warning(number, rawLine, firstInvalidUtf8(rawLine)));
            repairedRow = QString::fromUtf8(rawLine).toUtf8();
            row = &repairedRow;
        }
        const QByteArray &line = *row;
        fields.clear();
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line.at(i) == '\t') {
                fields.append(QByteArrayView(line.constData() + start, i - start));
                start = i + 1;
            }
        }
        if (fields.size() != columns.size()) {
            sink.rejected({number, QStringLiteral("ragged-row"),
                           TsvReader::tr("%1 fields where the header has %2 columns").arg(fields.size()).arg(columns.size()), line});
            return true;
        }
        const qint64 parseStarted = StageClock::enabled() ? StageClock::now() : 0;
        Document doc;
        doc.appendObjectId("_id", rowObjectId(m_fileKey, number));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Column &col = columns.at(c);
            const QByteArrayView raw = fields.at(c);
            if (raw == "NULL") {
                doc.appendNull(col.key);
                continue;
            }
            // Only values with an escape or a bytes literal are copied; the rest are views of the line.
            QByteArray owned;
            QByteArrayView value = raw;
            if (raw.contains('\\')) {
                owned = backslashOnly ? unescapeBackslashes(raw) : unescapeMySql(raw);
                value = owned;
            }
            if (value.startsWith("b'")) {
                QByteArray repaired;
                if (repairBytesLiteral(value.toByteArray(), &repaired)) {
                    sink.warning({number, QStringLiteral("bytes-literal"),
                                  TsvReader::tr("Column %1 held a Python bytes literal (exporter bug of Nov 2022); its text was kept")
                                      .arg(col.name),
                                  line});
                    owned = repaired;
                    value = owned;
                }
            }
            if (value.isEmpty() && col.type != ColumnSchema::Type::String) {
                doc.appendNull(col.key);
                continue;
            }
            bool ok = true;
            switch (col.type) {
            case ColumnSchema::Type::String:
                doc.appendUtf8(col.key, value);
                continue;
            case ColumnSchema::Type::Int:
            case ColumnSchema::Type::Flag: {
                const qint64 v = value.toLongLong(&ok);
                ok = ok && (col.type == ColumnSchema::Type::Int || v == 0 || v == 1);
                if (ok)
                    doc.appendInt64(col.key, v);
                break;
            }
            case ColumnSchema::Type::Float: {
                const double v = value.toDouble(&ok);
                if (ok)
                    doc.appendDouble(col.key, v);
                break;
            }
            case ColumnSchema::Type::DateTime: {
                qint64 ms = 0;
                ok = parseIsoDateTime(value, &ms);
                if (ok)
                    doc.appendDate(col.key, ms);
                break;
            }
            }
            if (!ok) { // kept as text, never lost (FORMATS.md §3.9: one bad datetime is no reason to drop a row)
                doc.appendUtf8(col.key, value);
                const QString shown = QString::fromUtf8(value.first(std::min<qsizetype>(80, value.size())));
                sink.warning({number, QStringLiteral("bad-value"),
                              col.type == ColumnSchema::Type::DateTime
                                  ? TsvReader::tr("Column %1: \"%2\" is not a valid date and time; kept as text").arg(col.name, shown)
                                  : TsvReader::tr("Column %1: \"%2\" is not a valid number; kept as text").arg(col.name, shown),
                              line});
            }
        }
        if (parseStarted)
            StageClock::add(StageClock::Parse, StageClock::now() - parseStarted);
        return sink.document(std::move(doc), number);
    });
    if (!readWhole) {
        *fatal = TsvReader::tr("Reading stopped at line %1: %2").arg(lines.lineNumber()).arg(lines.errorString());
        return false;
    }
    return true;
}

} // namespace EdxLoader
