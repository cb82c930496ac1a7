#pragma once

#include "classification.h"

#include <QString>

namespace EdxLoader {

// What the window remembers between runs (QSettings, "EdxLoader"). No credential is ever kept:
// passphrases stay with gpg-agent.
struct AppSettings
{
    bool anonymize = false;
    CollectionScheme scheme = CollectionScheme::McGillX;
    QString gnupgHome; // empty: $GNUPGHOME, else ~/.gnupg
    QString language;  // empty: the system's; "en", "fr"

    static AppSettings load();
    void save() const;
};

} // namespace EdxLoader
