#pragma once

#include <QSortFilterProxyModel>

namespace EdxLoader {

// Sorting and filtering of the import list, plus what a list needs to look right: an icon per
// row state, muted text for files that are not imported, bold group headers. The headers keep
// their order (courses, tracking logs, other files, unrecognised files) whatever the sort; the
// files sort within their group. The filter matches a file's label, file name, kind, course or
// target, and a header's name: a matching course shows all its files.
class ImportListProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportListProxy)

public:
    explicit ImportListProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace EdxLoader
