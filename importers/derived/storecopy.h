#pragma once

#include "documentstore.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace EdxLoader {

struct StoreCopyResult
{
    struct Copied
    {
        QString database;
        QString collection;
        qint64 documents = 0;
    };
    bool ok = false;
    bool cancelled = false;
    QString error;          // for people: names the database and collection
    QList<Copied> copied;   // every collection copied, in order
    qint64 documents = 0;
    double seconds = 0;
};

// Copies databases from one store to another — how a user who started with the embedded store
// moves to MongoDB (PRODUCT.md §3): every collection (documents, ledgers, error reports) with the
// same documents, each document still tied to the file it came from so that a later import of a
// changed file replaces it. Each database is written in one transaction: on the target every
// collection of a database takes its new content at once, and copying again replaces rather
// than duplicates.
class StoreCopier
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::StoreCopier)

public:
    using Progress = std::function<void(const QString &database, const QString &collection, qint64 done, qint64 total)>;

    StoreCopier(DocumentStore &from, DocumentStore &to);
    StoreCopyResult copy(const QStringList &databases, const Progress &progress = {},
                         const std::atomic_bool *cancel = nullptr);

private:
    DocumentStore &m_from;
    DocumentStore &m_to;
};

} // namespace EdxLoader
