#include "importpanel.h"

#include "classifier.h"
#include "dropzone.h"
#include "importdetails.h"
#include "importlistmodel.h"
#include "importlistproxy.h"
#include "inputscanner.h"
#include "progressdelegate.h"

#include <QDragEnterEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

namespace {

class MiddleElideDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

// Splits dropped URLs into local paths and the ones we cannot read (web links, remote shares).
QStringList localPaths(const QList<QUrl> &urls, QStringList *refused)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
        else if (refused)
            refused->append(url.toDisplayString());
    }
    return paths;
}

} // namespace

ImportPanel::ImportPanel(ImportListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ImportListProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_dropZone(new DropZone(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new ImportDetails(model, this))
{
    setObjectName(QStringLiteral("importPanel"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("importList"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportListModel::NameColumn, Qt::AscendingOrder);
    // Long names of unrecognised files keep their distinctive end visible.
    m_view->setItemDelegateForColumn(ImportListModel::NameColumn, new MiddleElideDelegate(m_view));
    m_view->setItemDelegateForColumn(ImportListModel::StatusColumn, new ProgressDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    // The group header rows name the course: no column repeats it. The status appears with the
    // first import.
    header->setSectionHidden(ImportListModel::CourseColumn, true);
    header->setSectionHidden(ImportListModel::StatusColumn, true);
    // Columns follow their content (a column the user resized keeps its width).
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(50);
    connect(&m_fitTimer, &QTimer::timeout, this, &ImportPanel::fitColumns);
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int) {
        // Only a drag of the section's edge counts (the header also resizes hidden sections).
        if (!m_fitting && section != ImportListModel::NoteColumn && (QGuiApplication::mouseButtons() & Qt::LeftButton))
            m_userSized.insert(section);
    });
    const auto refit = [this] { m_fitTimer.start(); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this, refit](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) { // new groups open
            for (int r = first; r <= last; ++r)
                m_view->expand(m_proxy->index(r, 0));
        }
        refit();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this, refit] {
        m_view->expandAll();
        refit();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, refit);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // Progress ticks change only the status text's percentage: fit at most four times a second.
        if (!m_fitTimer.isActive())
            m_fitTimer.start(m_view->header()->isSectionHidden(ImportListModel::StatusColumn) ? 50 : 250);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_details->setCurrent(m_proxy->mapToSource(current)); });

    m_filter->setObjectName(QStringLiteral("importFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter);
    m_filter->setMinimumWidth(280);
    listLayout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical, listPage);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(true);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    splitter->setSizes({1000, fontMetrics().lineSpacing() * 8});
    listLayout->addWidget(splitter, 1);
    m_dropHint = new QLabel(listPage);
    m_dropHint->setEnabled(false);
    listLayout->addWidget(m_dropHint);

    m_stack->addWidget(m_dropZone);
    m_stack->addWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_dropZone, &DropZone::addFilesRequested, this, &ImportPanel::addFilesRequested);
    connect(m_dropZone, &DropZone::addFolderRequested, this, &ImportPanel::addFolderRequested);
    connect(m_dropZone, &DropZone::demoRequested, this, &ImportPanel::demoRequested);
    connect(m_model, &ImportListModel::summaryChanged, this, &ImportPanel::updateState);
    connect(&m_scan, &QFutureWatcher<ImportItems>::resultReadyAt, this, [this](int index) {
        const ImportItems batch = m_scan.resultAt(index);
        m_scannedFiles += int(batch.size());
        m_model->addItems(batch);
    });
    connect(&m_scan, &QFutureWatcher<ImportItems>::finished, this, [this] {
        if (!m_pendingScans.isEmpty())
            return startNextScan();
        updateState();
        Q_EMIT scanFinished();
    });
    retranslate();
}

void ImportPanel::retranslate()
{
    m_view->setAccessibleName(tr("Import list"));
    m_filter->setPlaceholderText(tr("Filter by name, kind, course or target"));
    m_dropHint->setText(tr("Drop more files or folders anywhere in this window to add them."));
    updateState();
}

void ImportPanel::changeEvent(QEvent *event)
{
    // The list's labels, headers and statuses are worded again; the columns follow their new width.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        m_fitTimer.start();
    }
    QWidget::changeEvent(event);
}

ImportPanel::~ImportPanel()
{
    // The scan holds what it reads (paths, classifier), not the panel: it stops at its next batch.
    m_pendingScans.clear();
    m_scan.cancel();
}

bool ImportPanel::isScanning() const
{
    return m_scan.isRunning() || !m_pendingScans.isEmpty();
}

void ImportPanel::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!isScanning())
        m_scannedFiles = 0;
    m_pendingScans.append(paths);
    if (!m_scan.isRunning())
        startNextScan();
    updateState();
}

void ImportPanel::setScheme(CollectionScheme scheme)
{
    auto classifier = std::make_shared<Classifier>(Classifier::builtIn());
    classifier->setScheme(scheme);
    m_classifier = classifier;
    m_model->reclassify(*classifier);
}

