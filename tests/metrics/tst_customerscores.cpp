// SPDX-License-Identifier: GPL-3.0-or-later
// The forward-looking lifetime value through the metric engine: the CDNOW
// sample as customers and orders gives Fader, Hardie & Lee's BG/NBD and
// Gamma-Gamma fits in the relationship group and its JSON (the same SciPy
// numbers as tst_stats_customermodels); a subscription cohort's value is
// margin × monthly revenue × DERL; and a cohort without data for a model
// has null for it and says why.

#include "analysis.h"
#include "customerscores.h"
#include "metricgroups.h"
#include "metricsjson.h"
#include "projectdata.h"
#include "scoresexport.h"
#include "shiftedbetageometric.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

namespace {

void addCustomer(ProjectData &data, std::int32_t signup, std::int32_t churn, float revenue,
                 bool social)
{
    CustomerColumns &c = data.customers;
    c.rowIds.push_back(qint64(c.rowIds.size() + 1));
    c.signupDay.push_back(signup);
    c.churnDay.push_back(churn);
    c.atRiskDay.push_back(-1);
    c.monthlyRevenue.push_back(revenue);
    c.social.push_back(social ? 1 : 0);
    c.firstSocialDay.push_back(-1);
    c.npsScore.push_back(-1);
    c.segment.push_back(-1);
}

// The CDNOW 1/10 sample: each customer signs up on their first order, every
// one in the control cohort except every tenth (so the social cohort has
// data too); orders are every row of the file, some after the as-of date.
bool loadCdnow(ProjectData &data, bool allControl, QString *error)
{
    QFile file(QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR "/cdnow/cdnowElog.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return false;
    }
    std::map<int, std::vector<std::pair<std::int32_t, double>>> orders;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].trimmed().split(',');
        if (fields.size() != 5)
            continue;
        const QDate date
            = QDate::fromString(QString::fromLatin1(fields[2]), QStringLiteral("yyyyMMdd"));
        orders[fields[1].toInt()].push_back(
            {std::int32_t(date.toJulianDay()), fields[4].toDouble()});
    }
    for (auto &[id, list] : orders) {
        std::sort(list.begin(), list.end());
        addCustomer(data, list.front().first, -1, std::nanf(""), !allControl && id % 10 == 0);
        const auto customer = std::int32_t(data.customers.size() - 1);
        for (const auto &[day, amount] : list) {
            data.orders.customer.push_back(customer);
            data.orders.day.push_back(day);
            data.orders.amount.push_back(amount);
            data.orders.crossSell.push_back(0);
            data.latestDay = std::max(data.latestDay, day);
        }
    }
    data.assumptions.horizonMonths = 12;
    data.assumptions.annualDiscountRate = 0.1;
    return true;
}

// A subscriber of 30 a month who signed up in the two years before
// `asOfDay` and leaves at the end of each month with probability `theta`
// (the sBG's story).
void addSubscriber(ProjectData &data, std::int32_t asOfDay, double theta, bool social,
                   std::mt19937_64 &random)
{
    const auto signup = asOfDay - std::int32_t(std::uniform_int_distribution<int>(0, 730)(random));
    std::int32_t churn = -1;
    for (int month = 1; churn < 0; ++month) {
        const auto end = signup + std::int32_t(month * Analysis::daysPerMonth) - 1;
        if (end > asOfDay)
            break;
        if (std::uniform_real_distribution<double>(0, 1)(random) < theta)
            churn = end;
    }
    addCustomer(data, signup, churn, 30.0f, social);
}

MetricFilters asOf(const QDate &date)
{
    MetricFilters filters;
    filters.asOf = date;
    filters.method = EstimationMethod::Naive;
    return filters;
}

double referenceNumber(const QString &caseName, const QString &quantity)
{
    QFile file(QStringLiteral(SOCIALROI_STATS_DATA_DIR "/customer_models_reference.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nan("");
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() == 3 && QString::fromLatin1(fields[0]) == caseName
            && QString::fromLatin1(fields[1]) == quantity)
            return fields[2].toDouble();
    }
    return std::nan("");
}

