// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsjson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace {

// QJsonValue(double) writes the shortest form that round-trips, in the C
// locale; NaN and infinities are not JSON, so they become null here.
QJsonValue number(double value)
{
    if (!std::isfinite(value))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(value);
}

QJsonValue number(const std::optional<double> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return number(*value);
}

QJsonValue integer(qint64 value)
{
    return QJsonValue(value);
}

QJsonValue date(const QDate &value)
{
    if (!value.isValid())
        return QJsonValue(QJsonValue::Null);
    return value.toString(Qt::ISODate);
}

QJsonValue text(const QString &value)
{
    if (value.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return value;
}

// "YYYY-MM" without QLocale, so digits are ASCII whatever the default locale.
QJsonValue month(const QDate &value)
{
    if (!value.isValid())
        return QJsonValue(QJsonValue::Null);
    return QStringLiteral("%1-%2")
        .arg(value.year(), 4, 10, QLatin1Char('0'))
        .arg(value.month(), 2, 10, QLatin1Char('0'));
}

QJsonObject filtersObject(const MetricFilters &filters)
{
    QJsonObject object;
    object.insert(QLatin1String("segment"), text(filters.segment));
    object.insert(QLatin1String("from"), date(filters.from));
    object.insert(QLatin1String("to"), date(filters.to));
    object.insert(QLatin1String("as_of"), date(filters.asOf));
    object.insert(QLatin1String("method"), methodName(filters.method));
    object.insert(QLatin1String("adjust_for"), QJsonArray::fromStringList(filters.adjustFor));
    return object;
}

QJsonObject rowObject(const MetricRow &row)
{
    QJsonObject object;
    object.insert(QLatin1String("name"), row.name);
    object.insert(QLatin1String("unit"), row.unit);
    object.insert(QLatin1String("social"), number(row.social));
    object.insert(QLatin1String("control"), number(row.control));
    object.insert(QLatin1String("difference"), number(row.difference));
    object.insert(QLatin1String("lift"), number(row.lift));
    object.insert(QLatin1String("ci_low"), number(row.ciLow));
    object.insert(QLatin1String("ci_high"), number(row.ciHigh));
    object.insert(QLatin1String("p_value"), number(row.pValue));
    object.insert(QLatin1String("n_social"), integer(row.nSocial));
    object.insert(QLatin1String("n_control"), integer(row.nControl));
    object.insert(QLatin1String("warning"), row.warning);
    // Which rows are effects estimated from the first social contact, and
    // which compare the cohorts from signup.
    object.insert(QLatin1String("estimated"), row.estimated);
    if (row.eValue) {
        object.insert(QLatin1String("e_value"), number(row.eValue));
        object.insert(QLatin1String("e_value_ci"), number(row.eValueLimit));
    }
    // Model-based rows: each cohort's value with the uncertainty of the
    // fitted parameters.
    if (row.socialStandardError || row.controlStandardError) {
        object.insert(QLatin1String("social_se"), number(row.socialStandardError));
        object.insert(QLatin1String("social_ci_low"), number(row.socialLow));
        object.insert(QLatin1String("social_ci_high"), number(row.socialHigh));
        object.insert(QLatin1String("control_se"), number(row.controlStandardError));
        object.insert(QLatin1String("control_ci_low"), number(row.controlLow));
        object.insert(QLatin1String("control_ci_high"), number(row.controlHigh));
    }
    // A test whose statistic could not be computed still says so with null.
    if (row.statistic || !row.statisticName.isEmpty())
        object.insert(QLatin1String("statistic"), number(row.statistic));
    if (row.ratio || row.ratioCiLow || row.ratioCiHigh) {
        object.insert(QLatin1String("ratio"), number(row.ratio));
        object.insert(QLatin1String("ratio_ci_low"), number(row.ratioCiLow));
        object.insert(QLatin1String("ratio_ci_high"), number(row.ratioCiHigh));
    }
    return object;
}

// One Kaplan-Meier step per array: [t_days, at_risk, events, survival, ci_low, ci_high].
QJsonArray curveArray(const std::vector<CurvePoint> &curve)
{
    QJsonArray array;
    for (const CurvePoint &point : curve) {
        array.append(QJsonArray {number(point.days), integer(point.atRisk), integer(point.events),
                                 number(point.survival), number(point.ciLow),
                                 number(point.ciHigh)});
    }
    return array;
}

QJsonObject seriesObject(const MonthlySeries &series)
{
    QJsonArray points;
    for (const MonthlyPoint &point : series.points) {
        QJsonObject object;
        object.insert(QLatin1String("month"), month(point.month));
        object.insert(QLatin1String("social"), number(point.social));
        object.insert(QLatin1String("social_low"), number(point.socialLow));
        object.insert(QLatin1String("social_high"), number(point.socialHigh));
        object.insert(QLatin1String("control"), number(point.control));
        object.insert(QLatin1String("control_low"), number(point.controlLow));
        object.insert(QLatin1String("control_high"), number(point.controlHigh));
        points.append(object);
    }
    QJsonObject object;
    object.insert(QLatin1String("name"), series.name);
    object.insert(QLatin1String("unit"), series.unit);
    object.insert(QLatin1String("points"), points);
    return object;
}

// A fitted model: each parameter and its "_se", the log-likelihood and the
// unit of time (`unitKey`: "period" or "time_unit"); null without a fit.
QJsonValue modelObject(const FittedModel &model, const char *unitKey, const char *unit)
{
    if (!model.valid)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object;
    for (const ModelParameter &parameter : model.parameters) {
        object.insert(parameter.name, number(parameter.estimate));
        object.insert(parameter.name + QLatin1String("_se"), number(parameter.standardError));
    }
    object.insert(QLatin1String("log_likelihood"), number(model.logLikelihood));
    if (unitKey)
        object.insert(QLatin1String(unitKey), QLatin1String(unit));
    return object;
}

QJsonObject cohortModelsObject(const CohortModels &models)
{
    QJsonObject object;
    object.insert(QLatin1String("sbg"), modelObject(models.sbg, "period", "month"));
    object.insert(QLatin1String("bgnbd"), modelObject(models.bgnbd, "time_unit", "week"));
    object.insert(QLatin1String("gamma_gamma"), modelObject(models.gammaGamma, nullptr, nullptr));
    QStringList warnings;
    for (const FittedModel *model : {&models.sbg, &models.bgnbd, &models.gammaGamma}) {
        if (!model->warning.isEmpty())
            warnings << model->warning;
    }
    object.insert(QLatin1String("warnings"), QJsonArray::fromStringList(warnings));
    QJsonArray retention;
    for (double survival : models.projectedRetention)
        retention.append(number(survival));
    object.insert(QLatin1String("projected_retention"), retention);
    return object;
}

QJsonObject groupObject(const MetricGroup &group)
{
    QJsonArray rows;
    for (const MetricRow &row : group.rows)
        rows.append(rowObject(row));
    QJsonArray series;
    for (const MonthlySeries &one : group.series)
        series.append(seriesObject(one));

    QJsonObject object;
    object.insert(QLatin1String("id"), group.id);
    object.insert(QLatin1String("rows"), rows);
    object.insert(QLatin1String("value"), number(group.value));
    if (group.valueLow)
        object.insert(QLatin1String("value_low"), number(group.valueLow));
    if (group.valueHigh)
        object.insert(QLatin1String("value_high"), number(group.valueHigh));
    if (!group.includedIn.isEmpty()) {
        object.insert(QLatin1String("included_in"), group.includedIn);
        // The part's own estimate when it did not fit inside its whole.
        if (group.valueAlone)
            object.insert(QLatin1String("value_alone"), number(group.valueAlone));
    }
    if (group.missing != MissingData::None)
        object.insert(QLatin1String("missing_data"), MissingDataText::id(group.missing));
    if (!group.socialCurve.empty() || !group.controlCurve.empty()) {
        QJsonObject curves;
        curves.insert(QLatin1String("social"), curveArray(group.socialCurve));
        curves.insert(QLatin1String("control"), curveArray(group.controlCurve));
        object.insert(QLatin1String("curves"), curves);
    }
    object.insert(QLatin1String("series"), series);
    if (group.models.size() == 2) {
        QJsonObject models;
        models.insert(QLatin1String("social"), cohortModelsObject(group.models[0]));
        models.insert(QLatin1String("control"), cohortModelsObject(group.models[1]));
        object.insert(QLatin1String("models"), models);
    }
    return object;
}

QJsonObject roiObject(const RoiSummary &roi)
{
    QJsonArray components;
    for (const RoiComponent &component : roi.components) {
        QJsonObject object;
        object.insert(QLatin1String("id"), component.id);
        object.insert(QLatin1String("value"), number(component.value));
        object.insert(QLatin1String("low"), number(component.low));
        object.insert(QLatin1String("high"), number(component.high));
        if (component.entered)
            object.insert(QLatin1String("entered"), true); // entered by hand, no interval
        components.append(object);
    }
    QJsonObject object;
    object.insert(QLatin1String("value"), number(roi.value));
    object.insert(QLatin1String("value_low"), number(roi.valueLow));
    object.insert(QLatin1String("value_high"), number(roi.valueHigh));
    // How value_low/value_high (and roi_low/roi_high) were found.
    QJsonObject interval;
    interval.insert(QLatin1String("method"),
                    roi.interval == RoiInterval::Bootstrap ? QLatin1String("bootstrap")
                                                           : QLatin1String("linearized"));
    if (roi.interval == RoiInterval::Bootstrap) {
        interval.insert(QLatin1String("replicates"), roi.bootstrapReplicates);
        // Fewer drawn than analysed: an m-out-of-n bootstrap, rescaled.
        interval.insert(QLatin1String("customers"), roi.bootstrapCustomers);
        interval.insert(QLatin1String("drawn_per_replicate"), roi.bootstrapDrawn);
    }
    object.insert(QLatin1String("interval"), interval);
    object.insert(QLatin1String("cost"), number(roi.cost));
    object.insert(QLatin1String("cost_share"), number(roi.costShare));
    // The rule that charged the cost and the entered figures to a filtered
    // selection (the programme_allocation assumption).
    object.insert(QLatin1String("cost_allocation"),
                  Assumptions::allocationName(roi.costAllocation));
    object.insert(QLatin1String("no_social_customers"), roi.noSocialCustomers);
    object.insert(QLatin1String("no_benefit_measured"), roi.noBenefitMeasured);
    QJsonArray missing;
    for (MissingData data : roi.missingData)
        missing.append(MissingDataText::id(data));
    object.insert(QLatin1String("missing_data"), missing);
    object.insert(QLatin1String("net"), number(roi.net));
    object.insert(QLatin1String("roi"), number(roi.roi));
    object.insert(QLatin1String("roi_low"), number(roi.roiLow));
    object.insert(QLatin1String("roi_high"), number(roi.roiHigh));
    object.insert(QLatin1String("horizon_months"), roi.horizonMonths);
    QJsonObject window;
    window.insert(QLatin1String("from"), roi.windowFrom.toString(Qt::ISODate));
    window.insert(QLatin1String("to"), roi.windowTo.toString(Qt::ISODate));
    window.insert(QLatin1String("months"), number(roi.windowMonths));
    object.insert(QLatin1String("window"), window);
    // null: no margin set, the money is revenue rather than profit.
    object.insert(QLatin1String("margin"), number(roi.margin));
    object.insert(QLatin1String("currency"), roi.currency);
    object.insert(QLatin1String("components"), components);
    return object;
}

QJsonObject adjustmentObject(const Adjustment &adjustment)
{
    QJsonArray balance;
    for (const BalanceRow &row : adjustment.balance) {
        QJsonObject object;
        object.insert(QLatin1String("covariate"), row.covariate);
        object.insert(QLatin1String("smd_before"), number(row.smdBefore));
        object.insert(QLatin1String("smd_after"), number(row.smdAfter));
        balance.append(object);
    }
    QJsonObject object;
    object.insert(QLatin1String("treated"), integer(adjustment.treated));
    object.insert(QLatin1String("unmatched_treated"), integer(adjustment.unmatchedTreated));
    object.insert(QLatin1String("social_without_date"), integer(adjustment.socialWithoutDate));
    object.insert(QLatin1String("control_customers"), integer(adjustment.controlCustomers));
    object.insert(QLatin1String("effective_controls"), number(adjustment.effectiveControls));
    object.insert(QLatin1String("trials"), adjustment.trials);
    object.insert(QLatin1String("imbalanced"), adjustment.isImbalanced());
    object.insert(QLatin1String("thin_overlap"), adjustment.hasThinOverlap());
    object.insert(QLatin1String("e_value"), number(adjustment.eValue));
    object.insert(QLatin1String("e_value_ci"), number(adjustment.eValueLimit));
    object.insert(QLatin1String("balance"), balance);
    return object;
}

QJsonObject cohortObject(qint64 customers)
{
    QJsonObject object;
    object.insert(QLatin1String("customers"), integer(customers));
    return object;
}

} // namespace

