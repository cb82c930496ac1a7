#pragma once

#include "courseoverview.h"
#include "workerguard.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace EdxLoader {

class DocumentStore;

// The Course Overview page (issue 20): for the course database picked, the headline numbers,
// enrollment over time and weekly activity as charts (a point or bar shows its value when
// hovered; each chart saves as PNG or SVG), and the problems, videos and certificates as tables
// with bars in their cells. The figures (CourseOverviewBuilder) are computed on a worker thread,
// with progress and Cancel; the page can save them as the HTML report of `overview --html`.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(std::shared_ptr<DocumentStore> store, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Another target: list its courses again.
    void setStore(std::shared_ptr<DocumentStore> store);
    // Lists the course databases again (after an import); the course shown is computed again
    // when the page is next on screen.
    void refreshCourses();
    // Shows this course database (once listed); false when it is not one.
    bool showCourse(const QString &database);
    void cancel();

    // Saves a chart as PNG or SVG (by the file's suffix); the report as HTML.
    bool saveChart(QChartView *view, const QString &path, QString *error = nullptr) const;
    bool saveReport(const QString &path, QString *error = nullptr) const;

    // For tests and screenshots.
    QComboBox *coursePicker() const { return m_courses; }
    QChartView *enrollmentChart() const { return m_enrollmentView; }
    QChartView *activityChart() const { return m_activityView; }
    QTreeView *problemsView() const { return m_problems; }
    QTreeView *videosView() const { return m_videos; }
    QLabel *statusLabel() const { return m_status; }
    const std::optional<CourseOverview> &overview() const { return m_overview; }
    QString hoverText() const { return m_hoverText; } // what the last hovered point or bar said
    QString headline(int card) const;                 // the value of the headline card (0–3)

Q_SIGNALS:
    void coursesListed();
    void computed(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void listed();
    void compute();
    void progressed(int permille);
    void finished();
    void show(const CourseOverview &o);
    void clearFigures();
    void fillCharts(const CourseOverview &o);
    void fillTables(const CourseOverview &o);
    void hovered(const QString &text);
    void askSaveChart(QChartView *view, const QString &what);
    void askSaveReport();
    QString selectedDatabase() const;

    WorkerContext m_context;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Result<QStringList>> m_listing;
    QFutureWatcher<Result<CourseOverview>> m_computing;
    std::optional<CourseOverview> m_overview;
    QDateTime m_computedAt;
    QString m_wanted;     // the course to show once listed
    bool m_stale = false; // the course shown changed (an import): compute again when shown
    QString m_hoverText;

    QLabel *m_courseLabel;
    QComboBox *m_courses;
    QPushButton *m_refresh;
    QPushButton *m_saveReport;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancelButton;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    struct Card
    {
        QLabel *label, *value, *detail;
    };
    Card m_cards[4];
    QChart *m_enrollment;
    QChartView *m_enrollmentView;
    QChart *m_activity;
    QChartView *m_activityView;
    QPushButton *m_saveEnrollment;
    QPushButton *m_saveActivity;
    QTabWidget *m_tables;
    QStandardItemModel *m_problemModel;
    QStandardItemModel *m_videoModel;
    QStandardItemModel *m_certificateModel;
    QTreeView *m_problems;
    QTreeView *m_videos;
    QTreeView *m_certificates;
    QLabel *m_note;
};

} // namespace EdxLoader
