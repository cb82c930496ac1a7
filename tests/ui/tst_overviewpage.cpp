// The Course Overview page, offscreen (issue 20): for both demo courses, in English and French at
// 1280×800, the page shows the figures CourseOverviewBuilder computes (checked against the raw
// files in tst_courseoverview) as headline numbers, charts and tables; hovering a point or a bar
// says its value; charts save as PNG and SVG, the figures as the HTML report; a computation can
// be cancelled; a target without courses, or a course without events, says what to import.
// (Fixture: tests/ui/uifixture.h.)
#include "uifixture.h"

#include "courseoverview.h"
#include "importcontroller.h"
#include "localisation.h"
#include "overviewpage.h"
#include "overviewreport.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace EdxLoader;
using namespace EdxLoader::Testing;

class TestOverviewPage : public UiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void figuresChartsAndTables_data();
    void figuresChartsAndTables();
    void cancelAndEmptyStates();

private:
    OverviewPage *showPage();
};

OverviewPage *TestOverviewPage::showPage()
{
    OverviewPage *page = m_window->overviewPage();
    m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(page);
    return page;
}

void TestOverviewPage::figuresChartsAndTables_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestOverviewPage::figuresChartsAndTables()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslations(*QCoreApplication::instance(), language), language);
    const auto english = qScopeGuard([] { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); });
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QLocale locale(language);
    m_window->resize(1280, 800);
    QVERIFY(importDemo(demoParams(QStringLiteral("demo"), 2, 10, 1500)));

    OverviewPage *page = m_window->overviewPage();
    QSignalSpy listed(page, &OverviewPage::coursesListed);
    QSignalSpy computed(page, &OverviewPage::computed);
    showPage();
    QVERIFY(listed.wait(20000));
    // Both course databases, and nothing else (tracking_logs has no enrollment table).
    QStringList courses;
    for (int i = 0; i < page->coursePicker()->count(); ++i)
        courses << page->coursePicker()->itemData(i).toString();
    QCOMPARE(courses, (QStringList{QStringLiteral("DemoX-6_00_1-x-2016_Spring"), QStringLiteral("DemoX-DS101x-1T2016")}));
    QVERIFY(computed.count() > 0 || computed.wait(30000));

    for (const QString &course : courses) {
        computed.clear();
        QVERIFY(page->showCourse(course));
        QVERIFY(computed.wait(30000));
        QCOMPARE(computed.first().first().toBool(), true);
        QVERIFY(page->overview());
        const CourseOverview &o = *page->overview();
        // The figures are the builder's (the same computation as the CLI's).
        const Result<CourseOverview> direct = CourseOverviewBuilder(*m_window->importController()->store()).compute(course);
        QVERIFY2(direct, qPrintable(direct.error()));
        QCOMPARE(o.toJson(), direct->toJson());
        QVERIFY(o.events > 1000 && !o.weeks.isEmpty() && !o.problems.isEmpty());

        // Headline numbers, in the page's language.
        QCOMPARE(page->headline(0), locale.toString(o.enrolledNow));
        QCOMPARE(page->headline(1), locale.toString(o.activeLearners));
        QCOMPARE(page->headline(2), locale.toString(OverviewLabels::issued(o)));
        QCOMPARE(page->headline(3), locale.toString(o.events));

        // Cumulative enrollment: a point a day, ending at the last day's total.
        const QList<QAbstractSeries *> lines = page->enrollmentChart()->chart()->series();
        QCOMPARE(lines.size(), 1);
        auto *line = qobject_cast<QLineSeries *>(lines.first());
        QVERIFY(line);
        QCOMPARE(line->count(), o.enrollmentDays.size());
        QCOMPARE(qint64(line->at(line->count() - 1).y()), o.enrollmentDays.last().cumulative);
        QCOMPARE(page->enrollmentChart()->chart()->title(), OverviewLabels::enrollmentChart());
        // Weekly activity: three bars a week, with the week's figures.
        const QList<QAbstractSeries *> bars = page->activityChart()->chart()->series();
        QCOMPARE(bars.size(), 1);
        auto *barSeries = qobject_cast<QBarSeries *>(bars.first());
        QVERIFY(barSeries);
        QCOMPARE(barSeries->count(), 3);
        QCOMPARE(barSeries->barSets().at(1)->label(), OverviewLabels::playedVideo());
        for (int w = 0; w < o.weeks.size(); ++w) {
            QCOMPARE(qint64(barSeries->barSets().at(0)->at(w)), o.weeks.at(w).active);
            QCOMPARE(qint64(barSeries->barSets().at(1)->at(w)), o.weeks.at(w).playedVideo);
            QCOMPARE(qint64(barSeries->barSets().at(2)->at(w)), o.weeks.at(w).submittedProblem);
        }

        // Hovering says the value.
        const qsizetype day = o.enrollmentDays.size() / 2;
        Q_EMIT line->hovered(QPointF(double(day) + 0.2, 1), true);
        QVERIFY2(page->hoverText().contains(OverviewLabels::longDay(o.enrollmentDays.at(day).date, locale))
                     && page->hoverText().contains(locale.toString(o.enrollmentDays.at(day).cumulative)),
                 qPrintable(page->hoverText()));
        const int week = int(o.weeks.size()) - 1;
        Q_EMIT barSeries->barSets().at(2)->hovered(true, week);
        QVERIFY2(page->hoverText().contains(o.weeks.at(week).isoWeek())
                     && page->hoverText().contains(OverviewLabels::submittedProblem())
                     && page->hoverText().contains(locale.toString(o.weeks.at(week).submittedProblem)),
                 qPrintable(page->hoverText()));

        // Problems and videos in course order, with their names and counts.
        QAbstractItemModel *problems = page->problemsView()->model();
        QCOMPARE(problems->rowCount(), o.problems.size());
        for (int r = 0; r < o.problems.size(); ++r) {
            QCOMPARE(problems->index(r, 1).data().toString(), o.problems.at(r).name);
            QCOMPARE(problems->index(r, 2).data().toString(), locale.toString(o.problems.at(r).learners));
            QCOMPARE(problems->index(r, 4).data().toString(),
                     o.problems.at(r).learners > 0 ? OverviewLabels::percent(o.problems.at(r).firstAttemptCorrect, locale)
                                                   : QStringLiteral("–"));
        }
        QAbstractItemModel *videos = page->videosView()->model();
        QCOMPARE(videos->rowCount(), o.videos.size());
        for (int r = 0; r < o.videos.size(); ++r)
            QCOMPARE(videos->index(r, 2).data().toString(), locale.toString(o.videos.at(r).learners));
        // Sorting by learners puts the most tried problem first; the # column gives the course order back.
        page->problemsView()->sortByColumn(2, Qt::DescendingOrder);
        qint64 most = 0;
        for (const CourseOverview::Problem &p : o.problems)
            most = std::max(most, p.learners);
        QCOMPARE(problems->index(0, 2).data().toString(), locale.toString(most));
        page->problemsView()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(problems->index(0, 1).data().toString(), o.problems.first().name);

        // Readable at 1280×800: every header of the tables whole, the charts of a useful size,
        // the headline numbers whole.
        QApplication::processEvents();
        for (QTreeView *view : {page->problemsView(), page->videosView()}) {
            const QHeaderView *header = view->header();
            for (int c = 0; c < header->count(); ++c) {
                const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(text) + 8,
                         qPrintable(QStringLiteral("%1: %2 < %3").arg(text).arg(header->sectionSize(c)).arg(header->fontMetrics().horizontalAdvance(text))));
            }
        }
        QVERIFY(page->enrollmentChart()->height() >= 200 && page->enrollmentChart()->width() >= 450);
        QVERIFY(page->activityChart()->height() >= 200 && page->activityChart()->width() >= 450);
        QVERIFY(page->problemsView()->viewport()->height() >= 100);

        // Exports: PNG (twice the size on screen), SVG, and the HTML report.
        const QString png = m_dir->filePath(course + QStringLiteral(".png"));
        QString error;
        QVERIFY2(page->saveChart(page->enrollmentChart(), png, &error), qPrintable(error));
        const QImage picture(png);
        QCOMPARE(picture.size(), page->enrollmentChart()->size() * 2);
        const QString svg = m_dir->filePath(course + QStringLiteral(".svg"));
        QVERIFY2(page->saveChart(page->activityChart(), svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg") && svgText.contains("</svg>"));
        const QString html = m_dir->filePath(course + QStringLiteral(".html"));
        QVERIFY2(page->saveReport(html, &error), qPrintable(error));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(report.contains(QStringLiteral("lang=\"%1\"").arg(locale.bcp47Name())));
        QVERIFY(report.contains(OverviewLabels::enrolledNow().toHtmlEscaped()));
        QVERIFY(!page->saveChart(page->enrollmentChart(), m_dir->filePath(QStringLiteral("missing/chart.png")), &error));
        QVERIFY2(error.contains(QLatin1String("chart.png")), qPrintable(error));

        if (const QByteArray dir = qgetenv("EDXLOADER_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(100);
            m_window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("overview-%1-%2.png").arg(course, language)));
        }
    }
}

