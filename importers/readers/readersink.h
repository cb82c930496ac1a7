#pragma once

#include "documentstore.h" // rowObjectId

#include "document.h"

#include <QByteArray>
#include <QString>

namespace EdxLoader {

// One line or row that did not become a document, or became one with a caveat (a warning).
struct Rejection
{
    qint64 line = 0;    // 1-based line number in the file (for a course structure: the block's line)
    QString reason;     // a class: "ragged-row", "not-json", "truncated", "bad-value", …
    QString message;    // for people, names the column or field when there is one
    QByteArray raw;     // the complete raw text
};

// What a reader hands its results to. read = documents + rejected + skipped, per file.
class ReaderSink
{
public:
    virtual ~ReaderSink() = default;
    virtual bool document(Document &&doc, qint64 line) = 0; // false: stop (cancelled or failed)
    virtual void rejected(Rejection &&r) = 0;
    virtual void skipped(qint64 line, const QString &reason) = 0;
    virtual void warning(Rejection &&r) = 0; // imported, but the value needed a decision
    virtual void progress(qint64 bytesRead) = 0;
};


} // namespace EdxLoader
