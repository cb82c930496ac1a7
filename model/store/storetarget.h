#pragma once

#include <QString>

namespace EdxLoader {

// What a MongoDB connection string says, read without connecting (for messages and the
// settings). The MongoDB store fills it in; nothing here depends on the driver.
struct MongoTarget
{
    bool valid = false;
    QString error;            // why the string is not valid
    QString hosts;            // "a:27017,b:27017" or the SRV host name
    bool srv = false;         // mongodb+srv://
    QString replicaSet;
    QString username;         // empty: no authentication
    bool hasPassword = false;
    QString password;         // as the string gives it (decoded): to be moved out of what is saved
    bool tls = false;
    QString writeConcern;     // "w=majority, journal" or empty for the server's default
    int serverSelectionTimeoutMs = 0;
    QString redacted;         // the string with the password replaced by "****"
    QString withoutPassword;  // what may be saved: the string without the password
};

// What Test Connection shows.
struct MongoServerInfo
{
    QString version;  // "7.0.14"
    QString topology; // "standalone server", "replica set rs0 (primary a:27017)", "sharded cluster (mongos)"
};

} // namespace EdxLoader
