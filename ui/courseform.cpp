#include "courseform.h"

#include "courseidlist.h"

#include "documentstore.h"
#include "workerguard.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace EdxLoader {

CourseForm::CourseForm(std::shared_ptr<DocumentStore> store, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(store))
    , m_edxId(new QLineEdit(this))
    , m_courseName(new QLineEdit(this))
    , m_ids(new CourseIdList(this))
    , m_enrollment(new QDateEdit(this))
    , m_completion(new QDateEdit(this))
    , m_database(new QLineEdit(this))
    , m_collection(new QLineEdit(QStringLiteral("tracking"), this))
    , m_build(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_intro(new QLabel(this))
    , m_to(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_span(new QLabel(this))
    , m_spanTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("courseForm"));
    m_intro->setWordWrap(true);

    m_edxId->setObjectName(QStringLiteral("courseEdxId"));
    m_courseName->setObjectName(QStringLiteral("courseName"));
    const int fieldWidth = fontMetrics().averageCharWidth() * 60;
    for (QWidget *w : {static_cast<QWidget *>(m_edxId), static_cast<QWidget *>(m_courseName),
                       static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_collection)})
        w->setMaximumWidth(fieldWidth);
    // Course ids are long, and their event counts follow them.
    m_ids->list()->setMaximumWidth(fieldWidth * 3 / 2);
    m_settingDates = true;
    for (QDateEdit *d : {m_enrollment, m_completion}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        // Dates the user sets stay: the span of new ids no longer replaces them.
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingDates)
                m_datesFromUser = true;
        });
    }
    m_settingDates = false;
    m_enrollment->setObjectName(QStringLiteral("courseEnrollment"));
    m_completion->setObjectName(QStringLiteral("courseCompletion"));
    m_span->setObjectName(QStringLiteral("courseSpan"));
    m_span->setWordWrap(true);
    m_database->setObjectName(QStringLiteral("courseDatabase"));
    m_collection->setObjectName(QStringLiteral("courseCollection"));
    m_spanTimer->setSingleShot(true);
    m_spanTimer->setInterval(150);
    connect(m_spanTimer, &QTimer::timeout, this, &CourseForm::readSpan);
    connect(&m_spanWatcher, &QFutureWatcherBase::finished, this, &CourseForm::showSpan);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, &CourseForm::confirmAndBuild);
    connect(m_ids, &CourseIdList::checkedChanged, this, [this] {
        updateDestinationHint();
        m_spanTimer->start();
    });

    // Once a problem shows, it follows the edits (and goes when mended).
    const auto recheck = [this] {
        for (QLabel *label : std::as_const(m_fieldProblems)) {
            if (!label->text().isEmpty()) {
                showProblems(config());
                return;
            }
        }
    };
    connect(m_ids, &CourseIdList::checkedChanged, this, recheck);
    connect(m_enrollment, &QDateEdit::dateChanged, this, recheck);
    connect(m_completion, &QDateEdit::dateChanged, this, recheck);
    connect(m_database, &QLineEdit::textChanged, this, recheck);
    connect(m_collection, &QLineEdit::textChanged, this, recheck);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_enrollment);
    dates->addWidget(m_to);
    dates->addWidget(m_completion);
    dates->addSpacing(fontMetrics().averageCharWidth() * 2);
    dates->addWidget(m_span, 1);
    auto *form = new QFormLayout;
    m_form = form;
    // A problem of a field is shown right under it (a row hidden until then).
    const auto problemRow = [this, form](CourseConfig::Field field, const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        QPalette red = label->palette();
        red.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        label->setPalette(red);
        form->addRow(QString(), label);
        form->setRowVisible(label, false);
        m_fieldProblems.insert(field, label);
    };
    // (labels made here: addRow with an empty text makes none, and they are named in retranslateUi)
    const auto labelled = [this, form](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    labelled(m_edxId);
    labelled(m_courseName);
    auto *idsLabel = new QLabel(this);
    idsLabel->setBuddy(m_ids->list());
    form->addRow(idsLabel, m_ids);
    problemRow(CourseConfig::Field::CourseIds, "courseIdsProblem");
    m_datesLabel = new QLabel(this);
    m_datesLabel->setBuddy(m_enrollment);
    form->addRow(m_datesLabel, dates);
    problemRow(CourseConfig::Field::Enrollment, "courseEnrollmentProblem");
    problemRow(CourseConfig::Field::Completion, "courseCompletionProblem");
    labelled(m_database);
    problemRow(CourseConfig::Field::Database, "courseDatabaseProblem");
    labelled(m_collection);
    problemRow(CourseConfig::Field::Collection, "courseCollectionProblem");

    m_open->setObjectName(QStringLiteral("courseOpen"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Course Config"), QString(),
                                                          tr("Course configs (*.json);;All files (*)"));
        if (!path.isEmpty())
            openConfig(path);
    });
    m_save->setObjectName(QStringLiteral("courseSave"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString name = (m_edxId->text().trimmed().isEmpty() ? QStringLiteral("course") : m_edxId->text().trimmed())
                             + QStringLiteral("_config.json");
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Course Config"), name,
                                                          tr("Course configs (*.json)"));
        if (!path.isEmpty())
            saveConfig(path);
    });
    m_build->setObjectName(QStringLiteral("courseBuild"));
    m_build->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("courseCancel"));
    m_cancel->setEnabled(false);
    connect(m_build, &QPushButton::clicked, this, &CourseForm::build);
    connect(m_cancel, &QPushButton::clicked, this, &CourseForm::cancel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_build);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_export);
    m_export->setObjectName(QStringLiteral("courseExport"));
    connect(m_export, &QPushButton::clicked, this, [this] { exportCollection(); });

    m_progress->setObjectName(QStringLiteral("courseProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("courseStatus"));
    m_status->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("courseSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addStretch(1); // the form keeps its size; the room left is below it

    connect(m_ids, &CourseIdList::loaded, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_status->setText(tr("Cannot read the course ids of the tracking logs: %1").arg(error));
        else if (m_ids->isEmpty())
            m_status->setText(tr("No tracking logs imported yet: import some, or type the course ids."));
        else if (m_status->text() == tr("Reading the course ids of the tracking logs…"))
            m_status->clear();
        updateDestinationHint();
        m_spanTimer->start();
        Q_EMIT courseIdsLoaded();
    });
    connect(&m_buildWatcher, &QFutureWatcherBase::finished, this, &CourseForm::showResult);
    retranslateUi();
    refreshCourseIds();
}

void CourseForm::retranslateUi()
{
    m_intro->setText(tr("Builds a course's own tracking collection from the imported tracking logs: the events "
                        "of the chosen course ids between the two dates (UTC, both days included), each with "
                        "the place in the course (chapter, subsection, unit) of the block it refers to."));
    m_edxId->setPlaceholderText(tr("e.g. atoc185x"));
    m_edxId->setToolTip(tr("The course's short code, used to name its files (edx_id in a McGillX course config)"));
    m_courseName->setPlaceholderText(tr("e.g. Natural Disasters"));
    m_courseName->setToolTip(tr("The course's title (edx_course_name in a McGillX course config)"));
    m_enrollment->setToolTip(tr("The first day whose events are copied, in UTC (enrollment_date in a McGillX course "
                                "config)"));
    m_completion->setToolTip(tr("The last day whose events are copied, in UTC (completion_date in a McGillX course "
                                "config)"));
    m_to->setText(tr("to"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_edxId, tr("Course &code:"));
    label(m_courseName, tr("Course &name:"));
    label(m_ids, tr("Course i&ds:"));
    label(m_database, tr("Destination &database:"));
    label(m_collection, tr("Destination co&llection:"));
    m_datesLabel->setText(tr("&Days (UTC):"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save…"));
    m_build->setText(tr("&Build"));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("E&xport as CSV…"));
    m_export->setToolTip(tr("Write the course collection, whole or filtered, as a CSV file"));
    updateDestinationHint();
}

void CourseForm::changeEvent(QEvent *event)
{
    // The span beside the dates and the problems under the fields are worded again too.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_spanTimer->start();
        for (QLabel *problem : std::as_const(m_fieldProblems)) {
            if (!problem->text().isEmpty()) {
                showProblems(config());
                break;
            }
        }
    }
    QWidget::changeEvent(event);
}

void CourseForm::setStore(std::shared_ptr<DocumentStore> store)
{
    m_context.setStore(std::move(store));
    m_summary->clear();
    m_summaryText.clear();
    refreshCourseIds();
}

// A build in progress is cancelled (it keeps the previous collection) and not waited for: its task
// holds the store itself (m_context), never the form.
CourseForm::~CourseForm()
{
    if (m_buildCancel)
        m_buildCancel->store(true);
}

void CourseForm::refreshCourseIds()
{
    if (m_ids->isReading())
        return;
    if (m_ids->isEmpty())
        m_status->setText(tr("Reading the course ids of the tracking logs…"));
    m_ids->refresh(m_context.store());
}

void CourseForm::updateDestinationHint()
{
    CourseConfig c = config();
    c.database.clear();
    const QString db = c.destinationDatabase();
    m_database->setPlaceholderText(db.isEmpty() ? tr("The course's database") : tr("%1 (the course's database)").arg(db));
}

CourseConfig CourseForm::config() const
{
    CourseConfig c;
    c.edxId = m_edxId->text().trimmed();
    c.edxCourseName = m_courseName->text().trimmed();
    c.courseIds = m_ids->checkedIds();
    c.enrollment = m_enrollment->date();
    c.completion = m_completion->date();
    c.database = m_database->text().trimmed();
    c.collection = m_collection->text().trimmed();
    return c;
}

void CourseForm::setConfig(const CourseConfig &c)
{
    m_edxId->setText(c.edxId);
    m_courseName->setText(c.edxCourseName);
    m_ids->setCheckedIds(c.courseIds);
    if (c.enrollment.isValid() || c.completion.isValid()) {
        setDates(c.enrollment.isValid() ? c.enrollment : m_enrollment->date(),
                 c.completion.isValid() ? c.completion : m_completion->date());
        m_datesFromUser = true; // the config's dates stay
    }
    m_database->setText(c.database);
    m_collection->setText(c.collection);
    updateDestinationHint();
    m_status->clear();
    showProblems(c);
}

bool CourseForm::openConfig(const QString &path)
{
    CourseConfig c;
    QString error;
    if (!CourseConfig::load(path, &c, &error)) {
        m_status->setText(error);
        return false;
    }
    setConfig(c);
    return true;
}

bool CourseForm::saveConfig(const QString &path)
{
    QString error;
    if (!config().save(path, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CourseForm::isBuilding() const
{
    return m_buildWatcher.isRunning();
}

QString CourseForm::summary() const
{
    return m_summaryText;
}

ExportDialog *CourseForm::exportCollection()
{
    const CourseConfig c = config();
    const Result<QStringList> databases = m_context.store()->databases();
    const Result<QStringList> collections = databases && databases->contains(c.destinationDatabase())
                                                ? m_context.store()->collections(c.destinationDatabase())
                                                : Result<QStringList>(QStringList());
    if (!databases || !collections) {
        const QString error = !databases ? databases.error() : collections.error();
        m_status->setText(tr("Cannot read %1: %2").arg(c.destinationDatabase(), error));
        return nullptr;
    }
    if (!collections->contains(c.collection)) {
        m_status->setText(tr("%1.%2 has not been built yet: Build it first.").arg(c.destinationDatabase(), c.collection));
        return nullptr;
    }
    delete m_exportDialog;
    m_exportDialog = new ExportDialog(m_context.store(), c.destinationDatabase(), c.collection, m_anonymize, this);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog->open();
    return m_exportDialog;
}

void CourseForm::setBusy(bool busy)
{
    m_build->setEnabled(!busy);
    m_export->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void CourseForm::build()
{
    if (isBuilding())
        return;
    const CourseConfig c = config();
    if (!showProblems(c))
        return;
    if (m_previewWatcher.isRunning())
        return;
    // First what the build would do: it asks before it replaces a collection with fewer events.
    m_previewed = c;
    m_build->setEnabled(false);
    m_status->setText(tr("Counting the events of %1.%2…").arg(c.destinationDatabase(), c.collection));
    m_previewWatcher.setFuture(QtConcurrent::run(guarded([store = m_context.store(), c] {
        return CourseBuilder(*store).preview(c);
    })));
}

void CourseForm::confirmAndBuild()
{
    m_build->setEnabled(true);
    const Result<CourseBuildPreview> preview = m_previewWatcher.result();
    const CourseConfig &c = m_previewed;
    if (!preview) {
        m_status->setText(tr("Cannot count the events to copy: %1").arg(preview.error()));
        return;
    }
    const QLocale locale;
    const QString target = c.destinationDatabase() + QLatin1Char('.') + c.collection;
    QString question;
    if (preview->events == 0 && preview->existing > 0)
        question = tr("No imported event of these course ids falls between %1 and %2: building would replace %3, "
                      "which holds %4 documents, with an empty collection.")
                       .arg(locale.toString(c.enrollment, QLocale::ShortFormat),
                            locale.toString(c.completion, QLocale::ShortFormat), target,
                            locale.toString(preview->existing));
    else if (preview->events == 0)
        question = tr("No imported event of these course ids falls between %1 and %2: %3 would be empty.")
                       .arg(locale.toString(c.enrollment, QLocale::ShortFormat),
                            locale.toString(c.completion, QLocale::ShortFormat), target);
    else if (preview->existing > preview->events)
        question = tr("%1 holds %2 documents; the new build would copy %3 events, fewer than it replaces.")
                       .arg(target, locale.toString(preview->existing), locale.toString(preview->events));
    if (!question.isEmpty()) {
        QMessageBox ask(QMessageBox::Warning, tr("Build %1?").arg(target), question, QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("courseBuildQuestion"));
        ask.setInformativeText(m_span->text().isEmpty() ? QString() : m_span->text());
        QPushButton *anyway = ask.addButton(tr("&Build Anyway"), QMessageBox::DestructiveRole);
        QPushButton *keep = ask.addButton(preview->existing > 0 ? tr("&Keep the Current Collection") : tr("Cancel"),
                                          QMessageBox::RejectRole);
        ask.setDefaultButton(keep);
        ask.exec();
        if (ask.clickedButton() != anyway) {
            m_status->setText(preview->existing > 0 ? tr("Nothing was built: %1 is unchanged.").arg(target)
                                                    : tr("Nothing was built."));
            return;
        }
    }
    startBuild(c);
}

void CourseForm::startBuild(const CourseConfig &c)
{
    m_summaryText.clear();
    m_summary->clear();
    m_status->setText(tr("Building %1.%2…").arg(c.destinationDatabase(), c.collection));
    m_progress->setValue(0);
    m_buildCancel = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    QPointer<QProgressBar> bar = m_progress;
    m_buildWatcher.setFuture(QtConcurrent::run(guarded([store = m_context.store(), c, bar, cancel = m_buildCancel] {
        return CourseBuilder(*store).build(
            c,
            [bar](qint64 done, qint64 total) {
                const int value = total > 0 ? int(1000 * done / total) : 0;
                QMetaObject::invokeMethod(bar, [bar, value] {
                    if (bar)
                        bar->setValue(value);
                }, Qt::QueuedConnection);
            },
            cancel.get());
    })));
}

bool CourseForm::showProblems(const CourseConfig &c)
{
    QHash<CourseConfig::Field, QStringList> texts;
    for (const auto &[field, text] : c.problems())
        texts[field] << text;
    for (auto it = m_fieldProblems.begin(); it != m_fieldProblems.end(); ++it) {
        const QStringList mine = texts.value(it.key());
        it.value()->setText(mine.join(QLatin1Char('\n')));
        m_form->setRowVisible(it.value(), !mine.isEmpty());
    }
    return texts.isEmpty();
}

void CourseForm::setDates(const QDate &enrollment, const QDate &completion)
{
    m_settingDates = true;
    m_enrollment->setDate(enrollment);
    m_completion->setDate(completion);
    m_settingDates = false;
}

void CourseForm::readSpan()
{
    if (m_spanWatcher.isRunning()) {
        m_spanAgain = true;
        return;
    }
    const QStringList ids = config().courseIds;
    if (ids.isEmpty()) {
        m_span->clear();
        return;
    }
    m_spanWatcher.setFuture(QtConcurrent::run(guarded([store = m_context.store(), ids] {
        return CourseBuilder(*store).eventSpan(ids);
    })));
}

void CourseForm::showSpan()
{
    if (m_spanAgain) { // the ids changed meanwhile: this span is not theirs
        m_spanAgain = false;
        readSpan();
        return;
    }
    const Result<EventSpan> span = m_spanWatcher.result();
    if (!span) {
        m_span->setText(tr("Their events could not be read: %1").arg(span.error()));
        return;
    }
    if (config().courseIds.isEmpty()) {
        m_span->clear();
        return;
    }
    const QLocale locale;
    if (!span->first.isValid()) {
        m_span->setText(tr("No event of these ids is imported."));
        return;
    }
    m_span->setText(tr("Their events: %1 to %2, %3 events")
                        .arg(span->first.toString(Qt::ISODate), span->last.toString(Qt::ISODate),
                             locale.toString(span->events)));
    if (!m_datesFromUser)
        setDates(span->first, span->last);
}

void CourseForm::cancel()
{
    if (m_buildCancel)
        m_buildCancel->store(true);
}

void CourseForm::showResult()
{
    setBusy(false);
    const Result<CourseBuildResult> built = m_buildWatcher.result();
    CourseBuildResult r = *built;
    if (!built)
        r.error = built.error();
    if (!r.ok) {
        m_status->setText(r.error);
        Q_EMIT buildFinished(false);
        return;
    }
    const QLocale l;
    QString text = tr("%1.%2: %3 events copied in %4 s — %5 enriched with their block, %6 naming no block, %7 "
                      "unresolved.")
                       .arg(r.database, r.collection, l.toString(r.copied), l.toString(r.seconds, 'f', 1),
                            l.toString(r.enriched), l.toString(r.withoutReference), l.toString(r.unresolved));
    QList<std::pair<qint64, QString>> reasons;
    for (auto it = r.reasons.begin(); it != r.reasons.end(); ++it)
        reasons.append({it.value(), it.key()});
    std::sort(reasons.begin(), reasons.end(), std::greater<>());
    for (const auto &[count, reason] : std::as_const(reasons).first(std::min<qsizetype>(3, reasons.size())))
        text += QLatin1Char('\n') + tr("Unresolved: %1 — %2").arg(l.toString(count), reason);
    if (r.studioLeftOut > 0)
        text += QLatin1Char('\n') + tr("Left out: %1 requests of the course team to Studio (not learner activity).")
                                      .arg(l.toString(r.studioLeftOut));
    m_summaryText = text;
    m_summary->setText(text);
    m_status->setText(tr("Done."));
    Q_EMIT buildFinished(true);
}

} // namespace EdxLoader
