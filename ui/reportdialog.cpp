#include "reportdialog.h"

#include "handbookdialog.h"

#include "documentstore.h"
#include "workerguard.h"
#include "errorreportmodel.h"
#include "importjob.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

namespace {

// Rows whose reason is the chosen one (or any) and whose text contains the search.
class ReportFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &file, const QString &reason, const QString &text)
    {
        m_file = file;
        m_reason = reason;
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *model = static_cast<const ErrorReportModel *>(sourceModel());
        const ErrorReportModel::Entry &e = model->entry(row);
        if (!m_reason.isEmpty() && e.reason != m_reason)
            return false;
        if (!m_file.isEmpty() && e.file != m_file)
            return false;
        return m_text.isEmpty() || e.raw.contains(m_text, Qt::CaseInsensitive)
               || e.message.contains(m_text, Qt::CaseInsensitive) || QString::number(e.line) == m_text;
    }

private:
    QString m_file;
    QString m_reason;
    QString m_text;
};

} // namespace

ReportDialog::ReportDialog(std::shared_ptr<DocumentStore> store, const QString &database, const QString &collection,
                           const QString &fileName, QWidget *parent)
    : ReportDialog(std::move(store), QList<ReportSource>{{database, collection, fileName}}, parent)
{
}

ReportDialog::ReportDialog(std::shared_ptr<DocumentStore> store, const QList<ReportSource> &sources, QWidget *parent)
    : QDialog(parent)
    , m_model(new ErrorReportModel(this))
    , m_proxy(new ReportFilter(this))
    , m_view(new QTableView(this))
    , m_file(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_sources(sources)
{
    setObjectName(QStringLiteral("reportDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);

    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ErrorReportModel::LineColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(ErrorReportModel::FileColumn, sources.size() < 2);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportDialog::showDetail);

    m_detail->setObjectName(QStringLiteral("reportDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setMaximumHeight(140);

    m_file->setObjectName(QStringLiteral("reportFile"));
    m_file->addItem(QString(), QString());
    m_file->setVisible(sources.size() > 1);
    m_reason->setObjectName(QStringLiteral("reportReason"));
    m_reason->addItem(QString(), QString());
    m_search->setObjectName(QStringLiteral("reportSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_file, &QComboBox::currentIndexChanged, this, &ReportDialog::applyFilter);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ReportDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ReportDialog::applyFilter);

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &ReportDialog::copySelection);
    m_view->addAction(copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::Help, this);
    connect(buttons, &QDialogButtonBox::helpRequested, this, [this] { HandbookDialog::showFor(this, QStringLiteral("errors")); });
    m_copyButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_csvButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_jsonButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyAction = copy;
    connect(m_copyButton, &QPushButton::clicked, this, &ReportDialog::copySelection);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_file);
    m_reasonLabel = new QLabel(this);
    filters->addWidget(m_reasonLabel);
    filters->addWidget(m_reason);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(1100, 600);
    retranslateUi();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportDialog::showEntries);
    // The task holds the store (not the dialog): closing the dialog does not wait for it.
    m_watcher.setFuture(QtConcurrent::run(guarded([store, sources]() -> Result<QList<ErrorReportModel::Entry>> {
        QList<ErrorReportModel::Entry> all;
        for (const ReportSource &s : sources) {
            const Result<QList<ErrorReportModel::Entry>> read =
                ErrorReportModel::read(*store, s.database, s.collection, ledgerIdFor(s.fileName));
            if (!read)
                return failure(read.error());
            all += *read;
        }
        return all;
    })));
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::retranslateUi()
{
    setWindowTitle(m_sources.size() == 1 ? tr("Error Report — %1").arg(m_sources.first().fileName)
                                         : tr("Error Report — %n file(s)", nullptr, int(m_sources.size())));
    // Widths from the words they show, in the language shown: nothing short is elided.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = 3 * fm.averageCharWidth();
    const auto widest = [&fm](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    m_view->setColumnWidth(ErrorReportModel::FileColumn, 220);
    m_view->setColumnWidth(ErrorReportModel::LineColumn, fm.horizontalAdvance(QStringLiteral("0000000")) + pad);
    m_view->setColumnWidth(ErrorReportModel::SeverityColumn,
                           widest({ErrorReportModel::tr("warning"), ErrorReportModel::tr("rejected"),
                                   m_model->headerData(ErrorReportModel::SeverityColumn, Qt::Horizontal).toString()})
                               + pad);
    QStringList phrases;
    for (const char *code : {"line-too-long", "not-json", "truncated", "trailing-data", "not-an-object", "ragged-row",
                             "duplicate-id", "leading-text", "invalid-utf8", "duplicate-key", "bad-time", "bad-value"})
        phrases << ErrorReportModel::reasonText(QLatin1String(code));
    m_view->setColumnWidth(ErrorReportModel::ReasonColumn, widest(phrases) + pad);
    m_view->setColumnWidth(ErrorReportModel::MessageColumn, 360);
    m_detail->setPlaceholderText(tr("Select a line to see its message and its whole raw text here."));
    m_file->setItemText(0, tr("All files"));
    m_reason->setItemText(0, tr("All reasons"));
    for (int i = 1; i < m_reason->count(); ++i)
        m_reason->setItemText(i, ErrorReportModel::reasonText(m_reason->itemData(i).toString()));
    m_search->setPlaceholderText(tr("Search the messages and raw text, or a line number"));
    m_copyAction->setText(tr("&Copy"));
    m_copyButton->setText(tr("&Copy"));
    m_csvButton->setText(tr("Export &CSV…"));
    m_jsonButton->setText(tr("Export &JSON Lines…"));
    m_reasonLabel->setText(tr("Reason:"));
    if (m_loaded)
        applyFilter();
    else
        m_counts->setText(tr("Reading the error report…"));
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
        showDetail();
    }
    QDialog::changeEvent(event);
}

void ReportDialog::showEntries()
{
    const Result<QList<ErrorReportModel::Entry>> entries = m_watcher.result();
    m_model->setEntries(*entries);
    for (const QString &file : m_model->files())
        m_file->addItem(file, file);
    for (const QString &reason : m_model->reasons())
        m_reason->addItem(ErrorReportModel::reasonText(reason), reason);
    applyFilter();
    if (!entries)
        m_counts->setText(tr("The error report could not be read: %1").arg(entries.error()));
    m_loaded = true;
    Q_EMIT loaded();
}

void ReportDialog::showDetail()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const ErrorReportModel::Entry &e = m_model->entry(m_proxy->mapToSource(current).row());
    // Where the trouble is in a long line: its end when cut short, the replaced bytes when not UTF-8.
    QString part;
    if (e.reason == QLatin1String("truncated") && e.raw.size() > 160)
        part = QStringLiteral("…") + e.raw.right(160);
    else if (const qsizetype bad = e.raw.indexOf(QChar(0xFFFD)); bad >= 0 && e.raw.size() > 160)
        part = QStringLiteral("…") + e.raw.mid(std::max<qsizetype>(0, bad - 60), 120) + QStringLiteral("…");
    QString text = tr("%1, line %2 — %3: %4").arg(e.file).arg(e.line).arg(e.reason, e.message);
    if (!part.isEmpty())
        text += QLatin1Char('\n') + tr("Where: %1").arg(part);
    m_detail->setPlainText(text + QStringLiteral("\n\n") + e.raw);
}

int ReportDialog::visibleRows() const
{
    return m_proxy->rowCount();
}

void ReportDialog::applyFilter()
{
    static_cast<ReportFilter *>(m_proxy)->set(m_file->currentData().toString(), m_reason->currentData().toString(),
                                              m_search->text());
    int rejected = 0, warnings = 0;
    for (const ErrorReportModel::Entry &e : m_model->entries())
        (e.severity == QLatin1String("warning") ? warnings : rejected)++;
    const QString where = m_sources.size() == 1 ? m_sources.first().fileName
                                                : tr("%n file(s)", nullptr, int(m_sources.size()));
    m_counts->setText(tr("%1 rejected lines and %2 warnings in %3; %4 shown")
                          .arg(rejected)
                          .arg(warnings)
                          .arg(where)
                          .arg(m_proxy->rowCount()));
}

void ReportDialog::copySelection() const
{
    QList<ErrorReportModel::Entry> entries;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        entries.append(m_model->entry(m_proxy->mapToSource(index).row()));
    if (entries.isEmpty())
        return;
    QString text;
    for (const ErrorReportModel::Entry &e : entries)
        text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(e.line).arg(e.reason, e.message, e.raw);
    QApplication::clipboard()->setText(text);
}

bool ReportDialog::exportTo(const QString &path, bool jsonLines) const
{
    QList<ErrorReportModel::Entry> entries;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        entries.append(m_model->entry(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    QSaveFile file(path);
    const QByteArray bytes = jsonLines ? ErrorReportModel::toJsonLines(entries) : ErrorReportModel::toCsv(entries);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void ReportDialog::exportAs(bool jsonLines)
{
    const QString base = m_sources.size() == 1 ? m_sources.first().fileName : QStringLiteral("edxloader");
    const QString suggested = base + (jsonLines ? QStringLiteral("-errors.jsonl") : QStringLiteral("-errors.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Error Report"), suggested,
                                                      jsonLines ? tr("JSON lines (*.jsonl)") : tr("CSV (*.csv)"));
    if (!path.isEmpty() && !exportTo(path, jsonLines))
        m_counts->setText(tr("The report could not be written to %1").arg(path));
}

} // namespace EdxLoader
