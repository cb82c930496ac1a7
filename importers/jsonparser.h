#pragma once

#include <QByteArray>
#include <QString>

#include <bson/bson.h>

namespace EdxLoader {

// Parses one JSON document (Extended JSON included) per call into BSON, reusing one libbson
// reader: bson_init_from_json() allocates and zeroes a ~50 KB reader for every call, which was a
// quarter of the tracking-log import's instructions.
class JsonParser
{
public:
    JsonParser();
    ~JsonParser();
    JsonParser(const JsonParser &) = delete;
    JsonParser &operator=(const JsonParser &) = delete;

    // out must be initialised (bson_init); on success it holds the document. Bytes that are not
    // UTF-8 are replaced by U+FFFD and *repaired set, rather than losing the line.
    bool parse(QByteArrayView json, bson_t *out, QString *error, bool *repaired = nullptr);

private:
    bool parseOnce(QByteArrayView json, bson_t *out, QString *error);
    bson_json_reader_t *m_reader = nullptr;
};

} // namespace EdxLoader
