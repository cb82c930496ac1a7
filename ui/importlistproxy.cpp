#include "importlistproxy.h"

#include "importlistmodel.h"

#include <QApplication>
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
    setFilterKeyColumn(-1);
}

QVariant ImportListProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::ForegroundRole)
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
