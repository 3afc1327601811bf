// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "metricengine.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "metricrowsmodel.h"
#include "tabletext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <set>

namespace {

using Column = MetricRowsModel::Column;
using Role = MetricRowsModel::Role;
using Value = std::optional<double>;

MetricRow makeRow(const QString &name, const QString &unit, Value social, Value control)
{
    MetricRow row;
    row.name = name;
    row.unit = unit;
    row.social = social;
    row.control = control;
    if (social && control)
        row.difference = *social - *control;
    row.nSocial = 1326;
    row.nControl = 3674;
    return row;
}

// Three rows with known numbers, one of them with a warning and a missing value.
MetricGroup sampleGroup()
{
    MetricGroup group;
    group.id = QStringLiteral("retention");
    MetricRow twelve = makeRow(QStringLiteral("retention_12m"), QStringLiteral("share"),
                               0.8006339254809104, 0.690006211131841);
    twelve.lift = 0.16032857757555966;
    twelve.ciLow = 0.08278261503824448;
    twelve.ciHigh = 0.13847281365989425;
    twelve.pValue = 6.868629628595654e-15;
    twelve.statistic = 7.786876009879012;
    twelve.statisticName = QStringLiteral("z");
    group.rows.push_back(twelve);

    MetricRow lost
        = makeRow(QStringLiteral("logrank"), QStringLiteral("churned customers"), 492, 1816);
    lost.difference.reset();
    lost.pValue = 0.1028;
    lost.warning = QStringLiteral("The interval includes zero:\tthe data cannot tell.");
    group.rows.push_back(lost);

    MetricRow months
        = makeRow(QStringLiteral("rmst_months"), QStringLiteral("months"), 10.75, std::nullopt);
    group.rows.push_back(months);
    return group;
}

// Words of the statistician that a manager does not repeat (issue 18, point 7).
bool hasJargon(const QString &text)
{
    static const QStringList words
        = {QStringLiteral("test"),           QStringLiteral("log-rank"), QStringLiteral("chi"),
           QStringLiteral("censor"),         QStringLiteral("lift"),     QStringLiteral("p-value"),
           QStringLiteral("expected count"), QStringLiteral("statistic")};
    for (const QString &word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestMetricRowsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void formatsByUnit_data();
    void formatsByUnit();
    void formatsLiftPValueAndSizes_data();
    void formatsLiftPValueAndSizes();
    void modelBasedRowsShowEachCohortsInterval_data();
    void modelBasedRowsShowEachCohortsInterval();
    void exposesWarningsAndRawNumbers();
    void sortsByTheRawNumbers();
    void copiesSelectionAsTsv();
    void labelsEveryRowTheEngineProduces();
    void plainWordsUnlessDetailsAreShown();

private:
    QTemporaryDir m_dir;
};

void TestMetricRowsModel::passesTheModelTester()
{
    MetricRowsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(int(Role::SortValue));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), MetricRowsModel::columnCountValue);
    model.setGroup(sampleGroup(), QStringLiteral("EUR"));
    QCOMPARE(model.rowCount(), 3);
    proxy.sort(int(Column::Social), Qt::DescendingOrder);
    model.setGroup(sampleGroup(), QStringLiteral("USD"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestMetricRowsModel::formatsByUnit_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Value>("social");
    QTest::addColumn<Value>("control");
    QTest::addColumn<QString>("socialText");
    QTest::addColumn<QString>("differenceText");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale polish(QLocale::Polish, QLocale::Poland);
    const QLocale hindi(QLocale::Hindi, QLocale::India);
    const QString eur = QStringLiteral("EUR");

    QTest::newRow("share as a percentage, difference in points")
        << "share" << eur << english << Value(0.8006339) << Value(0.6900062) << "80.1%"
        << "+11.1 pp";
    QTest::newRow("share difference that rounds to zero has no sign")
        << "share" << eur << english << Value(0.7117950) << Value(0.7120088) << "71.2%"
        << "0.0 pp";
    QTest::newRow("share with a decimal comma")
        << "share" << eur << german << Value(0.8006339) << Value(0.6900062) << "80,1%"
        << "+11,1 pp";
    QTest::newRow("share that fell")
        << "share" << eur << english << Value(0.2216981) << Value(0.2939347) << "22.2%"
        << "-7.2 pp";
    QTest::newRow("money under a thousand keeps cents")
        << "money per customer" << eur << english << Value(52.675452) << Value(28.986247)
        << "€52.68"
        << "+€23.69";
    QTest::newRow("money from a thousand in whole units")
        << "money per customer" << eur << english << Value(1054.8975) << Value(936.63677)
        << "€1,055"
        << "+€118.26";
    QTest::newRow("money that fell takes a minus, not accounting brackets")
        << "money per customer-month" << eur << QLocale(QLocale::English, QLocale::UnitedKingdom)
        << Value(1.0894156) << Value(1.2640101) << "€1.09"
        << "-€0.17";
    QTest::newRow("money in German, symbol after the number")
        << "money per customer-month" << eur << german << Value(1.0894156) << Value(1.2640101)
        << QStringLiteral("1,09\u00A0€") << QStringLiteral("-0,17\u00A0€");
    QTest::newRow("money in the locale's own currency")
        << "money per order" << QStringLiteral("PLN") << polish << Value(51.596578)
        << Value(49.972606) << QStringLiteral("51,60\u00A0zł") << QStringLiteral("+1,62\u00A0zł");
    QTest::newRow("money with an unknown code shows the code")
        << "money per year" << QStringLiteral("XYZ") << english << Value(29204.8) << Value()
        << "XYZ29,205"
        << "—";
    QTest::newRow("counts with group separators")
        << "people reached" << eur << english << Value(152992) << Value(180521) << "152,992"
        << "-27,529";
    QTest::newRow("counts in Indian digit grouping")
        << "people reached" << eur << hindi << Value(1529920) << Value(180521) << "15,29,920"
        << "+13,49,399";
    QTest::newRow("NPS points with one decimal")
        << "points" << eur << english << Value(17.924528) << Value(1.0886470) << "17.9"
        << "+16.8";
    QTest::newRow("small rate with three significant digits")
        << "per customer-month" << eur << english << Value(0.098888) << Value(0.138847) << "0.0989"
        << "-0.0400";
    QTest::newRow("months with three significant digits")
        << "months" << eur << english << Value(10.750479) << Value(10.048251) << "10.8"
        << "+0.702";
    QTest::newRow("missing value") << "share" << eur << english << Value() << Value(0.5) << "—"
                                   << "—";
}

void TestMetricRowsModel::formatsByUnit()
{
    QFETCH(QString, unit);
    QFETCH(QString, currency);
    QFETCH(QLocale, locale);
    QFETCH(Value, social);
    QFETCH(Value, control);
    QFETCH(QString, socialText);
    QFETCH(QString, differenceText);

    MetricGroup group;
    group.rows.push_back(makeRow(QStringLiteral("clv"), unit, social, control));
    MetricRowsModel model;
    model.setLocale(locale);
    model.setGroup(group, currency);
    QCOMPARE(model.index(0, int(Column::Social)).data().toString(), socialText);
    QCOMPARE(model.index(0, int(Column::Difference)).data().toString(), differenceText);
    QCOMPARE(model.index(0, int(Column::Control)).data().toString(),
             MetricFormat::value(control, unit, currency, locale));
}

void TestMetricRowsModel::formatsLiftPValueAndSizes_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("lift");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<QString>("smallP");
    QTest::addColumn<QString>("largeP");
    QTest::addColumn<QString>("sizes");

    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << "+16.0%"
                             << "+8.3 pp – +13.8 pp"
                             << "< 0.001"
                             << "0.103"
                             << "1,326 / 3,674";
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << "+16,0%"
                            << "+8,3 pp – +13,8 pp"
                            << "< 0,001"
                            << "0,103"
                            << "1.326 / 3.674";
}

void TestMetricRowsModel::formatsLiftPValueAndSizes()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, lift);
    QFETCH(QString, interval);
    QFETCH(QString, smallP);
    QFETCH(QString, largeP);
    QFETCH(QString, sizes);

    MetricRowsModel model;
    model.setLocale(locale);
    model.setGroup(sampleGroup(), QStringLiteral("EUR"));
    QCOMPARE(model.index(0, int(Column::Lift)).data().toString(), lift);
    QCOMPARE(model.index(0, int(Column::Interval)).data().toString(), interval);
    QCOMPARE(model.index(0, int(Column::PValue)).data().toString(), smallP);
    QCOMPARE(model.index(1, int(Column::PValue)).data().toString(), largeP);
    QCOMPARE(model.index(0, int(Column::Sizes)).data().toString(), sizes);
    QCOMPARE(model.index(1, int(Column::Interval)).data().toString(), MetricFormat::missing());
}

