#include "fastjson.h"

#include "keyescape.h"

#include <simdjson.h>

#include <QCoreApplication>
#include <QVarLengthArray>

#include <charconv>
#include <unordered_map>
#include <unordered_set>

namespace EdxLoader {

struct FastJson::Private
{
    simdjson::dom::parser parser;
    int duplicates = 0;
};

namespace {

// Deep enough for any real event (FORMATS.md §6.8: 6–8 levels); deeper input is refused rather
// than risking the stack.
constexpr int kMaxDepth = 200;

bool appendValue(bson_t *out, const char *key, int keyLength, simdjson::dom::element value, int depth, int *duplicates);

bool appendMember(bson_t *out, std::string_view k, simdjson::dom::element value, int depth, int *duplicates)
{
    const QByteArrayView key(k.data(), qsizetype(k.size()));
    if (keyNeedsEscape(key)) {
        const QByteArray escaped = escapeKey(key);
        return appendValue(out, escaped.constData(), int(escaped.size()), value, depth, duplicates);
    }
    return appendValue(out, k.data(), int(k.size()), value, depth, duplicates);
}

// The members of an object with a repeated key once, in its first place with its last value (as
// appendMembers below writes them); adds the repeats to *duplicates.
template<typename Sink>
void dedupedMembers(simdjson::dom::object object, int *duplicates, Sink &&sink)
{
    QVarLengthArray<std::pair<std::string_view, simdjson::dom::element>, 32> fields;
    for (const auto field : object)
        fields.append({field.key, field.value});
    const qsizetype n = fields.size();
    bool repeated = false;
    if (n <= 64) {
        for (qsizetype i = 1; i < n && !repeated; ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (fields[i].first == fields[j].first) {
                    repeated = true;
                    break;
                }
            }
        }
    } else {
        std::unordered_set<std::string_view> seen;
        for (const auto &f : fields) {
            if (!seen.insert(f.first).second) {
                repeated = true;
                break;
            }
        }
    }
    if (!repeated) {
        for (const auto &[k, value] : fields) {
            if (!sink(k, value))
                return;
        }
        return;
    }
    std::unordered_map<std::string_view, qsizetype> last; // each key's last occurrence
    for (qsizetype i = 0; i < n; ++i)
        last[fields[i].first] = i;
    std::unordered_set<std::string_view> written;
    for (const auto &[k, value] : fields) {
        if (!written.insert(k).second) {
            ++*duplicates;
            continue;
        }
        if (!sink(k, fields[last[k]].second))
            return;
    }
}

void writeKeyText(JsonText::Out &out, std::string_view k)
{
    const QByteArrayView key(k.data(), qsizetype(k.size()));
    if (keyNeedsEscape(key)) {
        const QByteArray escaped = escapeKey(key);
        JsonText::writeString(out, escaped.constData(), uint32_t(escaped.size()));
    } else {
        JsonText::writeString(out, k.data(), uint32_t(k.size()));
    }
}

bool writeValueText(JsonText::Out &out, simdjson::dom::element value, int depth, int *duplicates)
{
    using simdjson::dom::element_type;
    switch (value.type()) {
    case element_type::OBJECT: {
        if (depth >= kMaxDepth)
            return false;
        out += '{';
        bool first = true, ok = true;
        dedupedMembers(simdjson::dom::object(value), duplicates, [&](std::string_view k, simdjson::dom::element v) {
            if (!first)
                out += ',';
            first = false;
            writeKeyText(out, k);
            out += ':';
            ok = writeValueText(out, v, depth + 1, duplicates);
            return ok;
        });
        out += '}';
        return ok;
    }
    case element_type::ARRAY: {
        if (depth >= kMaxDepth)
            return false;
        out += '[';
        bool first = true;
        for (const simdjson::dom::element item : simdjson::dom::array(value)) {
            if (!first)
                out += ',';
            first = false;
            if (!writeValueText(out, item, depth + 1, duplicates))
                return false;
        }
        out += ']';
        return true;
    }
    case element_type::STRING: {
        const std::string_view s = value.get_string().value_unsafe();
        JsonText::writeString(out, s.data(), uint32_t(s.size()));
        return true;
    }
    case element_type::INT64:
        JsonText::writeInt(out, value.get_int64().value_unsafe());
        return true;
    case element_type::UINT64: // above INT64_MAX: only a double can hold it
        JsonText::writeDouble(out, double(value.get_uint64().value_unsafe()));
        return true;
    case element_type::DOUBLE:
        JsonText::writeDouble(out, value.get_double().value_unsafe());
        return true;
    case element_type::BOOL:
        out += value.get_bool().value_unsafe() ? "true" : "false";
        return true;
    case element_type::NULL_VALUE:
        out += "null";
        return true;
    }
    return false;
}

bool appendMembers(bson_t *out, simdjson::dom::object object, int depth, int *duplicates)
{
    // A key repeated in one object keeps its first place and its last value, as Python's json
    // (the seed's loader) and JavaScript's JSON.parse read it; a document never holds a key twice.
    bool ok = true;
    dedupedMembers(object, duplicates, [&](std::string_view k, simdjson::dom::element value) {
        ok = appendMember(out, k, value, depth, duplicates);
        return ok;
    });
    return ok;
}

bool appendValue(bson_t *out, const char *key, int keyLength, simdjson::dom::element value, int depth, int *duplicates)
{
    using simdjson::dom::element_type;
    switch (value.type()) {
    case element_type::OBJECT: {
        if (depth >= kMaxDepth)
            return false;
        bson_t child;
        if (!bson_append_document_begin(out, key, keyLength, &child))
            return false; // (libbson refuses what BSON cannot hold; child is then not usable)
        const bool ok = appendMembers(&child, simdjson::dom::object(value), depth + 1, duplicates);
        return bson_append_document_end(out, &child) && ok;
    }
    case element_type::ARRAY: {
        if (depth >= kMaxDepth)
            return false;
        bson_t child;
        if (!bson_append_array_begin(out, key, keyLength, &child))
            return false;
        uint32_t i = 0;
        bool ok = true;
        for (const simdjson::dom::element item : simdjson::dom::array(value)) {
            const char *indexKey;
            char buffer[16];
            const size_t n = bson_uint32_to_string(i++, &indexKey, buffer, sizeof buffer);
            if (!appendValue(&child, indexKey, int(n), item, depth + 1, duplicates)) {
                ok = false;
                break;
            }
        }
        return bson_append_array_end(out, &child) && ok;
    }
    case element_type::STRING: {
        const std::string_view s = value.get_string().value_unsafe();
        return bson_append_utf8(out, key, keyLength, s.data(), int(s.size()));
    }
    case element_type::INT64:
        return bson_append_int64(out, key, keyLength, value.get_int64().value_unsafe());
    case element_type::UINT64: // above INT64_MAX: only a double can hold it
        return bson_append_double(out, key, keyLength, double(value.get_uint64().value_unsafe()));
    case element_type::DOUBLE:
        return bson_append_double(out, key, keyLength, value.get_double().value_unsafe());
    case element_type::BOOL:
        return bson_append_bool(out, key, keyLength, value.get_bool().value_unsafe());
    case element_type::NULL_VALUE:
        return bson_append_null(out, key, keyLength);
    }
    return false;
}

QString tooDeep()
{
    return QCoreApplication::translate("EdxLoader::FastJson", "nested deeper than %1 levels, or a number out of range")
        .arg(kMaxDepth);
}

} // namespace

