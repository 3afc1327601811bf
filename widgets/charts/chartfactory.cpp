// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include "chartrows.h"
#include "cohortbarchart.h"
#include "mentionschart.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "monthlyserieschart.h"
#include "npschart.h"
#include "repeatcountchart.h"
#include "repeattrackingchart.h"
#include "survivalchart.h"

#include <limits>

namespace {

bool hasMonthlySeries(QStringView groupId)
{
    return groupId != QLatin1String("process_innovation")
        && groupId != QLatin1String("relationship");
}

bool hasSecondChart(QStringView groupId)
{
    return groupId == QLatin1String("raves") || groupId == QLatin1String("relationship");
}

double valueOr(const MetricGroup &group, const char *rowName, Cohort cohort)
{
    const MetricRow *row = group.row(QLatin1String(rowName));
    const std::optional<double> &value = !row ? std::optional<double>()
        : cohort == Cohort::Social            ? row->social
                                              : row->control;
    return value.value_or(std::numeric_limits<double>::quiet_NaN());
}

CohortBarChart::Bar barOf(const MetricRow &row)
{
    return {chartBarLabel(row.name), row.social,     row.socialLow, row.socialHigh, row.control,
            row.controlLow,          row.controlHigh};
}

QVector<CohortBarChart::Bar> barsOf(const MetricGroup &group, const QStringList &rows)
{
    QVector<CohortBarChart::Bar> bars;
    for (const QString &name : rows) {
        if (const MetricRow *row = group.row(name))
            bars << barOf(*row);
    }
    return bars;
}

QString barAxisLabel(const QString &groupId, const QString &currency)
{
    if (groupId == QLatin1String("operational_cost"))
        return ChartFactory::tr("Contacts per customer-month");
    if (groupId == QLatin1String("relationship"))
        return ChartFactory::tr("Revenue (%1)").arg(MetricFormat::currencySymbol(currency));
    if (groupId == QLatin1String("saves"))
        return ChartFactory::tr("Share of at-risk customers");
    if (groupId == QLatin1String("process_innovation"))
        return ChartFactory::tr("Share of contacts");
    return ChartFactory::tr("Share of customers");
}

void fillMain(CohortChart &chart, const MetricGroup &group, const QString &currency)
{
    if (auto *survival = qobject_cast<SurvivalChart *>(&chart)) {
        survival->setSides(ChartFactory::survivalOrigin(group)
                                   == SurvivalChart::Origin::FirstSocialContact
                               ? CohortChart::Sides::Compared
                               : CohortChart::Sides::Cohorts);
        survival->setCurves(group.socialCurve, group.controlCurve,
                            ChartFactory::survivalOrigin(group));
    } else if (auto *nps = qobject_cast<NpsChart *>(&chart)) {
        nps->setShares(valueOr(group, "recommend_share", Cohort::Social),
                       valueOr(group, "detractor_share", Cohort::Social),
                       valueOr(group, "recommend_share", Cohort::Control),
                       valueOr(group, "detractor_share", Cohort::Control));
    } else if (auto *bars = qobject_cast<CohortBarChart *>(&chart)) {
        const bool percent = group.id != QLatin1String("operational_cost")
            && group.id != QLatin1String("relationship");
        bars->setSides(ChartFactory::sidesOf(group, ChartRows::barRows(group)));
        bars->setBars(barsOf(group, ChartRows::barRows(group)), barAxisLabel(group.id, currency),
                      percent);
    }
}

void fillSecond(CohortChart &chart, const MetricGroup &group, const QString &currency)
{
    if (auto *mentions = qobject_cast<MentionsChart *>(&chart)) {
        mentions->setMentions(valueOr(group, "positive_mentions", Cohort::Social),
                              valueOr(group, "negative_mentions", Cohort::Social),
                              valueOr(group, "positive_mentions", Cohort::Control),
                              valueOr(group, "negative_mentions", Cohort::Control),
                              valueOr(group, "positive_mention_reach", Cohort::Social),
                              valueOr(group, "negative_mention_reach", Cohort::Social),
                              valueOr(group, "positive_mention_reach", Cohort::Control),
                              valueOr(group, "negative_mention_reach", Cohort::Control));
    } else if (auto *bars = qobject_cast<CohortBarChart *>(&chart)) {
        bars->setSides(ChartFactory::sidesOf(group, ChartRows::secondBarRows(group)));
        bars->setBars(barsOf(group, ChartRows::secondBarRows(group)),
                      ChartFactory::tr("Revenue (%1)").arg(MetricFormat::currencySymbol(currency)),
                      false);
    }
}

void fillSeries(CohortChart &chart, const MetricGroup &group, const QString &currency)
{
    auto *monthly = qobject_cast<MonthlySeriesChart *>(&chart);
    if (!monthly)
        return;
    const MonthlySeries series = group.series.empty() ? MonthlySeries() : group.series.front();
    const bool percent = series.unit == QLatin1String("share");
    monthly->setSeries(series, metricUnitLabel(series.unit, MetricFormat::currencySymbol(currency)),
                       percent);
}

// The BG/NBD model checks of the relationship group, by kind.
void fillModelCheck(CohortChart &chart, const MetricGroup &group, ChartFactory::Kind kind)
{
    const bool hasModels = group.models.size() == 2;
    const CohortModels none;
    const CohortModels &social = hasModels ? group.models[0] : none;
    const CohortModels &control = hasModels ? group.models[1] : none;
    if (auto *tracking = qobject_cast<RepeatTrackingChart *>(&chart)) {
        tracking->setValueAxisLabel(ChartFactory::tr("Repeat orders, cumulative"));
        tracking->setTracking(social.tracking, control.tracking);
        return;
    }
    auto *histogram = qobject_cast<RepeatCountChart *>(&chart);
    if (!histogram)
        return;
    const QLocale locale = chart.locale();
    if (kind == ChartFactory::Kind::RepeatCounts) {
        QStringList counts;
        for (int x = 0; x + 1 < RepeatTracking::countBins; ++x)
            counts << locale.toString(x);
        // The last bin: seven or more.
        counts << locale.toString(RepeatTracking::countBins - 1) + QLatin1Char('+');
        histogram->setHistograms(counts,
                                 {social.tracking.actualCounts, social.tracking.expectedCounts},
                                 {control.tracking.actualCounts, control.tracking.expectedCounts},
                                 ChartFactory::tr("Repeat orders up to the as-of date"),
                                 ChartFactory::tr("Share of customers"));
        return;
    }
    QStringList bins;
    for (int bin = 0; bin < CohortModels::pAliveBins; ++bin) {
        // Each bin by its lower bound in percent: "0", "10", … "90".
        bins << locale.toString(bin * 100 / CohortModels::pAliveBins);
    }
    histogram->setHistograms(bins, {social.pAliveHistogram, {}}, {control.pAliveHistogram, {}},
                             ChartFactory::tr("Chance of still ordering, P(alive) (%, bins of 10)"),
                             ChartFactory::tr("Share of customers"));
}

} // namespace