void TestMetricRowsModel::modelBasedRowsShowEachCohortsInterval_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("Hindi") << QLocale(QLocale::Hindi, QLocale::India);
}

void TestMetricRowsModel::modelBasedRowsShowEachCohortsInterval()
{
    // clv and derl_months carry each cohort's interval from the models'
    // parameters: "value (low to high)" in the locale's money; a cohort
    // without one, and every other row, the value alone.
    QFETCH(QLocale, locale);
    MetricRow row
        = makeRow(QStringLiteral("clv"), QStringLiteral("money per customer"), 1234.5, 600.0);
    row.socialStandardError = 71.0;
    row.socialLow = 1100.0;
    row.socialHigh = 1380.0;
    // A spread without a standard error is the customers' own, not the models'.
    row.controlLow = 550.0;
    row.controlHigh = 650.0;
    MetricGroup group;
    group.rows.push_back(row);
    MetricRowsModel model;
    model.setLocale(locale);
    model.setGroup(group, QStringLiteral("EUR"));
    const auto money = [&](double value) {
        return MetricFormat::value(value, QStringLiteral("money per customer"),
                                   QStringLiteral("EUR"), locale);
    };
    QCOMPARE(model.index(0, int(Column::Social)).data().toString(),
             QStringLiteral("%1 (%2 to %3)").arg(money(1234.5), money(1100.0), money(1380.0)));
    QCOMPARE(model.index(0, int(Column::Control)).data().toString(),
             MetricFormat::value(600.0, row.unit, QStringLiteral("EUR"), locale));
    // Sorting still reads the raw number.
    QCOMPARE(
        model.index(0, int(Column::Social)).data(int(MetricRowsModel::Role::SortValue)).toDouble(),
        1234.5);
}