QString relativeMismatch(double actual, double expected, const QString &what, double tolerance)
{
    if (std::isfinite(actual) && std::abs(actual - expected) <= tolerance * std::abs(expected))
        return {};
    return QStringLiteral("%1: actual %2, expected %3")
        .arg(what)
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17);
}

#define VERIFY_RELATIVE(actual, expected, what)                                                    \
    do {                                                                                           \
        const QString mismatch_ = relativeMismatch((actual), (expected), (what), 1e-4);            \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                      \
    } while (false)

} // namespace

class TestCustomerScores : public QObject
{
    Q_OBJECT

private slots:
    void cdnowThroughTheEngine();
    void cohortWithoutOrdersHasNullModels();
    void subscriptionValueIsRevenueTimesDerl();
    void weaklyDeterminedParametersAreSaidSo();
    void scoresCsvIsLocaleNeutralAndInjectionSafe();
    void clvIntervalCoversTheTruth();
    void modelChecksOfCdnow();
    void ordersInAnyRowOrderScoreTheSame();
};

void TestCustomerScores::cdnowThroughTheEngine()
{
    ProjectData data;
    QString error;
    QVERIFY2(loadCdnow(data, true, &error), qPrintable(error));
    QCOMPARE(data.customers.size(), std::size_t(2357));
    const Analysis analysis(data, asOf(QDate(1997, 9, 30)));
    const MetricGroup group = MetricGroups::relationship(analysis);
    QCOMPARE(group.models.size(), std::size_t(2));
    const CohortModels &models = group.models[Analysis::control];
    QVERIFY2(models.bgnbd.valid, qPrintable(models.bgnbd.warning));
    QVERIFY2(models.gammaGamma.valid, qPrintable(models.gammaGamma.warning));
    const QJsonObject json = MetricsJson::toObject([&] {
        MetricsResult result;
        result.groups.push_back(group);
        return result;
    }());
    const QJsonObject relationship = json.value("metrics").toArray().first().toObject();
    const QJsonObject control = relationship.value("models").toObject().value("control").toObject();
    const QJsonObject bgnbd = control.value("bgnbd").toObject();
    QCOMPARE(bgnbd.value("time_unit").toString(), QStringLiteral("week"));
    for (const char *name : {"r", "alpha", "a", "b", "log_likelihood"})
        VERIFY_RELATIVE(bgnbd.value(QLatin1String(name)).toDouble(),
                        referenceNumber("bgnbd_cdnow", QLatin1String(name)), QLatin1String(name));
    const QJsonObject gammaGamma = control.value("gamma_gamma").toObject();
    for (const char *name : {"p", "q", "gamma", "log_likelihood"})
        VERIFY_RELATIVE(gammaGamma.value(QLatin1String(name)).toDouble(),
                        referenceNumber("gamma_gamma_cdnow", QLatin1String(name)),
                        QLatin1String(name));
    for (const char *name : {"r_se", "alpha_se", "a_se", "b_se"})
        QVERIFY(bgnbd.value(QLatin1String(name)).toDouble() > 0);
    // No monthly revenue: no subscription model, said so; the social cohort
    // is empty.
    QVERIFY(control.value("sbg").isNull());
    QVERIFY(!control.value("warnings").toArray().isEmpty());
    QVERIFY(
        relationship.value("models").toObject().value("social").toObject().value("bgnbd").isNull());

    for (const char *row : {"clv", "derl_months", "expected_transactions_next_horizon",
                            "p_alive_mean", "historical_value", "expected_value_over_horizon",
                            "average_order_value", "purchase_frequency"})
        QVERIFY2(group.row(QLatin1String(row)), row);
    const MetricRow *clv = group.row(QStringLiteral("clv"));
    QVERIFY(clv->control && *clv->control > 0);
    const MetricRow *pAlive = group.row(QStringLiteral("p_alive_mean"));
    QVERIFY(pAlive->control && *pAlive->control > 0 && *pAlive->control < 1);
    // The mean of the customers' expected transactions in the next 52.18
    // weeks is what the model expects of the whole sample.
    const MetricRow *transactions = group.row(QStringLiteral("expected_transactions_next_horizon"));
    QVERIFY(transactions->control && *transactions->control > 0.5 && *transactions->control < 2);
    qInfo("CDNOW at 1997-09-30: clv %.4f per customer, P(alive) %.4f, %.4f orders in 12 months",
          *clv->control, *pAlive->control, *transactions->control);
}

