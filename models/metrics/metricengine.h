// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assumptions.h"
#include "metricresult.h"
#include "roibootstrap.h"
#include "sequentialtrials.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class ProjectData;

// Computes every metric group and the ROI summary of SPEC section 4 for the
// social and control cohorts under the given filters and as-of date.
//
// The engine reads each table of the project once into compact columns
// (customers, contacts, orders, mentions, improvements) and keeps them, so a
// recompute after a filter change runs in memory. It reloads the columns
// when the project's rows changed (DataRevision) or on invalidate(), and only
// the assumptions when just they changed. After reading the tables it stores
// a column snapshot in the project, so the next load is quick.
//
// Thread rules: compute() may run on any thread (it opens its own read-only
// connection), but calls on one engine must not overlap. Give each worker its
// own engine, or serialise the jobs.
class MetricEngine
{
public:
    using CancelCheck = std::function<bool()>; // true = stop as soon as possible

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // translated sentence naming the project and the problem
        MetricsResult result;
    };

    explicit MetricEngine(QString projectPath);
    ~MetricEngine();
    MetricEngine(const MetricEngine &) = delete;
    MetricEngine &operator=(const MetricEngine &) = delete;

    Outcome compute(const MetricFilters &filters, const CancelCheck &isCancelled = {});

    // Changes a copy of the project's assumptions for a what-if.
    using AssumptionsChange = std::function<void(Assumptions &)>;
    // As compute(), on the same loaded data, but under the project's
    // assumptions as `change` leaves them (the project is not written to).
    // `change` runs once, on the calling thread, before any metric.
    Outcome computeWith(const MetricFilters &filters, const AssumptionsChange &change,
                        const CancelCheck &isCancelled = {});
    // The ROI's interval from a customer-level bootstrap of the whole
    // calculation under `filters` (RoiBootstrap): `result` holds the
    // replicates' values of the ROI without the entered figures, which
    // carry no uncertainty; MetricGroups::applyBootstrap() sets the interval
    // on a RoiSummary computed under the same filters.
    struct BootstrapOutcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        RoiBootstrap::Result result;
    };
    BootstrapOutcome bootstrapRoi(const MetricFilters &filters,
                                  const RoiBootstrap::Settings &settings,
                                  const CancelCheck &isCancelled = {},
                                  const RoiBootstrap::Progress &progress = {});

    void invalidate();
    QString projectPath() const { return m_projectPath; }

    // The engine's sentences, for everything that runs it or reads what it
    // reads: "Computing the metrics…" while it works, "%1: the metrics could
    // not be computed." for a failure without a reason (a project it cannot
    // read: CommonText::cannotReadProject).
    static QString computingText();
    static QString notComputedText(const QString &projectPath);

private:
    // Loads the columns when they are missing or stale; the error sentence
    // when the project cannot be read. m_data stays null when cancelled.
    std::optional<QString> loadData(const CancelCheck &isCancelled);
    // The extra attributes the adjusted method compares like with like.
    std::optional<QString>
    readAttributes(const QStringList &names,
                   std::vector<SequentialTrials::Attribute> &attributes) const;

    QString m_projectPath;
    std::unique_ptr<ProjectData> m_data;
};
