#include "exportdialog.h"

#include "handbookdialog.h"

#include "documentstore.h"
#include "workerguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

ExportDialog::ExportDialog(std::shared_ptr<DocumentStore> store, const QString &database, const QString &collection, bool anonymize,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(store))
    , m_database(database)
    , m_collection(collection)
    , m_directory(QDir::homePath())
    , m_heading(new QLabel(this))
    , m_fields(new QListWidget(this))
    , m_course(new QComboBox(this))
    , m_window(new QCheckBox(tr("Only &events from"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_whereField(new QComboBox(this))
    , m_whereValue(new QLineEdit(this))
    , m_anonymize(new QCheckBox(tr("&Anonymise learners (hashed usernames; no e-mail, names, addresses or IP)"), this))
    , m_excel(new QCheckBox(tr("Add a byte-order mark so that E&xcel reads the file as UTF-8"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::Help, this))
    , m_exportButton(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %1.%2 as CSV").arg(database, collection));
    m_heading->setText(tr("<b>%1.%2</b> as a CSV file for R, Stata, pandas or a spreadsheet: one row per document, "
                          "one column per field.")
                           .arg(database.toHtmlEscaped(), collection.toHtmlEscaped()));
    m_heading->setWordWrap(true);

    m_fields->setObjectName(QStringLiteral("exportFields"));
    m_fields->setToolTip(tr("Nested fields are named by their path (context.course_id); a whole object or array is "
                            "written as JSON text."));
    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("&None"), this);
    auto *topLevel = new QPushButton(tr("&Top-level fields"), this);
    auto setChecked = [this](const std::function<bool(const QString &)> &check) {
        for (int i = 0; i < m_fields->count(); ++i)
            m_fields->item(i)->setCheckState(check(m_fields->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    };
    connect(all, &QPushButton::clicked, this, [setChecked] { setChecked([](const QString &) { return true; }); });
    connect(none, &QPushButton::clicked, this, [setChecked] { setChecked([](const QString &) { return false; }); });
    connect(topLevel, &QPushButton::clicked, this,
            [setChecked] { setChecked([](const QString &f) { return !f.contains(QLatin1Char('.')); }); });
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(all);
    fieldButtons->addWidget(none);
    fieldButtons->addWidget(topLevel);
    fieldButtons->addStretch(1);
    auto *columns = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columns);
    columnsLayout->addWidget(m_fields, 1);
    columnsLayout->addLayout(fieldButtons);

    m_course->setObjectName(QStringLiteral("exportCourse"));
    m_window->setObjectName(QStringLiteral("exportWindow"));
    m_course->addItem(tr("Every course"), QString());
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_window, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_window, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *window = new QHBoxLayout;
    window->addWidget(m_window);
    window->addWidget(m_from);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_to);
    window->addWidget(new QLabel(tr("(UTC days, both included)"), this));
    window->addStretch(1);
    m_whereField->setObjectName(QStringLiteral("exportWhereField"));
    m_whereField->addItem(tr("(no condition)"), QString());
    m_whereValue->setPlaceholderText(tr("value"));
    m_whereValue->setObjectName(QStringLiteral("exportWhereValue"));
    auto *where = new QHBoxLayout;
    where->addWidget(m_whereField, 1);
    where->addWidget(new QLabel(tr("equals"), this));
    where->addWidget(m_whereValue, 1);
    auto *rows = new QGroupBox(tr("Rows"), this);
    auto *rowsLayout = new QFormLayout(rows);
    rowsLayout->addRow(tr("&Course:"), m_course);
    rowsLayout->addRow(window);
    auto *whereLabel = new QLabel(tr("&Where:"), this);
    whereLabel->setBuddy(m_whereField);
    rowsLayout->addRow(whereLabel, where);

    m_anonymize->setChecked(anonymize);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton->setDefault(true);
    m_exportButton->setEnabled(false);
    m_buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_buttons, &QDialogButtonBox::helpRequested, this, [this] { HandbookDialog::showFor(this, QStringLiteral("export")); });
    connect(m_fields, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(columns, 1);
    layout->addWidget(rows);
    layout->addWidget(m_anonymize);
    layout->addWidget(m_excel);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(720, 640);

    // The fields of a sample, the course ids and the count: on a worker, the dialog usable meanwhile.
    m_status->setText(tr("Reading the fields of a sample of the documents…"));
    connect(&m_sample, &QFutureWatcherBase::finished, this, &ExportDialog::showSample);
    connect(&m_export, &QFutureWatcherBase::finished, this, &ExportDialog::finishExport);
    m_sample.setFuture(QtConcurrent::run(guarded([s = m_context.store(), closing = m_context.closing(), database,
                                                  collection]() -> Result<Sample> {
        Sample sample;
        const Result<QStringList> fields = CsvExporter(*s).sampleFields(database, collection);
        if (!fields)
            return failure(fields.error());
        sample.fields = *fields;
        if (closing->load())
            return sample; // (dropped: the dialog is gone)
        if (sample.fields.contains(QLatin1String("course_id"))) {
            for (const DistinctValue &v : s->distinct(database, collection, QStringLiteral("course_id")).value()) {
                if (const QString *id = std::get_if<QString>(&v.value); id && !id->isEmpty())
                    sample.courses << *id;
            }
        }
        if (!closing->load())
            sample.count = s->count(database, collection).value();
        return sample;
    })));
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true); // an export stops and writes nothing (its task holds the store)
}

void ExportDialog::showSample()
{
    const Result<Sample> sampled = m_sample.result();
    if (!sampled) {
        m_status->setText(tr("Cannot read %1.%2: %3").arg(m_database, m_collection, sampled.error()));
        return;
    }
    const Sample &sample = *sampled;
    m_fields->clear();
    for (const QString &f : sample.fields) {
        auto *item = new QListWidgetItem(f, m_fields);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(f.contains(QLatin1Char('.')) ? Qt::Unchecked : Qt::Checked);
        if (!f.contains(QLatin1Char('.')))
            m_whereField->addItem(f, f);
    }
    for (const QString &c : sample.courses)
        m_course->addItem(c, c);
    m_course->setEnabled(!sample.courses.isEmpty());
    m_hasTimestamp = sample.fields.contains(QLatin1String("timestamp"));
    m_window->setEnabled(m_hasTimestamp);
    m_window->setToolTip(m_hasTimestamp ? QString() : tr("Only for collections of events (a timestamp field)"));
    m_status->setText(sample.fields.isEmpty() ? tr("The collection is empty.")
                                              : tr("%n document(s). Pick the columns, narrow the rows if needed, then "
                                                   "Export….",
                                                   nullptr, int(std::min<qint64>(sample.count, INT_MAX))));
    updateButtons();
    Q_EMIT fieldsLoaded();
}

CsvExportParams ExportDialog::params() const
{
    CsvExportParams p;
    p.database = m_database;
    p.collection = m_collection;
    for (int i = 0; i < m_fields->count(); ++i) {
        if (m_fields->item(i)->checkState() == Qt::Checked)
            p.fields << m_fields->item(i)->text();
    }
    if (const QString course = m_course->currentData().toString(); !course.isEmpty())
        p.filter.append({QStringLiteral("course_id"), Condition::Eq, {course}});
    if (m_window->isChecked() && m_hasTimestamp) {
        const qint64 from = QDateTime(m_from->date(), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        const qint64 until = QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        p.filter.append({QStringLiteral("timestamp"), Condition::Gte, {DateTime{from}}});
        p.filter.append({QStringLiteral("timestamp"), Condition::Lt, {DateTime{until}}});
    }
    if (const QString field = m_whereField->currentData().toString(); !field.isEmpty()) {
        // What reads as a number matches the number or the same text ("007" is a username and
        // stays text in the store; 42 may be either); "quoted" is text only.
        const QString text = m_whereValue->text();
        bool isNumber = false;
        const qint64 n = text.trimmed().toLongLong(&isNumber);
        if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            p.filter.append({field, Condition::Eq, {text.mid(1, text.size() - 2)}});
        else if (isNumber)
            p.filter.append({field, Condition::In, {Value(n), Value(text)}});
        else
            p.filter.append({field, Condition::Eq, {text}});
    }
    p.anonymize = m_anonymize->isChecked();
    p.excelBom = m_excel->isChecked();
    return p;
}

bool ExportDialog::isExporting() const
{
    return m_export.isRunning();
}

void ExportDialog::updateButtons()
{
    bool any = false;
    for (int i = 0; i < m_fields->count() && !any; ++i)
        any = m_fields->item(i)->checkState() == Qt::Checked;
    m_exportButton->setEnabled(any && !m_export.isRunning());
}

void ExportDialog::chooseFileAndExport()
{
    const QString suggested = QDir(m_directory).filePath(m_database + QLatin1Char('-') + m_collection + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_directory = QFileInfo(path).absolutePath();
    exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    CsvExportParams p = params();
    p.outputPath = path;
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<ExportDialog> self(this);
    m_export.setFuture(QtConcurrent::run(guarded([store = m_context.store(), p, cancel, self] {
        return CsvExporter(*store).run(
            p,
            [self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (!self)
                            return;
                        self->m_progress->setRange(0, 1000);
                        self->m_progress->setValue(total > 0 ? int(1000 * std::min(done, total) / total) : 0);
                        self->m_status->setText(ExportDialog::tr("Exported %1 of %2 rows…")
                                                    .arg(QLocale().toString(done), QLocale().toString(total)));
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    })));
    updateButtons();
}

void ExportDialog::finishExport()
{
    const Result<CsvExportResult> exported = m_export.result();
    m_result = *exported;
    if (!exported)
        m_result.error = exported.error();
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const QLocale locale;
    if (m_result.ok) {
        QString text = tr("Wrote %1: %2 rows, %n column(s), %3 MB in %4 s.", nullptr, int(m_result.fields.size()))
                           .arg(QDir::toNativeSeparators(m_path),
                                locale.toString(m_result.rows), locale.toString(m_result.bytes / 1e6, 'f', 1),
                                locale.toString(m_result.seconds, 'f', 1));
        if (!m_result.fieldsLeftOut.isEmpty())
            text += QLatin1Char(' ') + tr("Fields found only after the sample were not exported: %1")
                                           .arg(m_result.fieldsLeftOut.join(QStringLiteral(", ")));
        m_status->setText(text);
    } else {
        m_status->setText(m_result.error);
    }
    updateButtons();
    Q_EMIT exportFinished(m_result.ok);
}

void ExportDialog::reject()
{
    if (m_export.isRunning()) { // Cancel: stop the export, stay open to say so
        m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace EdxLoader