void TestCustomerScores::cohortWithoutOrdersHasNullModels()
{
    ProjectData data;
    const auto start = std::int32_t(QDate(2024, 1, 1).toJulianDay());
    for (int i = 0; i < 40; ++i)
        addCustomer(data, start + i * 10, i % 3 == 0 ? start + 200 + i * 10 : -1, 20.0f,
                    i % 2 == 0);
    data.latestDay = start + 700;
    data.assumptions.horizonMonths = 12;
    data.assumptions.annualDiscountRate = 0.08;
    const Analysis analysis(data, asOf(QDate::fromJulianDay(start + 700)));
    const CustomerScores scores = CustomerValue::score(analysis);
    for (const CohortModels &models : scores.models) {
        QVERIFY(!models.bgnbd.valid);
        QVERIFY(models.bgnbd.warning.contains(QLatin1String("BG/NBD")));
        QVERIFY(!models.gammaGamma.valid);
    }
}

void TestCustomerScores::subscriptionValueIsRevenueTimesDerl()
{
    // 3 000 subscribers a cohort, monthly churn probability θ ~ Beta(1.5, 6),
    // signing up over 24 months, no orders.
    ProjectData data;
    const auto asOfDay = std::int32_t(QDate(2025, 12, 31).toJulianDay());
    std::mt19937_64 random {7};
    for (int i = 0; i < 6000; ++i) {
        const double x = std::gamma_distribution<double>(1.5, 1.0)(random);
        const double y = std::gamma_distribution<double>(6.0, 1.0)(random);
        const double theta = x / (x + y);
        addSubscriber(data, asOfDay, theta, i % 2 == 0, random);
    }
    data.latestDay = asOfDay;
    data.assumptions.horizonMonths = 12;
    data.assumptions.annualDiscountRate = 0.1;
    data.assumptions.contributionMargin = 0.6;
    const Analysis analysis(data, asOf(QDate::fromJulianDay(asOfDay)));
    const CustomerScores scores = CustomerValue::score(analysis);
    const CohortModels &social = scores.models[Analysis::social];
    QVERIFY2(social.sbg.valid, qPrintable(social.sbg.warning));
    const Stats::ShiftedBetaGeometric::Parameters parameters {social.sbg.parameters[0].estimate,
                                                              social.sbg.parameters[1].estimate};
    QVERIFY2(std::abs(parameters.alpha - 1.5) < 4 * social.sbg.parameters[0].standardError,
             qPrintable(QString::number(parameters.alpha)));
    QVERIFY(!social.projectedRetention.empty());
    QCOMPARE(social.projectedRetention.front(), 1.0);
    const double monthlyRate = Stats::monthlyDiscountRate(0.1);
    int checked = 0;
    for (const CustomerScore &score : scores.scores) {
        QVERIFY(score.clv);
        if (analysis.isChurned(score.customer)) {
            QCOMPARE(*score.clv, 0.0);
            continue;
        }
        const double months = std::floor(
            (analysis.asOfDay - data.customers.signupDay[score.customer]) / Analysis::daysPerMonth);
        const auto &fitted = scores.models[std::size_t(score.cohort)].sbg.parameters;
        double derl = 0;
        QVERIFY(Stats::ShiftedBetaGeometric::discountedExpectedResidualLifetime(
            {fitted[0].estimate, fitted[1].estimate}, months + 1, monthlyRate, &derl));
        QCOMPARE(*score.derlMonths, derl);
        QVERIFY(std::abs(*score.clv - 0.6 * 30.0 * derl) < 1e-9 * *score.clv);
        ++checked;
    }
    QVERIFY(checked > 1000);
    const MetricGroup group = MetricGroups::relationship(analysis);
    const MetricRow *derlRow = group.row(QStringLiteral("derl_months"));
    QVERIFY(derlRow && derlRow->social && *derlRow->social > 1);
}

