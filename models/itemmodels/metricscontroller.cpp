// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscontroller.h"

#include "backgroundtask.h"
#include "metricengine.h"
#include "metricgroups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QTimer>

namespace {

// What a job hands back to the GUI thread. The result travels behind a
// shared_ptr so the future's copies do not copy every group.
struct JobOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::shared_ptr<MetricsResult> result;
};

} // namespace

MetricsController::MetricsController(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(150);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_bootstrapDoneCount || !m_bootstrapPending)
            return;
        const int done = m_bootstrapDoneCount->load();
        if (done != m_bootstrapShownCount) {
            m_bootstrapShownCount = done;
            Q_EMIT bootstrapProgress(done, m_bootstrapReplicates);
        }
    });
}

MetricsController::~MetricsController()
{
    cancelRunning();
}

void MetricsController::setProject(const QString &projectPath)
{
    cancelRunning();
    m_pending.reset();
    m_projectPath = projectPath;
    m_engine = projectPath.isEmpty() ? nullptr : std::make_shared<MetricEngine>(projectPath);
    m_result.reset();
    m_sensitivity.reset();
    m_sensitivityPending = false;
    m_bootstrapPending = false;
    m_hasRequest = false;
    m_filters = MetricFilters();
    ++m_nextJob; // an answer of the old project is never the newest
}

quint64 MetricsController::request(const MetricFilters &filters)
{
    if (!m_engine)
        return 0;
    m_filters = filters;
    m_hasRequest = true;
    const quint64 id = ++m_nextJob;
    m_pending = Job {id, filters, std::make_shared<std::atomic_bool>(false)};
    // The bootstrap and sensitivity of the shown result are dropped with
    // it; the new result will have its own.
    m_sensitivityPending = false;
    m_bootstrapPending = false;
    if (m_running) {
        setBusy(true); // already, while a running sensitivity job winds down
        cancelRunning();
    } else {
        startPending();
    }
    return id;
}

void MetricsController::invalidate()
{
    if (m_projectPath.isEmpty())
        return;
    // The running job keeps the old engine alive until it ends; the new one
    // reloads the project on its first compute.
    m_engine = std::make_shared<MetricEngine>(m_projectPath);
    if (m_hasRequest)
        request(m_filters);
}

void MetricsController::cancelRunning()
{
    if (m_running)
        m_running->cancel->store(true);
}

void MetricsController::startPending()
{
    if (!m_pending || !m_engine)
        return;
    m_running = std::move(m_pending);
    m_pending.reset();
    const Job job = *m_running;
    setBusy(true);
    Q_EMIT started(job.id);

    auto future = runInBackground<JobOutcome>(
        [engine = m_engine, filters = job.filters, cancel = job.cancel](QPromise<JobOutcome> &) {
            MetricEngine::Outcome outcome
                = engine->compute(filters, [cancel] { return cancel->load(); });
            JobOutcome answer;
            answer.ok = outcome.ok;
            answer.cancelled = outcome.cancelled || cancel->load();
            answer.error = outcome.error;
            if (outcome.ok)
                answer.result = std::make_shared<MetricsResult>(std::move(outcome.result));
            return answer;
        });
    // A watcher rather than onResult(): the controller must hear of a job that
    // ended without a result (an exception) too, or it would stay busy.
    auto *watcher = new QFutureWatcher<JobOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id = job.id] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            jobDone(id, false, false, MetricEngine::notComputedText(m_projectPath), nullptr);
            return;
        }
        const JobOutcome outcome = watcher->result();
        jobDone(id, outcome.ok, outcome.cancelled, outcome.error, outcome.result);
    });
    watcher->setFuture(future);
}

void MetricsController::jobDone(quint64 id, bool ok, bool cancelled, const QString &error,
                                const std::shared_ptr<MetricsResult> &result)
{
    if (m_running && m_running->id == id)
        m_running.reset();
    const bool newest = id == m_nextJob;
    if (newest && ok && result) {
        m_result = *result;
        m_sensitivity.reset();
        m_sensitivityPending = true;
        m_bootstrapPending = m_result->roi.hasVerdict();
        Q_EMIT finished(*m_result);
    } else if (newest && !ok && !cancelled) {
        Q_EMIT failed(error.isEmpty() ? MetricEngine::notComputedText(m_projectPath) : error);
    }
    startNext();
}

void MetricsController::startNext()
{
    if (m_running)
        return;
    if (m_pending) {
        startPending();
        return;
    }
    setBusy(false);
    if (!m_result || !m_engine)
        return;
    if (m_bootstrapPending)
        startBootstrap();
    else if (m_sensitivityPending)
        startSensitivity();
}

