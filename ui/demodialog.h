#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace EdxLoader {

struct DemoResult;

// Help ▸ Create Demo Package…: asks where and how big, writes the package on a worker thread
// with progress, and hands the folder back so that its files can be listed.
class DemoDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDialog)

public:
    // gnupgHome: where to look for keys to encrypt the package to (empty: GnuPG's default).
    explicit DemoDialog(const QString &gnupgHome = {}, QWidget *parent = nullptr);
    ~DemoDialog() override;

    QString createdFolder() const { return m_created; }
    // The folders worth listing: the weekly package and the daily logs (not the manifest).
    QStringList createdInputs() const { return m_inputs; }

private:
    void browse();
    void start();
    void finished();
    void reject() override;

    QLineEdit *m_folder;
    QSpinBox *m_courses;
    QSpinBox *m_days;
    QSpinBox *m_events;
    QSpinBox *m_seed;
    QComboBox *m_encrypt;
    QString m_gnupgHome;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<DemoResult> *m_watcher;
    // Shared with the writing task, which does not wait for the dialog: raised by Cancel or when
    // the dialog goes, it stops the task between two files.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QString m_created;
    QStringList m_inputs;
};

} // namespace EdxLoader
