// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"
#include "assumptions.h"
#include "demogenerator.h"
#include "metricengine.h"
#include "metricrows.h"
#include "metricsjson.h"
#include "projectstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>

namespace {

// Reads one column of a reference CSV written by tests/stats/reference/*.
std::vector<QStringList> readCsv(const QString &path)
{
    std::vector<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!file.atEnd())
        rows.push_back(QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(',')));
    return rows;
}

bool closeTo(double actual, double expected, double relative = 1e-6)
{
    return std::abs(actual - expected) <= relative * std::max(std::abs(expected), 1e-12);
}

double truthValue(const QString &path, const char *name)
{
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    SqliteStatement query
        = store->connection().prepare("SELECT value FROM demo_truth WHERE name = ?");
    query.bind(1, QString::fromLatin1(name));
    return query.step() ? query.real(0) : std::nan("");
}

const MetricRow &rowOf(const MetricsResult &result, const char *group, const char *row)
{
    static const MetricRow missing;
    const MetricGroup *found = result.group(QLatin1String(group));
    if (!found)
        return missing;
    const MetricRow *candidate = found->row(QLatin1String(row));
    return candidate ? *candidate : missing;
}

// Every number that will be printed is finite: no NaN or infinity leaks out.
bool allFinite(const MetricsResult &result)
{
    auto ok = [](const std::optional<double> &value) { return !value || std::isfinite(*value); };
    for (const MetricGroup &group : result.groups) {
        if (!ok(group.value) || !ok(group.valueLow) || !ok(group.valueHigh))
            return false;
        for (const MetricRow &row : group.rows) {
            for (const auto *value :
                 {&row.social, &row.control, &row.difference, &row.lift, &row.ciLow, &row.ciHigh,
                  &row.pValue, &row.statistic, &row.ratio})
                if (!ok(*value))
                    return false;
        }
    }
    return std::isfinite(result.roi.value) && ok(result.roi.roi) && ok(result.roi.roiLow);
}

} // namespace

class TestMetricEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void matchesRSurvivalOnTheLungData();
    void initTestCase();
    void recoversTheDemoTruth();
    void naiveComparisonOverstatesTheDemo();
    void naiveRowsOfTheUnconfoundedMeasures();
    void followsTheGeneratorsEffect();
    void edgeCasesGiveWarningsNotNaN_data();
    void edgeCasesGiveWarningsNotNaN();
    void noVerdictWithoutSocialCustomers_data();
    void noVerdictWithoutSocialCustomers();
    void assumptionsChangeTheMoney();
    void filtersSelectCustomers();
    void monthKeyMatchesTheCalendar();
    void savesAreWorthTheRemainingLifetime();
    void liftOnlyOverAReadableBaseline_data();
    void liftOnlyOverAReadableBaseline();

private:
    // A default demo project of 10 000 customers and its adjusted metrics,
    // made once per seed and shared by the tests that only read them.
    struct SeededDemo
    {
        QString path;
        MetricsResult adjusted;
    };
    const SeededDemo &seededDemo(quint64 seed);
    QString demo(const QString &name, qint64 customers, quint64 seed, const DemoTruth &truth = {});
    std::unique_ptr<QTemporaryDir> m_seededDir;
    std::map<quint64, SeededDemo> m_seeded;
    QString projectWith(const std::function<void(SqliteConnection &)> &fill);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMetricEngine::initTestCase()
{
    m_seededDir = std::make_unique<QTemporaryDir>();
}

const TestMetricEngine::SeededDemo &TestMetricEngine::seededDemo(quint64 seed)
{
    auto found = m_seeded.find(seed);
    if (found != m_seeded.end())
        return found->second;
    SeededDemo seeded;
    DemoOptions options;
    options.customers = 10000;
    options.seed = seed;
    seeded.path = m_seededDir->filePath(QStringLiteral("seed%1.socialroi").arg(seed));
    if (DemoGenerator::generate(seeded.path, options, false).ok) {
        MetricEngine engine(seeded.path);
        seeded.adjusted = engine.compute({}).result;
    }
    return m_seeded.emplace(seed, std::move(seeded)).first->second;
}

void TestMetricEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestMetricEngine::demo(const QString &name, qint64 customers, quint64 seed,
                               const DemoTruth &truth)
{
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    options.truth = truth;
    const QString path = m_dir->filePath(name);
    return DemoGenerator::generate(path, options, false).ok ? path : QString();
}

QString TestMetricEngine::projectWith(const std::function<void(SqliteConnection &)> &fill)
{
    static int counter = 0;
    const QString path = m_dir->filePath(QStringLiteral("p%1.socialroi").arg(++counter));
    auto store = ProjectStore::create(path, nullptr);
    if (!store)
        return {};
    fill(store->connection());
    return path;
}

void TestMetricEngine::matchesRSurvivalOnTheLungData()
{
    // R's lung data as a project: sex 1 is the social cohort, sex 2 control.
    // Events churn `time` days after signup; censored subjects sign up `time`
    // days before the as-of date, so both have the survival time R has.
    const auto lung = readCsv(QStringLiteral(SOCIALROI_STATS_DATA_DIR "/lung.csv"));
    QVERIFY(lung.size() > 200);
    const QDate start(2000, 1, 1);
    const QDate asOf = start.addDays(2000);
    const QString path = projectWith([&](SqliteConnection &db) {
        SqliteStatement insert = db.prepare("INSERT INTO customers (customer_id, signup_date, "
                                            "churn_date, social_engaged) VALUES (?, ?, ?, ?)");
        for (size_t i = 1; i < lung.size(); ++i) {
            const int time = lung[i][0].toInt();
            const bool event = lung[i][1] == QLatin1String("2");
            const QDate signup = event ? start : asOf.addDays(-time);
            insert.bind(1, QStringLiteral("L%1").arg(i));
            insert.bind(2, signup.toString(Qt::ISODate));
            if (event)
                insert.bind(3, signup.addDays(time).toString(Qt::ISODate));
            insert.bind(4, lung[i][2] == QLatin1String("1") ? 1 : 0);
            insert.execute();
        }
    });
    MetricFilters filters;
    filters.asOf = asOf;
    // R's curves are from signup, cohort against cohort: the naive method.
    filters.method = EstimationMethod::Naive;
    MetricEngine engine(path);
    const MetricEngine::Outcome outcome = engine.compute(filters);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // R: summary(survfit(...), times = 365) and the Greenwood difference.
    for (const QStringList &reference :
         readCsv(QStringLiteral(SOCIALROI_STATS_DATA_DIR "/survival_differences.csv"))) {
        if (reference[0] != QLatin1String("lung") || reference[1] != QLatin1String("365"))
            continue;
        const MetricRow &row = rowOf(outcome.result, "retention", "retention_12m");
        QVERIFY(row.social && row.control && row.ciLow && row.ciHigh && row.pValue);
        QVERIFY2(closeTo(*row.social, reference[2].toDouble()),
                 qPrintable(QString::number(*row.social, 'g', 17)));
        QVERIFY(closeTo(*row.control, reference[3].toDouble()));
        QVERIFY(closeTo(*row.difference, reference[4].toDouble()));
        QVERIFY(closeTo(*row.ciLow, reference[6].toDouble()));
        QVERIFY(closeTo(*row.ciHigh, reference[7].toDouble()));
        QVERIFY(closeTo(*row.statistic, reference[8].toDouble()));
        QVERIFY(closeTo(*row.pValue, reference[9].toDouble()));
    }
    // R: survdiff(Surv(time, status) ~ sex, lung).
    const MetricRow &logRank = rowOf(outcome.result, "retention", "logrank");
    QVERIFY(logRank.statistic && logRank.pValue);
    QVERIFY2(closeTo(*logRank.statistic, 10.326741954885632),
             qPrintable(QString::number(*logRank.statistic, 'g', 17)));
    QVERIFY(closeTo(*logRank.pValue, 0.0013111645203554882));
    QCOMPARE(*logRank.social, 112.0);
    QCOMPARE(*logRank.control, 53.0);
    // The curves carry R's step table (first step of sex 1: t = 11, 3 events).
    const MetricGroup *retention = outcome.result.group(QStringLiteral("retention"));
    QVERIFY(!retention->socialCurve.empty());
    QCOMPARE(retention->socialCurve.front().days, 11.0);
    QCOMPARE(retention->socialCurve.front().events, qint64(3));
    QCOMPARE(retention->socialCurve.front().atRisk, qint64(138));
}