void TestOverviewPage::cancelAndEmptyStates()
{
    // Nothing imported: the page says what to do.
    OverviewPage *page = m_window->overviewPage();
    QSignalSpy listed(page, &OverviewPage::coursesListed);
    showPage();
    QVERIFY(listed.wait(20000));
    QCOMPARE(page->coursePicker()->count(), 0);
    auto *stack = page->findChild<QStackedWidget *>();
    QVERIFY(stack);
    auto *empty = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(empty && empty->text().contains(QLatin1String("Import a course's files")));

    // A course without tracking events: its enrollment shows, the rest says what is missing.
    const DemoResult demo = DemoGenerator(demoParams(QStringLiteral("demo"), 1, 2, 20000)).run();
    QVERIFY(demo.ok);
    importDirectly({demo.packageDir});
    QSignalSpy computed(page, &OverviewPage::computed);
    listed.clear();
    page->refreshCourses();
    QVERIFY(listed.wait(20000));
    QVERIFY(computed.wait(30000));
    QVERIFY(page->overview() && page->overview()->eventSource.isEmpty());
    QCOMPARE(page->headline(1), QStringLiteral("–"));
    QVERIFY(page->headline(0) != QStringLiteral("–"));
    QVERIFY(page->activityChart()->chart()->series().isEmpty());
    bool explained = false;
    for (QLabel *label : page->findChildren<QLabel *>())
        explained = explained || (label->isVisible() && label->text().contains(OverviewLabels::noEvents()));
    QVERIFY(explained);

    // With the logs, a computation cancelled stops: nothing half-computed is shown.
    importDirectly({demo.eventsDir});
    const QString course = page->coursePicker()->currentData().toString();
    computed.clear();
    QVERIFY(page->showCourse(course));
    page->cancel();
    QVERIFY(computed.wait(30000));
    QCOMPARE(computed.first().first().toBool(), false);
    QVERIFY(!page->overview());
    QVERIFY2(page->statusLabel()->text().contains(QLatin1String("Cancelled")), qPrintable(page->statusLabel()->text()));
    // Computed again, whole.
    computed.clear();
    QVERIFY(page->showCourse(course));
    QVERIFY(computed.wait(30000));
    QCOMPARE(computed.first().first().toBool(), true);
    QVERIFY(page->overview()->events > 0);
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
