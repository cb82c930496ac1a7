// What every store shares: the interface's default methods and the crash-test hook.
#include "documentstore.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

#include <atomic>

namespace EdxLoader {

// Crash tests (tests/cli/tst_crash.cpp): EDXLOADER_CRASH_AFTER_WRITES=N kills the process with
// SIGKILL at the N-th write point of its life — half-way through a batch, before a ledger entry,
// before COMMIT — as a power cut or kill -9 would, to prove that every such instant leaves the
// store as if the file had never been started. Unset (always, outside those tests): no effect.
void crashPoint()
{
#ifdef Q_OS_UNIX
    static const int target = qEnvironmentVariableIntValue("EDXLOADER_CRASH_AFTER_WRITES");
    static std::atomic_int count{0};
    if (target > 0 && count.fetch_add(1) + 1 == target)
        ::kill(::getpid(), SIGKILL);
#endif
}

Status WriteTransaction::claim(const QString &, const QString &, const std::atomic_bool *)
{
    return {};
}

Status WriteTransaction::insertEncoded(const QString &collection, const EncodedBatch &documents)
{
    std::vector<Document> parsed;
    parsed.reserve(documents.size());
    for (size_t i = 0; i < documents.size(); ++i) {
        Document d;
        QString error;
        if (!Document::fromJson(documents.json(i), &d, &error))
            return failure(error);
        parsed.push_back(std::move(d));
    }
    return insert(collection, parsed, {});
}

Status DocumentStore::findJson(const QString &database, const QString &collection, const Filter &filter,
                               const FindOptions &options, const std::function<bool(QByteArrayView json)> &visit)
{
    return find(database, collection, filter, options, [&visit](const Document &d) { return visit(d.toRelaxedJson()); });
}

Status DocumentStore::findEncoded(const QString &database, const QString &collection, const Filter &filter,
                                  const FindOptions &options,
                                  const std::function<bool(QByteArrayView id, QByteArrayView json)> &visit)
{
    return find(database, collection, filter, options, [&visit](const Document &d) {
        QByteArray id;
        bson_iter_t it;
        if (bson_iter_init_find(&it, d.bson(), "_id"))
            writeRelaxedJsonValue(id, &it);
        return visit(id, d.toRelaxedJson());
    });
}

Status DocumentStore::findWithSource(const QString &database, const QString &collection,
                                     const std::function<bool(const Document &, const QString &sourceFile)> &visit)
{
    return find(database, collection, {}, FindOptions{}, [&visit](const Document &d) { return visit(d, QString()); });
}

Result<QList<CollectionInfo>> DocumentStore::collectionInfos(const QString &database, const std::atomic_bool *cancel)
{
    QList<CollectionInfo> out;
    QStringList dbs{database};
    if (database.isEmpty()) {
        Result<QStringList> all = databases();
        if (!all)
            return failure(all.error());
        dbs = *all;
    }
    for (const QString &d : std::as_const(dbs)) {
        const Result<QStringList> names = collections(d);
        if (!names)
            return failure(names.error());
        for (const QString &c : *names) {
            if (cancel && cancel->load())
                return out;
            const Result<qint64> n = count(d, c);
            if (!n)
                return failure(n.error());
            out.append({d, c, *n});
        }
    }
    return out;
}

Result<QList<Document>> DocumentStore::sample(const QString &database, const QString &collection, int n,
                                              const std::atomic_bool *cancel)
{
    QList<Document> out;
    const Status found = find(database, collection, {}, FindOptions{{}, false, n, 0}, [&out, cancel](const Document &d) {
        out.append(d);
        return !(cancel && cancel->load());
    });
    if (!found)
        return failure(found.error());
    return out;
}

} // namespace EdxLoader
