#include "overviewreport.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace EdxLoader {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

// A value axis from 0 that ends on a round number, with 3 to 6 steps of 1, 2 or 5 × 10^k.
struct Scale
{
    double max = 1, step = 1;
};

Scale scaleFor(double largest)
{
    if (largest <= 0)
        return {};
    const double raw = largest / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        step = f * magnitude;
        if (step >= raw)
            break;
    }
    step = std::max(step, 1.0); // counts: no fractional ticks
    return {std::ceil(largest / step) * step, step};
}

const char *const kColours[] = {"#2f6db5", "#e0892b", "#3c9a5f"};

// The frame shared by the charts: the plot area, the horizontal grid with its values, the
// category labels under it (at most maxLabels, evenly spread).
class SvgChart
{
public:
    static constexpr double kWidth = 760, kHeight = 270, kLeft = 60, kRight = 16, kTop = 28, kBottom = 44;

    SvgChart(const QString &label, double largest, const QLocale &locale)
        : m_scale(scaleFor(largest))
        , m_locale(locale)
    {
        m_svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">\n")
                     .arg(kWidth)
                     .arg(kHeight)
                     .arg(esc(label));
        for (double v = 0; v <= m_scale.max + 0.5; v += m_scale.step) {
            const double y = yOf(v);
            m_svg += QStringLiteral("<line class=\"grid\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>\n")
                         .arg(num(kLeft), num(y), num(kWidth - kRight));
            m_svg += QStringLiteral("<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n")
                         .arg(num(kLeft - 6), num(y + 4), esc(m_locale.toString(qint64(v))));
        }
    }

    static double plotWidth() { return kWidth - kLeft - kRight; }
    // (A value below 0, which the figures never give, sits on the axis; its title still says it.)
    double yOf(double v) const { return kTop + (kHeight - kTop - kBottom) * (1 - std::max(v, 0.0) / m_scale.max); }
    static double baseline() { return kHeight - kBottom; }

    void categoryLabels(const QStringList &labels, const std::function<double(int)> &xOf, int maxLabels = 8)
    {
        const int n = int(labels.size());
        if (n == 0)
            return;
        const int shown = std::min(n, maxLabels);
        int previous = -1;
        for (int k = 0; k < shown; ++k) {
            const int i = shown == 1 ? 0 : int(std::lround(double(k) * (n - 1) / (shown - 1)));
            if (i == previous)
                continue;
            previous = i;
            // Those at the ends stay inside the picture.
            const double x = xOf(i);
            const char *anchor = x < kLeft + 30 ? "start" : x > kWidth - kRight - 30 ? "end" : "middle";
            m_svg += QStringLiteral("<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"%3\">%4</text>\n")
                         .arg(num(x), num(baseline() + 18), QLatin1String(anchor), esc(labels.at(i)));
        }
    }

    void legend(const QStringList &names)
    {
        double x = kLeft;
        for (int s = 0; s < names.size(); ++s) {
            m_svg += QStringLiteral("<rect x=\"%1\" y=\"8\" width=\"12\" height=\"12\" fill=\"%2\"/>"
                                    "<text class=\"legend\" x=\"%3\" y=\"18\">%4</text>\n")
                         .arg(num(x), QLatin1String(kColours[s % 3]), num(x + 17), esc(names.at(s)));
            x += 30 + 7.5 * names.at(s).size();
        }
    }

    QString &svg() { return m_svg; }
    QString finish()
    {
        m_svg += QStringLiteral("<line class=\"axis\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>\n</svg>\n")
                     .arg(num(kLeft), num(baseline()), num(kWidth - kRight));
        return m_svg;
    }

private:
    Scale m_scale;
    QLocale m_locale;
    QString m_svg;
};

// One line (with the area under it); each point shows "label: value" when hovered.
QString lineChart(const QString &label, const QString &series, const QStringList &categories, const QStringList &axisLabels,
                  const QList<qint64> &values, const QLocale &locale)
{
    const qint64 largest = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    SvgChart chart(label, double(largest), locale);
    const int n = int(values.size());
    const auto xOf = [n](int i) {
        return SvgChart::kLeft + (n == 1 ? SvgChart::plotWidth() / 2 : SvgChart::plotWidth() * i / (n - 1));
    };
    QStringList points;
    for (int i = 0; i < n; ++i)
        points << num(xOf(i)) + QLatin1Char(',') + num(chart.yOf(double(values.at(i))));
    if (n > 0) {
        chart.svg() += QStringLiteral("<polygon class=\"area\" fill=\"%1\" points=\"%2,%3 %4 %5,%3\"/>\n")
                           .arg(QLatin1String(kColours[0]), num(xOf(0)), num(SvgChart::baseline()),
                                points.join(QLatin1Char(' ')), num(xOf(n - 1)));
        chart.svg() += QStringLiteral("<polyline class=\"line\" stroke=\"%1\" points=\"%2\"/>\n")
                           .arg(QLatin1String(kColours[0]), points.join(QLatin1Char(' ')));
    }
    for (int i = 0; i < n; ++i)
        chart.svg() += QStringLiteral("<circle class=\"point\" cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"%3\"><title>%4 · %5: %6</title></circle>\n")
                           .arg(num(xOf(i)), num(chart.yOf(double(values.at(i)))), QLatin1String(kColours[0]),
                                esc(categories.at(i)), esc(series), esc(locale.toString(values.at(i))));
    chart.categoryLabels(axisLabels, xOf);
    return chart.finish();
}

