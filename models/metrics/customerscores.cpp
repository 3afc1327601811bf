// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerscores.h"

#include "cohortfit.h"
#include "columnsnapshot.h"
#include "distributions.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <list>
#include <map>
#include <mutex>
#include <unordered_map>

namespace CustomerValue {

namespace {

constexpr double daysPerWeek = 7.0;

QString modelName(const char *model)
{
    if (qstrcmp(model, "sbg") == 0)
        return QCoreApplication::translate("CustomerValue", "Subscription lifetime (sBG)");
    if (qstrcmp(model, "bgnbd") == 0)
        return QCoreApplication::translate("CustomerValue", "Repeat orders (BG/NBD)");
    return QCoreApplication::translate("CustomerValue", "Spend per order (Gamma-Gamma)");
}

// A model's warning is kept as its untranslated sentence, "%1" for the
// model's name, so fits made in one language serve a compute in another
// (they are stored in the project); modelWarning() translates it.
const char *const noDataSentence
    = QT_TRANSLATE_NOOP("CustomerValue", "%1: no data for this model in the cohort.");
// A parameter whose standard error exceeds its estimate: typical where a
// model meets its limit of customers who do not differ (the sBG with alpha
// and beta in the thousands is one churn rate for all; only their ratio is
// fixed by the data).
const char *const weaklyDeterminedSentence
    = QT_TRANSLATE_NOOP("CustomerValue",
                        "%1: the data determine only a combination of the model's parameters, "
                        "not each of them (a standard error exceeds its estimate), as happens "
                        "when customers differ little in what it models. Its forecasts rest on "
                        "that combination; its parameters alone say little.");
const char *const undefinedMeanSpendSentence
    = QT_TRANSLATE_NOOP("CustomerValue",
                        "Spend per order (Gamma-Gamma): the fitted spread of spend leaves its "
                        "mean undefined (q at most 1).");

QString modelWarning(const QString &sentence, const char *model)
{
    if (sentence.isEmpty())
        return {};
    const QString translated
        = QCoreApplication::translate("CustomerValue", sentence.toUtf8().constData());
    return sentence.contains(QLatin1String("%1")) ? translated.arg(modelName(model)) : translated;
}

const char *issueSentence(Stats::FitIssue issue)
{
    const char *text = "";
    switch (issue) {
    case Stats::FitIssue::None:
        return "";
    case Stats::FitIssue::InvalidInput:
        text = QT_TRANSLATE_NOOP("CustomerValue",
                                 "%1: the data hold impossible values (a time below zero or after "
                                 "the as-of date); no model was fitted.");
        break;
    case Stats::FitIssue::TooFewCustomers:
        text = QT_TRANSLATE_NOOP("CustomerValue",
                                 "%1: too few customers or too few months observed to fit the "
                                 "model.");
        break;
    case Stats::FitIssue::NoEvents:
        text = QT_TRANSLATE_NOOP("CustomerValue",
                                 "%1: nothing has happened yet that the model could learn from "
                                 "(no customer has left, or none has ordered again).");
        break;
    case Stats::FitIssue::TooFewRepeatBuyers:
        text = QT_TRANSLATE_NOOP("CustomerValue",
                                 "%1: fewer than 10 customers have ordered again, too few to fit "
                                 "the model.");
        break;
    case Stats::FitIssue::SpendTracksFrequency:
        text = QT_TRANSLATE_NOOP("CustomerValue",
                                 "%1: spend per order rises or falls with how often customers "
                                 "order (correlation beyond 0.3), which the model assumes it does "
                                 "not; no spend model was fitted.");
        break;
    case Stats::FitIssue::OptimizerFailed:
        text = QT_TRANSLATE_NOOP("CustomerValue", "%1: the fit did not converge.");
        break;
    case Stats::FitIssue::AtBoundary:
        text = QT_TRANSLATE_NOOP("CustomerValue",
                                 "%1: the best fit lies at the edge of what the model allows; the "
                                 "data cannot pin its parameters down.");
        break;
    case Stats::FitIssue::NoStandardErrors:
        text = QT_TRANSLATE_NOOP("CustomerValue",
                                 "%1: the data do not determine the model's parameters (no "
                                 "standard errors).");
        break;
    }
    return text;
}

FittedModel fittedModel(const Stats::LikelihoodFit &fit, const std::vector<const char *> &names)
{
    FittedModel result;
    result.valid = fit.valid;
    if (!fit.valid) {
        result.warning = QString::fromUtf8(issueSentence(fit.issue));
        return result;
    }
    bool weaklyDetermined = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
        result.parameters.push_back(
            {QString::fromLatin1(names[i]), fit.estimates[i], fit.standardErrors[i]});
        weaklyDetermined = weaklyDetermined || fit.standardErrors[i] > fit.estimates[i];
    }
    if (weaklyDetermined)
        result.warning = QString::fromUtf8(weaklyDeterminedSentence);
    result.logLikelihood = fit.logLikelihood;
    return result;
}

FittedModel noData()
{
    FittedModel result;
    result.warning = QString::fromUtf8(noDataSentence);
    return result;
}

// A customer's orders up to the as-of date, days with several orders as one
// transaction.
struct OrderHistory
{
    std::int32_t first = -1;
    std::int32_t last = -1;
    std::int32_t days = 0; // distinct order days
    double repeatSpend = 0; // over the days after the first
};

std::vector<OrderHistory> orderHistories(const Analysis &analysis)
{
    const OrderColumns &orders = analysis.data.orders;
    const std::size_t customers = analysis.data.customers.size();
    // Purchases only: an order of a negative amount (a cancellation stored
    // without its order) is no transaction of the models.
    const auto counted = [&analysis, &orders](std::size_t i) {
        return analysis.cohortOf[std::size_t(orders.customer[i])] >= 0
            && orders.day[i] <= analysis.asOfDay && orders.day[i] >= 0 && orders.amount[i] >= 0;
    };
    // The orders by customer, then day; orders of one customer on one day
    // in the order of the rows. A counting sort by customer, then each
    // customer's few orders by day: a sort of 3.6 million orders by both
    // took as long as scoring the customers.
    std::vector<std::uint32_t> begin(customers + 1, 0);
    for (std::size_t i = 0; i < orders.customer.size(); ++i) {
        if (counted(i))
            ++begin[std::size_t(orders.customer[i]) + 1];
    }
    for (std::size_t c = 0; c < customers; ++c)
        begin[c + 1] += begin[c];
    std::vector<std::uint32_t> order(begin[customers]);
    {
        std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
        for (std::size_t i = 0; i < orders.customer.size(); ++i) {
            if (counted(i))
                order[next[std::size_t(orders.customer[i])]++] = std::uint32_t(i);
        }
    }
    const auto byDay
        = [&orders](std::uint32_t a, std::uint32_t b) { return orders.day[a] < orders.day[b]; };
    for (std::size_t c = 0; c < customers; ++c) {
        const auto first = order.begin() + begin[c];
        const auto last = order.begin() + begin[c + 1];
        if (last - first > 32) {
            std::stable_sort(first, last, byDay);
            continue;
        }
        // An insertion sort, as stable, without the buffer std::stable_sort
        // allocates for each customer.
        for (auto next = first; next != last; ++next) {
            const std::uint32_t value = *next;
            auto slot = next;
            for (; slot != first && byDay(value, *(slot - 1)); --slot)
                *slot = *(slot - 1);
            *slot = value;
        }
    }
    std::vector<OrderHistory> histories(customers);
    for (const std::uint32_t i : order) {
        OrderHistory &history = histories[std::size_t(orders.customer[i])];
        if (history.first < 0) {
            history.first = orders.day[i];
            history.last = orders.day[i];
            history.days = 1;
            continue;
        }
        if (orders.day[i] != history.last) {
            history.last = orders.day[i];
            ++history.days;
        }
        // Other orders of the first day belong to the first transaction.
        if (orders.day[i] != history.first)
            history.repeatSpend += orders.amount[i];
    }
    return histories;
}

// The cohort's mean lifetime value and DERL over the customers who have one.
struct CohortMeans
{
    std::optional<double> clv;
    std::optional<double> derl;
};

// One cohort's fits and scores.
class CohortScorer
{
public:
    CohortScorer(const Analysis &analysis, int cohort, const std::vector<OrderHistory> &histories)
        : m_analysis(analysis)
        , m_cohort(cohort)
        , m_histories(histories)
        , m_monthlyRate(Stats::monthlyDiscountRate(analysis.assumptions.annualDiscountRate))
    { }

