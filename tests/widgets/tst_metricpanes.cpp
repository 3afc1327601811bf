// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancemodel.h"
#include "charts/cohortbarchart.h"
#include "charts/mentionschart.h"
#include "charts/monthlyserieschart.h"
#include "charts/npschart.h"
#include "charts/repeatcountchart.h"
#include "charts/repeattrackingchart.h"
#include "charts/roiwaterfallchart.h"
#include "charts/sensitivitychart.h"
#include "charts/survivalchart.h"
#include "comparisonpane.h"
#include "demogenerator.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "metricengine.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "metricpane.h"
#include "metricrowsmodel.h"
#include "metricscontroller.h"
#include "metricspage.h"
#include "roipane.h"
#include "roisummarymodel.h"
#include "roiwording.h"
#include "statisticaldetails.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <qcustomplot.h>

#include <cmath>

namespace {

constexpr int computeTimeout = 120000;

MetricsResult computeDirectly(const QString &path, const MetricFilters &filters)
{
    MetricEngine engine(path);
    MetricEngine::Outcome outcome = engine.compute(filters);
    if (!outcome.ok)
        qWarning() << outcome.error;
    return outcome.result;
}

// The value of a bar at `key`, NaN when there is none.
double barValue(QCPBars *bars, double key)
{
    if (!bars)
        return std::nan("");
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
        if (it->key == key)
            return it->value;
    }
    return std::nan("");
}

QVector<double> barValues(QCPBars *bars)
{
    QVector<double> values;
    if (!bars)
        return values;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values << it->value;
    return values;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

// Waits for the newest request's result.
bool waitForResult(MainWindow &window)
{
    MetricsController *controller = window.metricsController();
    QElapsedTimer clock;
    clock.start();
    while (controller->isBusy() || !controller->result()) {
        if (clock.elapsed() > computeTimeout)
            return false;
        QSignalSpy busy(controller, &MetricsController::busyChanged);
        if (controller->isBusy())
            busy.wait(1000);
        else
            QTest::qWait(20);
    }
    return true;
}

} // namespace

class TestMetricPanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPaneDrawsTheEnginesResults();
    void segmentFilterUpdatesTableAndCharts();
    void tableCopiesAsTsvAndSorts();
    void paneChosenBeforeTheProjectOpens();
    void paneOptionIsValidated();
    void grabsEveryPane_data();
    void grabsEveryPane();
    void staysResponsiveWhileRecomputing();
    void roiPaneGivesNoVerdictWithoutSocialCustomers();
    void roiChartsDrawTheSummaryAndSensitivity();
    void relationshipExportsCustomerScores_data();
    void relationshipExportsCustomerScores();
    void everyChartOfAPaneHasItsToolBar();
    void statisticalDetailsAreOneChoice();

private:
    void openProject(MainWindow &window, const QString &path);
    void checkPane(MainWindow &window, const QString &id, const MetricsResult &expected);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestMetricPanes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SocialROI-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_metricpanes"));
    QSettings().clear();
    // Screenshots in a user's locale rather than C's (no group separators).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_path = m_dir.filePath(QStringLiteral("Demo.socialroi"));
    DemoOptions options;
    options.customers = 5000;
    QVERIFY(DemoGenerator::generate(m_path, options, false).ok);
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
}

