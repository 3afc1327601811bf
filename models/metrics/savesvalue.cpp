// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricgroups.h"
#include "metricrows.h"
#include "shiftedbetageometric.h"

#include <QCoreApplication>

#include <cmath>
#include <unordered_map>

namespace MetricGroups {

namespace {

MetricGroup *findGroup(std::vector<MetricGroup> &groups, const QString &id)
{
    for (MetricGroup &group : groups) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

std::optional<Stats::ShiftedBetaGeometric::Parameters> fittedSbg(const CohortModels &models)
{
    if (!models.sbg.valid)
        return std::nullopt;
    Stats::ShiftedBetaGeometric::Parameters parameters;
    int found = 0;
    for (const ModelParameter &parameter : models.sbg.parameters) {
        if (parameter.name == QLatin1String("alpha")) {
            parameters.alpha = parameter.estimate;
            ++found;
        } else if (parameter.name == QLatin1String("beta")) {
            parameters.beta = parameter.estimate;
            ++found;
        }
    }
    return found == 2 ? std::optional(parameters) : std::nullopt;
}

} // namespace

std::optional<double> remainingValueOfASave(const Analysis &analysis, const CohortModels &social)
{
    const std::optional<Stats::ShiftedBetaGeometric::Parameters> sbg = fittedSbg(social);
    if (!sbg || !(analysis.assumptions.annualDiscountRate > 0))
        return std::nullopt;
    const double monthlyRate = Stats::monthlyDiscountRate(analysis.assumptions.annualDiscountRate);
    const CustomerColumns &customers = analysis.data.customers;
    const int window = analysis.assumptions.saveWindowDays;
    std::unordered_map<std::int64_t, double> derlByPeriod;
    double total = 0;
    qint64 saved = 0;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const std::int32_t atRiskDay = customers.atRiskDay[i];
        if (analysis.cohortOf[i] != Analysis::social || atRiskDay < customers.signupDay[i]
            || atRiskDay + window > analysis.asOfDay
            || (analysis.isChurned(i) && customers.churnDay[i] <= atRiskDay + window))
            continue;
        const double revenue = customers.monthlyRevenue[i];
        if (std::isnan(revenue))
            continue;
        // Active in the period the save window ends in.
        const std::int64_t period
            = std::int64_t(std::floor((atRiskDay + window - customers.signupDay[i])
                                      / Analysis::daysPerMonth))
            + 1;
        auto derl = derlByPeriod.find(period);
        if (derl == derlByPeriod.end()) {
            double months = std::nan("");
            if (!Stats::ShiftedBetaGeometric::discountedExpectedResidualLifetime(
                    *sbg, double(period), monthlyRate, &months))
                months = std::nan("");
            derl = derlByPeriod.emplace(period, months).first;
        }
        if (!std::isfinite(derl->second))
            continue;
        total += revenue * derl->second;
        ++saved;
    }
    if (saved == 0)
        return std::nullopt;
    return analysis.assumptions.revenueToValue() * total / double(saved);
}

void valueSavesOverRemainingLifetime(const Analysis &analysis, std::vector<MetricGroup> &groups)
{
    MetricGroup *saves = findGroup(groups, QStringLiteral("saves"));
    MetricGroup *relationship = findGroup(groups, QStringLiteral("relationship"));
    if (!saves || !relationship || relationship->models.size() <= size_t(Analysis::social))
        return;
    // Copied: the rows added below move the group's rows.
    const MetricRow *saveRateRow = saves->row(QStringLiteral("save_rate"));
    const MetricRow *atRiskRow = saves->row(QStringLiteral("at_risk_customers"));
    if (!saveRateRow || !atRiskRow || !atRiskRow->social)
        return;
    const MetricRow saveRate = *saveRateRow;
    const double atRisk = *atRiskRow->social;
    const std::optional<double> perSave
        = remainingValueOfASave(analysis, relationship->models[size_t(Analysis::social)]);
    const qint64 nSocial = analysis.customers[Analysis::social];
    const qint64 nControl = analysis.customers[Analysis::control];
    if (!perSave) {
        // Without the model the horizon's revenue stays, and says so.
        MetricRow row = MetricRows::descriptive(
            QStringLiteral("value_per_save"), QStringLiteral("money per customer"),
            customerValueOverHorizon(analysis) * analysis.assumptions.revenueToValue(),
            std::nullopt, nSocial, nControl,
            QCoreApplication::translate("MetricWarnings",
                                        "The social cohort's lifetime model could not be fitted: "
                                        "a saved customer is valued at the revenue of the horizon "
                                        "instead of their remaining lifetime."));
        saves->rows.push_back(row);
        return;
    }
    saves->rows.push_back(MetricRows::descriptive(QStringLiteral("value_per_save"),
                                                  QStringLiteral("money per customer"), *perSave,
                                                  std::nullopt, nSocial, nControl));
    if (!saveRate.difference || !saveRate.ciLow || !saveRate.ciHigh)
        return;
    const double scale = atRisk * *perSave;
    saves->value = *saveRate.difference * scale;
    saves->valueLow = *saveRate.ciLow * scale;
    saves->valueHigh = *saveRate.ciHigh * scale;
}

} // namespace MetricGroups