    // Fits the models, or takes them from `cached`.
    void fit(const CohortFit *cached);
    // Fixes the parameters instead of fitting them.
    void setParameters(const ModelParameters &parameters);
    // The fitted models with the projection to the horizon.
    CohortModels models() const;
    // Adds each of the cohort's customers to `totals` and to the model
    // checks' P(alive) histogram, and to `scores` when given.
    void score(std::vector<CustomerScore> *scores, ScoreTotals &totals);
    const CohortFit &fitted() const { return m_fit; }
    // The means under the parameters in use.
    CohortMeans means();
    // The means with the parameters' uncertainty; after score().
    void intervals(CohortValue *clv, CohortValue *derl);

private:
    std::int64_t completeMonths(std::size_t customer) const
    {
        const double days
            = double(m_analysis.endDay(customer) - m_analysis.data.customers.signupDay[customer]);
        return std::int64_t(std::floor(days / Analysis::daysPerMonth));
    }
    Stats::RepeatPurchases repeatPurchases(const OrderHistory &history) const
    {
        return {double(history.days - 1), (history.last - history.first) / daysPerWeek,
                (m_analysis.asOfDay - history.first) / daysPerWeek};
    }
    void fitOrders(std::vector<Stats::RepeatPurchases> purchases,
                   std::vector<Stats::RepeatSpend> spend);
    // The repeat counts the model checks compare with the model's.
    struct RepeatCounts
    {
        std::vector<double> byCount; // customers by repeat transactions, the last bin open
        std::map<double, double> customersByAge;
    };
    static RepeatCounts repeatCounts(const std::vector<Stats::RepeatPurchases> &purchases);
    void addTracking(const RepeatCounts &counts);
    OrderForecast forecast(const ModelParameters &parameters, const OrderHistory &history,
                           ForecastCache &cache) const;
    CustomerScore scoreCustomer(std::size_t customer, const ModelParameters &parameters,
                                DerlCache &derlCache, ForecastCache &forecastCache) const;
    // Over every `stride`-th customer of the cohort (1: all of them).
    CohortMeans means(const ModelParameters &parameters, DerlCache &derlCache,
                      ForecastCache &forecastCache, std::size_t stride = 1) const;
    void computeIntervals(CohortValue *clv, CohortValue *derl);
    // The cohort's monthly revenues, which the intervals depend on.
    std::uint64_t revenueHash() const
    {
        ContentHash hash;
        const CustomerColumns &customers = m_analysis.data.customers;
        for (std::size_t i = 0; i < customers.size(); ++i) {
            if (m_analysis.cohortOf[i] == m_cohort)
                hash.add(customers.monthlyRevenue[i]);
        }
        return hash.value();
    }