// The adjusted retention of independent demo projects against the true effect
// on the treated that each project's generator measured.
void TestMetricEngine::recoversTheDemoTruth()
{
    // A calibrated 95% interval holds the truth in 16 or more of 20
    // independent projects with probability 0.984 (binomial, p = 0.95); an
    // unbiased estimator's mean standardized error over 20 projects lies
    // within 3 / sqrt(20) of zero with probability 0.997.
    constexpr int projects = 20;
    struct Check
    {
        const char *group;
        const char *row;
        const char *truth;
        int covered = 0;
        double errorSum = 0;
    };
    Check checks[] = {
        {"retention", "retention_12m", "att_retention_12m"},
        {"retention", "retention_6m", "att_retention_6m"},
        {"retention", "rmst_months", "att_rmst_months"},
        {"operational_cost", "phone_contacts_per_customer_month", "att_phone_rate"},
        {"self_service", "self_service_sessions_per_customer_month", "att_self_service_rate"},
        {"raves", "positive_mention_share", "att_positive_mention_share"},
    };
    for (int project = 0; project < projects; ++project) {
        const quint64 seed = 1 + quint64(project);
        const MetricsResult &result = seededDemo(seed).adjusted;
        const QString &path = seededDemo(seed).path;
        for (Check &check : checks) {
            const double truth = truthValue(path, check.truth);
            const MetricRow &row = rowOf(result, check.group, check.row);
            QVERIFY2(row.difference && row.ciLow && row.ciHigh, check.row);
            QVERIFY2(row.estimated, check.row);
            const double standardError = (*row.ciHigh - *row.ciLow) / (2 * 1.959963984540054);
            const double error = (*row.difference - truth) / standardError;
            qInfo("seed %llu %s: adjusted %.4f [%.4f, %.4f], truth %.4f", seed, check.row,
                  *row.difference, *row.ciLow, *row.ciHigh, truth);
            QVERIFY2(std::abs(error) < 4.0,
                     qPrintable(QStringLiteral("%1 seed %2: estimate %3, truth %4")
                                    .arg(QLatin1String(check.row))
                                    .arg(seed)
                                    .arg(*row.difference)
                                    .arg(truth)));
            check.covered += *row.ciLow <= truth && truth <= *row.ciHigh;
            check.errorSum += error;
        }
    }
    for (const Check &check : checks) {
        const double meanError = check.errorSum / projects;
        qInfo("%s: truth inside the 95%% interval in %d of %d, mean standardized error %.2f",
              check.row, check.covered, projects, meanError);
        QVERIFY2(check.covered >= 16,
                 qPrintable(QStringLiteral("%1: %2 of %3")
                                .arg(QLatin1String(check.row))
                                .arg(check.covered)
                                .arg(projects)));
        QVERIFY2(std::abs(meanError) < 3.0 / std::sqrt(double(projects)),
                 qPrintable(QStringLiteral("%1: mean standardized error %2")
                                .arg(QLatin1String(check.row))
                                .arg(meanError)));
    }
}

