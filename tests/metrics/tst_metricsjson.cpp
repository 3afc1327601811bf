// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvcell.h"
#include "csvdialect.h"
#include "csvrecords.h"
#include "metricscsv.h"
#include "metricsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

// The JSON and CSV forms of a MetricsResult (SPEC section 5), checked on
// hand-built results so every key, null and quoting rule is pinned down
// independently of the engine.

namespace {

using Keys = QSet<QString>;

Keys keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return Keys(keys.cbegin(), keys.cend());
}

QString describe(const Keys &keys)
{
    QStringList list(keys.cbegin(), keys.cend());
    list.sort();
    return list.join(QLatin1Char(','));
}

const Keys rowKeys
    = {QStringLiteral("name"),     QStringLiteral("unit"),       QStringLiteral("social"),
       QStringLiteral("control"),  QStringLiteral("difference"), QStringLiteral("lift"),
       QStringLiteral("ci_low"),   QStringLiteral("ci_high"),    QStringLiteral("p_value"),
       QStringLiteral("n_social"), QStringLiteral("n_control"),  QStringLiteral("warning"),
       QStringLiteral("estimated")};
const Keys ratioKeys
    = {QStringLiteral("ratio"), QStringLiteral("ratio_ci_low"), QStringLiteral("ratio_ci_high")};

MetricRow plainRow(const QString &name)
{
    MetricRow row;
    row.name = name;
    row.unit = QStringLiteral("share");
    row.social = 0.8;
    row.control = 0.75;
    row.difference = 0.05;
    row.lift = 0.05 / 0.75;
    row.ciLow = -0.01;
    row.ciHigh = 0.11;
    row.pValue = 0.12;
    row.nSocial = 1200;
    row.nControl = 3400;
    return row;
}

MonthlySeries churnSeries()
{
    MonthlySeries series;
    series.name = QStringLiteral("churn_rate");
    series.unit = QStringLiteral("per customer-month");
    MonthlyPoint point;
    point.month = QDate(2024, 3, 1);
    point.social = 0.01;
    point.socialLow = 0.005;
    point.socialHigh = 0.02;
    point.control = 0.02;
    point.controlLow = 0.015;
    point.controlHigh = 0.03;
    series.points.push_back(point);
    return series;
}

// A result shaped like the engine's: retention with curves and a log-rank
// row, a rate row with a ratio, a proportion row with a z statistic, a group
// whose value is part of another's, and a group without a test.
MetricsResult sampleResult()
{
    MetricsResult result;
    result.asOf = QDate(2024, 6, 30);
    result.filters.segment = QStringLiteral("consumer");
    result.filters.from = QDate(2022, 1, 1);
    result.filters.to = QDate(2023, 12, 31);
    result.filters.asOf = QDate(2024, 6, 30);
    result.socialCustomers = 1200;
    result.controlCustomers = 3400;

    MetricGroup retention;
    retention.id = QStringLiteral("retention");
    retention.rows.push_back(plainRow(QStringLiteral("retention_12m")));
    MetricRow logrank = plainRow(QStringLiteral("logrank"));
    logrank.unit = QStringLiteral("chi-square");
    logrank.statistic = 4.2;
    logrank.statisticName = QStringLiteral("chi-square");
    retention.rows.push_back(logrank);
    retention.value = 125000.5;
    retention.valueLow = 50000;
    retention.valueHigh = 200000;
    retention.socialCurve
        = {{0, 1200, 0, 1, std::nullopt, std::nullopt}, {30, 1180, 12, 0.99, 0.982, 0.995}};
    retention.controlCurve
        = {{0, 3400, 0, 1, std::nullopt, std::nullopt}, {30, 3300, 68, 0.98, 0.975, 0.985}};
    retention.series.push_back(churnSeries());
    result.groups.push_back(retention);

    MetricGroup cost;
    cost.id = QStringLiteral("operational_cost");
    MetricRow phone = plainRow(QStringLiteral("phone_contacts_per_customer_month"));
    phone.unit = QStringLiteral("per customer-month");
    phone.statistic = -2.5;
    phone.statisticName = QStringLiteral("z");
    phone.ratio = 0.8;
    phone.ratioCiLow = 0.7;
    phone.ratioCiHigh = 0.9;
    cost.rows.push_back(phone);
    cost.value = 30000;
    result.groups.push_back(cost);

    MetricGroup selfService;
    selfService.id = QStringLiteral("self_service");
    selfService.rows.push_back(plainRow(QStringLiteral("self_service_share")));
    selfService.value = 4000;
    selfService.includedIn = QStringLiteral("operational_cost");
    result.groups.push_back(selfService);

    MetricGroup raves;
    raves.id = QStringLiteral("raves");
    MetricRow nps = plainRow(QStringLiteral("nps"));
    nps.unit = QStringLiteral("points");
    nps.warning = QStringLiteral("Fewer than 30 answers in the control cohort.");
    raves.rows.push_back(nps);
    result.groups.push_back(raves);

    result.roi.components = {{QStringLiteral("retention"), 125000.5, 50000, 200000},
                             {QStringLiteral("operational_cost"), 30000, 20000, 40000}};
    result.roi.value = 155000.5;
    result.roi.cost = 100000;
    result.roi.net = 55000.5;
    result.roi.roi = 0.550005;
    result.roi.roiLow = -0.3;
    result.roi.roiHigh = 1.4;
    result.roi.horizonMonths = 12;
    result.roi.currency = QStringLiteral("EUR");
    result.roi.valueLow = 70000;
    result.roi.valueHigh = 240000;
    result.roi.windowFrom = QDate(2023, 7, 1);
    result.roi.windowTo = QDate(2024, 6, 30);
    result.roi.windowMonths = 12;
    result.roi.margin = 0.35;
    result.warnings = QStringList {QStringLiteral("Signup dates before 2022 were ignored.")};
    return result;
}

