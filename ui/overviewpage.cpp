#include "overviewpage.h"

#include "overviewfigures.h"

#include "documentstore.h"
#include "localisation.h"
#include "overviewreport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace EdxLoader {

using namespace OverviewFigures;

OverviewPage::OverviewPage(std::shared_ptr<DocumentStore> store, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(store))
{
    // Top: the course, and what is being done for it.
    m_courseLabel = new QLabel(this);
    m_courses = new QComboBox(this);
    m_courses->setObjectName(QStringLiteral("overviewCourse"));
    m_courses->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_courses->setMinimumContentsLength(28);
    m_courseLabel->setBuddy(m_courses);
    m_refresh = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setVisible(false);
    m_saveReport = new QPushButton(this);
    m_saveReport->setObjectName(QStringLiteral("saveOverviewReport"));
    m_saveReport->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_courseLabel);
    top->addWidget(m_courses);
    top->addWidget(m_refresh);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addWidget(m_saveReport);

    // The figures.
    auto *content = new QWidget(this);
    auto *cards = new QHBoxLayout;
    for (Card &card : m_cards) {
        auto *frame = new QFrame(content);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        layout->setSpacing(1);
        card.label = new QLabel(frame);
        card.value = new QLabel(frame);
        QFont big = card.value->font();
        big.setPointSizeF(big.pointSizeF() * 1.7);
        big.setBold(true);
        card.value->setFont(big);
        card.detail = new QLabel(frame);
        card.detail->setWordWrap(true);
        QPalette muted = card.detail->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        card.label->setPalette(muted);
        card.detail->setPalette(muted);
        layout->addWidget(card.label);
        layout->addWidget(card.value);
        layout->addWidget(card.detail);
        layout->addStretch();
        cards->addWidget(frame, 1);
    }
    m_note = new QLabel(content);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    m_enrollment = new QChart;
    m_enrollmentView = chartView(m_enrollment, content);
    m_enrollmentView->setObjectName(QStringLiteral("enrollmentChart"));
    m_activity = new QChart;
    m_activityView = chartView(m_activity, content);
    m_activityView->setObjectName(QStringLiteral("activityChart"));
    m_saveEnrollment = new QPushButton(content);
    m_saveActivity = new QPushButton(content);
    const auto chartBox = [content](QChartView *view, QPushButton *save) {
        auto *box = new QWidget(content);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(view, 1);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(save);
        layout->addLayout(buttons);
        return box;
    };
    auto *charts = new QSplitter(Qt::Horizontal, content);
    charts->addWidget(chartBox(m_enrollmentView, m_saveEnrollment));
    charts->addWidget(chartBox(m_activityView, m_saveActivity));
    charts->setChildrenCollapsible(false);

    m_problemModel = new QStandardItemModel(this);
    m_videoModel = new QStandardItemModel(this);
    m_certificateModel = new QStandardItemModel(this);
    for (QStandardItemModel *model : {m_problemModel, m_videoModel, m_certificateModel})
        model->setSortRole(SortRole);
    m_tables = new QTabWidget(content);
    m_problems = tableView(m_problemModel, m_tables);
    m_problems->setObjectName(QStringLiteral("overviewProblems"));
    m_videos = tableView(m_videoModel, m_tables);
    m_videos->setObjectName(QStringLiteral("overviewVideos"));
    m_certificates = tableView(m_certificateModel, m_tables);
    m_tables->addTab(m_problems, QString());
    m_tables->addTab(m_videos, QString());
    m_tables->addTab(m_certificates, QString());

    auto *split = new QSplitter(Qt::Vertical, content);
    split->addWidget(charts);
    split->addWidget(m_tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(cards);
    contentLayout->addWidget(m_note);
    contentLayout->addWidget(split, 1);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(&m_listing, &QFutureWatcherBase::finished, this, &OverviewPage::listed);
    connect(&m_computing, &QFutureWatcherBase::progressValueChanged, this, &OverviewPage::progressed);
    connect(&m_computing, &QFutureWatcherBase::finished, this, &OverviewPage::finished);
    connect(m_courses, &QComboBox::activated, this, [this] { compute(); });
    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refreshCourses);
    connect(m_cancelButton, &QPushButton::clicked, this, &OverviewPage::cancel);
    connect(m_saveReport, &QPushButton::clicked, this, &OverviewPage::askSaveReport);
    connect(m_saveEnrollment, &QPushButton::clicked, this,
            [this] { askSaveChart(m_enrollmentView, QStringLiteral("enrollment")); });
    connect(m_saveActivity, &QPushButton::clicked, this, [this] { askSaveChart(m_activityView, QStringLiteral("activity")); });
    retranslateUi();
    clearFigures();
}

OverviewPage::~OverviewPage()
{
    m_cancel->store(true);
}

