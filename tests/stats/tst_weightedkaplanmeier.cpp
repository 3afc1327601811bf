// SPDX-License-Identifier: GPL-3.0-or-later
// The weighted Kaplan–Meier with its clustered (robust) variance, the
// standardized mean differences and the E-value, against the numbers R gives
// (tests/stats/reference/weighted_survival_reference.R: survfit with weights,
// id and robust = TRUE; base R; VanderWeele & Ding's formula).

#include "covariatebalance.h"
#include "distributions.h"
#include "referencedata.h"
#include "weightedkaplanmeier.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace {

struct Input
{
    int id = 0;
    Stats::WeightedObservation observation;
};

std::vector<Input> loadInputs(QString *error)
{
    const ReferenceTable table
        = ReferenceTable::load(QStringLiteral("weighted_survival_inputs.csv"));
    *error = table.error();
    std::vector<Input> inputs;
    for (int row = 0; row < table.rowCount(); ++row) {
        inputs.push_back({int(table.number(row, "id")),
                          {table.number(row, "time"), table.number(row, "event") == 1,
                           table.number(row, "weight")}});
    }
    return inputs;
}

Stats::WeightedKaplanMeier fitWithRobustVariance(const std::vector<Input> &inputs)
{
    std::vector<Stats::WeightedTally> tallies;
    for (const Input &input : inputs) {
        tallies.push_back({input.observation.time,
                           input.observation.event ? input.observation.weight : 0.0,
                           input.observation.event ? 0.0 : input.observation.weight});
    }
    Stats::WeightedKaplanMeier curve = Stats::WeightedKaplanMeier::fromTallies(tallies);
    std::map<int, std::vector<Stats::WeightedObservation>> clusters;
    for (const Input &input : inputs)
        clusters[input.id].push_back(input.observation);
    Stats::ClusterVariance variance(curve);
    for (auto &[id, observations] : clusters)
        variance.addCluster(observations);
    curve.setRobustLogVariance(variance.logVariancePerStep());
    return curve;
}

// The robust variance evaluated the slow way: each cluster's summed
// influence at one time, squared.
double directLogVariance(const Stats::WeightedKaplanMeier &curve, const std::vector<Input> &inputs,
                         double at)
{
    std::map<int, double> influence;
    for (const Input &input : inputs) {
        influence[input.id] += input.observation.weight
            * curve.logSurvivalInfluence(input.observation.time, input.observation.event, at);
    }
    double sum = 0;
    for (const auto &[id, value] : influence)
        sum += value * value;
    return sum;
}

} // namespace

class TestWeightedKaplanMeier : public QObject
{
    Q_OBJECT

private slots:
    void matchesSurvfitSteps();
    void bandMatchesRobustLogLog();
    void clusterVarianceEqualsDirectSum();
    void placedClustersEqualSearchedOnes();
    void restrictedMeanMatchesSurvfit();
    void unweightedSingletonsReduceToPlainCurve();
    void invalidInputs();
    void balanceMatchesR();
    void eValueMatchesFormula();
};