    const Analysis &m_analysis;
    const int m_cohort;
    const std::vector<OrderHistory> &m_histories;
    const double m_monthlyRate;
    CohortFit m_fit;
    DerlCache m_derlByPeriod;
};

void CohortScorer::setParameters(const ModelParameters &parameters)
{
    m_fit = CohortFit();
    m_fit.parameters = parameters;
    m_fit.forecastRate = m_monthlyRate;
    m_fit.forecastHorizon = m_analysis.assumptions.horizonMonths;
    const CustomerColumns &customers = m_analysis.data.customers;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (m_analysis.cohortOf[i] != m_cohort)
            continue;
        m_fit.hasRevenue = m_fit.hasRevenue || !std::isnan(customers.monthlyRevenue[i]);
        m_fit.hasOrders = m_fit.hasOrders || m_histories[i].first >= 0;
    }
}

void CohortScorer::fit(const CohortFit *cached)
{
    if (cached) {
        m_fit = *cached;
        if (m_fit.forecastRate != m_monthlyRate
            || m_fit.forecastHorizon != m_analysis.assumptions.horizonMonths)
            m_fit.forecasts.clear();
        m_fit.forecastRate = m_monthlyRate;
        m_fit.forecastHorizon = m_analysis.assumptions.horizonMonths;
        return;
    }
    m_fit.forecastRate = m_monthlyRate;
    m_fit.forecastHorizon = m_analysis.assumptions.horizonMonths;
    const CustomerColumns &customers = m_analysis.data.customers;
    CohortModels &models = m_fit.models;
    Stats::ShiftedBetaGeometric sbg;
    std::vector<Stats::RepeatPurchases> purchases;
    std::vector<Stats::RepeatSpend> spend;
    // The exact sizes first: grown row by row, the vectors held up to twice
    // their size while the fits ran (25 MB at a million customers).
    std::size_t buyers = 0;
    std::size_t repeatBuyers = 0;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (m_analysis.cohortOf[i] != m_cohort || m_histories[i].first < 0)
            continue;
        ++buyers;
        repeatBuyers += m_histories[i].days > 1 && m_histories[i].repeatSpend > 0;
    }
    purchases.reserve(buyers);
    spend.reserve(repeatBuyers);
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (m_analysis.cohortOf[i] != m_cohort)
            continue;
        const std::int64_t months = completeMonths(i);
        models.observedMonths = std::max(models.observedMonths, double(months));
        if (m_analysis.isChurned(i))
            sbg.addLost(months + 1);
        else
            sbg.addActive(months);
        m_fit.hasRevenue = m_fit.hasRevenue || !std::isnan(customers.monthlyRevenue[i]);
        const OrderHistory &history = m_histories[i];
        if (history.first < 0)
            continue;
        m_fit.hasOrders = true;
        purchases.push_back(repeatPurchases(history));
        if (history.days > 1 && history.repeatSpend > 0)
            spend.push_back({double(history.days - 1), history.repeatSpend / (history.days - 1)});
    }

    if (!m_fit.hasRevenue) {
        models.sbg = noData();
    } else {
        const Stats::ShiftedBetaGeometric::Result result = sbg.fit();
        models.sbg = fittedModel(result.fit, {"alpha", "beta"});
        if (result.valid()) {
            m_fit.parameters.sbg = result.parameters;
            m_fit.sbgCovariance = result.fit.covariance;
        }
    }
    if (!m_fit.hasOrders) {
        models.bgnbd = noData();
        models.gammaGamma = noData();
        return;
    }
    fitOrders(std::move(purchases), std::move(spend));
}

