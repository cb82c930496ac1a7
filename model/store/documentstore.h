#pragma once

#include "document.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace EdxLoader {

// A condition on one field (dotted path): equality, membership or a range bound.
struct Condition
{
    enum Op { Eq, In, Gt, Gte, Lt, Lte };
    QString field;
    Op op = Eq;
    QList<Value> values; // one value, or several for In
};
using Filter = QList<Condition>; // all conditions must hold

struct FindOptions
{
    QString orderBy;      // dotted path; empty: insertion order
    bool descending = false;
    qint64 limit = -1;
    qint64 skip = 0;
    bool anyOrder = false; // no order asked (with orderBy empty): the store's fastest
};

struct DistinctValue
{
    Value value;
    qint64 count = 0;
};

struct CollectionInfo
{
    QString database;
    QString collection;
    qint64 count = 0;
};

// Documents as relaxed Extended JSON text, each with its _id's JSON ({"$oid":"…"} or "text"): what
// a builder that works on text hands a store, so that a store keeping text (the embedded one)
// needs no conversion. All of a batch's text is in one buffer: building and freeing a batch of
// thousands of documents costs a few allocations, and a cleared batch keeps its capacity.
class EncodedBatch
{
public:
    // A document is appended in pieces: its id, then its text, then finish().
    void appendId(std::string_view id)
    {
        m_current = {m_bytes.size(), id.size(), m_bytes.size() + id.size(), 0};
        m_bytes.append(id);
    }
    void appendJson(std::string_view text) { m_bytes.append(text); }
    void finish()
    {
        m_current.jsonLength = m_bytes.size() - m_current.jsonAt;
        m_entries.push_back(m_current);
    }

    size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    size_t bytes() const { return m_bytes.size(); }
    std::string_view id(size_t i) const { return {m_bytes.data() + m_entries[i].idAt, m_entries[i].idLength}; }
    std::string_view json(size_t i) const { return {m_bytes.data() + m_entries[i].jsonAt, m_entries[i].jsonLength}; }
    void clear()
    {
        m_bytes.clear();
        m_entries.clear();
    }

private:
    struct Entry
    {
        size_t idAt, idLength, jsonAt, jsonLength;
    };
    std::string m_bytes;
    std::vector<Entry> m_entries;
    Entry m_current{};
};

// One write transaction on one database: either everything in it becomes visible at commit or
// nothing does (ARCHITECTURE.md §3: the ledger protocol builds on this).
class WriteTransaction
{
public:
    virtual ~WriteTransaction() = default;
    // Makes this transaction the only one importing the file whose ledger entry is id in the
    // collection ledger, until it commits or rolls back. The embedded store's write lock does
    // that already; a store without one (MongoDB) records a claim that other loaders — on other
    // machines too — wait for, and that is taken over when its loader has died. Waits while
    // another loader holds it; false when cancelled or on error (errorString() says why).
    virtual bool claim(const QString &ledger, const QString &id, const std::atomic_bool *cancel)
    {
        Q_UNUSED(ledger);
        Q_UNUSED(id);
        Q_UNUSED(cancel);
        return true;
    }
    // Inserts documents that came from sourceFile (may be empty). A document whose _id is already
    // in the collection is not inserted: its index in documents is added to duplicates.
    virtual bool insert(const QString &collection, const std::vector<Document> &documents,
                        const QString &sourceFile, QList<int> *duplicates = nullptr) = 0;
    // The same from JSON text. The default parses each document and calls insert().
    virtual bool insertEncoded(const QString &collection, const EncodedBatch &documents);
    // Insert or replace by _id.
    virtual bool upsert(const QString &collection, const Document &document) = 0;
    // Removes what an earlier import of sourceFile put in the collection.
    virtual bool removeFromFile(const QString &collection, const QString &sourceFile, qint64 *removed = nullptr) = 0;
    // Empties the collection (its indexes may go with it: create them again after).
    virtual bool removeAll(const QString &collection) = 0;
    // From now on, inserts into collection go to a new, empty collection that takes its place at
    // commit: until then readers see the old content, and a rollback keeps it. Indexes other than
    // the store's own go with the old collection. The default empties the collection.
    virtual bool replaceCollection(const QString &collection) { return removeAll(collection); }
    // Work a store may do before insert, on any thread (the embedded store encodes the JSON
    // text). An import calls it on its parsing thread when the writing thread falls behind.
    virtual void prepare(std::vector<Document> &) const {}
    virtual bool commit() = 0;
    virtual void rollback() = 0;
    virtual QString errorString() const = 0;
};

