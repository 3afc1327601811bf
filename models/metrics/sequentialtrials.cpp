// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequentialtrials.h"

#include "covariatebalance.h"
#include "customerslices.h"
#include "kaplanmeier.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <unordered_map>

namespace {

constexpr int tenureBandCount = 7; // under 1, 2, 3, 6, 12, 24 months, and longer
// Whole days: a tenure of d days is under m months when d < m x 30.4375,
// that is when d < ceil(m x 30.4375).
constexpr std::int32_t tenureBandUpperBounds[tenureBandCount - 1] = {31, 61, 92, 183, 366, 731};
constexpr int revenueBandCount = 6; // five fifths, and "not known"
constexpr auto socialChannel = std::int8_t(Channel::Social);

// Influences of one observation on one curve, read by whole days: the curve's
// times are days, so the arrays replace a binary search per observation.
struct DailyInfluence
{
    std::vector<double> beforeEnd; // influence on log S(t) for t before the observation's end
    std::vector<double> endEvent; // from the end on, for an observation ending in churn
    std::vector<double> endCensored; // ... and for one censored
    std::vector<double> meanEvent; // on the restricted mean up to the horizon
    std::vector<double> meanCensored;
    // On the sum over days u of weight(u) * S(u): the ROI window's gain.
    std::vector<double> gainEvent;
    std::vector<double> gainCensored;
    // The curve's first step on or after each day, where an observation
    // ending that day starts to weigh on the robust variance.
    std::vector<std::size_t> firstStep;

    DailyInfluence(const Stats::WeightedKaplanMeier &curve, std::int32_t lastDay, double horizon,
                   const std::vector<double> &dayWeight)
    {
        const auto size = size_t(std::max(lastDay, 0) + 1);
        // What std::lower_bound over the steps finds for each day, by one
        // walk along them.
        const std::vector<Stats::WeightedStep> &steps = curve.steps();
        firstStep.resize(size);
        std::size_t step = 0;
        for (std::size_t day = 0; day < size; ++day) {
            while (step < steps.size() && steps[step].time < double(day))
                ++step;
            firstStep[day] = step;
        }
        beforeEnd.resize(size);
        endEvent.resize(size);
        endCensored.resize(size);
        meanEvent.resize(size);
        meanCensored.resize(size);
        const double never = std::numeric_limits<double>::infinity();
        for (std::size_t day = 0; day < size; ++day) {
            const auto t = double(day);
            beforeEnd[day] = curve.logSurvivalInfluence(never, false, t);
            endEvent[day] = curve.logSurvivalInfluence(t, true, t);
            endCensored[day] = curve.logSurvivalInfluence(t, false, t);
            meanEvent[day] = curve.restrictedMeanInfluence(t, true, horizon);
            meanCensored[day] = curve.restrictedMeanInfluence(t, false, horizon);
        }
        // An observation ending on day e moves S(u) by S(u) * beforeEnd(u)
        // before e and by S(u) * end(e) from e on: a prefix and a suffix sum.
        gainEvent.resize(size);
        gainCensored.resize(size);
        std::vector<double> suffix(size + 1, 0.0);
        for (std::size_t day = size; day-- > 0;) {
            const double weight = day < dayWeight.size() ? dayWeight[day] : 0.0;
            suffix[day] = suffix[day + 1] + weight * curve.survivalAt(double(day));
        }
        double prefix = 0;
        for (std::size_t day = 0; day < size; ++day) {
            gainEvent[day] = prefix + endEvent[day] * suffix[day];
            gainCensored[day] = prefix + endCensored[day] * suffix[day];
            const double weight = day < dayWeight.size() ? dayWeight[day] : 0.0;
            prefix += weight * curve.survivalAt(double(day)) * beforeEnd[day];
        }
    }

    double onLogSurvival(std::int32_t time, bool event, double at) const
    {
        if (at < time)
            return beforeEnd[size_t(std::min<double>(at, double(beforeEnd.size() - 1)))];
        return event ? endEvent[size_t(time)] : endCensored[size_t(time)];
    }
    double onMean(std::int32_t time, bool event) const
    {
        return event ? meanEvent[size_t(time)] : meanCensored[size_t(time)];
    }
    double onGain(std::int32_t time, bool event) const
    {
        return event ? gainEvent[size_t(time)] : gainCensored[size_t(time)];
    }
    // An observation of the curve's robust variance, as ClusterVariance
    // would place it.
    Stats::ClusterVariance::Placed placed(std::int32_t time, bool event, double weight) const
    {
        return {firstStep[size_t(time)], weight,
                event ? endEvent[size_t(time)] : endCensored[size_t(time)]};
    }
};

} // namespace

SequentialTrials::SequentialTrials(const Analysis &analysis, std::vector<Attribute> attributes,
                                   double horizonDays, Precision precision, std::size_t slices)
    : m_analysis(analysis)
    , m_attributes(std::move(attributes))
    , m_horizonDays(horizonDays)
    , m_precision(precision)
    , m_slices(slices)
{
    findIndexDates();
    defineStrata();
    countStrata();
    buildCurves();
    countWindowDays();
    estimateVariances();
}