void CohortScorer::fitOrders(std::vector<Stats::RepeatPurchases> purchases,
                             std::vector<Stats::RepeatSpend> spend)
{
    CohortModels &models = m_fit.models;
    const RepeatCounts counts = repeatCounts(purchases);
    Stats::BetaGeometricNbd::Result bgnbd;
    {
        const Stats::BetaGeometricNbd model(purchases);
        purchases = {}; // the model pools what it needs (14 MB at a million customers)
        bgnbd = model.fit();
    }
    models.bgnbd = fittedModel(bgnbd.fit, {"r", "alpha", "a", "b"});
    if (bgnbd.valid()) {
        m_fit.parameters.bgnbd = bgnbd.parameters;
        m_fit.bgnbdCovariance = bgnbd.fit.covariance;
        addTracking(counts);
    }
    const Stats::GammaGamma::Result gammaGamma = Stats::GammaGamma(std::move(spend)).fit();
    models.gammaGamma = fittedModel(gammaGamma.fit, {"p", "q", "gamma"});
    double populationSpend = 0;
    if (gammaGamma.valid()
        && Stats::GammaGamma::conditionalExpectedValue(gammaGamma.parameters, {0, 0},
                                                       &populationSpend)) {
        m_fit.parameters.gammaGamma = gammaGamma.parameters;
        m_fit.gammaGammaCovariance = gammaGamma.fit.covariance;
    } else if (gammaGamma.valid()) {
        models.gammaGamma.warning = QString::fromUtf8(undefinedMeanSpendSentence);
    }
}

CohortScorer::RepeatCounts
CohortScorer::repeatCounts(const std::vector<Stats::RepeatPurchases> &purchases)
{
    constexpr int bins = RepeatTracking::countBins;
    RepeatCounts counts;
    counts.byCount.assign(bins, 0.0);
    for (const Stats::RepeatPurchases &customer : purchases) {
        counts.byCount[std::size_t(std::min(customer.frequency, double(bins - 1)))] += 1;
        counts.customersByAge[customer.age] += 1;
    }
    return counts;
}

void CohortScorer::addTracking(const RepeatCounts &counts)
{
    const Stats::BetaGeometricNbd::Parameters &parameters = *m_fit.parameters.bgnbd;
    RepeatTracking &tracking = m_fit.models.tracking;
    // The histogram: the customers' repeat transactions in the calibration
    // period, and the model's sum of P(X(T) = x), once per distinct age.
    constexpr int bins = RepeatTracking::countBins;
    tracking.actualCounts = counts.byCount;
    tracking.expectedCounts.assign(bins, 0.0);
    for (const auto &[age, count] : counts.customersByAge) {
        double below = 0;
        for (int x = 0; x < bins - 1; ++x) {
            const double probability
                = Stats::BetaGeometricNbd::repeatCountProbability(parameters, age, x);
            tracking.expectedCounts[std::size_t(x)] += count * probability;
            below += probability;
        }
        tracking.expectedCounts[bins - 1] += count * std::max(0.0, 1 - below);
    }

    // The tracking plot: repeat order days of the customers fitted, up to
    // the latest order in the data (after the as-of date: the holdout).
    const OrderColumns &orders = m_analysis.data.orders;
    std::vector<std::pair<std::int32_t, std::int32_t>> repeatDays; // (customer, day)
    std::int32_t firstDay = std::numeric_limits<std::int32_t>::max();
    std::int32_t lastDay = m_analysis.asOfDay;
    std::map<std::int32_t, double> customersByFirstDay;
    for (std::size_t i = 0; i < m_histories.size(); ++i) {
        if (m_analysis.cohortOf[i] == m_cohort && m_histories[i].first >= 0) {
            firstDay = std::min(firstDay, m_histories[i].first);
            customersByFirstDay[m_histories[i].first] += 1;
        }
    }
    const auto isRepeatOrder = [&](std::size_t i) {
        const auto customer = std::size_t(orders.customer[i]);
        return m_analysis.cohortOf[customer] == m_cohort && m_histories[customer].first >= 0
            && orders.day[i] > m_histories[customer].first;
    };
    std::size_t repeatOrders = 0; // sized once: grown, it held up to twice its 20 MB
    for (std::size_t i = 0; i < orders.customer.size(); ++i)
        repeatOrders += isRepeatOrder(i);
    repeatDays.reserve(repeatOrders);
    for (std::size_t i = 0; i < orders.customer.size(); ++i) {
        if (!isRepeatOrder(i))
            continue;
        repeatDays.emplace_back(orders.customer[i], orders.day[i]);
        lastDay = std::max(lastDay, orders.day[i]);
    }
    if (customersByFirstDay.empty())
        return;
    std::sort(repeatDays.begin(), repeatDays.end());
    repeatDays.erase(std::unique(repeatDays.begin(), repeatDays.end()), repeatDays.end());
    const int weeks = (lastDay - firstDay) / 7 + 1;
    tracking.firstDay = QDate::fromJulianDay(firstDay);
    tracking.calibrationWeeks = (m_analysis.asOfDay - firstDay + 1) / 7;
    std::vector<double> weekly(std::size_t(weeks), 0.0);
    for (const auto &[customer, day] : repeatDays)
        weekly[std::size_t((day - firstDay) / 7)] += 1;
    // E[X(t)] once per day of age, then summed over the first-order days.
    std::vector<double> expectedByDays(std::size_t(weeks) * 7 + 1, 0.0);
    for (std::size_t days = 1; days < expectedByDays.size(); ++days) {
        double expected = 0;
        if (!Stats::BetaGeometricNbd::expectedTransactions(parameters, double(days) / daysPerWeek,
                                                           &expected))
            return;
        expectedByDays[days] = expected;
    }
    double cumulative = 0;
    for (int week = 0; week < weeks; ++week) {
        cumulative += weekly[std::size_t(week)];
        tracking.actualCumulative.push_back(cumulative);
        // The end of the week: its last day's orders included.
        const std::int32_t end = firstDay + 7 * (week + 1) - 1;
        double expected = 0;
        for (const auto &[first, count] : customersByFirstDay) {
            if (first >= end)
                break;
            expected += count * expectedByDays[std::size_t(end - first)];
        }
        tracking.expectedCumulative.push_back(expected);
    }
}