void TestMetricEngine::naiveComparisonOverstatesTheDemo()
{
    // The demo is a trap: "ever social against everyone else, from signup"
    // credits the social team with the months its customers had to survive
    // to reach it. In every project the naive 12-month difference is more
    // than twice the truth and its interval lies above the truth.
    for (quint64 seed = 1; seed <= 3; ++seed) {
        const SeededDemo &demo = seededDemo(seed);
        const double truth = truthValue(demo.path, "att_retention_12m");
        const MetricRow &naive = rowOf(demo.adjusted, "retention", "naive_retention_12m");
        QVERIFY(naive.difference && naive.ciLow);
        qInfo("seed %llu: naive %.4f [%.4f, %.4f], truth %.4f", seed, *naive.difference,
              *naive.ciLow, *naive.ciHigh, truth);
        QVERIFY2(*naive.ciLow > truth && *naive.difference > 2 * truth,
                 qPrintable(QStringLiteral("seed %1: naive %2 [%3, %4], truth %5")
                                .arg(seed)
                                .arg(*naive.difference)
                                .arg(*naive.ciLow)
                                .arg(*naive.ciHigh)
                                .arg(truth)));
    }
}

void TestMetricEngine::naiveRowsOfTheUnconfoundedMeasures()
{
    // Of the rows still compared from signup (their data carry no date, or
    // count a share ever reached), only NPS has nothing built in that the
    // comparison would mistake for an effect: the latest answer of every
    // social customer comes after the first social contact, and answers
    // depend on nothing else. Saves mix the plans' differences into the
    // social cohort, so they are not checked against the truth here.
    int covered = 0;
    const int projects = 3;
    for (quint64 seed = 1; seed <= quint64(projects); ++seed) {
        const SeededDemo &demo = seededDemo(seed);
        const double truth = truthValue(demo.path, "att_nps");
        const MetricRow &nps = rowOf(demo.adjusted, "raves", "nps");
        QVERIFY(nps.difference && nps.ciLow && nps.ciHigh);
        const double standardError = (*nps.ciHigh - *nps.ciLow) / (2 * 1.959963984540054);
        QVERIFY2(std::abs(*nps.difference - truth) < 4 * standardError,
                 qPrintable(QStringLiteral("seed %1: NPS %2, truth %3")
                                .arg(seed)
                                .arg(*nps.difference)
                                .arg(truth)));
        covered += *nps.ciLow <= truth && truth <= *nps.ciHigh;
    }
    // P(2 or more of 3 | p = 0.95) = 0.993.
    QVERIFY2(covered >= 2, qPrintable(QString::number(covered)));
}

void TestMetricEngine::followsTheGeneratorsEffect()
{
    // A stronger churn effect widens the adjusted retention gap; no effect at
    // all leaves it at zero while the naive comparison still finds one.
    // Without a phone effect and without the plans' differences in calls,
    // the phone difference is zero (with them, recoversTheDemoTruth checks
    // the phone rate over 20 projects).
    DemoTruth strong;
    strong.socialHazardRatio = 0.4;
    DemoTruth none;
    none.socialHazardRatio = 1.0;
    none.saveProbabilitySocial = none.saveProbabilityControl;
    none.socialContactRates[0] = none.controlContactRates[0];
    for (double &calls : none.phoneByPlan)
        calls = 1.0;
    const QString strongPath = demo(QStringLiteral("strong.socialroi"), 8000, 5, strong);
    const QString nonePath = demo(QStringLiteral("none.socialroi"), 8000, 5, none);
    MetricEngine strongEngine(strongPath);
    MetricEngine noneEngine(nonePath);
    const MetricsResult strongResult = strongEngine.compute({}).result;
    const MetricsResult noneResult = noneEngine.compute({}).result;
    const double strongGap = *rowOf(strongResult, "retention", "retention_12m").difference;
    const MetricRow &noneRow = rowOf(noneResult, "retention", "retention_12m");
    QVERIFY2(strongGap > *noneRow.difference + 0.05,
             qPrintable(QStringLiteral("%1 against %2").arg(strongGap).arg(*noneRow.difference)));
    QCOMPARE(truthValue(nonePath, "att_retention_12m"), 0.0);
    QVERIFY2(*noneRow.ciLow < 0 && 0 < *noneRow.ciHigh,
             qPrintable(QStringLiteral("[%1, %2]").arg(*noneRow.ciLow).arg(*noneRow.ciHigh)));
    const MetricRow &noneNaive = rowOf(noneResult, "retention", "naive_retention_12m");
    QVERIFY2(*noneNaive.ciLow > 0, qPrintable(QString::number(*noneNaive.difference)));
    const MetricRow &phone
        = rowOf(noneResult, "operational_cost", "phone_contacts_per_customer_month");
    QVERIFY2(*phone.ciLow < 0 && 0 < *phone.ciHigh,
             qPrintable(QStringLiteral("[%1, %2]").arg(*phone.ciLow).arg(*phone.ciHigh)));
    QVERIFY(strongResult.group(QStringLiteral("retention"))->value.value()
            > noneResult.group(QStringLiteral("retention"))->value.value_or(0));
}