void TestMetricRowsModel::exposesWarningsAndRawNumbers()
{
    MetricRowsModel model;
    model.setGroup(sampleGroup(), QStringLiteral("EUR"));
    const QModelIndex warning = model.index(1, int(Column::Warning));
    QVERIFY(warning.data().toString().isEmpty());
    QVERIFY(warning.data(int(Role::Warning)).toString().startsWith(QLatin1String("The interval")));
    QCOMPARE(warning.data(Qt::ToolTipRole), warning.data(int(Role::Warning)));
    QVERIFY(!model.index(0, int(Column::Warning)).data(Qt::ToolTipRole).isValid());
    QVERIFY(!model.index(0, int(Column::Warning)).data(Qt::DecorationRole).isValid());

    QCOMPARE(model.index(0, int(Column::Social)).data(int(Role::SortValue)).toDouble(),
             0.8006339254809104);
    QCOMPARE(model.index(0, int(Column::PValue)).data(int(Role::SortValue)).toDouble(),
             6.868629628595654e-15);
    QVERIFY(!model.index(2, int(Column::Control)).data(int(Role::SortValue)).isValid());
    QCOMPARE(model.index(0, 0).data(int(Role::RowName)).toString(),
             QStringLiteral("retention_12m"));
    QCOMPARE(model.index(0, 0).data(int(Role::Unit)).toString(), QStringLiteral("share"));
    QCOMPARE(model.index(0, 0).data().toString(), metricRowLabel(u"retention_12m"));
    QVERIFY(model.index(0, int(Column::PValue))
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("z = ")));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestMetricRowsModel::sortsByTheRawNumbers()
{
    MetricRowsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(int(Role::SortValue));
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroup(sampleGroup(), QStringLiteral("EUR"));

    // As text "492" < "80.1%" < "10.8"; as numbers 0.80 < 10.75 < 492.
    proxy.sort(int(Column::Social), Qt::AscendingOrder);
    const auto rowNames = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, 0).data(int(Role::RowName)).toString();
        return names;
    };
    QCOMPARE(rowNames(), QStringList({"retention_12m", "rmst_months", "logrank"}));
    proxy.sort(int(Column::Social), Qt::DescendingOrder);
    QCOMPARE(rowNames(), QStringList({"logrank", "rmst_months", "retention_12m"}));

    // A missing number sorts after every number.
    proxy.sort(int(Column::Control), Qt::AscendingOrder);
    QCOMPARE(rowNames().constLast(), QStringLiteral("rmst_months"));
    proxy.sort(int(Column::Warning), Qt::DescendingOrder);
    QCOMPARE(rowNames().constFirst(), QStringLiteral("logrank"));
}

