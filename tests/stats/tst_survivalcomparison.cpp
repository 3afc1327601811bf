// SPDX-License-Identifier: GPL-3.0-or-later
#include "logranktest.h"
#include "referencedata.h"
#include "survivalcomparison.h"

#include <QTest>

#include <cmath>

using namespace Stats;

// Differences of survival at a time, of restricted means, and the log-rank test,
// against R's survival package (reference/survival_reference.R): group 1 of each
// case is passed as the social cohort, group 2 as the control.
class TestSurvivalComparison : public QObject
{
    Q_OBJECT

private slots:
    void survivalDifference_data();
    void survivalDifference();
    void restrictedMeanDifference_data();
    void restrictedMeanDifference();
    void logRank_data();
    void logRank();
    void degenerateComparisons_data();
    void degenerateComparisons();
    void warnings();

private:
    static void addCases(const QString &fileName);
    static bool loadCurves(const QString &caseName, KaplanMeier *social, KaplanMeier *control);
};

void TestSurvivalComparison::addCases(const QString &fileName)
{
    QTest::addColumn<QString>("caseName");
    const ReferenceTable table = ReferenceTable::load(fileName);
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (const QString &caseName : table.cases())
        QTest::newRow(qPrintable(caseName)) << caseName;
}

bool TestSurvivalComparison::loadCurves(const QString &caseName, KaplanMeier *social,
                                        KaplanMeier *control)
{
    QString error;
    *social = KaplanMeier::fromObservations(survivalObservations(caseName, 1, &error));
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    QString controlError;
    *control = KaplanMeier::fromObservations(survivalObservations(caseName, 2, &controlError));
    if (!controlError.isEmpty())
        qWarning("%s", qPrintable(controlError));
    return error.isEmpty() && controlError.isEmpty() && social->isValid() && control->isValid();
}

void TestSurvivalComparison::survivalDifference_data()
{
    addCases(QStringLiteral("survival_differences.csv"));
}

void TestSurvivalComparison::survivalDifference()
{
    QFETCH(QString, caseName);
    KaplanMeier social;
    KaplanMeier control;
    QVERIFY(loadCurves(caseName, &social, &control));
    const ReferenceTable reference
        = ReferenceTable::load(QStringLiteral("survival_differences.csv"));
    for (int row : reference.rowsFor(caseName)) {
        const double time = reference.number(row, "t");
        const QString at = QStringLiteral("t=%1 ").arg(time);
        const SurvivalDifference result = compareSurvivalAt(social, control, time);
        if (!social.isDefinedAt(time) || !control.isDefinedAt(time)) {
            // After a curve's last observation (R's extend = TRUE carries it forward) we
            // report the carried values but no difference.
            QVERIFY(!result.valid);
            QCOMPARE(result.issue, StatsIssue::BeyondFollowUp);
            VERIFY_NEAR(result.socialSurvival, reference.number(row, "surv1"), at + "social S");
            VERIFY_NEAR(result.controlSurvival, reference.number(row, "surv2"), at + "control S");
            continue;
        }
        QVERIFY(result.valid);
        VERIFY_NEAR(result.socialSurvival, reference.number(row, "surv1"), at + "social S");
        VERIFY_NEAR(result.controlSurvival, reference.number(row, "surv2"), at + "control S");
        VERIFY_NEAR(result.difference, reference.number(row, "difference"), at + "difference");
        // R's se is NA when a curve has reached 0 (std.err Inf); ours then counts that
        // curve's variance as 0, so only rows where R has a value are compared.
        if (reference.isMissing(row, "se"))
            continue;
        VERIFY_NEAR(result.standardError, reference.number(row, "se"), at + "se");
        QCOMPARE(result.test.valid, !reference.isMissing(row, "z"));
        QCOMPARE(result.differenceInterval.valid, result.test.valid);
        if (!result.test.valid) {
            QCOMPARE(result.issue, StatsIssue::ZeroVariance);
            QCOMPARE(result.test.pValue, 1.0);
            continue;
        }
        VERIFY_NEAR(result.differenceInterval.low, reference.number(row, "ci_low"), at + "ci_low");
        VERIFY_NEAR(result.differenceInterval.high, reference.number(row, "ci_high"),
                    at + "ci_high");
        VERIFY_NEAR(result.test.statistic, reference.number(row, "z"), at + "z");
        VERIFY_P_VALUE(result.test.pValue, reference.number(row, "p"), at + "p");
    }
}

void TestSurvivalComparison::restrictedMeanDifference_data()
{
    addCases(QStringLiteral("survival_rmst_differences.csv"));
}

