// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricengine.h"
#include "metricresult.h"

#include <QLatin1String>
#include <QString>

#include <cmath>
#include <vector>

// One assumption tried below and above its value.
struct SensitivityRow
{
    QLatin1String assumption; // a key of Assumptions::specs(), e.g. "cost_per_contact_phone"
    double base = 0; // the assumption's value in the project
    double low = 0; // the values tried (whole numbers for months and days)
    double high = 0;
    double outcomeLow = 0; // the ROI (or net value) with the assumption at `low`
    double outcomeHigh = 0;

    double swing() const { return std::abs(outcomeHigh - outcomeLow); }
};

// How much the ROI summary depends on each money or time assumption of SPEC
// section 3: the ROI (or, when no programme cost is set, the net value) with
// each assumption in turn at −step and +step of its value, the others as the
// project has them.
struct RoiSensitivity
{
    enum class Measure { Roi, NetValue };

    Measure measure = Measure::Roi;
    double base = 0; // the ROI (or net value) under the project's assumptions
    double step = 0.2;
    QString currency;
    MetricFilters filters; // as resolved by the engine
    std::vector<SensitivityRow> rows; // largest swing first; every varied assumption, also
        // those with no swing (an assumption that no money value uses)
};

// Computes a RoiSensitivity honestly: every tried value reruns the whole
// metric engine (MetricEngine::computeWith) on the data it already holds, so
// each bar is the ROI the window would show under that assumption. The
// dates and the currency are not varied; every other assumption is.
//
// Thread rules: as MetricEngine::compute(): any thread, one call on an
// engine at a time. Costs 1 + 2 × assumptions computes of the engine.
class RoiSensitivityAnalysis
{
public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // translated, from the engine
        RoiSensitivity sensitivity;
    };

    // The assumption keys varied, in the order of Assumptions::specs().
    static std::vector<QLatin1String> variedKeys();

    static Outcome compute(MetricEngine &engine, const MetricFilters &filters, double step = 0.2,
                           const MetricEngine::CancelCheck &isCancelled = {});
};