void SequentialTrials::findIndexDates()
{
    const ProjectData &data = m_analysis.data;
    const CustomerColumns &customers = data.customers;
    const std::size_t count = customers.size();

    const std::int32_t launch = m_analysis.launchDay;
    m_launchDay = launch;
    m_firstMonthKey = monthKey(launch);
    trialCount = std::max(0, monthKey(m_analysis.asOfDay) - m_firstMonthKey + 1);
    m_trialStarts.clear();
    for (int trial = 0; trial < trialCount; ++trial) {
        const int key = m_firstMonthKey + trial;
        const auto start = std::int32_t(QDate(key / 12, key % 12 + 1, 1).toJulianDay());
        m_trialStarts.push_back(std::max(start, m_launchDay));
    }

    std::vector<std::int32_t> firstContact(count, -1);
    for (std::size_t c = 0; c < data.contacts.day.size(); ++c) {
        const std::int32_t day = data.contacts.day[c];
        const std::int32_t customer = data.contacts.customer[c];
        if (data.contacts.channel[c] != socialChannel || day < launch || customer < 0)
            continue;
        std::int32_t &first = firstContact[size_t(customer)];
        if (first < 0 || day < first)
            first = day;
    }

    m_index.assign(count, -1);
    m_excluded.assign(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        if (m_analysis.cohortOf[i] < 0)
            continue;
        const std::int32_t flagged = customers.firstSocialDay[i];
        std::int32_t index = flagged >= launch ? flagged : firstContact[i];
        if (index < 0) {
            if (customers.social[i] && flagged < 0) {
                m_excluded[i] = 1; // social at an unknown time: neither side
                ++socialWithoutDate;
            } else if (customers.social[i]) {
                m_excluded[i] = 1; // social before the launch only
            }
            continue;
        }
        index = std::max(index, customers.signupDay[i]);
        // A first social contact after the as-of date, or after the churn
        // date (bad data), leaves the customer a control for the whole window.
        if (index <= m_analysis.endDay(i))
            m_index[i] = index;
    }
}

inline int SequentialTrials::trialOf(std::int32_t day) const
{
    // The analysis's months are counted from its first signup: its table of
    // each day's month spares a calendar conversion per customer and trial.
    return m_analysis.monthIndex(day) + (m_analysis.firstMonthKey - m_firstMonthKey);
}

inline std::int32_t SequentialTrials::trialStart(int trial) const
{
    return m_trialStarts[size_t(trial)];
}

inline int SequentialTrials::tenureBand(std::size_t customer, std::int32_t day) const
{
    const std::int32_t days = day - m_analysis.data.customers.signupDay[customer];
    int band = 0;
    while (band < tenureBandCount - 1 && days >= tenureBandUpperBounds[band])
        ++band;
    return band;
}

inline int SequentialTrials::stratumOf(std::size_t customer, std::int32_t day) const
{
    return m_staticStratum[customer] * tenureBandCount + tenureBand(customer, day);
}

void SequentialTrials::defineStrata()
{
    const CustomerColumns &customers = m_analysis.data.customers;
    const std::size_t count = customers.size();

    std::vector<float> revenues;
    for (std::size_t i = 0; i < count; ++i) {
        if (m_analysis.cohortOf[i] >= 0 && !std::isnan(customers.monthlyRevenue[i]))
            revenues.push_back(customers.monthlyRevenue[i]);
    }
    // The four cuts are the values a sort would put at 1/5, 2/5, 3/5 and
    // 4/5 of the way: each found among the values above the last cut, not
    // by sorting a million of them.
    m_revenueCuts.clear();
    auto from = revenues.begin();
    for (int fifth = 1; fifth < revenueBandCount - 1 && !revenues.empty(); ++fifth) {
        const auto cut = revenues.begin() + std::ptrdiff_t(revenues.size() * size_t(fifth) / 5);
        std::nth_element(from, cut, revenues.end());
        m_revenueCuts.push_back(*cut);
        from = cut;
    }

    std::unordered_map<std::uint64_t, std::int32_t> strata;
    m_staticStratum.assign(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        if (m_analysis.cohortOf[i] < 0 || m_excluded[i])
            continue;
        const float revenue = customers.monthlyRevenue[i];
        const auto revenueBand = std::isnan(revenue)
            ? revenueBandCount - 1
            : int(std::upper_bound(m_revenueCuts.begin(), m_revenueCuts.end(), revenue)
                  - m_revenueCuts.begin());
        // A mixed-radix key; each attribute's radix is its value count + 1.
        std::uint64_t key = std::uint64_t(customers.segment[i] + 1);
        key = key * revenueBandCount + std::uint64_t(revenueBand);
        for (const Attribute &attribute : m_attributes)
            key = key * std::uint64_t(attribute.values.size() + 1)
                + std::uint64_t(attribute.codes[i] + 1);
        const auto found = strata.emplace(key, std::int32_t(strata.size())).first;
        m_staticStratum[i] = found->second;
    }
    m_stratumCount = std::max<int>(1, int(strata.size())) * tenureBandCount;
}