void TestSurvivalComparison::restrictedMeanDifference()
{
    QFETCH(QString, caseName);
    KaplanMeier social;
    KaplanMeier control;
    QVERIFY(loadCurves(caseName, &social, &control));
    const ReferenceTable reference
        = ReferenceTable::load(QStringLiteral("survival_rmst_differences.csv"));
    for (int row : reference.rowsFor(caseName)) {
        const double horizon = reference.number(row, "tau");
        const QString at = QStringLiteral("tau=%1 ").arg(horizon);
        const RestrictedMeanDifference result = compareRestrictedMeans(social, control, horizon);
        QVERIFY(result.valid);
        VERIFY_NEAR(result.social.mean, reference.number(row, "rmean1"), at + "social rmean");
        VERIFY_NEAR(result.control.mean, reference.number(row, "rmean2"), at + "control rmean");
        VERIFY_NEAR(result.difference, reference.number(row, "difference"), at + "difference");
        VERIFY_NEAR(result.standardError, reference.number(row, "se"), at + "se");
        QCOMPARE(result.test.valid, !reference.isMissing(row, "z"));
        if (!result.test.valid)
            continue;
        VERIFY_NEAR(result.differenceInterval.low, reference.number(row, "ci_low"), at + "ci_low");
        VERIFY_NEAR(result.differenceInterval.high, reference.number(row, "ci_high"),
                    at + "ci_high");
        VERIFY_NEAR(result.test.statistic, reference.number(row, "z"), at + "z");
        VERIFY_P_VALUE(result.test.pValue, reference.number(row, "p"), at + "p");
    }
}

void TestSurvivalComparison::logRank_data()
{
    addCases(QStringLiteral("survival_logrank.csv"));
}

void TestSurvivalComparison::logRank()
{
    QFETCH(QString, caseName);
    KaplanMeier social;
    KaplanMeier control;
    QVERIFY(loadCurves(caseName, &social, &control));
    const ReferenceTable reference = ReferenceTable::load(QStringLiteral("survival_logrank.csv"));
    const QList<int> rows = reference.rowsFor(caseName);
    QCOMPARE(rows.size(), 1);
    const int row = rows.first();
    const LogRankResult result = logRankTest(social, control);
    QVERIFY(result.valid);
    QVERIFY(result.test.valid);
    QCOMPARE(double(result.socialObserved), reference.number(row, "observed1"));
    QCOMPARE(double(result.controlObserved), reference.number(row, "observed2"));
    VERIFY_NEAR(result.socialExpected, reference.number(row, "expected1"), "expected social");
    VERIFY_NEAR(result.controlExpected, reference.number(row, "expected2"), "expected control");
    VERIFY_NEAR(result.variance, reference.number(row, "variance"), "variance");
    VERIFY_NEAR(result.test.statistic, reference.number(row, "chisq"), "chi-square");
    QCOMPARE(result.test.degreesOfFreedom, 1.0);
    VERIFY_P_VALUE(result.test.pValue, reference.number(row, "p"), "p");
}

void TestSurvivalComparison::degenerateComparisons_data()
{
    QTest::addColumn<std::vector<SurvivalObservation>>("social");
    QTest::addColumn<std::vector<SurvivalObservation>>("control");
    QTest::addColumn<bool>("valid"); // difference at t = 5 and log-rank counts
    QTest::addColumn<bool>("testValid"); // difference at t = 5
    QTest::addColumn<bool>("logRankValid");

    const std::vector<SurvivalObservation> mixed {{1, true},  {2, false}, {3, true},
                                                  {6, false}, {7, true},  {8, false}};
    QTest::newRow("identical_groups") << mixed << mixed << true << true << true;
    QTest::newRow("social_empty") << std::vector<SurvivalObservation> {} << mixed << false << false
                                  << false;
    QTest::newRow("control_empty")
        << mixed << std::vector<SurvivalObservation> {} << false << false << false;
    QTest::newRow("all_censored_both")
        << std::vector<SurvivalObservation> {{6, false}, {9, false}}
        << std::vector<SurvivalObservation> {{7, false}, {8, false}, {9, false}} << true << false
        << false;
    QTest::newRow("all_events_both")
        << std::vector<SurvivalObservation> {{1, true}, {2, true}}
        << std::vector<SurvivalObservation> {{3, true}, {4, true}} << true << false << true;
    QTest::newRow("single_subjects")
        << std::vector<SurvivalObservation> {{6, true}}
        << std::vector<SurvivalObservation> {{8, false}} << true << false << true;
    QTest::newRow("events_where_other_not_at_risk")
        << std::vector<SurvivalObservation> {{1, true}, {2, true}, {6, false}}
        << std::vector<SurvivalObservation> {{10, true}, {11, true}} << true << true << true;
}

