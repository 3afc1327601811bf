// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"
#include "summaryaccumulator.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Stats;

// The streaming accumulator against numpy's mean and var(ddof=1)
// (reference/tests_reference.py), merging, and values it must not take.
class TestSummaryAccumulator : public QObject
{
    Q_OBJECT

private slots:
    void againstNumpy_data();
    void againstNumpy();
    void mergeEqualsOnePass();
    void largeOffsetKeepsPrecision();
    void fewAndNonFiniteValues();
};

void TestSummaryAccumulator::againstNumpy_data()
{
    QTest::addColumn<int>("row");
    const ReferenceTable table = ReferenceTable::load(QStringLiteral("summary_reference.csv"));
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.text(row, "case").endsWith(QLatin1String("_level99")))
            continue; // same values as the case without the suffix
        QTest::addRow("%s/group%s", qPrintable(table.text(row, "case")),
                      qPrintable(table.text(row, "group")))
            << row;
    }
}

void TestSummaryAccumulator::againstNumpy()
{
    QFETCH(int, row);
    const ReferenceTable reference = ReferenceTable::load(QStringLiteral("summary_reference.csv"));
    QString error;
    const std::vector<double> values
        = welchValues(reference.text(row, "case"), int(reference.number(row, "group")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SummaryAccumulator accumulator;
    for (double value : values)
        accumulator.add(value);
    QCOMPARE(double(accumulator.count()), reference.number(row, "count"));
    VERIFY_NEAR(accumulator.mean(), reference.number(row, "mean"), "mean");
    VERIFY_NEAR(accumulator.variance(), reference.number(row, "variance"), "variance");
    VERIFY_NEAR(accumulator.standardDeviation(), std::sqrt(reference.number(row, "variance")),
                "standard deviation");
}

void TestSummaryAccumulator::mergeEqualsOnePass()
{
    QString error;
    const std::vector<double> values
        = welchValues(QStringLiteral("telco_monthly_charges"), 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SummaryAccumulator whole;
    whole.add(values);
    // Three uneven parts, one of them empty, merged in a different order.
    SummaryAccumulator first;
    SummaryAccumulator second;
    SummaryAccumulator empty;
    for (size_t i = 0; i < values.size(); ++i)
        (i < 1000 ? first : second).add(values[i]);
    second.merge(empty);
    second.merge(first);
    empty.merge(second);
    QCOMPARE(empty.count(), whole.count());
    VERIFY_NEAR(empty.mean(), whole.mean(), "merged mean");
    VERIFY_NEAR(empty.variance(), whole.variance(), "merged variance");
}

void TestSummaryAccumulator::largeOffsetKeepsPrecision()
{
    // Naive sum-of-squares loses every digit here; Welford keeps the variance of 1 / 3.
    SummaryAccumulator accumulator;
    for (double value : {1e9 + 1, 1e9 + 2, 1e9 + 1, 1e9 + 2, 1e9 + 1, 1e9 + 2})
        accumulator.add(value);
    VERIFY_NEAR(accumulator.mean(), 1e9 + 1.5, "mean");
    VERIFY_NEAR(accumulator.variance(), 0.3, "variance");
}

void TestSummaryAccumulator::fewAndNonFiniteValues()
{
    SummaryAccumulator accumulator;
    QCOMPARE(accumulator.count(), std::int64_t(0));
    QCOMPARE(accumulator.mean(), 0.0);
    QCOMPARE(accumulator.variance(), 0.0);
    QVERIFY(!accumulator.summary().hasVariance());

    accumulator.add(std::nan(""));
    accumulator.add(std::numeric_limits<double>::infinity());
    accumulator.add(4.5);
    QCOMPARE(accumulator.count(), std::int64_t(1));
    QCOMPARE(accumulator.rejectedCount(), std::int64_t(2));
    QCOMPARE(accumulator.mean(), 4.5);
    QCOMPARE(accumulator.variance(), 0.0);

    accumulator.add(4.5);
    QVERIFY(accumulator.summary().hasVariance());
    QCOMPARE(accumulator.variance(), 0.0);
}

QTEST_GUILESS_MAIN(TestSummaryAccumulator)
#include "tst_summaryaccumulator.moc"