QList<ChartFactory::Kind> ChartFactory::kinds(QStringView groupId)
{
    QList<Kind> list {Kind::Main};
    if (hasSecondChart(groupId))
        list << Kind::Second;
    if (hasMonthlySeries(groupId))
        list << Kind::Series;
    if (groupId == QLatin1String("relationship"))
        list << Kind::Tracking << Kind::RepeatCounts << Kind::Alive;
    return list;
}

QString ChartFactory::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Main:
        return QStringLiteral("main");
    case Kind::Second:
        return QStringLiteral("second");
    case Kind::Series:
        return QStringLiteral("series");
    case Kind::Tracking:
        return QStringLiteral("tracking");
    case Kind::RepeatCounts:
        return QStringLiteral("repeat_counts");
    case Kind::Alive:
        return QStringLiteral("alive");
    }
    return QString();
}

std::optional<ChartFactory::Kind> ChartFactory::kindFromName(QStringView name)
{
    for (Kind kind : {Kind::Main, Kind::Second, Kind::Series, Kind::Tracking, Kind::RepeatCounts,
                      Kind::Alive}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

CohortChart::Sides ChartFactory::sidesOf(const MetricGroup &group, const QStringList &rows)
{
    bool any = false;
    for (const QString &name : rows) {
        const MetricRow *row = group.row(name);
        if (!row)
            continue;
        if (!row->estimated)
            return CohortChart::Sides::Cohorts;
        any = true;
    }
    return any ? CohortChart::Sides::Compared : CohortChart::Sides::Cohorts;
}

SurvivalChart::Origin ChartFactory::survivalOrigin(const MetricGroup &group)
{
    return group.naiveSocialCurve.empty() ? SurvivalChart::Origin::Signup
                                          : SurvivalChart::Origin::FirstSocialContact;
}

QString ChartFactory::title(const MetricGroup &group, Kind kind)
{
    const QString &id = group.id;
    if (kind == Kind::Series) {
        const QString name = group.series.empty() ? QString() : group.series.front().name;
        return name.isEmpty() ? tr("By month") : tr("%1, by month").arg(metricRowLabel(name));
    }
    if (kind == Kind::Tracking)
        //: Chart title: cumulative repeat orders, counted (solid) and expected by BG/NBD (dashed)
        return tr("Repeat orders; dashes: BG/NBD");
    if (kind == Kind::RepeatCounts)
        //: Chart title: bars count customers, diamonds show what the BG/NBD model expects
        return tr("Customers by repeat orders; diamonds: BG/NBD");
    if (kind == Kind::Alive)
        return tr("Customers by chance of still ordering");
    if (kind == Kind::Second) {
        return id == QLatin1String("raves") ? tr("Mentions and their reach")
                                            : tr("Revenue per order");
    }
    if (id == QLatin1String("retention"))
        return survivalOrigin(group) == SurvivalChart::Origin::FirstSocialContact
            ? tr("Customers still active, by months since the first social contact")
            : tr("Customers still active, by months since signup");
    if (id == QLatin1String("operational_cost"))
        return tr("Support contacts per customer-month, by channel");
    if (id == QLatin1String("self_service"))
        return tr("Customers who used self-service");
    if (id == QLatin1String("saves"))
        return metricRowLabel(u"save_rate");
    if (id == QLatin1String("raves"))
        return tr("Promoters, passives and detractors");
    if (id == QLatin1String("cross_sell"))
        return metricRowLabel(u"cross_sell_share");
    if (id == QLatin1String("process_innovation"))
        return tr("Contacts that led to a process change");
    if (id == QLatin1String("relationship"))
        return tr("Revenue per customer");
    return metricGroupTitle(id);
}

std::unique_ptr<CohortChart> ChartFactory::createEmpty(QStringView groupId, Kind kind)
{
    if (!kinds(groupId).contains(kind))
        return nullptr;
    switch (kind) {
    case Kind::Main:
        if (groupId == QLatin1String("retention"))
            return std::make_unique<SurvivalChart>();
        if (groupId == QLatin1String("raves"))
            return std::make_unique<NpsChart>();
        return std::make_unique<CohortBarChart>();
    case Kind::Second:
        if (groupId == QLatin1String("raves"))
            return std::make_unique<MentionsChart>();
        return std::make_unique<CohortBarChart>();
    case Kind::Series:
        return std::make_unique<MonthlySeriesChart>();
    case Kind::Tracking:
        return std::make_unique<RepeatTrackingChart>();
    case Kind::RepeatCounts:
    case Kind::Alive:
        return std::make_unique<RepeatCountChart>();
    }
    return nullptr;
}

void ChartFactory::fill(CohortChart &chart, const MetricGroup &group, Kind kind,
                        const QString &currency)
{
    chart.setTitle(title(group, kind));
    switch (kind) {
    case Kind::Main:
        fillMain(chart, group, currency);
        break;
    case Kind::Second:
        fillSecond(chart, group, currency);
        break;
    case Kind::Series:
        fillSeries(chart, group, currency);
        break;
    case Kind::Tracking:
    case Kind::RepeatCounts:
    case Kind::Alive:
        fillModelCheck(chart, group, kind);
        break;
    }
}

std::unique_ptr<CohortChart> ChartFactory::create(const MetricGroup &group, Kind kind,
                                                  const QString &currency, const QLocale &locale,
                                                  const QFont &font)
{
    std::unique_ptr<CohortChart> chart = createEmpty(group.id, kind);
    if (!chart)
        return nullptr;
    // Locale and font before the data: the chart lays its ticks out when filled.
    chart->setLocale(locale);
    chart->setFont(font);
    fill(*chart, group, kind, currency);
    return chart;
}
