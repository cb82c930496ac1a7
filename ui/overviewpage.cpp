#include "overviewpage.h"

#include "documentstore.h"
#include "localisation.h"
#include "overviewreport.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolTip>
#include <QTreeView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace EdxLoader {

namespace {

constexpr int kSortRole = Qt::UserRole;     // the number a column sorts by
constexpr int kBarRole = Qt::UserRole + 1;  // the share (0–1) the cell's bar shows

const QColor kColours[] = {QColor(0x2f, 0x6d, 0xb5), QColor(0xe0, 0x89, 0x2b), QColor(0x3c, 0x9a, 0x5f)};

// A number right-aligned in its cell with a bar of its share on the left: the bar never runs
// under the text.
class BarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant share = index.data(kBarRole);
        if (!share.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(4, 0, -4, 0);
        const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("00 000 %")) + 8;
        const int track = std::max(0, area.width() - textWidth);
        const int height = std::max(4, area.height() / 2);
        const QRect bar(area.left(), area.center().y() - height / 2 + 1, int(std::lround(track * std::clamp(share.toDouble(), 0.0, 1.0))), height);
        painter->save();
        painter->fillRect(QRect(bar.topLeft(), QSize(track, height)), opt.palette.color(QPalette::AlternateBase));
        painter->fillRect(bar, kColours[0]);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }
};

QStandardItem *textItem(const QString &text, const QString &tooltip = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(text, kSortRole);
    if (!tooltip.isEmpty())
        item->setToolTip(tooltip);
    return item;
}

QStandardItem *numberItem(const QString &text, double sortValue, std::optional<double> share = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortValue, kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (share)
        item->setData(*share, kBarRole);
    return item;
}