namespace MetricsJson {

QJsonObject toObject(const MetricsResult &result)
{
    QJsonObject cohorts;
    cohorts.insert(QLatin1String("social"), cohortObject(result.socialCustomers));
    cohorts.insert(QLatin1String("control"), cohortObject(result.controlCustomers));
    QJsonArray metrics;
    for (const MetricGroup &group : result.groups)
        metrics.append(groupObject(group));

    QJsonObject object;
    object.insert(QLatin1String("as_of"), date(result.asOf));
    object.insert(QLatin1String("filters"), filtersObject(result.filters));
    object.insert(QLatin1String("method"), methodName(result.method));
    if (result.adjustment) {
        object.insert(QLatin1String("adjustment"), adjustmentObject(*result.adjustment));
        object.insert(QLatin1String("balance"),
                      adjustmentObject(*result.adjustment).value(QLatin1String("balance")));
    }
    object.insert(QLatin1String("cohorts"), cohorts);
    object.insert(QLatin1String("metrics"), metrics);
    object.insert(QLatin1String("roi"), roiObject(result.roi));
    QJsonObject coverage;
    coverage.insert(QLatin1String("customers"), integer(result.coverage.customers));
    coverage.insert(QLatin1String("churn_dates"), integer(result.coverage.churnDates));
    coverage.insert(QLatin1String("at_risk_flags"), integer(result.coverage.atRiskFlags));
    coverage.insert(QLatin1String("nps_answers"), integer(result.coverage.npsAnswers));
    coverage.insert(QLatin1String("contacts"), integer(result.coverage.contacts));
    coverage.insert(QLatin1String("orders"), integer(result.coverage.orders));
    coverage.insert(QLatin1String("mentions"), integer(result.coverage.mentions));
    object.insert(QLatin1String("coverage"), coverage);
    object.insert(QLatin1String("warnings"), QJsonArray::fromStringList(result.warnings));
    return object;
}

QByteArray toJson(const MetricsResult &result, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(toObject(result)).toJson(format);
}

} // namespace MetricsJson