void TestMetricRowsModel::copiesSelectionAsTsv()
{
    MetricRowsModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setGroup(sampleGroup(), QStringLiteral("EUR"));

    // Two cells of the first row and the warning of the second, picked out of order.
    const QModelIndexList cells
        = {model.index(1, int(Column::Warning)), model.index(0, int(Column::Metric)),
           model.index(0, int(Column::Social))};
    const QString tsv = indexesToTsv(cells);
    const QStringList lines = tsv.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // header, two rows, and the final line break
    QVERIFY(lines[3].isEmpty());
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    QCOMPARE(header.size(), MetricRowsModel::columnCountValue);
    QCOMPARE(header[0], model.headerData(0, Qt::Horizontal).toString());
    const QStringList first = lines[1].split(QLatin1Char('\t'));
    QCOMPARE(first.size(), MetricRowsModel::columnCountValue);
    QCOMPARE(first[0], metricRowLabel(u"retention_12m"));
    QCOMPARE(first[1], QStringLiteral("80.1%"));
    QVERIFY(first[2].isEmpty()); // not selected
    const QStringList second = lines[2].split(QLatin1Char('\t'));
    QCOMPARE(second.size(), MetricRowsModel::columnCountValue);
    // The icon column copies its sentence; the tab inside it became a space.
    QCOMPARE(second.constLast(),
             QStringLiteral("The interval includes zero: the data cannot tell."));

    QCOMPARE(indexesToTsv({model.index(0, int(Column::Lift))}, false), QStringLiteral("+16.0%\n"));
    QVERIFY(indexesToTsv({}).isEmpty());
}

void TestMetricRowsModel::labelsEveryRowTheEngineProduces()
{
    const QString path = m_dir.filePath(QStringLiteral("labels.socialroi"));
    DemoOptions options;
    options.customers = 400;
    QVERIFY(DemoGenerator::generate(path, options, false).ok);
    MetricEngine engine(path);
    const MetricEngine::Outcome outcome = engine.compute({});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    std::set<QString> units;
    QCOMPARE(int(outcome.result.groups.size()), int(metricGroupIds().size()));
    for (const MetricGroup &group : outcome.result.groups) {
        QVERIFY2(metricGroupTitle(group.id) != group.id, qPrintable(group.id));
        QVERIFY2(!metricGroupNote(group.id).isEmpty(), qPrintable(group.id));
        for (const MetricRow &row : group.rows) {
            QVERIFY2(metricRowLabel(row.name) != row.name, qPrintable(row.name));
            QVERIFY2(!hasJargon(metricRowLabel(row.name)), qPrintable(metricRowLabel(row.name)));
            QVERIFY2(!hasJargon(row.warning), qPrintable(row.warning));
            units.insert(row.unit);
        }
        for (const MonthlySeries &series : group.series) {
            QVERIFY2(metricRowLabel(series.name) != series.name, qPrintable(series.name));
            units.insert(series.unit);
        }
    }
    for (const QString &unit : units) {
        QVERIFY2(metricUnitLabel(unit, QStringLiteral("€")) != unit, qPrintable(unit));
        QVERIFY2(!metricUnitLabel(unit, QStringLiteral("€")).contains(QLatin1String("%1")),
                 qPrintable(unit));
    }
    QVERIFY(metricGroupTitle(u"roi") != QLatin1String("roi"));
    QVERIFY(!metricGroupNote(u"roi").isEmpty());
}

void TestMetricRowsModel::plainWordsUnlessDetailsAreShown()
{
    MetricRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroup(sampleGroup(), QStringLiteral("EUR"));
    const QModelIndex lost = model.index(1, int(Column::Metric));
    QCOMPARE(lost.data().toString(), QStringLiteral("Customers lost over the whole period"));
    // The columns shown by default read as words; the p-value and the sizes
    // are the details.
    for (Column column : {Column::Metric, Column::Social, Column::Control, Column::Difference,
                          Column::Lift, Column::Interval, Column::Warning}) {
        const QString header = model.headerData(int(column), Qt::Horizontal).toString();
        QVERIFY2(!hasJargon(header), qPrintable(header));
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString label = model.index(row, int(Column::Metric)).data().toString();
        QVERIFY2(!hasJargon(label), qPrintable(label));
    }

    // With the details, the row names the test it reports.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStatisticalDetails(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(lost.data().toString(),
             QStringLiteral("Customers lost over the whole period (log-rank test)"));
    QCOMPARE(model.index(0, int(Column::Metric)).data().toString(),
             QStringLiteral("Still a customer after 12 months"));
    model.setStatisticalDetails(false);
    QCOMPARE(lost.data().toString(), QStringLiteral("Customers lost over the whole period"));
}

QTEST_GUILESS_MAIN(TestMetricRowsModel)
#include "tst_metricrowsmodel.moc"
