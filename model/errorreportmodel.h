#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QList>

namespace EdxLoader {

class DocumentStore;

// The error report of imported files: every rejected line (and every value kept with a warning)
// with file, line, reason, message and the complete raw text (PRODUCT.md §2 step 5).
class ErrorReportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorReportModel)

public:
    enum Column { FileColumn, LineColumn, SeverityColumn, ReasonColumn, MessageColumn, RawColumn, ColumnCount };

    struct Entry
    {
        QString file;
        qint64 line = 0;
        QString severity;
        QString reason;
        QString message;
        QString raw;
    };

    explicit ErrorReportModel(QObject *parent = nullptr);

    // Reads the report of one imported file: its ledger key in database.collection. read() is
    // safe on any thread (a window reads on a worker and hands the entries over).
    static Result<QList<Entry>> read(DocumentStore &store, const QString &database, const QString &collection,
                                     const QString &ledgerId);
    Status load(DocumentStore &store, const QString &database, const QString &collection, const QString &ledgerId);
    void setEntries(const QList<Entry> &entries);
    QStringList files() const;
    void clear();
    // Tells the views that the headers and words changed (a new language).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Entry &entry(int row) const { return m_entries.at(row); }
    QStringList reasons() const; // the reason codes present, sorted
    // A reason code ("truncated") in words ("Line cut short"); the code itself when unknown.
    static QString reasonText(const QString &code);

    // RFC 4180 CSV with a header, and one JSON object per line.
    static QByteArray toCsv(const QList<Entry> &entries);
    static QByteArray toJsonLines(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace EdxLoader
