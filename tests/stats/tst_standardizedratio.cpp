// SPDX-License-Identifier: GPL-3.0-or-later
// The rates from the index date: the treated's ratio of sums, the controls'
// ratio standardized to the treated's denominators over groups, and the
// robust variance clustered on the customer, against R's survey package
// (tests/stats/reference/standardized_ratio_reference.R: a cluster design on
// each customer's totals and svycontrast's delta method). Each add() below
// is one cluster.

#include "referencedata.h"
#include "standardizedratio.h"

#include <QtTest>

#include <cmath>
#include <map>

namespace {

struct Row
{
    int id = 0;
    std::size_t group = 0;
    Stats::StandardizedRatio::Sums sums;
};

constexpr std::size_t groupCount = 4;

std::vector<Row> loadRows(QString *error)
{
    const ReferenceTable table
        = ReferenceTable::load(QStringLiteral("standardized_ratio_inputs.csv"));
    *error = table.error();
    std::vector<Row> rows;
    for (int row = 0; row < table.rowCount(); ++row) {
        const double weight = table.number(row, "weight");
        const double numerator = weight * table.number(row, "numerator");
        const double denominator = weight * table.number(row, "denominator");
        Row one;
        one.id = int(table.number(row, "id"));
        one.group = std::size_t(table.number(row, "group"));
        if (table.number(row, "treated") == 1)
            one.sums = {numerator, denominator, 0, 0};
        else
            one.sums = {0, 0, numerator, denominator};
        rows.push_back(one);
    }
    return rows;
}

// Every cluster's summed sums, with its group.
std::map<int, Row> clustersOf(const std::vector<Row> &rows)
{
    std::map<int, Row> clusters;
    for (const Row &row : rows) {
        Row &cluster = clusters[row.id];
        cluster.id = row.id;
        cluster.group = row.group;
        cluster.sums.treatedNumerator += row.sums.treatedNumerator;
        cluster.sums.treatedDenominator += row.sums.treatedDenominator;
        cluster.sums.controlNumerator += row.sums.controlNumerator;
        cluster.sums.controlDenominator += row.sums.controlDenominator;
    }
    return clusters;
}

Stats::StandardizedRatio estimate(const std::vector<Row> &rows)
{
    Stats::StandardizedRatio ratio(groupCount);
    for (const auto &[id, cluster] : clustersOf(rows))
        ratio.add(cluster.group, cluster.sums);
    ratio.finish();
    return ratio;
}

} // namespace

class TestStandardizedRatio : public QObject
{
    Q_OBJECT

private slots:
    void matchesRSurvey_data();
    void matchesRSurvey();
    void influencesSumToZero();
    void mergedHalvesMatchTheWhole();
    void groupWithoutControlsIsLeftOut();
    void standardizesToTheTreatedsMix();
};

void TestStandardizedRatio::matchesRSurvey_data()
{
    QTest::addColumn<QString>("quantity");
    for (const char *quantity : {"treated", "control", "difference"})
        QTest::newRow(quantity) << QString::fromLatin1(quantity);
}

