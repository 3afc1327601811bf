// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricformat.h"
#include "metriclabels.h"
#include "roisummarymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestRoiSummaryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsComponentsThenTotals();
};

void TestRoiSummaryModel::showsComponentsThenTotals()
{
    RoiSummary summary;
    summary.components = {{QStringLiteral("retention"), 100000, 70000, 130000},
                          {QStringLiteral("saves"), 20000, 10000, 30000}};
    summary.value = 120000;
    // The total's own interval: narrower than the components' summed ends
    // (80 000 to 160 000), as when their errors partly offset.
    summary.valueLow = 95000;
    summary.valueHigh = 145000;
    summary.cost = 48000;
    summary.net = 72000;
    summary.roi = 1.5;
    summary.roiLow = (95000.0 - 48000) / 48000;
    summary.roiHigh = (145000.0 - 48000) / 48000;
    summary.horizonMonths = 12;
    summary.currency = QStringLiteral("EUR");

    RoiSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setSummary(summary);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), RoiSummaryModel::columnCountValue);

    using Column = RoiSummaryModel::Column;
    const auto text = [&model](int row, Column column) {
        return model.index(row, int(column)).data().toString();
    };
    QCOMPARE(text(0, Column::Component), metricGroupTitle(u"retention"));
    QCOMPARE(text(0, Column::Value), QStringLiteral("€100,000"));
    QCOMPARE(text(0, Column::Low), QStringLiteral("€70,000"));
    QCOMPARE(text(1, Column::High), QStringLiteral("€30,000"));
    // Total value with its own interval, cost without a range, net, ROI as a percentage.
    QCOMPARE(model.index(2, 0).data(int(RoiSummaryModel::Role::Id)).toString(),
             QStringLiteral("value"));
    QCOMPARE(text(2, Column::Low), QStringLiteral("€95,000"));
    QCOMPARE(text(2, Column::High), QStringLiteral("€145,000"));
    QCOMPARE(text(3, Column::Value), QStringLiteral("€48,000"));
    QCOMPARE(text(3, Column::Low), QStringLiteral("€48,000"));
    QCOMPARE(text(4, Column::Value), QStringLiteral("€72,000"));
    QCOMPARE(text(4, Column::Low), QStringLiteral("€47,000"));
    QCOMPARE(text(5, Column::Value), QStringLiteral("150%"));
    QCOMPARE(text(5, Column::Low), QStringLiteral("98%"));
    QCOMPARE(text(5, Column::High), QStringLiteral("202%"));
    QCOMPARE(
        model.index(5, int(Column::Value)).data(int(RoiSummaryModel::Role::SortValue)).toDouble(),
        1.5);

    // Without a cost there is no ROI.
    summary.cost = 0;
    summary.roi.reset();
    summary.roiLow.reset();
    summary.roiHigh.reset();
    model.setSummary(summary);
    QCOMPARE(text(5, Column::Value), MetricFormat::missing());
    model.setSummary(RoiSummary());
    QCOMPARE(model.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestRoiSummaryModel)
#include "tst_roisummarymodel.moc"
