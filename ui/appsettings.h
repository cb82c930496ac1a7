#pragma once

#include "classification.h"

#include <QString>

namespace EdxLoader {

// What the window remembers between runs (QSettings, "EdxLoader"). No credential is ever kept:
// passphrases stay with gpg-agent, MongoDB passwords with Credentials (the keychain or the session).
struct AppSettings
{
    bool anonymize = false;
    CollectionScheme scheme = CollectionScheme::McGillX;
    QString gnupgHome; // empty: $GNUPGHOME, else ~/.gnupg
    QString language;  // empty: the system's; "en", "fr"
    QString dataDirectory; // the embedded store's folder; empty: the default one
    bool useMongo = false;  // the target is MongoDB (mongoUri) rather than the embedded store
    QString mongoUri;       // saved without its password (Credentials keeps passwords)
    int parallelJobs = 0;  // files imported at once; 0: one per core
    QByteArray windowGeometry;
    QString lastFolder;    // where Add Files / Add Folder last looked

    // The target the window opens: the MongoDB connection string, or the embedded store's folder.
    QString target() const;

    static AppSettings load();
    void save() const;
    // Only what the window itself remembers (geometry, last folder), leaving the rest.
    void saveWindowState() const;
};

} // namespace EdxLoader
