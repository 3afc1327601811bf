// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assumptions.h"
#include "datacoverage.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The engine's results: plain value types shared by the window, the command
// line and the report (SPEC section 5). A missing number is std::nullopt and
// prints as JSON null; numbers are in the project's units (shares 0-1, money
// in the project's currency, times in the unit each row names).

enum class Cohort { Social, Control };

// How the cohorts are compared (SPEC section 4a).
enum class EstimationMethod {
    // Each social customer from their first social contact against similar
    // customers still with us that day (the default).
    Adjusted,
    // Everyone ever in touch with the social team against everyone else,
    // from signup: a comparison, not an estimate of an effect.
    Naive,
};
QString methodName(EstimationMethod method); // "adjusted", "naive"

// The filters and the as-of date a result was computed under.
struct MetricFilters
{
    QString segment; // customers.segment value, or "name=value" for an extra attribute
    QDate from; // signup date range of the customers analysed (inclusive); invalid = open
    QDate to;
    QDate asOf; // invalid = the assumption, else the latest date in the data
    EstimationMethod method = EstimationMethod::Adjusted;
    QStringList adjustFor; // extra attributes the adjusted method compares like with like

    bool operator==(const MetricFilters &other) const
    {
        return segment == other.segment && from == other.from && to == other.to
            && asOf == other.asOf && method == other.method && adjustFor == other.adjustFor;
    }
    bool operator!=(const MetricFilters &other) const { return !(*this == other); }
};

// One row of a metric group's table (SPEC section 5, "rows").
struct MetricRow
{
    QString name; // e.g. "retention_12m"
    QString unit; // e.g. "share", "per customer-month", "money", "days"
    std::optional<double> social;
    std::optional<double> control;
    std::optional<double> difference; // social - control
    std::optional<double> lift; // difference / control
    std::optional<double> ciLow; // 95% interval of the difference
    std::optional<double> ciHigh;
    std::optional<double> pValue;
    std::optional<double> statistic; // z, t or chi-square
    QString statisticName; // "z", "t", "chi-square"; empty when there is no test
    // 95% interval of each cohort's own value, for error bars (not part of the
    // JSON contract, which gives the interval of the difference).
    std::optional<double> socialLow;
    std::optional<double> socialHigh;
    std::optional<double> controlLow;
    std::optional<double> controlHigh;
    // Rows whose cohort values come from fitted models (clv, derl_months):
    // each cohort's standard error from the parameters' uncertainty, with
    // socialLow/High and controlLow/High its 95 % interval; written to the
    // JSON as social_se, social_ci_low, ... when set.
    std::optional<double> socialStandardError;
    std::optional<double> controlStandardError;
    std::optional<double> ratio; // rate rows: social rate / control rate
    std::optional<double> ratioCiLow;
    std::optional<double> ratioCiHigh;
    qint64 nSocial = 0;
    qint64 nControl = 0;
    QString warning; // plain sentences, empty when the row can be read as is
    // Estimated from the first social contact against similar customers
    // (SPEC section 4a), rather than a comparison of the cohorts.
    bool estimated = false;
    // Adjusted retention rows: how strong an unmeasured factor would have to
    // be to explain the effect (and its interval's nearer limit) away.
    std::optional<double> eValue;
    std::optional<double> eValueLimit;
};

// One point of a Kaplan-Meier step table (SPEC section 5, "curves").
struct CurvePoint
{
    double days = 0;
    qint64 atRisk = 0;
    qint64 events = 0;
    double survival = 1;
    std::optional<double> ciLow; // log-log band of S(t)
    std::optional<double> ciHigh;
};

// A monthly series for one rate, per cohort, with its interval.
struct MonthlyPoint
{
    QDate month; // first day of the calendar month
    std::optional<double> social;
    std::optional<double> socialLow;
    std::optional<double> socialHigh;
    std::optional<double> control;
    std::optional<double> controlLow;
    std::optional<double> controlHigh;
};

struct MonthlySeries
{
    QString name; // e.g. "churn_rate"
    QString unit;
    std::vector<MonthlyPoint> points;
};

// A covariate's standardized mean difference between the social customers
// compared and their controls, before and after weighting.
struct BalanceRow
{
    QString covariate; // "tenure_months", "monthly_revenue", "segment=basic", "name=value"
    double smdBefore = 0;
    double smdAfter = 0;
};

