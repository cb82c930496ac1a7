#include "importcontroller.h"

#include "storefactory.h"
#include "importcoordinator.h"
#include "importlistmodel.h"

#include <QApplication>
#include <QInputDialog>
#include <QLocale>
#include <QScopeGuard>
#include <QThread>

#include <future>

namespace EdxLoader {

namespace {

ImportListModel::RunState::Phase phaseOf(FileResult::Status s)
{
    using P = ImportListModel::RunState;
    switch (s) {
    case FileResult::Status::Imported: return P::Imported;
    case FileResult::Status::Unchanged: return P::Unchanged;
    case FileResult::Status::Duplicate: return P::Duplicate;
    case FileResult::Status::Changed: return P::Changed;
    case FileResult::Status::Failed: return P::Failed;
    case FileResult::Status::Cancelled: return P::Cancelled;
    case FileResult::Status::NotIncluded: return P::Skipped;
    }
    return P::Failed;
}

} // namespace

namespace {

// The window's store. A MongoDB one is not contacted here (that could take seconds with the
// window not yet shown): its first use on a worker says whether it answers.
std::shared_ptr<DocumentStore> windowStore(const QString &target, const QString &password)
{
    return openStore(StoreTarget::parse(target), password, Connect::OnFirstUse).value();
}

} // namespace

ImportController::ImportController(ImportListModel *model, const QString &target, const QString &password,
                                   QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    useStore(windowStore(target, password));
}

void ImportController::useStore(std::shared_ptr<DocumentStore> store)
{
    m_store = std::move(store);
    const int parallel = m_coordinator ? m_coordinator->maxParallelJobs() : 0;
    m_coordinator = std::make_unique<ImportCoordinator>(m_store);
    if (parallel > 0)
        m_coordinator->setMaxParallelJobs(parallel);
    connect(m_coordinator.get(), &ImportCoordinator::fileProgress, this, &ImportController::fileProgress);
    connect(m_coordinator.get(), &ImportCoordinator::fileFinished, this, &ImportController::fileFinished);
    connect(m_coordinator.get(), &ImportCoordinator::finished, this, &ImportController::allFinished);
    connect(m_coordinator.get(), &ImportCoordinator::fileStarted, this, [this](int index) {
        m_begun[index] = true;
        ImportListModel::RunState s;
        s.phase = ImportListModel::RunState::Running;
        m_model->setRunState(m_tasks[index].path, s);
    });
}

bool ImportController::setTarget(const QString &target, const QString &password)
{
    if (isRunning())
        return false;
    useStore(windowStore(target, password));
    return true;
}

ImportController::~ImportController()
{
    // Import threads may be waiting for a passphrase: they give up on m_closing, and the
    // coordinator is destroyed (waiting for them) before the members they use.
    m_closing->store(true);
    if (m_coordinator)
        m_coordinator->cancel();
    m_coordinator.reset();
}

bool ImportController::isRunning() const
{
    return m_coordinator->isRunning();
}

bool ImportController::start(QList<int> rows)
{
    if (isRunning())
        return false;
    if (rows.isEmpty()) {
        for (int r = 0; r < m_model->itemCount(); ++r)
            rows << r;
    }
    m_tasks.clear();
    m_total = 0;
    for (int row : std::as_const(rows)) {
        const ImportItem &item = m_model->item(row);
        const ImportTask task = planTask(item.path, item.effective(), m_options, item.size, item.problem);
        // Not-in-use and unrecognised rows keep their note; refused archives fail with their
        // reason, and failed exports are read to show edX's error.
        if (!task.included && task.refusal.isEmpty() && !task.classification.failedExport)
            continue;
        m_tasks << task;
        m_total += std::max<qint64>(0, item.size);
        ImportListModel::RunState waiting;
        waiting.phase = ImportListModel::RunState::Waiting;
        m_model->setRunState(item.path, waiting);
    }
    if (m_tasks.isEmpty())
        return false;
    forgetPassphrases();
    m_done = QList<qint64>(m_tasks.size(), 0);
    m_read = QList<qint64>(m_tasks.size(), 0);
    m_finished = QList<bool>(m_tasks.size(), false);
    m_begun = QList<bool>(m_tasks.size(), false);
    m_pausedNs = 0;
    m_clock.start();
    m_coordinator->start(m_tasks, m_options);
    Q_EMIT started(int(m_tasks.size()));
    return true;
}

void ImportController::applySettings(const AppSettings &settings)
{
    m_options.scheme = settings.scheme;
    m_options.anonymize = settings.anonymize;
    m_options.gnupg.home = settings.gnupgHome;
    m_coordinator->setMaxParallelJobs(settings.parallelJobs > 0 ? settings.parallelJobs : QThread::idealThreadCount());
    m_options.gnupg.passphrase = [this](const QString &key, bool previousWasBad) {
        return askPassphrase(key, previousWasBad);
    };
}

void ImportController::forgetPassphrases()
{
    std::lock_guard serial(m_askMutex);
    for (QByteArray &p : m_passphrases)
        p.fill('\0');
    m_passphrases.clear();
}

std::optional<QByteArray> ImportController::askPassphrase(const QString &key, bool previousWasBad)
{
    std::lock_guard serial(m_askMutex);
    if (!previousWasBad && m_passphrases.contains(key))
        return m_passphrases.value(key);
    auto answer = std::make_shared<std::promise<std::optional<QByteArray>>>();
    std::future<std::optional<QByteArray>> future = answer->get_future();
    const auto closing = m_closing;
    QMetaObject::invokeMethod(
        this,
        [this, answer, key, previousWasBad] {
            // The time the question waits is no import time: the estimate leaves it out.
            QElapsedTimer asked;
            asked.start();
            Q_EMIT waitingForPassphrase(true);
            const auto resume = qScopeGuard([this, &asked] {
                m_pausedNs += asked.nsecsElapsed();
                Q_EMIT waitingForPassphrase(false);
            });
            QInputDialog dialog(QApplication::activeWindow());
            dialog.setObjectName(QStringLiteral("passphraseDialog"));
            dialog.setWindowTitle(tr("Passphrase"));
            dialog.setInputMode(QInputDialog::TextInput);
            dialog.setTextEchoMode(QLineEdit::Password);
            dialog.setLabelText((previousWasBad ? tr("That passphrase was wrong. ") : QString())
                                + tr("Enter the passphrase of the GnuPG key\n%1\nto decrypt the edX files encrypted "
                                     "to it.")
                                      .arg(key));
            if (dialog.exec() == QDialog::Accepted) {
                QString text = dialog.textValue();
                answer->set_value(text.toUtf8());
                text.fill(QLatin1Char(' '));
                dialog.setTextValue(QString());
            } else {
                answer->set_value(std::nullopt);
            }
        },
        Qt::QueuedConnection);
    while (future.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        if (closing->load())
            return std::nullopt;
    }
    std::optional<QByteArray> given = future.get();
    if (given)
        m_passphrases.insert(key, *given);
    else
        m_passphrases.remove(key);
    return given;
}

void ImportController::cancelRows(const QList<int> &rows)
{
    for (int row : rows) {
        const QString path = m_model->item(row).path;
        for (int i = 0; i < m_tasks.size(); ++i) {
            if (m_tasks[i].path == path)
                m_coordinator->cancelFile(i);
        }
    }
}

void ImportController::cancel()
{
    m_coordinator->cancel();
}

void ImportController::fileProgress(int index, qint64 done, qint64 total)
{
    ImportListModel::RunState s;
    s.phase = ImportListModel::RunState::Running;
    s.done = done;
    s.total = total;
    m_model->setRunState(m_tasks[index].path, s);
    m_done[index] = std::min(done, total);
    m_read[index] = std::min(done, total);
    emitProgress();
}

void ImportController::emitProgress()
{
    qint64 all = 0, read = 0, left = 0;
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        all += m_done[i];
        read += m_read[i];
        if (!m_finished[i]) // what is still to read of the files still to run
            left += std::max<qint64>(0, std::max<qint64>(0, m_tasks[i].size) - m_read[i]);
    }
    const double seconds = std::max(0.001, (m_clock.nsecsElapsed() - m_pausedNs) / 1e9);
    const double rate = read / seconds;
    // An estimate only once there is something to make it from (a second of reading).
    const qint64 secondsLeft = seconds >= 1 && rate > 0 ? qint64(left / rate + 0.5) : -1;
    Q_EMIT progress(all, m_total, rate, secondsLeft);
}

