#include "browserpane.h"


#include "csvexport.h"
#include "documentstore.h"
#include "exportdialog.h"
#include "workerguard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

namespace {

constexpr int kSampleSize = 20;

// One BSON value as a person reads it; objects and arrays become child items.
void addValue(QTreeWidgetItem *parent, const QString &key, const bson_iter_t *it)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    const QLocale locale;
    switch (bson_iter_type(it)) {
    case BSON_TYPE_UTF8:
        item->setText(1, QString::fromUtf8(bson_iter_utf8(it, nullptr)));
        item->setText(2, BrowserPane::tr("text"));
        break;
    case BSON_TYPE_INT32:
    case BSON_TYPE_INT64:
        // As stored: an id reads 4822257, not "4,822,257".
        item->setText(1, QString::number(qint64(bson_iter_as_int64(it))));
        item->setText(2, BrowserPane::tr("integer"));
        break;
    case BSON_TYPE_DOUBLE:
        item->setText(1, QString::number(bson_iter_double(it), 'g', 15));
        item->setText(2, BrowserPane::tr("number"));
        break;
    case BSON_TYPE_BOOL:
        item->setText(1, bson_iter_bool(it) ? QStringLiteral("true") : QStringLiteral("false"));
        item->setText(2, BrowserPane::tr("true/false"));
        break;
    case BSON_TYPE_NULL:
        item->setText(1, QStringLiteral("null"));
        item->setText(2, BrowserPane::tr("null"));
        break;
    case BSON_TYPE_DATE_TIME:
        item->setText(1, QDateTime::fromMSecsSinceEpoch(bson_iter_date_time(it), QTimeZone::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'")));
        item->setText(2, BrowserPane::tr("date"));
        break;
    case BSON_TYPE_OID: {
        char hex[25];
        bson_oid_to_string(bson_iter_oid(it), hex);
        item->setText(1, QStringLiteral("ObjectId(%1)").arg(QString::fromLatin1(hex)));
        item->setText(2, BrowserPane::tr("ObjectId"));
        break;
    }
    case BSON_TYPE_DOCUMENT:
    case BSON_TYPE_ARRAY: {
        const bool array = bson_iter_type(it) == BSON_TYPE_ARRAY;
        bson_iter_t child;
        int n = 0;
        if (bson_iter_recurse(it, &child)) {
            while (bson_iter_next(&child)) {
                addValue(item, QString::fromUtf8(bson_iter_key(&child)), &child);
                ++n;
            }
        }
        item->setText(1, array ? BrowserPane::tr("[%n item(s)]", nullptr, n) : BrowserPane::tr("{%n field(s)}", nullptr, n));
        item->setText(2, array ? BrowserPane::tr("array") : BrowserPane::tr("object"));
        break;
    }
    default:
        item->setText(2, BrowserPane::tr("other"));
    }
}

} // namespace

BrowserPane::BrowserPane(std::shared_ptr<DocumentStore> store, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(store))
    , m_collections(new QTreeWidget(this))
    , m_documents(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_pageLabel(new QLabel(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_personCourseButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("browserPane"));
    m_collections->setObjectName(QStringLiteral("browserCollections"));
    m_collections->header()->setStretchLastSection(false);
    m_collections->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_documents->setObjectName(QStringLiteral("browserDocuments"));
    m_documents->setColumnWidth(0, 260);
    m_documents->setColumnWidth(1, 460);
    connect(m_collections, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showSample(item); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BrowserPane::showCollections);
    connect(&m_samples, &QFutureWatcherBase::finished, this, &BrowserPane::showDocuments);

    connect(m_refresh, &QPushButton::clicked, this, &BrowserPane::refresh);
    m_exportButton->setObjectName(QStringLiteral("browserExport"));
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportSelected(); });
    m_personCourseButton->setObjectName(QStringLiteral("browserPersonCourse"));
    connect(m_personCourseButton, &QPushButton::clicked, this, &BrowserPane::buildPersonCourse);
    connect(&m_personCourse, &QFutureWatcherBase::finished, this, &BrowserPane::showPersonCourse);
    connect(m_collections, &QTreeWidget::currentItemChanged, this, &BrowserPane::updateActions);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_exportButton);
    top->addWidget(m_personCourseButton);
    top->addWidget(m_refresh);
    // The documents, a page at a time, narrowed by a filter written as export-csv's --filter.
    m_filter->setObjectName(QStringLiteral("browserFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_page = 0;
        readPage();
    });
    m_pageLabel->setObjectName(QStringLiteral("browserPage"));
    m_previous->setObjectName(QStringLiteral("browserPrevious"));
    m_next->setObjectName(QStringLiteral("browserNext"));
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_page > 0) {
            --m_page;
            readPage();
        }
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if ((m_page + 1) * kSampleSize < m_total) {
            ++m_page;
            readPage();
        }
    });
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_filter, 1);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(pager);
    rightLayout->addWidget(m_documents, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_collections);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 840});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    retranslateUi();
    updateActions();
    refresh();
}

