#pragma once

#include "csvexport.h"
#include "workerguard.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace EdxLoader {

class DocumentStore;

// Export… of the Databases page and the course form: one collection as a CSV file. The columns
// are picked from the fields of a sample (read on a worker), the rows narrowed to a course, a
// time window and one field's value; the export runs on a worker with progress and Cancel.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(std::shared_ptr<DocumentStore> store, const QString &database, const QString &collection, bool anonymize,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The choices as parameters (outputPath left empty) — for tests and the export itself.
    CsvExportParams params() const;
    // Starts the export to path without asking for a file name (tests).
    void exportTo(const QString &path);
    bool isExporting() const;
    QListWidget *fieldList() const { return m_fields; }
    QLabel *statusLabel() const { return m_status; }
    const CsvExportResult &lastResult() const { return m_result; }

    void setDirectory(const QString &directory) { m_directory = directory; }
    QString directory() const { return m_directory; }

Q_SIGNALS:
    void fieldsLoaded();
    void exportFinished(bool ok);

protected:
    void reject() override;

private:
    struct Sample
    {
        QStringList fields;
        QStringList courses;
        qint64 count = 0;
    };
    void showSample();
    void chooseFileAndExport();
    void finishExport();
    void updateButtons();

    WorkerContext m_context; // the store, and the flag that stops the sample reading when it goes
    QString m_database;
    QString m_collection;
    QString m_directory;
    QString m_path; // of the export running or last run
    QLabel *m_heading;
    QListWidget *m_fields;
    QComboBox *m_course;
    QCheckBox *m_window;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_whereField;
    QLineEdit *m_whereValue;
    QCheckBox *m_anonymize;
    QCheckBox *m_excel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QFutureWatcher<Result<Sample>> m_sample;
    QFutureWatcher<Result<CsvExportResult>> m_export;
    std::shared_ptr<std::atomic_bool> m_cancel;
    CsvExportResult m_result;
    bool m_hasTimestamp = false;
};

} // namespace EdxLoader