// A covariate of the balance table in words: "tenure_months" → "Tenure
// (months)", "segment=basic" → "Segment: basic", "region=France" →
// "Region: France" (an attribute of the user's file keeps its own name, with
// a capital and underscores as spaces: "preferred_channel" → "Preferred channel").
QString covariateLabel(const QString &covariate);

// Who the adjusted method compared (SPEC section 4a), for the "Who is
// compared" view, the JSON and the report's method notes.
struct Adjustment
{
    qint64 treated = 0; // social customers compared from their first social contact
    qint64 unmatchedTreated = 0; // no similar control in their month: left out
    qint64 socialWithoutDate = 0; // flagged social with no date: left out
    qint64 controlCustomers = 0; // distinct customers used as controls
    double effectiveControls = 0; // Kish effective number of the weighted control rows
    int trials = 0; // monthly trials
    QStringList adjustFor;
    std::vector<BalanceRow> balance;
    std::optional<double> eValue; // for the 12-month retention effect
    std::optional<double> eValueLimit; // for the interval's limit closest to no effect

    static constexpr double balanceLimit = 0.1; // |SMD after| above it: out of balance
    QStringList imbalancedCovariates() const; // as in BalanceRow::covariate
    bool isImbalanced() const { return !imbalancedCovariates().isEmpty(); }
    bool hasThinOverlap() const; // many treated unmatched, or few effective controls
};

// One fitted model of the customer base (relationship only): its
// parameters with standard errors, or why there is none.
struct ModelParameter
{
    QString name; // "alpha", "beta", "r", "a", "b", "p", "q", "gamma"
    double estimate = 0;
    double standardError = 0;
};

struct FittedModel
{
    bool valid = false; // false: no data for the model, or its fit failed (see warning)
    std::vector<ModelParameter> parameters;
    double logLikelihood = 0;
    QString warning; // a plain sentence: why there is no valid fit, or what to read it with
};

// A cohort's models (issue "forward-looking customer lifetime value"): sBG
// on monthly periods of the subscription, BG/NBD on repeat orders in weeks,
// Gamma-Gamma on repeat buyers' mean repeat spend; and the sBG's retention
// projected beyond the data.
// The classic checks of a cohort's BG/NBD fit (Fader, Hardie & Lee 2005,
// figures 2 to 4), for the relationship pane and the report. Weeks count from
// the cohort's first order; the calibration period is every week that ends on
// or before the as-of date, and weeks after it (orders after the as-of date,
// when the data hold them) are a holdout the model never saw.
struct RepeatTracking
{
    QDate firstDay; // the first day of week 1
    int calibrationWeeks = 0;
    // Repeat transactions (order days after a customer's first) of the
    // customers fitted, by the end of each week: counted and as the model
    // expects (the sum over customers of E[X(t)] from their first order).
    std::vector<double> actualCumulative;
    std::vector<double> expectedCumulative;
    // Customers with 0, 1, ..., 6 and 7 or more repeat transactions in the
    // calibration period: counted, and the sum of their P(X(T) = x).
    std::vector<double> actualCounts;
    std::vector<double> expectedCounts;
    static constexpr int countBins = 8;
};

struct CohortModels
{
    FittedModel sbg;
    FittedModel bgnbd;
    FittedModel gammaGamma;
    // S(t) of the sBG at t = 0, 1, 2, ... months from signup, to the
    // furthest month observed plus the horizon; empty without a fit.
    std::vector<double> projectedRetention;
    double observedMonths = 0; // the longest tenure observed, in months
    RepeatTracking tracking; // empty without a BG/NBD fit
    // Customers whose P(alive) lies in [0, 0.1), [0.1, 0.2), ..., [0.9, 1]:
    // every customer with an order (0 once the subscription has ended);
    // empty without a BG/NBD fit.
    std::vector<double> pAliveHistogram;
    static constexpr int pAliveBins = 10;
};

struct MetricGroup
{
    QString id; // retention, operational_cost, self_service, saves, raves, cross_sell,
        // process_innovation, relationship
    std::vector<MetricRow> rows;
    std::optional<double> value; // money value as SPEC defines it; nullopt when none
    std::optional<double> valueLow; // from the confidence limits of the estimate behind it
    std::optional<double> valueHigh;
    QString includedIn; // id of the group whose value already contains this one
    // A part over the same window as its whole (self-service inside
    // operational cost): its own estimate, when that does not fit inside
    // the whole (beyond the whole's value, or of the other sign). `value` is
    // then the part of the whole's value it explains, between 0 and the
    // whole's value, so a part never exceeds its whole. nullopt when the
    // value fits as it is (and for saves, valued over another span).
    std::optional<double> valueAlone;
    std::vector<CurvePoint> socialCurve; // retention only
    std::vector<CurvePoint> controlCurve;
    // Retention under the adjusted method: the naive curves from signup, kept
    // so the pane can show both comparisons side by side.
    std::vector<CurvePoint> naiveSocialCurve;
    std::vector<CurvePoint> naiveControlCurve;
    std::vector<MonthlySeries> series;
    // Relationship only: the customer-base models by cohort (index 0
    // social, 1 control); empty for the other groups.
    std::vector<CohortModels> models;
    // The data this group needs and the project (or the selection) lacks:
    // then the group has no money value and the window says what to import
    // instead of reading its empty rows.
    MissingData missing = MissingData::None;

