#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace EdxLoader {

// Settings: where the data go (the embedded store's folder, or MongoDB with Test Connection), how
// files are imported (collection names, anonymisation), where GnuPG keys are (with the secret
// keys found there), and the interface language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;
    // The MongoDB password typed here (never part of settings()), and whether to keep it in the
    // system keychain.
    QString mongoPassword() const;
    bool rememberPassword() const;

    void accept() override;
    // Imports the keys of a key file into the GnuPG home shown; false with the reason shown.
    bool importSecretKey(const QString &path);
    // What the window writes to now (the target may differ from the settings: --data-dir…).
    void setTargetInUse(const QString &description);

private:
    void refreshKeys();
    void browseHome();
    void updateTarget();
    void takePasswordOutOfUri();
    void testConnection();

    AppSettings m_initial;
    QRadioButton *m_embedded;
    QRadioButton *m_mongo;
    QLineEdit *m_dataDirectory;
    QLabel *m_inUse;
    QPushButton *m_browseData;
    QLineEdit *m_mongoUri;
    QLineEdit *m_mongoPassword;
    QCheckBox *m_rememberPassword;
    QPushButton *m_testConnection;
    QLabel *m_testResult;
    bool m_testing = false; // a Test Connection runs: its button stays off until it answers
    QSpinBox *m_parallel;
    QComboBox *m_scheme;
    QCheckBox *m_anonymize;
    QLineEdit *m_gnupgHome;
    QLabel *m_gnupgStatus;
    QString m_importedNote; // said with the next listing of the keys
    QTreeWidget *m_keys;
    QComboBox *m_language;
};

} // namespace EdxLoader