void TestMetricPanes::openProject(MainWindow &window, const QString &path)
{
    // Fewer bootstrap replicates than the window's 200: the same code, sooner.
    window.metricsController()->setBootstrapReplicates(40);
    QVERIFY(!window.openProject(path, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForResult(window));
}

void TestMetricPanes::checkPane(MainWindow &window, const QString &id,
                                const MetricsResult &expected)
{
    QVERIFY(window.showPane(id));
    MetricsPage *page = window.metricsPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->currentPane(), id);
    const QModelIndex current = window.navigator()->view()->currentIndex();
    QCOMPARE(current.data().toString(), metricGroupTitle(id));

    if (id == QLatin1String("roi")) {
        RoiPane *pane = page->roiPane();
        QVERIFY(pane->isVisible());
        QCOMPARE(pane->model()->rowCount(), int(expected.roi.components.size()) + 4);
        for (int row = 0; row < int(expected.roi.components.size()); ++row) {
            const QModelIndex value = pane->model()->index(row, 1);
            QVERIFY(near(value.data(int(RoiSummaryModel::Role::SortValue)).toDouble(),
                         expected.roi.components[size_t(row)].value));
        }
        // The pane and the report say the same sentence.
        QCOMPARE(pane->summaryText(), RoiWording::sentence(expected.roi));
        QVERIFY2(pane->summaryText().contains(QLatin1String("returned an estimated")),
                 qPrintable(pane->summaryText()));
        return;
    }

    if (id == QLatin1String("comparison")) {
        // Who the estimate compares: the engine's own counts, in the window.
        ComparisonPane *pane = page->comparisonPane();
        QVERIFY(pane->isVisible());
        QVERIFY(expected.adjustment);
        QCOMPARE(pane->model()->rowCount(), int(expected.adjustment->balance.size()));
        QVERIFY2(pane->countsText().startsWith(QLocale().toString(expected.adjustment->treated)),
                 qPrintable(pane->countsText()));
        return;
    }

    MetricPane *pane = page->metricPane(id);
    QVERIFY(pane);
    QVERIFY(pane->isVisible());
    const MetricGroup *group = expected.group(id);
    QVERIFY(group);
    QVERIFY(pane->shownGroup());

    // The table: every engine row, in the engine's order until sorted.
    QCOMPARE(pane->model()->rowCount(), int(group->rows.size()));
    for (int row = 0; row < int(group->rows.size()); ++row) {
        const MetricRow &expectedRow = group->rows[size_t(row)];
        const QModelIndex name = pane->proxyModel()->index(row, 0);
        QCOMPARE(name.data(int(MetricRowsModel::Role::RowName)).toString(), expectedRow.name);
        const QVariant social = pane->proxyModel()
                                    ->index(row, int(MetricRowsModel::Column::Social))
                                    .data(int(MetricRowsModel::Role::SortValue));
        QCOMPARE(social.isValid(), expectedRow.social.has_value());
        if (expectedRow.social)
            QVERIFY(near(social.toDouble(), *expectedRow.social));
    }
    QVERIFY(!pane->valueText().isEmpty());
    QVERIFY(!pane->noteText().isEmpty());
    if (id == QLatin1String("saves")) {
        // Valued over the saved customers' remaining lifetime, not a year.
        QCOMPARE(pane->valueText(), RoiWording::savesValueSentence(*group, expected.roi.currency));
        QVERIFY2(pane->valueText().contains(QLatin1String("over their remaining lifetime")),
                 qPrintable(pane->valueText()));
        QVERIFY(!pane->valueText().contains(QLatin1String("a year")));
    }
    if (id == QLatin1String("retention")) {
        // The estimate and the naive comparison side by side, in words.
        const MetricRow *estimate = group->row(QStringLiteral("retention_12m"));
        const MetricRow *naive = group->row(QStringLiteral("naive_retention_12m"));
        QVERIFY(estimate && naive);
        if (estimate->difference && naive->difference)
            QVERIFY2(pane->noteText().contains(
                         MetricFormat::difference(estimate->difference, estimate->unit, QString())
                         + QLatin1String(" estimated against similar customers the same day, ")
                         + MetricFormat::difference(naive->difference, naive->unit, QString())
                         + QLatin1String(" in the naive comparison")),
                     qPrintable(pane->noteText()));
        QCOMPARE(qobject_cast<SurvivalChart *>(pane->mainChart())->origin(),
                 SurvivalChart::Origin::FirstSocialContact);
    }

    // Every chart draws data.
    for (CohortChart *chart : pane->charts())
        QVERIFY2(!chart->isEmpty(), qPrintable(id + QLatin1Char(' ') + chart->title()));

    if (auto *survival = qobject_cast<SurvivalChart *>(pane->mainChart())) {
        for (Cohort cohort : {Cohort::Social, Cohort::Control}) {
            const std::vector<CurvePoint> &curve
                = cohort == Cohort::Social ? group->socialCurve : group->controlCurve;
            QCPGraph *graph = survival->curveGraph(cohort);
            QVERIFY(graph);
            // One point per step of the Kaplan-Meier table (plus the start at 100%).
            QVERIFY2(graph->data()->size() >= int(curve.size())
                         && graph->data()->size() <= int(curve.size()) + 2,
                     qPrintable(QStringLiteral("%1 points for %2 steps")
                                    .arg(graph->data()->size())
                                    .arg(curve.size())));
            // The last drawn survival is the curve's last.
            QVERIFY(near((graph->data()->constEnd() - 1)->value, curve.back().survival * 100)
                    || near((graph->data()->constEnd() - 1)->value, curve.back().survival));
            QVERIFY(survival->bandLowGraph(cohort));
        }
    } else if (auto *nps = qobject_cast<NpsChart *>(pane->mainChart())) {
        QCPBars *promoters = nps->segmentBars(NpsChart::Segment::Promoters);
        QCPBars *detractors = nps->segmentBars(NpsChart::Segment::Detractors);
        const MetricRow *recommend = group->row(QStringLiteral("recommend_share"));
        const MetricRow *detractor = group->row(QStringLiteral("detractor_share"));
        QVERIFY(near(barValue(promoters, NpsChart::socialKey), *recommend->social));
        QVERIFY(near(barValue(promoters, NpsChart::controlKey), *recommend->control));
        QVERIFY(near(barValue(detractors, NpsChart::socialKey), *detractor->social));
        QVERIFY(near(barValue(detractors, NpsChart::controlKey), *detractor->control));
        const MetricRow *positive = group->row(QStringLiteral("positive_mentions"));
        const MetricRow *negative = group->row(QStringLiteral("negative_mentions"));
        MentionsChart *mentions = pane->mentionsChart();
        QVERIFY(mentions);
        QVERIFY(near(barValue(mentions->bars(Cohort::Social), MentionsChart::positiveKey),
                     *positive->social));
        QVERIFY(near(barValue(mentions->bars(Cohort::Control), MentionsChart::negativeKey),
                     *negative->control));
    } else {
        auto *bars = qobject_cast<CohortBarChart *>(pane->mainChart());
        QVERIFY(bars);
        // The rows each chart compares, in order.
        QVector<double> social;
        QVector<double> control;
        for (const MetricRow &row : group->rows) {
            const bool shown = id == QLatin1String("operational_cost")
                ? row.name.endsWith(QLatin1String("_contacts_per_customer_month"))
                : (id == QLatin1String("relationship")
                       ? (row.name == QLatin1String("clv")
                          || row.name == QLatin1String("expected_value_over_horizon"))
                       : row.unit == QLatin1String("share") && social.isEmpty());
            if (!shown)
                continue;
            social << row.social.value_or(std::nan(""));
            control << row.control.value_or(std::nan(""));
        }
        QVERIFY(!social.isEmpty());
        const QVector<double> drawnSocial = barValues(bars->bars(Cohort::Social));
        const QVector<double> drawnControl = barValues(bars->bars(Cohort::Control));
        QCOMPARE(drawnSocial.size(), social.size());
        QCOMPARE(drawnControl.size(), control.size());
        for (int i = 0; i < social.size(); ++i) {
            QVERIFY2(near(drawnSocial[i], social[i]),
                     qPrintable(QStringLiteral("%1 bar %2: %3 drawn, %4 computed")
                                    .arg(id)
                                    .arg(i)
                                    .arg(drawnSocial[i])
                                    .arg(social[i])));
            QVERIFY(near(drawnControl[i], control[i]));
        }
    }
    if (id == QLatin1String("relationship")) {
        // The sentence of what lifetime value rests on, as the report says it.
        QVERIFY2(pane->noteText().endsWith(RoiWording::lifetimeValueSentence(expected.roi)),
                 qPrintable(pane->noteText()));
        // Each cohort's lifetime value with its interval from the models.
        const MetricRow *clv = group->row(QStringLiteral("clv"));
        QVERIFY(clv && clv->socialLow && clv->socialHigh && clv->socialStandardError);
        const QString cell
            = pane->model()->index(0, int(MetricRowsModel::Column::Social)).data().toString();
        QVERIFY2(
            cell.contains(MetricFormat::value(clv->socialHigh, clv->unit, expected.roi.currency)),
            qPrintable(cell));
        // The model checks draw the engine's numbers.
        QCOMPARE(group->models.size(), std::size_t(2));
        for (Cohort cohort : {Cohort::Social, Cohort::Control}) {
            const CohortModels &models = group->models[cohort == Cohort::Social ? 0 : 1];
            QVERIFY(!models.tracking.actualCumulative.empty());
            QCPGraph *actual = pane->trackingChart()->actualGraph(cohort);
            QCPGraph *expectedLine = pane->trackingChart()->expectedGraph(cohort);
            QVERIFY(actual && expectedLine);
            QCOMPARE(actual->data()->size(), int(models.tracking.actualCumulative.size()));
            QVERIFY(near((actual->data()->constEnd() - 1)->value,
                         models.tracking.actualCumulative.back()));
            QVERIFY(near((expectedLine->data()->constEnd() - 1)->value,
                         models.tracking.expectedCumulative.back()));
            const QVector<double> shares = barValues(pane->repeatCountChart()->bars(cohort));
            QCOMPARE(shares.size(), RepeatTracking::countBins);
            double customers = 0;
            for (double count : models.tracking.actualCounts)
                customers += count;
            QVERIFY(near(shares[0], models.tracking.actualCounts[0] / customers));
            QVERIFY(pane->repeatCountChart()->expectedMarkers(cohort));
            QCOMPARE(barValues(pane->aliveChart()->bars(cohort)).size(), CohortModels::pAliveBins);
        }
        QVERIFY(std::isfinite(pane->trackingChart()->calibrationEnd()));
        auto *orders = qobject_cast<CohortBarChart *>(pane->secondChart());
        QVERIFY(orders);
        const MetricRow *row = group->row(QStringLiteral("average_order_value"));
        QCOMPARE(barValues(orders->bars(Cohort::Social)), QVector<double>({*row->social}));
        QCOMPARE(barValues(orders->bars(Cohort::Control)), QVector<double>({*row->control}));
    }

    if (MonthlySeriesChart *chart = pane->seriesChart()) {
        QVERIFY(!group->series.empty());
        const MonthlySeries &series = group->series.front();
        QCPGraph *line = chart->lineGraph(Cohort::Social);
        QVERIFY(line);
        QCOMPARE(line->data()->size(), int(series.points.size()));
        for (int i = 0; i < int(series.points.size()); ++i) {
            const MonthlyPoint &point = series.points[size_t(i)];
            const double drawn = (line->data()->constBegin() + i)->value;
            if (point.social)
                QVERIFY(near(drawn, *point.social));
            else
                QVERIFY(std::isnan(drawn));
        }
    } else {
        QVERIFY(group->series.empty());
    }
}