// simdjson's findings in words, in the user's language (its own messages are English, some
// with its error codes).
QString FastJson::describe(int code)
{
    const char *text = nullptr;
    switch (simdjson::error_code(code)) {
    case simdjson::UNCLOSED_STRING: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "a string is never closed"); break;
    case simdjson::TAPE_ERROR: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "the brackets and braces do not match, or a value is missing"); break;
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "an object or an array is never closed"); break;
    case simdjson::STRING_ERROR: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "a string holds a bad escape or a control character"); break;
    case simdjson::UTF8_ERROR: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "the text is not valid UTF-8"); break;
    case simdjson::NUMBER_ERROR: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "a number is not written as JSON writes numbers"); break;
    case simdjson::BIGINT_ERROR: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "a number is too large"); break;
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "a word that is not true, false or null"); break;
    case simdjson::DEPTH_ERROR: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "nested too deeply"); break;
    case simdjson::EMPTY: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "nothing but spaces"); break;
    case simdjson::UNESCAPED_CHARS: text = QT_TRANSLATE_NOOP("EdxLoader::FastJson", "a string holds a raw control character"); break;
    default:
        return QCoreApplication::translate("EdxLoader::FastJson", "not valid JSON (%1)")
            .arg(QString::fromLatin1(simdjson::error_message(simdjson::error_code(code))));
    }
    return QCoreApplication::translate("EdxLoader::FastJson", text);
}