// Bars side by side for each category, one per series; each bar shows its value when hovered.
QString barChart(const QString &label, const QStringList &series, const QStringList &categories, const QStringList &axisLabels,
                 const QList<QList<qint64>> &values, const QLocale &locale)
{
    qint64 largest = 0;
    for (const QList<qint64> &s : values)
        for (qint64 v : s)
            largest = std::max(largest, v);
    SvgChart chart(label, double(largest), locale);
    const int n = int(categories.size());
    const double slot = n > 0 ? SvgChart::plotWidth() / n : 0;
    const double group = slot * 0.8;
    const double bar = series.isEmpty() ? 0 : group / double(series.size());
    const auto xOf = [&](int i) { return SvgChart::kLeft + slot * (i + 0.5); };
    for (int i = 0; i < n; ++i) {
        for (int s = 0; s < series.size(); ++s) {
            const qint64 v = values.at(s).at(i);
            const double top = chart.yOf(double(v));
            chart.svg() += QStringLiteral("<rect class=\"bar\" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6 · %7: %8</title></rect>\n")
                               .arg(num(xOf(i) - group / 2 + bar * s), num(top), num(std::max(bar - 1, 0.5)),
                                    num(SvgChart::baseline() - top), QLatin1String(kColours[s % 3]),
                                    esc(categories.at(i)), esc(series.at(s)), esc(locale.toString(v)));
        }
    }
    if (series.size() > 1)
        chart.legend(series);
    chart.categoryLabels(axisLabels, xOf);
    return chart.finish();
}

// A number with a bar of its share of the column's largest (or of 1 for shares) behind it.
QString barCell(const QString &text, double fraction)
{
    return QStringLiteral("<td class=\"num\"><span class=\"track\"><span class=\"fill\" style=\"width:%1%\"></span></span>%2</td>")
        .arg(num(std::clamp(fraction, 0.0, 1.0) * 100), esc(text));
}

QString headline(const QString &label, const QString &value, const QString &detail = {})
{
    QString html = QStringLiteral("<div class=\"card\"><div class=\"label\">%1</div><div class=\"value\">%2</div>")
                       .arg(esc(label), esc(value));
    if (!detail.isEmpty())
        html += QStringLiteral("<div class=\"detail\">%1</div>").arg(esc(detail));
    return html + QStringLiteral("</div>\n");
}