CohortModels CohortScorer::models() const
{
    CohortModels models = m_fit.models;
    models.sbg.warning = modelWarning(models.sbg.warning, "sbg");
    models.bgnbd.warning = modelWarning(models.bgnbd.warning, "bgnbd");
    models.gammaGamma.warning = modelWarning(models.gammaGamma.warning, "gamma_gamma");
    if (m_fit.parameters.sbg) {
        const int months = int(models.observedMonths) + m_analysis.assumptions.horizonMonths;
        for (int t = 0; t <= months; ++t)
            models.projectedRetention.push_back(
                Stats::ShiftedBetaGeometric::survival(*m_fit.parameters.sbg, t));
    }
    return models;
}

OrderForecast CohortScorer::forecast(const ModelParameters &parameters, const OrderHistory &history,
                                     ForecastCache &cache) const
{
    const std::int64_t key = std::int64_t(history.days - 1) * 1000000
        + std::int64_t(m_analysis.asOfDay - history.first);
    const auto found = cache.find(key);
    if (found != cache.end())
        return found->second;
    const Stats::RepeatPurchases purchases = repeatPurchases(history);
    OrderForecast forecast;
    const double weeksPerMonth = Analysis::daysPerMonth / daysPerWeek;
    forecast.valid = Stats::BetaGeometricNbd::expectedTransactionsIfAlive(
        *parameters.bgnbd, purchases.frequency, purchases.age,
        m_analysis.assumptions.horizonMonths * weeksPerMonth, &forecast.horizon);
    const double weeklyRate = std::log1p(m_monthlyRate) / weeksPerMonth;
    forecast.valid = forecast.valid
        && Stats::BetaGeometricNbd::discountedExpectedTransactionsIfAlive(
                         *parameters.bgnbd, purchases.frequency, purchases.age,
                         12.0 * orderYears * weeksPerMonth, weeklyRate, &forecast.discounted);
    cache.emplace(key, forecast);
    return forecast;
}