void OverviewPage::retranslateUi()
{
    m_courseLabel->setText(tr("&Course:"));
    m_courses->setToolTip(tr("The course databases of the target (those with an enrollment table)."));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("List the courses again and compute the figures of the one shown."));
    m_cancelButton->setText(tr("Cancel"));
    m_saveReport->setText(tr("Save &Report…"));
    m_saveReport->setToolTip(tr("Save these figures and charts as one HTML page, to open in any browser or send by e-mail."));
    m_saveEnrollment->setText(tr("Save Chart…"));
    m_saveEnrollment->setToolTip(tr("Save this chart as a PNG or SVG image."));
    m_saveActivity->setText(m_saveEnrollment->text());
    m_saveActivity->setToolTip(m_saveEnrollment->toolTip());
    m_empty->setText(tr("No course here yet.\n\nImport a course's files (its enrollment table at least, with the tracking logs "
                        "for its activity): its enrollment, weekly activity, problems and videos then show on this page."));
    if (m_overview)
        show(*m_overview);
    else
        clearFigures();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_courses->count() == 0 && !m_listing.isRunning())
        refreshCourses();
    else if (m_stale && !m_computing.isRunning())
        compute();
}

void OverviewPage::setStore(std::shared_ptr<DocumentStore> store)
{
    cancel();
    m_context.setStore(std::move(store));
    m_overview.reset();
    m_courses->clear();
    clearFigures();
    refreshCourses();
}

QString OverviewPage::selectedDatabase() const
{
    return m_courses->currentData().toString();
}

void OverviewPage::refreshCourses()
{
    m_status->setText(tr("Looking for courses…"));
    m_listing.setFuture(QtConcurrent::run(guarded([store = m_context.store(), closing = m_context.closing()]() -> Result<QStringList> {
        const Result<QStringList> databases = store->databases();
        if (!databases)
            return failure(databases.error());
        QStringList courses;
        for (const QString &database : *databases) {
            if (closing->load())
                break;
            const Result<QStringList> collections = store->collections(database);
            if (!collections)
                return failure(collections.error());
            if (collections->contains(QStringLiteral("enrollment")) || collections->contains(QStringLiteral("student_courseenrollment")))
                courses << database;
        }
        return courses;
    })));
}

void OverviewPage::listed()
{
    const Result<QStringList> courses = m_listing.result();
    if (!courses) {
        m_status->setText(tr("The courses could not be listed: %1").arg(courses.error()));
        return;
    }
    const QString keep = m_wanted.isEmpty() ? selectedDatabase() : m_wanted;
    m_courses->clear();
    for (const QString &course : *courses)
        m_courses->addItem(course, course);
    m_status->clear();
    m_stack->setCurrentIndex(courses->isEmpty() ? 0 : 1);
    m_saveReport->setEnabled(false);
    if (!courses->isEmpty()) {
        const int at = std::max(0, m_courses->findData(keep));
        m_courses->setCurrentIndex(at);
        m_wanted.clear();
        // Computed now when on screen, else when next shown.
        if (isVisible())
            compute();
        else
            m_stale = true;
    } else {
        m_overview.reset();
        clearFigures();
    }
    Q_EMIT coursesListed();
}

bool OverviewPage::showCourse(const QString &database)
{
    const int at = m_courses->findData(database);
    if (at < 0) {
        m_wanted = database;
        return false;
    }
    m_courses->setCurrentIndex(at);
    compute();
    return true;
}

void OverviewPage::cancel()
{
    m_cancel->store(true);
}

void OverviewPage::compute()
{
    const QString database = selectedDatabase();
    if (database.isEmpty())
        return;
    m_cancel->store(true); // a computation still running is for another course: it stops
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_stale = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_refresh->setEnabled(false);
    m_saveReport->setEnabled(false);
    m_status->setText(tr("Computing the figures of %1…").arg(database));
    m_computing.setFuture(QtConcurrent::run(
        [store = m_context.store(), cancel = m_cancel, database](QPromise<Result<CourseOverview>> &promise) {
            promise.setProgressRange(0, 1000);
            promise.addResult(guarded([&]() -> Result<CourseOverview> {
                return CourseOverviewBuilder(*store).compute(
                    database,
                    [&](qint64 done, qint64 total) {
                        if (total > 0)
                            promise.setProgressValue(int(std::min<qint64>(1000, done * 1000 / total)));
                    },
                    cancel.get());
            })());
        }));
}

void OverviewPage::progressed(int permille)
{
    m_progress->setValue(permille);
}

void OverviewPage::finished()
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_refresh->setEnabled(true);
    if (m_computing.future().resultCount() == 0)
        return;
    const Result<CourseOverview> result = m_computing.result();
    if (!result || result->database != selectedDatabase()) {
        if (!result)
            m_status->setText(m_cancel->load() ? tr("Cancelled: choose the course again, or Refresh, to compute its figures.")
                                               : tr("The figures could not be computed: %1").arg(result.error()));
        if (!result) {
            m_overview.reset();
            clearFigures();
        }
        Q_EMIT computed(false);
        return;
    }
    m_overview = *result;
    m_computedAt = QDateTime::currentDateTimeUtc();
    m_status->setText(OverviewLabels::provenance(*m_overview, m_computedAt, QLocale(installedLanguage())));
    m_saveReport->setEnabled(true);
    show(*m_overview);
    Q_EMIT computed(true);
}

void OverviewPage::hovered(const QString &text)
{
    m_hoverText = text;
    QToolTip::showText(QCursor::pos(), text, this);
}

QString OverviewPage::headline(int card) const
{
    return card >= 0 && card < 4 ? m_cards[card].value->text() : QString();
}

} // namespace EdxLoader
