#pragma once

#include <QCoreApplication>

#include "documentstore.h"
#include "result.h"
#include "storetarget.h"

#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace EdxLoader {

// The target a user names, parsed by the one rule the window, the command line and the
// settings share:
//   "mongodb://…" or "mongodb+srv://…"  a MongoDB deployment (the string is checked here);
//   "sqlite:DIR" or a plain folder DIR   the embedded store in DIR;
//   "", "sqlite:" (no folder)            the embedded store in the default folder.
struct StoreTarget
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::StoreTarget)

public:
    enum class Kind { Embedded, MongoDB };

    Kind kind = Kind::Embedded;
    QString text;        // as given
    QString directory;   // Embedded: the folder of the databases
    MongoTarget mongo;   // MongoDB: what the connection string says (mongo.valid, mongo.error)

    static StoreTarget parse(const QString &text);
    // Whether text names MongoDB (by its scheme alone: nothing is parsed).
    static bool namesMongo(const QString &text);

    bool isMongo() const { return kind == Kind::MongoDB; }
    bool isValid() const { return !isMongo() || mongo.valid; }
    QString error() const { return isMongo() ? mongo.error : QString(); }
    // For people: "embedded database in DIR" or "MongoDB at HOSTS" (never a password).
    QString displayName() const;
};

// When a MongoDB server is first contacted: at once (the command line: a few seconds at most
// when it cannot be reached) or by the store's first operation (the window, which must not wait
// before it shows; the operation's error then says what failed).
enum class Connect { Now, OnFirstUse };

// The only code that names a backend. password is used when a MongoDB connection string names a
// user without one. With Connect::OnFirstUse a store is always returned, failing operations
// included, so that a window can show what is wrong.
Result<std::unique_ptr<DocumentStore>> openStore(const StoreTarget &target, const QString &password = {},
                                                 Connect when = Connect::Now);
// Asks a MongoDB deployment for its version and shape (Settings ▸ Test Connection).
Result<MongoServerInfo> testConnection(const StoreTarget &target, const QString &password = {});

QString defaultEmbeddedDirectory();
// The storage libraries with their versions: SQLite, libmongoc.
QList<std::pair<QString, QString>> storeLibraryVersions();

} // namespace EdxLoader