// Subscribers of one cohort all churn with nearly the same monthly
// probability: the sBG comes close to one churn rate for all, and the data
// fix the ratio of alpha and beta but neither alone. The pane and the report
// must say so beside parameters whose standard errors exceed them; the other
// cohort, whose customers differ, gets no such warning.
void TestCustomerScores::weaklyDeterminedParametersAreSaidSo()
{
    ProjectData data;
    const auto asOfDay = std::int32_t(QDate(2025, 12, 31).toJulianDay());
    std::mt19937_64 random {11};
    for (int i = 0; i < 8000; ++i) {
        const bool social = i % 2 == 0;
        // Social: θ ~ Beta(300, 5700), mean 0.05 and almost no spread;
        // control: θ ~ Beta(1.5, 6).
        const double x = std::gamma_distribution<double>(social ? 300.0 : 1.5, 1.0)(random);
        const double y = std::gamma_distribution<double>(social ? 5700.0 : 6.0, 1.0)(random);
        const double theta = x / (x + y);
        addSubscriber(data, asOfDay, theta, social, random);
    }
    data.latestDay = asOfDay;
    data.assumptions.horizonMonths = 12;
    data.assumptions.annualDiscountRate = 0.1;
    const Analysis analysis(data, asOf(QDate::fromJulianDay(asOfDay)));
    const CustomerScores scores = CustomerValue::score(analysis);
    const FittedModel &alike = scores.models[Analysis::social].sbg;
    const FittedModel &differing = scores.models[Analysis::control].sbg;
    QVERIFY2(alike.valid, qPrintable(alike.warning));
    QVERIFY(alike.parameters[0].standardError > alike.parameters[0].estimate);
    QVERIFY2(alike.warning.contains(QLatin1String("only a combination")),
             qPrintable(alike.warning));
    QVERIFY2(alike.warning.startsWith(QLatin1String("Subscription lifetime (sBG)")),
             qPrintable(alike.warning));
    // What the data do fix: the mean churn probability, about 0.05.
    const double meanChurn = alike.parameters[0].estimate
        / (alike.parameters[0].estimate + alike.parameters[1].estimate);
    QVERIFY2(std::abs(meanChurn - 0.05) < 0.005, qPrintable(QString::number(meanChurn)));
    QVERIFY2(differing.valid, qPrintable(differing.warning));
    QVERIFY2(differing.warning.isEmpty(), qPrintable(differing.warning));
}

void TestCustomerScores::scoresCsvIsLocaleNeutralAndInjectionSafe()
{
    ProjectData data;
    QString error;
    QVERIFY2(loadCdnow(data, false, &error), qPrintable(error));
    const Analysis analysis(data, asOf(QDate(1997, 9, 30)));
    const CustomerScores scores = CustomerValue::score(analysis);
    QCOMPARE(scores.scores.size(), std::size_t(2357));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QByteArray csv = ScoresExport::toCsv(scores, [](const CustomerScore &score) {
        return score.customer == 0 ? QStringLiteral("=HYPERLINK(\"http://x\")")
                                   : QString::number(score.customer + 1);
    });
    QLocale::setDefault(QLocale::c());
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(),
             QByteArray("customer_id,cohort,p_alive,expected_transactions_next_horizon,"
                        "expected_spend_per_transaction,derl_months,clv\r"));
    QCOMPARE(lines.size(), 2357 + 2); // header, rows, and the empty piece after the last CRLF
    // The formula reaches the spreadsheet as text.
    QVERIFY2(lines[1].startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",control,"),
             lines[1].constData());
    // Numbers in the C locale: a point, never a decimal comma (the customer
    // key and cohort hold no comma, so every row has seven cells).
    for (int i = 2; i < lines.size() - 1; ++i)
        QCOMPARE(lines[i].count(','), 6);
    QVERIFY(lines[2].contains('.'));
    // Every tenth customer is social, with their own models.
    QVERIFY(scores.models[Analysis::social].bgnbd.valid);
    const QJsonObject workbook = ScoresExport::xlsxSpec(
        scores, [](const CustomerScore &score) { return QString::number(score.customer + 1); });
    const QJsonArray cells
        = workbook.value("sheets").toArray().first().toObject().value("cells").toArray();
    QCOMPARE(cells.size(), (2357 + 1) * 7);
}

