#pragma once

// What the Course Overview page's two files share (overviewpage.cpp: the page and its tasks;
// overviewfigures.cpp: what it draws from the figures, and the exports).
#include <QColor>
#include <QString>

#include <optional>

class QChart;
class QChartView;
class QStandardItem;
class QStandardItemModel;
class QTreeView;
class QWidget;

namespace EdxLoader::OverviewFigures {

constexpr int SortRole = Qt::UserRole;    // the number a column sorts by
constexpr int BarRole = Qt::UserRole + 1; // the share (0–1) the cell's bar shows

// The colours of the series (active, video, problem), the bars in cells the first.
QColor seriesColour(int series);
// A read-only cell sorted by its text, or by a number (with a bar of share when given).
QStandardItem *textItem(const QString &text, const QString &tooltip = {});
QStandardItem *numberItem(const QString &text, double sortValue, std::optional<double> share = {});
// A sortable table whose number cells show their bar.
QTreeView *tableView(QStandardItemModel *model, QWidget *parent);
// A chart view, empty and titled until a course's figures come.
QChartView *chartView(QChart *chart, QWidget *parent);

} // namespace EdxLoader::OverviewFigures