void TestMetricPanes::everyPaneDrawsTheEnginesResults()
{
    MainWindow window;
    window.resize(1280, 800);
    openProject(window, m_path);
    const MetricsResult expected = computeDirectly(m_path, {});
    QCOMPARE(window.metricsController()->result()->socialCustomers, expected.socialCustomers);
    QVERIFY(window.metricsPage()->messageText().isEmpty());
    for (const QString &id : MainWindow::paneIds()) {
        checkPane(window, id, expected);
        if (QTest::currentTestFailed())
            return;
    }

    // The shortcuts reach the panes: Ctrl+2 is the first metric group, Ctrl+0 the ROI.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.metricsPage()->currentPane(), QStringLiteral("retention"));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.metricsPage()->currentPane(), QStringLiteral("roi"));
}

void TestMetricPanes::segmentFilterUpdatesTableAndCharts()
{
    MainWindow window;
    window.resize(1280, 800);
    FilterBar *bar = window.metricsPage()->filterBar();
    QSignalSpy choices(bar, &FilterBar::choicesLoaded);
    openProject(window, m_path);
    QVERIFY(choices.count() > 0 || choices.wait(10000));
    // The segments and the extra attribute offered, with their customers.
    QComboBox *segment = bar->segmentBox();
    QVERIFY(segment->findData(QStringLiteral("plus")) > 0);
    QVERIFY(segment->findData(QStringLiteral("region=Poland")) > 0);
    QVERIFY(bar->choices().firstSignup.isValid());

    // Picking a segment as a user does: the list, then Enter.
    window.showPane(QStringLiteral("cross_sell"));
    MetricPane *pane = window.metricsPage()->metricPane(QStringLiteral("cross_sell"));
    const double allSocial
        = pane->shownGroup()->row(QStringLiteral("cross_sell_share"))->social.value();
    QSignalSpy changed(bar, &FilterBar::filtersChanged);
    segment->lineEdit()->selectAll();
    QTest::keyClicks(segment->lineEdit(), QStringLiteral("region=Poland"));
    QTest::keyClick(segment->lineEdit(), Qt::Key_Return);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.count(), 1); // debounced: one request for the whole edit
    QCOMPARE(bar->filters().segment, QStringLiteral("region=Poland"));
    QVERIFY(waitForResult(window));

    MetricFilters filters;
    filters.segment = QStringLiteral("region=Poland");
    const MetricsResult expected = computeDirectly(m_path, filters);
    QCOMPARE(window.metricsController()->result()->filters.segment, filters.segment);
    QVERIFY(expected.socialCustomers + expected.controlCustomers < 5000);
    checkPane(window, QStringLiteral("cross_sell"), expected);
    const double polandSocial
        = pane->shownGroup()->row(QStringLiteral("cross_sell_share"))->social.value();
    QVERIFY(polandSocial != allSocial);
    checkPane(window, QStringLiteral("retention"), expected);

    // A segment value, a signup range and an as-of date through setFilters.
    filters.segment = QStringLiteral("plus");
    filters.from = QDate(2023, 1, 1);
    filters.asOf = QDate(2025, 6, 30);
    bar->setFilters(filters);
    QVERIFY(changed.wait(5000));
    QCOMPARE(bar->filters(), filters);
    QVERIFY(waitForResult(window));
    const MetricsResult narrowed = computeDirectly(m_path, filters);
    QCOMPARE(window.metricsController()->result()->asOf, QDate(2025, 6, 30));
    checkPane(window, QStringLiteral("retention"), narrowed);
    checkPane(window, QStringLiteral("raves"), narrowed);

    // A segment nobody is in: the panes empty out and say why.
    filters = MetricFilters();
    filters.segment = QStringLiteral("nobody");
    bar->setFilters(filters);
    QVERIFY(changed.wait(5000));
    QVERIFY(waitForResult(window));
    QVERIFY(!window.metricsPage()->messageText().isEmpty());

    bar->reset();
    QVERIFY(changed.wait(5000));
    QCOMPARE(bar->filters(), MetricFilters());
    QVERIFY(waitForResult(window));
    QVERIFY(window.metricsPage()->messageText().isEmpty());
}