// Where documents live: the embedded SQLite store or MongoDB (model/store/…). Every method is
// safe to call from any thread; each call names its database and collection.
class DocumentStore
{
public:
    virtual ~DocumentStore() = default;

    virtual QString description() const = 0; // "embedded store in /path" — for people
    virtual QString errorString() const = 0;

    virtual QStringList databases() = 0;
    virtual QStringList collections(const QString &database) = 0;
    // Every collection of the database (of every database when empty) with its count.
    virtual QList<CollectionInfo> collectionInfos(const QString &database = {});

    // Starts a write transaction. The embedded store waits for other writers of the same
    // database; MongoDB's do not wait (a file is claimed instead: WriteTransaction::claim).
    virtual std::unique_ptr<WriteTransaction> beginWrite(const QString &database) = 0;

    virtual qint64 count(const QString &database, const QString &collection, const Filter &filter = {}) = 0;
    virtual QList<DistinctValue> distinct(const QString &database, const QString &collection,
                                          const QString &field, const Filter &filter = {}) = 0;
    // Calls visit for each match in order; visit returns false to stop. Returns false on error.
    virtual bool find(const QString &database, const QString &collection, const Filter &filter,
                      const FindOptions &options, const std::function<bool(const Document &)> &visit) = 0;
    // The same, handing out each match as relaxed Extended JSON text (the default converts what
    // find() gives; a store keeping text passes it through).
    virtual bool findJson(const QString &database, const QString &collection, const Filter &filter,
                          const FindOptions &options, const std::function<bool(QByteArrayView json)> &visit);
    // The same with each match's _id as relaxed JSON text too (as EncodedBatch::id holds it).
    virtual bool findEncoded(const QString &database, const QString &collection, const Filter &filter,
                             const FindOptions &options,
                             const std::function<bool(QByteArrayView id, QByteArrayView json)> &visit);
    // Every document of a collection in insertion order, with the ledger key of the file it was
    // imported from (empty when none): what copying one store into another needs to keep each
    // file replaceable. The default gives no file names.
    virtual bool findWithSource(const QString &database, const QString &collection,
                                const std::function<bool(const Document &, const QString &sourceFile)> &visit);
    virtual std::optional<Document> findById(const QString &database, const QString &collection,
                                             const Value &id) = 0;
    // An index on one or more fields (dotted paths), in that order.
    virtual bool createIndex(const QString &database, const QString &collection, const QStringList &fields) = 0;
    virtual bool dropCollection(const QString &database, const QString &collection) = 0;
    virtual bool dropDatabase(const QString &database) = 0;

    QList<Document> sample(const QString &database, const QString &collection, int n);
};

// Deterministic _id for a row of a file: the same file and line always get the same ObjectId, so
// a re-import replaces rather than duplicates (ANCHORS.md §5: idempotent by construction). The
// file key is "{database}/{ledger id}"; its first 8 bytes (fileIdPrefix) are shared by all the
// file's rows, which is how the MongoDB store finds a file's rows again.
ObjectId rowObjectId(const QByteArray &fileKey, qint64 line);
QByteArray fileIdPrefix(const QByteArray &fileKey);

// Crash tests (tests/cli/tst_crash.cpp) only: with EDXLOADER_CRASH_AFTER_WRITES=N the process
// kills itself at the N-th call. Stores call it at their write points.
void crashPoint();

// The target a user names: "sqlite:DIR" (or a plain folder) or "mongodb://…" / "mongodb+srv://…".
// A MongoDB target is reached once here (a few seconds at most when it cannot be): on failure
// the result is null and error says what failed. password is used when the connection string
// names a user without one.
std::unique_ptr<DocumentStore> openStore(const QString &target, QString *error, const QString &password = {});
QString defaultEmbeddedDirectory();
QString embeddedStoreLibraryVersion(); // SQLite's
QString mongoDriverVersion();          // libmongoc's

} // namespace EdxLoader
