#pragma once

#include "result.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace EdxLoader {

class DocumentStore;

// The course form's checklist of course ids: those found in the imported tracking logs with
// their event counts (read in the background), and ids typed in. What is checked stays across a
// new reading.
class CourseIdList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseIdList)

public:
    explicit CourseIdList(QWidget *parent = nullptr);

    // Reads the course ids of store's tracking logs; loaded() follows.
    void refresh(const std::shared_ptr<DocumentStore> &store);
    bool isReading() const { return m_watcher.isRunning(); }
    bool isEmpty() const;
    QStringList checkedIds() const;
    // Checks these ids only (an id the logs do not have is added).
    void setCheckedIds(const QStringList &ids);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void checkedChanged();
    void loaded(const QString &error); // empty when the ids could be read

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addTyped();
    QListWidgetItem *addId(const QString &id, qint64 events, bool checked); // events -1: none imported
    static void describe(QListWidgetItem *item);
    void showIds();

    QListWidget *m_list;
    QLineEdit *m_manual;
    QPushButton *m_add;
    QFutureWatcher<Result<QList<std::pair<QString, qint64>>>> m_watcher;
};

} // namespace EdxLoader
