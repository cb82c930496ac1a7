#include "importlistproxy.h"

#include "importlistmodel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace EdxLoader {

ImportListProxy::ImportListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImportListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(ImportListModel::FilterRole);
    setFilterKeyColumn(ImportListModel::NameColumn);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

bool ImportListProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid()) {
        // Headers: the same order ascending and descending.
        const QString l = left.siblingAtColumn(0).data(ImportListModel::SortRole).toString();
        const QString r = right.siblingAtColumn(0).data(ImportListModel::SortRole).toString();
        return sortOrder() == Qt::AscendingOrder ? l < r : r < l;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QVariant ImportListProxy::data(const QModelIndex &index, int role) const
{
    const bool header = index.isValid() && !index.parent().isValid();
    if (role == Qt::FontRole && header) {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    if (header || (role != Qt::DecorationRole && role != Qt::ForegroundRole))
        return QSortFilterProxyModel::data(index, role);
    const auto state = QSortFilterProxyModel::data(index, ImportListModel::StateRole)
                           .value<ImportListModel::ItemState>();
    if (role == Qt::ForegroundRole) {
        if (state == ImportListModel::ItemState::NotImported)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (index.column() != ImportListModel::NameColumn)
        return {};
    QStyle *style = QApplication::style();
    switch (state) {
    case ImportListModel::ItemState::Imported:
        return style->standardIcon(QStyle::SP_FileIcon);
    case ImportListModel::ItemState::NotImported:
        return style->standardIcon(QStyle::SP_FileDialogInfoView);
    case ImportListModel::ItemState::Unrecognised:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ImportListModel::ItemState::ExportFailed:
    case ImportListModel::ItemState::Refused:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace EdxLoader
