// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "metricengine.h"
#include "metricgroups.h"
#include "metricsjson.h"
#include "roibootstrap.h"
#include "roiwording.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

// The ROI's interval from a customer-level bootstrap of the whole
// calculation: the draws copy customers with their events, a seed gives the
// same interval on any number of threads, and the bootstrap agrees with the
// linearized interval shown before it.
class TestRoiBootstrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aDrawCopiesEachCustomerWithTheirEvents();
    void aSeedGivesTheSameIntervalOnAnyThreads();
    void agreesWithTheLinearizedInterval_data();
    void agreesWithTheLinearizedInterval();
    void cancelStopsTheReplicates();
    void anUnusableBootstrapLeavesTheInterval();

private:
    QString demo(const QString &name, qint64 customers, quint64 seed);
    QTemporaryDir m_dir;
};

void TestRoiBootstrap::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestRoiBootstrap::demo(const QString &name, qint64 customers, quint64 seed)
{
    DemoOptions options;
    options.customers = customers;
    options.seed = seed;
    const QString path = m_dir.filePath(name);
    return DemoGenerator::generate(path, options, false).ok ? path : QString();
}

void TestRoiBootstrap::aDrawCopiesEachCustomerWithTheirEvents()
{
    ProjectData data;
    data.latestDay = 2460000;
    CustomerColumns &customers = data.customers;
    customers.segmentNames = {QStringLiteral("basic"), QStringLiteral("premium")};
    for (int c = 0; c < 3; ++c) {
        customers.rowIds.push_back(100 + c);
        customers.signupDay.push_back(2459000 + c);
        customers.churnDay.push_back(c == 1 ? 2459500 : -1);
        customers.atRiskDay.push_back(-1);
        customers.monthlyRevenue.push_back(float(10 * (c + 1)));
        customers.social.push_back(std::int8_t(c == 2));
        customers.firstSocialDay.push_back(c == 2 ? 2459100 : -1);
        customers.npsScore.push_back(std::int8_t(c + 5));
        customers.segment.push_back(c % 2);
    }
    // Customer 0 has two contacts, customer 2 one; an order of customer 2; a
    // mention of customer 0 and one of nobody.
    for (const auto &[customer, day] : {std::pair {0, 2459010}, {2, 2459110}, {0, 2459020}}) {
        data.contacts.customer.push_back(customer);
        data.contacts.day.push_back(day);
        data.contacts.channel.push_back(std::int8_t(customer));
        data.contacts.resolved.push_back(1);
        data.contacts.processChange.push_back(-1);
        data.contacts.handleMinutes.push_back(float(day % 100));
        data.contacts.cost.push_back(std::nanf(""));
    }
    data.orders.customer = {2};
    data.orders.day = {2459200};
    data.orders.amount = {42.5};
    data.orders.crossSell = {1};
    data.mentions.customer = {0, -1};
    data.mentions.day = {2459030, 2459040};
    data.mentions.sentiment = {0, 2};
    data.mentions.reach = {10, 20};

    const RoiBootstrap::Drawer drawer(data);
    const std::unique_ptr<ProjectData> drawn = drawer.draw({2, 0, 2});
    QCOMPARE(drawn->customers.size(), std::size_t(3));
    QCOMPARE(drawn->customers.signupDay, (std::vector<std::int32_t> {2459002, 2459000, 2459002}));
    QCOMPARE(drawn->customers.monthlyRevenue, (std::vector<float> {30, 10, 30}));
    QCOMPARE(drawn->customers.firstSocialDay, (std::vector<std::int32_t> {2459100, -1, 2459100}));
    // Two copies are two customers.
    QCOMPARE(drawn->customers.rowIds, (std::vector<qint64> {1, 2, 3}));
    QCOMPARE(drawn->contacts.customer, (std::vector<std::int32_t> {0, 1, 1, 2}));
    QCOMPARE(drawn->contacts.day, (std::vector<std::int32_t> {2459110, 2459010, 2459020, 2459110}));
    QCOMPARE(drawn->contacts.handleMinutes, (std::vector<float> {10, 10, 20, 10}));
    QCOMPARE(drawn->orders.customer, (std::vector<std::int32_t> {0, 2}));
    QCOMPARE(drawn->orders.amount, (std::vector<double> {42.5, 42.5}));
    // The mention of nobody stays once; the one of customer 0 follows them.
    QCOMPARE(drawn->mentions.customer, (std::vector<std::int32_t> {1, -1}));
    QCOMPARE(drawn->mentions.reach, (std::vector<std::int64_t> {10, 20}));
    QCOMPARE(drawn->latestDay, data.latestDay);
}