void TestMetricPanes::tableCopiesAsTsvAndSorts()
{
    MainWindow window;
    window.resize(1280, 800);
    openProject(window, m_path);
    window.showPane(QStringLiteral("operational_cost"));
    MetricPane *pane = window.metricsPage()->metricPane(QStringLiteral("operational_cost"));
    QTableView *view = pane->tableView();
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), -1);

    view->selectRow(0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("Metric\tSocial\tControl")));
    QVERIFY(lines[1].startsWith(metricRowLabel(u"phone_contacts_per_customer_month")));

    // Sorting by the lift puts the largest relative increase last.
    view->sortByColumn(int(MetricRowsModel::Column::Lift), Qt::AscendingOrder);
    double previous = -1e300;
    for (int row = 0; row < pane->proxyModel()->rowCount(); ++row) {
        const QVariant lift = pane->proxyModel()
                                  ->index(row, int(MetricRowsModel::Column::Lift))
                                  .data(int(MetricRowsModel::Role::SortValue));
        if (!lift.isValid())
            continue;
        QVERIFY(lift.toDouble() >= previous);
        previous = lift.toDouble();
    }
}

void TestMetricPanes::paneChosenBeforeTheProjectOpens()
{
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(!window.showPane(QStringLiteral("no_such_pane")));
    QVERIFY(window.showPane(QStringLiteral("raves")));
    openProject(window, m_path);
    QCOMPARE(window.metricsPage()->currentPane(), QStringLiteral("raves"));
    QVERIFY(window.metricsPage()->metricPane(QStringLiteral("raves"))->isVisible());
    QVERIFY(!window.metricsPage()->metricPane(QStringLiteral("raves"))->mainChart()->isEmpty());
}

