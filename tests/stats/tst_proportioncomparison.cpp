// SPDX-License-Identifier: GPL-3.0-or-later
#include "proportioncomparison.h"
#include "referencedata.h"

#include <QTest>

#include <cmath>

using namespace Stats;

// Wilson intervals, the Newcombe interval of the difference and the pooled z-test
// against statsmodels (reference/tests_reference.py), and the flags.
class TestProportionComparison : public QObject
{
    Q_OBJECT

private slots:
    void againstStatsmodels_data();
    void againstStatsmodels();
    void warnings_data();
    void warnings();
    void invalidInputs_data();
    void invalidInputs();
};

void TestProportionComparison::againstStatsmodels_data()
{
    QTest::addColumn<int>("row");
    const ReferenceTable table = ReferenceTable::load(QStringLiteral("proportions_reference.csv"));
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (int row = 0; row < table.rowCount(); ++row)
        QTest::newRow(qPrintable(table.text(row, "case"))) << row;
}

void TestProportionComparison::againstStatsmodels()
{
    QFETCH(int, row);
    const ReferenceTable reference
        = ReferenceTable::load(QStringLiteral("proportions_reference.csv"));
    const BinomialCounts social {std::int64_t(reference.number(row, "x1")),
                                 std::int64_t(reference.number(row, "n1"))};
    const BinomialCounts control {std::int64_t(reference.number(row, "x2")),
                                  std::int64_t(reference.number(row, "n2"))};
    const ProportionComparison result
        = compareProportions(social, control, reference.number(row, "level"));
    QVERIFY(result.valid);
    VERIFY_NEAR(result.social.proportion, reference.number(row, "p1"), "p1");
    VERIFY_NEAR(result.control.proportion, reference.number(row, "p2"), "p2");
    VERIFY_NEAR(result.difference, reference.number(row, "difference"), "difference");
    QVERIFY(result.social.interval.valid && result.control.interval.valid);
    VERIFY_NEAR(result.social.interval.low, reference.number(row, "wilson1_low"), "Wilson 1 low");
    VERIFY_NEAR(result.social.interval.high, reference.number(row, "wilson1_high"),
                "Wilson 1 high");
    VERIFY_NEAR(result.control.interval.low, reference.number(row, "wilson2_low"), "Wilson 2 low");
    VERIFY_NEAR(result.control.interval.high, reference.number(row, "wilson2_high"),
                "Wilson 2 high");
    QVERIFY(result.differenceInterval.valid);
    VERIFY_NEAR(result.differenceInterval.low, reference.number(row, "ci_low"), "Newcombe low");
    VERIFY_NEAR(result.differenceInterval.high, reference.number(row, "ci_high"), "Newcombe high");
    QCOMPARE(result.test.valid, !reference.isMissing(row, "z"));
    if (result.test.valid) {
        VERIFY_NEAR(result.test.statistic, reference.number(row, "z"), "z");
        VERIFY_P_VALUE(result.test.pValue, reference.number(row, "p"), "p");
    } else {
        QCOMPARE(result.issue, StatsIssue::ZeroVariance);
        QCOMPARE(result.test.pValue, 1.0);
        QCOMPARE(result.test.statistic, 0.0);
    }
}

void TestProportionComparison::warnings_data()
{
    QTest::addColumn<BinomialCounts>("social");
    QTest::addColumn<BinomialCounts>("control");
    QTest::addColumn<bool>("smallSample");
    QTest::addColumn<bool>("smallExpectedCount");
    QTest::addColumn<bool>("intervalSpansZero");
    QTest::addColumn<bool>("liftValid");

    QTest::newRow("large_clear") << BinomialCounts {300, 1000} << BinomialCounts {150, 1000}
                                 << false << false << false << true;
    QTest::newRow("n_below_30") << BinomialCounts {7, 20} << BinomialCounts {3, 18} << true << true
                                << true << true;
    QTest::newRow("rare_event") << BinomialCounts {1, 100} << BinomialCounts {3, 100} << false
                                << true << true << true;
    QTest::newRow("almost_all") << BinomialCounts {98, 100} << BinomialCounts {99, 100} << false
                                << true << true << true;
    QTest::newRow("control_zero") << BinomialCounts {30, 200} << BinomialCounts {0, 210} << false
                                  << false << false << false;
    QTest::newRow("identical") << BinomialCounts {10, 50} << BinomialCounts {10, 50} << false
                               << false << true << true;
    QTest::newRow("both_all") << BinomialCounts {40, 40} << BinomialCounts {50, 50} << false << true
                              << true << true;
}

void TestProportionComparison::warnings()
{
    QFETCH(BinomialCounts, social);
    QFETCH(BinomialCounts, control);
    QFETCH(bool, smallSample);
    QFETCH(bool, smallExpectedCount);
    QFETCH(bool, intervalSpansZero);
    QFETCH(bool, liftValid);
    const ProportionComparison result = compareProportions(social, control);
    QVERIFY(result.valid);
    QCOMPARE(result.warnings.smallSample, smallSample);
    QCOMPARE(result.warnings.smallExpectedCount, smallExpectedCount);
    QCOMPARE(result.warnings.intervalSpansZero, intervalSpansZero);
    QCOMPARE(result.liftValid, liftValid);
    for (double value :
         {result.difference, result.differenceInterval.low, result.differenceInterval.high,
          result.lift, result.test.statistic, result.test.pValue, result.social.interval.low,
          result.control.interval.high})
        VERIFY_FINITE(value);
    QVERIFY(result.social.interval.low >= 0 && result.social.interval.high <= 1);
    QVERIFY(result.differenceInterval.contains(result.difference));
}

void TestProportionComparison::invalidInputs_data()
{
    QTest::addColumn<BinomialCounts>("social");
    QTest::addColumn<BinomialCounts>("control");
    QTest::addColumn<double>("confidenceLevel");
    QTest::addColumn<StatsIssue>("issue");

    QTest::newRow("social_empty") << BinomialCounts {0, 0} << BinomialCounts {3, 10} << 0.95
                                  << StatsIssue::EmptyGroup;
    QTest::newRow("control_empty")
        << BinomialCounts {3, 10} << BinomialCounts {0, 0} << 0.95 << StatsIssue::EmptyGroup;
    QTest::newRow("count_above_total")
        << BinomialCounts {11, 10} << BinomialCounts {3, 10} << 0.95 << StatsIssue::InvalidInput;
    QTest::newRow("negative_count")
        << BinomialCounts {3, 10} << BinomialCounts {-1, 10} << 0.95 << StatsIssue::InvalidInput;
    QTest::newRow("negative_total")
        << BinomialCounts {0, -4} << BinomialCounts {1, 10} << 0.95 << StatsIssue::InvalidInput;
    QTest::newRow("level_zero") << BinomialCounts {3, 10} << BinomialCounts {4, 10} << 0.0
                                << StatsIssue::InvalidInput;
}

void TestProportionComparison::invalidInputs()
{
    QFETCH(BinomialCounts, social);
    QFETCH(BinomialCounts, control);
    QFETCH(double, confidenceLevel);
    QFETCH(StatsIssue, issue);
    const ProportionComparison result = compareProportions(social, control, confidenceLevel);
    QVERIFY(!result.valid);
    QVERIFY(!result.test.valid);
    QCOMPARE(result.issue, issue);
    QCOMPARE(result.difference, 0.0);
    QCOMPARE(result.test.pValue, 1.0);
    QVERIFY(!result.differenceInterval.valid);
}

QTEST_GUILESS_MAIN(TestProportionComparison)
#include "tst_proportioncomparison.moc"
