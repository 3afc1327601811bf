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

#include <cmath>
#include <map>
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
    void scoresCsvIsLocaleNeutralAndInjectionSafe();
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
        const auto signup
            = asOfDay - std::int32_t(std::uniform_int_distribution<int>(0, 730)(random));
        std::int32_t churn = -1;
        for (int month = 1; churn < 0; ++month) {
            const auto end = signup + std::int32_t(month * Analysis::daysPerMonth) - 1;
            if (end > asOfDay)
                break;
            if (std::uniform_real_distribution<double>(0, 1)(random) < theta)
                churn = end;
        }
        addCustomer(data, signup, churn, 30.0f, i % 2 == 0);
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

QTEST_GUILESS_MAIN(TestCustomerScores)
#include "tst_customerscores.moc"
