#include "elidinglabel.h"

#include <QPainter>
#include <QStyle>

namespace EdxLoader {

QSize ElidingLabel::minimumSizeHint() const
{
    // As narrow as "…": the rest of the status bar keeps its room.
    return {fontMetrics().horizontalAdvance(QStringLiteral("…")) + 2 * margin(), QLabel::minimumSizeHint().height()};
}

void ElidingLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QRect room = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, room.width());
    style()->drawItemText(&painter, room, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
    updateTip();
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateTip();
}

void ElidingLabel::updateTip()
{
    const bool cut = fontMetrics().horizontalAdvance(text()) > contentsRect().width() - 2 * margin();
    const QString tip = cut ? text() : QString();
    if (toolTip() != tip)
        setToolTip(tip);
}

} // namespace EdxLoader