inline double SequentialTrials::controlWeight(int trial, int stratum) const
{
    return m_controlWeight[size_t(trial) * size_t(m_stratumCount) + size_t(stratum)];
}

inline std::pair<std::int32_t, bool> SequentialTrials::treatedFollowUp(std::size_t customer) const
{
    const std::int32_t index = m_index[customer];
    return {m_analysis.endDay(customer) - index, m_analysis.isChurned(customer)};
}

inline std::pair<std::int32_t, bool> SequentialTrials::controlFollowUp(std::size_t customer,
                                                                       int trial) const
{
    const std::int32_t start = trialStart(trial);
    const std::int32_t index = m_index[customer];
    if (index >= 0)
        return {index - start, false}; // censored when they reach the social team
    return {m_analysis.endDay(customer) - start, m_analysis.isChurned(customer)};
}

// Calls visit(trial, first day of the trial, stratumOf(customer, that day))
// for each trial in which the customer is a control: still with us on its
// first day, signed up by then, and not yet in touch with the social team.
template<typename Visit>
void SequentialTrials::forEachControlTrial(std::size_t customer, Visit &&visit) const
{
    const std::int32_t signup = m_analysis.data.customers.signupDay[customer];
    const std::int32_t end = m_analysis.endDay(customer);
    const std::int32_t index = m_index[customer];
    const int staticStratum = m_staticStratum[customer] * tenureBandCount;
    // The tenure band only grows from one trial to the next: tenureBand()
    // moved on from the last trial's.
    int band = 0;
    for (int trial = std::max(0, trialOf(signup)); trial < trialCount; ++trial) {
        const std::int32_t start = trialStart(trial);
        if (start >= end || (index >= 0 && start >= index))
            break;
        if (signup > start)
            continue;
        while (band < tenureBandCount - 1 && start - signup >= tenureBandUpperBounds[band])
            ++band;
        visit(trial, start, staticStratum + band);
    }
}

void SequentialTrials::countStrata()
{
    const CustomerColumns &customers = m_analysis.data.customers;
    const auto cells = size_t(trialCount) * size_t(m_stratumCount);
    m_treatedCount.assign(cells, 0.0);
    m_controlCount.assign(cells, 0.0);
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (m_analysis.cohortOf[i] < 0 || m_excluded[i])
            continue;
        const std::int32_t index = m_index[i];
        if (index >= 0) {
            const int trial = trialOf(index);
            m_treatedCount[size_t(trial) * size_t(m_stratumCount) + size_t(stratumOf(i, index))]
                += 1;
        }
        forEachControlTrial(i, [&](int trial, std::int32_t, int stratum) {
            m_controlCount[size_t(trial) * size_t(m_stratumCount) + size_t(stratum)] += 1;
        });
    }
    m_controlWeight.assign(cells, 0.0);
    for (std::size_t cell = 0; cell < cells; ++cell) {
        if (m_controlCount[cell] > 0)
            m_controlWeight[cell] = m_treatedCount[cell] / m_controlCount[cell];
    }
    // Asked for every customer by each pass over them (the curves, the
    // variances, each rate from the index date): kept, not worked out again.
    m_compared.assign(customers.size(), 0);
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const std::int32_t index = m_index[i];
        m_compared[i] = index >= 0 && m_analysis.cohortOf[i] >= 0 && !m_excluded[i]
            && controlWeight(trialOf(index), stratumOf(i, index)) > 0;
    }
}

