#include "jsonparser.h"

namespace EdxLoader {

JsonParser::JsonParser() = default;

JsonParser::~JsonParser()
{
    if (m_reader)
        bson_json_reader_destroy(m_reader);
}

bool JsonParser::parseOnce(QByteArrayView json, bson_t *out, QString *error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool fresh = !m_reader;
        if (!m_reader)
            m_reader = bson_json_data_reader_new(true, 0x10000); // many documents, one per call
        bson_json_data_reader_ingest(m_reader, reinterpret_cast<const uint8_t *>(json.data()), size_t(json.size()));
        bson_error_t e{};
        const int rc = bson_json_reader_read(m_reader, out, &e);
        if (rc == 1)
            return true;
        *error = rc == 0 ? QStringLiteral("Incomplete JSON") : QString::fromUtf8(e.message);
        // After an error the reader's state is unknown (text left over from an earlier line
        // would be blamed on this one): start afresh, and try this line once more on its own.
        bson_json_reader_destroy(m_reader);
        m_reader = nullptr;
        bson_reinit(out);
        if (fresh)
            break;
    }
    return false;
}

bool JsonParser::parse(QByteArrayView json, bson_t *out, QString *error, bool *repaired)
{
    if (parseOnce(json, out, error))
        return true;
    if (!bson_utf8_validate(json.data(), size_t(json.size()), false)) {
        const QByteArray fixed = QString::fromUtf8(json).toUtf8();
        QString second;
        if (parseOnce(fixed, out, &second)) {
            if (repaired)
                *repaired = true;
            return true;
        }
    }
    return false;
}

} // namespace EdxLoader
