#pragma once

#include "document.h"
#include "encodedbatch.h"
#include "query.h"
#include "result.h"
#include "rowids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace EdxLoader {

// One write transaction on one database: either everything in it becomes visible at commit or
// nothing does (ARCHITECTURE.md §3: the ledger protocol builds on this). A transaction is used
// by one thread at a time; each call returns its own error.
class WriteTransaction
{
public:
    virtual ~WriteTransaction() = default;
    // Makes this transaction the only one importing the file whose ledger entry is id in the
    // collection ledger, until it commits or rolls back. The embedded store's write lock does
    // that already; a store without one (MongoDB) records a claim that other loaders — on other
    // machines too — wait for, and that is taken over when its loader has died. Waits while
    // another loader holds it; fails when cancelled or on error.
    virtual Status claim(const QString &ledger, const QString &id, const std::atomic_bool *cancel);
    // Inserts documents that came from sourceFile (may be empty). A document whose _id is already
    // in the collection is not inserted: its index in documents is added to duplicates.
    virtual Status insert(const QString &collection, const std::vector<Document> &documents,
                          const QString &sourceFile, QList<int> *duplicates = nullptr) = 0;
    // The same from JSON text. The default parses each document and calls insert().
    virtual Status insertEncoded(const QString &collection, const EncodedBatch &documents);
    // Insert or replace by _id.
    virtual Status upsert(const QString &collection, const Document &document) = 0;
    // Removes what an earlier import of sourceFile put in the collection: how many documents.
    virtual Result<qint64> removeFromFile(const QString &collection, const QString &sourceFile) = 0;
    // Empties the collection (its indexes may go with it: create them again after).
    virtual Status removeAll(const QString &collection) = 0;
    // From now on, inserts into collection go to a new, empty collection that takes its place at
    // commit: until then readers see the old content, and a rollback keeps it. Indexes other than
    // the store's own go with the old collection. The default empties the collection.
    virtual Status replaceCollection(const QString &collection) { return removeAll(collection); }
    // The fields an index will be made on (createIndex, after the commit): a store may ready its
    // collection for them before the inserts (the embedded store gives them columns of their own).
    virtual Status prepareIndex(const QString &, const QStringList &) { return {}; }
    // Whether this transaction keeps every other writer out of the whole database until it ends
    // (the embedded store's write lock); MongoDB's claims only cover one file.
    virtual bool locksDatabase() const { return false; }
    // Whether the store keeps documents as their relaxed JSON text (Document::encoded() set by
    // a reader is then all it needs of them, with their _id and indexed fields).
    virtual bool keepsText() const { return false; }
    // Work a store may do before insert, on any thread (the embedded store encodes the JSON
    // text). An import calls it on its parsing thread when the writing thread falls behind.
    virtual void prepare(std::vector<Document> &) const {}
    virtual Status commit() = 0;
    virtual void rollback() = 0;
};

// Where documents live: the embedded SQLite store or MongoDB (model/store/embedded, /mongo).
// Every method is safe to call from any thread, each call names its database and collection and
// returns its own error (no error state is kept: two threads never see each other's).
class DocumentStore
{
public:
    virtual ~DocumentStore() = default;

    virtual QString description() const = 0; // "embedded store in /path" — for people
    // Whether the store can be reached (a server that answers); always true for files.
    virtual Status ping() { return {}; }

    virtual Result<QStringList> databases() = 0;
    virtual Result<QStringList> collections(const QString &database) = 0;
    // Every collection of the database (of every database when empty) with its count. A raised
    // cancel flag stops it between two counts (the list is then partial).
    virtual Result<QList<CollectionInfo>> collectionInfos(const QString &database = {},
                                                          const std::atomic_bool *cancel = nullptr);

    // Starts a write transaction. The embedded store waits for other writers of the same
    // database; MongoDB's do not wait (a file is claimed instead: WriteTransaction::claim).
    virtual Result<std::unique_ptr<WriteTransaction>> beginWrite(const QString &database) = 0;

    virtual Result<qint64> count(const QString &database, const QString &collection, const Filter &filter = {}) = 0;
    virtual Result<QList<DistinctValue>> distinct(const QString &database, const QString &collection,
                                                  const QString &field, const Filter &filter = {}) = 0;
    // Calls visit for each match in order; visit returns false to stop (not an error).
    virtual Status find(const QString &database, const QString &collection, const Filter &filter,
                        const FindOptions &options, const std::function<bool(const Document &)> &visit) = 0;
    // The same, handing out each match as relaxed Extended JSON text (the default converts what
    // find() gives; a store keeping text passes it through).
    virtual Status findJson(const QString &database, const QString &collection, const Filter &filter,
                            const FindOptions &options, const std::function<bool(QByteArrayView json)> &visit);
    // The same with each match's _id as relaxed JSON text too (as EncodedBatch::id holds it).
    virtual Status findEncoded(const QString &database, const QString &collection, const Filter &filter,
                               const FindOptions &options,
                               const std::function<bool(QByteArrayView id, QByteArrayView json)> &visit);
    // Every document of a collection in insertion order, with the ledger key of the file it was
    // imported from (empty when none): what copying one store into another needs to keep each
    // file replaceable. The default gives no file names.
    virtual Status findWithSource(const QString &database, const QString &collection,
                                  const std::function<bool(const Document &, const QString &sourceFile)> &visit);
    // The document with this _id; an empty optional when there is none.
    virtual Result<std::optional<Document>> findById(const QString &database, const QString &collection,
                                                     const Value &id) = 0;
    // An index on one or more fields (dotted paths), in that order.
    virtual Status createIndex(const QString &database, const QString &collection, const QStringList &fields) = 0;
    virtual Status dropCollection(const QString &database, const QString &collection) = 0;
    virtual Status dropDatabase(const QString &database) = 0;

    // The first n documents; a raised cancel flag stops the reading (the list is then partial).
    Result<QList<Document>> sample(const QString &database, const QString &collection, int n,
                                   const std::atomic_bool *cancel = nullptr);
};

// Crash tests (tests/cli/tst_crash.cpp) only: with EDXLOADER_CRASH_AFTER_WRITES=N the process
// kills itself at the N-th call. Stores call it at their write points.
void crashPoint();

} // namespace EdxLoader