FastJson::FastJson()
    : d(std::make_unique<Private>())
{
}

FastJson::~FastJson() = default;

// Parses json, which must be one object (error and incomplete say why not); the repeat count
// starts again.
bool FastJson::parseObject(QByteArrayView json, simdjson::dom::object *object, QString *error, bool *incomplete)
{
    simdjson::dom::element root;
    const auto rc = d->parser.parse(json.data(), size_t(json.size()), true).get(root);
    if (rc != simdjson::SUCCESS) {
        *error = describe(rc);
        if (incomplete)
            *incomplete = rc == simdjson::TAPE_ERROR || rc == simdjson::UNCLOSED_STRING
                          || rc == simdjson::INCOMPLETE_ARRAY_OR_OBJECT;
        return false;
    }
    if (!root.is_object()) {
        *error = QCoreApplication::translate("EdxLoader::FastJson", "not a JSON object");
        return false;
    }
    d->duplicates = 0;
    *object = simdjson::dom::object(root);
    return true;
}

bool FastJson::appendObject(QByteArrayView json, bson_t *out, QString *error, bool *incomplete)
{
    simdjson::dom::object object;
    if (!parseObject(json, &object, error, incomplete))
        return false;
    if (!appendMembers(out, object, 0, &d->duplicates)) {
        *error = tooDeep();
        return false;
    }
    return true;
}

bool FastJson::parseMembers(QByteArrayView json, std::vector<Member> *members, QString *error, bool *incomplete)
{
    members->clear();
    simdjson::dom::object object;
    if (!parseObject(json, &object, error, incomplete))
        return false;
    dedupedMembers(object, &d->duplicates, [members](std::string_view k, simdjson::dom::element v) {
        members->push_back({k, v});
        return true;
    });
    return true;
}

bool FastJson::writeValue(JsonText::Out &out, simdjson::dom::element value, QString *error)
{
    if (writeValueText(out, value, 0, &d->duplicates)) // (a member's value: depth 0, as in appendObject)
        return true;
    *error = tooDeep();
    return false;
}

bool FastJson::appendValue(bson_t *out, std::string_view key, simdjson::dom::element value, QString *error)
{
    if (appendMember(out, key, value, 0, &d->duplicates))
        return true;
    *error = tooDeep();
    return false;
}

void FastJson::writeKey(JsonText::Out &out, std::string_view key)
{
    writeKeyText(out, key);
}

bool FastJson::isValue(QByteArrayView text)
{
    simdjson::dom::element root;
    return d->parser.parse(text.data(), size_t(text.size()), true).get(root) == simdjson::SUCCESS;
}

int FastJson::duplicateKeys() const
{
    return d->duplicates;
}

} // namespace EdxLoader