void SequentialTrials::buildCurves()
{
    const CustomerColumns &customers = m_analysis.data.customers;
    const std::int32_t longest = std::max(0, m_analysis.asOfDay - m_launchDay);
    const auto days = size_t(longest) + 1;
    const auto groupCount = size_t(m_stratumCount / tenureBandCount);

    // Tallies by group and day, made for the groups that have treated.
    std::vector<std::vector<Stats::WeightedTally>> treatedTallies(groupCount);
    std::vector<std::vector<Stats::WeightedTally>> controlTallies(groupCount);
    std::vector<double> treatedInGroup(groupCount, 0.0);
    auto tally = [days](std::vector<Stats::WeightedTally> &tallies, std::int32_t time, bool event,
                        double weight) {
        if (tallies.empty()) {
            tallies.resize(days);
            for (std::size_t day = 0; day < days; ++day)
                tallies[day].time = double(day);
        }
        (event ? tallies[size_t(time)].events : tallies[size_t(time)].censored) += weight;
    };

    // Balance: tenure, revenue, then one indicator per segment and per
    // attribute value. Indicators are summed where they are 1; the rows
    // where they are 0 are added at the end from the row counts.
    const int segmentCount = int(customers.segmentNames.size());
    std::vector<Stats::CovariateBalance> sums(2 + size_t(segmentCount));
    std::vector<int> attributeOffset;
    for (const Attribute &attribute : m_attributes) {
        attributeOffset.push_back(int(sums.size()));
        sums.resize(sums.size() + size_t(attribute.values.size()));
    }
    std::vector<double> treatedOnes(sums.size(), 0.0), controlOnes(sums.size(), 0.0),
        controlOnesWeight(sums.size(), 0.0);
    double treatedRowCount = 0, controlRowCount = 0;
    double controlWeightSum = 0, controlWeightSquares = 0, allControlWeight = 0;
    auto addCovariates = [&](std::size_t i, std::int32_t day, double weight, bool treatedSide) {
        const double tenure = (day - customers.signupDay[i]) / Analysis::daysPerMonth;
        const float revenue = customers.monthlyRevenue[i];
        auto add = [&](std::size_t covariate, double value) {
            if (treatedSide)
                sums[covariate].addTreated(value);
            else
                sums[covariate].addControl(value, weight);
        };
        auto addIndicator = [&](std::size_t covariate) {
            add(covariate, 1.0);
            (treatedSide ? treatedOnes : controlOnes)[covariate] += 1;
            if (!treatedSide)
                controlOnesWeight[covariate] += weight;
        };
        add(0, tenure);
        if (!std::isnan(revenue))
            add(1, double(revenue));
        if (segmentCount > 1 && customers.segment[i] >= 0)
            addIndicator(2 + size_t(customers.segment[i]));
        for (std::size_t a = 0; a < m_attributes.size(); ++a) {
            if (m_attributes[a].codes[i] >= 0)
                addIndicator(size_t(attributeOffset[a] + m_attributes[a].codes[i]));
        }
        (treatedSide ? treatedRowCount : controlRowCount) += 1;
        if (!treatedSide)
            allControlWeight += weight;
    };

    // Everyone followed, pooled, for the numbers at risk under the chart.
    std::vector<double> treatedExits(days, 0.0), controlExits(days, 0.0);
    std::vector<double> treatedEvents(days, 0.0), controlEvents(days, 0.0);
    std::vector<std::int8_t> usedAsControl(customers.size(), 0);
    double meanRevenueSum = 0;
    qint64 meanRevenueCount = 0;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (m_analysis.cohortOf[i] < 0 || m_excluded[i])
            continue;
        const auto group = size_t(m_staticStratum[i]);
        const std::int32_t index = m_index[i];
        if (index >= 0) {
            const int trial = trialOf(index);
            if (controlWeight(trial, stratumOf(i, index)) > 0) {
                const auto [time, event] = treatedFollowUp(i);
                tally(treatedTallies[group], time, event, 1.0);
                treatedInGroup[group] += 1;
                treatedExits[size_t(time)] += 1;
                treatedEvents[size_t(time)] += event;
                ++treated;
                addCovariates(i, index, 1.0, true);
                if (!std::isnan(customers.monthlyRevenue[i])) {
                    meanRevenueSum += customers.monthlyRevenue[i];
                    ++meanRevenueCount;
                }
            } else {
                ++unmatchedTreated;
            }
        }
        forEachControlTrial(i, [&](int trial, std::int32_t start, int stratum) {
            const double weight = controlWeight(trial, stratum);
            addCovariates(i, start, weight, false);
            if (weight <= 0)
                return;
            const auto [time, event] = controlFollowUp(i, trial);
            tally(controlTallies[group], time, event, weight);
            controlExits[size_t(time)] += weight;
            controlEvents[size_t(time)] += event ? weight : 0.0;
            controlWeightSum += weight;
            controlWeightSquares += weight * weight;
            ++controlRows;
            usedAsControl[i] = 1;
        });
    }
    controlCustomers = std::count(usedAsControl.begin(), usedAsControl.end(), std::int8_t(1));
    effectiveControls = controlWeightSquares > 0
        ? controlWeightSum * controlWeightSum / controlWeightSquares
        : 0.0;
    meanTreatedRevenue = meanRevenueCount > 0 ? meanRevenueSum / double(meanRevenueCount)
                                              : std::numeric_limits<double>::quiet_NaN();

    auto dropEmpty = [](std::vector<Stats::WeightedTally> tallies) {
        tallies.erase(std::remove_if(tallies.begin(), tallies.end(),
                                     [](const Stats::WeightedTally &one) {
                                         return one.events == 0 && one.censored == 0;
                                     }),
                      tallies.end());
        return tallies;
    };
    m_groups.assign(groupCount, {});
    for (std::size_t g = 0; g < groupCount; ++g) {
        if (treatedInGroup[g] == 0 || treated == 0)
            continue;
        m_groups[g].share = treatedInGroup[g] / double(treated);
        m_groups[g].treated
            = Stats::WeightedKaplanMeier::fromTallies(dropEmpty(std::move(treatedTallies[g])));
        m_groups[g].control
            = Stats::WeightedKaplanMeier::fromTallies(dropEmpty(std::move(controlTallies[g])));
    }
    m_treated = standardize(true, treatedExits, treatedEvents);
    m_control = standardize(false, controlExits, controlEvents);

    for (std::size_t k = 2; k < sums.size(); ++k) {
        sums[k].addTreatedZeros(treatedRowCount - treatedOnes[k]);
        sums[k].addControlZeros(controlRowCount - controlOnes[k],
                                allControlWeight - controlOnesWeight[k]);
    }
    balance.clear();
    auto addBalance = [this, &sums](std::size_t covariate, const QString &name) {
        balance.push_back({name, sums[covariate].before(), sums[covariate].after()});
    };
    addBalance(0, QStringLiteral("tenure_months"));
    if (sums[1].isValid())
        addBalance(1, QStringLiteral("monthly_revenue"));
    if (segmentCount > 1) {
        for (int s = 0; s < segmentCount; ++s)
            addBalance(2 + size_t(s), QStringLiteral("segment=") + customers.segmentNames[s]);
    }
    for (std::size_t a = 0; a < m_attributes.size(); ++a) {
        for (int v = 0; v < int(m_attributes[a].values.size()); ++v)
            addBalance(size_t(attributeOffset[a] + v),
                       m_attributes[a].name + QLatin1Char('=') + m_attributes[a].values[v]);
    }
}