void TestMetricPanes::paneOptionIsValidated()
{
    QProcess process;
    process.start(QStringLiteral(SOCIALROI_EXECUTABLE),
                  {m_path, QStringLiteral("--pane"), QStringLiteral("retension")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("retension")), qPrintable(error));
    for (const QString &id : MainWindow::paneIds())
        QVERIFY2(error.contains(id), qPrintable(error));

    process.start(QStringLiteral(SOCIALROI_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("--pane")));
}

void TestMetricPanes::grabsEveryPane_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestMetricPanes::grabsEveryPane()
{
    QFETCH(QSize, size);
    MainWindow window;
    window.resize(size);
    openProject(window, m_path);
    for (const QString &id : MainWindow::paneIds()) {
        QVERIFY(window.showPane(id));
        if (id == QLatin1String("roi")) {
            QTRY_VERIFY_WITH_TIMEOUT(window.metricsController()->sensitivity().has_value(),
                                     computeTimeout);
        }
        QTest::qWait(50); // let queued replots run
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), size * image.devicePixelRatio());
        const QString file = QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/pane-%1-%2x%3.png")
                                 .arg(id)
                                 .arg(size.width())
                                 .arg(size.height());
        QVERIFY(image.save(file));
        // The relationship's second tab: the BG/NBD model checks.
        if (id == QLatin1String("relationship")) {
            MetricPane *pane = window.metricsPage()->metricPane(id);
            pane->chartTabs()->setCurrentIndex(1);
            QTest::qWait(50);
            QVERIFY(pane->trackingChart()->isVisible());
            QVERIFY(window.grab().toImage().save(
                QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/pane-relationship-checks-%1x%2.png")
                    .arg(size.width())
                    .arg(size.height())));
            QVERIFY(pane->grab().toImage().save(
                QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/pane-relationship-checks-only-%1x%2.png")
                    .arg(size.width())
                    .arg(size.height())));
            pane->chartTabs()->setCurrentIndex(0);
        }
    }
}

