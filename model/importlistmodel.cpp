#include "importlistmodel.h"

#include "classifier.h"
#include "sourcepath.h"

#include <QLocale>

#include <algorithm>

namespace EdxLoader {

ImportListModel::ImportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ImportListModel::ItemState ImportListModel::stateOf(const Classification &c)
{
    if (c.failedExport)
        return ItemState::ExportFailed;
    if (!c.recognised())
        return ItemState::Unrecognised;
    return c.imported ? ItemState::Imported : ItemState::NotImported;
}

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportItem &it = m_items.at(index.row());
    const Classification &c = it.classification;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.fileName;
        case SizeColumn:
            return it.size < 0 ? QString() : QLocale().formattedDataSize(it.size);
        case KindColumn:
            return c.kindLabel();
        case CourseColumn:
            return c.courseKey;
        case TargetColumn:
            return c.imported ? c.target() : tr("not imported");
        case StatusColumn:
            return statusText(m_runStates.value(it.path));
        case NoteColumn: {
            const RunState run = m_runStates.value(it.path);
            if (!run.message.isEmpty())
                return run.message;
            return it.problem.isEmpty() ? c.note() : it.problem;
        }
        }
        break;
    case SortRole:
        if (index.column() == SizeColumn)
            return it.size;
        if (index.column() == KindColumn)
            return QString(fileKindId(c.kind) + c.table + c.date.toString(Qt::ISODate));
        if (index.column() == CourseColumn) // by course, files to import first, then by name
            return QString((c.courseKey.isEmpty() ? QStringLiteral("\uffff") : c.courseKey) + QLatin1Char('\t')
                           + QLatin1Char(c.imported ? '0' : '1') + c.fileName);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return SourcePath::fromKey(it.path).display();
        if (index.column() == TargetColumn && !c.imported && c.hasTarget())
            return tr("Would go to %1 if included").arg(c.target());
        if (index.column() == NoteColumn && !it.problem.isEmpty())
            return it.problem;
        if (index.column() == NoteColumn || index.column() == TargetColumn)
            return c.note();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StateRole:
        return QVariant::fromValue(it.problem.isEmpty() ? stateOf(c) : ItemState::Refused);
    case PathRole:
        return it.path;
    case KindIdRole:
        return fileKindId(c.kind);
    case ProgressRole: {
        const RunState run = m_runStates.value(it.path);
        if (index.column() != StatusColumn || run.phase != RunState::Running)
            return -1;
        return run.total > 0 ? int(100 * run.done / run.total) : 0;
    }
    default:
        break;
    }
    return {};
}

QVariant ImportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case KindColumn:
        return tr("Kind");
    case CourseColumn:
        return tr("Course");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

int ImportListModel::addItems(const ImportItems &items)
{
    ImportItems fresh;
    QSet<QString> seen;
    for (const ImportItem &item : items) {
        if (!m_rowOfPath.contains(item.path) && !seen.contains(item.path)) {
            seen.insert(item.path);
            fresh.append(item);
        }
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const ImportItem &item : std::as_const(fresh)) {
        m_rowOfPath.insert(item.path, int(m_items.size()));
        m_items.append(item);
    }
    endInsertRows();
    Q_EMIT summaryChanged();
    return int(fresh.size());
}

void ImportListModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_items.size())
            continue;
        beginRemoveRows({}, row, row);
        m_runStates.remove(m_items.at(row).path);
        m_items.removeAt(row);
        endRemoveRows();
    }
    m_rowOfPath.clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_rowOfPath.insert(m_items.at(i).path, i);
    Q_EMIT summaryChanged();
}

void ImportListModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    m_rowOfPath.clear();
    m_runStates.clear();
    endResetModel();
    Q_EMIT summaryChanged();
}

void ImportListModel::setRunState(const QString &path, const RunState &state)
{
    const int row = rowOfPath(path);
    if (row < 0)
        return;
    m_runStates.insert(path, state);
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, NoteColumn));
}

QString ImportListModel::statusText(const RunState &s) const
{
    const QLocale locale;
    switch (s.phase) {
    case RunState::Listed:
        return {};
    case RunState::Waiting:
        return tr("Waiting");
    case RunState::Running:
        return tr("Importing…");
    case RunState::Imported:
        if (s.rejected > 0)
            return tr("%1 imported, %n rejected", nullptr, int(s.rejected)).arg(locale.toString(s.imported));
        return tr("%1 imported").arg(locale.toString(s.imported));
    case RunState::Unchanged:
        return tr("Already imported");
    case RunState::Changed:
        return tr("Changed since import");
    case RunState::Failed:
        return tr("Failed");
    case RunState::Cancelled:
        return tr("Cancelled");
    case RunState::Skipped:
        return tr("Not imported");
    }
    return {};
}

void ImportListModel::reclassify(const Classifier &classifier)
{
    if (m_items.isEmpty())
        return;
    for (ImportItem &it : m_items) {
        const SourcePath source = SourcePath::fromKey(it.path);
        it.classification = classifier.classify(source.isMember() ? source.member : source.file);
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT summaryChanged();
}

ImportListModel::Summary ImportListModel::summary() const
{
    Summary s;
    s.total = int(m_items.size());
    for (const ImportItem &it : m_items) {
        switch (it.problem.isEmpty() ? stateOf(it.classification) : ItemState::Refused) {
        case ItemState::Refused:
            ++s.refused;
            break;
        case ItemState::Imported:
            ++s.toImport;
            s.bytesToImport += std::max<qint64>(0, it.size);
            break;
        case ItemState::NotImported:
            ++s.notImported;
            break;
        case ItemState::Unrecognised:
            ++s.unrecognised;
            break;
        case ItemState::ExportFailed:
            ++s.exportFailed;
            break;
        }
    }
    return s;
}

} // namespace EdxLoader
