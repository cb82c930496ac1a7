#pragma once

#include <QStyledItemDelegate>

namespace EdxLoader {

// Draws a progress bar in the Status column of a row being imported (ProgressRole ≥ 0).
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace EdxLoader