void TestRoiBootstrap::aSeedGivesTheSameIntervalOnAnyThreads()
{
    const QString path = demo(QStringLiteral("threads.socialroi"), 2000, 11);
    QVERIFY(!path.isEmpty());
    MetricEngine engine(path);
    RoiBootstrap::Settings settings;
    settings.replicates = 24;
    settings.threads = 1;
    const MetricEngine::BootstrapOutcome one = engine.bootstrapRoi({}, settings);
    settings.threads = 3;
    const MetricEngine::BootstrapOutcome three = engine.bootstrapRoi({}, settings);
    QVERIFY(one.ok && three.ok);
    QCOMPARE(one.result.values, three.result.values);
    QCOMPARE(one.result.low, three.result.low);
    settings.seed += 1;
    const MetricEngine::BootstrapOutcome other = engine.bootstrapRoi({}, settings);
    QVERIFY(other.ok);
    QVERIFY(other.result.values != one.result.values);
}

void TestRoiBootstrap::agreesWithTheLinearizedInterval_data()
{
    QTest::addColumn<EstimationMethod>("method");
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<int>("maxDrawn"); // 0: every replicate draws all of them
    QTest::newRow("adjusted") << EstimationMethod::Adjusted << qint64(5000) << 0;
    // The naive retention money is a product of three estimates (RMST
    // difference, the cohort's mean revenue and its size); its interval was
    // 1.5 times too narrow while it counted the first alone.
    QTest::newRow("naive") << EstimationMethod::Naive << qint64(5000) << 0;
    // A large project draws 1 in 10 per replicate, scales each value by 10
    // and narrows the spread by sqrt(1/10): the spread of the whole again.
    QTest::newRow("adjusted, 1 in 10 drawn") << EstimationMethod::Adjusted << qint64(30000) << 3000;
    QTest::newRow("naive, 1 in 10 drawn") << EstimationMethod::Naive << qint64(30000) << 3000;
}

