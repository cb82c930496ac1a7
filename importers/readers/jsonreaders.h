#pragma once

#include <QCoreApplication>

#include "fastjson.h"
#include "readersink.h"

class QIODevice;

namespace EdxLoader {

// The forum dump "{course}-{site}.mongo": one mongoexport document per line, in any of the
// Extended JSON dialects mongoexport wrote over the years (FORMATS.md §4.1); $oid and $date
// become real ObjectIds and dates.
class ForumReader
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::ForumReader)

public:
    explicit ForumReader(const QByteArray &fileKey);
    bool read(QIODevice *device, ReaderSink &sink, QString *fatal);

private:
    QByteArray m_fileKey;
    FastJson m_json; // what a line that is no object holds
};

// "{course}-course_structure-{site}-analytics.json": one JSON object for the whole course, one
// document per block (PRODUCT.md §5): _id = the full usage key, block_id, category, children,
// metadata and McGillX-compatible parent_data for every ancestor.
class CourseStructureReader
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::CourseStructureReader)

public:
    bool read(QIODevice *device, ReaderSink &sink, QString *fatal);
    static QString blockId(const QString &usageKey); // the last part: "abc" of …+block@abc or i4x://…/abc
};

} // namespace EdxLoader
