// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricengine.h"
#include "metricresult.h"
#include "roisensitivity.h"

#include <QObject>
#include <QString>

class QTimer;

#include <atomic>
#include <memory>
#include <optional>

// Runs the metric engine off the UI thread for the window (SPEC section 6).
//
// Owns one MetricEngine per project (it keeps the loaded columns, so a filter
// change recomputes in memory). Every request gets a job id; one compute runs
// at a time, because calls on one engine must not overlap. A request that
// arrives while a compute runs asks the running one to stop (through the
// engine's cancel check) and runs when it has finished; only the newest
// request's answer is ever delivered, so a result never belongs to filters
// the user has already left.
//
// Vocabulary: busyChanged(true), started(job) for each compute,
// finished(result) or failed(message) for the newest request, then
// busyChanged(false) when nothing is left to do.
//
// After the newest request's result, the controller checks the ROI's
// interval with the customer-level bootstrap of the whole calculation
// (MetricEngine::bootstrapRoi, 200 replicates), reporting its progress with
// bootstrapProgress() and the result with the bootstrap's interval with
// bootstrapFinished(). Then it goes on with the ROI sensitivity of the same
// filters (RoiSensitivityAnalysis, a few dozen
// computes in memory) on the same engine and announces it with
// sensitivityFinished(). It does not count as busy: the metrics are already
// shown, and a new request cancels it like any running job.
//
// Thread rules: lives in the GUI thread; the engine is used only by the one
// running job, which holds a shared_ptr to it, so a replaced engine dies when
// its last job ends.
class MetricsController : public QObject
{
    Q_OBJECT

public:
    explicit MetricsController(QObject *parent = nullptr);
    ~MetricsController() override;

    // Starts over on another project: a new engine, the running job dropped,
    // no result. Requests nothing by itself.
    void setProject(const QString &projectPath);
    QString projectPath() const { return m_projectPath; }

    // Computes under `filters`; returns the job id. Without a project, does nothing (0).
    quint64 request(const MetricFilters &filters);
    // The filters of the newest request.
    MetricFilters filters() const { return m_filters; }
    bool isBusy() const { return m_busy; }
    // The newest result delivered, if any.
    const std::optional<MetricsResult> &result() const { return m_result; }
    // The ROI sensitivity of the newest result, once computed.
    const std::optional<RoiSensitivity> &sensitivity() const { return m_sensitivity; }
    // True from the newest result until its sensitivity is delivered (or dropped).
    bool isSensitivityPending() const { return m_sensitivityPending; }
    // True from the newest result until its bootstrap interval is delivered (or dropped).
    bool isBootstrapPending() const { return m_bootstrapPending; }
    // Replicates of the ROI bootstrap; fewer only in tests.
    void setBootstrapReplicates(int replicates) { m_bootstrapReplicates = replicates; }
    int bootstrapReplicates() const { return m_bootstrapReplicates; }
    quint64 latestJob() const { return m_nextJob; }

public Q_SLOTS:
    // The project's data or assumptions changed: drop the loaded columns and
    // compute the last request again (if there was one).
    void invalidate();

Q_SIGNALS:
    void busyChanged(bool busy);
    void started(quint64 job);
    void finished(const MetricsResult &result);
    void failed(const QString &message);
    void bootstrapProgress(int done, int total);
    // The newest result again, with the ROI interval from the bootstrap.
    void bootstrapFinished(const MetricsResult &result);
    void bootstrapFailed(const QString &message);
    void sensitivityFinished(const RoiSensitivity &sensitivity);
    void sensitivityFailed(const QString &message);

private:
    struct Job
    {
        quint64 id = 0;
        MetricFilters filters;
        std::shared_ptr<std::atomic_bool> cancel;
        enum class Kind { Metrics, Bootstrap, Sensitivity };
        Kind kind = Kind::Metrics; // the metrics of request `id`, or what follows them
    };
    void startPending();
    void startBootstrap();
    void bootstrapDone(quint64 id, const std::shared_ptr<MetricEngine::BootstrapOutcome> &outcome);
    void startSensitivity();
    void jobDone(quint64 id, bool ok, bool cancelled, const QString &error,
                 const std::shared_ptr<MetricsResult> &result);
    void sensitivityDone(quint64 id, const std::shared_ptr<RoiSensitivity> &sensitivity);
    void startNext();
    void cancelRunning();
    void setBusy(bool busy);

    QString m_projectPath;
    std::shared_ptr<MetricEngine> m_engine;
    std::optional<Job> m_running;
    std::optional<Job> m_pending;
    MetricFilters m_filters;
    bool m_hasRequest = false;
    bool m_busy = false;
    std::optional<MetricsResult> m_result;
    std::optional<RoiSensitivity> m_sensitivity;
    bool m_sensitivityPending = false;
    bool m_bootstrapPending = false;
    int m_bootstrapReplicates = 200;
    QTimer *m_progressTimer;
    std::shared_ptr<std::atomic_int> m_bootstrapDoneCount; // written by the workers
    int m_bootstrapShownCount = 0;
    quint64 m_nextJob = 0;
};
