// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerscores.h"

#include "betageometricnbd.h"
#include "gammagamma.h"
#include "shiftedbetageometric.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <list>
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

QString issueSentence(Stats::FitIssue issue, const char *model)
{
    const char *text = "";
    switch (issue) {
    case Stats::FitIssue::None:
        return {};
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
    return QCoreApplication::translate("CustomerValue", text).arg(modelName(model));
}

FittedModel fittedModel(const Stats::LikelihoodFit &fit, const char *model,
                        const std::vector<const char *> &names)
{
    FittedModel result;
    result.valid = fit.valid;
    if (!fit.valid) {
        result.warning = issueSentence(fit.issue, model);
        return result;
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        result.parameters.push_back(
            {QString::fromLatin1(names[i]), fit.estimates[i], fit.standardErrors[i]});
    result.logLikelihood = fit.logLikelihood;
    return result;
}

FittedModel noData(const char *model)
{
    FittedModel result;
    result.warning
        = QCoreApplication::translate("CustomerValue", "%1: no data for this model in the cohort.")
              .arg(modelName(model));
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
    std::vector<std::size_t> order;
    order.reserve(orders.customer.size());
    for (std::size_t i = 0; i < orders.customer.size(); ++i) {
        if (analysis.cohortOf[std::size_t(orders.customer[i])] >= 0
            && orders.day[i] <= analysis.asOfDay && orders.day[i] >= 0)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&orders](std::size_t a, std::size_t b) {
        return orders.customer[a] != orders.customer[b] ? orders.customer[a] < orders.customer[b]
                                                        : orders.day[a] < orders.day[b];
    });
    std::vector<OrderHistory> histories(analysis.data.customers.size());
    for (std::size_t i : order) {
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

struct OrderForecast
{
    bool valid = false;
    double horizon = 0; // expected transactions over the next horizon, if alive
    double discounted = 0; // discounted expected transactions over orderYears, if alive
};

// What one cohort's fits leave for the scoring: kept between computes of
// the same data, cohorts and as-of date (a what-if of the assumptions
// refits nothing), with the order forecasts of the last discount rate and
// horizon.
struct CohortFit
{
    CohortModels models; // without the projection, which depends on the horizon
    bool hasRevenue = false;
    bool hasOrders = false;
    std::optional<Stats::ShiftedBetaGeometric::Parameters> sbg;
    std::optional<Stats::BetaGeometricNbd::Parameters> bgnbd;
    std::optional<Stats::GammaGamma::Parameters> gammaGamma;
    double forecastRate = -1; // monthly discount rate of `forecasts`
    int forecastHorizon = -1; // horizon months of `forecasts`
    std::unordered_map<std::int64_t, OrderForecast> forecasts; // by (x, T in days)
};

// One cohort's fits and scores.
class CohortScorer
{
public:
    CohortScorer(const Analysis &analysis, int cohort, const std::vector<OrderHistory> &histories)
        : m_analysis(analysis)
        , m_cohort(cohort)
        , m_histories(histories)
    { }

    // Fits the models, or takes them from `cached`.
    void fit(const CohortFit *cached);
    // The fitted models with the projection to the horizon.
    CohortModels models() const;
    void score(std::vector<CustomerScore> &scores);
    const CohortFit &fitted() const { return m_fit; }

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
    OrderForecast forecast(const OrderHistory &history);

    const Analysis &m_analysis;
    const int m_cohort;
    const std::vector<OrderHistory> &m_histories;
    double m_monthlyRate = 0;
    CohortFit m_fit;
    std::unordered_map<std::int64_t, double> m_derlByPeriod;
};

void CohortScorer::fit(const CohortFit *cached)
{
    m_monthlyRate = Stats::monthlyDiscountRate(m_analysis.assumptions.annualDiscountRate);
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
        models.sbg = noData("sbg");
    } else {
        const Stats::ShiftedBetaGeometric::Result result = sbg.fit();
        models.sbg = fittedModel(result.fit, "sbg", {"alpha", "beta"});
        if (result.valid())
            m_fit.sbg = result.parameters;
    }
    if (!m_fit.hasOrders) {
        models.bgnbd = noData("bgnbd");
        models.gammaGamma = noData("gamma_gamma");
        return;
    }
    const Stats::BetaGeometricNbd::Result bgnbd = Stats::BetaGeometricNbd(purchases).fit();
    models.bgnbd = fittedModel(bgnbd.fit, "bgnbd", {"r", "alpha", "a", "b"});
    if (bgnbd.valid())
        m_fit.bgnbd = bgnbd.parameters;
    const Stats::GammaGamma::Result gammaGamma = Stats::GammaGamma(std::move(spend)).fit();
    models.gammaGamma = fittedModel(gammaGamma.fit, "gamma_gamma", {"p", "q", "gamma"});
    double populationSpend = 0;
    if (gammaGamma.valid()
        && Stats::GammaGamma::conditionalExpectedValue(gammaGamma.parameters, {0, 0},
                                                       &populationSpend))
        m_fit.gammaGamma = gammaGamma.parameters;
    else if (gammaGamma.valid())
        models.gammaGamma.warning = QCoreApplication::translate(
            "CustomerValue",
            "Spend per order (Gamma-Gamma): the fitted spread of spend leaves its mean "
            "undefined (q at most 1).");
}

CohortModels CohortScorer::models() const
{
    CohortModels models = m_fit.models;
    if (m_fit.sbg) {
        const int months = int(models.observedMonths) + m_analysis.assumptions.horizonMonths;
        for (int t = 0; t <= months; ++t)
            models.projectedRetention.push_back(
                Stats::ShiftedBetaGeometric::survival(*m_fit.sbg, t));
    }
    return models;
}

OrderForecast CohortScorer::forecast(const OrderHistory &history)
{
    const std::int64_t key = std::int64_t(history.days - 1) * 1000000
        + std::int64_t(m_analysis.asOfDay - history.first);
    const auto found = m_fit.forecasts.find(key);
    if (found != m_fit.forecasts.end())
        return found->second;
    const Stats::RepeatPurchases purchases = repeatPurchases(history);
    OrderForecast forecast;
    const double weeksPerMonth = Analysis::daysPerMonth / daysPerWeek;
    forecast.valid = Stats::BetaGeometricNbd::expectedTransactionsIfAlive(
        *m_fit.bgnbd, purchases.frequency, purchases.age,
        m_analysis.assumptions.horizonMonths * weeksPerMonth, &forecast.horizon);
    const double weeklyRate = std::log1p(m_monthlyRate) / weeksPerMonth;
    forecast.valid = forecast.valid
        && Stats::BetaGeometricNbd::discountedExpectedTransactionsIfAlive(
                         *m_fit.bgnbd, purchases.frequency, purchases.age,
                         12.0 * orderYears * weeksPerMonth, weeklyRate, &forecast.discounted);
    m_fit.forecasts.emplace(key, forecast);
    return forecast;
}

void CohortScorer::score(std::vector<CustomerScore> &scores)
{
    const CustomerColumns &customers = m_analysis.data.customers;
    const bool canDiscount = m_monthlyRate > 0;
    const double margin = m_analysis.assumptions.revenueToValue();
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (m_analysis.cohortOf[i] != m_cohort)
            continue;
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
        } else if (m_fit.sbg && canDiscount) {
            const std::int64_t period = completeMonths(i) + 1;
            auto found = m_derlByPeriod.find(period);
            if (found == m_derlByPeriod.end()) {
                double derl = std::nan("");
                if (!Stats::ShiftedBetaGeometric::discountedExpectedResidualLifetime(
                        *m_fit.sbg, double(period), m_monthlyRate, &derl))
                    derl = std::nan("");
                found = m_derlByPeriod.emplace(period, derl).first;
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
        } else if (m_fit.bgnbd) {
            const Stats::RepeatPurchases purchases = repeatPurchases(history);
            const double pAlive
                = Stats::BetaGeometricNbd::probabilityAlive(*m_fit.bgnbd, purchases);
            score.pAlive = pAlive;
            const OrderForecast forecast = this->forecast(history);
            if (forecast.valid) {
                score.expectedTransactions = pAlive * forecast.horizon;
                double spend = 0;
                const Stats::RepeatSpend repeat {
                    double(history.days - 1),
                    history.days > 1 ? history.repeatSpend / (history.days - 1) : 0.0};
                if (m_fit.gammaGamma
                    && Stats::GammaGamma::conditionalExpectedValue(
                        *m_fit.gammaGamma,
                        repeat.meanValue > 0 ? repeat : Stats::RepeatSpend {0, 0}, &spend)) {
                    score.expectedSpendPerTransaction = spend;
                    if (canDiscount)
                        orders = pAlive * forecast.discounted * spend;
                }
            }
        }
        if (subscription && orders)
            score.clv = margin * (*subscription + *orders);
        scores.push_back(score);
    }
}

} // namespace