SequentialTrials::Curve SequentialTrials::standardize(bool treatedSide,
                                                      const std::vector<double> &exits,
                                                      const std::vector<double> &events) const
{
    Curve curve;
    const std::size_t days = exits.size();
    curve.survivalByDay.assign(days, 0.0);
    curve.varianceByDay.assign(days, 0.0);
    // The curve ends where a group of more than 1 % of the treated ends.
    std::int32_t lastDay = std::int32_t(days) - 1;
    bool any = false;
    for (const GroupCurves &group : m_groups) {
        const Stats::WeightedKaplanMeier &side = treatedSide ? group.treated : group.control;
        if (group.share <= 0)
            continue;
        if (!side.isValid()) {
            lastDay = -1; // a group without follow-up on this side: no curve
            continue;
        }
        any = true;
        if (group.share > 0.01)
            lastDay = std::min(lastDay, std::int32_t(side.lastTime()));
        for (std::size_t day = 0; day < days; ++day)
            curve.survivalByDay[day] += group.share * side.survivalAt(double(day));
    }
    curve.lastDay = any ? lastDay : -1;
    double atRisk = std::accumulate(exits.begin(), exits.end(), 0.0);
    for (std::size_t day = 0; day < days; ++day) {
        if (exits[day] > 0) {
            Curve::Step step;
            step.day = std::int32_t(day);
            step.atRisk = atRisk;
            step.events = events[day];
            step.survival = curve.survivalByDay[day];
            step.band = {false, step.survival, step.survival};
            curve.steps.push_back(step);
        }
        atRisk -= exits[day];
        curve.eventWeight += events[day];
    }
    return curve;
}

bool SequentialTrials::Curve::isDefinedAt(double days) const
{
    return lastDay >= 0 && days >= 0 && days <= lastDay;
}

double SequentialTrials::Curve::survivalAt(double days) const
{
    if (survivalByDay.empty() || days < 0)
        return 1.0;
    return survivalByDay[std::min(size_t(days), survivalByDay.size() - 1)];
}

double SequentialTrials::Curve::atRiskAt(double days) const
{
    const auto first
        = std::lower_bound(steps.begin(), steps.end(), days,
                           [](const Step &step, double value) { return double(step.day) < value; });
    return first == steps.end() ? 0.0 : first->atRisk;
}

Stats::Interval SequentialTrials::Curve::bandAt(double days) const
{
    const double survival = survivalAt(days);
    if (survivalByDay.empty() || days < 0 || !(survival > 0))
        return {false, survival, survival};
    const double variance = varianceByDay[std::min(size_t(days), varianceByDay.size() - 1)];
    return Stats::logLogBand(survival, variance / (survival * survival),
                             Stats::defaultConfidenceLevel);
}

double SequentialTrials::Curve::restrictedMean(double horizonDays) const
{
    // S is a step function with its steps at whole days.
    double area = 0;
    const auto whole = std::int32_t(std::floor(horizonDays));
    for (std::int32_t day = 0; day < whole; ++day)
        area += survivalAt(day);
    return area + (horizonDays - whole) * survivalAt(whole);
}

void SequentialTrials::followUps(std::size_t customer, std::int32_t maxDays,
                                 std::vector<FollowUp> &rows) const
{
    rows.clear();
    if (groupOf(customer) < 0)
        return;
    const std::int32_t end = m_analysis.endDay(customer);
    const std::int32_t index = m_index[customer];
    const std::int32_t controlEnd = index >= 0 ? index - 1 : end;
    // Each row is written field by field where it lies: a row put together
    // on the stack first and copied in one 16-byte and one 8-byte load
    // waited for its 4-byte stores each time (most of this function's time).
    const auto add = [&rows](bool treatedSide, double weight, std::int32_t from, std::int32_t to) {
        FollowUp &row = rows.emplace_back();
        row.treated = treatedSide;
        row.weight = weight;
        row.from = from;
        row.to = to;
    };
    forEachControlTrial(customer, [&](int trial, std::int32_t start, int stratum) {
        const double weight = controlWeight(trial, stratum);
        if (weight > 0)
            add(false, weight, start, std::min(controlEnd, start + maxDays - 1));
    });
    if (isCompared(customer))
        add(true, 1.0, index, std::min(end, index + maxDays - 1));
}