namespace {

// A cohort of `count` subscribers who also order, drawn from known models:
// monthly churn θ ~ Beta(α, β) (sBG); while alive, orders at a weekly rate
// λ ~ Gamma(r, α) with a drop-out chance p ~ Beta(a, b) after each repeat
// order (BG/NBD, the first order on the signup day); order values
// Gamma(p, ν) with ν ~ Gamma(q, γ) (Gamma-Gamma). Every customer is in the
// control cohort.
void generateCohort(ProjectData &data, std::int32_t asOfDay, const ModelParameters &truth,
                    int count, std::uint64_t seed)
{
    std::mt19937_64 random {seed};
    const auto beta = [&random](double a, double b) {
        const double x = std::gamma_distribution<double>(a, 1.0)(random);
        const double y = std::gamma_distribution<double>(b, 1.0)(random);
        return x / (x + y);
    };
    const auto uniform = [&random] { return std::uniform_real_distribution<double>(0, 1)(random); };
    for (int i = 0; i < count; ++i) {
        const double churnChance = beta(truth.sbg->alpha, truth.sbg->beta);
        const auto signup
            = asOfDay - std::int32_t(std::uniform_int_distribution<int>(30, 730)(random));
        std::int32_t churn = -1;
        for (int month = 1; churn < 0; ++month) {
            const auto end = signup + std::int32_t(month * Analysis::daysPerMonth) - 1;
            if (end > asOfDay)
                break;
            if (uniform() < churnChance)
                churn = end;
        }
        addCustomer(data, signup, churn, 25.0f, false);
        const auto customer = std::int32_t(data.customers.size() - 1);
        const Stats::BetaGeometricNbd::Parameters &orders = *truth.bgnbd;
        const double rate = std::gamma_distribution<double>(orders.r, 1.0 / orders.alpha)(random);
        const double dropOut = beta(orders.a, orders.b);
        const Stats::GammaGamma::Parameters &spend = *truth.gammaGamma;
        const double scale = std::gamma_distribution<double>(spend.q, 1.0 / spend.gamma)(random);
        const auto order = [&](std::int32_t day) {
            data.orders.customer.push_back(customer);
            data.orders.day.push_back(day);
            data.orders.amount.push_back(
                std::gamma_distribution<double>(spend.p, 1.0 / scale)(random));
            data.orders.crossSell.push_back(0);
        };
        order(signup);
        double weeks = 0;
        for (;;) {
            weeks += std::exponential_distribution<double>(rate)(random);
            const auto day = signup + std::int32_t(std::floor(weeks * 7));
            if (day > asOfDay)
                break;
            order(day);
            if (uniform() < dropOut)
                break;
        }
    }
    data.latestDay = asOfDay;
    data.assumptions.horizonMonths = 12;
    data.assumptions.annualDiscountRate = 0.1;
    data.assumptions.contributionMargin = 0.6;
}

} // namespace

