#include "importdetails.h"

#include "importlistmodel.h"
#include "sourcepath.h"

#include <QFileInfo>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace EdxLoader {

namespace {

QString row(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

ImportDetails::ImportDetails(ImportListModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("importDetails"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("importDetailsText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setMargin(6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setAccessibleName(tr("File details"));

    // The pane follows what the import does to the file shown (at most a few times a second).
    auto *pending = new QTimer(this);
    pending->setSingleShot(true);
    pending->setInterval(150);
    connect(pending, &QTimer::timeout, this, &ImportDetails::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this, pending](const QModelIndex &topLeft) {
        if (m_current.isValid() && topLeft.parent() == m_current.parent() && !pending->isActive())
            pending->start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportDetails::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImportDetails::refresh);
    refresh();
}

void ImportDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("File details"));
        refresh();
    }
    QFrame::changeEvent(event);
}

void ImportDetails::setCurrent(const QModelIndex &index)
{
    m_current = index.siblingAtColumn(0);
    refresh();
}

QString ImportDetails::text() const
{
    QTextDocument document;
    document.setHtml(m_label->text());
    return document.toPlainText();
}

void ImportDetails::refresh()
{
    if (!m_current.isValid()) {
        m_label->setText(QStringLiteral("<i>%1</i>").arg(
            tr("Select a file to see where it comes from, where it goes and what its import did.").toHtmlEscaped()));
        return;
    }
    const int item = m_model->itemOf(m_current);
    m_label->setText(item >= 0 ? fileHtml(item) : groupHtml(m_current));
}

QString ImportDetails::fileHtml(int item) const
{
    const ImportItem &it = m_model->item(item);
    const Classification c = it.effective();
    const ImportListModel::RunState run = m_model->runState(item);
    const SourcePath source = SourcePath::fromKey(it.path);
    const QLocale locale;
    const auto column = [&](int column) { return m_model->itemIndex(item, column).data().toString(); };
    // What its import did first (the reason of a failure is what is looked for), then what and
    // where the file is.
    QString html = QStringLiteral("<b>%1</b><table>").arg(c.label().toHtmlEscaped());
    html += row(tr("Status"), column(ImportListModel::StatusColumn));
    html += row(tr("Message"), run.message);
    if (run.read > 0 || run.imported > 0 || run.rejected > 0 || run.skipped > 0)
        html += row(tr("Lines"), tr("%1 read: %2 imported, %3 rejected, %4 skipped")
                                     .arg(locale.toString(run.read), locale.toString(run.imported),
                                          locale.toString(run.rejected), locale.toString(run.skipped)));
    html += row(tr("Target"), c.imported ? c.target() : (c.hasTarget() ? tr("not imported (would go to %1)").arg(c.target())
                                                                        : tr("not imported")));
    html += row(tr("Note"), it.problem.isEmpty() ? c.note() : it.problem);
    html += row(tr("File"), source.fileName());
    html += row(source.isMember() ? tr("In the package") : tr("Folder"),
                source.isMember() ? source.file : QFileInfo(source.file).absolutePath());
    if (it.size >= 0)
        html += row(tr("Size"), tr("%1 (%2 bytes)").arg(locale.formattedDataSize(it.size), locale.toString(it.size)));
    html += row(tr("Kind"), c.encrypted ? tr("%1, encrypted").arg(c.kindName()) : c.kindName());
    html += row(tr("Course"), c.courseKey);
    return html + QStringLiteral("</table>");
}

QString ImportDetails::groupHtml(const QModelIndex &index) const
{
    const auto column = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    QString html = QStringLiteral("<b>%1</b><table>").arg(column(ImportListModel::NameColumn).toHtmlEscaped());
    html += row(tr("Files"), column(ImportListModel::KindColumn));
    html += row(tr("Size"), column(ImportListModel::SizeColumn));
    html += row(tr("Target"), column(ImportListModel::TargetColumn));
    html += row(tr("Status"), column(ImportListModel::StatusColumn));
    html += row(tr("About"), index.siblingAtColumn(ImportListModel::NameColumn).data(Qt::ToolTipRole).toString());
    return html + QStringLiteral("</table>");
}

} // namespace EdxLoader
