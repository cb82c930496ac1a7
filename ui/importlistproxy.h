#pragma once

#include <QSortFilterProxyModel>

namespace EdxLoader {

// Sorting and filtering of the import list, plus what a list needs to look right: an icon per
// row state and muted text for files that are not imported.
class ImportListProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportListProxy)

public:
    explicit ImportListProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace EdxLoader