void MetricsController::startBootstrap()
{
    // Belongs to the newest request, like the sensitivity.
    m_running = Job {m_nextJob, m_filters, std::make_shared<std::atomic_bool>(false),
                     Job::Kind::Bootstrap};
    const Job job = *m_running;
    RoiBootstrap::Settings settings;
    settings.replicates = m_bootstrapReplicates;
    // The workers count the replicates done; this thread reads the count
    // on a timer, so no call crosses threads into an object that may be
    // gone by then.
    auto done = std::make_shared<std::atomic_int>(0);
    m_bootstrapDoneCount = done;
    m_bootstrapShownCount = 0;
    m_progressTimer->start();
    auto progress = [done](int count, int) { done->store(count); };
    using Answer = std::shared_ptr<MetricEngine::BootstrapOutcome>;
    auto future
        = runInBackground<Answer>([engine = m_engine, filters = job.filters, cancel = job.cancel,
                                   settings, progress](QPromise<Answer> &) {
              return std::make_shared<MetricEngine::BootstrapOutcome>(engine->bootstrapRoi(
                  filters, settings, [cancel] { return cancel->load(); }, progress));
          });
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id = job.id] {
        watcher->deleteLater();
        bootstrapDone(id, watcher->future().resultCount() > 0 ? watcher->result() : nullptr);
    });
    watcher->setFuture(future);
}

void MetricsController::bootstrapDone(
    quint64 id, const std::shared_ptr<MetricEngine::BootstrapOutcome> &outcome)
{
    if (m_running && m_running->id == id && m_running->kind == Job::Kind::Bootstrap)
        m_running.reset();
    m_progressTimer->stop();
    m_bootstrapDoneCount.reset();
    if (id == m_nextJob && m_bootstrapPending && m_result) {
        m_bootstrapPending = false;
        if (outcome && outcome->ok && outcome->result.isUsable()) {
            MetricGroups::applyBootstrap(m_result->roi, outcome->result);
            Q_EMIT bootstrapFinished(*m_result);
        } else if (!outcome || !outcome->cancelled) {
            Q_EMIT bootstrapFailed(
                outcome && !outcome->error.isEmpty()
                    ? outcome->error
                    : QCoreApplication::translate("MetricsController",
                                                  "%1: the bootstrap found too few social "
                                                  "customers to compare in its draws; the ROI "
                                                  "interval stays the linear approximation.")
                          .arg(QDir::toNativeSeparators(m_projectPath)));
        }
    }
    startNext();
}

void MetricsController::startSensitivity()
{
    // Belongs to the newest request, whose result is m_result: a new request
    // makes it stale and cancels it.
    m_running = Job {m_nextJob, m_filters, std::make_shared<std::atomic_bool>(false),
                     Job::Kind::Sensitivity};
    const Job job = *m_running;
    auto future = runInBackground<std::shared_ptr<RoiSensitivity>>(
        [engine = m_engine, filters = job.filters,
         cancel = job.cancel](QPromise<std::shared_ptr<RoiSensitivity>> &) {
            RoiSensitivityAnalysis::Outcome outcome = RoiSensitivityAnalysis::compute(
                *engine, filters, 0.2, [cancel] { return cancel->load(); });
            if (!outcome.ok)
                return std::shared_ptr<RoiSensitivity>();
            return std::make_shared<RoiSensitivity>(std::move(outcome.sensitivity));
        });
    auto *watcher = new QFutureWatcher<std::shared_ptr<RoiSensitivity>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id = job.id] {
        watcher->deleteLater();
        sensitivityDone(id, watcher->future().resultCount() > 0 ? watcher->result() : nullptr);
    });
    watcher->setFuture(future);
}

void MetricsController::sensitivityDone(quint64 id,
                                        const std::shared_ptr<RoiSensitivity> &sensitivity)
{
    if (m_running && m_running->id == id && m_running->kind == Job::Kind::Sensitivity)
        m_running.reset();
    if (id == m_nextJob && m_sensitivityPending) {
        m_sensitivityPending = false;
        if (sensitivity) {
            m_sensitivity = *sensitivity;
            Q_EMIT sensitivityFinished(*m_sensitivity);
        } else {
            Q_EMIT sensitivityFailed(
                QCoreApplication::translate("MetricsController",
                                            "%1: the sensitivity of the ROI could not be computed.")
                    .arg(QDir::toNativeSeparators(m_projectPath)));
        }
    }
    startNext();
}

void MetricsController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
