#pragma once

#include "exportdialog.h"

#include <QPointer>

#include "coursebuilder.h"
#include "workerguard.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <atomic>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace EdxLoader {

class CourseIdList;
class DocumentStore;

// The course form (PRODUCT.md §6): the fields of McGillX's course config, the course ids as a
// checklist of those found in the tracking logs (with their event counts, read in the
// background), the destination, and Build with progress, Cancel and a summary.
class CourseForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseForm)

public:
    explicit CourseForm(std::shared_ptr<DocumentStore> store, QWidget *parent = nullptr);
    ~CourseForm() override;

    CourseConfig config() const;
    void setConfig(const CourseConfig &config);
    // Reads the course ids of the tracking logs again (after an import).
    void refreshCourseIds();
    // Another target (not while a build runs): its course ids are read.
    void setStore(std::shared_ptr<DocumentStore> store);
    bool openConfig(const QString &path);
    bool saveConfig(const QString &path);
    void build();
    void cancel();
    bool isBuilding() const;
    QString summary() const;
    void setAnonymize(bool anonymize) { m_anonymize = anonymize; }
    // Export as CSV… of the built collection (the destination): a window-modal dialog.
    ExportDialog *exportCollection();

Q_SIGNALS:
    void courseIdsLoaded();
    void buildFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDestinationHint();
    void showResult();
    void setBusy(bool busy);
    // The span of the checked ids' events, read in the background; it fills the dates unless the
    // user (or an opened config) set them.
    void readSpan();
    void showSpan();
    void setDates(const QDate &enrollment, const QDate &completion);
    // After the preview: asks when the build would copy nothing or fewer events than it replaces.
    void confirmAndBuild();
    void startBuild(const CourseConfig &config);
    // Shows each problem of the config under the field it concerns; false when there is one.
    bool showProblems(const CourseConfig &config);

    WorkerContext m_context; // the store, and the flag that stops this form's tasks when it goes
    QLineEdit *m_edxId;
    QLineEdit *m_courseName;
    CourseIdList *m_ids;
    QDateEdit *m_enrollment;
    QDateEdit *m_completion;
    QLineEdit *m_database;
    QLineEdit *m_collection;
    QPushButton *m_build;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_open;
    QPushButton *m_save;
    QLabel *m_intro;
    QLabel *m_to;
    QLabel *m_datesLabel = nullptr;
    QPointer<ExportDialog> m_exportDialog;
    bool m_anonymize = false;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QFutureWatcher<Result<CourseBuildResult>> m_buildWatcher;
    QFutureWatcher<Result<EventSpan>> m_spanWatcher;
    QFutureWatcher<Result<CourseBuildPreview>> m_previewWatcher;
    CourseConfig m_previewed;   // the config the preview was made for
    QLabel *m_span;
    QFormLayout *m_form = nullptr;
    QHash<CourseConfig::Field, QLabel *> m_fieldProblems; // shown under their field
    QTimer *m_spanTimer;
    bool m_spanAgain = false;   // the ids changed while the span was read
    bool m_datesFromUser = false; // typed, or from an opened config: the span does not replace them
    bool m_settingDates = false;
    std::shared_ptr<std::atomic_bool> m_buildCancel; // of the build running (Cancel, or the form going)
    QString m_summaryText;
};

} // namespace EdxLoader
