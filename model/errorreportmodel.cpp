#include "errorreportmodel.h"

#include <QHash>

#include "documentstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace EdxLoader {

namespace {

QString csvField(QString s)
{
    if (s.contains(QLatin1Char('"')) || s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

ErrorReportModel::ErrorReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Result<QList<ErrorReportModel::Entry>> ErrorReportModel::read(DocumentStore &store, const QString &database,
                                                              const QString &collection, const QString &ledgerId)
{
    QList<Entry> entries;
    const Status read = store.find(database, collection + QStringLiteral("_errors"),
                                 {{QStringLiteral("file"), Condition::Eq, {ledgerId}}},
                                 FindOptions{QStringLiteral("line"), false, -1, 0}, [&entries](const Document &d) {
                                     const Value line = d.value("line");
                                     entries.append({d.string("file"),
                                                     std::holds_alternative<qint64>(line) ? std::get<qint64>(line) : 0,
                                                     d.string("severity"), d.string("reason"), d.string("message"),
                                                     d.string("raw")});
                                     return true;
                                 });
    if (!read)
        return failure(read.error());
    return entries;
}

Status ErrorReportModel::load(DocumentStore &store, const QString &database, const QString &collection,
                              const QString &ledgerId)
{
    Result<QList<Entry>> entries = read(store, database, collection, ledgerId);
    setEntries(*entries);
    if (!entries)
        return failure(entries.error());
    return {};
}

void ErrorReportModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QStringList ErrorReportModel::files() const
{
    QStringList files;
    for (const Entry &e : m_entries) {
        if (files.isEmpty() || files.last() != e.file)
            files.append(e.file);
    }
    files.removeDuplicates();
    return files;
}

void ErrorReportModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ErrorReportModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int ErrorReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ErrorReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case FileColumn: return e.file;
        case LineColumn: return role == Qt::EditRole ? QVariant(e.line) : QVariant(QString::number(e.line));
        case SeverityColumn: return e.severity == QLatin1String("warning") ? tr("warning") : tr("rejected");
        case ReasonColumn: return role == Qt::EditRole ? e.reason : reasonText(e.reason);
        case MessageColumn: return e.message;
        case RawColumn: {
            // Shown on one line; the tooltip and copies keep the whole text.
            QString raw = e.raw;
            return raw.replace(QLatin1Char('\t'), QStringLiteral(" ⇥ ")).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        }
        }
    } else if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        return tr("Reason code: %1 (docs/error-report.md explains each)").arg(e.reason);
    } else if (role == Qt::ToolTipRole && (index.column() == RawColumn || index.column() == MessageColumn)) {
        return index.column() == RawColumn ? e.raw.left(4000) : e.message;
    } else if (role == Qt::TextAlignmentRole && index.column() == LineColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ErrorReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case SeverityColumn: return tr("Kind");
    case ReasonColumn: return tr("Reason");
    case MessageColumn: return tr("Message");
    case RawColumn: return tr("Raw text");
    }
    return {};
}

QString ErrorReportModel::reasonText(const QString &code)
{
    static const QHash<QString, const char *> phrases = {
        {QStringLiteral("line-too-long"), QT_TR_NOOP("Line too long")},
        {QStringLiteral("not-json"), QT_TR_NOOP("Not valid JSON")},
        {QStringLiteral("truncated"), QT_TR_NOOP("Line cut short")},
        {QStringLiteral("trailing-data"), QT_TR_NOOP("Text after the JSON")},
        {QStringLiteral("not-an-object"), QT_TR_NOOP("Not a JSON object")},
        {QStringLiteral("ragged-row"), QT_TR_NOOP("Wrong number of fields")},
        {QStringLiteral("duplicate-id"), QT_TR_NOOP("Same id twice")},
        {QStringLiteral("not-a-block"), QT_TR_NOOP("Not a course block")},
        {QStringLiteral("blank-line"), QT_TR_NOOP("Blank line")},
        {QStringLiteral("leading-text"), QT_TR_NOOP("Text before the JSON")},
        {QStringLiteral("invalid-utf8"), QT_TR_NOOP("Invalid UTF-8 replaced")},
        {QStringLiteral("duplicate-key"), QT_TR_NOOP("Key repeated")},
        {QStringLiteral("bad-time"), QT_TR_NOOP("Time unreadable")},
        {QStringLiteral("bad-value"), QT_TR_NOOP("Value kept as text")},
        {QStringLiteral("bytes-literal"), QT_TR_NOOP("b'…' text unwrapped")},
        {QStringLiteral("missing-child"), QT_TR_NOOP("Child block missing")},
        {QStringLiteral("orphan-block"), QT_TR_NOOP("Block without parent")},
    };
    const auto it = phrases.constFind(code);
    return it == phrases.cend() ? code : tr(*it);
}

QStringList ErrorReportModel::reasons() const
{
    QSet<QString> set;
    for (const Entry &e : m_entries)
        set.insert(e.reason);
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QByteArray ErrorReportModel::toCsv(const QList<Entry> &entries)
{
    QByteArray out = "file,line,severity,reason,message,raw\r\n";
    for (const Entry &e : entries) {
        const QStringList fields{csvField(e.file), QString::number(e.line), csvField(e.severity), csvField(e.reason),
                                 csvField(e.message), csvField(e.raw)};
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QByteArray ErrorReportModel::toJsonLines(const QList<Entry> &entries)
{
    QByteArray out;
    for (const Entry &e : entries) {
        out += QJsonDocument(QJsonObject{{QStringLiteral("file"), e.file},
                                         {QStringLiteral("line"), e.line},
                                         {QStringLiteral("severity"), e.severity},
                                         {QStringLiteral("reason"), e.reason},
                                         {QStringLiteral("message"), e.message},
                                         {QStringLiteral("raw"), e.raw}})
                   .toJson(QJsonDocument::Compact)
               + '\n';
    }
    return out;
}

} // namespace EdxLoader