QTreeView *tableView(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setUniformRowHeights(true);
    view->setItemDelegate(new BarDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(false);
    return view;
}

// Chart views start empty and titled; their figures come with each course.
QChartView *chartView(QChart *chart, QWidget *parent)
{
    // (Numbers stay unlocalised: with localizeNumbers Qt Charts 6.8 draws no value axis labels.)
    chart->setMargins(QMargins(4, 4, 22, 4)); // (room for the last day's label)
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

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
        model->setSortRole(kSortRole);
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

void OverviewPage::clearFigures()
{
    for (Card &card : m_cards) {
        card.value->setText(QStringLiteral("–"));
        card.detail->clear();
    }
    m_cards[0].label->setText(OverviewLabels::enrolledNow());
    m_cards[1].label->setText(OverviewLabels::activeLearners());
    m_cards[2].label->setText(OverviewLabels::certificatesIssued());
    m_cards[3].label->setText(OverviewLabels::events());
    m_enrollment->removeAllSeries();
    m_activity->removeAllSeries();
    for (QChart *chart : {m_enrollment, m_activity}) {
        for (QAbstractAxis *axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
    }
    m_enrollment->setTitle(OverviewLabels::enrollmentChart());
    m_activity->setTitle(OverviewLabels::activityChart());
    for (QStandardItemModel *model : {m_problemModel, m_videoModel, m_certificateModel})
        model->clear();
    m_tables->setTabText(0, OverviewLabels::problems());
    m_tables->setTabText(1, OverviewLabels::videos());
    m_tables->setTabText(2, OverviewLabels::certificates());
    m_note->setVisible(false);
}

void OverviewPage::show(const CourseOverview &o)
{
    clearFigures();
    const QLocale locale(installedLanguage());
    m_cards[0].value->setText(locale.toString(o.enrolledNow));
    m_cards[0].detail->setText(OverviewLabels::byMode(o, locale));
    if (!o.eventSource.isEmpty()) {
        m_cards[1].value->setText(locale.toString(o.activeLearners));
        m_cards[1].detail->setText(OverviewLabels::activeShare(o, locale));
        m_cards[3].value->setText(locale.toString(o.events));
        if (o.eventsWithoutLearner > 0)
            m_cards[3].detail->setText(OverviewLabels::tr("and %1 of other users").arg(locale.toString(o.eventsWithoutLearner)));
    }
    m_cards[2].value->setText(locale.toString(OverviewLabels::issued(o)));
    if (o.learners > 0)
        m_cards[2].detail->setText(OverviewLabels::issuedShare(o, locale));
    QStringList notes;
    if (o.eventSource.isEmpty())
        notes << OverviewLabels::noEvents();
    if (!o.hasStructure && (!o.problems.isEmpty() || !o.videos.isEmpty()))
        notes << OverviewLabels::noStructure();
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
    fillCharts(o);
    fillTables(o);
}

void OverviewPage::fillCharts(const CourseOverview &o)
{
    const QLocale locale(installedLanguage());
    for (QChart *chart : {m_enrollment, m_activity})
        chart->setLocale(locale);

    // Enrollment: the running total per day; a day's label at most every eighth of the way.
    auto *line = new QLineSeries;
    line->setName(OverviewLabels::enrolled());
    line->setColor(kColours[0]);
    line->setPointsVisible(o.enrollmentDays.size() <= 120);
    qint64 largest = 0;
    for (qsizetype i = 0; i < o.enrollmentDays.size(); ++i) {
        line->append(double(i), double(o.enrollmentDays.at(i).cumulative));
        largest = std::max(largest, o.enrollmentDays.at(i).cumulative);
    }
    m_enrollment->addSeries(line);
    m_enrollment->legend()->setVisible(false);
    auto *days = new QCategoryAxis;
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype n = o.enrollmentDays.size();
    const int labels = int(std::min<qsizetype>(n, 7));
    for (int k = 0; k < labels; ++k) {
        const qsizetype i = labels == 1 ? 0 : qsizetype(std::lround(double(k) * double(n - 1) / (labels - 1)));
        days->append(OverviewLabels::shortDay(o.enrollmentDays.at(i).date, locale), double(i));
    }
    days->setRange(0, std::max<double>(1, double(n - 1)));
    auto *count = new QValueAxis;
    count->setLabelFormat(QStringLiteral("%d"));
    count->setRange(0, std::max<qint64>(largest, 1));
    count->applyNiceNumbers();
    m_enrollment->addAxis(days, Qt::AlignBottom);
    m_enrollment->addAxis(count, Qt::AlignLeft);
    line->attachAxis(days);
    line->attachAxis(count);
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state || !m_overview || m_overview->enrollmentDays.isEmpty())
            return;
        const qsizetype i = std::clamp<qsizetype>(qsizetype(std::lround(point.x())), 0, m_overview->enrollmentDays.size() - 1);
        const CourseOverview::EnrollmentDay &d = m_overview->enrollmentDays.at(i);
        const QLocale l(installedLanguage());
        hovered(tr("%1: %2 enrolled (%3 in, %4 out that day)")
                    .arg(OverviewLabels::longDay(d.date, l), l.toString(d.cumulative), l.toString(d.enrollments),
                         l.toString(d.unenrollments)));
    });

    // Weekly activity: three bars a week.
    if (o.weeks.isEmpty())
        return;
    auto *bars = new QBarSeries;
    const QStringList names{OverviewLabels::active(), OverviewLabels::playedVideo(), OverviewLabels::submittedProblem()};
    QStringList weeks;
    qint64 most = 1;
    for (int s = 0; s < 3; ++s) {
        auto *set = new QBarSet(names.at(s));
        set->setColor(kColours[s]);
        set->setBorderColor(kColours[s]);
        for (const CourseOverview::Week &w : o.weeks) {
            const qint64 v = s == 0 ? w.active : s == 1 ? w.playedVideo : w.submittedProblem;
            set->append(double(v));
            most = std::max(most, v);
        }
        connect(set, &QBarSet::hovered, this, [this, s](bool status, int index) {
            if (!status || !m_overview || index < 0 || index >= m_overview->weeks.size())
                return;
            const CourseOverview::Week &w = m_overview->weeks.at(index);
            const qint64 v = s == 0 ? w.active : s == 1 ? w.playedVideo : w.submittedProblem;
            const QLocale l(installedLanguage());
            const QString series = s == 0 ? OverviewLabels::active() : s == 1 ? OverviewLabels::playedVideo() : OverviewLabels::submittedProblem();
            hovered(tr("%1 (from %2) · %3: %4 learners")
                        .arg(w.isoWeek(), OverviewLabels::longDay(w.monday, l), series, l.toString(v)));
        });
        bars->append(set);
    }
    for (const CourseOverview::Week &w : o.weeks)
        weeks << w.isoWeek();
    m_activity->addSeries(bars);
    m_activity->legend()->setVisible(true);
    auto *weekAxis = new QBarCategoryAxis;
    weekAxis->append(weeks);
    if (weeks.size() > 8)
        weekAxis->setLabelsAngle(-60);
    auto *learners = new QValueAxis;
    learners->setLabelFormat(QStringLiteral("%d"));
    learners->setRange(0, double(most));
    learners->applyNiceNumbers();
    m_activity->addAxis(weekAxis, Qt::AlignBottom);
    m_activity->addAxis(learners, Qt::AlignLeft);
    bars->attachAxis(weekAxis);
    bars->attachAxis(learners);
}