void TestWeightedKaplanMeier::matchesSurvfitSteps()
{
    QString error;
    const std::vector<Input> inputs = loadInputs(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Stats::WeightedKaplanMeier curve = fitWithRobustVariance(inputs);
    const ReferenceTable steps
        = ReferenceTable::load(QStringLiteral("weighted_survival_steps.csv"));
    QVERIFY2(steps.error().isEmpty(), qPrintable(steps.error()));
    QCOMPARE(int(curve.steps().size()), steps.rowCount());
    for (int row = 0; row < steps.rowCount(); ++row) {
        const Stats::WeightedStep &step = curve.steps()[size_t(row)];
        const QString where = QStringLiteral("step %1").arg(row);
        VERIFY_NEAR(step.time, steps.number(row, "time"), where + " time");
        VERIFY_NEAR(step.atRisk, steps.number(row, "n_risk"), where + " n.risk");
        VERIFY_NEAR(step.events, steps.number(row, "n_event"), where + " n.event");
        VERIFY_NEAR(step.censored, steps.number(row, "n_censor"), where + " n.censor");
        VERIFY_NEAR(step.survival, steps.number(row, "surv"), where + " surv");
    }
}

void TestWeightedKaplanMeier::bandMatchesRobustLogLog()
{
    QString error;
    const std::vector<Input> inputs = loadInputs(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Stats::WeightedKaplanMeier curve = fitWithRobustVariance(inputs);
    const ReferenceTable steps
        = ReferenceTable::load(QStringLiteral("weighted_survival_steps.csv"));
    QVERIFY2(steps.error().isEmpty(), qPrintable(steps.error()));
    int compared = 0;
    for (int row = 0; row < steps.rowCount(); ++row) {
        const Stats::WeightedStep &step = curve.steps()[size_t(row)];
        if (steps.isMissing(row, "lower") || step.survival >= 1 || step.survival <= 0)
            continue;
        const QString where = QStringLiteral("step %1 (t = %2)").arg(row).arg(step.time);
        QVERIFY2(step.band.valid, qPrintable(where));
        VERIFY_NEAR(step.band.low, steps.number(row, "lower"), where + " lower");
        VERIFY_NEAR(step.band.high, steps.number(row, "upper"), where + " upper");
        ++compared;
    }
    QVERIFY(compared > 20);
}

void TestWeightedKaplanMeier::clusterVarianceEqualsDirectSum()
{
    QString error;
    const std::vector<Input> inputs = loadInputs(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Stats::WeightedKaplanMeier curve = fitWithRobustVariance(inputs);
    for (const Stats::WeightedStep &step : curve.steps()) {
        VERIFY_NEAR(step.robustLogVariance, directLogVariance(curve, inputs, step.time),
                    QStringLiteral("variance at %1").arg(step.time));
    }
}

// The sequential trials place their observations on the curves by tables
// of whole days (ClusterVariance::addPlacedCluster); addCluster() sorts each
// cluster and searches the steps for each observation. Random clusters of
// distinct days each (as a customer's trials are), some given in order: the
// same variance at every step to the last bit, and the direct sum's. (With
// ties in a cluster, std::sort may order them otherwise, and the sums move
// in their last digits.)
void TestWeightedKaplanMeier::placedClustersEqualSearchedOnes()
{
    std::mt19937_64 random(16);
    std::uniform_int_distribution<int> day(0, 400), size(1, 40), coin(0, 1);
    std::uniform_real_distribution<double> weight(0.05, 3.0);
    std::vector<std::vector<Stats::WeightedObservation>> clusters(3000);
    std::vector<Input> inputs;
    std::vector<Stats::WeightedTally> tallies;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        const int count = size(random);
        std::vector<int> days;
        while (int(days.size()) < count) {
            const int one = day(random);
            if (std::find(days.begin(), days.end(), one) == days.end())
                days.push_back(one);
        }
        for (const int one : days) {
            const Stats::WeightedObservation observation {double(one), coin(random) == 1,
                                                          weight(random)};
            clusters[c].push_back(observation);
            inputs.push_back({int(c), observation});
            tallies.push_back({observation.time, observation.event ? observation.weight : 0.0,
                               observation.event ? 0.0 : observation.weight});
        }
        if (c % 3 == 0) // given in order, as the trials give theirs
            std::stable_sort(clusters[c].begin(), clusters[c].end(),
                             [](const auto &a, const auto &b) { return a.time < b.time; });
    }
    const Stats::WeightedKaplanMeier curve = Stats::WeightedKaplanMeier::fromTallies(tallies);
    QVERIFY(curve.isValid());

    // Each day's first step at or after it, by one walk along the steps.
    const std::vector<Stats::WeightedStep> &steps = curve.steps();
    std::vector<std::size_t> firstStep(401);
    for (std::size_t d = 0, k = 0; d < firstStep.size(); ++d) {
        while (k < steps.size() && steps[k].time < double(d))
            ++k;
        firstStep[d] = k;
    }
    Stats::ClusterVariance searched(curve), placed(curve);
    std::vector<Stats::ClusterVariance::Placed> rows;
    for (std::vector<Stats::WeightedObservation> &cluster : clusters) {
        std::vector<Stats::WeightedObservation> sorted = cluster;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.time < b.time; });
        rows.clear();
        for (const Stats::WeightedObservation &observation : sorted) {
            const auto step = std::size_t(observation.time);
            QCOMPARE(
                firstStep[step],
                std::size_t(std::lower_bound(steps.begin(), steps.end(), observation.time,
                                             [](const auto &s, double t) { return s.time < t; })
                            - steps.begin()));
            rows.push_back({firstStep[step], observation.weight,
                            curve.logSurvivalInfluence(observation.time, observation.event,
                                                       observation.time)});
        }
        searched.addCluster(cluster);
        placed.addPlacedCluster(rows.data(), rows.size());
    }
    const std::vector<double> a = searched.logVariancePerStep();
    const std::vector<double> b = placed.logVariancePerStep();
    QCOMPARE(a.size(), steps.size());
    QCOMPARE(b.size(), steps.size());
    for (std::size_t k = 0; k < steps.size(); ++k) {
        QVERIFY2(a[k] == b[k],
                 qPrintable(QStringLiteral("step %1: %2 against %3").arg(k).arg(a[k]).arg(b[k])));
        if (k % 20 == 0)
            VERIFY_NEAR(b[k], directLogVariance(curve, inputs, steps[k].time),
                        QStringLiteral("variance at %1").arg(steps[k].time));
    }
}

void TestWeightedKaplanMeier::restrictedMeanMatchesSurvfit()
{
    QString error;
    const std::vector<Input> inputs = loadInputs(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Stats::WeightedKaplanMeier curve = fitWithRobustVariance(inputs);
    const ReferenceTable table = ReferenceTable::load(QStringLiteral("weighted_survival_rmst.csv"));
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const double tau = table.number(row, "tau");
        VERIFY_NEAR(curve.restrictedMean(tau), table.number(row, "rmean"),
                    QStringLiteral("rmean to %1").arg(tau));
        std::map<int, double> influence;
        for (const Input &input : inputs) {
            influence[input.id] += input.observation.weight
                * curve.restrictedMeanInfluence(input.observation.time, input.observation.event,
                                                tau);
        }
        double variance = 0;
        for (const auto &[id, value] : influence)
            variance += value * value;
        VERIFY_NEAR(std::sqrt(variance), table.number(row, "se_rmean"),
                    QStringLiteral("se(rmean) to %1").arg(tau));
    }
}