void TestMetricEngine::edgeCasesGiveWarningsNotNaN_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("expectWarning");
    QTest::newRow("empty project") << QString() << true;
    QTest::newRow("one customer") << "INSERT INTO customers (customer_id, signup_date, "
                                     "social_engaged) VALUES ('A', '2024-01-01', 1)"
                                  << true;
    const QString many = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
        "INSERT INTO customers (customer_id, signup_date, churn_date, social_engaged, nps_score, "
        "monthly_revenue) SELECT 'C' || i, date('2023-01-01', '+' || (i % 90) || ' days'), %1, "
        "%2, %3, 30 FROM n");
    QTest::newRow("everyone censored")
        << many.arg(QStringLiteral("NULL"), QStringLiteral("i % 2"), QStringLiteral("NULL"))
        << true;
    QTest::newRow("everyone churned") << many.arg(QStringLiteral("'2024-06-01'"),
                                                  QStringLiteral("i % 2"), QStringLiteral("i % 11"))
                                      << true;
    QTest::newRow("identical cohorts, all social")
        << many.arg(QStringLiteral("NULL"), QStringLiteral("1"), QStringLiteral("9")) << true;
    QTest::newRow("no contacts, orders or answers")
        << many.arg(QStringLiteral("CASE WHEN i % 3 = 0 THEN '2024-03-01' END"),
                    QStringLiteral("i % 2"), QStringLiteral("NULL"))
        << true;
}

void TestMetricEngine::edgeCasesGiveWarningsNotNaN()
{
    QFETCH(QString, sql);
    QFETCH(bool, expectWarning);
    const QString path = projectWith([&sql](SqliteConnection &db) {
        if (!sql.isEmpty())
            db.execute(sql);
    });
    MetricFilters filters;
    filters.asOf = QDate(2024, 12, 31);
    MetricEngine engine(path);
    const MetricEngine::Outcome outcome = engine.compute(filters);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.result.groups.size(), size_t(8));
    QVERIFY(allFinite(outcome.result));
    const QByteArray json = MetricsJson::toJson(outcome.result);
    QVERIFY(!json.contains("nan") && !json.contains("inf"));
    if (expectWarning) {
        bool warned = !outcome.result.warnings.isEmpty();
        for (const MetricGroup &group : outcome.result.groups) {
            for (const MetricRow &row : group.rows)
                warned = warned || !row.warning.isEmpty();
        }
        QVERIFY(warned);
    }
}

void TestMetricEngine::noVerdictWithoutSocialCustomers_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("social");
    // Nobody social; or flagged social with neither a first social date nor
    // a social contact, so nobody has an index date to be compared from.
    QTest::newRow("none, adjusted") << QStringLiteral("adjusted") << QStringLiteral("0");
    QTest::newRow("none, naive") << QStringLiteral("naive") << QStringLiteral("0");
    QTest::newRow("flagged without a date, adjusted")
        << QStringLiteral("adjusted") << QStringLiteral("i % 2");
}