const char kStyle[] = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #222; margin: 24px auto; max-width: 860px; padding: 0 16px; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.8em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
p.ids, p.note, p.provenance { color: #555; font-size: 0.9em; }
div.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
div.card { border: 1px solid #d6d6d6; border-radius: 6px; padding: 10px 14px; min-width: 150px; flex: 1; }
div.card .label { color: #555; font-size: 0.85em; }
div.card .value { font-size: 1.7em; font-weight: bold; }
div.card .detail { color: #555; font-size: 0.85em; }
svg { width: 100%; height: auto; font-size: 12px; }
svg .grid { stroke: #e3e3e3; }
svg .axis { stroke: #888; }
svg .tick, svg .legend { fill: #444; }
svg .line { fill: none; stroke-width: 2; }
svg .area { fill-opacity: 0.12; }
svg .point:hover, svg .bar:hover { opacity: 0.7; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; }
th { background: #f4f4f4; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
td.name { min-width: 14em; }
span.track { display: inline-block; width: 56px; height: 9px; background: #eef2f7; margin-right: 8px; vertical-align: middle; }
span.fill { display: block; height: 9px; background: #2f6db5; }
)";

} // namespace

QString OverviewLabels::percent(double share, const QLocale &locale)
{
    return tr("%1%", "a whole percentage").arg(locale.toString(share * 100, 'f', 0));
}

QString OverviewLabels::byMode(const CourseOverview &o, const QLocale &locale)
{
    QStringList parts;
    for (auto it = o.enrolledNowByMode.cbegin(); it != o.enrolledNowByMode.cend(); ++it)
        parts << tr("%1 %2", "count and enrollment mode: 17 audit").arg(locale.toString(it.value()), it.key());
    return parts.join(QStringLiteral(", "));
}

QString OverviewLabels::activeShare(const CourseOverview &o, const QLocale &locale)
{
    return tr("%1 of the %n learners who enrolled", nullptr, int(o.learners))
        .arg(percent(o.learners > 0 ? double(o.activeLearners) / double(o.learners) : 0, locale));
}

QString OverviewLabels::issuedShare(const CourseOverview &o, const QLocale &locale)
{
    return tr("%1 of the learners who enrolled").arg(percent(o.learners > 0 ? double(issued(o)) / double(o.learners) : 0, locale));
}

QString OverviewLabels::shortDay(const QDate &day, const QLocale &locale)
{
    return locale.toString(day, QStringLiteral("d MMM"));
}

QString OverviewLabels::longDay(const QDate &day, const QLocale &locale)
{
    return locale.toString(day, QStringLiteral("d MMM yyyy"));
}

qint64 OverviewLabels::issued(const CourseOverview &o)
{
    qint64 n = 0;
    for (const CourseOverview::Certificates &c : o.certificates)
        if (c.status == QLatin1String("downloadable"))
            n += c.count;
    return n;
}

QString OverviewLabels::provenance(const CourseOverview &o, const QDateTime &computed, const QLocale &locale)
{
    const QString when = locale.toString(computed.toUTC(), QLocale::ShortFormat);
    return o.eventSource.isEmpty()
        ? tr("Computed by EdxLoader on %1 UTC from the database %2 (no tracking events). Days and weeks are UTC.")
              .arg(when, o.database)
        : tr("Computed by EdxLoader on %1 UTC from the database %2 and the events of %3. Days and weeks are UTC.")
              .arg(when, o.database, o.eventSource);
}

QString courseOverviewHtml(const CourseOverview &o, const QLocale &locale, const QDateTime &computed)
{
    using L = OverviewLabels;
    const auto n = [&](qint64 v) { return locale.toString(v); };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n<head>\n"
                           "<meta charset=\"utf-8\"/>\n<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                .arg(esc(locale.bcp47Name()), esc(OverviewLabels::tr("Course overview: %1").arg(o.database)), QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"ids\">%2</p>\n")
                .arg(esc(OverviewLabels::tr("Course overview: %1").arg(o.database)), esc(o.courseIds.join(QStringLiteral(", "))));

    // Headline numbers.
    html += QStringLiteral("<div class=\"cards\">\n");
    html += headline(L::enrolledNow(), n(o.enrolledNow), L::byMode(o, locale));
    html += headline(L::activeLearners(), o.eventSource.isEmpty() ? QStringLiteral("–") : n(o.activeLearners),
                     o.eventSource.isEmpty() || o.learners == 0 ? QString() : L::activeShare(o, locale));
    html += headline(L::certificatesIssued(), n(L::issued(o)), o.learners > 0 ? L::issuedShare(o, locale) : QString());
    html += headline(L::events(), n(o.events),
                     o.eventsWithoutLearner > 0 ? OverviewLabels::tr("and %1 of other users").arg(n(o.eventsWithoutLearner)) : QString());
    html += QStringLiteral("</div>\n");

    // Enrollment over time.
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(L::enrollmentChart()));
    if (o.enrollmentDays.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(OverviewLabels::tr("The enrollment table gives no dates.")));
    } else {
        QStringList days, axis;
        QList<qint64> cumulative;
        for (const CourseOverview::EnrollmentDay &d : o.enrollmentDays) {
            days << L::longDay(d.date, locale);
            axis << L::shortDay(d.date, locale);
            cumulative << d.cumulative;
        }
        html += lineChart(L::enrollmentChart(), L::enrolled(), days, axis, cumulative, locale);
    }

    // Activity.
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(L::activityChart()));
    if (o.eventSource.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(L::noEvents()));
    } else {
        QStringList weeks;
        QList<QList<qint64>> series(3);
        for (const CourseOverview::Week &w : o.weeks) {
            weeks << w.isoWeek();
            series[0] << w.active;
            series[1] << w.playedVideo;
            series[2] << w.submittedProblem;
        }
        html += barChart(L::activityChart(), {L::active(), L::playedVideo(), L::submittedProblem()}, weeks, weeks, series, locale);
        html += QStringLiteral("<table class=\"weeks\">\n<tr><th>%1</th><th>%2</th><th class=\"num\">%3</th><th class=\"num\">%4</th>"
                               "<th class=\"num\">%5</th><th class=\"num\">%6</th></tr>\n")
                    .arg(esc(L::week()), esc(OverviewLabels::tr("From")), esc(L::active()), esc(L::playedVideo()),
                         esc(L::submittedProblem()), esc(L::events()));
        for (const CourseOverview::Week &w : o.weeks)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                                   "<td class=\"num\">%5</td><td class=\"num\">%6</td></tr>\n")
                        .arg(esc(w.isoWeek()), esc(L::longDay(w.monday, locale)), n(w.active),
                             n(w.playedVideo), n(w.submittedProblem), n(w.events));
        html += QStringLiteral("</table>\n");
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(L::eventsPerDay()));
        QStringList days, axis;
        QList<qint64> counts;
        for (const auto &[day, count] : o.eventsPerDay) {
            days << L::longDay(day, locale);
            axis << L::shortDay(day, locale);
            counts << count;
        }
        html += barChart(L::eventsPerDay(), {L::events()}, days, axis, {counts}, locale);
    }

    // Certificates.
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(L::certificates()));
    if (o.certificates.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(OverviewLabels::tr("No certificates.")));
    } else {
        html += QStringLiteral("<table class=\"certificates\">\n<tr><th>%1</th><th>%2</th><th class=\"num\">%3</th></tr>\n")
                    .arg(esc(L::status()), esc(L::mode()), esc(L::count()));
        for (const CourseOverview::Certificates &c : o.certificates)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td></tr>\n")
                        .arg(esc(c.status), esc(c.mode), n(c.count));
        html += QStringLiteral("</table>\n");
    }

    // Problems and videos, in course order.
    if (!o.hasStructure && (!o.problems.isEmpty() || !o.videos.isEmpty()))
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(L::noStructure()));
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(L::problems()));
    if (o.problems.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(OverviewLabels::tr("No problems.")));
    } else {
        qint64 most = 1;
        for (const CourseOverview::Problem &p : o.problems)
            most = std::max(most, p.learners);
        html += QStringLiteral("<table class=\"problems\">\n<tr><th class=\"num\">#</th><th>%1</th><th class=\"num\">%2</th>"
                               "<th class=\"num\">%3</th><th class=\"num\">%4</th><th class=\"num\">%5</th></tr>\n")
                    .arg(esc(L::problem()), esc(L::learners()), esc(L::submissions()), esc(L::firstAttemptCorrect()),
                         esc(L::lastAttemptCorrect()));
        int row = 0;
        for (const CourseOverview::Problem &p : o.problems) {
            const bool tried = p.learners > 0;
            html += QStringLiteral("<tr><td class=\"num\">%1</td><td class=\"name\" title=\"%2\">%3</td>%4<td class=\"num\">%5</td>%6%7</tr>\n")
                        .arg(++row)
                        .arg(esc(p.usageKey.isEmpty() ? p.blockId : p.usageKey), esc(p.name),
                             barCell(n(p.learners), double(p.learners) / double(most)), n(p.submissions),
                             tried ? barCell(L::percent(p.firstAttemptCorrect, locale), p.firstAttemptCorrect)
                                   : QStringLiteral("<td class=\"num\">–</td>"),
                             tried ? barCell(L::percent(p.lastAttemptCorrect, locale), p.lastAttemptCorrect)
                                   : QStringLiteral("<td class=\"num\">–</td>"));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(L::videos()));
    if (o.videos.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(OverviewLabels::tr("No videos.")));
    } else {
        qint64 most = 1;
        for (const CourseOverview::Video &v : o.videos)
            most = std::max(most, v.learners);
        html += QStringLiteral("<table class=\"videos\">\n<tr><th class=\"num\">#</th><th>%1</th><th class=\"num\">%2</th></tr>\n")
                    .arg(esc(L::video()), esc(L::learners()));
        int row = 0;
        for (const CourseOverview::Video &v : o.videos)
            html += QStringLiteral("<tr><td class=\"num\">%1</td><td class=\"name\" title=\"%2\">%3</td>%4</tr>\n")
                        .arg(++row)
                        .arg(esc(v.usageKey.isEmpty() ? v.blockId : v.usageKey), esc(v.name),
                             barCell(n(v.learners), double(v.learners) / double(most)));
        html += QStringLiteral("</table>\n");
    }

    html += QStringLiteral("<p class=\"provenance\">%1</p>\n<p class=\"provenance\">%2</p>\n</body>\n</html>\n")
                .arg(esc(L::provenance(o, computed, locale)),
                     esc(OverviewLabels::tr("Learners are the users of the enrollment table; an event is theirs when its username is "
                               "theirs. Problems count graded submissions (server problem_check events); videos count "
                               "play_video events.")));
    return html;
}

} // namespace EdxLoader