void TestStandardizedRatio::matchesRSurvey()
{
    QFETCH(QString, quantity);
    QString error;
    const std::vector<Row> rows = loadRows(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ReferenceTable reference
        = ReferenceTable::load(QStringLiteral("standardized_ratio_reference.csv"));
    QVERIFY2(reference.error().isEmpty(), qPrintable(reference.error()));
    int line = -1;
    for (int row = 0; row < reference.rowCount(); ++row) {
        if (reference.text(row, "quantity") == quantity)
            line = row;
    }
    QVERIFY(line >= 0);

    const Stats::StandardizedRatio::Result result = estimate(rows).result();
    QVERIFY(result.valid);
    const double value = quantity == QLatin1String("treated") ? result.treated
        : quantity == QLatin1String("control")                ? result.control
                                                              : result.difference;
    const double standardError = quantity == QLatin1String("treated") ? result.treatedStandardError
        : quantity == QLatin1String("control")                        ? result.controlStandardError
                                                                      : result.standardError;
    // survey's with-replacement design scales the variance by n / (n - 1).
    const double clusters = reference.number(line, "clusters");
    QCOMPARE(double(clustersOf(rows).size()), clusters);
    const double expectedError
        = reference.number(line, "se_survey") * std::sqrt((clusters - 1) / clusters);
    QVERIFY2(std::abs(value - reference.number(line, "estimate")) < 1e-9,
             qPrintable(QStringLiteral("%1 against %2")
                            .arg(value, 0, 'g', 17)
                            .arg(reference.number(line, "estimate"), 0, 'g', 17)));
    QVERIFY2(std::abs(standardError - expectedError) < 1e-9,
             qPrintable(QStringLiteral("%1 against %2")
                            .arg(standardError, 0, 'g', 17)
                            .arg(expectedError, 0, 'g', 17)));
}

void TestStandardizedRatio::influencesSumToZero()
{
    // Both ratios are unchanged when every total is scaled: the influences,
    // summed over the clusters, vanish (so no centring is needed).
    QString error;
    const std::vector<Row> rows = loadRows(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Stats::StandardizedRatio ratio = estimate(rows);
    double sum = 0, scale = 0, squares = 0;
    for (const auto &[id, cluster] : clustersOf(rows)) {
        const double influence = ratio.influence(cluster.group, cluster.sums);
        sum += influence;
        scale += std::abs(influence);
        squares += influence * influence;
    }
    QVERIFY2(std::abs(sum) < 1e-12 * scale, qPrintable(QString::number(sum)));
    // The one-pass variance (second moments per group) is the sum of the
    // squared influences.
    QVERIFY(std::abs(std::sqrt(squares) - ratio.result().standardError)
            < 1e-12 * ratio.result().standardError);
}

void TestStandardizedRatio::mergedHalvesMatchTheWhole()
{
    // Sums made on two threads, merged, give what one pass gives.
    QString error;
    const std::vector<Row> rows = loadRows(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Stats::StandardizedRatio first(groupCount), second(groupCount);
    for (const auto &[id, cluster] : clustersOf(rows))
        (id % 2 ? first : second).add(cluster.group, cluster.sums);
    first.merge(second);
    first.finish();
    const Stats::StandardizedRatio whole = estimate(rows);
    QCOMPARE(first.result().difference, whole.result().difference);
    QCOMPARE(first.result().standardError, whole.result().standardError);
}

void TestStandardizedRatio::groupWithoutControlsIsLeftOut()
{
    // Group 1 has treated customers only: no control ratio, so its treated
    // count on neither side.
    Stats::StandardizedRatio ratio(2);
    ratio.add(0, {6, 3, 0, 0});
    ratio.add(0, {0, 0, 4, 4});
    ratio.add(1, {100, 1, 0, 0});
    ratio.finish();
    const Stats::StandardizedRatio::Result &result = ratio.result();
    QVERIFY(result.valid);
    QCOMPARE(result.treated, 2.0);
    QCOMPARE(result.control, 1.0);
    QCOMPARE(ratio.influence(1, {100, 1, 0, 0}), 0.0);

    Stats::StandardizedRatio empty(1);
    empty.add(0, {1, 1, 0, 0});
    empty.finish();
    QVERIFY(!empty.result().valid);
}

void TestStandardizedRatio::standardizesToTheTreatedsMix()
{
    // Controls call at 1 a month in group 0 and 3 in group 1; the treated
    // spend 9 of their 10 months in group 1. Pooling the controls (mostly in
    // group 0) would give 1.2; standardized to the treated's months, 2.8.
    Stats::StandardizedRatio ratio(2);
    ratio.add(0, {1, 1, 0, 0});
    ratio.add(1, {27, 9, 0, 0});
    ratio.add(0, {0, 0, 90, 90});
    ratio.add(1, {0, 0, 30, 10});
    ratio.finish();
    QCOMPARE(ratio.result().treated, 2.8);
    QCOMPARE(ratio.result().control, 0.1 * 1 + 0.9 * 3);
    QVERIFY(std::abs(ratio.result().difference) < 1e-12);
}

QTEST_GUILESS_MAIN(TestStandardizedRatio)
#include "tst_standardizedratio.moc"