void BrowserPane::retranslateUi()
{
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Write the selected collection, whole or filtered, as a CSV file"));
    m_personCourseButton->setText(tr("&Person-Course Table"));
    m_personCourseButton->setToolTip(tr("Compute the selected course's per-learner summary (edx2bigquery's "
                                        "person_course): profile, certificate, activity and forum counts"));
    m_previous->setText(tr("&Previous"));
    m_next->setText(tr("&Next"));
    m_refresh->setText(tr("&Refresh"));
    m_collections->setHeaderLabels({tr("Database / collection"), tr("Documents")});
    m_documents->setHeaderLabels({tr("Field"), tr("Value"), tr("Type")});
    m_filter->setPlaceholderText(tr("Filter, e.g. {\"event_type\": \"play_video\"}"));
    m_filter->setToolTip(tr("Shows only the documents that match: a JSON object of field: value, with "
                            "{\"$in\": […]}, {\"$gte\": …} and {\"$lt\": …} as in edxloader-cli export-csv --filter. "
                            "Press Enter to apply."));
}

void BrowserPane::changeEvent(QEvent *event)
{
    // The tree's nodes, counts and the page's texts are read again in the new language.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void BrowserPane::setStore(std::shared_ptr<DocumentStore> store)
{
    m_context.setStore(std::move(store));
    m_documents->clear();
    refresh();
}

// The pane's tasks hold the store and the closing flag (m_context), never the pane: it goes at
// once, they stop at their next check and their results are dropped.
BrowserPane::~BrowserPane() = default;

QString BrowserPane::selectedDatabase() const
{
    const QTreeWidgetItem *item = m_collections->currentItem();
    if (!item)
        return {};
    return item->parent() ? item->parent()->text(0) : item->text(0);
}

bool BrowserPane::selectCollection(const QString &database, const QString &collection)
{
    const QString key = database + QLatin1Char('\n') + collection;
    for (QTreeWidgetItemIterator it(m_collections); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == key) {
            m_collections->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void BrowserPane::updateActions()
{
    const QTreeWidgetItem *item = m_collections->currentItem();
    m_exportButton->setEnabled(item && item->parent());
    const QStringList collections = m_collectionsOf.value(selectedDatabase());
    m_personCourseButton->setEnabled(!m_personCourse.isRunning()
                                     && (collections.contains(QLatin1String("enrollment"))
                                         || collections.contains(QLatin1String("student_courseenrollment"))));
}

ExportDialog *BrowserPane::exportSelected()
{
    const QTreeWidgetItem *item = m_collections->currentItem();
    if (!item || !item->parent())
        return nullptr;
    delete m_exportDialog;
    m_exportDialog = new ExportDialog(m_context.store(), item->parent()->text(0), item->text(0), m_anonymize, this);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog->open();
    return m_exportDialog;
}

void BrowserPane::buildPersonCourse()
{
    const QString database = selectedDatabase();
    if (database.isEmpty() || m_personCourse.isRunning())
        return;
    m_status->setText(tr("Computing %1.person_course: reading the course's tables and counting its events…").arg(database));
    const bool anonymize = m_anonymize;
    m_personCourse.setFuture(QtConcurrent::run(
        guarded([store = m_context.store(), closing = m_context.closing(), database, anonymize] {
            return PersonCourseBuilder(*store, anonymize).build(database, {}, closing.get());
        })));
    updateActions();
}

void BrowserPane::showPersonCourse()
{
    const Result<PersonCourseResult> done = m_personCourse.result();
    PersonCourseResult r = *done;
    if (!done)
        r.error = done.error();
    const QLocale locale;
    if (r.ok) {
        m_status->setText(tr("%1.person_course: %n learner(s), %2 of their events counted from %3 in %4 s. Select it "
                             "and Export… to write it as CSV.",
                             nullptr, int(r.learners))
                              .arg(r.database, locale.toString(r.events),
                                   r.eventSource.isEmpty() ? tr("no tracking collection") : r.eventSource,
                                   locale.toString(r.seconds, 'f', 1)));
        connect(this, &BrowserPane::refreshed, this, [this, db = r.database] {
            selectCollection(db, QStringLiteral("person_course"));
        }, Qt::SingleShotConnection);
        // The summary stays: the refresh's own status would replace it.
        const QString summary = m_status->text();
        connect(this, &BrowserPane::refreshed, this, [this, summary] { m_status->setText(summary); },
                Qt::SingleShotConnection);
        refresh();
    } else {
        m_status->setText(r.error.isEmpty() ? tr("The person_course table could not be computed") : r.error);
    }
    updateActions();
    Q_EMIT personCourseBuilt(r.ok);
}

void BrowserPane::refresh()
{
    if (m_watcher.isRunning())
        return;
    m_status->setText(tr("Counting the documents…"));
    m_watcher.setFuture(QtConcurrent::run(guarded([store = m_context.store(), closing = m_context.closing()] {
        Listing listing;
        const Result<QList<CollectionInfo>> infos = store->collectionInfos({}, closing.get());
        listing.infos = *infos;
        listing.problem = infos.error();
        // Nothing listed: an empty store, or a server that does not answer — which is worth saying.
        if (const Status reached = listing.infos.isEmpty() ? store->ping() : Status(); !reached)
            listing.problem = reached.error();
        return listing;
    })));
}

void BrowserPane::showCollections()
{
    const Result<Listing> listed = m_watcher.result();
    Listing listing = *listed;
    if (!listed)
        listing.problem = listed.error();
    const QList<CollectionInfo> &infos = listing.infos;
    const QString current = m_collections->currentItem() ? m_collections->currentItem()->data(0, Qt::UserRole).toString()
                                                         : QString();
    m_collections->clear();
    QHash<QString, QTreeWidgetItem *> databases;
    const QLocale locale;
    qint64 total = 0, records = 0;
    m_collectionsOf.clear();
    // Data first; the import's own bookkeeping (ledgers, error reports, MongoDB claims and side
    // records) under one "Import records" node per database, out of the totals.
    const auto isRecord = [](const QString &collection) {
        return collection.endsWith(QLatin1String("_imported")) || collection.endsWith(QLatin1String("_errors"))
               || collection.startsWith(QLatin1String("_edxloader"));
    };
    QList<CollectionInfo> ordered;
    for (const bool bookkeeping : {false, true}) {
        for (const CollectionInfo &info : infos) {
            if (isRecord(info.collection) == bookkeeping)
                ordered << info;
        }
    }
    QHash<QString, QTreeWidgetItem *> recordNodes;
    for (const CollectionInfo &info : std::as_const(ordered)) {
        m_collectionsOf[info.database] << info.collection;
        QTreeWidgetItem *&db = databases[info.database];
        if (!db) {
            db = new QTreeWidgetItem(m_collections, {info.database});
            db->setExpanded(true);
        }
        QTreeWidgetItem *parent = db;
        if (isRecord(info.collection)) {
            QTreeWidgetItem *&node = recordNodes[info.database];
            if (!node) {
                node = new QTreeWidgetItem(db, {tr("Import records")});
                node->setToolTip(0, tr("What EdxLoader keeps about its imports: the ledgers ({collection}_imported) and "
                                       "the error reports ({collection}_errors)"));
                node->setForeground(0, m_collections->palette().brush(QPalette::PlaceholderText));
            }
            parent = node;
            records += info.count;
        } else {
            total += info.count;
        }
        auto *item = new QTreeWidgetItem(parent, {info.collection, locale.toString(info.count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        const QString key = info.database + QLatin1Char('\n') + info.collection;
        item->setData(0, Qt::UserRole, key);
        if (key == current)
            m_collections->setCurrentItem(item);
    }
    m_status->setText(!listing.problem.isEmpty() ? tr("Cannot read the target: %1").arg(listing.problem)
                      : infos.isEmpty()          ? tr("Nothing imported yet: %1").arg(m_context.store()->description())
                                      : tr("%n database(s), %1 documents of data (and %2 import records) in %3",
                                           nullptr, int(databases.size()))
                                            .arg(locale.toString(total), locale.toString(records),
                                                 m_context.store()->description()));
    updateActions();
    Q_EMIT refreshed();
}

void BrowserPane::showSample(QTreeWidgetItem *item)
{
    m_documents->clear();
    const QString key = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (key.isEmpty())
        return;
    m_sampleKey = key;
    m_page = 0;
    readPage();
}

void BrowserPane::readPage()
{
    if (m_sampleKey.isEmpty())
        return;
    const QString database = m_sampleKey.section(QLatin1Char('\n'), 0, 0);
    const QString collection = m_sampleKey.section(QLatin1Char('\n'), 1);
    Filter filter;
    QString error;
    if (!m_filter->text().trimmed().isEmpty() && !filterFromJson(m_filter->text().trimmed().toUtf8(), &filter, &error)) {
        m_documents->clear();
        m_pageLabel->setText(tr("Filter: %1").arg(error));
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    m_pageLabel->setText(tr("Reading…"));
    // Read on a worker thread too: during an import the database may be locked for a while,
    // and the window must not wait for it. A newer selection replaces the watched read.
    m_samples.setFuture(QtConcurrent::run(guarded([store = m_context.store(), closing = m_context.closing(), database,
                                                   collection, filter, page = m_page]() -> Result<Page> {
        Page p;
        const Result<qint64> total = store->count(database, collection, filter);
        if (!total)
            return failure(total.error());
        p.total = *total;
        FindOptions options;
        options.skip = page * kSampleSize;
        options.limit = kSampleSize;
        const Status read = store->find(database, collection, filter, options, [&](const Document &d) {
            p.documents.append(d);
            return !closing->load();
        });
        if (!read)
            return failure(read.error());
        return p;
    })));
}

void BrowserPane::showDocuments()
{
    const QTreeWidgetItem *current = m_collections->currentItem();
    if (!current || current->data(0, Qt::UserRole).toString() != m_sampleKey)
        return; // the selection moved on while reading
    m_documents->clear();
    const Result<Page> page = m_samples.result();
    if (!page) {
        m_pageLabel->clear();
        m_status->setText(tr("Cannot read %1: %2").arg(QString(m_sampleKey).replace(QLatin1Char('\n'), QLatin1Char('.')), page.error()));
        return;
    }
    const QLocale locale;
    m_total = page->total;
    const qint64 from = m_page * kSampleSize;
    m_pageLabel->setText(page->documents.isEmpty()
                             ? (m_filter->text().trimmed().isEmpty() ? tr("No document") : tr("No document matches"))
                             : tr("%1–%2 of %3")
                                   .arg(locale.toString(from + 1), locale.toString(from + page->documents.size()),
                                        locale.toString(m_total)));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(from + page->documents.size() < m_total);
    qint64 n = from;
    for (const Document &d : page->documents) {
        auto *root = new QTreeWidgetItem(m_documents, {tr("Document %1").arg(locale.toString(++n))});
        bson_iter_t it;
        if (bson_iter_init(&it, d.bson())) {
            while (bson_iter_next(&it))
                addValue(root, QString::fromUtf8(bson_iter_key(&it)), &it);
        }
        root->setText(1, QString::fromUtf8(d.toRelaxedJson().left(200)));
    }
    if (m_documents->topLevelItemCount() > 0)
        m_documents->topLevelItem(0)->setExpanded(true);
}

} // namespace EdxLoader
