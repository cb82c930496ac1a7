#pragma once

#include "errorreportmodel.h"

#include <QDialog>

#include <memory>
#include <QFutureWatcher>

class QComboBox;
class QAction;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace EdxLoader {

class DocumentStore;

// Where one imported file's report is: its target and its name.
struct ReportSource
{
    QString database;
    QString collection;
    QString fileName;
};

// The error report of one or more imported files: every rejected line with its file, number,
// reason, message and raw text (the selected line shown whole below, so the offending part is
// visible however long the line); filter by file and reason, search, copy, export to CSV or JSON
// lines. The report is read on a worker thread (an import may hold the database meanwhile), and
// stays open until the user closes it.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(std::shared_ptr<DocumentStore> store, const QList<ReportSource> &sources, QWidget *parent = nullptr);
    ReportDialog(std::shared_ptr<DocumentStore> store, const QString &database, const QString &collection, const QString &fileName,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    ErrorReportModel *model() const { return m_model; }
    bool isLoading() const { return !m_loaded; }
    int visibleRows() const;
    void copySelection() const;
    bool exportTo(const QString &path, bool jsonLines) const;

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showEntries();
    void applyFilter();
    void showDetail();
    void exportAs(bool jsonLines);

    ErrorReportModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_file;
    QComboBox *m_reason;
    QLineEdit *m_search;
    QLabel *m_counts;
    QLabel *m_reasonLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_jsonButton = nullptr;
    QAction *m_copyAction = nullptr;
    QPlainTextEdit *m_detail;
    QList<ReportSource> m_sources;
    QFutureWatcher<Result<QList<ErrorReportModel::Entry>>> m_watcher;
    bool m_loaded = false;
};

} // namespace EdxLoader
