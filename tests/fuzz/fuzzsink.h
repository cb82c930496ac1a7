#pragma once
// What the fuzz harnesses hand readers: counts everything and checks the reader's own promise,
// read = documents + rejected + skipped, never more lines accounted for than were given.
#include "readersink.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

namespace EdxLoader::Fuzz {

class CountingSink final : public ReaderSink
{
public:
    bool document(Document &&doc, qint64) override
    {
        // Every document must serialise: what the store would do next.
        std::string json;
        doc.writeRelaxedJson(json);
        if (json.empty())
            std::abort();
        ++documents;
        return true;
    }
    void rejected(Rejection &&) override { ++rejections; }
    void skipped(qint64, const QString &) override { ++skips; }
    void warning(Rejection &&) override {}
    void progress(qint64) override {}
    qint64 documents = 0, rejections = 0, skips = 0;
};

// Lines a LineReader finds in text: LF-terminated ones and a last one without LF.
inline qint64 lineCount(const QByteArray &text)
{
    return text.count('\n') + (!text.isEmpty() && !text.endsWith('\n') ? 1 : 0);
}

// The promise of every reader: each line is a document, a rejection or a skip — none lost,
// none counted twice (a header line aside).
inline void checkAccounting(const CountingSink &sink, qint64 lines)
{
    if (sink.documents + sink.rejections + sink.skips != lines)
        std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace EdxLoader::Fuzz
