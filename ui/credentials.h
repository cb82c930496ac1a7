#pragma once

#include <QString>

namespace EdxLoader::Credentials {

// Passwords of MongoDB users never go to the settings file. With QtKeychain they can be kept in
// the desktop's secret store (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager) when the user asks; otherwise, and in any case, only for the running session.

// Whether this build has QtKeychain (the secret store itself may still be missing at run time).
bool keychainAvailable();
// The key of a password: "user@hosts" of the connection string.
QString keyFor(const QString &uri);
// From the session, else from the keychain; empty when neither has it.
QString load(const QString &key);
// Kept for the session, and in the keychain when remember is true; false (error says why) when
// the keychain refused.
bool store(const QString &key, const QString &password, bool remember, QString *error = nullptr);
// Removes it from the keychain (it stays for the session); false (error says why) when the
// keychain refused.
bool forget(const QString &key, QString *error = nullptr);

} // namespace EdxLoader::Credentials
