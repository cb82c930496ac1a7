// The Course Overview page's figures: the cards, charts and tables drawn from a CourseOverview,
// and their exports (PNG, SVG, the HTML report). The page itself, its course list and its worker
// are in overviewpage.cpp.
#include "overviewfigures.h"
#include "overviewpage.h"

#include "localisation.h"
#include "overviewreport.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTreeView>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace EdxLoader {

namespace {

using namespace OverviewFigures;

// A number right-aligned in its cell with a bar of its share on the left: the bar never runs
// under the text.
class BarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant share = index.data(BarRole);
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
        painter->fillRect(bar, seriesColour(0));
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }
};

} // namespace

namespace OverviewFigures {

QColor seriesColour(int series)
{
    static const QColor colours[] = {QColor(0x2f, 0x6d, 0xb5), QColor(0xe0, 0x89, 0x2b), QColor(0x3c, 0x9a, 0x5f)};
    return colours[series % 3];
}

QStandardItem *textItem(const QString &text, const QString &tooltip)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(text, SortRole);
    if (!tooltip.isEmpty())
        item->setToolTip(tooltip);
    return item;
}

QStandardItem *numberItem(const QString &text, double sortValue, std::optional<double> share)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortValue, SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (share)
        item->setData(*share, BarRole);
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

} // namespace OverviewFigures

using namespace OverviewFigures;

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
    line->setColor(seriesColour(0));
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
        set->setColor(seriesColour(s));
        set->setBorderColor(seriesColour(s));
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
                if (view->model()->index(0, c).data(BarRole).isValid())
                    header->resizeSection(c, std::max(header->sectionSize(c) + 90, 170));
            }
        }
    }
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