void ImportPanel::startNextScan()
{
    const QStringList paths = m_pendingScans.takeFirst();
    if (!m_classifier)
        m_classifier = std::make_shared<const Classifier>(Classifier::builtIn());
    m_scan.setFuture(QtConcurrent::run([paths, classifier = m_classifier](QPromise<ImportItems> &promise) {
        const InputScanner scanner(*classifier);
        const InputScanner::Result r = scanner.scan(paths, [&promise](const ImportItems &batch) {
            promise.addResult(batch);
            return !promise.isCanceled();
        });
        Q_UNUSED(r)
    }));
    // Missing paths are reported right away, from this thread.
    QStringList missing;
    for (const QString &p : paths) {
        if (!QFileInfo::exists(p))
            missing.append(p);
    }
    if (!missing.isEmpty())
        showMessage(tr("Not found, so not added: %1").arg(missing.join(QStringLiteral(", "))));
}

void ImportPanel::showMessage(const QString &text)
{
    // The banner takes its room from the list: a list scrolled to its end stays at its end, so
    // that the banner never hides the last rows.
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (atEnd) {
        QTimer::singleShot(0, this, [this] {
            QScrollBar *b = m_view->verticalScrollBar();
            b->setValue(b->maximum());
        });
    }
}

QString ImportPanel::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

QList<int> ImportPanel::selectedRows() const
{
    // A selected group header stands for its files (those the filter shows).
    QList<int> items;
    QSet<int> seen;
    const auto add = [&](const QModelIndex &proxyIndex) {
        const int item = m_model->itemOf(m_proxy->mapToSource(proxyIndex));
        if (item >= 0 && !seen.contains(item)) {
            seen.insert(item);
            items.append(item);
        }
    };
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (index.parent().isValid()) {
            add(index);
            continue;
        }
        for (int r = 0; r < m_proxy->rowCount(index); ++r)
            add(m_proxy->index(r, 0, index));
    }
    return items;
}

void ImportPanel::fitColumns()
{
    QHeaderView *header = m_view->header();
    m_fitting = true; // (showing a column resizes it too)
    header->setSectionHidden(ImportListModel::StatusColumn, !m_model->hasRunStates());
    for (int column : {ImportListModel::NameColumn, ImportListModel::SizeColumn, ImportListModel::KindColumn,
                       ImportListModel::TargetColumn, ImportListModel::StatusColumn}) {
        if (header->isSectionHidden(column) || m_userSized.contains(column))
            continue;
        // Content wins, up to two fifths of the list (a very long unrecognised name is elided in
        // its middle, its tooltip and the details pane have it whole).
        const int wanted = std::max(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column),
                                    header->sectionSizeHint(column));
        header->resizeSection(column, std::min(wanted, std::max(120, m_view->viewport()->width() * 2 / 5)));
    }
    m_fitting = false;
}

void ImportPanel::removeSelected()
{
    m_model->removeItems(selectedRows());
}

void ImportPanel::updateState()
{
    const ImportListModel::Summary s = m_model->summary();
    m_stack->setCurrentIndex(s.total == 0 ? 0 : 1);
    QStringList parts;
    parts << tr("%n file(s)", nullptr, s.total);
    parts << tr("%n to import (%1)", nullptr, s.toImport).arg(QLocale().formattedDataSize(s.bytesToImport));
    if (s.notImported)
        parts << tr("%n not imported by default", nullptr, s.notImported);
    if (s.unrecognised)
        parts << tr("%n unrecognised", nullptr, s.unrecognised);
    if (s.exportFailed)
        parts << tr("%n failed at edX", nullptr, s.exportFailed);
    if (s.refused)
        parts << tr("%n archive(s) refused", nullptr, s.refused);
    QString text = parts.join(QStringLiteral(" · "));
    if (isScanning())
        text = tr("Reading folders… %n file(s) so far", nullptr, m_scannedFiles);
    m_summary->setText(text);
}

void ImportPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return event->ignore();
    event->acceptProposedAction();
    setDragHighlight(true);
}

void ImportPanel::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void ImportPanel::setDragHighlight(bool on)
{
    m_dropZone->setHighlighted(on);
    m_view->setStyleSheet(on ? QStringLiteral("QTreeView { border: 2px dashed palette(highlight); }") : QString());
}

void ImportPanel::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDragHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void ImportPanel::dropEvent(QDropEvent *event)
{
    setDragHighlight(false);
    QStringList refused;
    const QStringList paths = localPaths(event->mimeData()->urls(), &refused);
    if (!refused.isEmpty())
        showMessage(tr("Only files on this computer can be added; download these first: %1")
                        .arg(refused.join(QStringLiteral(", "))));
    else
        showMessage(QString());
    addPaths(paths);
    event->acceptProposedAction();
}

} // namespace EdxLoader
