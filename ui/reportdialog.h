#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace EdxLoader {

class DocumentStore;
class ErrorReportModel;

// The error report of one imported file: every rejected line with its number, reason, message
// and raw text; filter by reason, search, copy, export to CSV or JSON lines. Stays open until the
// user closes it (reports never auto-hide).
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(DocumentStore &store, const QString &database, const QString &collection, const QString &fileName,
                 QWidget *parent = nullptr);

    ErrorReportModel *model() const { return m_model; }
    int visibleRows() const;
    void copySelection() const;
    bool exportTo(const QString &path, bool jsonLines) const;

private:
    void applyFilter();
    void exportAs(bool jsonLines);

    ErrorReportModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_reason;
    QLineEdit *m_search;
    QLabel *m_counts;
    QString m_fileName;
};

} // namespace EdxLoader