void TestCustomerScores::clvIntervalCoversTheTruth()
{
    // The cohort's lifetime value under the true parameters, for the same
    // customers, inside the 95 % interval in at least 17 of 20 seeds.
    ModelParameters truth;
    truth.sbg = Stats::ShiftedBetaGeometric::Parameters {1.5, 6.0};
    truth.bgnbd = Stats::BetaGeometricNbd::Parameters {0.5, 6.0, 0.7, 2.5};
    truth.gammaGamma = Stats::GammaGamma::Parameters {6.0, 3.7, 15.0};
    const auto asOfDay = std::int32_t(QDate(2025, 12, 31).toJulianDay());
    int clvCovered = 0;
    int derlCovered = 0;
    for (int seed = 1; seed <= 20; ++seed) {
        ProjectData data;
        generateCohort(data, asOfDay, truth, 1500, std::uint64_t(500 + seed));
        const Analysis analysis(data, asOf(QDate::fromJulianDay(asOfDay)));
        const CustomerScores scores = CustomerValue::score(analysis);
        const CohortModels &models = scores.models[Analysis::control];
        QVERIFY2(models.sbg.valid && models.bgnbd.valid && models.gammaGamma.valid,
                 qPrintable(QStringLiteral("seed %1: %2 %3 %4")
                                .arg(seed)
                                .arg(models.sbg.warning, models.bgnbd.warning,
                                     models.gammaGamma.warning)));
        const CohortValue &clv = scores.clv[Analysis::control];
        const CohortValue &derl = scores.derlMonths[Analysis::control];
        QVERIFY(clv.mean && clv.low && clv.high && clv.standardError);
        QVERIFY(derl.mean && derl.low && derl.high);
        QVERIFY(*clv.low < *clv.mean && *clv.mean < *clv.high);
        QVERIFY(*clv.standardError > 0);
        const auto trueValue = CustomerValue::meanValueAt(analysis, Analysis::control, truth);
        QVERIFY(trueValue[0] && trueValue[1]);
        const bool clvIn = *clv.low <= *trueValue[0] && *trueValue[0] <= *clv.high;
        const bool derlIn = *derl.low <= *trueValue[1] && *trueValue[1] <= *derl.high;
        clvCovered += clvIn;
        derlCovered += derlIn;
        qInfo("seed %d: clv %.2f [%.2f, %.2f], truth %.2f%s; DERL %.2f [%.2f, %.2f], truth %.2f",
              seed, *clv.mean, *clv.low, *clv.high, *trueValue[0], clvIn ? "" : " (missed)",
              *derl.mean, *derl.low, *derl.high, *trueValue[1]);
        // The row carries the interval, and the JSON writes it.
        if (seed == 1) {
            const MetricGroup group = MetricGroups::relationship(analysis);
            const MetricRow *row = group.row(QStringLiteral("clv"));
            QVERIFY(row && row->controlLow && row->controlStandardError);
            QCOMPARE(*row->controlLow, *clv.low);
            QCOMPARE(*row->controlHigh, *clv.high);
        }
    }
    qInfo("95%% intervals cover the true cohort value in %d (lifetime value) and %d (DERL) of 20 "
          "seeds",
          clvCovered, derlCovered);
    QVERIFY2(clvCovered >= 17, qPrintable(QString::number(clvCovered)));
    QVERIFY2(derlCovered >= 17, qPrintable(QString::number(derlCovered)));
}

void TestCustomerScores::modelChecksOfCdnow()
{
    // The tracking plot and the histogram through the engine: CDNOW with
    // the calibration to 1997-09-30 and the holdout to 1998-06-30.
    ProjectData data;
    QString error;
    QVERIFY2(loadCdnow(data, true, &error), qPrintable(error));
    const Analysis analysis(data, asOf(QDate(1997, 9, 30)));
    const CustomerScores scores = CustomerValue::score(analysis);
    const RepeatTracking &tracking = scores.models[Analysis::control].tracking;
    QCOMPARE(tracking.firstDay, QDate(1997, 1, 1));
    // 39 whole weeks to 1997-09-30 (273 days), 78 to the end of the data.
    QCOMPARE(tracking.calibrationWeeks, 39);
    QCOMPARE(int(tracking.actualCumulative.size()), 78);
    QCOMPARE(tracking.expectedCumulative.size(), tracking.actualCumulative.size());
    // Every repeat transaction of the calibration period by week 39 (the
    // distinct order days after the first, summed over customers).
    double repeats = 0;
    for (const double count : tracking.actualCounts)
        QVERIFY(count >= 0);
    QCOMPARE(tracking.actualCounts.size(), std::size_t(RepeatTracking::countBins));
    for (std::size_t x = 0; x < tracking.actualCounts.size(); ++x) {
        QString name = QStringLiteral("histogram_actual_%1").arg(x);
        QCOMPARE(tracking.actualCounts[x], referenceNumber("bgnbd_cdnow", name));
        name = QStringLiteral("histogram_expected_%1").arg(x);
        VERIFY_RELATIVE(tracking.expectedCounts[x], referenceNumber("bgnbd_cdnow", name), name);
        repeats += tracking.actualCounts[x] * double(x);
    }
    QVERIFY(tracking.actualCumulative[38] >= repeats); // 7+ counts 7 each here
    // The model's cumulative expectation at week 39 is the sum of each
    // customer's E[X(t)] over their own age: within 3 % of the count, as in
    // the paper's figure 4, and the holdout's within 5 %.
    const auto near = [](double expected, double actual, double tolerance) {
        return std::abs(expected - actual) <= tolerance * actual;
    };
    QVERIFY2(near(tracking.expectedCumulative[38], tracking.actualCumulative[38], 0.03),
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(tracking.expectedCumulative[38])
                            .arg(tracking.actualCumulative[38])));
    QVERIFY2(near(tracking.expectedCumulative[77], tracking.actualCumulative[77], 0.05),
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(tracking.expectedCumulative[77])
                            .arg(tracking.actualCumulative[77])));
    // P(alive) of every customer with an order, in ten bins.
    const std::vector<double> &alive = scores.models[Analysis::control].pAliveHistogram;
    QCOMPARE(int(alive.size()), CohortModels::pAliveBins);
    QCOMPARE(std::accumulate(alive.begin(), alive.end(), 0.0), 2357.0);
}

