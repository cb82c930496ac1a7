#include "dropzone.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace EdxLoader {

DropZone::DropZone(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_addFiles(new QPushButton(this))
    , m_addFolder(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_noData(new QLabel(this))
{
    setObjectName(QStringLiteral("dropZone"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setMinimumHeight(220);

    m_title->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_addFiles->setObjectName(QStringLiteral("dropZoneAddFiles"));
    m_addFolder->setObjectName(QStringLiteral("dropZoneAddFolder"));
    m_demo->setObjectName(QStringLiteral("dropZoneDemo"));
    m_demo->setFlat(true);
    connect(m_addFiles, &QPushButton::clicked, this, &DropZone::addFilesRequested);
    connect(m_addFolder, &QPushButton::clicked, this, &DropZone::addFolderRequested);
    connect(m_demo, &QPushButton::clicked, this, &DropZone::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addStretch();
    auto *demoRow = new QHBoxLayout;
    demoRow->addStretch();
    demoRow->addWidget(m_noData);
    demoRow->addWidget(m_demo);
    demoRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(m_hint);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addLayout(demoRow);
    layout->addStretch(3);
    layout->setContentsMargins(48, 24, 48, 24);
    setHighlighted(false);
    retranslate();
}

void DropZone::retranslate()
{
    m_title->setText(tr("Drop edX data files, folders or packages here"));
    m_hint->setText(tr("SQL tables (.sql), forum posts (.mongo), course structures (.json), daily tracking logs "
                       "(.log.gz) and whole weekly packages (.zip), encrypted (.gpg) or not.\nEach file is "
                       "recognised by its name and shown with the database and collection it is meant for."));
    m_addFiles->setText(tr("Add Files…"));
    m_addFolder->setText(tr("Add Folder…"));
    m_demo->setText(tr("Create a Demo Package…"));
    m_noData->setText(tr("No data at hand?"));
}

void DropZone::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
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
