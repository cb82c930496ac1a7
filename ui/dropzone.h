#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace EdxLoader {

// The empty state of the import list: says what to drop and offers the two buttons. Drops
// themselves are handled by the import panel, which tells the zone to light up while dragging.
class DropZone final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropZone)

public:
    explicit DropZone(QWidget *parent = nullptr);
    void setHighlighted(bool on);

Q_SIGNALS:
    void addFilesRequested();
    void addFolderRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_demo;
    QLabel *m_noData;
};

} // namespace EdxLoader
