// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratecomparison.h"
#include "referencedata.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Stats;

// Poisson rate comparisons against statsmodels (reference/tests_reference.py):
// test_poisson_2indep(method="wald") for z and p, a Poisson GLM with a log-exposure
// offset for the ratio and its Wald interval, and the written-out Wald interval of
// the difference (statsmodels 0.13.5 has none).
class TestRateComparison : public QObject
{
    Q_OBJECT

private slots:
    void againstStatsmodels_data();
    void againstStatsmodels();
    void degenerateInputs_data();
    void degenerateInputs();
};

void TestRateComparison::againstStatsmodels_data()
{
    QTest::addColumn<int>("row");
    const ReferenceTable table = ReferenceTable::load(QStringLiteral("poisson_reference.csv"));
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (int row = 0; row < table.rowCount(); ++row)
        QTest::newRow(qPrintable(table.text(row, "case"))) << row;
}

void TestRateComparison::againstStatsmodels()
{
    QFETCH(int, row);
    const ReferenceTable reference = ReferenceTable::load(QStringLiteral("poisson_reference.csv"));
    const PoissonCounts social {std::int64_t(reference.number(row, "events1")),
                                reference.number(row, "exposure1")};
    const PoissonCounts control {std::int64_t(reference.number(row, "events2")),
                                 reference.number(row, "exposure2")};
    const RateComparison result
        = comparePoissonRates(social, control, reference.number(row, "level"));
    QVERIFY(result.valid);
    VERIFY_NEAR(result.socialRate, reference.number(row, "rate1"), "rate 1");
    VERIFY_NEAR(result.controlRate, reference.number(row, "rate2"), "rate 2");
    VERIFY_NEAR(result.difference, reference.number(row, "difference"), "difference");
    QVERIFY(result.differenceInterval.valid);
    VERIFY_NEAR(result.differenceInterval.low, reference.number(row, "ci_low"), "ci_low");
    VERIFY_NEAR(result.differenceInterval.high, reference.number(row, "ci_high"), "ci_high");
    QVERIFY(result.ratioValid);
    QCOMPARE(result.ratioCorrected, social.events == 0 || control.events == 0);
    VERIFY_NEAR(result.ratio, reference.number(row, "ratio"), "ratio");
    VERIFY_NEAR(result.ratioInterval.low, reference.number(row, "ratio_ci_low"), "ratio_ci_low");
    VERIFY_NEAR(result.ratioInterval.high, reference.number(row, "ratio_ci_high"), "ratio_ci_high");
    QVERIFY(result.test.valid);
    VERIFY_NEAR(result.test.statistic, reference.number(row, "z"), "z");
    VERIFY_P_VALUE(result.test.pValue, reference.number(row, "p"), "p");
}

void TestRateComparison::degenerateInputs_data()
{
    QTest::addColumn<PoissonCounts>("social");
    QTest::addColumn<PoissonCounts>("control");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("testValid");
    QTest::addColumn<bool>("ratioValid");
    QTest::addColumn<StatsIssue>("issue");

    QTest::newRow("no_events_anywhere") << PoissonCounts {0, 120} << PoissonCounts {0, 80} << true
                                        << false << false << StatsIssue::NoEvents;
    QTest::newRow("zero_events_control") << PoissonCounts {9, 120} << PoissonCounts {0, 80} << true
                                         << true << true << StatsIssue::None;
    QTest::newRow("no_exposure") << PoissonCounts {0, 0} << PoissonCounts {4, 80} << false << false
                                 << false << StatsIssue::EmptyGroup;
    QTest::newRow("events_without_exposure") << PoissonCounts {3, 0} << PoissonCounts {4, 80}
                                             << false << false << false << StatsIssue::InvalidInput;
    QTest::newRow("negative_events") << PoissonCounts {-3, 10} << PoissonCounts {4, 80} << false
                                     << false << false << StatsIssue::InvalidInput;
    QTest::newRow("nan_exposure") << PoissonCounts {3, 10} << PoissonCounts {4, std::nan("")}
                                  << false << false << false << StatsIssue::InvalidInput;
    QTest::newRow("infinite_exposure")
        << PoissonCounts {3, std::numeric_limits<double>::infinity()} << PoissonCounts {4, 80}
        << false << false << false << StatsIssue::InvalidInput;
}

void TestRateComparison::degenerateInputs()
{
    QFETCH(PoissonCounts, social);
    QFETCH(PoissonCounts, control);
    QFETCH(bool, valid);
    QFETCH(bool, testValid);
    QFETCH(bool, ratioValid);
    QFETCH(StatsIssue, issue);
    const RateComparison result = comparePoissonRates(social, control);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.test.valid, testValid);
    QCOMPARE(result.differenceInterval.valid, testValid);
    QCOMPARE(result.ratioValid, ratioValid);
    QCOMPARE(result.issue, issue);
    for (double value :
         {result.socialRate, result.controlRate, result.difference, result.standardError,
          result.differenceInterval.low, result.differenceInterval.high, result.lift, result.ratio,
          result.ratioInterval.low, result.ratioInterval.high, result.test.statistic,
          result.test.pValue})
        VERIFY_FINITE(value);
    if (!testValid)
        QCOMPARE(result.test.pValue, 1.0);
    if (valid) {
        // Expected events under equal rates are far below 5 in these small cases.
        QVERIFY(result.warnings.smallExpectedCount);
        QVERIFY(!result.warnings.smallSample);
    }
    if (QByteArray(QTest::currentDataTag()) == "zero_events_control") {
        // 0.5 added to both counts: (9.5 / 120) / (0.5 / 80).
        QVERIFY(result.ratioCorrected);
        VERIFY_NEAR(result.ratio, (9.5 / 120) / (0.5 / 80), "corrected ratio");
        QVERIFY(!result.liftValid);
    }
}

QTEST_GUILESS_MAIN(TestRateComparison)
#include "tst_ratecomparison.moc"