void TestMetricEngine::noVerdictWithoutSocialCustomers()
{
    // The programme's cost against nothing would read as a return of
    // -100 %: no ROI figure, and the summary says why.
    QFETCH(QString, method);
    QFETCH(QString, social);
    const QString path = projectWith([&social](SqliteConnection &db) {
        db.execute(QStringLiteral(
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "200) INSERT INTO customers (customer_id, signup_date, churn_date, "
                       "social_engaged, monthly_revenue) SELECT 'C' || i, date('2023-01-01', '+' "
                       "|| (i % 90) || ' days'), CASE WHEN i % 4 = 0 THEN '2024-05-01' END, %1, "
                       "30 FROM n")
                       .arg(social));
    });
    MetricFilters filters;
    filters.asOf = QDate(2024, 12, 31);
    filters.method
        = method == QLatin1String("naive") ? EstimationMethod::Naive : EstimationMethod::Adjusted;
    MetricEngine engine(path);
    const MetricEngine::Outcome outcome = engine.compute(filters);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const RoiSummary &roi = outcome.result.roi;
    QVERIFY(roi.noSocialCustomers);
    QVERIFY(roi.cost > 0);
    QVERIFY(!roi.roi && !roi.roiLow && !roi.roiHigh);
    const QJsonObject json = QJsonDocument::fromJson(MetricsJson::toJson(outcome.result))
                                 .object()
                                 .value(QLatin1String("roi"))
                                 .toObject();
    QVERIFY(json.value(QLatin1String("no_social_customers")).toBool());
    QVERIFY(json.value(QLatin1String("roi")).isNull());
}

void TestMetricEngine::assumptionsChangeTheMoney()
{
    const QString path = demo(QStringLiteral("money.socialroi"), 3000, 3);
    MetricEngine engine(path);
    const MetricsResult before = engine.compute({}).result;
    {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
        Assumptions assumptions = Assumptions::load(store->connection());
        assumptions.costPerContact[size_t(Channel::Phone)] *= 2;
        assumptions.programmeCostPerMonth *= 2;
        assumptions.save(store->connection());
    }
    const MetricsResult after = engine.compute({}).result;
    QVERIFY(after.group(QStringLiteral("operational_cost"))->value.value()
            > before.group(QStringLiteral("operational_cost"))->value.value());
    QCOMPARE(after.roi.cost, 2 * before.roi.cost);
    QVERIFY(*after.roi.roi < *before.roi.roi);
    // Self-service is shown inside operational cost and never added twice.
    for (const RoiComponent &component : after.roi.components)
        QVERIFY(component.id != QLatin1String("self_service")
                && component.id != QLatin1String("relationship"));
}

void TestMetricEngine::filtersSelectCustomers()
{
    const QString path = demo(QStringLiteral("filters.socialroi"), 4000, 9);
    MetricEngine engine(path);
    const MetricsResult all = engine.compute({}).result;
    const qint64 total = all.socialCustomers + all.controlCustomers;
    QCOMPARE(total, qint64(4000));

    MetricFilters premium;
    premium.segment = QStringLiteral("premium");
    const MetricsResult premiumResult = engine.compute(premium).result;
    const qint64 premiumCount = premiumResult.socialCustomers + premiumResult.controlCustomers;
    QVERIFY(premiumCount > 300 && premiumCount < 1000);

    MetricFilters region;
    region.segment = QStringLiteral("region=Poland");
    const MetricsResult regionResult = engine.compute(region).result;
    const qint64 regionCount = regionResult.socialCustomers + regionResult.controlCustomers;
    QVERIFY(regionCount > 500 && regionCount < 1100);

    MetricFilters unknown;
    unknown.segment = QStringLiteral("no such segment");
    const MetricsResult unknownResult = engine.compute(unknown).result;
    QCOMPARE(unknownResult.socialCustomers + unknownResult.controlCustomers, qint64(0));
    QVERIFY(!unknownResult.warnings.isEmpty());

    MetricFilters recent;
    recent.from = QDate(2025, 1, 1);
    recent.to = QDate(2025, 6, 30);
    const MetricsResult recentResult = engine.compute(recent).result;
    QVERIFY(recentResult.socialCustomers + recentResult.controlCustomers < total / 4 + 200);

    MetricFilters earlier;
    earlier.asOf = QDate(2024, 6, 30);
    const MetricsResult earlierResult = engine.compute(earlier).result;
    QCOMPARE(earlierResult.asOf, QDate(2024, 6, 30));
    QVERIFY(earlierResult.socialCustomers + earlierResult.controlCustomers < total);
}

