// SPDX-License-Identifier: GPL-3.0-or-later
#include "netpromoterscore.h"
#include "referencedata.h"

#include <QTest>

using namespace Stats;

// NPS and the difference of two NPS values against the multinomial formula computed
// in reference/tests_reference.py (cross-checked there with numpy's variance of the
// individual +1/0/−1 scores), and the degenerate inputs.
class TestNetPromoterScore : public QObject
{
    Q_OBJECT

private slots:
    void againstReference_data();
    void againstReference();
    void degenerateInputs_data();
    void degenerateInputs();
    void intervalIsClipped();
};

void TestNetPromoterScore::againstReference_data()
{
    QTest::addColumn<int>("row");
    const ReferenceTable table = ReferenceTable::load(QStringLiteral("nps_reference.csv"));
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (int row = 0; row < table.rowCount(); ++row)
        QTest::newRow(qPrintable(table.text(row, "case"))) << row;
}

void TestNetPromoterScore::againstReference()
{
    QFETCH(int, row);
    const ReferenceTable reference = ReferenceTable::load(QStringLiteral("nps_reference.csv"));
    const NpsCounts social {std::int64_t(reference.number(row, "promoters1")),
                            std::int64_t(reference.number(row, "passives1")),
                            std::int64_t(reference.number(row, "detractors1"))};
    const NpsCounts control {std::int64_t(reference.number(row, "promoters2")),
                             std::int64_t(reference.number(row, "passives2")),
                             std::int64_t(reference.number(row, "detractors2"))};
    const NpsComparison result
        = compareNetPromoterScores(social, control, reference.number(row, "level"));
    QVERIFY(result.valid);
    VERIFY_NEAR(result.social.nps, reference.number(row, "nps1"), "NPS 1");
    VERIFY_NEAR(result.social.variance, reference.number(row, "variance1"), "variance 1");
    VERIFY_NEAR(result.control.nps, reference.number(row, "nps2"), "NPS 2");
    VERIFY_NEAR(result.control.variance, reference.number(row, "variance2"), "variance 2");
    if (result.social.interval.valid) {
        VERIFY_NEAR(result.social.interval.low, reference.number(row, "nps1_ci_low"), "NPS 1 low");
        VERIFY_NEAR(result.social.interval.high, reference.number(row, "nps1_ci_high"),
                    "NPS 1 high");
    } else {
        QCOMPARE(result.social.variance, 0.0);
        QCOMPARE(result.social.interval.low, result.social.nps);
    }
    VERIFY_NEAR(result.difference, reference.number(row, "difference"), "difference");
    QVERIFY(result.test.valid);
    VERIFY_NEAR(result.differenceInterval.low, reference.number(row, "ci_low"), "ci_low");
    VERIFY_NEAR(result.differenceInterval.high, reference.number(row, "ci_high"), "ci_high");
    VERIFY_NEAR(result.test.statistic, reference.number(row, "z"), "z");
    VERIFY_P_VALUE(result.test.pValue, reference.number(row, "p"), "p");
}

void TestNetPromoterScore::degenerateInputs_data()
{
    QTest::addColumn<NpsCounts>("social");
    QTest::addColumn<NpsCounts>("control");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("testValid");
    QTest::addColumn<StatsIssue>("issue");

    QTest::newRow("no_answers") << NpsCounts {} << NpsCounts {3, 4, 5} << false << false
                                << StatsIssue::EmptyGroup;
    QTest::newRow("negative_count") << NpsCounts {3, -1, 2} << NpsCounts {3, 4, 5} << false << false
                                    << StatsIssue::InvalidInput;
    QTest::newRow("all_promoters_both") << NpsCounts {12, 0, 0} << NpsCounts {40, 0, 0} << true
                                        << false << StatsIssue::ZeroVariance;
    QTest::newRow("all_passives_vs_detractors")
        << NpsCounts {0, 9, 0} << NpsCounts {0, 0, 7} << true << false << StatsIssue::ZeroVariance;
    QTest::newRow("single_answer_each")
        << NpsCounts {1, 0, 0} << NpsCounts {0, 0, 1} << true << false << StatsIssue::ZeroVariance;
    QTest::newRow("control_nps_zero")
        << NpsCounts {5, 3, 2} << NpsCounts {2, 6, 2} << true << true << StatsIssue::None;
}

void TestNetPromoterScore::degenerateInputs()
{
    QFETCH(NpsCounts, social);
    QFETCH(NpsCounts, control);
    QFETCH(bool, valid);
    QFETCH(bool, testValid);
    QFETCH(StatsIssue, issue);
    const NpsComparison result = compareNetPromoterScores(social, control);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.test.valid, testValid);
    QCOMPARE(result.differenceInterval.valid, testValid);
    QCOMPARE(result.issue, issue);
    for (double value : {result.social.nps, result.social.variance, result.social.interval.low,
                         result.control.interval.high, result.difference, result.standardError,
                         result.differenceInterval.low, result.differenceInterval.high, result.lift,
                         result.test.statistic, result.test.pValue})
        VERIFY_FINITE(value);
    QVERIFY(result.social.nps >= -100 && result.social.nps <= 100);
    if (valid) {
        QVERIFY(result.warnings.smallSample);
        QVERIFY(result.warnings.smallExpectedCount);
        QVERIFY(result.warnings.intervalSpansZero);
    }
    if (QByteArray(QTest::currentDataTag()) == "control_nps_zero")
        QVERIFY(!result.liftValid);
}

void TestNetPromoterScore::intervalIsClipped()
{
    // 3 promoters and 1 passive: NPS 75 with a wide interval that would pass 100.
    const NpsEstimate estimate = netPromoterScore({3, 1, 0});
    QVERIFY(estimate.valid);
    QVERIFY(estimate.interval.valid);
    QCOMPARE(estimate.nps, 75.0);
    QCOMPARE(estimate.interval.high, 100.0);
    QVERIFY(estimate.interval.low > -100 && estimate.interval.low < 75);
}

QTEST_GUILESS_MAIN(TestNetPromoterScore)
#include "tst_netpromoterscore.moc"
