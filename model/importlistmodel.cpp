#include "importlistmodel.h"

#include "classifier.h"
#include "sourcepath.h"

#include <QLocale>

#include <algorithm>

namespace EdxLoader {

ImportListModel::ImportListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

// Groups of the tree ---------------------------------------------------------------------------

std::pair<ImportListModel::GroupKind, QString> ImportListModel::groupOf(const ImportItem &item)
{
    const Classification &c = item.classification;
    if (!item.problem.isEmpty())
        return {GroupKind::Other, {}};
    if (c.kind == FileKind::TrackingLog || c.kind == FileKind::TrackingArchive)
        return {GroupKind::TrackingLogs, {}};
    if (c.kind == FileKind::Unknown)
        return {GroupKind::Unrecognised, {}};
    if (!c.courseKey.isEmpty())
        return {GroupKind::Course, c.courseKey};
    return {GroupKind::Other, {}};
}

int ImportListModel::groupRow(GroupKind kind, const QString &course) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).kind == kind && m_groups.at(g).course == course)
            return g;
    }
    return -1;
}

const ImportListModel::Group *ImportListModel::groupOfIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0)
        return index.row() < m_groups.size() ? &m_groups.at(index.row()) : nullptr;
    for (const Group &g : m_groups) {
        if (g.id == index.internalId())
            return &g;
    }
    return nullptr;
}

QString ImportListModel::groupDatabase(const Group &group) const
{
    // That of its first file to import: the others show their whole target when theirs differs.
    for (int i : group.items) {
        const Classification c = m_items.at(i).effective();
        if (c.imported && c.hasTarget())
            return c.database;
    }
    return {};
}

void ImportListModel::reindex()
{
    m_itemOfPath.clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_itemOfPath.insert(m_items.at(i).path, i);
    m_place.assign(m_items.size(), {-1, -1});
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int> &items = m_groups.at(g).items;
        for (int r = 0; r < items.size(); ++r)
            m_place[items.at(r)] = {g, r};
    }
}

void ImportListModel::rebuildGroups()
{
    m_groups.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        const auto [kind, course] = groupOf(m_items.at(i));
        int g = groupRow(kind, course);
        if (g < 0) {
            m_groups.append(Group{m_nextGroupId++, kind, course, {}});
            g = int(m_groups.size()) - 1;
        }
        m_groups[g].items.append(i);
    }
    reindex();
}

// Indexes --------------------------------------------------------------------------------------

QModelIndex ImportListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, m_groups.at(parent.row()).id);
}

QModelIndex ImportListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).id == child.internalId())
            return createIndex(g, 0, quintptr(0));
    }
    return {};
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QModelIndex ImportListModel::itemIndex(int item, int column) const
{
    if (item < 0 || item >= m_place.size() || column < 0 || column >= ColumnCount)
        return {};
    const auto [g, r] = m_place.at(item);
    return createIndex(r, column, m_groups.at(g).id);
}

int ImportListModel::itemOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return -1;
    const Group *g = groupOfIndex(index);
    return g && index.row() < g->items.size() ? g->items.at(index.row()) : -1;
}

QList<int> ImportListModel::itemsUnder(const QModelIndex &index) const
{
    if (index.isValid() && index.internalId() == 0) {
        const Group *g = groupOfIndex(index);
        return g ? g->items : QList<int>();
    }
    const int item = itemOf(index);
    return item < 0 ? QList<int>() : QList<int>{item};
}

void ImportListModel::emitItemChanged(int item, int firstColumn, int lastColumn)
{
    const QModelIndex first = itemIndex(item, firstColumn);
    Q_EMIT dataChanged(first, first.siblingAtColumn(lastColumn));
    // The header sums its files up: its status, targets and check box follow them.
    const QModelIndex header = first.parent();
    Q_EMIT dataChanged(header, header.siblingAtColumn(ColumnCount - 1));
}

ImportListModel::ItemState ImportListModel::stateOf(const Classification &c)
{
    if (c.failedExport)
        return ItemState::ExportFailed;
    if (!c.recognised())
        return ItemState::Unrecognised;
    return c.imported ? ItemState::Imported : ItemState::NotImported;
}

int ImportListModel::addItems(const ImportItems &items)
{
    ImportItems fresh;
    QSet<QString> seen;
    for (const ImportItem &item : items) {
        if (!m_itemOfPath.contains(item.path) && !seen.contains(item.path)) {
            seen.insert(item.path);
            fresh.append(item);
        }
    }
    if (fresh.isEmpty())
        return 0;
    // The new files by group, each group's files inserted at once at the end of its rows.
    QList<std::pair<std::pair<GroupKind, QString>, QList<int>>> batches;
    for (const ImportItem &item : std::as_const(fresh)) {
        const int number = int(m_items.size());
        m_items.append(item);
        m_itemOfPath.insert(item.path, number);
        m_place.append({-1, -1});
        const auto key = groupOf(item);
        auto batch = std::find_if(batches.begin(), batches.end(), [&key](const auto &b) { return b.first == key; });
        if (batch == batches.end())
            batches.append({key, {number}});
        else
            batch->second.append(number);
    }
    for (const auto &[key, numbers] : std::as_const(batches)) {
        int g = groupRow(key.first, key.second);
        if (g >= 0) {
            const int first = int(m_groups.at(g).items.size());
            beginInsertRows(index(g, 0), first, first + int(numbers.size()) - 1);
            m_groups[g].items.append(numbers);
            for (int r = first; r < m_groups.at(g).items.size(); ++r)
                m_place[m_groups.at(g).items.at(r)] = {g, r};
            endInsertRows();
            const QModelIndex header = index(g, 0);
            Q_EMIT dataChanged(header, header.siblingAtColumn(ColumnCount - 1));
        } else {
            g = int(m_groups.size());
            beginInsertRows({}, g, g);
            m_groups.append(Group{m_nextGroupId++, key.first, key.second, numbers});
            for (int r = 0; r < numbers.size(); ++r)
                m_place[numbers.at(r)] = {g, r};
            endInsertRows();
        }
    }
    Q_EMIT summaryChanged();
    return int(fresh.size());
}

