// SPDX-License-Identifier: GPL-3.0-or-later
#include "meancomparison.h"
#include "referencedata.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Stats;

// Welch's t-test from raw values and from summaries against SciPy's ttest_ind
// (equal_var=False) and statsmodels' tconfint_diff(usevar="unequal")
// (reference/tests_reference.py), and the degenerate inputs.
class TestMeanComparison : public QObject
{
    Q_OBJECT

private slots:
    void againstScipy_data();
    void againstScipy();
    void degenerateInputs_data();
    void degenerateInputs();
};

void TestMeanComparison::againstScipy_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("fromSummary");
    const ReferenceTable table = ReferenceTable::load(QStringLiteral("welch_reference.csv"));
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString caseName = table.text(row, "case");
        QTest::addRow("%s/raw", qPrintable(caseName)) << row << false;
        QTest::addRow("%s/summary", qPrintable(caseName)) << row << true;
    }
}

void TestMeanComparison::againstScipy()
{
    QFETCH(int, row);
    QFETCH(bool, fromSummary);
    const ReferenceTable reference = ReferenceTable::load(QStringLiteral("welch_reference.csv"));
    const double level = reference.number(row, "level");
    MeanComparison result;
    if (fromSummary) {
        const SummaryStatistics social {std::int64_t(reference.number(row, "n1")),
                                        reference.number(row, "mean1"),
                                        reference.number(row, "variance1")};
        const SummaryStatistics control {std::int64_t(reference.number(row, "n2")),
                                         reference.number(row, "mean2"),
                                         reference.number(row, "variance2")};
        result = welchTTest(social, control, level);
    } else {
        // The "_level99" case reuses the values of the case named before the suffix.
        const QString inputCase = reference.text(row, "case").remove(QStringLiteral("_level99"));
        QString error;
        const std::vector<double> social = welchValues(inputCase, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const std::vector<double> control = welchValues(inputCase, 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        result = welchTTest(social, control, level);
    }
    QVERIFY(result.valid);
    QCOMPARE(double(result.social.count), reference.number(row, "n1"));
    QCOMPARE(double(result.control.count), reference.number(row, "n2"));
    VERIFY_NEAR(result.social.mean, reference.number(row, "mean1"), "mean 1");
    VERIFY_NEAR(result.control.variance, reference.number(row, "variance2"), "variance 2");
    VERIFY_NEAR(result.difference, reference.number(row, "difference"), "difference");
    QVERIFY(result.test.valid);
    VERIFY_NEAR(result.test.statistic, reference.number(row, "t"), "t");
    VERIFY_NEAR(result.test.degreesOfFreedom, reference.number(row, "df"), "df");
    VERIFY_P_VALUE(result.test.pValue, reference.number(row, "p"), "p");
    QVERIFY(result.differenceInterval.valid);
    VERIFY_NEAR(result.differenceInterval.low, reference.number(row, "ci_low"), "ci_low");
    VERIFY_NEAR(result.differenceInterval.high, reference.number(row, "ci_high"), "ci_high");
    QCOMPARE(result.warnings.smallSample, reference.number(row, "n1") < 30);
    QCOMPARE(result.warnings.intervalSpansZero, result.differenceInterval.spansZero());
}

void TestMeanComparison::degenerateInputs_data()
{
    QTest::addColumn<std::vector<double>>("social");
    QTest::addColumn<std::vector<double>>("control");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("testValid");
    QTest::addColumn<StatsIssue>("issue");

    const std::vector<double> some {2.0, 3.5, 4.0, 1.5};
    QTest::newRow("social_empty") << std::vector<double> {} << some << false << false
                                  << StatsIssue::EmptyGroup;
    QTest::newRow("control_single")
        << some << std::vector<double> {7.0} << false << false << StatsIssue::TooFewObservations;
    QTest::newRow("both_constant")
        << std::vector<double> {5.0, 5.0, 5.0} << std::vector<double> {4.0, 4.0} << true << false
        << StatsIssue::ZeroVariance;
    QTest::newRow("identical_constant")
        << std::vector<double> {5.0, 5.0} << std::vector<double> {5.0, 5.0, 5.0} << true << false
        << StatsIssue::ZeroVariance;
    QTest::newRow("nan_value") << std::vector<double> {1.0, std::nan(""), 3.0} << some << false
                               << false << StatsIssue::InvalidInput;
    QTest::newRow("infinite_value")
        << some << std::vector<double> {1.0, std::numeric_limits<double>::infinity()} << false
        << false << StatsIssue::InvalidInput;
    QTest::newRow("control_mean_zero")
        << some << std::vector<double> {-1.0, 1.0, 0.0} << true << true << StatsIssue::None;
}

void TestMeanComparison::degenerateInputs()
{
    QFETCH(std::vector<double>, social);
    QFETCH(std::vector<double>, control);
    QFETCH(bool, valid);
    QFETCH(bool, testValid);
    QFETCH(StatsIssue, issue);
    const MeanComparison result = welchTTest(social, control);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.test.valid, testValid);
    QCOMPARE(result.differenceInterval.valid, testValid);
    QCOMPARE(result.issue, issue);
    for (double value : {result.difference, result.standardError, result.differenceInterval.low,
                         result.differenceInterval.high, result.lift, result.test.statistic,
                         result.test.degreesOfFreedom, result.test.pValue})
        VERIFY_FINITE(value);
    if (!testValid) {
        QCOMPARE(result.test.pValue, 1.0);
        QVERIFY(result.warnings.intervalSpansZero);
    }
    QVERIFY(result.warnings.smallSample);
    if (QByteArray(QTest::currentDataTag()) == "control_mean_zero")
        QVERIFY(!result.liftValid);

    // Summaries that are not summaries are rejected too.
    QCOMPARE(welchTTest(SummaryStatistics {5, 1.0, -2.0}, SummaryStatistics {5, 1.0, 2.0}).issue,
             StatsIssue::InvalidInput);
    QCOMPARE(welchTTest(SummaryStatistics {5, 1.0, 2.0}, SummaryStatistics {-5, 1.0, 2.0}).issue,
             StatsIssue::InvalidInput);
    QVERIFY(
        !welchTTest(SummaryStatistics {5, 1.0, 2.0}, SummaryStatistics {5, 2.0, 2.0}, 0.0).valid);
}

QTEST_GUILESS_MAIN(TestMeanComparison)
#include "tst_meancomparison.moc"