// What a consumer of the CLI sees: the bytes, parsed back.
QJsonObject writtenAndParsed(const MetricsResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(MetricsJson::toJson(result), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject firstRow(const QJsonObject &document)
{
    return document.value(QLatin1String("metrics"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("rows"))
        .toArray()
        .first()
        .toObject();
}

MetricsResult oneRowResult(const MetricRow &row)
{
    MetricsResult result;
    MetricGroup group;
    group.id = QStringLiteral("raves");
    group.rows.push_back(row);
    result.groups.push_back(group);
    return result;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestMetricsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void everyKeyIsPresent();
    void rowOptionalKeys_data();
    void rowOptionalKeys();
    void groupOptionalKeys();
    void curvesOnlyForGroupsWithCurves();
    void curvePointLayout();
    void missingAndNonFiniteAreNull_data();
    void missingAndNonFiniteAreNull();
    void datesAndFilters_data();
    void datesAndFilters();
    void numbersRoundTrip_data();
    void numbersRoundTrip();
    void countsStayExactIntegers();
    void cLocaleWhateverTheDefault();

    void csvHeaderAndRows();
    void csvMissingAndNonFiniteAreEmpty();
    void csvQuoting_data();
    void csvQuoting();
    void csvFormulaInjection_data();
    void csvFormulaInjection();
    void csvNegativeNumbersStayNumbers();
};

void TestMetricsJson::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestMetricsJson::everyKeyIsPresent()
{
    const QJsonObject document = writtenAndParsed(sampleResult());
    QCOMPARE(describe(keysOf(document)),
             describe({QStringLiteral("as_of"), QStringLiteral("filters"), QStringLiteral("method"),
                       QStringLiteral("cohorts"), QStringLiteral("metrics"), QStringLiteral("roi"),
                       QStringLiteral("coverage"), QStringLiteral("warnings")}));
    // What the metrics rest on, counted over the project (issue 18).
    QCOMPARE(describe(keysOf(document.value(QLatin1String("coverage")).toObject())),
             describe({QStringLiteral("customers"), QStringLiteral("churn_dates"),
                       QStringLiteral("at_risk_flags"), QStringLiteral("nps_answers"),
                       QStringLiteral("contacts"), QStringLiteral("orders"),
                       QStringLiteral("mentions")}));
    QCOMPARE(document.value(QLatin1String("as_of")).toString(), QStringLiteral("2024-06-30"));

    const QJsonObject filters = document.value(QLatin1String("filters")).toObject();
    QCOMPARE(describe(keysOf(filters)),
             describe({QStringLiteral("segment"), QStringLiteral("from"), QStringLiteral("to"),
                       QStringLiteral("as_of"), QStringLiteral("method"),
                       QStringLiteral("adjust_for")}));

    const QJsonObject cohorts = document.value(QLatin1String("cohorts")).toObject();
    QCOMPARE(describe(keysOf(cohorts)),
             describe({QStringLiteral("social"), QStringLiteral("control")}));
    QCOMPARE(cohorts.value(QLatin1String("social"))
                 .toObject()
                 .value(QLatin1String("customers"))
                 .toInteger(),
             qint64(1200));
    QCOMPARE(cohorts.value(QLatin1String("control"))
                 .toObject()
                 .value(QLatin1String("customers"))
                 .toInteger(),
             qint64(3400));

    const QJsonArray metrics = document.value(QLatin1String("metrics")).toArray();
    QCOMPARE(metrics.size(), 4);
    QStringList ids;
    for (const QJsonValue &metric : metrics) {
        const QJsonObject group = metric.toObject();
        ids << group.value(QLatin1String("id")).toString();
        const Keys keys = keysOf(group);
        for (const char *key : {"id", "rows", "value", "series"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        for (const QJsonValue &value : group.value(QLatin1String("rows")).toArray()) {
            const Keys present = keysOf(value.toObject());
            QVERIFY2(present.contains(rowKeys), qPrintable(describe(present)));
        }
    }
    QCOMPARE(ids,
             QStringList({QStringLiteral("retention"), QStringLiteral("operational_cost"),
                          QStringLiteral("self_service"), QStringLiteral("raves")}));

    const QJsonObject row = firstRow(document);
    QCOMPARE(row.value(QLatin1String("name")).toString(), QStringLiteral("retention_12m"));
    QCOMPARE(row.value(QLatin1String("unit")).toString(), QStringLiteral("share"));
    QCOMPARE(row.value(QLatin1String("social")).toDouble(), 0.8);
    QCOMPARE(row.value(QLatin1String("n_social")).toInteger(), qint64(1200));
    QCOMPARE(row.value(QLatin1String("n_control")).toInteger(), qint64(3400));
    QVERIFY(row.value(QLatin1String("warning")).isString());
    QCOMPARE(row.value(QLatin1String("warning")).toString(), QString());

    const QJsonObject series
        = metrics.first().toObject().value(QLatin1String("series")).toArray().first().toObject();
    QCOMPARE(describe(keysOf(series)),
             describe({QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("points")}));
    const QJsonObject point = series.value(QLatin1String("points")).toArray().first().toObject();
    QCOMPARE(
        describe(keysOf(point)),
        describe({QStringLiteral("month"), QStringLiteral("social"), QStringLiteral("social_low"),
                  QStringLiteral("social_high"), QStringLiteral("control"),
                  QStringLiteral("control_low"), QStringLiteral("control_high")}));
    QCOMPARE(point.value(QLatin1String("month")).toString(), QStringLiteral("2024-03"));
    QCOMPARE(point.value(QLatin1String("control_high")).toDouble(), 0.03);
    QVERIFY(metrics.at(3).toObject().value(QLatin1String("series")).isArray());

    const QJsonObject roi = document.value(QLatin1String("roi")).toObject();
    QCOMPARE(describe(keysOf(roi)),
             describe({QStringLiteral("value"), QStringLiteral("value_low"),
                       QStringLiteral("value_high"), QStringLiteral("interval"),
                       QStringLiteral("cost"), QStringLiteral("cost_share"),
                       QStringLiteral("cost_allocation"), QStringLiteral("no_social_customers"),
                       QStringLiteral("no_benefit_measured"), QStringLiteral("missing_data"),
                       QStringLiteral("net"), QStringLiteral("roi"), QStringLiteral("roi_low"),
                       QStringLiteral("roi_high"), QStringLiteral("horizon_months"),
                       QStringLiteral("window"), QStringLiteral("margin"),
                       QStringLiteral("currency"), QStringLiteral("components")}));
    const QJsonObject window = roi.value(QLatin1String("window")).toObject();
    QCOMPARE(window.value(QLatin1String("from")).toString(), QStringLiteral("2023-07-01"));
    QCOMPARE(window.value(QLatin1String("to")).toString(), QStringLiteral("2024-06-30"));
    QCOMPARE(window.value(QLatin1String("months")).toDouble(), 12.0);
    QCOMPARE(roi.value(QLatin1String("margin")).toDouble(), 0.35);
    QCOMPARE(roi.value(QLatin1String("value_low")).toDouble(), 70000.0);
    QCOMPARE(roi.value(QLatin1String("horizon_months")).toInteger(), qint64(12));
    QCOMPARE(roi.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(roi.value(QLatin1String("net")).toDouble(), 55000.5);
    const QJsonArray components = roi.value(QLatin1String("components")).toArray();
    QCOMPARE(components.size(), 2);
    QCOMPARE(describe(keysOf(components.first().toObject())),
             describe({QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("low"),
                       QStringLiteral("high")}));
    QCOMPARE(components.at(1).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("operational_cost"));

    QCOMPARE(document.value(QLatin1String("warnings")).toArray(),
             QJsonArray({QStringLiteral("Signup dates before 2022 were ignored.")}));
}

void TestMetricsJson::rowOptionalKeys_data()
{
    QTest::addColumn<MetricRow>("row");
    QTest::addColumn<bool>("hasStatistic");
    QTest::addColumn<bool>("hasRatio");
    QTest::addColumn<bool>("hasModelIntervals");

    const MetricRow plain = plainRow(QStringLiteral("cross_sell_share"));
    QTest::newRow("no test, no ratio") << plain << false << false << false;

    MetricRow test = plain;
    test.statistic = 1.96;
    test.statisticName = QStringLiteral("z");
    QTest::newRow("z test") << test << true << false << false;

    MetricRow failedTest = plain;
    failedTest.statisticName = QStringLiteral("t");
    QTest::newRow("test whose statistic is missing") << failedTest << true << false << false;

    MetricRow rate = plain;
    rate.ratio = 0.8;
    rate.ratioCiLow = 0.6;
    rate.ratioCiHigh = 1.1;
    QTest::newRow("rate ratio without a test") << rate << false << true << false;

    MetricRow rateWithoutEstimate = plain;
    rateWithoutEstimate.ratioCiHigh = 3.0;
    QTest::newRow("ratio with only a bound") << rateWithoutEstimate << false << true << false;

    MetricRow both = rate;
    both.statistic = -3.1;
    both.statisticName = QStringLiteral("z");
    QTest::newRow("rate with a test") << both << true << true << false;

    // clv and derl_months: each cohort's interval from the models' parameters.
    MetricRow modelBased = plainRow(QStringLiteral("clv"));
    modelBased.socialStandardError = 12.5;
    modelBased.socialLow = 80.0;
    modelBased.socialHigh = 130.0;
    QTest::newRow("model-based cohort intervals") << modelBased << false << false << true;
}

void TestMetricsJson::rowOptionalKeys()
{
    QFETCH(MetricRow, row);
    QFETCH(bool, hasStatistic);
    QFETCH(bool, hasRatio);
    QFETCH(bool, hasModelIntervals);

    const QJsonObject written = firstRow(writtenAndParsed(oneRowResult(row)));
    Keys expected = rowKeys;
    if (hasModelIntervals) {
        expected.unite({QStringLiteral("social_se"), QStringLiteral("social_ci_low"),
                        QStringLiteral("social_ci_high"), QStringLiteral("control_se"),
                        QStringLiteral("control_ci_low"), QStringLiteral("control_ci_high")});
        QCOMPARE(written.value(QLatin1String("social_se")).toDouble(), 12.5);
        QCOMPARE(written.value(QLatin1String("social_ci_high")).toDouble(), 130.0);
        // The control cohort without a model: null, not a missing key.
        QVERIFY(written.value(QLatin1String("control_ci_low")).isNull());
    }
    if (hasStatistic)
        expected.insert(QStringLiteral("statistic"));
    if (hasRatio)
        expected.unite(ratioKeys);
    QCOMPARE(describe(keysOf(written)), describe(expected));

    if (hasStatistic) {
        const QJsonValue statistic = written.value(QLatin1String("statistic"));
        if (row.statistic)
            QCOMPARE(statistic.toDouble(), *row.statistic);
        else
            QVERIFY(statistic.isNull());
    }
    if (hasRatio) {
        QCOMPARE(written.value(QLatin1String("ratio")).isNull(), !row.ratio.has_value());
        QCOMPARE(written.value(QLatin1String("ratio_ci_high")).toDouble(), *row.ratioCiHigh);
    }
}

void TestMetricsJson::groupOptionalKeys()
{
    const QJsonArray metrics
        = writtenAndParsed(sampleResult()).value(QLatin1String("metrics")).toArray();

    const QJsonObject retention = metrics.at(0).toObject();
    QCOMPARE(retention.value(QLatin1String("value")).toDouble(), 125000.5);
    QCOMPARE(retention.value(QLatin1String("value_low")).toDouble(), 50000.0);
    QCOMPARE(retention.value(QLatin1String("value_high")).toDouble(), 200000.0);
    QVERIFY(!retention.contains(QLatin1String("included_in")));

    const QJsonObject cost = metrics.at(1).toObject();
    QVERIFY(!cost.contains(QLatin1String("value_low")));
    QVERIFY(!cost.contains(QLatin1String("value_high")));
    QVERIFY(!cost.contains(QLatin1String("included_in")));

    const QJsonObject selfService = metrics.at(2).toObject();
    QCOMPARE(selfService.value(QLatin1String("included_in")).toString(),
             QStringLiteral("operational_cost"));

    // A group without a money value still has the key, as null.
    const QJsonObject raves = metrics.at(3).toObject();
    QVERIFY(raves.contains(QLatin1String("value")));
    QVERIFY(raves.value(QLatin1String("value")).isNull());
}

void TestMetricsJson::curvesOnlyForGroupsWithCurves()
{
    const QJsonArray metrics
        = writtenAndParsed(sampleResult()).value(QLatin1String("metrics")).toArray();
    for (const QJsonValue &metric : metrics) {
        const QJsonObject group = metric.toObject();
        const bool isRetention
            = group.value(QLatin1String("id")).toString() == QLatin1String("retention");
        QVERIFY2(group.contains(QLatin1String("curves")) == isRetention,
                 qPrintable(group.value(QLatin1String("id")).toString()));
    }
    const QJsonObject curves = metrics.at(0).toObject().value(QLatin1String("curves")).toObject();
    QCOMPARE(describe(keysOf(curves)),
             describe({QStringLiteral("social"), QStringLiteral("control")}));
}

void TestMetricsJson::curvePointLayout()
{
    const QJsonObject curves = writtenAndParsed(sampleResult())
                                   .value(QLatin1String("metrics"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("curves"))
                                   .toObject();
    // [t_days, at_risk, events, survival, ci_low, ci_high]
    const QJsonArray social = curves.value(QLatin1String("social")).toArray();
    QCOMPARE(social.size(), 2);
    QCOMPARE(social.at(0).toArray(),
             QJsonArray({0.0, qint64(1200), qint64(0), 1.0, QJsonValue(), QJsonValue()}));
    QCOMPARE(social.at(1).toArray(),
             QJsonArray({30.0, qint64(1180), qint64(12), 0.99, 0.982, 0.995}));
    const QJsonArray control = curves.value(QLatin1String("control")).toArray();
    QCOMPARE(control.at(1).toArray(),
             QJsonArray({30.0, qint64(3300), qint64(68), 0.98, 0.975, 0.985}));
    // Counts are written as integers, not as 1180.0.
    QVERIFY(MetricsJson::toJson(sampleResult(), QJsonDocument::Compact)
                .contains("[30,1180,12,0.99,0.982,0.995]"));
}

void TestMetricsJson::missingAndNonFiniteAreNull_data()
{
    QTest::addColumn<std::optional<double>>("value");
    QTest::newRow("missing") << std::optional<double>();
    QTest::newRow("NaN") << std::optional<double>(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("+infinity") << std::optional<double>(std::numeric_limits<double>::infinity());
    QTest::newRow("-infinity") << std::optional<double>(-std::numeric_limits<double>::infinity());
}

void TestMetricsJson::missingAndNonFiniteAreNull()
{
    QFETCH(std::optional<double>, value);
    // Plain doubles (curve times, ROI totals) cannot be nullopt; they only
    // take the non-finite rows.
    const double plain = value.value_or(std::numeric_limits<double>::quiet_NaN());

    MetricsResult result = sampleResult();
    MetricGroup &retention = result.groups.at(0);
    MetricRow &row = retention.rows.at(0);
    row.social = row.control = row.difference = row.lift = value;
    row.ciLow = row.ciHigh = row.pValue = value;
    row.statistic = row.ratio = row.ratioCiLow = row.ratioCiHigh = value;
    row.statisticName = QStringLiteral("z");
    retention.value = value;
    retention.socialCurve.at(1) = {plain, 10, 1, plain, value, value};
    MonthlyPoint &point = retention.series.at(0).points.at(0);
    point.social = point.socialLow = point.socialHigh = value;
    point.control = point.controlLow = point.controlHigh = value;
    result.roi.value = result.roi.cost = result.roi.net = plain;
    result.roi.roi = result.roi.roiLow = result.roi.roiHigh = value;
    result.roi.components.at(0) = {QStringLiteral("retention"), plain, plain, plain};

    const QByteArray bytes = MetricsJson::toJson(result);
    for (const char *word : {"nan", "inf", "NaN", "Inf"})
        QVERIFY2(!bytes.contains(word), bytes.constData());
    const QJsonObject document = writtenAndParsed(result);
    QVERIFY(!document.isEmpty());

    const QJsonObject written = firstRow(document);
    for (const char *key :
         {"social", "control", "difference", "lift", "ci_low", "ci_high", "p_value", "statistic"}) {
        QVERIFY2(written.contains(QLatin1String(key)), key);
        QVERIFY2(written.value(QLatin1String(key)).isNull(), key);
    }
    // A row whose ratio is entirely missing has no ratio; one whose ratio
    // could not be computed keeps the keys, as null.
    for (const char *key : {"ratio", "ratio_ci_low", "ratio_ci_high"}) {
        QCOMPARE(written.contains(QLatin1String(key)), value.has_value());
        QVERIFY2(!value || written.value(QLatin1String(key)).isNull(), key);
    }

    const QJsonObject group = document.value(QLatin1String("metrics")).toArray().at(0).toObject();
    QVERIFY(group.value(QLatin1String("value")).isNull());
    const QJsonArray step = group.value(QLatin1String("curves"))
                                .toObject()
                                .value(QLatin1String("social"))
                                .toArray()
                                .at(1)
                                .toArray();
    QCOMPARE(step,
             QJsonArray(
                 {QJsonValue(), qint64(10), qint64(1), QJsonValue(), QJsonValue(), QJsonValue()}));
    const QJsonObject monthly = group.value(QLatin1String("series"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("points"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    for (const char *key :
         {"social", "social_low", "social_high", "control", "control_low", "control_high"}) {
        QVERIFY2(monthly.value(QLatin1String(key)).isNull(), key);
    }

    const QJsonObject roi = document.value(QLatin1String("roi")).toObject();
    for (const char *key : {"value", "cost", "net", "roi", "roi_low", "roi_high"}) {
        QVERIFY2(roi.contains(QLatin1String(key)), key);
        QVERIFY2(roi.value(QLatin1String(key)).isNull(), key);
    }
    const QJsonObject component = roi.value(QLatin1String("components")).toArray().at(0).toObject();
    for (const char *key : {"value", "low", "high"})
        QVERIFY2(component.value(QLatin1String(key)).isNull(), key);
}

void TestMetricsJson::datesAndFilters_data()
{
    QTest::addColumn<MetricFilters>("filters");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QJsonObject>("expectedFilters");
    QTest::addColumn<QJsonValue>("expectedAsOf");

    QTest::newRow("no filters, no as-of date")
        << MetricFilters() << QDate()
        << QJsonObject {{QStringLiteral("segment"), QJsonValue()},
                        {QStringLiteral("from"), QJsonValue()},
                        {QStringLiteral("to"), QJsonValue()},
                        {QStringLiteral("as_of"), QJsonValue()},
                        {QStringLiteral("method"), QStringLiteral("adjusted")},
                        {QStringLiteral("adjust_for"), QJsonArray()}}
        << QJsonValue();

    MetricFilters all;
    all.segment = QStringLiteral("plan=fibre");
    all.from = QDate(2021, 1, 31);
    all.to = QDate(2023, 2, 28);
    all.asOf = QDate(2024, 12, 31);
    all.method = EstimationMethod::Adjusted;
    all.adjustFor = QStringList {QStringLiteral("region"), QStringLiteral("contract")};
    QTest::newRow("every filter")
        << all << QDate(2024, 12, 31)
        << QJsonObject {{QStringLiteral("segment"), QStringLiteral("plan=fibre")},
                        {QStringLiteral("from"), QStringLiteral("2021-01-31")},
                        {QStringLiteral("to"), QStringLiteral("2023-02-28")},
                        {QStringLiteral("as_of"), QStringLiteral("2024-12-31")},
                        {QStringLiteral("method"), QStringLiteral("adjusted")},
                        {QStringLiteral("adjust_for"),
                         QJsonArray {QStringLiteral("region"), QStringLiteral("contract")}}}
        << QJsonValue(QStringLiteral("2024-12-31"));

    MetricFilters openEnded;
    openEnded.from = QDate(2022, 7, 1);
    openEnded.method = EstimationMethod::Naive;
    QTest::newRow("from only, as-of resolved by the engine")
        << openEnded << QDate(2024, 5, 31)
        << QJsonObject {{QStringLiteral("segment"), QJsonValue()},
                        {QStringLiteral("from"), QStringLiteral("2022-07-01")},
                        {QStringLiteral("to"), QJsonValue()},
                        {QStringLiteral("as_of"), QJsonValue()},
                        {QStringLiteral("method"), QStringLiteral("naive")},
                        {QStringLiteral("adjust_for"), QJsonArray()}}
        << QJsonValue(QStringLiteral("2024-05-31"));
}

void TestMetricsJson::datesAndFilters()
{
    QFETCH(MetricFilters, filters);
    QFETCH(QDate, asOf);
    QFETCH(QJsonObject, expectedFilters);
    QFETCH(QJsonValue, expectedAsOf);

    MetricsResult result;
    result.filters = filters;
    result.asOf = asOf;
    const QJsonObject document = writtenAndParsed(result);
    QCOMPARE(document.value(QLatin1String("filters")).toObject(), expectedFilters);
    QCOMPARE(document.value(QLatin1String("as_of")), expectedAsOf);
    // An empty result still has every top-level key.
    QCOMPARE(document.value(QLatin1String("metrics")), QJsonValue(QJsonArray()));
    QCOMPARE(document.value(QLatin1String("warnings")), QJsonValue(QJsonArray()));
}

void TestMetricsJson::numbersRoundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("one third") << 1.0 / 3.0;
    QTest::newRow("negative quarter") << -0.25;
    QTest::newRow("p-value near zero") << 1.2345678901234567e-300;
    QTest::newRow("smallest subnormal") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("largest double") << std::numeric_limits<double>::max();
    QTest::newRow("money with cents") << 123456789.01;
    QTest::newRow("integer-valued") << 250000.0;
    QTest::newRow("beyond 2^53") << 9007199254740993.0 * 4;
    QTest::newRow("17 significant digits") << 0.30000000000000004;
    QTest::newRow("1e300") << 1e300;
}

void TestMetricsJson::numbersRoundTrip()
{
    QFETCH(double, value);

    // The exact text written must read back to the same bits, whatever the
    // reader: check the text itself, then Qt's own parser.
    MetricRow row = plainRow(QStringLiteral("clv"));
    row.difference = value;
    const QByteArray json = MetricsJson::toJson(oneRowResult(row), QJsonDocument::Compact);
    static const QRegularExpression differenceKey(QStringLiteral("\"difference\":([^,}]+)"));
    const QRegularExpressionMatch match = differenceKey.match(QString::fromUtf8(json));
    QVERIFY2(match.hasMatch(), json.constData());
    const QString text = match.captured(1);
    bool ok = false;
    const double fromText = text.toLatin1().toDouble(&ok);
    QVERIFY2(ok && sameBits(fromText, value),
             qPrintable(QStringLiteral("%1 written as %2").arg(value, 0, 'g', 17).arg(text)));
    const QJsonObject written = firstRow(writtenAndParsed(oneRowResult(row)));
    QCOMPARE(written.value(QLatin1String("difference")).toDouble(), value);

    // The CSV rounds to 12 significant digits, in their shortest form.
    const QString cell = CsvDialect::programs().number(value);
    QCOMPARE(cell, QString::number(value, 'g', CsvDialect::significantDigits));
    const double fromCell = cell.toDouble(&ok);
    QVERIFY2(ok && std::abs(fromCell - value) <= 5e-12 * std::abs(value), qPrintable(cell));
}

void TestMetricsJson::countsStayExactIntegers()
{
    MetricRow row = plainRow(QStringLiteral("clv"));
    row.nSocial = (qint64(1) << 53) + 1; // not representable as a double
    const QByteArray bytes = MetricsJson::toJson(oneRowResult(row));
    QVERIFY2(bytes.contains("\"n_social\": 9007199254740993"), bytes.constData());
    const QByteArray csv = MetricsCsv::toCsv(oneRowResult(row));
    QVERIFY2(csv.contains(",9007199254740993,"), csv.constData());
}

void TestMetricsJson::cLocaleWhateverTheDefault()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QLocale().toString(0.5), QStringLiteral("0,5")); // the trap is armed

    MetricsResult result = sampleResult();
    MetricRow &row = result.groups.at(0).rows.at(0);
    row.social = 1234567.5;
    row.control = -0.25;
    row.nSocial = 1234567;

    const QByteArray json = MetricsJson::toJson(result, QJsonDocument::Compact);
    for (const char *expected :
         {"\"social\":1234567.5", "\"control\":-0.25", "\"n_social\":1234567",
          "\"month\":\"2024-03\"", "\"as_of\":\"2024-06-30\""}) {
        QVERIFY2(json.contains(expected), expected);
    }
    QVERIFY(!json.contains("1.234.567"));
    QVERIFY(!json.contains("0,25"));

    const QList<QStringList> records = parseCsv(QString::fromUtf8(MetricsCsv::toCsv(result)));
    const QStringList &first = records.at(1);
    QCOMPARE(first.at(MetricsCsv::columns().indexOf(QStringLiteral("social"))),
             QStringLiteral("1234567.5"));
    QCOMPARE(first.at(MetricsCsv::columns().indexOf(QStringLiteral("control"))),
             QStringLiteral("-0.25"));
    QCOMPARE(first.at(MetricsCsv::columns().indexOf(QStringLiteral("n_social"))),
             QStringLiteral("1234567"));
}

void TestMetricsJson::csvHeaderAndRows()
{
    const QByteArray csv = MetricsCsv::toCsv(sampleResult());
    QVERIFY(csv.startsWith("metric,name,unit,social,control,difference,lift,ci_low,ci_high,"
                           "p_value,statistic,ratio,ratio_ci_low,ratio_ci_high,n_social,"
                           "n_control,warning\r\n"));
    QVERIFY(csv.endsWith("\r\n"));

    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv));
    QCOMPARE(records.size(), 1 + 5); // header + every row of every group
    for (const QStringList &record : records)
        QCOMPARE(record.size(), MetricsCsv::columns().size());
    QCOMPARE(records.at(0), MetricsCsv::columns());
    QCOMPARE(
        records.at(2),
        QStringList({QStringLiteral("retention"), QStringLiteral("logrank"),
                     QStringLiteral("chi-square"), QStringLiteral("0.8"), QStringLiteral("0.75"),
                     QStringLiteral("0.05"), QStringLiteral("0.0666666666667"),
                     QStringLiteral("-0.01"), QStringLiteral("0.11"), QStringLiteral("0.12"),
                     QStringLiteral("4.2"), QString(), QString(), QString(), QStringLiteral("1200"),
                     QStringLiteral("3400"), QString()}));
    QCOMPARE(records.at(3).mid(10, 4),
             QStringList({QStringLiteral("-2.5"), QStringLiteral("0.8"), QStringLiteral("0.7"),
                          QStringLiteral("0.9")}));
    QCOMPARE(records.at(5).constFirst(), QStringLiteral("raves"));
    QCOMPARE(records.at(5).constLast(),
             QStringLiteral("Fewer than 30 answers in the control cohort."));

    // A result without groups is still a valid file: the header alone.
    QCOMPARE(parseCsv(QString::fromUtf8(MetricsCsv::toCsv(MetricsResult()))).size(), 1);
}

void TestMetricsJson::csvMissingAndNonFiniteAreEmpty()
{
    MetricRow row = plainRow(QStringLiteral("nps"));
    row.social = std::nullopt;
    row.control = std::numeric_limits<double>::quiet_NaN();
    row.difference = std::numeric_limits<double>::infinity();
    row.lift = -std::numeric_limits<double>::infinity();
    const QList<QStringList> records
        = parseCsv(QString::fromUtf8(MetricsCsv::toCsv(oneRowResult(row))));
    QCOMPARE(records.at(1).mid(3, 4), QStringList({QString(), QString(), QString(), QString()}));
    QCOMPARE(records.at(1).at(10), QString()); // no statistic
}

void TestMetricsJson::csvQuoting_data()
{
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("cell"); // as written in the file

    QTest::newRow("plain") << QStringLiteral("Small sample.") << QStringLiteral("Small sample.");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Fewer than 30, read with care.")
                           << QStringLiteral("\"Fewer than 30, read with care.\"");
    QTest::newRow("double quote") << QStringLiteral("The \"control\" cohort is small.")
                                  << QStringLiteral("\"The \"\"control\"\" cohort is small.\"");
    QTest::newRow("newline") << QStringLiteral("Line one.\nLine two.")
                             << QStringLiteral("\"Line one.\nLine two.\"");
    QTest::newRow("CRLF inside") << QStringLiteral("Line one.\r\nLine two.")
                                 << QStringLiteral("\"Line one.\r\nLine two.\"");
    QTest::newRow("non-ASCII") << QStringLiteral("Moins de 30 réponses; Größe") // UTF-8 kept
                               << QStringLiteral("Moins de 30 réponses; Größe");
}

void TestMetricsJson::csvQuoting()
{
    QFETCH(QString, warning);
    QFETCH(QString, cell);
    QCOMPARE(CsvDialect::programs().text(warning), cell);

    MetricRow row = plainRow(QStringLiteral("nps"));
    row.warning = warning;
    const QString csv = QString::fromUtf8(MetricsCsv::toCsv(oneRowResult(row)));
    QVERIFY2(csv.endsWith(QLatin1Char(',') + cell + QLatin1String("\r\n")), qPrintable(csv));
    const QList<QStringList> records = parseCsv(csv);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).size(), MetricsCsv::columns().size());
    QCOMPARE(records.at(1).constLast(), warning);
}

void TestMetricsJson::csvFormulaInjection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell"); // as written in the file

    QTest::newRow("=HYPERLINK")
        << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
    QTest::newRow("+1") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("-cmd") << QStringLiteral("-cmd|' /C calc'!A0")
                          << QStringLiteral("'-cmd|' /C calc'!A0");
    QTest::newRow("@SUM") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("leading tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("leading CR") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("-0.25 as text is text") << QStringLiteral("-0.25") << QStringLiteral("'-0.25");
    QTest::newRow("= later in the text") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("single quote first") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
}

void TestMetricsJson::csvFormulaInjection()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(CsvDialect::programs().text(text), cell);

    // Every text column of the file is neutralised: metric id, name, unit, warning.
    MetricsResult result;
    MetricGroup group;
    group.id = text;
    MetricRow row = plainRow(text);
    row.unit = text;
    row.warning = text;
    group.rows.push_back(row);
    result.groups.push_back(group);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(MetricsCsv::toCsv(result)));
    QCOMPARE(records.size(), 2);
    const QString expected = CsvCell::neutralised(text);
    for (const QString &column : {QStringLiteral("metric"), QStringLiteral("name"),
                                  QStringLiteral("unit"), QStringLiteral("warning")}) {
        QCOMPARE(records.at(1).at(MetricsCsv::columns().indexOf(column)), expected);
    }
}

void TestMetricsJson::csvNegativeNumbersStayNumbers()
{
    MetricRow row = plainRow(QStringLiteral("save_rate"));
    row.difference = -0.25;
    row.ciLow = -1e-7;
    row.statistic = -2.5;
    row.statisticName = QStringLiteral("z");
    const QList<QStringList> records
        = parseCsv(QString::fromUtf8(MetricsCsv::toCsv(oneRowResult(row))));
    const QStringList &record = records.at(1);
    QCOMPARE(record.at(MetricsCsv::columns().indexOf(QStringLiteral("difference"))),
             QStringLiteral("-0.25"));
    QCOMPARE(record.at(MetricsCsv::columns().indexOf(QStringLiteral("ci_low"))),
             QStringLiteral("-1e-07"));
    QCOMPARE(record.at(MetricsCsv::columns().indexOf(QStringLiteral("statistic"))),
             QStringLiteral("-2.5"));
    QCOMPARE(CsvDialect::programs().number(-0.25), QStringLiteral("-0.25"));
}

QTEST_GUILESS_MAIN(TestMetricsJson)
#include "tst_metricsjson.moc"
