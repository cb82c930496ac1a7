#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <bson/bson.h>

#include <string>
#include <variant>

namespace EdxLoader {

struct ObjectId
{
    bson_oid_t oid{};
    QString toHex() const;
    static bool fromHex(QStringView hex, ObjectId *out);
    bool operator==(const ObjectId &o) const { return bson_oid_equal(&oid, &o.oid); }
};

struct DateTime
{
    qint64 msecs = 0; // since the Unix epoch, UTC
    bool operator==(const DateTime &o) const { return msecs == o.msecs; }
    bool operator<(const DateTime &o) const { return msecs < o.msecs; }
};

// A scalar value as filters and distinct() see it.
using Value = std::variant<std::monostate, bool, qint64, double, QString, DateTime, ObjectId>;
QString valueToJson(const Value &v); // relaxed Extended JSON of one value

// One typed, ordered document shared by every store (ARCHITECTURE.md §3): a BSON document, so
// that dates, ObjectIds, 64-bit integers, nulls, nested objects and arrays keep their types. The
// embedded store keeps its relaxed Extended JSON v2 text (writeRelaxedJson); MongoDB gets the
// BSON itself. Integer width is not significant: relaxed JSON cannot tell a small int64 from an
// int32, so both stores treat integers as 64-bit values.
class Document
{
public:
    Document();
    ~Document();
    Document(Document &&other) noexcept;
    Document &operator=(Document &&other) noexcept;
    Document(const Document &other);
    Document &operator=(const Document &other);

    static Document fromBson(const uint8_t *data, size_t length);
    // Parses JSON or MongoDB Extended JSON (v1 shell-less forms and v2 canonical/relaxed).
    static bool fromJson(QByteArrayView json, Document *out, QString *error);

    bson_t *bson() { return &m_bson; }
    const bson_t *bson() const { return &m_bson; }
    bool isEmpty() const { return bson_count_keys(&m_bson) == 0; }

    // Appenders (keys are UTF-8; the caller escapes keys MongoDB cannot store).
    void appendString(QByteArrayView key, QStringView value);
    void appendUtf8(QByteArrayView key, QByteArrayView utf8);
    void appendInt64(QByteArrayView key, qint64 value);
    void appendDouble(QByteArrayView key, double value);
    void appendBool(QByteArrayView key, bool value);
    void appendNull(QByteArrayView key);
    void appendDate(QByteArrayView key, qint64 msecs);
    void appendObjectId(QByteArrayView key, const ObjectId &oid);
    void appendDocument(QByteArrayView key, const Document &doc);
    void appendArray(QByteArrayView key, const Document &array); // keys "0", "1", … in order
    void appendValue(QByteArrayView key, const Value &value);

    // Reading: dotted paths ("context.course_id"); returns monostate when absent or not scalar.
    Value value(const char *path) const;
    QString string(const char *path) const;

    // Relaxed Extended JSON v2, compact: dates as {"$date":"…mmmZ"} always with milliseconds so
    // that text order is time order; ObjectIds as {"$oid":"…"}; doubles always with a fraction.
    QByteArray toRelaxedJson() const;
    // A store may encode a document ahead of writing it, on another thread
    // (WriteTransaction::prepare); the embedded store keeps its JSON text here.
    std::string &encoded() { return m_encoded; }
    const std::string &encoded() const { return m_encoded; }
    void writeRelaxedJson(QByteArray &out) const;
    void writeRelaxedJson(std::string &out) const; // the fast path of the stores

private:
    bson_t m_bson;
    std::string m_encoded;
};

// Appends the relaxed JSON of the value the iterator points at.
void writeRelaxedJsonValue(QByteArray &out, const bson_iter_t *it);
QByteArray isoMillis(qint64 msecs); // "2016-03-01T10:00:00.000Z"
bool parseIsoDateTime(QStringView text, qint64 *msecs); // every variant of FORMATS.md §6.5
bool parseIsoDateTime(QByteArrayView latin1, qint64 *msecs);

} // namespace EdxLoader