void TestSurvivalComparison::degenerateComparisons()
{
    QFETCH(std::vector<SurvivalObservation>, social);
    QFETCH(std::vector<SurvivalObservation>, control);
    QFETCH(bool, valid);
    QFETCH(bool, testValid);
    QFETCH(bool, logRankValid);
    const KaplanMeier socialCurve = KaplanMeier::fromObservations(social);
    const KaplanMeier controlCurve = KaplanMeier::fromObservations(control);

    const SurvivalDifference difference = compareSurvivalAt(socialCurve, controlCurve, 5);
    QCOMPARE(difference.valid, valid);
    QCOMPARE(difference.test.valid, testValid);
    QCOMPARE(difference.differenceInterval.valid, testValid);
    QCOMPARE(difference.issue == StatsIssue::None, valid && testValid);
    for (double value : {difference.difference, difference.standardError,
                         difference.differenceInterval.low, difference.differenceInterval.high,
                         difference.test.statistic, difference.test.pValue, difference.lift})
        VERIFY_FINITE(value);
    QVERIFY(difference.test.pValue >= 0 && difference.test.pValue <= 1);

    const RestrictedMeanDifference restricted
        = compareRestrictedMeans(socialCurve, controlCurve, 5);
    QCOMPARE(restricted.valid, valid);
    for (double value : {restricted.difference, restricted.standardError,
                         restricted.differenceInterval.low, restricted.differenceInterval.high,
                         restricted.test.statistic, restricted.test.pValue, restricted.lift})
        VERIFY_FINITE(value);

    const LogRankResult logRank = logRankTest(socialCurve, controlCurve);
    QCOMPARE(logRank.valid, valid);
    QCOMPARE(logRank.test.valid, logRankValid);
    for (double value : {logRank.socialExpected, logRank.controlExpected, logRank.variance,
                         logRank.test.statistic, logRank.test.pValue})
        VERIFY_FINITE(value);
    if (!logRank.test.valid) {
        QVERIFY(logRank.issue != StatsIssue::None);
        QCOMPARE(logRank.test.pValue, 1.0);
    }
    if (QByteArray(QTest::currentDataTag()) == "identical_groups")
        QCOMPARE(logRank.test.statistic, 0.0);
}

void TestSurvivalComparison::warnings()
{
    QString error;
    const KaplanMeier small
        = KaplanMeier::fromObservations(survivalObservations(QStringLiteral("ties"), 1, &error));
    const KaplanMeier lung
        = KaplanMeier::fromObservations(survivalObservations(QStringLiteral("lung"), 2, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Fewer than 30 subjects, and few still at risk late in the small curve.
    SurvivalDifference difference = compareSurvivalAt(small, lung, 12.5);
    QVERIFY(difference.warnings.smallSample);
    QVERIFY(difference.warnings.fewAtRisk);
    QVERIFY(!difference.warnings.beyondFollowUp);

    // After the small curve's last observation (15 days, S > 0) nothing is known.
    difference = compareSurvivalAt(small, lung, 16);
    QVERIFY(!difference.valid);
    QCOMPARE(difference.issue, StatsIssue::BeyondFollowUp);
    QVERIFY(difference.warnings.beyondFollowUp);
    QVERIFY(difference.warnings.intervalSpansZero);

    const RestrictedMeanDifference restricted = compareRestrictedMeans(small, lung, 30);
    QVERIFY(restricted.valid);
    QVERIFY(restricted.warnings.beyondFollowUp);

    // Log-rank on lung by sex: large groups, expected counts well above 5.
    const KaplanMeier lungMen
        = KaplanMeier::fromObservations(survivalObservations(QStringLiteral("lung"), 1, &error));
    const LogRankResult logRank = logRankTest(lungMen, lung);
    QVERIFY(!logRank.warnings.any());
    QVERIFY(logRankTest(small, small).warnings.smallSample);

    // Invalid levels and times give invalid results, not NaN.
    QVERIFY(!compareSurvivalAt(small, lung, std::nan("")).valid);
    QVERIFY(!compareSurvivalAt(small, lung, 5, 1.5).valid);
    QVERIFY(!compareRestrictedMeans(small, lung, -3).valid);
}

QTEST_GUILESS_MAIN(TestSurvivalComparison)
#include "tst_survivalcomparison.moc"
