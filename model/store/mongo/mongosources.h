#pragma once

#include "document.h"
#include "mongodriver.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <vector>

namespace EdxLoader {

// The side records of one write transaction in _edxloader_sources (docs/mongodb.md, step 2):
// {c: collection, f: file, t: token, ids: […]} lists the documents of a file whose _id is not in
// the file's range of deterministic ids (forum posts, course blocks…), so that a later import
// of the file finds them again. A record is written before the documents it lists, so that
// whatever part of a batch reaches the server can be found again after a crash.
class MongoSources
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::MongoStore)

public:
    explicit MongoSources(const Mongo::WriteContext &context);

    // Records the documents of sourceFile about to be inserted into target that its range does
    // not cover; records: the _ids of the records written (for forget()).
    Status record(const QString &target, const QString &sourceFile, const std::vector<Document> &documents,
                  QList<bson_oid_t> *records);
    // Takes the documents at the indexes found (duplicates: already there, someone else's) out of
    // the records just written.
    Status forget(const QList<bson_oid_t> &records, const std::vector<Document> &documents, const QList<int> &found);
    // Removes what sourceFile put in target — its range of ids and its recorded documents — and
    // then its records: how many documents. keepAlive is called between batches of a long removal.
    Result<qint64> removeFile(const QString &target, const QString &sourceFile,
                              const std::function<void()> &keepAlive);
    // At commit, once the new content built under staging has been renamed over collection: its
    // records take the collection's name and those of the replaced content go.
    Status replaced(const QString &staging, const QString &collection);

private:
    void ensureIndex();
    Status write(mongoc_collection_t *sources, bson_t *record, const bson_oid_t &id, QList<bson_oid_t> *records);
    Result<qint64> removeRange(mongoc_collection_t *target, const QString &sourceFile);
    Result<qint64> removeRecorded(mongoc_collection_t *target, const bson_t *query,
                                  const std::function<void()> &keepAlive);

    const Mongo::WriteContext &m_context;
    bool m_indexed = false;
};

} // namespace EdxLoader
