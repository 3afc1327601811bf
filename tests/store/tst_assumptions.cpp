// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptions.h"
#include "projectstore.h"

#include <QTemporaryDir>
#include <QTest>

class TestAssumptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreComplete();
    void roundTripsThroughTheProject();
    void contributionMarginIsUnsetOrAShare();
    void programmeAllocationIsARule();
    void rejectsInvalidValues_data();
    void rejectsInvalidValues();
};

void TestAssumptions::defaultsAreComplete()
{
    const Assumptions defaults = Assumptions::defaults();
    QCOMPARE(defaults.horizonMonths, 12);
    QCOMPARE(defaults.saveWindowDays, 90);
    QCOMPARE(defaults.currency, QStringLiteral("EUR"));
    QCOMPARE(defaults.valueOfPromoter, 0.0);
    QVERIFY(!defaults.asOfDate.isValid());
    QVERIFY(defaults.contactCost(Channel::Phone) > defaults.contactCost(Channel::Social));
    QVERIFY(defaults.contactCost(Channel::Social) > defaults.contactCost(Channel::SelfService));
    for (const Assumptions::Spec &spec : Assumptions::specs())
        QCOMPARE(defaults.value(spec.key),
                 QString(spec.defaultValue).isEmpty() ? QString() : defaults.value(spec.key));
}

void TestAssumptions::roundTripsThroughTheProject()
{
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.socialroi")), nullptr);
    QVERIFY(store);
    Assumptions assumptions = Assumptions::load(store->connection());
    QVERIFY(assumptions.setValue(QLatin1String("cost_per_contact_phone"), QStringLiteral("7.25")));
    QVERIFY(assumptions.setValue(QLatin1String("as_of_date"), QStringLiteral("2025-06-30")));
    QVERIFY(assumptions.setValue(QLatin1String("currency"), QStringLiteral("pln")));
    assumptions.save(store->connection());

    const Assumptions loaded = Assumptions::load(store->connection());
    QCOMPARE(loaded.contactCost(Channel::Phone), 7.25);
    QCOMPARE(loaded.asOfDate, QDate(2025, 6, 30));
    QCOMPARE(loaded.currency, QStringLiteral("PLN"));
    QCOMPARE(store->connection().queryText(
                 "SELECT value FROM assumptions WHERE key = 'cost_per_contact_phone'"),
             QStringLiteral("7.25"));
}

void TestAssumptions::contributionMarginIsUnsetOrAShare()
{
    // Unset by default: revenue counts in full and is said to be revenue.
    Assumptions assumptions = Assumptions::defaults();
    QVERIFY(!assumptions.contributionMargin);
    QCOMPARE(assumptions.value(QLatin1String("contribution_margin")), QString());
    QCOMPARE(assumptions.revenueToValue(), 1.0);
    QVERIFY(assumptions.setValue(QLatin1String("contribution_margin"), QStringLiteral("0.35")));
    QCOMPARE(assumptions.revenueToValue(), 0.35);
    QCOMPARE(assumptions.value(QLatin1String("contribution_margin")), QStringLiteral("0.35"));
    QVERIFY(assumptions.setValue(QLatin1String("contribution_margin"), QStringLiteral(" ")));
    QVERIFY(!assumptions.contributionMargin);
}

void TestAssumptions::programmeAllocationIsARule()
{
    // By the social customers by default; one of the listed rules, stored as
    // its word, and round-trips through the project.
    Assumptions assumptions = Assumptions::defaults();
    QCOMPARE(assumptions.programmeAllocation, Assumptions::ProgrammeAllocation::SocialCustomers);
    QCOMPARE(assumptions.value(QLatin1String("programme_allocation")),
             QStringLiteral("social_customers"));
    QCOMPARE(Assumptions::choices(QLatin1String("programme_allocation")).size(), std::size_t(3));
    QVERIFY(Assumptions::choices(QLatin1String("currency")).empty());
    QVERIFY(assumptions.setValue(QLatin1String("programme_allocation"), QStringLiteral("none")));
    QCOMPARE(assumptions.programmeAllocation, Assumptions::ProgrammeAllocation::Whole);

    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.socialroi")), nullptr);
    QVERIFY(store);
    QVERIFY(assumptions.setValue(QLatin1String("programme_allocation"),
                                 QStringLiteral("all_customers")));
    assumptions.save(store->connection());
    QCOMPARE(Assumptions::load(store->connection()).programmeAllocation,
             Assumptions::ProgrammeAllocation::AllCustomers);
    QCOMPARE(store->connection().queryText(
                 "SELECT value FROM assumptions WHERE key = 'programme_allocation'"),
             QStringLiteral("all_customers"));
}

void TestAssumptions::rejectsInvalidValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative cost") << "cost_per_contact_phone"
                                   << "-1";
    QTest::newRow("cost not a number") << "staff_hourly_cost"
                                       << "thirty";
    QTest::newRow("horizon zero") << "horizon_months"
                                  << "0";
    QTest::newRow("horizon absurd") << "horizon_months"
                                    << "1000";
    QTest::newRow("save window negative") << "save_window_days"
                                          << "-5";
    QTest::newRow("date not ISO") << "as_of_date"
                                  << "31/12/2025";
    QTest::newRow("date impossible") << "programme_launch_date"
                                     << "2025-02-30";
    QTest::newRow("currency too long") << "currency"
                                       << "EURO";
    QTest::newRow("discount rate 100%") << "annual_discount_rate"
                                        << "1";
    QTest::newRow("contribution margin above 100%") << "contribution_margin"
                                                    << "1.5";
    QTest::newRow("contribution margin negative") << "contribution_margin"
                                                  << "-0.2";
    QTest::newRow("contribution margin as text") << "contribution_margin"
                                                 << "a third";
    QTest::newRow("allocation rule unknown") << "programme_allocation"
                                             << "by_revenue";
    QTest::newRow("allocation rule empty") << "programme_allocation"
                                           << "";
    QTest::newRow("unknown key") << "cost_per_fax"
                                 << "1";
}

void TestAssumptions::rejectsInvalidValues()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    Assumptions assumptions = Assumptions::defaults();
    const QByteArray keyLatin1 = key.toLatin1();
    const QString before = assumptions.value(QLatin1String(keyLatin1));
    QVERIFY(!assumptions.setValue(QLatin1String(keyLatin1), text));
    QCOMPARE(assumptions.value(QLatin1String(keyLatin1)), before);
}

QTEST_GUILESS_MAIN(TestAssumptions)
#include "tst_assumptions.moc"
