// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "weightedkaplanmeier.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

// What the social team caused for the customers it dealt with (SPEC section
// 4a): a sequential trial emulation (Hernán & Robins; Gran et al. 2010).
//
// - Index date: a customer joins the social cohort on their first contact
//   with the social team on or after the programme launch
//   (first_social_date, else the earliest social contact); before it they
//   are a possible control. A customer flagged social with neither date is
//   left out and counted.
// - One trial per calendar month from the launch: the customers whose index
//   date falls in the month, from that date, against the customers still
//   with us on the first day of the month who had not dealt with the social
//   team yet, from that day. A control who later reaches the social team is
//   censored on that day.
// - Controls are weighted to the treated's mix within each trial: strata of
//   segment, tenure band, monthly-revenue fifth and the extra attributes the
//   user picked; in each stratum every control weighs treated / controls, so
//   the estimand is the effect on the treated (ATT). Treated customers with
//   no control in their stratum are left out and counted.
// - Intervals from the robust variance clustered on the customer, because a
//   customer is a control in several trials and may be treated later.
class SequentialTrials
{
public:
    // One side's survival from time zero, by whole day: the average of the
    // groups' weighted Kaplan–Meier curves, each group (segment, revenue
    // fifth, picked attributes) counted by its share of the treated. Pooling
    // the rows into one curve instead would let the groups that reach the
    // social team more often (and so leave the controls sooner, censored)
    // fade out of the control side over time.
    struct Curve
    {
        struct Step
        {
            std::int32_t day = 0;
            double atRisk = 0; // summed weight still followed on that day
            double events = 0;
            double survival = 1;
            Stats::Interval band; // log-log, from the robust variance
        };
        std::vector<Step> steps; // days with an event or a censoring
        std::vector<double> survivalByDay; // S at the end of each day from 0
        std::vector<double> varianceByDay; // robust variance of S
        double eventWeight = 0;
        std::int32_t lastDay = -1; // last day with anyone followed

        bool isDefinedAt(double days) const;
        double survivalAt(double days) const;
        double atRiskAt(double days) const;
        Stats::Interval bandAt(double days) const;
        double restrictedMean(double horizonDays) const;
    };

    struct Attribute
    {
        QString name;
        std::vector<std::int32_t> codes; // per customer, -1 = no value
        QStringList values;
    };

    // A difference of survival (or restricted mean) between the treated and
    // their weighted controls, with its robust standard error.
    struct Difference
    {
        bool valid = false;
        double treated = 0;
        double control = 0;
        double difference = 0;
        double standardError = 0;
        double treatedStandardError = 0;
        double controlStandardError = 0;
    };

    // A covariate's standardized mean difference, treated minus controls,
    // over the pooled standard deviation before weighting.
    struct Balance
    {
        QString covariate; // "tenure_months", "monthly_revenue", "segment=basic", "region=France"
        double smdBefore = 0;
        double smdAfter = 0;
    };

    // A bootstrap replicate needs the point estimates alone: their
    // variances (the customers' influences) are a fifth of the work.
    enum class Precision { WithVariances, PointEstimates };

    // `slices`: how many slices of the customers the variances are summed
    // in, each on a thread (unless analysis.sliceThreads keeps them on the
    // caller's); 0 lets the customer count decide (CustomerSlices::count).
    SequentialTrials(const Analysis &analysis, std::vector<Attribute> attributes,
                     double horizonDays, Precision precision = Precision::WithVariances,
                     std::size_t slices = 0);

    const Curve &treatedCurve() const { return m_treated; }
    const Curve &controlCurve() const { return m_control; }

    // Survival `days` after the index date, and the restricted mean up to the
    // horizon (days).
    Difference survivalAt(int timeIndex) const { return m_survival[size_t(timeIndex)]; }
    Difference restrictedMean() const { return m_restrictedMean; }
    static constexpr std::array<double, 3> times = {91.0, 183.0, 365.0};

    // The churn risk ratio at 12 months (treated / control) and its interval
    // on the log scale, for the E-value.
    bool riskRatioValid = false;
    double riskRatio = 1;
    double riskRatioLow = 1;
    double riskRatioHigh = 1;

    // Customer-months the social team kept inside the ROI window: for each
    // treated customer, the days of the window after their index date, each
    // counted by the difference of their group's two curves that many days
    // after the index (the treated's survival minus their weighted
    // controls'), up to the last day both curves of the group reach: no gain
    // is claimed beyond a group's own follow-up. Its standard
    // error is the robust one, clustered on the customer, and counts that
    // who was treated and when varies from sample to sample too (the linear
    // term of a customer-level bootstrap, which redraws the index dates).
    struct WindowGain
    {
        bool valid = false;
        double months = 0;
        double standardError = 0;
    };
    WindowGain windowGain() const { return m_windowGain; }
    // Adds scale times each customer's influence on windowGain().months.
    void addWindowGainInfluence(std::vector<double> &perCustomer, double scale) const;

