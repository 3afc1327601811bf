// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributions.h"
#include "referencedata.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Stats;

// The Boost.Math wrappers against R's qnorm, qt, pnorm, pt and pchisq
// (reference/survival_reference.R), and their fallbacks for arguments outside the domain.
class TestDistributions : public QObject
{
    Q_OBJECT

private slots:
    void againstR_data();
    void againstR();
    void outsideTheDomain();
    void normalInferenceNeedsAStandardError();
};

void TestDistributions::againstR_data()
{
    QTest::addColumn<int>("row");
    const ReferenceTable table
        = ReferenceTable::load(QStringLiteral("distributions_reference.csv"));
    QVERIFY2(table.error().isEmpty(), qPrintable(table.error()));
    for (int row = 0; row < table.rowCount(); ++row)
        QTest::addRow("%s(%s,%s)", qPrintable(table.text(row, "func")),
                      qPrintable(table.text(row, "a")), qPrintable(table.text(row, "b")))
            << row;
}

void TestDistributions::againstR()
{
    QFETCH(int, row);
    const ReferenceTable reference
        = ReferenceTable::load(QStringLiteral("distributions_reference.csv"));
    const QString function = reference.text(row, "func");
    const double a = reference.number(row, "a");
    const double b = reference.number(row, "b");
    const double expected = reference.number(row, "value");
    if (function == QLatin1String("normal_critical"))
        VERIFY_NEAR(normalCriticalValue(a), expected, function);
    else if (function == QLatin1String("student_critical"))
        VERIFY_NEAR(studentCriticalValue(a, b), expected, function);
    else if (function == QLatin1String("normal_two_sided"))
        VERIFY_P_VALUE(twoSidedNormalPValue(a), expected, function);
    else if (function == QLatin1String("student_two_sided"))
        VERIFY_P_VALUE(twoSidedStudentPValue(a, b), expected, function);
    else if (function == QLatin1String("chi_squared_upper"))
        VERIFY_P_VALUE(chiSquaredUpperTail(a, b), expected, function);
    else
        QFAIL(qPrintable(QStringLiteral("unknown function ") + function));
}

void TestDistributions::outsideTheDomain()
{
    const double nan = std::nan("");
    const double infinity = std::numeric_limits<double>::infinity();
    for (double level : {0.0, 1.0, -0.5, 1.5, nan, infinity}) {
        QVERIFY(!isValidConfidenceLevel(level));
        QCOMPARE(normalCriticalValue(level), 0.0);
        QCOMPARE(studentCriticalValue(level, 10), 0.0);
    }
    for (double degreesOfFreedom : {0.0, -2.0, nan, infinity}) {
        QCOMPARE(studentCriticalValue(0.95, degreesOfFreedom), 0.0);
        QCOMPARE(twoSidedStudentPValue(2.0, degreesOfFreedom), 1.0);
        QCOMPARE(chiSquaredUpperTail(2.0, degreesOfFreedom), 1.0);
    }
    QCOMPARE(twoSidedNormalPValue(nan), 1.0);
    QCOMPARE(twoSidedNormalPValue(infinity), 1.0);
    QCOMPARE(twoSidedNormalPValue(0.0), 1.0);
    QCOMPARE(twoSidedNormalPValue(1e6), 0.0); // underflows to 0, never NaN
    QCOMPARE(chiSquaredUpperTail(-1.0, 1), 1.0);
    QCOMPARE(chiSquaredUpperTail(nan, 1), 1.0);
    QCOMPARE(twoSidedStudentPValue(nan, 5), 1.0);
}

void TestDistributions::normalInferenceNeedsAStandardError()
{
    NormalInference inference = normalInference(2.0, 0.0, 0.95);
    QVERIFY(!inference.interval.valid);
    QVERIFY(!inference.test.valid);
    QCOMPARE(inference.interval.low, 2.0);
    QCOMPARE(inference.interval.high, 2.0);
    QCOMPARE(inference.test.pValue, 1.0);

    inference = normalInference(std::nan(""), 1.0, 0.95);
    QVERIFY(!inference.test.valid);
    QCOMPARE(inference.interval.low, 0.0);

    inference = normalInference(2.0, 1.0, 0.95);
    QVERIFY(inference.interval.valid && inference.test.valid);
    QCOMPARE(inference.test.statistic, 2.0);
    VERIFY_NEAR(inference.interval.low, 2.0 - 1.959963984540054, "low");
}

QTEST_GUILESS_MAIN(TestDistributions)
#include "tst_distributions.moc"
