#pragma once

#include <QByteArray>
#include <QString>

#include <bson/bson.h>

#include <memory>

namespace EdxLoader {

// Plain JSON (no Extended JSON) to BSON through simdjson, escaping keys MongoDB cannot store on
// the way (keyescape.h). Tracking-log lines go through here: libbson's own JSON reader zeroes a
// ~26 KB structure for every document, which cost more than everything else together.
class FastJson
{
public:
    FastJson();
    ~FastJson();
    // A simdjson error code in words (translated).
    static QString describe(int code);
    FastJson(const FastJson &) = delete;
    FastJson &operator=(const FastJson &) = delete;

    // Appends the members of the JSON object in json to out. False when json is not one
    // valid JSON object (error says why; a cut-short text says "incomplete").
    bool appendObject(QByteArrayView json, bson_t *out, QString *error, bool *incomplete = nullptr);
    // Whether text is one valid JSON value of any kind (an object, an array, a string, …).
    bool isValue(QByteArrayView text);
    // Keys the last appendObject found repeated within one object (the last value was kept).
    int duplicateKeys() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EdxLoader
