// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptions.h"
#include "demogenerator.h"
#include "metricengine.h"
#include "projectstore.h"
#include "roisensitivity.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

namespace {

bool closeTo(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::max(std::abs(expected), 1e-12);
}

const SensitivityRow *rowFor(const RoiSensitivity &sensitivity, QLatin1String key)
{
    for (const SensitivityRow &row : sensitivity.rows) {
        if (row.assumption == key)
            return &row;
    }
    return nullptr;
}

QString describe(double actual, double expected)
{
    return QStringLiteral("actual %1, expected %2")
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17);
}

} // namespace

// The ROI sensitivity reruns the engine under each changed assumption; these
// tests hold it to hand-computed ROIs and to what the engine gives when the
// changed assumption is really saved in the project.
class TestRoiSensitivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void programmeCostMovesRoiByItsFormula();
    void staffHourlyCostMovesOnlyProcessSavings();
    void unusedAssumptionHasNoSwing_data();
    void unusedAssumptionHasNoSwing();
    void matchesTheSavedAssumption_data();
    void matchesTheSavedAssumption();
    void rowsSortedBySwing();
    void withoutProgrammeCostMeasuresNetValue();
    void cancelStops();

private:
    QString copyOfDemo(const QString &name);
    void setAssumption(const QString &path, QLatin1String key, const QString &value);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRoiSensitivity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 3000;
    options.seed = 11;
    QVERIFY(DemoGenerator::generate(m_demo, options, false).ok);
}

QString TestRoiSensitivity::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

void TestRoiSensitivity::setAssumption(const QString &path, QLatin1String key, const QString &value)
{
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(store);
    Assumptions assumptions = Assumptions::load(store->connection());
    QVERIFY2(assumptions.setValue(key, value), qPrintable(value));
    assumptions.save(store->connection());
}

void TestRoiSensitivity::programmeCostMovesRoiByItsFormula()
{
    MetricEngine engine(m_demo);
    const MetricsResult base = engine.compute({}).result;
    QVERIFY(base.roi.cost > 0);
    const RoiSensitivityAnalysis::Outcome outcome = RoiSensitivityAnalysis::compute(engine, {});
    QVERIFY(outcome.ok);
    const RoiSensitivity &sensitivity = outcome.sensitivity;
    QCOMPARE(sensitivity.measure, RoiSensitivity::Measure::Roi);
    QVERIFY(closeTo(sensitivity.base, *base.roi.roi));

    // The cost is the only thing that changes: ROI = value / (factor × cost) − 1.
    const SensitivityRow *row = rowFor(sensitivity, QLatin1String("programme_cost_per_month"));
    QVERIFY(row);
    const double perMonth = base.roi.cost / base.roi.windowMonths;
    QVERIFY(closeTo(row->base, perMonth));
    QVERIFY(closeTo(row->low, 0.8 * perMonth));
    QVERIFY(closeTo(row->high, 1.2 * perMonth));
    const double expectedHigh = base.roi.value / (1.2 * base.roi.cost) - 1;
    const double expectedLow = base.roi.value / (0.8 * base.roi.cost) - 1;
    QVERIFY2(closeTo(row->outcomeHigh, expectedHigh),
             qPrintable(describe(row->outcomeHigh, expectedHigh)));
    QVERIFY2(closeTo(row->outcomeLow, expectedLow),
             qPrintable(describe(row->outcomeLow, expectedLow)));
    // A dearer programme returns less.
    QVERIFY(row->outcomeHigh < sensitivity.base && sensitivity.base < row->outcomeLow);
}

