#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace EdxLoader {

// Settings: how files are imported (collection names, anonymisation), where GnuPG keys are
// (with the secret keys found there), and the interface language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    void refreshKeys();
    void browseHome();

    AppSettings m_initial;
    QLineEdit *m_dataDirectory;
    QSpinBox *m_parallel;
    QComboBox *m_scheme;
    QCheckBox *m_anonymize;
    QLineEdit *m_gnupgHome;
    QLabel *m_gnupgStatus;
    QTreeWidget *m_keys;
    QComboBox *m_language;
};

} // namespace EdxLoader
