#pragma once

#include <QCoreApplication>

#include "documentstore.h"

struct sqlite3;

namespace EdxLoader::EmbeddedSql {
struct Connection;
}

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
    Result<QStringList> databases() override;
    Result<QStringList> collections(const QString &database) override;
    Result<std::unique_ptr<WriteTransaction>> beginWrite(const QString &database) override;
    Result<qint64> count(const QString &database, const QString &collection, const Filter &filter = {}) override;
    Result<QList<DistinctValue>> distinct(const QString &database, const QString &collection, const QString &field,
                                          const Filter &filter = {}) override;
    Status find(const QString &database, const QString &collection, const Filter &filter,
                const FindOptions &options, const std::function<bool(const Document &)> &visit) override;
    Status findJson(const QString &database, const QString &collection, const Filter &filter,
                    const FindOptions &options, const std::function<bool(QByteArrayView json)> &visit) override;
    Status findEncoded(const QString &database, const QString &collection, const Filter &filter,
                       const FindOptions &options,
                       const std::function<bool(QByteArrayView id, QByteArrayView json)> &visit) override;
    Status findWithSource(const QString &database, const QString &collection,
                          const std::function<bool(const Document &, const QString &sourceFile)> &visit) override;
    Result<std::optional<Document>> findById(const QString &database, const QString &collection,
                                             const Value &id) override;
    Status createIndex(const QString &database, const QString &collection, const QStringList &fields) override;
    Status dropCollection(const QString &database, const QString &collection) override;
    Status dropDatabase(const QString &database) override;

    static QString libraryVersion(); // SQLite's

    // SQL helpers shared with the write transaction.
    static QByteArray quoteIdentifier(const QString &name);
    static QByteArray fieldExpression(const QString &field); // json_extract(doc, '$."a"."b"')
    static QByteArray idText(const Value &id);               // the id column's text for an _id

private:
    Result<EmbeddedSql::Connection> open(const QString &database, bool create) const;

    QString m_directory;
};

} // namespace EdxLoader