void ImportController::fileFinished(int index, const FileResult &result)
{
    ImportListModel::RunState s;
    s.phase = phaseOf(result.status);
    s.read = result.read;
    s.imported = result.imported;
    s.rejected = result.rejected;
    s.skipped = result.skipped;
    s.message = result.message;
    if (s.message.isEmpty() && result.status == FileResult::Status::Imported && result.rejected > 0)
        s.message = tr("%n line(s) rejected: double-click the row for the error report", nullptr, int(result.rejected));
    // Tracking logs: how each event's course was found, source by source, and the Studio requests.
    if (result.status == FileResult::Status::Imported && !result.courseSources.isEmpty()) {
        const QLocale locale;
        QStringList parts;
        for (auto it = result.courseSources.begin(); it != result.courseSources.end(); ++it)
            parts << tr("%1 %2", "a course source and its number of events")
                         .arg(it.key() == QLatin1String("none") ? tr("none") : it.key(), locale.toString(it.value()));
        QString sources = tr("Course found from: %1").arg(parts.join(QStringLiteral(", ")));
        if (result.studioEvents > 0)
            sources += QStringLiteral(" · ") + tr("%1 Studio requests (left out of course builds)")
                                                   .arg(locale.toString(result.studioEvents));
        s.message = s.message.isEmpty() ? sources : s.message + QStringLiteral(" — ") + sources;
    }
    m_model->setRunState(m_tasks[index].path, s);
    m_done[index] = std::max<qint64>(result.bytes, std::max<qint64>(0, m_tasks[index].size));
    m_finished[index] = true;
    emitProgress();
}

