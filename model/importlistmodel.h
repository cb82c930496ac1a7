#pragma once

#include "importitem.h"

#include <QAbstractTableModel>
#include <QHash>

namespace EdxLoader {

class Classifier;

// The rows of the import list (PRODUCT.md §2 step 2): one per file, with its classification.
class ImportListModel final : public QAbstractTableModel
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
    };
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
    RunState runState(int row) const { return m_runStates.value(m_items.at(row).path); }
    int rowOfPath(const QString &path) const { return m_rowOfPath.value(path, -1); }

    explicit ImportListModel(QObject *parent = nullptr);

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
    void removeRowsAt(QList<int> rows);
    void clear();
    // Classifies every row again (another collection scheme): targets and notes change.
    void reclassify(const Classifier &classifier);
    const ImportItem &item(int row) const { return m_items.at(row); }
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
    QString statusText(const RunState &s) const;

    ImportItems m_items;
    QHash<QString, int> m_rowOfPath;
    QHash<QString, RunState> m_runStates;
};

} // namespace EdxLoader