CustomerScore CohortScorer::scoreCustomer(std::size_t i, const ModelParameters &parameters,
                                          DerlCache &derlCache, ForecastCache &forecastCache) const
{
    const CustomerColumns &customers = m_analysis.data.customers;
    const bool canDiscount = m_monthlyRate > 0;
    CustomerScore score;
    score.customer = i;
    score.cohort = m_cohort;
    const bool churned = m_analysis.isChurned(i);
    // The subscription's part.
    std::optional<double> subscription;
    const double revenue = customers.monthlyRevenue[i];
    if (churned || !m_fit.hasRevenue) {
        score.derlMonths = churned ? std::optional<double>(0.0) : std::nullopt;
        subscription = 0.0;
    } else if (parameters.sbg && canDiscount) {
        const std::int64_t period = completeMonths(i) + 1;
        auto found = derlCache.find(period);
        if (found == derlCache.end()) {
            double derl = std::nan("");
            if (!Stats::ShiftedBetaGeometric::discountedExpectedResidualLifetime(
                    *parameters.sbg, double(period), m_monthlyRate, &derl))
                derl = std::nan("");
            found = derlCache.emplace(period, derl).first;
        }
        if (std::isfinite(found->second)) {
            score.derlMonths = found->second;
            subscription = std::isnan(revenue) ? 0.0 : double(revenue) * found->second;
        }
    }
    // The orders' part.
    std::optional<double> orders;
    const OrderHistory &history = m_histories[i];
    if (history.first < 0 || churned) {
        // Nothing ordered yet, or the relationship has ended.
        orders = 0.0;
        score.expectedTransactions = 0.0;
        if (history.first >= 0)
            score.pAlive = 0.0;
    } else if (parameters.bgnbd) {
        const Stats::RepeatPurchases purchases = repeatPurchases(history);
        const double pAlive
            = Stats::BetaGeometricNbd::probabilityAlive(*parameters.bgnbd, purchases);
        score.pAlive = pAlive;
        const OrderForecast forecast = this->forecast(parameters, history, forecastCache);
        if (forecast.valid) {
            score.expectedTransactions = pAlive * forecast.horizon;
            double spend = 0;
            const Stats::RepeatSpend repeat {
                double(history.days - 1),
                history.days > 1 ? history.repeatSpend / (history.days - 1) : 0.0};
            if (parameters.gammaGamma
                && Stats::GammaGamma::conditionalExpectedValue(
                    *parameters.gammaGamma,
                    repeat.meanValue > 0 ? repeat : Stats::RepeatSpend {0, 0}, &spend)) {
                score.expectedSpendPerTransaction = spend;
                if (canDiscount)
                    orders = pAlive * forecast.discounted * spend;
            }
        }
    }
    if (subscription && orders)
        score.clv = m_analysis.assumptions.revenueToValue() * (*subscription + *orders);
    return score;
}

void CohortScorer::score(std::vector<CustomerScore> *scores, ScoreTotals &totals)
{
    CohortModels &models = m_fit.models;
    const bool histogram = models.bgnbd.valid;
    if (histogram)
        models.pAliveHistogram.assign(CohortModels::pAliveBins, 0.0);
    const CustomerColumns &customers = m_analysis.data.customers;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (m_analysis.cohortOf[i] != m_cohort)
            continue;
        const CustomerScore score
            = scoreCustomer(i, m_fit.parameters, m_derlByPeriod, m_fit.forecasts);
        if (score.clv)
            totals.clv.add(*score.clv);
        else
            ++totals.withoutValue;
        if (score.derlMonths)
            totals.derlMonths.add(*score.derlMonths);
        if (score.expectedTransactions)
            totals.expectedTransactions.add(*score.expectedTransactions);
        if (score.pAlive) {
            totals.pAlive.add(*score.pAlive);
            if (histogram) {
                const int bin = std::clamp(int(*score.pAlive * CohortModels::pAliveBins), 0,
                                           CohortModels::pAliveBins - 1);
                models.pAliveHistogram[std::size_t(bin)] += 1;
            }
        }
        if (scores)
            scores->push_back(score);
    }
}

CohortMeans CohortScorer::means(const ModelParameters &parameters, DerlCache &derlCache,
                                ForecastCache &forecastCache, std::size_t stride) const
{
    double clvSum = 0;
    double clvCount = 0;
    double derlSum = 0;
    double derlCount = 0;
    const CustomerColumns &customers = m_analysis.data.customers;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (m_analysis.cohortOf[i] != m_cohort || seen++ % stride != 0)
            continue;
        const CustomerScore score = scoreCustomer(i, parameters, derlCache, forecastCache);
        if (score.clv) {
            clvSum += *score.clv;
            clvCount += 1;
        }
        if (score.derlMonths) {
            derlSum += *score.derlMonths;
            derlCount += 1;
        }
    }
    CohortMeans result;
    if (clvCount > 0)
        result.clv = clvSum / clvCount;
    if (derlCount > 0)
        result.derl = derlSum / derlCount;
    return result;
}

CohortMeans CohortScorer::means()
{
    return means(m_fit.parameters, m_derlByPeriod, m_fit.forecasts);
}

// The interval of a positive mean m with standard error se on the log
// scale, exp(log m ± 1.96 se / m): the same width near the estimate, but
// never below zero for a value that cannot be.
void setInterval(CohortValue *value, double mean, double variance)
{
    value->mean = mean;
    if (!(variance >= 0) || !std::isfinite(variance))
        return;
    const double standardError = std::sqrt(variance);
    value->standardError = standardError;
    if (mean > 0) {
        const double spread = Stats::normalCriticalValue(0.95) * standardError / mean;
        value->low = mean * std::exp(-spread);
        value->high = mean * std::exp(spread);
    } else if (standardError == 0) {
        value->low = mean;
        value->high = mean;
    }
}

