// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customersimulator.h"
#include "demotruth.h"

#include <vector>

// One row of the project's demo_truth table.
struct DemoTruthRow
{
    const char *name;
    double value;
    const char *description;
};

// The true effects on the treated (ATT) of the demo project, tallied over its
// own social customers while they are generated. Each one is lived twice from
// the same random draws: with the social effect from the index date (the life
// written to the project) and without it; both lives are followed past the
// as-of date, so the 12-month figures count every social customer, also
// those who reached the social team in the last months.
//
// Names: `<measure>_treated` (with the effect), `<measure>_untreated` (the
// same customers without it) and `att_<measure>` (their difference).
// Thread: none.
class DemoTruthTally
{
public:
    DemoTruthTally(const CustomerSimulator &simulator, const DemoTruth &truth);

    void add(const SimulatedCustomer &customer);
    std::vector<DemoTruthRow> rows() const;

    // Retention is read this many days after the index date, as the metrics do.
    static constexpr int retentionDays[3] = {91, 183, 365};
    // The restricted mean's horizon: 12 months, the default horizon_months.
    static constexpr double restrictedMeanDays = 12 * CustomerSimulator::daysPerMonth;

private:
    const CustomerSimulator &m_simulator;
    DemoTruth m_truth;
    double m_customers = 0;
    double m_treated = 0;
    // [0] with the effect, [1] without.
    double m_retained[2][3] = {};
    double m_restrictedDays[2] = {};
    // Expected contacts on the treated's customer-months from the index date
    // to the churn or the as-of date, as lived.
    double m_treatedMonths = 0;
    double m_phone[2] = {};
    double m_selfService[2] = {};
    // At-risk events from the index date on that both lives have.
    double m_atRisk = 0;
    double m_saved[2] = {};
};
