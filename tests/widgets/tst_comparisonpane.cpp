// SPDX-License-Identifier: GPL-3.0-or-later
// "Who is compared": the adjusted estimate's design, counts, E-value and
// balance drawn from a real engine result on a demo project; the warning when
// a covariate is still out of balance; the naive method's explanation; and
// the method switch of the filter bar.
#include "balancemodel.h"
#include "charts/lovechart.h"
#include "comparisonpane.h"
#include "demogenerator.h"
#include "filterbar.h"
#include "metricengine.h"

#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

class TestComparisonPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheAdjustedComparison();
    void warnsWhenStillOutOfBalance();
    void explainsTheNaiveComparison();
    void filterBarSwitchesTheMethod();

private:
    std::shared_ptr<const MetricsResult> computed(EstimationMethod method);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestComparisonPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 4000;
    options.seed = 5;
    QVERIFY(DemoGenerator::generate(m_demo, options, false).ok);
}

std::shared_ptr<const MetricsResult> TestComparisonPane::computed(EstimationMethod method)
{
    MetricFilters filters;
    filters.method = method;
    MetricEngine engine(m_demo);
    const MetricEngine::Outcome outcome = engine.compute(filters);
    if (!outcome.ok)
        return nullptr;
    return std::make_shared<const MetricsResult>(outcome.result);
}

void TestComparisonPane::showsTheAdjustedComparison()
{
    const auto result = computed(EstimationMethod::Adjusted);
    QVERIFY(result && result->adjustment);
    const Adjustment &adjustment = *result->adjustment;
    QVERIFY(adjustment.treated > 0);

    ComparisonPane pane;
    pane.resize(1280, 900);
    pane.setResult(result);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    QVERIFY2(pane.designText().contains(QLatin1String("the effect on the customers the social "
                                                      "care team dealt with")),
             qPrintable(pane.designText()));
    const QLocale locale;
    QVERIFY2(pane.countsText().startsWith(locale.toString(adjustment.treated)
                                          + QLatin1String(" social customer(s) compared")),
             qPrintable(pane.countsText()));
    QVERIFY(pane.countsText().contains(locale.toString(adjustment.controlCustomers)));
    QVERIFY(adjustment.eValue);
    QVERIFY2(pane.eValueText().contains(locale.toString(*adjustment.eValue, 'f', 2)),
             qPrintable(pane.eValueText()));

    // One table row and one point per covariate and side, the chart in the
    // same order as its labels say.
    QCOMPARE(pane.model()->rowCount(), int(adjustment.balance.size()));
    QCOMPARE(pane.loveChart()->beforeGraph()->dataCount(), int(adjustment.balance.size()));
    QCOMPARE(pane.loveChart()->afterGraph()->dataCount(), int(adjustment.balance.size()));
    QCOMPARE(pane.loveChart()->covariateLabels().size(), int(adjustment.balance.size()));
    QCOMPARE(pane.model()->index(0, 0).data().toString(),
             covariateLabel(QStringLiteral("tenure_months")));
    // The demo's social customers differ in tenure before weighting and not after.
    const BalanceRow &tenure = adjustment.balance.front();
    QCOMPARE(tenure.covariate, QStringLiteral("tenure_months"));
    QVERIFY(std::abs(tenure.smdAfter) < std::abs(tenure.smdBefore));
    QCOMPARE(pane.warningText().isEmpty(),
             !adjustment.isImbalanced() && !adjustment.hasThinOverlap());

    QTest::qWait(50);
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(pane.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/pane-comparison.png")));
}

void TestComparisonPane::warnsWhenStillOutOfBalance()
{
    auto result = std::make_shared<MetricsResult>(*computed(EstimationMethod::Adjusted));
    QVERIFY(result->adjustment);
    result->adjustment->balance.push_back({QStringLiteral("region=North"), 0.40, 0.25});
    ComparisonPane pane;
    pane.setResult(result);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY2(pane.warningText().contains(QLatin1String("Region: North")),
             qPrintable(pane.warningText()));
    const int last = pane.model()->rowCount() - 1;
    QVERIFY(!pane.model()
                 ->index(last, int(BalanceModel::Column::After))
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestComparisonPane::explainsTheNaiveComparison()
{
    const auto result = computed(EstimationMethod::Naive);
    QVERIFY(result && !result->adjustment);
    ComparisonPane pane;
    pane.setResult(result);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY2(pane.designText().contains(QLatin1String("not effects")),
             qPrintable(pane.designText()));
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(pane.loveChart()->isEmpty());
    QVERIFY(pane.countsText().isEmpty());
}

void TestComparisonPane::filterBarSwitchesTheMethod()
{
    FilterBar bar;
    bar.setProject(m_demo);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(bar.filters().method, EstimationMethod::Adjusted);
    // The demo's region is an attribute of the customers' file.
    QVERIFY2(bar.adjustForChoices().contains(QStringLiteral("region")),
             qPrintable(bar.adjustForChoices().join(u',')));

    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    const int naive = bar.methodBox()->findData(int(EstimationMethod::Naive));
    bar.methodBox()->setCurrentIndex(naive);
    Q_EMIT bar.methodBox()->activated(naive);
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.last().at(0).value<MetricFilters>().method, EstimationMethod::Naive);
    QVERIFY(!bar.adjustForButton()->isEnabled()); // like with like means nothing there

    MetricFilters filters;
    filters.adjustFor = {QStringLiteral("region")};
    bar.setFilters(filters);
    QVERIFY(changed.wait(2000));
    const auto shown = changed.last().at(0).value<MetricFilters>();
    QCOMPARE(shown.method, EstimationMethod::Adjusted);
    QCOMPARE(shown.adjustFor, QStringList {QStringLiteral("region")});
    QCOMPARE(bar.adjustForButton()->text(), QStringLiteral("region"));

    bar.reset();
    QVERIFY(changed.wait(2000));
    QVERIFY(changed.last().at(0).value<MetricFilters>().adjustFor.isEmpty());
}

QTEST_MAIN(TestComparisonPane)
#include "tst_comparisonpane.moc"