void TestMetricPanes::roiPaneGivesNoVerdictWithoutSocialCustomers()
{
    // The programme's cost against no one to compare is not a loss: the
    // pane says what to import and shows no table or chart.
    RoiPane pane;
    pane.resize(1280, 800);
    auto result = std::make_shared<MetricsResult>();
    result->roi.noSocialCustomers = true;
    result->roi.cost = 144000;
    result->roi.net = -144000;
    pane.setResult(result);
    pane.show();
    QTRY_VERIFY(pane.hasShownResult());
    QVERIFY(pane.summaryText().contains(QLatin1String("No verdict yet")));
    QVERIFY(!pane.tableView()->isVisible());
    QVERIFY(!pane.waterfallChart()->isVisible());

    auto withSocial = std::make_shared<MetricsResult>(*result);
    withSocial->roi.noSocialCustomers = false;
    pane.setResult(withSocial);
    QTRY_VERIFY(pane.tableView()->isVisible());
    QVERIFY(pane.waterfallChart()->isVisible());
}

void TestMetricPanes::roiChartsDrawTheSummaryAndSensitivity()
{
    MainWindow window;
    window.resize(1280, 800);
    openProject(window, m_path);
    QVERIFY(window.showPane(QStringLiteral("roi")));
    MetricsController *controller = window.metricsController();
    QTRY_VERIFY_WITH_TIMEOUT(controller->sensitivity().has_value(), computeTimeout);
    RoiPane *pane = window.metricsPage()->roiPane();
    // The bootstrap came before the sensitivity and replaced the interval.
    QCOMPARE(controller->result()->roi.interval, RoiInterval::Bootstrap);
    QVERIFY2(pane->intervalText().contains(QLatin1String("bootstrap of the whole calculation, 40 "
                                                         "resamples")),
             qPrintable(pane->intervalText()));

    const auto check = [&] {
        const RoiSummary &roi = controller->result()->roi;
        RoiWaterfallChart *waterfall = pane->waterfallChart();
        QVERIFY(!waterfall->isEmpty());
        // One bar per component, the cost, the net value; each from the running total.
        QCOMPARE(waterfall->stepCount(), int(roi.components.size()) + 2);
        const QVector<QCPBars *> steps = waterfall->stepBars();
        double running = 0;
        for (int i = 0; i < int(roi.components.size()); ++i) {
            QVERIFY(near(steps[i]->baseValue(), running));
            QVERIFY(near(steps[i]->data()->constBegin()->value, roi.components[size_t(i)].value));
            running += roi.components[size_t(i)].value;
        }
        QCPBars *cost = steps[int(roi.components.size())];
        QVERIFY(near(cost->baseValue(), roi.value));
        QVERIFY(near(cost->data()->constBegin()->value, -roi.cost));
        QCPBars *net = steps.constLast();
        QCOMPARE(net->baseValue(), 0.0);
        QVERIFY(near(net->data()->constBegin()->value, roi.net));
        QVERIFY(waterfall->intervals());
        QVERIFY(waterfall->intervals()->dataCount() > 0);

        // One row per assumption that moves the ROI, widest swing on top.
        const RoiSensitivity &sensitivity = *controller->sensitivity();
        SensitivityChart *tornado = pane->sensitivityChart();
        QVERIFY(!tornado->isEmpty());
        int moving = 0;
        for (const SensitivityRow &row : sensitivity.rows)
            moving += row.swing() > 0 ? 1 : 0;
        QCOMPARE(tornado->drawnAssumptionCount(), moving);
        QCOMPARE(tornado->lowBars()->dataCount(), moving);
        QCOMPARE(tornado->highBars()->dataCount(), moving);
        QCOMPARE(tornado->assumptionLabels().constFirst(),
                 SensitivityChart::assumptionLabel(sensitivity.rows[0].assumption));
        QCOMPARE(tornado->lowBars()->baseValue(), sensitivity.base);
        // The top row (largest key) ends at the ROI with that assumption 20 % higher.
        const auto top = std::prev(tornado->highBars()->data()->constEnd());
        QVERIFY(near(sensitivity.base + top->value, sensitivity.rows[0].outcomeHigh));
        QVERIFY(near(sensitivity.base, *roi.roi));
    };
    check();
    if (QTest::currentTestFailed())
        return;

    // A new result: both charts follow it, the tornado once its sensitivity arrives.
    const double before = controller->result()->roi.net;
    MetricFilters filters;
    filters.segment = QStringLiteral("premium");
    window.metricsPage()->filterBar()->setFilters(filters);
    QTRY_VERIFY_WITH_TIMEOUT(controller->result()
                                 && controller->result()->filters.segment == filters.segment,
                             computeTimeout);
    QVERIFY(!pane->sensitivityChart()->hasSensitivity() || controller->sensitivity());
    QTRY_VERIFY_WITH_TIMEOUT(controller->sensitivity().has_value(), computeTimeout);
    QTRY_VERIFY(pane->sensitivityChart()->hasSensitivity());
    QCOMPARE(pane->sensitivityChart()->sensitivity().filters.segment, filters.segment);
    QVERIFY(controller->result()->roi.net != before);
    check();
}