void TestMetricEngine::monthKeyMatchesTheCalendar()
{
    // Every day from 1899 to 2101 lands in the month QDate says.
    for (qint64 day = QDate(1899, 1, 1).toJulianDay(); day <= QDate(2101, 12, 31).toJulianDay();
         ++day) {
        const QDate date = QDate::fromJulianDay(day);
        const int expected = date.year() * 12 + date.month() - 1;
        if (monthKey(std::int32_t(day)) != expected)
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
    }
}

// A saved customer is worth what the lifetime value says: the extra saves ×
// the saved social customers' mean margin × revenue × sBG discounted
// remaining lifetime; without a discount rate the model cannot value a
// customer, and the horizon's revenue stays with a sentence.
void TestMetricEngine::savesAreWorthTheRemainingLifetime()
{
    MetricEngine engine(seededDemo(1).path);
    const auto check = [](const MetricsResult &result, bool fromTheModel) {
        const MetricGroup *saves = result.group(QStringLiteral("saves"));
        QVERIFY(saves && saves->value);
        const MetricRow *perSave = saves->row(QStringLiteral("value_per_save"));
        const MetricRow *rate = saves->row(QStringLiteral("save_rate"));
        const MetricRow *atRisk = saves->row(QStringLiteral("at_risk_customers"));
        QVERIFY(perSave && rate && atRisk && perSave->social && rate->difference);
        QVERIFY(*perSave->social > 0);
        QCOMPARE(perSave->warning.isEmpty(), fromTheModel);
        const double expected = *rate->difference * *atRisk->social * *perSave->social;
        QVERIFY2(std::abs(*saves->value - expected) <= 1e-9 * std::abs(expected),
                 qPrintable(QStringLiteral("%1 against %2").arg(*saves->value).arg(expected)));
        QVERIFY(*saves->valueLow < *saves->value && *saves->value < *saves->valueHigh);
    };
    const MetricsResult withModel = engine.compute({}).result;
    check(withModel, true);
    const MetricsResult withoutRate
        = engine.computeWith({}, [](Assumptions &a) { a.annualDiscountRate = 0; }).result;
    check(withoutRate, false);
    // The remaining lifetime is worth more than the horizon's months alone.
    QVERIFY(*withModel.group(QStringLiteral("saves"))->row(QStringLiteral("value_per_save"))->social
            > *withoutRate.group(QStringLiteral("saves"))
                   ->row(QStringLiteral("value_per_save"))
                   ->social);
    // Saves stay inside retention: the ROI is the same whichever values them.
    QCOMPARE(withModel.group(QStringLiteral("saves"))->includedIn, QStringLiteral("retention"));
}

void TestMetricEngine::liftOnlyOverAReadableBaseline_data()
{
    QTest::addColumn<double>("social");
    QTest::addColumn<double>("control");
    QTest::addColumn<bool>("shown");
    QTest::newRow("a few percent") << 0.80 << 0.75 << true;
    QTest::newRow("ten-fold, the most") << 110.0 << 10.0 << true;
    QTest::newRow("beyond ten-fold") << 120.0 << 10.0 << false;
    QTest::newRow("near-zero baseline") << 0.2 << 0.001 << false;
    QTest::newRow("zero baseline") << 1.0 << 0.0 << false;
    QTest::newRow("negative baseline") << 5.0 << -5.0 << false;
}

// "+1,956.5 %" over a baseline near zero says only that it was small: the
// difference stays, the relative lift goes.
void TestMetricEngine::liftOnlyOverAReadableBaseline()
{
    QFETCH(double, social);
    QFETCH(double, control);
    QFETCH(bool, shown);
    const MetricRow row = MetricRows::descriptive(QStringLiteral("x"), QStringLiteral("money"),
                                                  social, control, 100, 100);
    QCOMPARE(row.difference.value_or(std::nan("")), social - control);
    QCOMPARE(row.lift.has_value(), shown);
    if (shown)
        QCOMPARE(*row.lift, (social - control) / control);
}

QTEST_GUILESS_MAIN(TestMetricEngine)
#include "tst_metricengine.moc"
