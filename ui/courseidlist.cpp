#include "courseidlist.h"

#include "documentstore.h"
#include "workerguard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kEventsRole = Qt::UserRole + 2; // -1: no events imported
} // namespace

CourseIdList::CourseIdList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_manual(new QLineEdit(this))
    , m_add(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("courseIds"));
    // Sized to its content: a few rows, never the whole page.
    const int row = fontMetrics().height() + 6;
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setMinimumHeight(3 * row);
    m_list->setMaximumHeight(9 * row);
    m_manual->setObjectName(QStringLiteral("courseManualId"));
    m_manual->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    connect(m_add, &QPushButton::clicked, this, &CourseIdList::addTyped);
    connect(m_manual, &QLineEdit::returnPressed, this, &CourseIdList::addTyped);
    connect(m_list, &QListWidget::itemChanged, this, &CourseIdList::checkedChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CourseIdList::showIds);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manual);
    manualRow->addWidget(m_add);
    manualRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(manualRow);
    retranslate();
}

void CourseIdList::retranslate()
{
    m_list->setToolTip(tr("Every id under which the course's events were logged: tick those of this course "
                          "(course_ids in a McGillX course config)"));
    m_manual->setPlaceholderText(tr("Another course id, e.g. McGillX/ATOC185x/2T2014"));
    m_add->setText(tr("A&dd"));
    const QSignalBlocker quiet(m_list);
    for (int i = 0; i < m_list->count(); ++i)
        describe(m_list->item(i));
}

void CourseIdList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CourseIdList::describe(QListWidgetItem *item)
{
    const QString id = item->data(kIdRole).toString();
    const qint64 events = item->data(kEventsRole).toLongLong();
    item->setText(events < 0 ? tr("%1  (no events imported)").arg(id)
                             : tr("%1  (%2 events)").arg(id, QLocale().toString(events)));
}

QListWidgetItem *CourseIdList::addId(const QString &id, qint64 events, bool checked)
{
    auto *item = new QListWidgetItem(m_list);
    item->setData(kIdRole, id);
    item->setData(kEventsRole, events);
    describe(item);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

void CourseIdList::refresh(const std::shared_ptr<DocumentStore> &store)
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(guarded([store]() -> Result<QList<std::pair<QString, qint64>>> {
        QList<std::pair<QString, qint64>> ids;
        const Result<QStringList> databases = store->databases();
        if (!databases)
            return failure(databases.error());
        if (!databases->contains(QStringLiteral("tracking_logs")))
            return ids;
        const Result<QList<DistinctValue>> values =
            store->distinct(QStringLiteral("tracking_logs"), QStringLiteral("tracking"), QStringLiteral("course_id"));
        if (!values)
            return failure(values.error());
        for (const DistinctValue &v : *values) {
            if (const QString *id = std::get_if<QString>(&v.value); id && !id->isEmpty())
                ids.append({*id, v.count});
        }
        return ids;
    })));
}

void CourseIdList::showIds()
{
    // Keep what was checked (or typed) across a refresh.
    const QStringList checked = checkedIds();
    QSet<QString> left(checked.cbegin(), checked.cend());
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    const Result<QList<std::pair<QString, qint64>>> ids = m_watcher.result();
    if (ids) {
        for (const auto &[id, count] : *ids) {
            addId(id, count, left.contains(id));
            left.remove(id);
        }
    }
    for (const QString &id : checked) { // ids typed or opened, not in the logs
        if (left.contains(id))
            addId(id, -1, true);
    }
    Q_EMIT loaded(ids ? QString() : ids.error());
}

bool CourseIdList::isEmpty() const
{
    return m_list->count() == 0;
}

QStringList CourseIdList::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(kIdRole).toString();
    }
    return ids;
}

void CourseIdList::setCheckedIds(const QStringList &ids)
{
    {
        const QSignalBlocker quiet(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setCheckState(ids.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        for (const QString &id : ids) {
            if (!checkedIds().contains(id))
                addId(id, -1, true);
        }
    }
    Q_EMIT checkedChanged();
}

void CourseIdList::addTyped()
{
    const QString id = m_manual->text().trimmed();
    if (id.isEmpty())
        return;
    m_manual->clear();
    {
        // Checked when the list has it, added (checked) when the logs do not.
        const QSignalBlocker quiet(m_list);
        QListWidgetItem *found = nullptr;
        for (int i = 0; i < m_list->count() && !found; ++i) {
            if (m_list->item(i)->data(kIdRole).toString() == id)
                found = m_list->item(i);
        }
        if (found)
            found->setCheckState(Qt::Checked);
        else
            addId(id, -1, true);
    }
    Q_EMIT checkedChanged();
}

} // namespace EdxLoader
