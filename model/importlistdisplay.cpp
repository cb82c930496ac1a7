#include "importlistmodel.h"

#include "sourcepath.h"

#include <QLocale>

#include <algorithm>

// What the import list's rows show: a group header's sums and a file's classification, status,
// tooltips and roles (the tree's structure and editing are in importlistmodel.cpp).
namespace EdxLoader {

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const int item = itemOf(index);
    return item < 0 ? QVariant() : itemData(item, index.column(), role);
}

QVariant ImportListModel::groupData(const Group &group, int column, int role) const
{
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            switch (group.kind) {
            case GroupKind::Course:
                return tr("Course %1").arg(group.course);
            case GroupKind::TrackingLogs: {
                QDate first, last;
                for (int i : group.items) {
                    const QDate d = m_items.at(i).classification.date;
                    if (d.isValid() && (!first.isValid() || d < first))
                        first = d;
                    if (d.isValid() && (!last.isValid() || d > last))
                        last = d;
                }
                if (!first.isValid())
                    return tr("Tracking logs");
                if (first == last)
                    return tr("Tracking logs of %1").arg(first.toString(Qt::ISODate));
                return tr("Tracking logs, %1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
            }
            case GroupKind::Other:
                return tr("Other files");
            case GroupKind::Unrecognised:
                return tr("Unrecognised files");
            }
            break;
        case SizeColumn: {
            qint64 bytes = 0;
            for (int i : group.items)
                bytes += std::max<qint64>(0, m_items.at(i).size);
            return locale.formattedDataSize(bytes);
        }
        case KindColumn:
            return tr("%n file(s)", nullptr, int(group.items.size()));
        case CourseColumn:
            return group.course;
        case TargetColumn: {
            // The database the group's files go to; their rows show the collection.
            QStringList databases;
            for (int i : group.items) {
                const Classification c = m_items.at(i).effective();
                if (c.imported && c.hasTarget() && !databases.contains(c.database))
                    databases.append(c.database);
            }
            if (databases.size() > 1)
                return tr("%n databases", nullptr, int(databases.size()));
            return databases.value(0);
        }
        case StatusColumn: {
            int listed = 0, pending = 0, done = 0, failed = 0;
            for (int i : group.items) {
                const RunState s = m_runStates.value(m_items.at(i).path);
                switch (s.phase) {
                case RunState::Listed:
                case RunState::Skipped:
                    continue;
                case RunState::Waiting:
                case RunState::Running:
                    ++pending;
                    break;
                case RunState::Imported:
                case RunState::Unchanged:
                case RunState::Duplicate:
                    ++done;
                    break;
                case RunState::Failed:
                case RunState::Changed:
                    ++failed;
                    break;
                case RunState::Cancelled:
                    break;
                }
                ++listed;
            }
            if (listed == 0)
                return {};
            QString text = tr("%1 of %2 done").arg(locale.toString(done), locale.toString(listed));
            if (failed > 0)
                text += QStringLiteral(" · ") + tr("%n not imported", nullptr, failed);
            return text;
        }
        default:
            break;
        }
        return {};
    case Qt::CheckStateRole: {
        if (column != NameColumn)
            return {};
        int choosable = 0, on = 0;
        for (int i : group.items) {
            const ImportItem &it = m_items.at(i);
            if (!it.choosable())
                continue;
            ++choosable;
            on += it.effective().imported ? 1 : 0;
        }
        if (choosable == 0)
            return {};
        return on == 0 ? Qt::Unchecked : on == choosable ? Qt::Checked : Qt::PartiallyChecked;
    }
    case Qt::ToolTipRole:
        if (column != NameColumn)
            return {};
        switch (group.kind) {
        case GroupKind::Course:
            return tr("The files of the course run %1 in its weekly package").arg(group.course);
        case GroupKind::TrackingLogs:
            return tr("Daily tracking logs: the events of every course, one file per day");
        case GroupKind::Other:
            return tr("Files that belong to no single course");
        case GroupKind::Unrecognised:
            return tr("Files whose names match no edX research-data file: they are not imported");
        }
        return {};
    case SortRole:
        // Courses by their key, then the tracking logs, other files and unrecognised ones.
        return QString(QString::number(int(group.kind)) + QLatin1Char('\t') + group.course);
    case FilterRole:
        return QString(groupData(group, NameColumn, Qt::DisplayRole).toString() + QLatin1Char('\n') + group.course);
    case GroupRole:
        return QVariant::fromValue(group.kind);
    case ProgressRole:
        return -1;
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportListModel::itemData(int item, int column, int role) const
{
    const ImportItem &it = m_items.at(item);
    const Classification c = it.effective();
    switch (role) {
    case Qt::CheckStateRole:
        if (column == NameColumn && it.choosable())
            return c.imported ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::EditRole:
        if (column == TargetColumn)
            return c.target();
        return itemData(item, column, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return c.label();
        case SizeColumn:
            return it.size < 0 ? QString() : QLocale().formattedDataSize(it.size);
        case KindColumn:
            return c.kindName();
        case CourseColumn:
            return c.courseKey;
        case TargetColumn:
            // Under a header naming the database, the collection is enough.
            if (!c.imported)
                return tr("not imported");
            return c.database == groupDatabase(m_groups.at(m_place.at(item).first)) ? c.collection : c.target();
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
        if (column == SizeColumn)
            return it.size;
        if (column == KindColumn)
            return QString(fileKindId(c.kind) + c.table + c.date.toString(Qt::ISODate));
        if (column == CourseColumn) // by course, files to import first, then by name
            return QString((c.courseKey.isEmpty() ? QStringLiteral("\uffff") : c.courseKey) + QLatin1Char('\t')
                           + QLatin1Char(c.imported ? '0' : '1') + c.fileName);
        return itemData(item, column, Qt::DisplayRole);
    case FilterRole:
        return QStringList({c.label(), c.fileName, c.kindName(), c.courseKey, c.imported ? c.target() : QString()})
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole: {
        // What the import said (why a file failed, was skipped…) is the tip of its status and note.
        const RunState run = m_runStates.value(it.path);
        if ((column == StatusColumn || column == NoteColumn) && !run.message.isEmpty())
            return run.message;
        if (column == NameColumn)
            return SourcePath::fromKey(it.path).display();
        if (column == TargetColumn && it.choosable())
            return QString(QString((c.imported ? tr("Goes to %1") : tr("Would go to %1 if included")).arg(c.target())
                                   + QLatin1Char('\n')) + tr("Double-click to change the database (for the whole course) or the collection; the check box "
                        "in front of the name includes or leaves out the file."));
        if (column == NoteColumn && !it.problem.isEmpty())
            return it.problem;
        if (column == NoteColumn || column == TargetColumn)
            return c.note();
        break;
    }
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
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
        if (column != StatusColumn || run.phase != RunState::Running)
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
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("File");
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

} // namespace EdxLoader