void TestWeightedKaplanMeier::unweightedSingletonsReduceToPlainCurve()
{
    // Weight 1 and one observation per cluster: the survival is the plain
    // Kaplan–Meier's.
    const std::vector<Stats::SurvivalObservation> plain
        = {{5, true}, {3, false}, {3, true}, {8, true}, {2, false}, {9, true}, {12, false}};
    std::vector<Stats::WeightedTally> tallies;
    for (const auto &observation : plain)
        tallies.push_back(
            {observation.time, observation.event ? 1.0 : 0.0, observation.event ? 0.0 : 1.0});
    const Stats::WeightedKaplanMeier weighted = Stats::WeightedKaplanMeier::fromTallies(tallies);
    const Stats::KaplanMeier reference = Stats::KaplanMeier::fromObservations(plain);
    for (double t : {0.0, 2.0, 3.0, 4.0, 5.0, 8.0, 9.0, 12.0})
        VERIFY_NEAR(weighted.survivalAt(t), reference.survivalAt(t),
                    QStringLiteral("S(%1)").arg(t));
    VERIFY_NEAR(weighted.restrictedMean(10), reference.restrictedMean(10).mean, "RMST");
}

void TestWeightedKaplanMeier::invalidInputs()
{
    QVERIFY(!Stats::WeightedKaplanMeier::fromTallies({}).isValid());
    QCOMPARE(Stats::WeightedKaplanMeier::fromTallies({{-1, 1, 0}}).issue(),
             Stats::StatsIssue::InvalidInput);
    QCOMPARE(Stats::WeightedKaplanMeier::fromTallies({{1, std::nan(""), 0}}).issue(),
             Stats::StatsIssue::InvalidInput);
    QCOMPARE(Stats::WeightedKaplanMeier::fromTallies({{1, 0, 0}}).issue(),
             Stats::StatsIssue::EmptyGroup);
    // Everybody churns at once: S reaches 0 and the influences stay finite.
    const Stats::WeightedKaplanMeier allGone
        = Stats::WeightedKaplanMeier::fromTallies({{4, 2.5, 0}});
    QVERIFY(allGone.isValid());
    QCOMPARE(allGone.survivalAt(4), 0.0);
    QVERIFY(std::isfinite(allGone.logSurvivalInfluence(4, true, 4)));
}

void TestWeightedKaplanMeier::balanceMatchesR()
{
    const ReferenceTable inputs = ReferenceTable::load(QStringLiteral("balance_inputs.csv"));
    QVERIFY2(inputs.error().isEmpty(), qPrintable(inputs.error()));
    const ReferenceTable expected = ReferenceTable::load(QStringLiteral("balance_reference.csv"));
    QVERIFY2(expected.error().isEmpty(), qPrintable(expected.error()));
    for (int row = 0; row < expected.rowCount(); ++row) {
        const QString covariate = expected.text(row, "covariate");
        Stats::CovariateBalance balance;
        for (int i = 0; i < inputs.rowCount(); ++i) {
            const double value = inputs.number(i, covariate);
            if (inputs.text(i, "side") == QLatin1String("treated"))
                balance.addTreated(value);
            else
                balance.addControl(value, inputs.number(i, "weight"));
        }
        QVERIFY(balance.isValid());
        VERIFY_NEAR(balance.before(), expected.number(row, "smd_before"), covariate + " before");
        VERIFY_NEAR(balance.after(), expected.number(row, "smd_after"), covariate + " after");
    }
}

void TestWeightedKaplanMeier::eValueMatchesFormula()
{
    const ReferenceTable cases = ReferenceTable::load(QStringLiteral("evalue_reference.csv"));
    QVERIFY2(cases.error().isEmpty(), qPrintable(cases.error()));
    QVERIFY(cases.rowCount() >= 5);
    for (int row = 0; row < cases.rowCount(); ++row) {
        const double ratio = cases.number(row, "rr");
        VERIFY_NEAR(Stats::eValue(ratio), cases.number(row, "e_value"),
                    QStringLiteral("E-value of %1").arg(ratio));
        VERIFY_NEAR(
            Stats::eValueForInterval(ratio, cases.number(row, "low"), cases.number(row, "high")),
            cases.number(row, "e_value_ci"), QStringLiteral("E-value of the limit, %1").arg(ratio));
    }
    QCOMPARE(Stats::eValue(0), 0.0);
    QCOMPARE(Stats::eValue(std::nan("")), 0.0);
}

QTEST_GUILESS_MAIN(TestWeightedKaplanMeier)
#include "tst_weightedkaplanmeier.moc"
