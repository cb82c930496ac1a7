#include "dropzone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace EdxLoader {

DropZone::DropZone(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("dropZone"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setMinimumHeight(220);

    m_title->setText(tr("Drop edX data files, folders or packages here"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);

    auto *hint = new QLabel(
        tr("SQL tables (.sql), forum posts (.mongo), course structures (.json), daily tracking logs "
           "(.log.gz) and whole weekly packages (.zip), encrypted (.gpg) or not.\nEach file is "
           "recognised by its name and shown with the database and collection it is meant for."),
        this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    auto *addFiles = new QPushButton(tr("Add Files…"), this);
    addFiles->setObjectName(QStringLiteral("dropZoneAddFiles"));
    auto *addFolder = new QPushButton(tr("Add Folder…"), this);
    addFolder->setObjectName(QStringLiteral("dropZoneAddFolder"));
    auto *demo = new QPushButton(tr("Create a Demo Package…"), this);
    demo->setObjectName(QStringLiteral("dropZoneDemo"));
    demo->setFlat(true);
    connect(addFiles, &QPushButton::clicked, this, &DropZone::addFilesRequested);
    connect(addFolder, &QPushButton::clicked, this, &DropZone::addFolderRequested);
    connect(demo, &QPushButton::clicked, this, &DropZone::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addStretch();
    auto *demoRow = new QHBoxLayout;
    demoRow->addStretch();
    demoRow->addWidget(new QLabel(tr("No data at hand?"), this));
    demoRow->addWidget(demo);
    demoRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addLayout(demoRow);
    layout->addStretch(3);
    layout->setContentsMargins(48, 24, 48, 24);
    setHighlighted(false);
}

void DropZone::setHighlighted(bool on)
{
    QPalette p = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    p.setColor(QPalette::Window, on ? base.color(QPalette::Highlight).lighter(170)
                                    : base.color(QPalette::Base));
    setPalette(p);
    setFrameShadow(on ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(on ? 2 : 1);
}

} // namespace EdxLoader