    // One follow-up from time zero: a treated customer's from their index
    // date, a control's from the first day of a trial; each runs to the
    // customer's exit (churn or the as-of date), for a control to the day
    // before their own first social contact, and for at most `maxDays` days.
    struct FollowUp
    {
        bool treated = false;
        double weight = 0;
        std::int32_t from = 0;
        std::int32_t to = 0; // inclusive
    };
    // The customer's follow-ups that count (a compared treated's, the
    // controls' with a weight), in time order: controls first. `rows` is
    // cleared first, so a caller can reuse it.
    void followUps(std::size_t customer, std::int32_t maxDays, std::vector<FollowUp> &rows) const;
    // The group (segment, revenue fifth, picked attributes) a customer is
    // compared in, -1 when the customer is on neither side; and the share of
    // the compared treated that the group stands for.
    int groupOf(std::size_t customer) const;
    std::size_t groupCount() const { return m_groups.size(); }
    double groupShare(int group) const { return m_groups[size_t(group)].share; }
    // A treated customer compared from their index date (a control exists
    // in their month and stratum).
    bool isCompared(std::size_t customer) const;
    std::int32_t indexDay(std::size_t customer) const { return m_index[customer]; }

    std::vector<Balance> balance;
    qint64 treated = 0; // social customers compared from their index date
    qint64 unmatchedTreated = 0; // no comparable control in their month and stratum
    qint64 socialWithoutDate = 0; // flagged social with no date: left out
    qint64 controlCustomers = 0; // distinct customers used as a control at least once
    qint64 controlRows = 0; // customer-trials used as controls
    double effectiveControls = 0; // Kish: (sum w)^2 / sum w^2
    int trialCount = 0;
    double meanTreatedRevenue = 0; // NaN when no treated revenue is known

private:
    void findIndexDates();
    void defineStrata();
    void countStrata();
    void buildCurves();
    void countWindowDays();
    void estimateVariances();
    double addWindowDaysToGainInfluence();
    // A treated customer's days inside the ROI window, as days after the
    // index date, up to their group's last day: [first, last], none when
    // last < first.
    std::pair<std::int32_t, std::int32_t> windowDaysAfterIndex(std::size_t customer) const;
    Curve standardize(bool treatedSide, const std::vector<double> &exits,
                      const std::vector<double> &events) const;

    int trialOf(std::int32_t day) const;
    std::int32_t trialStart(int trial) const;
    int tenureBand(std::size_t customer, std::int32_t day) const;
    int stratumOf(std::size_t customer, std::int32_t day) const;
    template<typename Visit>
    void forEachControlTrial(std::size_t customer, Visit &&visit) const;
    double controlWeight(int trial, int stratum) const;
    // The control row of `customer` in `trial`: follow-up days and event.
    std::pair<std::int32_t, bool> controlFollowUp(std::size_t customer, int trial) const;
    std::pair<std::int32_t, bool> treatedFollowUp(std::size_t customer) const;

    const Analysis &m_analysis;
    std::vector<Attribute> m_attributes;
    double m_horizonDays = 365;

    std::int32_t m_launchDay = 0;
    int m_firstMonthKey = 0;
    std::vector<std::int32_t> m_index; // index day per customer, -1 = none
    std::vector<std::int8_t> m_excluded; // 1 = not usable on either side
    std::vector<std::int8_t> m_compared; // isCompared(), once the weights are known
    std::vector<std::int32_t> m_staticStratum; // segment x revenue x attributes
    std::vector<float> m_revenueCuts;
    int m_stratumCount = 0; // static strata x tenure bands
    std::vector<std::int32_t> m_trialStarts; // first day of each trial
    std::vector<double> m_treatedCount; // [trial * m_stratumCount + stratum]
    std::vector<double> m_controlCount;
    std::vector<double> m_controlWeight; // treated / controls, 0 without controls

    // Per group (static stratum) and side: the weighted curve and the share
    // of the treated the group stands for.
    struct GroupCurves
    {
        Stats::WeightedKaplanMeier treated;
        Stats::WeightedKaplanMeier control;
        double share = 0;
    };
    std::vector<GroupCurves> m_groups;
    Curve m_treated;
    Curve m_control;
    // Per group, by day after the index up to the group's last day: the
    // group's treated inside the window, and the sum of S1 - S0 (months)
    // over the days before.
    std::vector<std::vector<double>> m_windowTreated;
    std::vector<std::vector<double>> m_gainBefore;
    std::vector<std::int32_t> m_groupLastDay; // -1: the group has no gain
    std::vector<float> m_gainInfluence; // per customer, on m_windowGain.months
    WindowGain m_windowGain;
    Precision m_precision = Precision::WithVariances;
    std::size_t m_slices = 0;
    std::array<Difference, 3> m_survival;
    Difference m_restrictedMean;
};

// Asked for once per customer by every pass over them, the rates from the
// index date's too: inline, as the libraries' position-independent code
// keeps calls to other functions out of line.
inline bool SequentialTrials::isCompared(std::size_t customer) const
{
    return m_compared[customer] != 0;
}

inline int SequentialTrials::groupOf(std::size_t customer) const
{
    return m_analysis.cohortOf[customer] >= 0 && !m_excluded[customer] ? m_staticStratum[customer]
                                                                       : -1;
}