void SequentialTrials::countWindowDays()
{
    // Per group: the treated u days after their index date inside the window,
    // as far as both of the group's curves reach. Each treated customer is
    // counted with their own group's curves, so the gain does not hang on
    // where the smallest group's follow-up happens to end.
    const std::int32_t longest = std::max(0, m_analysis.asOfDay - m_launchDay);
    m_windowTreated.assign(m_groups.size(), {});
    m_gainBefore.assign(m_groups.size(), {});
    m_groupLastDay.assign(m_groups.size(), -1);
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const GroupCurves &group = m_groups[g];
        if (group.share <= 0 || !group.treated.isValid() || !group.control.isValid())
            continue;
        m_groupLastDay[g]
            = std::max(0,
                       std::int32_t(std::min<double>(
                           {double(longest), group.treated.lastTime(), group.control.lastTime()})));
        m_windowTreated[g].assign(size_t(m_groupLastDay[g]) + 2, 0.0); // a difference array
    }
    for (std::size_t i = 0; i < m_index.size(); ++i) {
        if (!isCompared(i) || m_groupLastDay[size_t(m_staticStratum[i])] < 0)
            continue;
        std::vector<double> &change = m_windowTreated[size_t(m_staticStratum[i])];
        const auto [first, last] = windowDaysAfterIndex(i);
        if (last < first)
            continue;
        change[size_t(first)] += 1;
        change[size_t(last) + 1] -= 1;
    }
    m_windowGain = {};
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        std::vector<double> &treated = m_windowTreated[g];
        if (treated.empty())
            continue;
        treated.pop_back(); // the difference array's end marker
        std::vector<double> &before = m_gainBefore[g];
        before.assign(treated.size() + 1, 0.0);
        double running = 0;
        for (std::size_t day = 0; day < treated.size(); ++day) {
            running += treated[day];
            treated[day] = running;
            const double difference = m_groups[g].treated.survivalAt(double(day))
                - m_groups[g].control.survivalAt(double(day));
            before[day + 1] = before[day] + difference / Analysis::daysPerMonth;
            m_windowGain.months += running * difference / Analysis::daysPerMonth;
        }
    }
    m_windowGain.valid = m_treated.lastDay >= 0 && m_control.lastDay >= 0;
}

std::pair<std::int32_t, std::int32_t>
SequentialTrials::windowDaysAfterIndex(std::size_t customer) const
{
    const std::int32_t index = m_index[customer];
    const std::int32_t last = m_groupLastDay[size_t(m_staticStratum[customer])];
    return {std::max(0, m_analysis.windowFromDay - index),
            std::min(last, m_analysis.windowToDay - index)};
}

void SequentialTrials::addWindowGainInfluence(std::vector<double> &perCustomer, double scale) const
{
    for (std::size_t i = 0; i < m_gainInfluence.size(); ++i)
        perCustomer[i] += scale * double(m_gainInfluence[i]);
}