void OverviewPage::fillTables(const CourseOverview &o)
{
    const QLocale locale(installedLanguage());
    m_problemModel->setHorizontalHeaderLabels({QStringLiteral("#"), OverviewLabels::problem(), OverviewLabels::learners(),
                                               OverviewLabels::submissions(), OverviewLabels::firstAttemptCorrect(),
                                               OverviewLabels::lastAttemptCorrect()});
    qint64 mostLearners = 1, mostSubmissions = 1;
    for (const CourseOverview::Problem &p : o.problems) {
        mostLearners = std::max(mostLearners, p.learners);
        mostSubmissions = std::max(mostSubmissions, p.submissions);
    }
    int row = 0;
    for (const CourseOverview::Problem &p : o.problems) {
        const bool tried = p.learners > 0;
        const auto share = [&](double v) {
            return tried ? numberItem(OverviewLabels::percent(v, locale), v, v) : numberItem(QStringLiteral("–"), -1);
        };
        ++row;
        m_problemModel->appendRow({numberItem(locale.toString(row), row), textItem(p.name, p.usageKey.isEmpty() ? p.blockId : p.usageKey),
                                   numberItem(locale.toString(p.learners), double(p.learners), double(p.learners) / double(mostLearners)),
                                   numberItem(locale.toString(p.submissions), double(p.submissions),
                                              double(p.submissions) / double(mostSubmissions)),
                                   share(p.firstAttemptCorrect), share(p.lastAttemptCorrect)});
    }
    m_videoModel->setHorizontalHeaderLabels({QStringLiteral("#"), OverviewLabels::video(), OverviewLabels::learners()});
    qint64 mostViewers = 1;
    for (const CourseOverview::Video &v : o.videos)
        mostViewers = std::max(mostViewers, v.learners);
    row = 0;
    for (const CourseOverview::Video &v : o.videos) {
        ++row;
        m_videoModel->appendRow({numberItem(locale.toString(row), row), textItem(v.name, v.usageKey.isEmpty() ? v.blockId : v.usageKey),
                                 numberItem(locale.toString(v.learners), double(v.learners), double(v.learners) / double(mostViewers))});
    }
    m_certificateModel->setHorizontalHeaderLabels({OverviewLabels::status(), OverviewLabels::mode(), OverviewLabels::count()});
    qint64 mostCertificates = 1;
    for (const CourseOverview::Certificates &c : o.certificates)
        mostCertificates = std::max(mostCertificates, c.count);
    for (const CourseOverview::Certificates &c : o.certificates)
        m_certificateModel->appendRow({textItem(c.status), textItem(c.mode),
                                       numberItem(locale.toString(c.count), double(c.count), double(c.count) / double(mostCertificates))});
    m_tables->setTabText(0, tr("%1 (%2)").arg(OverviewLabels::problems(), locale.toString(o.problems.size())));
    m_tables->setTabText(1, tr("%1 (%2)").arg(OverviewLabels::videos(), locale.toString(o.videos.size())));
    // Columns: names take what the numbers leave; the numbers' columns hold their bars.
    for (QTreeView *view : {m_problems, m_videos, m_certificates}) {
        QHeaderView *header = view->header();
        view->sortByColumn(-1, Qt::AscendingOrder);
        const int nameColumn = view == m_certificates ? -1 : 1;
        for (int c = 0; c < header->count(); ++c) {
            if (c == nameColumn) {
                header->setSectionResizeMode(c, QHeaderView::Stretch);
            } else {
                header->setSectionResizeMode(c, QHeaderView::Interactive);
                view->resizeColumnToContents(c);
                if (view->model()->index(0, c).data(kBarRole).isValid())
                    header->resizeSection(c, std::max(header->sectionSize(c) + 90, 170));
            }
        }
    }
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

bool OverviewPage::saveChart(QChartView *view, const QString &path, QString *error) const
{
    const QSize size = view->size();
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        svg.setDescription(m_overview ? m_overview->database : QString());
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        view->render(&painter);
        painter.end();
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
            if (error)
                *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    // PNG at twice the size on screen, sharp when printed or shown on a large screen.
    QPixmap picture(size * 2);
    picture.setDevicePixelRatio(2);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    view->render(&painter);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !picture.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool OverviewPage::saveReport(const QString &path, QString *error) const
{
    if (!m_overview) {
        if (error)
            *error = tr("No figures to save yet.");
        return false;
    }
    QSaveFile file(path);
    const QByteArray html = courseOverviewHtml(*m_overview, QLocale(installedLanguage()), m_computedAt).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void OverviewPage::askSaveChart(QChartView *view, const QString &what)
{
    if (!m_overview)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("overview/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString filter = tr("PNG image (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
                                                      QDir(folder).filePath(m_overview->database + QLatin1Char('-') + what + QStringLiteral(".png")),
                                                      filter + QStringLiteral(";;") + tr("SVG image (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("overview/folder"), QFileInfo(path).absolutePath());
    QString error;
    if (!saveChart(view, path, &error))
        QMessageBox::warning(this, tr("Save Chart"), error);
}

void OverviewPage::askSaveReport()
{
    if (!m_overview)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("overview/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"),
                                                      QDir(folder).filePath(m_overview->database + QStringLiteral("-overview.html")),
                                                      tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("overview/folder"), QFileInfo(path).absolutePath());
    QString error;
    if (!saveReport(path, &error))
        QMessageBox::warning(this, tr("Save Report"), error);
}

} // namespace EdxLoader
