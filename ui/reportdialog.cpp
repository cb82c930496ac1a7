#include "reportdialog.h"

#include "documentstore.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace EdxLoader {

namespace {

// Rows whose reason is the chosen one (or any) and whose text contains the search.
class ReportFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &reason, const QString &text)
    {
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
        return m_text.isEmpty() || e.raw.contains(m_text, Qt::CaseInsensitive)
               || e.message.contains(m_text, Qt::CaseInsensitive) || QString::number(e.line) == m_text;
    }

private:
    QString m_reason;
    QString m_text;
};

} // namespace

ReportDialog::ReportDialog(DocumentStore &store, const QString &database, const QString &collection,
                           const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_model(new ErrorReportModel(this))
    , m_proxy(new ReportFilter(this))
    , m_view(new QTableView(this))
    , m_reason(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_fileName(fileName)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Error Report — %1").arg(fileName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_model->load(store, database, collection, ledgerIdFor(fileName));
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
    m_view->setColumnHidden(ErrorReportModel::FileColumn, true);
    m_view->setColumnWidth(ErrorReportModel::LineColumn, 70);
    m_view->setColumnWidth(ErrorReportModel::SeverityColumn, 80);
    m_view->setColumnWidth(ErrorReportModel::ReasonColumn, 110);
    m_view->setColumnWidth(ErrorReportModel::MessageColumn, 360);

    m_reason->setObjectName(QStringLiteral("reportReason"));
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString &reason : m_model->reasons())
        m_reason->addItem(reason, reason);
    m_search->setObjectName(QStringLiteral("reportSearch"));
    m_search->setPlaceholderText(tr("Search the messages and raw text, or a line number"));
    m_search->setClearButtonEnabled(true);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ReportDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ReportDialog::applyFilter);

    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &ReportDialog::copySelection);
    m_view->addAction(copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *jsonl = buttons->addButton(tr("Export &JSON Lines…"), QDialogButtonBox::ActionRole);
    connect(copyButton, &QPushButton::clicked, this, &ReportDialog::copySelection);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(jsonl, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Reason:"), this));
    filters->addWidget(m_reason);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1100, 520);
    applyFilter();
}

int ReportDialog::visibleRows() const
{
    return m_proxy->rowCount();
}

void ReportDialog::applyFilter()
{
    static_cast<ReportFilter *>(m_proxy)->set(m_reason->currentData().toString(), m_search->text());
    int rejected = 0, warnings = 0;
    for (const ErrorReportModel::Entry &e : m_model->entries())
        (e.severity == QLatin1String("warning") ? warnings : rejected)++;
    m_counts->setText(tr("%1 rejected lines and %2 warnings in %3; %4 shown")
                          .arg(rejected)
                          .arg(warnings)
                          .arg(m_fileName)
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
    const QString suggested = m_fileName + (jsonLines ? QStringLiteral("-errors.jsonl") : QStringLiteral("-errors.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Error Report"), suggested,
                                                      jsonLines ? tr("JSON lines (*.jsonl)") : tr("CSV (*.csv)"));
    if (!path.isEmpty() && !exportTo(path, jsonLines))
        m_counts->setText(tr("The report could not be written to %1").arg(path));
}

} // namespace EdxLoader