void SequentialTrials::estimateVariances()
{
    const CustomerColumns &customers = m_analysis.data.customers;
    if (m_treated.lastDay < 0 || m_control.lastDay < 0)
        return;
    const std::int32_t longest = std::max(0, m_analysis.asOfDay - m_launchDay);
    // Without variances the influences stay unbuilt and the sums of squares
    // zero: the point estimates below are set all the same.
    const bool withVariances = m_precision == Precision::WithVariances;

    // Per group with treated: the daily influences and the survival at the
    // three times, read by every slice of the customers.
    struct GroupWork
    {
        std::unique_ptr<DailyInfluence> treated, control;
        std::array<double, 3> treatedSurvival {}, controlSurvival {};
    };
    std::vector<GroupWork> work(m_groups.size());
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const GroupCurves &group = m_groups[g];
        if (!withVariances || group.share <= 0 || !group.treated.isValid()
            || !group.control.isValid())
            continue;
        work[g].treated = std::make_unique<DailyInfluence>(group.treated, longest, m_horizonDays,
                                                           m_windowTreated[g]);
        work[g].control = std::make_unique<DailyInfluence>(group.control, longest, m_horizonDays,
                                                           m_windowTreated[g]);
        for (std::size_t t = 0; t < times.size(); ++t) {
            work[g].treatedSurvival[t] = group.treated.survivalAt(times[t]);
            work[g].controlSurvival[t] = group.control.survivalAt(times[t]);
        }
    }

    std::array<double, 3> treatedSurvival {}, controlSurvival {};
    for (std::size_t t = 0; t < times.size(); ++t) {
        treatedSurvival[t] = m_treated.survivalAt(times[t]);
        controlSurvival[t] = m_control.survivalAt(times[t]);
    }
    const double treatedRisk = 1 - treatedSurvival[2];
    const double controlRisk = 1 - controlSurvival[2];

    // Sums over customers of squared influences: of the difference, of each
    // side, at each time, then of the restricted mean and the log risk ratio;
    // and per group the curves' band sums. Each slice of the customers has
    // its own, merged after. A customer's rows all lie in the customer's
    // group, whose curves count by the group's share.
    struct Sums
    {
        std::array<double, 3> differenceSquares {}, treatedSquares {}, controlSquares {};
        double meanDifferenceSquares = 0, meanTreatedSquares = 0, meanControlSquares = 0;
        double logRatioSquares = 0;
        std::vector<std::unique_ptr<Stats::ClusterVariance>> treatedBand, controlBand;
    };
    m_gainInfluence.assign(withVariances ? customers.size() : 0, 0.0f);
    std::vector<Sums> slices(withVariances ? CustomerSlices::count(customers.size(), m_slices) : 0);
    for (Sums &slice : slices) {
        slice.treatedBand.resize(m_groups.size());
        slice.controlBand.resize(m_groups.size());
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            if (!work[g].treated)
                continue;
            slice.treatedBand[g] = std::make_unique<Stats::ClusterVariance>(m_groups[g].treated);
            slice.controlBand[g] = std::make_unique<Stats::ClusterVariance>(m_groups[g].control);
        }
    }
    CustomerSlices::run(
        customers.size(), slices.size(), m_analysis.sliceThreads,
        [&](std::size_t index, std::size_t first, std::size_t last) {
            Sums &sums = slices[index];
            std::vector<Stats::ClusterVariance::Placed> rows;
            for (std::size_t i = first; i < last; ++i) {
                if (m_analysis.cohortOf[i] < 0 || m_excluded[i])
                    continue;
                const auto g = size_t(m_staticStratum[i]);
                const GroupWork &group = work[g];
                if (!group.treated)
                    continue;
                const double share = m_groups[g].share;
                std::array<double, 3> onTreated {}, onControl {};
                double meanOnTreated = 0, meanOnControl = 0, gainOnTreated = 0, gainOnControl = 0;
                if (isCompared(i)) {
                    const auto [time, event] = treatedFollowUp(i);
                    for (std::size_t t = 0; t < times.size(); ++t)
                        onTreated[t] = share * group.treatedSurvival[t]
                            * group.treated->onLogSurvival(time, event, times[t]);
                    meanOnTreated = share * group.treated->onMean(time, event);
                    gainOnTreated = group.treated->onGain(time, event); // the group's own N(u)
                    const Stats::ClusterVariance::Placed row
                        = group.treated->placed(time, event, 1.0);
                    sums.treatedBand[g]->addPlacedCluster(&row, 1);
                }
                rows.clear();
                forEachControlTrial(i, [&](int trial, std::int32_t, int stratum) {
                    const double weight = controlWeight(trial, stratum);
                    if (weight <= 0)
                        return;
                    const auto [time, event] = controlFollowUp(i, trial);
                    for (std::size_t t = 0; t < times.size(); ++t)
                        onControl[t] += share * weight * group.controlSurvival[t]
                            * group.control->onLogSurvival(time, event, times[t]);
                    meanOnControl += share * weight * group.control->onMean(time, event);
                    gainOnControl += weight * group.control->onGain(time, event);
                    rows.push_back(group.control->placed(time, event, weight));
                });
                // Each later trial starts later and follows the customer to
                // the same end: the rows came latest time first.
                std::reverse(rows.begin(), rows.end());
                if (!rows.empty())
                    sums.controlBand[g]->addPlacedCluster(rows.data(), rows.size());

                for (std::size_t t = 0; t < times.size(); ++t) {
                    sums.differenceSquares[t]
                        += (onTreated[t] - onControl[t]) * (onTreated[t] - onControl[t]);
                    sums.treatedSquares[t] += onTreated[t] * onTreated[t];
                    sums.controlSquares[t] += onControl[t] * onControl[t];
                }
                sums.meanDifferenceSquares
                    += (meanOnTreated - meanOnControl) * (meanOnTreated - meanOnControl);
                m_gainInfluence[i]
                    = float((gainOnTreated - gainOnControl) / Analysis::daysPerMonth);
                sums.meanTreatedSquares += meanOnTreated * meanOnTreated;
                sums.meanControlSquares += meanOnControl * meanOnControl;
                if (treatedRisk > 0 && controlRisk > 0) {
                    // d log(1 - S) = -dS / (1 - S)
                    const double logRatio
                        = -onTreated[2] / treatedRisk + onControl[2] / controlRisk;
                    sums.logRatioSquares += logRatio * logRatio;
                }
            }
        });
    Sums total;
    if (!slices.empty())
        total = std::move(slices.front());
    for (std::size_t s = 1; s < slices.size(); ++s) {
        const Sums &slice = slices[s];
        for (std::size_t t = 0; t < times.size(); ++t) {
            total.differenceSquares[t] += slice.differenceSquares[t];
            total.treatedSquares[t] += slice.treatedSquares[t];
            total.controlSquares[t] += slice.controlSquares[t];
        }
        total.meanDifferenceSquares += slice.meanDifferenceSquares;
        total.meanTreatedSquares += slice.meanTreatedSquares;
        total.meanControlSquares += slice.meanControlSquares;
        total.logRatioSquares += slice.logRatioSquares;
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            if (!work[g].treated)
                continue;
            total.treatedBand[g]->merge(*slice.treatedBand[g]);
            total.controlBand[g]->merge(*slice.controlBand[g]);
        }
    }
    const double gainSquares = withVariances ? addWindowDaysToGainInfluence() : 0.0;

    // The bands: Var S(day) = sum over groups of share^2 S_g^2 Var log S_g.
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (!work[g].treated)
            continue;
        const double share = m_groups[g].share;
        auto addGroup = [share](Curve &curve, const Stats::WeightedKaplanMeier &side,
                                const Stats::ClusterVariance &band) {
            const std::vector<double> perStep = band.logVariancePerStep();
            for (std::size_t day = 0; day < curve.varianceByDay.size(); ++day) {
                const std::ptrdiff_t step = side.stepIndexAt(double(day));
                if (step < 0)
                    continue;
                const double survival = side.steps()[size_t(step)].survival;
                curve.varianceByDay[day]
                    += share * share * survival * survival * perStep[size_t(step)];
            }
        };
        addGroup(m_treated, m_groups[g].treated, *total.treatedBand[g]);
        addGroup(m_control, m_groups[g].control, *total.controlBand[g]);
    }
    for (Curve *curve : {&m_treated, &m_control}) {
        for (Curve::Step &step : curve->steps)
            step.band = curve->bandAt(step.day);
    }

    for (std::size_t t = 0; t < times.size(); ++t) {
        Difference &difference = m_survival[t];
        difference.valid = m_treated.isDefinedAt(times[t]) && m_control.isDefinedAt(times[t]);
        difference.treated = treatedSurvival[t];
        difference.control = controlSurvival[t];
        difference.difference = treatedSurvival[t] - controlSurvival[t];
        difference.standardError = std::sqrt(total.differenceSquares[t]);
        difference.treatedStandardError = std::sqrt(total.treatedSquares[t]);
        difference.controlStandardError = std::sqrt(total.controlSquares[t]);
    }
    m_restrictedMean.valid = true;
    m_restrictedMean.treated = m_treated.restrictedMean(m_horizonDays);
    m_restrictedMean.control = m_control.restrictedMean(m_horizonDays);
    m_restrictedMean.difference = m_restrictedMean.treated - m_restrictedMean.control;
    m_restrictedMean.standardError = std::sqrt(total.meanDifferenceSquares);
    m_restrictedMean.treatedStandardError = std::sqrt(total.meanTreatedSquares);
    m_restrictedMean.controlStandardError = std::sqrt(total.meanControlSquares);
    m_windowGain.standardError = std::sqrt(gainSquares);

    if (treatedRisk > 0 && controlRisk > 0 && m_survival[2].valid) {
        riskRatioValid = true;
        riskRatio = treatedRisk / controlRisk;
        const double spread = 1.959963984540054 * std::sqrt(total.logRatioSquares);
        riskRatioLow = riskRatio * std::exp(-spread);
        riskRatioHigh = riskRatio * std::exp(spread);
    }
}

