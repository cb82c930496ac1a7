#pragma once
// Fault injection (tests only): a DocumentStore over a real one whose write transactions fail
// at the N-th write operation of the store's life — an insert, upsert, removal or commit — the
// way SQLite reports a full disk; with onlyDatabase, only that database's writes count and fail.
// Everything else passes through.
#include "documentstore.h"

#include <atomic>
#include <memory>

namespace EdxLoader::Testing {

class FaultyStore final : public DocumentStore
{
public:
    FaultyStore(DocumentStore &real, int failAt, const QString &onlyDatabase = {})
        : m_real(real)
        , m_failAt(failAt)
        , m_onlyDatabase(onlyDatabase)
    {
    }
    static QString diskFull() { return QStringLiteral("database or disk is full (injected)"); }
    int writes() const { return m_count.load(); }

    QString description() const override { return m_real.description(); }
    Result<QStringList> databases() override { return m_real.databases(); }
    Result<QStringList> collections(const QString &d) override { return m_real.collections(d); }
    Result<QList<CollectionInfo>> collectionInfos(const QString &d = {}, const std::atomic_bool *cancel = nullptr) override
    {
        return m_real.collectionInfos(d, cancel);
    }
    Result<qint64> count(const QString &d, const QString &c, const Filter &f = {}) override { return m_real.count(d, c, f); }
    Result<QList<DistinctValue>> distinct(const QString &d, const QString &c, const QString &field,
                                          const Filter &f = {}) override
    {
        return m_real.distinct(d, c, field, f);
    }
    Status find(const QString &d, const QString &c, const Filter &f, const FindOptions &o,
                const std::function<bool(const Document &)> &visit) override
    {
        return m_real.find(d, c, f, o, visit);
    }
    Result<std::optional<Document>> findById(const QString &d, const QString &c, const Value &id) override
    {
        return m_real.findById(d, c, id);
    }
    Status createIndex(const QString &d, const QString &c, const QStringList &fields) override
    {
        return m_real.createIndex(d, c, fields);
    }
    Status dropCollection(const QString &d, const QString &c) override { return m_real.dropCollection(d, c); }
    Status dropDatabase(const QString &d) override { return m_real.dropDatabase(d); }

    Result<std::unique_ptr<WriteTransaction>> beginWrite(const QString &database) override
    {
        Result<std::unique_ptr<WriteTransaction>> real = m_real.beginWrite(database);
        if (!real || (!m_onlyDatabase.isEmpty() && database != m_onlyDatabase))
            return real;
        return std::unique_ptr<WriteTransaction>(std::make_unique<Write>(std::move(*real), *this));
    }

private:
    // True when this operation is the one that fails.
    bool fails()
    {
        const int n = m_count.fetch_add(1) + 1;
        return m_failAt > 0 && n == m_failAt;
    }

    class Write final : public WriteTransaction
    {
    public:
        Write(std::unique_ptr<WriteTransaction> real, FaultyStore &store)
            : m_real(std::move(real))
            , m_store(store)
        {
        }
        Status insert(const QString &c, const std::vector<Document> &docs, const QString &file, QList<int> *dup) override
        {
            return fail() ? injected() : m_real->insert(c, docs, file, dup);
        }
        Status insertEncoded(const QString &c, const EncodedBatch &docs) override
        {
            return fail() ? injected() : m_real->insertEncoded(c, docs);
        }
        Status upsert(const QString &c, const Document &d) override { return fail() ? injected() : m_real->upsert(c, d); }
        Result<qint64> removeFromFile(const QString &c, const QString &file) override
        {
            if (fail())
                return failure(FaultyStore::diskFull());
            return m_real->removeFromFile(c, file);
        }
        Status removeAll(const QString &c) override { return fail() ? injected() : m_real->removeAll(c); }
        Status replaceCollection(const QString &c) override { return fail() ? injected() : m_real->replaceCollection(c); }
        void prepare(std::vector<Document> &docs) const override { m_real->prepare(docs); }
        Status commit() override { return fail() ? injected() : m_real->commit(); }
        void rollback() override { m_real->rollback(); }

    private:
        static Status injected() { return failure(FaultyStore::diskFull()); }
        bool fail()
        {
            if (m_store.fails())
                m_failed = true;
            return m_failed;
        }
        std::unique_ptr<WriteTransaction> m_real;
        FaultyStore &m_store;
        bool m_failed = false;
    };

    DocumentStore &m_real;
    int m_failAt;
    QString m_onlyDatabase;
    std::atomic_int m_count{0};
};

} // namespace EdxLoader::Testing
