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
    const Classification c = it.effective();
    switch (role) {
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && it.choosable())
            return c.imported ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::EditRole:
        if (index.column() == TargetColumn)
            return c.target();
        return data(index, Qt::DisplayRole);
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
    case Qt::ToolTipRole: {
        // What the import said (why a file failed, was skipped…) is the tip of its status and note.
        const RunState run = m_runStates.value(it.path);
        if ((index.column() == StatusColumn || index.column() == NoteColumn) && !run.message.isEmpty())
            return run.message;
        if (index.column() == NameColumn)
            return SourcePath::fromKey(it.path).display();
        if (index.column() == TargetColumn && it.choosable())
            return QString(QString((c.imported ? tr("Goes to %1") : tr("Would go to %1 if included")).arg(c.target())
                                   + QLatin1Char('\n')) + tr("Double-click to change the database (for the whole course) or the collection; the check box "
                        "in front of the name includes or leaves out the file."));
        if (index.column() == NoteColumn && !it.problem.isEmpty())
            return it.problem;
        if (index.column() == NoteColumn || index.column() == TargetColumn)
            return c.note();
        break;
    }
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
    case RunState::Duplicate:
        return tr("Same content as another file");
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

Qt::ItemFlags ImportListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_items.at(index.row()).choosable())
        return f;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == TargetColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ImportListModel::validDatabaseName(const QString &name)
{
    // MongoDB's rules, which the embedded store follows too.
    static const QString forbidden = QStringLiteral("/\\. \"$*<>:|?");
    if (name.isEmpty() || name.toUtf8().size() > 63)
        return false;
    return std::none_of(name.begin(), name.end(), [](QChar ch) { return forbidden.contains(ch) || ch.unicode() < 0x20; });
}

bool ImportListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_items.at(index.row()).choosable())
        return false;
    ImportItem &it = m_items[index.row()];
    if (index.column() == NameColumn && role == Qt::CheckStateRole) {
        const bool on = value.value<Qt::CheckState>() == Qt::Checked;
        it.include = on == it.classification.imported ? -1 : int(on);
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        Q_EMIT summaryChanged();
        return true;
    }
    if (index.column() != TargetColumn || role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString database = dot < 0 ? text : text.left(dot);
    const QString collection = dot < 0 ? it.effective().collection : text.mid(dot + 1);
    if (!validDatabaseName(database) || collection.isEmpty() || collection.startsWith(QLatin1Char('$'))
        || collection.startsWith(QLatin1String("system.")))
        return false;
    it.collectionOverride = collection == it.classification.collection ? QString() : collection;
    // A course's database is renamed for all its rows (its files belong together).
    const QString original = it.classification.database;
    const QString course = it.classification.courseKey;
    for (int r = 0; r < m_items.size(); ++r) {
        ImportItem &other = m_items[r];
        if (r != index.row() && (course.isEmpty() || other.classification.courseKey != course
                                 || other.classification.database != original || !other.choosable()))
            continue;
        other.databaseOverride = database == original ? QString() : database;
        Q_EMIT dataChanged(this->index(r, 0), this->index(r, ColumnCount - 1));
    }
    Q_EMIT summaryChanged();
    return true;
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
        switch (it.problem.isEmpty() ? stateOf(it.effective()) : ItemState::Refused) {
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
