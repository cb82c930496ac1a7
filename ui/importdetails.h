#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;

namespace EdxLoader {

class ImportListModel;

// The details pane under the import list: everything known about the current file (what it is,
// where it is, where it goes, what its import did, its whole failure message), or a group's
// summary — what the list's columns can only abbreviate.
class ImportDetails final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDetails)

public:
    explicit ImportDetails(ImportListModel *model, QWidget *parent = nullptr);
    // An index of the model (not of a proxy); an invalid one shows a hint.
    void setCurrent(const QModelIndex &index);
    QString text() const; // plain text shown, for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString fileHtml(int item) const;
    QString groupHtml(const QModelIndex &index) const;

    ImportListModel *m_model;
    QPersistentModelIndex m_current;
    QLabel *m_label;
};

} // namespace EdxLoader
