#pragma once

#include <QLabel>

namespace EdxLoader {

// A one-line label that ends its text with "…" when it does not fit, the whole text then in its
// tooltip (the status bar's import summary: it never runs under the target beside it).
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)

public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTip();
};

} // namespace EdxLoader