namespace {

// FNV-1a over what the fits read: cohorts, tenures, revenue known, orders
// and the as-of date.
class ContentHash
{
public:
    template<typename T>
    void add(const T &value)
    {
        unsigned char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        for (unsigned char byte : bytes) {
            m_hash ^= byte;
            m_hash *= 1099511628211ULL;
        }
    }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 14695981039346656037ULL;
};

std::uint64_t fitKey(const Analysis &analysis)
{
    const CustomerColumns &customers = analysis.data.customers;
    const OrderColumns &orders = analysis.data.orders;
    ContentHash hash;
    // The models' warnings are sentences in the language of the compute.
    for (const QChar character : QLocale().name())
        hash.add(character.unicode());
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
    std::list<std::pair<std::uint64_t, std::array<CohortFit, 2>>> entries; // newest first
    static constexpr std::size_t capacity = 4;
};

FitCache &fitCache()
{
    static FitCache cache;
    return cache;
}

} // namespace

CustomerScores score(const Analysis &analysis)
{
    const std::vector<OrderHistory> histories = orderHistories(analysis);
    const std::uint64_t key = fitKey(analysis);
    std::optional<std::array<CohortFit, 2>> cached;
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
    CustomerScores result;
    std::array<CohortFit, 2> fits;
    for (int cohort : {Analysis::social, Analysis::control}) {
        CohortScorer scorer(analysis, cohort, histories);
        scorer.fit(cached ? &(*cached)[std::size_t(cohort)] : nullptr);
        result.models.push_back(scorer.models());
        scorer.score(result.scores);
        fits[std::size_t(cohort)] = scorer.fitted();
    }
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

} // namespace CustomerValue