void ImportController::allFinished()
{
    forgetPassphrases();
    const QLocale locale;
    int imported = 0, unchanged = 0, duplicates = 0, failed = 0, cancelled = 0, notStarted = 0;
    qint64 rows = 0, rejected = 0;
    for (const FileResult &r : m_coordinator->results()) {
        imported += r.status == FileResult::Status::Imported;
        unchanged += r.status == FileResult::Status::Unchanged;
        duplicates += r.status == FileResult::Status::Duplicate;
        if (r.status == FileResult::Status::Cancelled) {
            const qsizetype i = &r - m_coordinator->results().constData();
            (i >= 0 && i < m_begun.size() && m_begun[i] ? cancelled : notStarted) += 1;
        }
        failed += r.status == FileResult::Status::Failed || r.status == FileResult::Status::Changed
                  || r.status == FileResult::Status::Cancelled;
        if (r.status == FileResult::Status::Imported) {
            rows += r.imported;
            rejected += r.rejected;
        }
    }
    QStringList parts;
    if (cancelled + notStarted > 0) { // said first: the import did not run to its end
        parts << tr("Cancelled — %n file(s) imported (%1 documents)", nullptr, imported).arg(locale.toString(rows));
        if (cancelled)
            parts << tr("%n stopped half-way (nothing of them kept)", nullptr, cancelled);
        if (notStarted)
            parts << tr("%n not started", nullptr, notStarted);
    } else
        parts << tr("%n file(s) imported (%1 documents)", nullptr, imported).arg(locale.toString(rows));
    if (unchanged)
        parts << tr("%n already imported with the same content", nullptr, unchanged);
    if (duplicates)
        parts << tr("%n with the same content as a file imported under another name (Import Anyway loads it)",
                    nullptr, duplicates);
    if (rejected)
        parts << tr("%1 lines rejected: see the Note column").arg(locale.toString(rejected));
    failed -= cancelled + notStarted;
    const bool problems = failed > 0 || rejected > 0;
    // The same failure of many files is said once (19 files encrypted to a key that is not here).
    QMap<QString, int> sameFailure;
    for (const FileResult &r : m_coordinator->results()) {
        if (r.status == FileResult::Status::Failed && !r.message.isEmpty())
            ++sameFailure[r.message];
    }
    for (auto it = sameFailure.cbegin(); it != sameFailure.cend(); ++it) {
        if (it.value() > 1) {
            parts << tr("%n files: %1", nullptr, it.value()).arg(it.key());
            failed -= it.value();
        }
    }
    if (failed)
        parts << tr("%n file(s) not imported: see the Note column", nullptr, failed);
    Q_EMIT progress(m_total, m_total, 0, 0);
    Q_EMIT finished(parts.join(QStringLiteral(" · ")), problems);
}

} // namespace EdxLoader
