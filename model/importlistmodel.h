#pragma once

#include "importitem.h"

#include <QAbstractItemModel>
#include <QHash>

namespace EdxLoader {

class Classifier;

// The import list (PRODUCT.md §2 step 2), a two-level tree: a header row per group — one per course
// run, one for the tracking logs, one for other files, one for unrecognised files — whose children
// are the files, one per row, with their classification.
//
// The files are also numbered in the order they were added ("items": what the import runs in that
// order); item(), runState(), itemOfPath() and removeItems() take that number, itemIndex() and
// itemOf() convert between it and the model's indexes.
class ImportListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportListModel)

public:
    enum Column { NameColumn, SizeColumn, KindColumn, CourseColumn, TargetColumn, StatusColumn, NoteColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (bytes for the size)
        StateRole,                   // an ItemState
        PathRole,                    // the absolute path
        KindIdRole,                  // fileKindId() of the row
        ProgressRole,                // 0–100 while the row is being imported, -1 otherwise
        FilterRole,                  // the text the filter box matches: label, file name, kind, course, target
        GroupRole,                   // a GroupKind on a header row, an invalid QVariant on a file's row
    };
    enum class GroupKind { Course, TrackingLogs, Other, Unrecognised };
    Q_ENUM(GroupKind)
    enum class ItemState { Imported, NotImported, Unrecognised, ExportFailed, Refused };
    Q_ENUM(ItemState)

    // What an import did to a row (the window's view of an import job's result).
    struct RunState
    {
        // Duplicate: the same content was imported under another name (skipped).
        enum Phase { Listed, Waiting, Running, Imported, Unchanged, Duplicate, Changed, Failed, Cancelled, Skipped };
        Phase phase = Listed;
        qint64 done = 0; // bytes
        qint64 total = 0;
        qint64 read = 0, imported = 0, rejected = 0, skipped = 0;
        QString message;
    };
    void setRunState(const QString &path, const RunState &state);
    RunState runState(int item) const { return m_runStates.value(m_items.at(item).path); }
    int itemOfPath(const QString &path) const { return m_itemOfPath.value(path, -1); }
    bool hasRunStates() const { return !m_runStates.isEmpty(); }

    explicit ImportListModel(QObject *parent = nullptr);

    int itemCount() const { return int(m_items.size()); }
    QModelIndex itemIndex(int item, int column = NameColumn) const;
    int itemOf(const QModelIndex &index) const; // -1 for a header row
    QList<int> itemsUnder(const QModelIndex &index) const; // a header's files, or the file itself

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The check box of the name includes or leaves out a row; the target is edited as
    // "database.collection" — a new database applies to every row of that course.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    static bool validDatabaseName(const QString &name);

    // Appends the items whose path is not listed yet; returns how many were added.
    int addItems(const ImportItems &items);
    void removeItems(QList<int> items);
    void clear();
    // Tells the views that every text changed (a new language).
    void retranslate();
    // Classifies every row again (another collection scheme): targets and notes change.
    void reclassify(const Classifier &classifier);
    const ImportItem &item(int item) const { return m_items.at(item); }
    const ImportItems &items() const { return m_items; }

    static ItemState stateOf(const Classification &c);

    struct Summary
    {
        int total = 0;
        int toImport = 0;
        int notImported = 0;
        int unrecognised = 0;
        int exportFailed = 0;
        int refused = 0; // damaged or hostile archives
        qint64 bytesToImport = 0;
    };
    Summary summary() const;

Q_SIGNALS:
    void summaryChanged();

private:
    struct Group
    {
        quintptr id = 0; // stable while the group exists: the internal id of its files' indexes
        GroupKind kind = GroupKind::Other;
        QString course;
        QList<int> items; // in the order added
    };
    static std::pair<GroupKind, QString> groupOf(const ImportItem &item);
    int groupRow(GroupKind kind, const QString &course) const;
    QString groupDatabase(const Group &group) const;
    const Group *groupOfIndex(const QModelIndex &index) const; // the group of a header or a file
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant itemData(int item, int column, int role) const;
    void rebuildGroups(); // after a new classification
    void reindex();
    void emitItemChanged(int item, int firstColumn, int lastColumn);
    QString statusText(const RunState &s) const;

    ImportItems m_items;
    QList<Group> m_groups;
    quintptr m_nextGroupId = 1;
    QHash<QString, int> m_itemOfPath;
    QList<std::pair<int, int>> m_place; // item → (group row, row in the group)
    QHash<QString, RunState> m_runStates;
};

} // namespace EdxLoader
