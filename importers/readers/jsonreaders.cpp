#include "jsonreaders.h"

#include "jsonextent.h"
#include "keyescape.h"
#include "lineloop.h"
#include "linereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

namespace EdxLoader {

namespace {

constexpr qsizetype kMaxStructure = qsizetype(512) << 20;

// Parses one JSON document; invalid UTF-8 is replaced (U+FFFD) rather than losing the line.
bool parseLenient(const QByteArray &json, bson_t *out, QString *error, bool *repaired)
{
    bson_error_t e;
    if (bson_init_from_json(out, json.constData(), json.size(), &e))
        return true;
    if (!bson_utf8_validate(json.constData(), size_t(json.size()), false)) {
        const QByteArray fixed = QString::fromUtf8(json).toUtf8();
        if (bson_init_from_json(out, fixed.constData(), fixed.size(), &e)) {
            *repaired = true;
            return true;
        }
    }
    *error = QString::fromUtf8(e.message);
    return false;
}

} // namespace

ForumReader::ForumReader(const QByteArray &fileKey)
    : m_fileKey(fileKey)
{
}

bool ForumReader::read(QIODevice *device, ReaderSink &sink, QString *fatal)
{
    LineReader lines(device);
    const bool readWhole = forEachLine(lines, sink, LineTrim::Whitespace, 256,
                                       [&](const QByteArray &line, const QByteArray &text, qint64 number) {
        // libbson's reader, for the Extended JSON of mongoexport ($oid, $date, $numberLong…).
        bson_t parsed;
        QString error;
        bool repaired = false;
        if (!parseLenient(text, &parsed, &error, &repaired)) {
            // As for tracking logs: another JSON value than an object, text that is no JSON,
            // cut short, more text after a complete object, or invalid.
            if (!text.startsWith('{')) {
                if (m_json.isValue(text))
                    sink.rejected({number, QStringLiteral("not-an-object"),
                                   tr("A JSON value that is not an object: a forum post is one JSON object"), line});
                else
                    sink.rejected({number, QStringLiteral("not-json"), tr("No JSON object on this line"), line});
                return true;
            }
            const JsonExtent extent = jsonExtent(text);
            const QString reason = extent.kind == JsonExtent::Unterminated ? QStringLiteral("truncated")
                                   : extent.kind == JsonExtent::Trailing   ? QStringLiteral("trailing-data")
                                                                           : QStringLiteral("not-json");
            sink.rejected({number, reason, error, line});
            return true;
        }
        if (repaired)
            sink.warning(invalidUtf8Warning(number, line, line.indexOf(text) + firstInvalidUtf8(text)));
        Document doc;
        if (!bson_has_field(&parsed, "_id"))
            doc.appendObjectId("_id", rowObjectId(m_fileKey, number));
        const int repeated = appendEscaped(doc.bson(), &parsed);
        bson_destroy(&parsed);
        if (repeated)
            sink.warning({number, QStringLiteral("duplicate-key"),
                          tr("%n key(s) repeated in an object: the last value was kept, as JSON readers do", nullptr,
                             repeated),
                          line});
        return sink.document(std::move(doc), number);
    });
    if (!readWhole) {
        *fatal = tr("Reading stopped at line %1: %2").arg(lines.lineNumber()).arg(lines.errorString());
        return false;
    }
    return true;
}

QString CourseStructureReader::blockId(const QString &usageKey)
{
    const qsizetype at = usageKey.lastIndexOf(QLatin1String("block@"));
    if (at >= 0)
        return usageKey.mid(at + 6);
    return usageKey.section(QLatin1Char('/'), -1);
}

bool CourseStructureReader::read(QIODevice *device, ReaderSink &sink, QString *fatal)
{
    // One JSON object, parsed into one tree: it is read whole (a course's structure is a few MB;
    // the largest edX courses stay under 100 MB), in chunks so that progress shows, and refused
    // beyond kMaxStructure rather than taking all the memory. (A device that fails midway is
    // reported by the import from the layer below: GnuPG, gzip.)
    QByteArray all;
    for (;;) {
        const QByteArray chunk = device->read(1 << 20);
        if (chunk.isEmpty())
            break;
        all += chunk;
        sink.progress(all.size());
        if (all.size() > kMaxStructure) {
            *fatal = tr("The course structure is larger than %1 MB: not a course structure edX writes")
                         .arg(kMaxStructure >> 20);
            return false;
        }
    }
    const qsizetype start = all.indexOf('{');
    if (start < 0) {
        *fatal = CourseStructureReader::tr("No JSON object in the file");
        return false;
    }
    if (!all.left(start).trimmed().isEmpty())
        sink.warning({1, QStringLiteral("leading-text"),
                      CourseStructureReader::tr("%n byte(s) before the JSON object were ignored", nullptr, int(start)), all.left(start)});
    bson_t root;
    QString error;
    bool repaired = false;
    if (!parseLenient(all.mid(start), &root, &error, &repaired)) {
        *fatal = CourseStructureReader::tr("The course structure is not valid JSON: %1").arg(error);
        return false;
    }

    struct Block
    {
        QString key;
        QString category;
        QString displayName;
        bool hasDisplayName = false;
        QStringList children;
        const uint8_t *data = nullptr; // the block's object, inside root (a bson_iter_t is not
        uint32_t length = 0;           // kept: it asks for an alignment containers do not give)
        bool valid = false;
        int repeats = 0; // keys repeated in the block (the last value is kept)
    };
    QList<Block> blocks;
    QHash<QString, int> indexOf;
    bson_iter_t it;
    bson_iter_init(&it, &root);
    int repeatedBlocks = 0;
    while (bson_iter_next(&it)) {
        Block b;
        b.key = QString::fromUtf8(bson_iter_key(&it), bson_iter_key_len(&it));
        b.valid = BSON_ITER_HOLDS_DOCUMENT(&it);
        if (b.valid) {
            bson_iter_document(&it, &b.length, &b.data);
            bson_iter_t field;
            if (bson_iter_recurse(&it, &field)) {
                // A key given twice counts once, with its last value (as Python's json reads it).
                bool seenCategory = false, seenChildren = false;
                while (bson_iter_next(&field)) {
                    const QByteArrayView k(bson_iter_key(&field));
                    if (k == "category") {
                        b.repeats += seenCategory;
                        seenCategory = true;
                        b.category = BSON_ITER_HOLDS_UTF8(&field) ? QString::fromUtf8(bson_iter_utf8(&field, nullptr))
                                                                  : QString();
                    } else if (k == "children") {
                        b.repeats += seenChildren;
                        seenChildren = true;
                        b.children.clear();
                        bson_iter_t c;
                        if (BSON_ITER_HOLDS_ARRAY(&field) && bson_iter_recurse(&field, &c)) {
                            while (bson_iter_next(&c)) {
                                if (BSON_ITER_HOLDS_UTF8(&c))
                                    b.children << QString::fromUtf8(bson_iter_utf8(&c, nullptr));
                            }
                        }
                    } else if (k == "metadata") {
                        // (a repeated metadata is counted when the fields are copied)
                        b.displayName.clear();
                        b.hasDisplayName = false;
                        bson_iter_t m;
                        if (BSON_ITER_HOLDS_DOCUMENT(&field) && bson_iter_recurse(&field, &m)) {
                            // the last display_name, should it be given twice
                            while (bson_iter_next(&m)) {
                                if (QByteArrayView(bson_iter_key(&m)) == "display_name" && BSON_ITER_HOLDS_UTF8(&m)) {
                                    b.displayName = QString::fromUtf8(bson_iter_utf8(&m, nullptr));
                                    b.hasDisplayName = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        // A block id given twice: its last value, in the place of the first.
        if (const auto earlier = indexOf.constFind(b.key); earlier != indexOf.cend()) {
            ++repeatedBlocks;
            blocks[earlier.value()] = b;
            continue;
        }
        indexOf.insert(b.key, int(blocks.size()));
        blocks.append(b);
    }
    if (repeatedBlocks)
        sink.warning({1, QStringLiteral("duplicate-key"),
                      CourseStructureReader::tr("%n block id(s) given twice: the last value of each was kept", nullptr,
                                                repeatedBlocks),
                      {}});

    // parent of each block and its position among the parent's children
    QList<std::pair<int, int>> parent(blocks.size(), {-1, -1});
    for (int p = 0; p < blocks.size(); ++p) {
        for (int pos = 0; pos < blocks[p].children.size(); ++pos) {
            const int child = indexOf.value(blocks[p].children[pos], -1);
            if (child < 0) {
                sink.warning({p + 1, QStringLiteral("missing-child"),
                              CourseStructureReader::tr("Block %1 lists the child %2, which is not in the file")
                                  .arg(blocks[p].key, blocks[p].children[pos]),
                              {}});
                continue;
            }
            if (parent[child].first < 0)
                parent[child] = {p, pos};
        }
    }

    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        const qint64 line = i + 1; // "line" of a block: its position in the file
        if (!b.valid) {
            sink.rejected({line, QStringLiteral("not-a-block"), CourseStructureReader::tr("The value of %1 is not an object").arg(b.key),
                           b.key.toUtf8()});
            continue;
        }
        Document doc;
        doc.appendString("_id", b.key);
        doc.appendString("block_id", blockId(b.key));
        doc.appendString("category", b.category);
        Document children;
        for (int c = 0; c < b.children.size(); ++c)
            children.appendString(QByteArray::number(c), b.children[c]);
        doc.appendArray("children", children);
        // The block's other fields, keys escaped and repeats dropped at every depth.
        bson_t block, rest = BSON_INITIALIZER;
        bool hasMetadata = false;
        bson_iter_t field;
        if (bson_init_static(&block, b.data, b.length) && bson_iter_init(&field, &block)) {
            while (bson_iter_next(&field)) {
                const QByteArrayView k(bson_iter_key(&field), bson_iter_key_len(&field));
                if (k == "category" || k == "children")
                    continue;
                hasMetadata |= k == "metadata";
                bson_append_iter(&rest, k.data(), int(k.size()), &field);
            }
        }
        const int repeats = b.repeats + appendEscaped(doc.bson(), &rest);
        bson_destroy(&rest);
        if (repeats)
            sink.warning({line, QStringLiteral("duplicate-key"),
                          CourseStructureReader::tr("%n key(s) repeated in an object: the last value was kept, as JSON "
                                                    "readers do",
                                                    nullptr, repeats),
                          b.key.toUtf8()});
        if (!hasMetadata)
            doc.appendDocument("metadata", Document());
        // parent_data: every ancestor from the course down (ANCHORS.md §1.3, without its bugs).
        QList<std::pair<int, int>> chain;
        for (auto p = parent[i]; p.first >= 0 && chain.size() < blocks.size(); p = parent[p.first])
            chain.prepend(p);
        if (chain.isEmpty() && b.category != QLatin1String("course"))
            sink.warning({line, QStringLiteral("orphan-block"), CourseStructureReader::tr("No block lists %1 as a child").arg(b.key), {}});
        // One entry per category; when a category repeats (nested verticals), the nearest wins.
        QList<QByteArray> categories;
        QHash<QByteArray, std::pair<int, int>> nearest;
        for (const auto &step : std::as_const(chain)) {
            const QByteArray category = escapeKey(blocks[step.first].category.toUtf8());
            if (!nearest.contains(category))
                categories << category;
            nearest.insert(category, step);
        }
        Document parentData;
        for (const QByteArray &category : std::as_const(categories)) {
            const auto [ancestor, position] = nearest.value(category);
            const Block &a = blocks[ancestor];
            parentData.appendInt64(QByteArray(category + "_order"), position);
            parentData.appendString(QByteArray(category + "_id"), blockId(a.key));
            if (a.hasDisplayName)
                parentData.appendString(QByteArray(category + "_display_name"), a.displayName);
            else
                parentData.appendNull(QByteArray(category + "_display_name"));
        }
        doc.appendDocument("parent_data", parentData);
        if (!sink.document(std::move(doc), line))
            break;
    }
    bson_destroy(&root);
    return true;
}

} // namespace EdxLoader