// The linearized interval is the bootstrap's linear term: on a project large
// enough for it, the two standard errors agree, and the bootstrap's interval
// is what the summary and the JSON then give.
void TestRoiBootstrap::agreesWithTheLinearizedInterval()
{
    QFETCH(EstimationMethod, method);
    QFETCH(qint64, customers);
    QFETCH(int, maxDrawn);
    const QString name = QStringLiteral("agree-%1.socialroi").arg(customers);
    const QString path
        = QFile::exists(m_dir.filePath(name)) ? m_dir.filePath(name) : demo(name, customers, 7);
    QVERIFY(!path.isEmpty());
    MetricFilters filters;
    filters.method = method;
    MetricEngine engine(path);
    MetricEngine::Outcome outcome = engine.compute(filters);
    QVERIFY(outcome.ok);
    RoiSummary &roi = outcome.result.roi;
    const double linearizedError = (roi.valueHigh - roi.valueLow) / (2 * 1.959963984540054);
    QVERIFY(linearizedError > 0);

    RoiBootstrap::Settings settings;
    settings.replicates = 200;
    settings.maxDrawn = std::size_t(maxDrawn);
    // Called from the worker threads: counted here, checked on this one.
    std::atomic_int progressCalls {0}, badProgress {0};
    const MetricEngine::BootstrapOutcome bootstrap
        = engine.bootstrapRoi(filters, settings, {}, [&](int done, int total) {
              ++progressCalls;
              if (total != 200 || done < 1 || done > total)
                  ++badProgress;
          });
    QVERIFY(bootstrap.ok);
    QCOMPARE(progressCalls.load(), 200);
    QCOMPARE(badProgress.load(), 0);
    QCOMPARE(bootstrap.result.replicates + bootstrap.result.failed, 200);
    QVERIFY(bootstrap.result.isUsable());
    QCOMPARE(bootstrap.result.isSubsampled(), maxDrawn > 0);
    if (maxDrawn > 0) {
        QCOMPARE(bootstrap.result.drawn, std::size_t(maxDrawn));
        QVERIFY(bootstrap.result.population > std::size_t(maxDrawn) * 9);
    }
    const double ratio = bootstrap.result.standardError / linearizedError;
    qInfo("%s: ROI value %.0f, linearized SE %.0f, bootstrap SD %.0f (ratio %.3f), bootstrap "
          "interval of the estimated part %.0f to %.0f",
          QTest::currentDataTag(), roi.value, linearizedError, bootstrap.result.standardError,
          ratio, bootstrap.result.low, bootstrap.result.high);
    QVERIFY2(ratio > 0.8 && ratio < 1.25, qPrintable(QString::number(ratio)));

    MetricGroups::applyBootstrap(roi, bootstrap.result);
    QCOMPARE(roi.interval, RoiInterval::Bootstrap);
    QCOMPARE(roi.bootstrapReplicates, bootstrap.result.replicates);
    // The sentence says how many were drawn when it was fewer than all.
    const QString drawnCount = QLocale().toString(qint64(bootstrap.result.drawn));
    QCOMPARE(RoiWording::intervalSentence(roi).contains(
                 QStringLiteral(" of %1 of the ").arg(drawnCount)),
             maxDrawn > 0);
    QVERIFY(RoiWording::intervalSentence(roi).contains(
        QStringLiteral("%1 resamples").arg(bootstrap.result.replicates)));
    QVERIFY(roi.valueLow < roi.value && roi.value < roi.valueHigh);
    // Centred on the estimate: neither side more than twice the other.
    const double above = roi.valueHigh - roi.value, below = roi.value - roi.valueLow;
    QVERIFY2(above < 2 * below && below < 2 * above,
             qPrintable(QStringLiteral("%1 below, %2 above").arg(below).arg(above)));
    QVERIFY(roi.roiLow && roi.roiHigh && *roi.roiLow < *roi.roi && *roi.roi < *roi.roiHigh);
    const QJsonObject json = QJsonDocument::fromJson(MetricsJson::toJson(outcome.result))
                                 .object()
                                 .value(QLatin1String("roi"))
                                 .toObject();
    QCOMPARE(json.value(QLatin1String("interval")).toObject().value(QLatin1String("method")),
             QLatin1String("bootstrap"));
    QCOMPARE(json.value(QLatin1String("interval")).toObject().value(QLatin1String("replicates")),
             bootstrap.result.replicates);
    QCOMPARE(json.value(QLatin1String("interval"))
                 .toObject()
                 .value(QLatin1String("drawn_per_replicate"))
                 .toInteger(),
             qint64(bootstrap.result.drawn));
    QCOMPARE(json.value(QLatin1String("value_low")).toDouble(), roi.valueLow);
}

void TestRoiBootstrap::cancelStopsTheReplicates()
{
    const QString path = demo(QStringLiteral("cancel.socialroi"), 1500, 3);
    QVERIFY(!path.isEmpty());
    MetricEngine engine(path);
    RoiBootstrap::Settings settings;
    settings.replicates = 500;
    settings.threads = 2;
    std::atomic_int done {0};
    const MetricEngine::BootstrapOutcome outcome = engine.bootstrapRoi(
        {}, settings, [&done] { return done.load() >= 3; },
        [&done](int count, int) { done = count; });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.error.isEmpty());
    QVERIFY(done.load() < 20);
}

void TestRoiBootstrap::anUnusableBootstrapLeavesTheInterval()
{
    RoiSummary roi;
    roi.value = 100;
    roi.valueLow = 50;
    roi.valueHigh = 150;
    roi.cost = 80;
    roi.net = 20;
    roi.roi = 0.25;
    RoiBootstrap::Result result;
    result.replicates = 40;
    result.failed = 60; // fewer than half the draws had anyone to compare
    result.low = 90;
    result.high = 110;
    MetricGroups::applyBootstrap(roi, result);
    QCOMPARE(roi.interval, RoiInterval::Linearized);
    QCOMPARE(roi.valueLow, 50.0);

    // The entered figures carry no uncertainty: they are added as they are.
    result.failed = 10;
    roi.components.push_back({QStringLiteral("process_innovation"), 30, 30, 30, true});
    MetricGroups::applyBootstrap(roi, result);
    QCOMPARE(roi.interval, RoiInterval::Bootstrap);
    QCOMPARE(roi.valueLow, 120.0);
    QCOMPARE(roi.valueHigh, 140.0);
    QCOMPARE(*roi.roiLow, (120.0 - 80.0) / 80.0);
}

QTEST_GUILESS_MAIN(TestRoiBootstrap)
#include "tst_roibootstrap.moc"
