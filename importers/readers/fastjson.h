#pragma once

#include <QByteArray>
#include <QString>

#include "jsontext.h"

#include <bson/bson.h>
#include <simdjson.h>

#include <memory>
#include <string_view>
#include <vector>

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
    // Keys the last appendObject found repeated within one object (the last value was kept);
    // for the text route, those of the last parseMembers and the writeValue calls since.
    int duplicateKeys() const;

    // The text route (the embedded store keeps JSON text: no BSON in between). parseMembers
    // parses one JSON object and gives its members — a repeated key once, in its first place with
    // its last value, as appendObject — which stay valid until this parser parses again;
    // writeValue writes a value as the store's text with its keys escaped at every depth, the
    // same bytes appendObject then Document::writeRelaxedJson give; writeKey one key so.
    struct Member
    {
        std::string_view key;
        simdjson::dom::element value;
    };
    bool parseMembers(QByteArrayView json, std::vector<Member> *members, QString *error, bool *incomplete = nullptr);
    bool writeValue(JsonText::Out &out, simdjson::dom::element value, QString *error);
    // One value appended to BSON as appendObject appends a member (keys escaped, repeats counted).
    bool appendValue(bson_t *out, std::string_view key, simdjson::dom::element value, QString *error);
    static void writeKey(JsonText::Out &out, std::string_view key);

private:
    bool parseObject(QByteArrayView json, simdjson::dom::object *object, QString *error, bool *incomplete);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EdxLoader