void TestMetricPanes::staysResponsiveWhileRecomputing()
{
    // A large project: the engine's first load and each recompute take long
    // enough that any work on the UI thread would show as a stall.
    const QString path = m_dir.filePath(QStringLiteral("Large.socialroi"));
    DemoOptions options;
    options.customers = 200000;
    QVERIFY(DemoGenerator::generate(path, options, false).ok);

    // A 5 ms timer notes the longest gap between its ticks.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = std::max(longestGap, sinceTick.restart()); });

    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(!window.openProject(path, false).isError());
    window.showPane(QStringLiteral("retention"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    sinceTick.start();
    ticker.start();
    QElapsedTimer firstResult;
    firstResult.start();
    QVERIFY(waitForResult(window));
    const qint64 loadMilliseconds = firstResult.elapsed();
    const qint64 longestWhileLoading = longestGap;

    // Filter changes while recomputing: each one cancels the running compute.
    FilterBar *bar = window.metricsPage()->filterBar();
    QSignalSpy finished(window.metricsController(), &MetricsController::finished);
    longestGap = 0;
    sinceTick.restart();
    QElapsedTimer recompute;
    recompute.start();
    const QStringList segments = {QStringLiteral("basic"), QStringLiteral("region=France"),
                                  QStringLiteral("premium"), QStringLiteral("plus")};
    MetricFilters filters;
    for (const QString &segment : segments) {
        filters.segment = segment;
        bar->setFilters(filters);
        QTest::qWait(FilterBar::debounceMilliseconds + 150);
    }
    QVERIFY(waitForResult(window));
    const qint64 recomputeMilliseconds = recompute.elapsed();
    ticker.stop();

    QVERIFY(finished.count() >= 1);
    const MetricsResult &result = *window.metricsController()->result();
    QCOMPARE(result.filters.segment, QStringLiteral("plus"));
    QVERIFY(result.socialCustomers > 0);
    MetricPane *pane = window.metricsPage()->metricPane(QStringLiteral("retention"));
    QCOMPARE(pane->shownGroup()->socialCurve.size(),
             result.group(QStringLiteral("retention"))->socialCurve.size());
    QVERIFY(!pane->mainChart()->isEmpty());
    QVERIFY(pane->model()->rowCount() > 0);

    qInfo("200 000 customers: first load and compute %lld ms, longest UI stall %lld ms; "
          "%d filter changes and their recomputes %lld ms, longest UI stall %lld ms",
          loadMilliseconds, longestWhileLoading, int(segments.size()), recomputeMilliseconds,
          longestGap);
}

void TestMetricPanes::relationshipExportsCustomerScores_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("written");
    QTest::newRow("csv") << QStringLiteral("scores.csv") << true;
    QTest::newRow("folder that does not exist")
        << QStringLiteral("missing/folder/scores.csv") << false;
    QTest::newRow("neither csv nor xlsx") << QStringLiteral("scores.txt") << false;
}

void TestMetricPanes::relationshipExportsCustomerScores()
{
    // "Export customer scores…" writes what `socialroi scores` writes, off
    // the UI thread, and says which file it wrote or why it did not.
    QFETCH(QString, fileName);
    QFETCH(bool, written);
    MainWindow window;
    window.resize(1280, 800);
    openProject(window, m_path);
    QVERIFY(window.showPane(QStringLiteral("relationship")));
    MetricPane *pane = window.metricsPage()->metricPane(QStringLiteral("relationship"));
    QVERIFY(pane->exportScoresButton() && pane->exportScoresButton()->isVisible());
    QCOMPARE(pane->exportScoresButton()->text(), QStringLiteral("Export customer scores…"));
    const QString path = m_dir.filePath(fileName);
    QSignalSpy exported(pane, &MetricPane::scoresExported);
    pane->exportScoresTo(path);
    QVERIFY(exported.count() == 1 || exported.wait(computeTimeout));
    QCOMPARE(exported.first().at(0).toBool(), written);
    const QString message = exported.first().at(1).toString();
    QCOMPARE(pane->exportMessageText(), message);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(pane->exportScoresButton()->isEnabled());
    QCOMPARE(QFileInfo::exists(path), written);
    if (!written)
        return;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The window's default: the CSV for spreadsheets in its language (English
    // here: commas and points, with a byte order mark).
    QCOMPARE(lines.first(),
             QByteArray("\xEF\xBB\xBF"
                        "customer_id,cohort,p_alive,expected_transactions_next_horizon,"
                        "expected_spend_per_transaction,derl_months,clv\r"));
    QVERIFY2(lines.size() > 1000, qPrintable(QString::number(lines.size()))); // one per customer
}

// The tables read like sentences by default; "Statistical details" shows the
// p-value and the customers compared, in every pane at once.
void TestMetricPanes::statisticalDetailsAreOneChoice()
{
    StatisticalDetails::instance()->setShown(false);
    MainWindow window;
    window.resize(1280, 800);
    openProject(window, m_path);
    QVERIFY(window.showPane(QStringLiteral("retention")));
    MetricPane *retention = window.metricsPage()->metricPane(QStringLiteral("retention"));
    MetricPane *saves = window.metricsPage()->metricPane(QStringLiteral("saves"));
    QVERIFY(retention && saves);
    auto *table = retention->findChild<QTableView *>(QStringLiteral("MetricTable"));
    auto *box = retention->findChild<QCheckBox *>(QStringLiteral("StatisticalDetails"));
    QVERIFY(table && box && box->isVisible());
    const int pValue = int(MetricRowsModel::Column::PValue);
    const int sizes = int(MetricRowsModel::Column::Sizes);
    QVERIFY(table->isColumnHidden(pValue) && table->isColumnHidden(sizes));
    QVERIFY(!table->isColumnHidden(int(MetricRowsModel::Column::Interval)));

    box->click();
    QVERIFY(StatisticalDetails::instance()->isShown());
    QVERIFY(!table->isColumnHidden(pValue) && !table->isColumnHidden(sizes));
    auto *otherTable = saves->findChild<QTableView *>(QStringLiteral("MetricTable"));
    QVERIFY(!otherTable->isColumnHidden(pValue));
    QVERIFY(saves->findChild<QCheckBox *>(QStringLiteral("StatisticalDetails"))->isChecked());
    StatisticalDetails::instance()->setShown(false);
    QVERIFY(table->isColumnHidden(pValue) && otherTable->isColumnHidden(sizes));
}

void TestMetricPanes::everyChartOfAPaneHasItsToolBar()
{
    MainWindow window;
    window.resize(1280, 800);
    openProject(window, m_path);
    QVERIFY(window.showPane(QStringLiteral("retention")));
    MetricPane *pane = window.metricsPage()->metricPane(QStringLiteral("retention"));
    QVERIFY(pane && pane->isVisible());
    const QList<CohortChart *> charts = pane->charts();
    QVERIFY(!charts.isEmpty());
    for (CohortChart *chart : charts) {
        for (QToolButton *button :
             {chart->resetButton(), chart->copyButton(), chart->exportButton()}) {
            QVERIFY(button->isVisible());
            QVERIFY(!button->icon().isNull());
        }
        QVERIFY(!chart->isZoomed());
    }

    CohortChart *chart = pane->mainChart();
    QCPAxis *xAxis = chart->plot()->xAxis;
    const QCPRange full = xAxis->range();
    xAxis->scaleRange(0.5, full.center());
    QVERIFY(chart->isZoomed());
    QVERIFY(chart->zoomedLabel()->isVisible());
    QVERIFY(chart->resetButton()->isEnabled());
    chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
    QTest::qWait(50); // let queued replots run
    QVERIFY(window.grab().save(
        QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/pane-retention-zoomed-1280x800.png")));
    QVERIFY(chart->grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/chart-toolbar.png")));

    chart->resetButton()->click();
    QCOMPARE(xAxis->range(), full);
    QVERIFY(!chart->isZoomed());
}

QTEST_MAIN(TestMetricPanes)
#include "tst_metricpanes.moc"