// The delta method rather than a parametric bootstrap: both rest on the
// same normal approximation of the estimates (their observed-information
// covariance), and the cohort's mean value is a smooth function of the
// parameters, but a bootstrap recomputes every distinct order history's
// discounted forecast (dozens of Gauss hypergeometric evaluations each)
// for each of its hundreds of draws, while central differences need two
// recomputes per parameter (eight of them for BG/NBD, the sBG's only
// recompute DERL by period, Gamma-Gamma's nothing costly). The three models
// are fitted to separate likelihoods, so the variance is the sum of each
// model's g' Σ g; correlation between their estimates is left out. The
// coverage of the 95 % interval is checked on generated data
// (tst_customerscores).
void CohortScorer::intervals(CohortValue *clv, CohortValue *derl)
{
    IntervalKey key;
    key.assumptions = {m_monthlyRate, double(m_analysis.assumptions.horizonMonths),
                       m_analysis.assumptions.revenueToValue()};
    key.revenue = revenueHash();
    if (m_fit.intervalKey == key) {
        *clv = m_fit.clvInterval;
        *derl = m_fit.derlInterval;
        return;
    }
    computeIntervals(clv, derl);
    m_fit.intervalKey = key;
    m_fit.clvInterval = *clv;
    m_fit.derlInterval = *derl;
}

void CohortScorer::computeIntervals(CohortValue *clv, CohortValue *derl)
{
    const CohortMeans centre = means();
    if (!centre.clv && !centre.derl)
        return;
    constexpr double step = 1e-3; // relative to each parameter
    // The gradient of a large cohort's mean from an evenly spaced sample of
    // its customers: each shifted parameter set recomputes the order
    // forecasts of every distinct history, and the gradient, an average over
    // customers, is known to about 2 % from a few thousand (the centre of the
    // interval is the mean of all of them).
    constexpr qint64 gradientCustomers = 3000;
    const auto stride = std::size_t(
        std::max<qint64>(1, m_analysis.customers[std::size_t(m_cohort)] / gradientCustomers));
    double clvVariance = 0;
    double derlVariance = 0;
    bool clvComplete = centre.clv.has_value();
    bool derlComplete = centre.derl.has_value();
    // One model's contribution: central differences of the means in each of
    // its `count` parameters, reached through `parameter(set, j)`.
    const auto addModel
        = [&](const std::vector<double> &covariance, std::size_t count,
              const std::function<double &(ModelParameters &, std::size_t)> &parameter,
              bool sharesDerl, bool sharesForecasts) {
              if (covariance.size() != count * count)
                  return;
              std::vector<double> clvGradient(count, 0.0);
              std::vector<double> derlGradient(count, 0.0);
              for (std::size_t j = 0; j < count; ++j) {
                  std::array<CohortMeans, 2> sides;
                  double width = 0;
                  for (int side = 0; side < 2; ++side) {
                      ModelParameters shifted = m_fit.parameters;
                      double &value = parameter(shifted, j);
                      const double delta = step * value;
                      value += side == 0 ? delta : -delta;
                      width = 2 * delta;
                      DerlCache derlCache;
                      ForecastCache forecastCache;
                      sides[std::size_t(side)]
                          = means(shifted, sharesDerl ? m_derlByPeriod : derlCache,
                                  sharesForecasts ? m_fit.forecasts : forecastCache, stride);
                  }
                  if (sides[0].clv && sides[1].clv)
                      clvGradient[j] = (*sides[0].clv - *sides[1].clv) / width;
                  else
                      clvComplete = false;
                  if (sides[0].derl && sides[1].derl)
                      derlGradient[j] = (*sides[0].derl - *sides[1].derl) / width;
                  else if (centre.derl)
                      derlComplete = false;
              }
              for (std::size_t j = 0; j < count; ++j) {
                  for (std::size_t k = 0; k < count; ++k) {
                      clvVariance += clvGradient[j] * covariance[j * count + k] * clvGradient[k];
                      derlVariance += derlGradient[j] * covariance[j * count + k] * derlGradient[k];
                  }
              }
          };
    if (m_fit.parameters.sbg) {
        addModel(
            m_fit.sbgCovariance, 2,
            [](ModelParameters &set, std::size_t j) -> double & {
                return j == 0 ? set.sbg->alpha : set.sbg->beta;
            },
            false, true);
    }
    if (m_fit.parameters.bgnbd) {
        addModel(
            m_fit.bgnbdCovariance, 4,
            [](ModelParameters &set, std::size_t j) -> double & {
                Stats::BetaGeometricNbd::Parameters &p = *set.bgnbd;
                return j == 0 ? p.r : j == 1 ? p.alpha : j == 2 ? p.a : p.b;
            },
            true, false);
    }
    if (m_fit.parameters.gammaGamma) {
        addModel(
            m_fit.gammaGammaCovariance, 3,
            [](ModelParameters &set, std::size_t j) -> double & {
                Stats::GammaGamma::Parameters &p = *set.gammaGamma;
                return j == 0 ? p.p : j == 1 ? p.q : p.gamma;
            },
            true, true);
    }
    if (centre.clv)
        setInterval(clv, *centre.clv, clvComplete ? clvVariance : std::nan(""));
    if (centre.derl)
        setInterval(derl, *centre.derl, derlComplete ? derlVariance : std::nan(""));
}

} // namespace

