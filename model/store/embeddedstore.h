#pragma once

#include <QCoreApplication>

#include "documentstore.h"

#include <QMutex>

struct sqlite3;

namespace EdxLoader {

// The default target: one SQLite file per database in a folder, one table per collection
// (docs/embedded-store.md describes the schema for sqlite3 users).
class EmbeddedStore final : public DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::EmbeddedStore)

public:
    explicit EmbeddedStore(const QString &directory);
    ~EmbeddedStore() override;

    QString directory() const { return m_directory; }
    QString databasePath(const QString &database) const;

    QString description() const override;
    QString errorString() const override;
    QStringList databases() override;
    QStringList collections(const QString &database) override;
    std::unique_ptr<WriteTransaction> beginWrite(const QString &database) override;
    qint64 count(const QString &database, const QString &collection, const Filter &filter = {}) override;
    QList<DistinctValue> distinct(const QString &database, const QString &collection, const QString &field,
                                  const Filter &filter = {}) override;
    bool find(const QString &database, const QString &collection, const Filter &filter,
              const FindOptions &options, const std::function<bool(const Document &)> &visit) override;
    bool findJson(const QString &database, const QString &collection, const Filter &filter, const FindOptions &options,
                  const std::function<bool(QByteArrayView json)> &visit) override;
    bool findEncoded(const QString &database, const QString &collection, const Filter &filter,
                     const FindOptions &options,
                     const std::function<bool(QByteArrayView id, QByteArrayView json)> &visit) override;
    bool findWithSource(const QString &database, const QString &collection,
                        const std::function<bool(const Document &, const QString &sourceFile)> &visit) override;
    std::optional<Document> findById(const QString &database, const QString &collection, const Value &id) override;
    bool createIndex(const QString &database, const QString &collection, const QStringList &fields) override;
    bool dropCollection(const QString &database, const QString &collection) override;
    bool dropDatabase(const QString &database) override;

    // SQL helpers shared with the write transaction.
    static QByteArray quoteIdentifier(const QString &name);
    static QByteArray fieldExpression(const QString &field); // json_extract(doc, '$."a"."b"')
    static QByteArray idText(const Value &id);               // the id column's text for an _id

private:
    sqlite3 *open(const QString &database, bool create);
    void setError(const QString &message) const;

    QString m_directory;
    mutable QMutex m_errorMutex;
    mutable QString m_error;
};

} // namespace EdxLoader
