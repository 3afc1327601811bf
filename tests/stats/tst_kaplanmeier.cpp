// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaplanmeier.h"
#include "referencedata.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace Stats;

// Kaplan–Meier step tables, point reads and restricted means against R's survival
// package (reference/survival_reference.R), and the degenerate inputs.
class TestKaplanMeier : public QObject
{
    Q_OBJECT

private slots:
    void stepTable_data();
    void stepTable();
    void stepTableAtLevel90();
    void pointReads_data();
    void pointReads();
    void restrictedMean_data();
    void restrictedMean();
    void talliesMatchObservations();
    void degenerateInputs_data();
    void degenerateInputs();
    void invalidInputs_data();
    void invalidInputs();
    void restrictedMeanEdges();

private:
    static void addCaseRows(const QString &fileName);
};

void TestKaplanMeier::addCaseRows(const QString &fileName)
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<int>("group");
    const ReferenceTable table = ReferenceTable::load(fileName);
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (const QString &caseName : table.cases()) {
        for (int group = 1; group <= 2; ++group)
            QTest::addRow("%s/group%d", qPrintable(caseName), group) << caseName << group;
    }
}

void TestKaplanMeier::stepTable_data()
{
    addCaseRows(QStringLiteral("survival_steps.csv"));
}

void TestKaplanMeier::stepTable()
{
    QFETCH(QString, caseName);
    QFETCH(int, group);
    QString error;
    const auto observations = survivalObservations(caseName, group, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The Telco groups go through the tally interface, shuffled, one tally per customer.
    KaplanMeier curve;
    if (caseName == QLatin1String("telco")) {
        std::vector<SurvivalTally> tallies;
        for (const SurvivalObservation &observation : observations)
            tallies.push_back(
                {observation.time, observation.event ? 1 : 0, observation.event ? 0 : 1});
        std::shuffle(tallies.begin(), tallies.end(), std::mt19937(20240611));
        curve = KaplanMeier::fromTallies(tallies);
    } else {
        curve = KaplanMeier::fromObservations(observations);
    }
    QVERIFY(curve.isValid());

    const ReferenceTable reference = ReferenceTable::load(QStringLiteral("survival_steps.csv"));
    const QList<int> rows = reference.rowsFor(caseName, group);
    QCOMPARE(curve.steps().size(), size_t(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        const SurvivalStep &step = curve.steps()[size_t(i)];
        const QString at = QStringLiteral("t=%1 ").arg(step.time);
        VERIFY_NEAR(step.time, reference.number(row, "time"), at + "time");
        QCOMPARE(double(step.atRisk), reference.number(row, "n_risk"));
        QCOMPARE(double(step.events), reference.number(row, "n_event"));
        QCOMPARE(double(step.censored), reference.number(row, "n_censor"));
        VERIFY_NEAR(step.survival, reference.number(row, "surv"), at + "survival");
        // R has no variance where S reaches 0 (its std.err is Inf); ours is 0 there.
        if (reference.isMissing(row, "var_greenwood"))
            QCOMPARE(step.variance, 0.0);
        else
            VERIFY_NEAR(step.variance, reference.number(row, "var_greenwood"), at + "variance");
        // R gives NA where S is 1 or 0: our band is invalid there and collapsed on S.
        QCOMPARE(step.band.valid, !reference.isMissing(row, "lower"));
        if (step.band.valid) {
            VERIFY_NEAR(step.band.low, reference.number(row, "lower"), at + "band low");
            VERIFY_NEAR(step.band.high, reference.number(row, "upper"), at + "band high");
        } else {
            QCOMPARE(step.band.low, step.survival);
            QCOMPARE(step.band.high, step.survival);
        }
    }
}

void TestKaplanMeier::stepTableAtLevel90()
{
    const ReferenceTable reference
        = ReferenceTable::load(QStringLiteral("survival_steps_level90.csv"));
    QVERIFY2(reference.error().isEmpty(), qPrintable(reference.error()));
    for (int group = 1; group <= 2; ++group) {
        QString error;
        const KaplanMeier curve = KaplanMeier::fromObservations(
            survivalObservations(QStringLiteral("ties"), group, &error), 0.90);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<int> rows = reference.rowsFor(QStringLiteral("ties"), group);
        QCOMPARE(curve.steps().size(), size_t(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const SurvivalStep &step = curve.steps()[size_t(i)];
            QCOMPARE(step.band.valid, !reference.isMissing(rows[i], "lower"));
            if (!step.band.valid)
                continue;
            const QString at = QStringLiteral("group %1 t=%2 ").arg(group).arg(step.time);
            VERIFY_NEAR(step.band.low, reference.number(rows[i], "lower"), at + "band low");
            VERIFY_NEAR(step.band.high, reference.number(rows[i], "upper"), at + "band high");
        }
    }
}

void TestKaplanMeier::pointReads_data()
{
    addCaseRows(QStringLiteral("survival_at_times.csv"));
}

void TestKaplanMeier::pointReads()
{
    QFETCH(QString, caseName);
    QFETCH(int, group);
    QString error;
    const KaplanMeier curve
        = KaplanMeier::fromObservations(survivalObservations(caseName, group, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ReferenceTable reference = ReferenceTable::load(QStringLiteral("survival_at_times.csv"));
    const QList<int> rows = reference.rowsFor(caseName, group);
    QVERIFY(!rows.isEmpty());
    for (int row : rows) {
        const double time = reference.number(row, "t");
        const QString at = QStringLiteral("t=%1 ").arg(time);
        VERIFY_NEAR(curve.survivalAt(time), reference.number(row, "surv"), at + "survival");
        if (reference.isMissing(row, "std_err"))
            QCOMPARE(curve.standardErrorAt(time), 0.0);
        else
            VERIFY_NEAR(curve.standardErrorAt(time), reference.number(row, "std_err"),
                        at + "standard error");
    }
}

void TestKaplanMeier::restrictedMean_data()
{
    addCaseRows(QStringLiteral("survival_rmst.csv"));
}

void TestKaplanMeier::restrictedMean()
{
    QFETCH(QString, caseName);
    QFETCH(int, group);
    QString error;
    const KaplanMeier curve
        = KaplanMeier::fromObservations(survivalObservations(caseName, group, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ReferenceTable reference = ReferenceTable::load(QStringLiteral("survival_rmst.csv"));
    const QList<int> rows = reference.rowsFor(caseName, group);
    QVERIFY(!rows.isEmpty());
    for (int row : rows) {
        const double horizon = reference.number(row, "tau");
        const RestrictedMean mean = curve.restrictedMean(horizon);
        const QString at = QStringLiteral("tau=%1 ").arg(horizon);
        QVERIFY(mean.valid);
        VERIFY_NEAR(mean.mean, reference.number(row, "rmean"), at + "rmean");
        VERIFY_NEAR(mean.standardError, reference.number(row, "se_rmean"), at + "se(rmean)");
    }
}

void TestKaplanMeier::talliesMatchObservations()
{
    // The metric engine aggregates by day in SQL: tallies split across repeated times
    // and given in any order must give the same table as the raw observations.
    QString error;
    const auto observations = survivalObservations(QStringLiteral("lung"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::vector<SurvivalTally> tallies;
    for (const SurvivalObservation &observation : observations) {
        tallies.push_back({observation.time, observation.event ? 1 : 0, 0});
        tallies.push_back({observation.time, 0, observation.event ? 0 : 1});
        tallies.push_back({observation.time, 0, 0});
    }
    std::reverse(tallies.begin(), tallies.end());
    const KaplanMeier fromRaw = KaplanMeier::fromObservations(observations);
    const KaplanMeier fromTallies = KaplanMeier::fromTallies(tallies);
    QCOMPARE(fromTallies.subjectCount(), fromRaw.subjectCount());
    QCOMPARE(fromTallies.eventCount(), fromRaw.eventCount());
    QCOMPARE(fromTallies.steps().size(), fromRaw.steps().size());
    for (size_t i = 0; i < fromRaw.steps().size(); ++i) {
        QCOMPARE(fromTallies.steps()[i].atRisk, fromRaw.steps()[i].atRisk);
        QCOMPARE(fromTallies.steps()[i].survival, fromRaw.steps()[i].survival);
        QCOMPARE(fromTallies.steps()[i].variance, fromRaw.steps()[i].variance);
    }
}

void TestKaplanMeier::degenerateInputs_data()
{
    QTest::addColumn<std::vector<SurvivalObservation>>("observations");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("finalSurvival");

    QTest::newRow("empty") << std::vector<SurvivalObservation> {} << false << 1.0;
    QTest::newRow("single_censored")
        << std::vector<SurvivalObservation> {{10, false}} << true << 1.0;
    QTest::newRow("single_event") << std::vector<SurvivalObservation> {{10, true}} << true << 0.0;
    QTest::newRow("all_censored") << std::vector<SurvivalObservation> {{3, false},
                                                                       {1, false},
                                                                       {3, false},
                                                                       {7, false}}
                                  << true << 1.0;
    QTest::newRow("all_events_same_day")
        << std::vector<SurvivalObservation> {{4, true}, {4, true}, {4, true}} << true << 0.0;
    QTest::newRow("all_events") << std::vector<SurvivalObservation> {{4, true},
                                                                     {2, true},
                                                                     {9, true}}
                                << true << 0.0;
    QTest::newRow("events_at_time_zero")
        << std::vector<SurvivalObservation> {{0, true}, {0, false}, {5, true}, {6, false}} << true
        << 0.75 * 0.5;
}

void TestKaplanMeier::degenerateInputs()
{
    QFETCH(std::vector<SurvivalObservation>, observations);
    QFETCH(bool, valid);
    QFETCH(double, finalSurvival);
    const KaplanMeier curve = KaplanMeier::fromObservations(observations);
    QCOMPARE(curve.isValid(), valid);
    QCOMPARE(curve.issue(), valid ? StatsIssue::None : StatsIssue::EmptyGroup);
    QCOMPARE(curve.survivalAt(std::numeric_limits<double>::infinity()), finalSurvival);
    QCOMPARE(curve.survivalAt(-1), 1.0);
    for (const SurvivalStep &step : curve.steps()) {
        VERIFY_FINITE(step.survival);
        VERIFY_FINITE(step.variance);
        VERIFY_FINITE(step.greenwoodSum);
        VERIFY_FINITE(step.band.low);
        VERIFY_FINITE(step.band.high);
        QVERIFY(step.band.low <= step.survival && step.survival <= step.band.high);
    }
    for (double time : {-1.0, 0.0, 2.5, 4.0, 100.0, std::nan("")}) {
        VERIFY_FINITE(curve.survivalAt(time));
        VERIFY_FINITE(curve.standardErrorAt(time));
        VERIFY_FINITE(curve.bandAt(time).low);
        VERIFY_FINITE(curve.bandAt(time).high);
    }
    const RestrictedMean mean = curve.restrictedMean(8);
    QCOMPARE(mean.valid, valid);
    VERIFY_FINITE(mean.mean);
    VERIFY_FINITE(mean.standardError);
    VERIFY_FINITE(mean.interval.low);
    VERIFY_FINITE(mean.interval.high);
}

void TestKaplanMeier::invalidInputs_data()
{
    QTest::addColumn<std::vector<SurvivalTally>>("tallies");
    QTest::addColumn<double>("confidenceLevel");
    QTest::addColumn<StatsIssue>("issue");

    QTest::newRow("negative_time")
        << std::vector<SurvivalTally> {{-1, 1, 0}, {3, 0, 1}} << 0.95 << StatsIssue::InvalidInput;
    QTest::newRow("nan_time") << std::vector<SurvivalTally> {{std::nan(""), 1, 0}} << 0.95
                              << StatsIssue::InvalidInput;
    QTest::newRow("infinite_time")
        << std::vector<SurvivalTally> {{std::numeric_limits<double>::infinity(), 0, 1}} << 0.95
        << StatsIssue::InvalidInput;
    QTest::newRow("negative_events")
        << std::vector<SurvivalTally> {{2, -1, 3}} << 0.95 << StatsIssue::InvalidInput;
    QTest::newRow("negative_censored")
        << std::vector<SurvivalTally> {{2, 1, -3}} << 0.95 << StatsIssue::InvalidInput;
    QTest::newRow("zero_counts_only")
        << std::vector<SurvivalTally> {{2, 0, 0}, {5, 0, 0}} << 0.95 << StatsIssue::EmptyGroup;
    QTest::newRow("level_one") << std::vector<SurvivalTally> {{2, 1, 3}} << 1.0
                               << StatsIssue::InvalidInput;
    QTest::newRow("level_nan") << std::vector<SurvivalTally> {{2, 1, 3}} << std::nan("")
                               << StatsIssue::InvalidInput;
}

void TestKaplanMeier::invalidInputs()
{
    QFETCH(std::vector<SurvivalTally>, tallies);
    QFETCH(double, confidenceLevel);
    QFETCH(StatsIssue, issue);
    const KaplanMeier curve = KaplanMeier::fromTallies(tallies, confidenceLevel);
    QVERIFY(!curve.isValid());
    QCOMPARE(curve.issue(), issue);
    QVERIFY(curve.steps().empty());
    QCOMPARE(curve.subjectCount(), std::int64_t(0));
    QCOMPARE(curve.survivalAt(3), 1.0);
    QCOMPARE(curve.standardErrorAt(3), 0.0);
    QVERIFY(!curve.isDefinedAt(3));
    const RestrictedMean mean = curve.restrictedMean(10);
    QVERIFY(!mean.valid);
    QCOMPARE(mean.mean, 0.0);
}

void TestKaplanMeier::restrictedMeanEdges()
{
    const KaplanMeier curve = KaplanMeier::fromObservations(
        {{2, true}, {3, false}, {5, true}, {8, false}, {8, true}, {9, false}});

    // Before the first time the curve is 1: the mean is the horizon, without variance.
    RestrictedMean mean = curve.restrictedMean(1.5);
    QVERIFY(mean.valid);
    QCOMPARE(mean.mean, 1.5);
    QCOMPARE(mean.variance, 0.0);
    QVERIFY(!mean.interval.valid);
    QCOMPARE(mean.issue, StatsIssue::ZeroVariance);

    // A horizon of 0 has no area.
    mean = curve.restrictedMean(0);
    QVERIFY(mean.valid);
    QCOMPARE(mean.mean, 0.0);

    // After the last observation the last value is carried forward and flagged.
    mean = curve.restrictedMean(20);
    QVERIFY(mean.valid);
    QVERIFY(mean.extrapolated);
    QVERIFY(mean.interval.valid);
    QVERIFY(!curve.isDefinedAt(20));
    QVERIFY(curve.isDefinedAt(9));
    QVERIFY(!curve.restrictedMean(9).extrapolated);

    // Negative or non-finite horizons are rejected without NaN.
    for (double horizon : {-1.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
        mean = curve.restrictedMean(horizon);
        QVERIFY(!mean.valid);
        QCOMPARE(mean.issue, StatsIssue::InvalidInput);
        VERIFY_FINITE(mean.horizon);
    }

    // A curve that has reached 0 is defined forever after and has nothing to extrapolate.
    const KaplanMeier ended = KaplanMeier::fromObservations({{1, true}, {2, true}});
    QVERIFY(ended.isDefinedAt(100));
    mean = ended.restrictedMean(100);
    QVERIFY(!mean.extrapolated);
    QCOMPARE(mean.mean, 1.0 + 0.5);
}

QTEST_GUILESS_MAIN(TestKaplanMeier)
#include "tst_kaplanmeier.moc"