namespace {

// FNV-1a over what the fits read: cohorts, tenures, revenue known, orders
// and the as-of date.
std::uint64_t fitKey(const Analysis &analysis)
{
    const CustomerColumns &customers = analysis.data.customers;
    const OrderColumns &orders = analysis.data.orders;
    ContentHash hash;
    hash.add(analysis.asOfDay);
    hash.add(customers.size());
    for (std::size_t i = 0; i < customers.size(); ++i) {
        hash.add(analysis.cohortOf[i]);
        if (analysis.cohortOf[i] < 0)
            continue;
        hash.add(customers.signupDay[i]);
        hash.add(analysis.endDay(i));
        hash.add(analysis.isChurned(i));
        hash.add(std::isnan(customers.monthlyRevenue[i]));
    }
    hash.add(orders.customer.size());
    for (std::size_t i = 0; i < orders.customer.size(); ++i) {
        hash.add(orders.customer[i]);
        hash.add(orders.day[i]);
        hash.add(orders.amount[i]);
    }
    return hash.value();
}

// The last few computes' fits, shared by every engine of the process: the
// ROI's what-ifs recompute every group under other assumptions, and none of
// them changes what the models are fitted to.
struct FitCache
{
    std::mutex mutex;
    std::list<std::pair<std::uint64_t, CohortFits>> entries; // newest first
    static constexpr std::size_t capacity = 4;
};

FitCache &fitCache()
{
    static FitCache cache;
    return cache;
}

} // namespace

CustomerScores score(const Analysis &analysis, Keep keep)
{
    const std::vector<OrderHistory> histories = orderHistories(analysis);
    const std::uint64_t key = fitKey(analysis);
    std::optional<CohortFits> cached;
    {
        FitCache &cache = fitCache();
        const std::lock_guard<std::mutex> lock(cache.mutex);
        for (const auto &entry : cache.entries) {
            if (entry.first == key) {
                cached = entry.second;
                break;
            }
        }
    }
    // A new process (the command line, the window opening the project)
    // takes the fits an earlier one stored with the same data: at a million
    // customers they are most of a first compute. The key is a hash of the
    // data's content, so a changed order or customer finds nothing.
    const QString &projectPath = analysis.data.projectPath;
    bool fitHere = false;
    if (!cached) {
        if (!projectPath.isEmpty()) {
            if (const std::optional<QByteArray> stored = ColumnSnapshot::readFits(projectPath, key))
                cached = decodeFits(key, *stored);
        }
        fitHere = !cached;
    }
    CustomerScores result;
    if (keep == Keep::EveryCustomer)
        result.scores.reserve(std::size_t(analysis.customers[0] + analysis.customers[1]));
    CohortFits fits;
    for (int cohort : {Analysis::social, Analysis::control}) {
        CohortScorer scorer(analysis, cohort, histories);
        scorer.fit(cached ? &(*cached)[std::size_t(cohort)] : nullptr);
        scorer.score(keep == Keep::EveryCustomer ? &result.scores : nullptr,
                     result.totals[std::size_t(cohort)]);
        result.models.push_back(scorer.models());
        scorer.intervals(&result.clv[std::size_t(cohort)], &result.derlMonths[std::size_t(cohort)]);
        fits[std::size_t(cohort)] = scorer.fitted();
    }
    // Read-only and busy projects keep nothing; the next process fits again.
    if (fitHere && !projectPath.isEmpty())
        ColumnSnapshot::writeFits(projectPath, key, encodeFits(key, fits));
    {
        FitCache &cache = fitCache();
        const std::lock_guard<std::mutex> lock(cache.mutex);
        cache.entries.remove_if([key](const auto &entry) { return entry.first == key; });
        cache.entries.emplace_front(key, std::move(fits));
        if (cache.entries.size() > FitCache::capacity)
            cache.entries.pop_back();
    }
    std::sort(
        result.scores.begin(), result.scores.end(),
        [](const CustomerScore &a, const CustomerScore &b) { return a.customer < b.customer; });
    return result;
}

void clearFitCache()
{
    FitCache &cache = fitCache();
    const std::lock_guard<std::mutex> lock(cache.mutex);
    cache.entries.clear();
}

std::array<std::optional<double>, 2> meanValueAt(const Analysis &analysis, int cohort,
                                                 const ModelParameters &parameters)
{
    const std::vector<OrderHistory> histories = orderHistories(analysis);
    CohortScorer scorer(analysis, cohort, histories);
    scorer.setParameters(parameters);
    const CohortMeans means = scorer.means();
    return {means.clv, means.derl};
}

} // namespace CustomerValue