void ImportListModel::removeItems(QList<int> items)
{
    std::sort(items.begin(), items.end(), std::greater<>());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    for (int item : std::as_const(items)) {
        if (item < 0 || item >= m_items.size())
            continue;
        const auto [g, r] = m_place.at(item);
        beginRemoveRows(index(g, 0), r, r);
        m_groups[g].items.removeAt(r);
        m_runStates.remove(m_items.at(item).path);
        m_items.removeAt(item);
        for (Group &group : m_groups) {
            for (int &number : group.items) {
                if (number > item)
                    --number;
            }
        }
        reindex();
        endRemoveRows();
        if (m_groups.at(g).items.isEmpty()) {
            beginRemoveRows({}, g, g);
            m_groups.removeAt(g);
            reindex();
            endRemoveRows();
        } else {
            const QModelIndex header = index(g, 0);
            Q_EMIT dataChanged(header, header.siblingAtColumn(ColumnCount - 1));
        }
    }
    Q_EMIT summaryChanged();
}

void ImportListModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    m_groups.clear();
    m_place.clear();
    m_itemOfPath.clear();
    m_runStates.clear();
    endResetModel();
    Q_EMIT summaryChanged();
}

void ImportListModel::setRunState(const QString &path, const RunState &state)
{
    const int item = itemOfPath(path);
    if (item < 0)
        return;
    m_runStates.insert(path, state);
    emitItemChanged(item, StatusColumn, NoteColumn);
}

Qt::ItemFlags ImportListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.internalId() == 0) {
        // A header's check box includes or leaves out all its files at once.
        if (index.column() == NameColumn && data(index, Qt::CheckStateRole).isValid())
            f |= Qt::ItemIsUserCheckable;
        return f;
    }
    const int item = itemOf(index);
    if (item < 0 || !m_items.at(item).choosable())
        return f | Qt::ItemNeverHasChildren;
    f |= Qt::ItemNeverHasChildren;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (index.internalId() == 0) {
        if (index.column() != NameColumn || role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
            return false;
        const bool on = value.value<Qt::CheckState>() != Qt::Unchecked;
        const QList<int> &items = m_groups.at(index.row()).items;
        for (int item : items) {
            ImportItem &it = m_items[item];
            if (it.choosable())
                it.include = on == it.classification.imported ? -1 : int(on);
        }
        Q_EMIT dataChanged(this->index(0, 0, index), this->index(int(items.size()) - 1, ColumnCount - 1, index));
        Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
        Q_EMIT summaryChanged();
        return true;
    }
    const int item = itemOf(index);
    if (item < 0 || !m_items.at(item).choosable())
        return false;
    ImportItem &it = m_items[item];
    if (index.column() == NameColumn && role == Qt::CheckStateRole) {
        const bool on = value.value<Qt::CheckState>() == Qt::Checked;
        it.include = on == it.classification.imported ? -1 : int(on);
        emitItemChanged(item, 0, ColumnCount - 1);
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
        if (r != item && (course.isEmpty() || other.classification.courseKey != course
                          || other.classification.database != original || !other.choosable()))
            continue;
        other.databaseOverride = database == original ? QString() : database;
        emitItemChanged(r, 0, ColumnCount - 1);
    }
    Q_EMIT summaryChanged();
    return true;
}

void ImportListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_groups.isEmpty())
        return;
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex header = index(g, 0);
        Q_EMIT dataChanged(index(0, 0, header), index(rowCount(header) - 1, ColumnCount - 1, header));
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ImportListModel::reclassify(const Classifier &classifier)
{
    if (m_items.isEmpty())
        return;
    bool regroup = false;
    for (ImportItem &it : m_items) {
        const auto before = groupOf(it);
        const SourcePath source = SourcePath::fromKey(it.path);
        it.classification = classifier.classify(source.isMember() ? source.member : source.file);
        regroup = regroup || groupOf(it) != before;
    }
    if (regroup) {
        beginResetModel();
        rebuildGroups();
        endResetModel();
    } else {
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex header = index(g, 0);
            Q_EMIT dataChanged(index(0, 0, header), index(rowCount(header) - 1, ColumnCount - 1, header));
        }
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
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
