// The one place that names the backends (docs/architecture.md).
#include "storefactory.h"

#include "embeddedstore.h"
#include "mongostore.h"

#include <QDir>
#include <QStandardPaths>

namespace EdxLoader {

bool StoreTarget::namesMongo(const QString &text)
{
    return text.startsWith(QLatin1String("mongodb://")) || text.startsWith(QLatin1String("mongodb+srv://"));
}

StoreTarget StoreTarget::parse(const QString &text)
{
    StoreTarget t;
    t.text = text;
    if (namesMongo(text)) {
        t.kind = Kind::MongoDB;
        t.mongo = parseMongoTarget(text);
        return t;
    }
    QString dir = text;
    if (dir.startsWith(QLatin1String("sqlite:")))
        dir = dir.mid(7);
    t.directory = dir.isEmpty() ? defaultEmbeddedDirectory() : dir;
    return t;
}

QString StoreTarget::displayName() const
{
    if (!isMongo())
        return tr("embedded database in %1").arg(QDir::toNativeSeparators(directory));
    if (!mongo.valid)
        return tr("MongoDB (connection string not valid)");
    return mongo.replicaSet.isEmpty() ? tr("MongoDB at %1").arg(mongo.hosts)
                                      : tr("MongoDB at %1 (replica set %2)").arg(mongo.hosts, mongo.replicaSet);
}

Result<std::unique_ptr<DocumentStore>> openStore(const StoreTarget &target, const QString &password, Connect when)
{
    if (!target.isMongo())
        return std::unique_ptr<DocumentStore>(std::make_unique<EmbeddedStore>(target.directory));
    auto store = std::make_unique<MongoStore>(target.text, password);
    if (when == Connect::Now) {
        if (const Status reached = store->ping(); !reached)
            return failure(reached.error());
    }
    return std::unique_ptr<DocumentStore>(std::move(store));
}

Result<MongoServerInfo> testConnection(const StoreTarget &target, const QString &password)
{
    if (!target.isMongo())
        return failure(StoreTarget::tr("%1 is not a MongoDB connection string").arg(target.text));
    MongoStore store(target.text, password);
    return store.serverInfo();
}

QString defaultEmbeddedDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("EdxLoader/databases"));
}

QList<std::pair<QString, QString>> storeLibraryVersions()
{
    return {{QStringLiteral("SQLite"), EmbeddedStore::libraryVersion()},
            {QStringLiteral("libmongoc"), MongoStore::driverVersion()}};
}

} // namespace EdxLoader