void TestRoiSensitivity::staffHourlyCostMovesOnlyProcessSavings()
{
    // A project whose only money is one improvement saving 1 000 staff hours a
    // year: value = 1 000 h × 30 €/h × 12/12 = 30 000; cost = 12 000 × 12.
    // No revenue is known, so no other component claims anything.
    const QString path = m_dir.filePath(QStringLiteral("hours.socialroi"));
    {
        auto store = ProjectStore::create(path, nullptr);
        QVERIFY(store);
        SqliteConnection &db = store->connection();
        // The social customers have a first social date, so that there is
        // someone to compare: without one there is no verdict at all.
        SqliteStatement customer
            = db.prepare("INSERT INTO customers (customer_id, signup_date, social_engaged, "
                         "first_social_date) VALUES (?, ?, ?, ?)");
        for (int i = 0; i < 40; ++i) {
            customer.bind(1, QStringLiteral("C%1").arg(i));
            customer.bind(2, QStringLiteral("2023-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
            customer.bind(3, i % 2);
            if (i % 2)
                customer.bind(4, QStringLiteral("2023-06-01"));
            else
                customer.bindNull(4);
            customer.execute();
        }
        db.execute("INSERT INTO improvements (improvement_id, date, title, "
                   "staff_hours_saved_per_year) VALUES ('I1', '2023-03-01', 'Macro', 1000)");
        Assumptions assumptions = Assumptions::defaults();
        assumptions.asOfDate = QDate(2024, 1, 1);
        assumptions.programmeLaunchDate = QDate(2023, 1, 1); // the window: a whole year
        assumptions.save(db);
    }
    MetricEngine engine(path);
    const MetricsResult base = engine.compute({}).result;
    QVERIFY2(closeTo(base.roi.value, 30000), qPrintable(describe(base.roi.value, 30000)));
    QVERIFY(closeTo(base.roi.cost, 144000));

    const RoiSensitivityAnalysis::Outcome outcome = RoiSensitivityAnalysis::compute(engine, {});
    QVERIFY(outcome.ok);
    const SensitivityRow *row = rowFor(outcome.sensitivity, QLatin1String("staff_hourly_cost"));
    QVERIFY(row);
    QVERIFY(closeTo(row->low, 24) && closeTo(row->high, 36));
    QVERIFY2(closeTo(row->outcomeLow, 24000.0 / 144000 - 1),
             qPrintable(describe(row->outcomeLow, 24000.0 / 144000 - 1)));
    QVERIFY2(closeTo(row->outcomeHigh, 36000.0 / 144000 - 1),
             qPrintable(describe(row->outcomeHigh, 36000.0 / 144000 - 1)));
    // The horizon scales value and cost alike: 10 and 14 months leave the ROI as is.
    const SensitivityRow *horizon = rowFor(outcome.sensitivity, QLatin1String("horizon_months"));
    QVERIFY(horizon);
    QCOMPARE(horizon->low, 10.0);
    QCOMPARE(horizon->high, 14.0);
    QVERIFY(closeTo(horizon->outcomeLow, 30000.0 / 144000 - 1));
    QVERIFY(closeTo(horizon->outcomeHigh, 30000.0 / 144000 - 1));
    // No contacts: what a contact costs moves nothing.
    const SensitivityRow *phone
        = rowFor(outcome.sensitivity, QLatin1String("cost_per_contact_phone"));
    QVERIFY(phone);
    QCOMPARE(phone->swing(), 0.0);
}

void TestRoiSensitivity::unusedAssumptionHasNoSwing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    // No money value of SPEC section 4 discounts anything.
    QTest::newRow("discount rate")
        << QStringLiteral("annual_discount_rate") << QStringLiteral("0.08");
    // 0 by default: ±20 % of nothing is nothing.
    QTest::newRow("promoter value 0") << QStringLiteral("value_of_promoter") << QStringLiteral("0");
}

void TestRoiSensitivity::unusedAssumptionHasNoSwing()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString path = copyOfDemo(QStringLiteral("unused.socialroi"));
    setAssumption(path, QLatin1String(key.toLatin1()), value);
    MetricEngine engine(path);
    const RoiSensitivityAnalysis::Outcome outcome = RoiSensitivityAnalysis::compute(engine, {});
    QVERIFY(outcome.ok);
    const SensitivityRow *row = rowFor(outcome.sensitivity, QLatin1String(key.toLatin1()));
    QVERIFY(row);
    QCOMPARE(row->swing(), 0.0);
    QCOMPARE(row->outcomeLow, outcome.sensitivity.base);
    QCOMPARE(row->outcomeHigh, outcome.sensitivity.base);
}