// A customer-level bootstrap also redraws who was treated and when, and with
// them N(u), the treated inside the window u days after their index date.
// A compared treated customer adds their own window days to the gain,
// c = sum over those days of their group's S1(u) - S0(u), in months; its influence is c
// minus the mean of c over the customers analysed (the sum of c is the gain
// itself). Added to each customer's influence through the curves; returns
// the sum of the squares, the gain's variance.
double SequentialTrials::addWindowDaysToGainInfluence()
{
    const std::vector<std::int8_t> &cohortOf = m_analysis.cohortOf;
    const auto analysed = std::count_if(cohortOf.begin(), cohortOf.end(),
                                        [](std::int8_t cohort) { return cohort >= 0; });
    if (analysed == 0)
        return 0;
    const double meanContribution = m_windowGain.months / double(analysed);
    double squares = 0;
    for (std::size_t i = 0; i < m_gainInfluence.size(); ++i) {
        if (cohortOf[i] < 0)
            continue;
        double influence = double(m_gainInfluence[i]) - meanContribution;
        if (isCompared(i) && m_groupLastDay[size_t(m_staticStratum[i])] >= 0) {
            const auto [first, last] = windowDaysAfterIndex(i);
            const std::vector<double> &before = m_gainBefore[size_t(m_staticStratum[i])];
            if (first <= last)
                influence += before[size_t(last) + 1] - before[size_t(first)];
        }
        m_gainInfluence[i] = float(influence);
        squares += influence * influence;
    }
    return squares;
}