    const MetricRow *row(const QString &rowName) const
    {
        for (const MetricRow &candidate : rows) {
            if (candidate.name == rowName)
                return &candidate;
        }
        return nullptr;
    }
};

struct RoiComponent
{
    QString id; // a metric group id
    double value = 0;
    double low = 0;
    double high = 0;
    bool entered = false; // figures entered by hand (process innovation): no interval
};

// The ROI over one analysis window (SPEC section 4a, "money that adds up"):
// every benefit and the programme cost over the same months, revenue-based
// values times the contribution margin, saves inside retention, and one
// interval for the total value (ValueInfluence) rather than the sum of the
// components' limits.
// How the interval of the ROI's total value was found.
enum class RoiInterval {
    Linearized, // the customers' summed influences: the bootstrap's linear term, at once
    Bootstrap, // the customer-level bootstrap of the whole calculation (RoiBootstrap)
};

struct RoiSummary
{
    std::vector<RoiComponent> components;
    double value = 0; // sum of the components
    double valueLow = 0; // 95% interval of the total value
    double valueHigh = 0;
    RoiInterval interval = RoiInterval::Linearized;
    int bootstrapReplicates = 0; // replicates with a value, when interval is Bootstrap
    qint64 bootstrapCustomers = 0; // the analysed customers the replicates drew from
    qint64 bootstrapDrawn = 0; // customers per replicate: fewer for a large project
    // No social customer to compare in the selection (none at all, or none
    // with a first social contact that has a similar customer): no verdict,
    // whatever the cost, and roi stays empty.
    bool noSocialCustomers = false;
    // No benefit could be measured (each group that claims money lacks its
    // data, and no figure was entered): no verdict either, and roi stays empty.
    bool noBenefitMeasured = false;
    // What the money groups lack, once each in display order: the benefits
    // left out of the value, and why.
    std::vector<MissingData> missingData;
    bool hasVerdict() const { return !noSocialCustomers && !noBenefitMeasured; }
    double cost = 0; // programme cost over the window, charged by costShare
    // The selection's share of the programme under costAllocation (by
    // default its social customers over the project's); 1 without a segment
    // or date filter. The entered figures (process innovation) are charged
    // by the same share.
    double costShare = 1;
    bool filtered = false; // a segment or date filter: costShare applies
    Assumptions::ProgrammeAllocation costAllocation
        = Assumptions::ProgrammeAllocation::SocialCustomers;
    double net = 0;
    std::optional<double> roi; // (value - cost) / cost; nullopt when the cost is 0
    std::optional<double> roiLow;
    std::optional<double> roiHigh;
    QDate windowFrom; // the analysis window, inclusive
    QDate windowTo;
    double windowMonths = 0;
    int horizonMonths = 0;
    std::optional<double> margin; // contribution margin; nullopt = revenue, not profit
    double annualDiscountRate = 0; // the assumption the lifetime value discounts at
    EstimationMethod method = EstimationMethod::Adjusted;
    QString currency;
};

struct MetricsResult
{
    QDate asOf;
    MetricFilters filters;
    EstimationMethod method = EstimationMethod::Naive;
    std::optional<Adjustment> adjustment; // set by the adjusted method
    qint64 socialCustomers = 0;
    qint64 controlCustomers = 0;
    std::vector<MetricGroup> groups;
    RoiSummary roi;
    DataCoverage coverage; // of the whole project, whatever the filters
    QStringList warnings; // about the whole result, e.g. "no customers match the filters"

    const MetricGroup *group(const QString &id) const
    {
        for (const MetricGroup &candidate : groups) {
            if (candidate.id == id)
                return &candidate;
        }
        return nullptr;
    }
};

// The metric group ids of SPEC section 5, in display order.
const QStringList &metricGroupIds();