void TestRoiSensitivity::matchesTheSavedAssumption_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("moves"); // whether the demo's money depends on it
    QTest::newRow("phone contact") << QStringLiteral("cost_per_contact_phone") << true;
    QTest::newRow("social contact") << QStringLiteral("cost_per_contact_social") << true;
    QTest::newRow("self-service session")
        << QStringLiteral("cost_per_contact_self_service") << true;
    QTest::newRow("e-mail contact") << QStringLiteral("cost_per_contact_email") << true;
    QTest::newRow("chat contact") << QStringLiteral("cost_per_contact_chat") << true;
    QTest::newRow("staff hour") << QStringLiteral("staff_hourly_cost") << true;
    QTest::newRow("programme cost") << QStringLiteral("programme_cost_per_month") << true;
    QTest::newRow("horizon") << QStringLiteral("horizon_months") << true;
    // Saves are inside retention's money, which the save window does not move.
    QTest::newRow("save window") << QStringLiteral("save_window_days") << false;
    QTest::newRow("discount rate") << QStringLiteral("annual_discount_rate") << false;
}

void TestRoiSensitivity::matchesTheSavedAssumption()
{
    // The what-if must equal the ROI the engine computes once the tried value
    // is really in the project (read back through the store, a fresh engine).
    QFETCH(QString, key);
    QFETCH(bool, moves);
    const QByteArray keyBytes = key.toLatin1();
    const QLatin1String latinKey(keyBytes);
    MetricEngine engine(m_demo);
    const RoiSensitivityAnalysis::Outcome outcome = RoiSensitivityAnalysis::compute(engine, {});
    QVERIFY(outcome.ok);
    const SensitivityRow *row = rowFor(outcome.sensitivity, latinKey);
    QVERIFY(row);
    QCOMPARE(row->swing() > 0, moves);

    for (const bool high : {false, true}) {
        const QString path = copyOfDemo(QStringLiteral("saved.socialroi"));
        setAssumption(path, latinKey, QString::number(high ? row->high : row->low, 'g', 17));
        MetricEngine saved(path);
        const MetricEngine::Outcome computed = saved.compute(outcome.sensitivity.filters);
        QVERIFY(computed.ok);
        QVERIFY(computed.result.roi.roi);
        const double expected = *computed.result.roi.roi;
        const double actual = high ? row->outcomeHigh : row->outcomeLow;
        QVERIFY2(closeTo(actual, expected), qPrintable(describe(actual, expected)));
    }
}

void TestRoiSensitivity::rowsSortedBySwing()
{
    MetricEngine engine(m_demo);
    const RoiSensitivityAnalysis::Outcome outcome = RoiSensitivityAnalysis::compute(engine, {});
    QVERIFY(outcome.ok);
    const auto &rows = outcome.sensitivity.rows;
    QCOMPARE(rows.size(), RoiSensitivityAnalysis::variedKeys().size());
    for (size_t i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i - 1].swing() >= rows[i].swing());
    QVERIFY(rows.front().swing() > 0);
}

void TestRoiSensitivity::withoutProgrammeCostMeasuresNetValue()
{
    const QString path = copyOfDemo(QStringLiteral("nocost.socialroi"));
    setAssumption(path, QLatin1String("programme_cost_per_month"), QStringLiteral("0"));
    MetricEngine engine(path);
    const MetricsResult base = engine.compute({}).result;
    QVERIFY(!base.roi.roi);
    const RoiSensitivityAnalysis::Outcome outcome = RoiSensitivityAnalysis::compute(engine, {});
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.sensitivity.measure, RoiSensitivity::Measure::NetValue);
    QVERIFY(closeTo(outcome.sensitivity.base, base.roi.net));
    const SensitivityRow *cost
        = rowFor(outcome.sensitivity, QLatin1String("programme_cost_per_month"));
    QVERIFY(cost);
    QCOMPARE(cost->swing(), 0.0);
    const SensitivityRow *phone
        = rowFor(outcome.sensitivity, QLatin1String("cost_per_contact_phone"));
    QVERIFY(phone && phone->swing() > 0);
}

void TestRoiSensitivity::cancelStops()
{
    MetricEngine engine(m_demo);
    int computes = 0;
    const RoiSensitivityAnalysis::Outcome outcome
        = RoiSensitivityAnalysis::compute(engine, {}, 0.2, [&computes] { return ++computes > 40; });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
}

QTEST_GUILESS_MAIN(TestRoiSensitivity)
#include "tst_roisensitivity.moc"