// The models read each customer's orders by day, and orders of one day in
// the order of their rows (counted by customer first, then sorted by day):
// the rows shuffled, with each customer's orders of one day left in their
// order, give every customer the same figures to the last bit.
void TestCustomerScores::ordersInAnyRowOrderScoreTheSame()
{
    ProjectData sorted;
    QString error;
    QVERIFY2(loadCdnow(sorted, false, &error), qPrintable(error));
    const std::size_t rows = sorted.orders.customer.size();
    std::vector<std::size_t> permutation(rows);
    std::iota(permutation.begin(), permutation.end(), std::size_t(0));
    std::shuffle(permutation.begin(), permutation.end(), std::mt19937_64(3));
    // Rows of the same customer and day back in their first order.
    std::map<std::pair<std::int32_t, std::int32_t>, std::vector<std::size_t>> sameDay;
    for (const std::size_t row : permutation)
        sameDay[{sorted.orders.customer[row], sorted.orders.day[row]}].push_back(row);
    for (auto &[key, group] : sameDay)
        std::sort(group.begin(), group.end());
    std::map<std::pair<std::int32_t, std::int32_t>, std::size_t> taken;
    for (std::size_t &row : permutation) {
        const std::pair key {sorted.orders.customer[row], sorted.orders.day[row]};
        row = sameDay[key][taken[key]++];
    }
    ProjectData shuffled = sorted;
    for (std::size_t k = 0; k < rows; ++k) {
        shuffled.orders.customer[k] = sorted.orders.customer[permutation[k]];
        shuffled.orders.day[k] = sorted.orders.day[permutation[k]];
        shuffled.orders.amount[k] = sorted.orders.amount[permutation[k]];
        shuffled.orders.crossSell[k] = sorted.orders.crossSell[permutation[k]];
    }
    QVERIFY(shuffled.orders.day != sorted.orders.day);

    const Analysis a(sorted, asOf(QDate(1997, 9, 30)));
    const Analysis b(shuffled, asOf(QDate(1997, 9, 30)));
    const CustomerScores x = CustomerValue::score(a);
    const CustomerScores y = CustomerValue::score(b);
    QCOMPARE(x.scores.size(), y.scores.size());
    QVERIFY(!x.scores.empty());
    for (std::size_t k = 0; k < x.scores.size(); ++k) {
        const CustomerScore &one = x.scores[k];
        const CustomerScore &other = y.scores[k];
        QVERIFY2(one.customer == other.customer && one.pAlive == other.pAlive
                     && one.expectedTransactions == other.expectedTransactions
                     && one.expectedSpendPerTransaction == other.expectedSpendPerTransaction
                     && one.derlMonths == other.derlMonths && one.clv == other.clv,
                 qPrintable(QString::number(k)));
    }
    for (int cohort : {Analysis::social, Analysis::control})
        QVERIFY(x.clv[size_t(cohort)].mean == y.clv[size_t(cohort)].mean);
}

QTEST_GUILESS_MAIN(TestCustomerScores)
#include "tst_customerscores.moc"
