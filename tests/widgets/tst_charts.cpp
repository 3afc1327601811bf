// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexportdialog.h"
#include "charts/cohortbarchart.h"
#include "charts/cohortchart.h"
#include "charts/mentionschart.h"
#include "charts/monthlyserieschart.h"
#include "charts/npschart.h"
#include "charts/repeatcountchart.h"
#include "charts/repeattrackingchart.h"
#include "charts/survivalchart.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <qcustomplot.h>

#include <cmath>
#include <functional>
#include <memory>

namespace {

// A Kaplan–Meier step table as the engine writes it: one step per day with an
// event or a censoring, Greenwood variance and the log-log band.
std::vector<CurvePoint> kaplanMeierCurve(qint64 customers, int steps, double hazard,
                                         double lastDays)
{
    std::vector<CurvePoint> curve;
    qint64 atRisk = customers;
    double survival = 1;
    double greenwood = 0;
    for (int i = 0; i < steps && atRisk > 0; ++i) {
        CurvePoint point;
        point.days = lastDays * (i + 1) / steps;
        point.atRisk = atRisk;
        // Deterministic wobble so that some steps censor and some do not.
        point.events = qint64(std::round(double(atRisk) * hazard * (1.0 + 0.5 * std::sin(i))));
        const qint64 censored = i % 3 == 0 ? 0 : qint64(std::round(double(atRisk) * 0.002)) + 1;
        if (point.events > 0) {
            survival *= 1.0 - double(point.events) / double(atRisk);
            if (atRisk > point.events)
                greenwood
                    += double(point.events) / (double(atRisk) * double(atRisk - point.events));
        }
        point.survival = survival;
        if (survival < 1 && survival > 0 && greenwood > 0) {
            const double spread = 1.959964 * std::sqrt(greenwood) / std::abs(std::log(survival));
            point.ciLow = std::pow(survival, std::exp(spread));
            point.ciHigh = std::pow(survival, std::exp(-spread));
        }
        curve.push_back(point);
        atRisk -= point.events + censored;
    }
    return curve;
}

MonthlySeries churnSeries(int months)
{
    MonthlySeries series;
    series.name = QStringLiteral("churn_rate");
    series.unit = QStringLiteral("share");
    for (int i = 0; i < months; ++i) {
        MonthlyPoint point;
        point.month = QDate(2021, 1, 1).addMonths(i);
        const double social = 0.018 + 0.004 * std::sin(i / 3.0);
        const double control = 0.027 + 0.005 * std::cos(i / 4.0);
        if (i != 10) { // a month without social customers
            point.social = social;
            point.socialLow = social - 0.004;
            point.socialHigh = social + 0.004;
        }
        if (i != 30 && i != 31) {
            point.control = control;
            point.controlLow = control - 0.005;
            point.controlHigh = control + 0.005;
        }
        series.points.push_back(point);
    }
    return series;
}

QVector<CohortBarChart::Bar> contactBars()
{
    QVector<CohortBarChart::Bar> bars;
    bars.append({QStringLiteral("Phone"), 0.42, 0.40, 0.44, 0.61, 0.59, 0.63});
    bars.append({QStringLiteral("Chat"), 0.18, 0.16, 0.20, 0.09, 0.08, 0.11});
    bars.append({QStringLiteral("E-mail"), 0.11, 0.10, 0.13, 0.15, 0.13, 0.16});
    bars.append({QStringLiteral("Self-service sessions"), 0.55, 0.52, 0.58, 0.38, 0.35, 0.41});
    return bars;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2B, 0x2B, 0x2B);
    const QColor base(0x1E, 0x1E, 0x1E);
    const QColor text(0xE8, 0xE8, 0xE8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return palette;
}

bool hasItemWithText(QCustomPlot *plot, const QString &text)
{
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPItemText *>(plot->item(i))) {
            if (item->text() == text && item->realVisibility())
                return true;
        }
    }
    return false;
}

using ChartFactory = std::function<std::unique_ptr<CohortChart>(bool withData)>;

std::unique_ptr<CohortChart> makeSurvival(bool withData)
{
    auto chart = std::make_unique<SurvivalChart>();
    chart->setTitle(QStringLiteral("Retention: Kaplan–Meier survival since signup"));
    if (withData)
        chart->setCurves(kaplanMeierCurve(6000, 400, 0.0011, 1080),
                         kaplanMeierCurve(6000, 400, 0.0019, 1080));
    else
        chart->setCurves({}, {});
    return chart;
}

std::unique_ptr<CohortChart> makeBars(bool withData)
{
    auto chart = std::make_unique<CohortBarChart>();
    chart->setTitle(QStringLiteral("Share of customers using each channel"));
    chart->setValueLabelsShown(true);
    chart->setBars(withData ? contactBars() : QVector<CohortBarChart::Bar>(),
                   QStringLiteral("Share of customers"), true);
    return chart;
}

std::unique_ptr<CohortChart> makeMonthly(bool withData)
{
    auto chart = std::make_unique<MonthlySeriesChart>();
    chart->setTitle(QStringLiteral("Monthly churn rate"));
    chart->setSeries(withData ? churnSeries(48) : MonthlySeries(),
                     QStringLiteral("Churn rate per month"), true);
    return chart;
}

std::unique_ptr<CohortChart> makeNps(bool withData)
{
    auto chart = std::make_unique<NpsChart>();
    chart->setTitle(QStringLiteral("Net Promoter Score"));
    if (withData)
        chart->setShares(0.52, 0.14, 0.38, 0.27);
    return chart;
}

std::unique_ptr<CohortChart> makeMentions(bool withData)
{
    auto chart = std::make_unique<MentionsChart>();
    chart->setTitle(QStringLiteral("Mentions and their reach"));
    if (withData)
        chart->setMentions(1840, 310, 1210, 655, 2'450'000, 380'000, 1'320'000, 910'000);
    else
        chart->setMentions(0, 0, 0, 0, 0, 0, 0, 0);
    return chart;
}

// Ten weeks counted and expected, the as-of date after week 6: four weeks
// of holdout.
RepeatTracking tracking(double scale)
{
    RepeatTracking data;
    data.firstDay = QDate(2025, 1, 6);
    data.calibrationWeeks = 6;
    for (int week = 1; week <= 10; ++week) {
        data.actualCumulative.push_back(scale * week * week);
        data.expectedCumulative.push_back(scale * week * week * 1.05);
    }
    data.actualCounts = {50, 20, 10, 8, 5, 3, 2, 2};
    data.expectedCounts = {48, 22, 11, 7, 5, 3, 2, 2};
    return data;
}

std::unique_ptr<CohortChart> makeTracking(bool withData)
{
    auto chart = std::make_unique<RepeatTrackingChart>();
    chart->setTitle(QStringLiteral("Repeat orders; dashes: BG/NBD"));
    if (withData)
        chart->setTracking(tracking(3), tracking(5));
    else
        chart->setTracking(RepeatTracking(), RepeatTracking());
    return chart;
}

std::unique_ptr<CohortChart> makeRepeatCounts(bool withData)
{
    auto chart = std::make_unique<RepeatCountChart>();
    chart->setTitle(QStringLiteral("Customers by repeat orders; diamonds: BG/NBD"));
    const QStringList labels {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                              QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                              QStringLiteral("6"), QStringLiteral("7+")};
    const RepeatTracking data = tracking(1);
    if (withData)
        chart->setHistograms(labels, {data.actualCounts, data.expectedCounts},
                             {data.expectedCounts, {}}, QStringLiteral("Repeat orders"),
                             QStringLiteral("Share of customers"));
    else
        chart->setHistograms(labels, {}, {std::vector<double>(8, 0.0), {}},
                             QStringLiteral("Repeat orders"), QStringLiteral("Share"));
    return chart;
}

void showAt(QWidget *widget, const QSize &size)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

void replotNow(CohortChart *chart)
{
    chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace

Q_DECLARE_METATYPE(ChartFactory)
Q_DECLARE_METATYPE(std::vector<CurvePoint>)
Q_DECLARE_METATYPE(QVector<CohortBarChart::Bar>)

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void survivalCurvesMatchTheSteps_data();
    void survivalCurvesMatchTheSteps();
    void survivalNumbersAtRisk();
    void barsAndErrorBarsMatchTheRows_data();
    void barsAndErrorBarsMatchTheRows();
    void monthlySeriesLeavesGaps();
    void npsStacksToOneHundredPercent();
    void mentionsCountsAndReach();
    void repeatTrackingMarksTheAsOfDate();
    void repeatCountsAreSharesWithTheModelBeside();
    void emptyInputShowsNoData_data();
    void emptyInputShowsNoData();
    void aLongTitleTakesTwoLines();
    void exportWritesTheRequestedSize_data();
    void exportWritesTheRequestedSize();
    void vectorExportDrawsWhatIsVisible();
    void paletteChangeRecolours();
    void tooltipsGiveExactValuesInTheLocale();
    void legendToggleHidesTheCohortWithItsBand();
    void resetViewRestoresTheRanges();
    void languageChangeKeepsDataAndView();
    void copyPutsTheImageOnTheClipboard();
    void exportDialogOffersSizesAndFormats();
    void theToolBarIsAlwaysThere_data();
    void theToolBarIsAlwaysThere();
    void zoomIsShownAndTheToolBarResetsIt();
    void exportOfAZoomedChartIsTheWholeChart();
    void aFailedExportKeepsTheDialogAndSaysWhy();
    void whiskersAreDrawnOverTheBars();
    void numbersAtRiskGiveWayOnAShortChart();
    void screenshots_data();
    void screenshots();

private:
    QString m_screenshots;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCharts::initTestCase()
{
    // Exports remember their folder: in the test's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_screenshots = QStringLiteral(SOCIALROI_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_screenshots));
}

void TestCharts::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCharts::survivalCurvesMatchTheSteps_data()
{
    QTest::addColumn<std::vector<CurvePoint>>("social");
    QTest::addColumn<std::vector<CurvePoint>>("control");

    QTest::newRow("400 steps per cohort")
        << kaplanMeierCurve(6000, 400, 0.0011, 1080) << kaplanMeierCurve(6000, 400, 0.0019, 1080);
    // A first step at day 0 needs no extra starting point.
    std::vector<CurvePoint> fromZero = kaplanMeierCurve(300, 40, 0.01, 365);
    fromZero.front().days = 0;
    QTest::newRow("first step at signup") << fromZero << kaplanMeierCurve(280, 35, 0.02, 365);
    QTest::newRow("control cohort only")
        << std::vector<CurvePoint>() << kaplanMeierCurve(500, 60, 0.01, 400);
    std::vector<CurvePoint> oneStep(1);
    oneStep.front().days = 30;
    oneStep.front().atRisk = 12;
    oneStep.front().events = 0;
    QTest::newRow("one censoring step, no band") << oneStep << std::vector<CurvePoint>();
}

void TestCharts::survivalCurvesMatchTheSteps()
{
    QFETCH(std::vector<CurvePoint>, social);
    QFETCH(std::vector<CurvePoint>, control);

    SurvivalChart chart;
    chart.setCurves(social, control);
    QVERIFY(!chart.isEmpty());
    for (Cohort cohort : {Cohort::Social, Cohort::Control}) {
        const std::vector<CurvePoint> &curve = cohort == Cohort::Social ? social : control;
        QCPGraph *graph = chart.curveGraph(cohort);
        if (curve.empty()) {
            QVERIFY(!graph);
            continue;
        }
        QVERIFY(graph);
        QCOMPARE(graph->lineStyle(), QCPGraph::lsStepLeft);
        const int offset = curve.front().days > 0 ? 1 : 0;
        QCOMPARE(graph->dataCount(), int(curve.size()) + offset);
        if (offset) {
            QCOMPARE(graph->data()->at(0)->key, 0.0);
            QCOMPARE(graph->data()->at(0)->value, 1.0);
        }
        QCPGraph *low = chart.bandLowGraph(cohort);
        QCPGraph *high = chart.bandHighGraph(cohort);
        QCOMPARE(high->channelFillGraph(), low);
        QCOMPARE(low->dataCount(), graph->dataCount());
        int censoredSteps = 0;
        for (size_t i = 0; i < curve.size(); ++i) {
            const int index = int(i) + offset;
            QCOMPARE(graph->data()->at(index)->key, curve[i].days / SurvivalChart::daysPerMonth);
            QCOMPARE(graph->data()->at(index)->value, curve[i].survival);
            QCOMPARE(low->data()->at(index)->value, curve[i].ciLow.value_or(curve[i].survival));
            QCOMPARE(high->data()->at(index)->value, curve[i].ciHigh.value_or(curve[i].survival));
            const qint64 next = i + 1 < curve.size() ? curve[i + 1].atRisk : 0;
            if (curve[i].atRisk - curve[i].events - next > 0)
                ++censoredSteps;
        }
        QVERIFY(censoredSteps > 0);
        QCOMPARE(chart.censorGraph(cohort)->dataCount(), censoredSteps);
        QCOMPARE(chart.censorGraph(cohort)->scatterStyle().shape(), QCPScatterStyle::ssPlus);
    }
    // Months on x, survival 0-100 % on y.
    QCPAxis *xAxis = chart.plot()->xAxis;
    QCOMPARE(xAxis->range().lower, 0.0);
    QCOMPARE(chart.plot()->yAxis->range().lower, 0.0);
    QVERIFY(chart.plot()->yAxis->range().upper >= 1.0);
}

void TestCharts::survivalNumbersAtRisk()
{
    const std::vector<CurvePoint> social = kaplanMeierCurve(6000, 400, 0.0011, 1080);
    const std::vector<CurvePoint> control = kaplanMeierCurve(5000, 400, 0.0019, 1080);
    SurvivalChart chart;
    chart.setCurves(social, control);

    const QVector<double> months = chart.atRiskMonths();
    QCOMPARE(months.mid(0, 6), (QVector<double> {0, 3, 6, 12, 18, 24}));
    QCOMPARE(months.last(), 36.0);
    const QStringList socialTexts = chart.atRiskTexts(Cohort::Social);
    const QStringList controlTexts = chart.atRiskTexts(Cohort::Control);
    QCOMPARE(socialTexts.size(), months.size());
    QCOMPARE(socialTexts.first(), QStringLiteral("6,000"));
    QCOMPARE(controlTexts.first(), QStringLiteral("5,000"));
    const QLocale locale;
    for (int i = 0; i < months.size(); ++i) {
        const double days = months.at(i) * SurvivalChart::daysPerMonth;
        QCOMPARE(socialTexts.at(i), locale.toString(SurvivalChart::atRiskAt(social, days)));
        QCOMPARE(controlTexts.at(i), locale.toString(SurvivalChart::atRiskAt(control, days)));
    }
    // The first step at or after the time; nobody after the last one.
    QCOMPARE(SurvivalChart::atRiskAt(social, social[10].days), social[10].atRisk);
    QCOMPARE(SurvivalChart::atRiskAt(social, social[10].days - 0.5), social[10].atRisk);
    QCOMPARE(SurvivalChart::atRiskAt(social, social.back().days + 1), qint64(0));
}

void TestCharts::barsAndErrorBarsMatchTheRows_data()
{
    QTest::addColumn<QVector<CohortBarChart::Bar>>("bars");
    QTest::addColumn<bool>("percent");

    QTest::newRow("shares with intervals") << contactBars() << true;
    QVector<CohortBarChart::Bar> missing = contactBars();
    missing[1].control.reset(); // no control customer used chat
    missing[2].socialLow.reset(); // an interval the engine could not compute
    missing[2].socialHigh.reset();
    QTest::newRow("missing control value and interval") << missing << true;
    QVector<CohortBarChart::Bar> money;
    money.append({QStringLiteral("Customer lifetime value"), 1480.0, 1402.0, 1561.0, 1235.0, 1170.0,
                  1301.0});
    money.append({QStringLiteral("Average order value"), 86.4, {}, {}, 81.9, {}, {}});
    QTest::newRow("money without some intervals") << money << false;
    QVector<CohortBarChart::Bar> negative;
    negative.append({QStringLiteral("Change"), -0.05, -0.08, -0.02, 0.03, 0.0, 0.06});
    QTest::newRow("negative value") << negative << true;
}

void TestCharts::barsAndErrorBarsMatchTheRows()
{
    QFETCH(QVector<CohortBarChart::Bar>, bars);
    QFETCH(bool, percent);

    CohortBarChart chart;
    chart.setValueLabelsShown(true);
    chart.setBars(bars, QStringLiteral("Value"), percent);
    QVERIFY(!chart.isEmpty());
    QCOMPARE(chart.plot()->yAxis->label(), QStringLiteral("Value"));
    for (Cohort cohort : {Cohort::Social, Cohort::Control}) {
        const bool social = cohort == Cohort::Social;
        QCPBars *plotted = chart.bars(cohort);
        QCPErrorBars *errors = chart.errorBars(cohort);
        QVERIFY(plotted);
        QVERIFY(errors);
        QVERIFY(plotted->barsGroup());
        QCOMPARE(errors->dataPlottable(), plotted);
        int index = 0;
        for (int i = 0; i < bars.size(); ++i) {
            const CohortBarChart::Bar &bar = bars.at(i);
            const std::optional<double> value = social ? bar.social : bar.control;
            if (!value)
                continue;
            QCOMPARE(plotted->data()->at(index)->key, double(i + 1));
            QCOMPARE(plotted->data()->at(index)->value, *value);
            const std::optional<double> low = social ? bar.socialLow : bar.controlLow;
            const std::optional<double> high = social ? bar.socialHigh : bar.controlHigh;
            const QCPErrorBarsData error = errors->data()->at(index);
            if (low) {
                QCOMPARE(*value - error.errorMinus, *low);
                QCOMPARE(*value + error.errorPlus, *high);
            } else {
                QVERIFY(std::isnan(error.errorMinus));
                QVERIFY(std::isnan(error.errorPlus));
            }
            ++index;
        }
        QCOMPARE(plotted->dataCount(), index);
        QCOMPARE(errors->dataCount(), index);
        // Every whisker fits the value axis.
        const QCPRange axisRange = chart.plot()->yAxis->range();
        for (int i = 0; i < plotted->dataCount(); ++i) {
            const double value = plotted->data()->at(i)->value;
            const QCPErrorBarsData error = errors->data()->at(i);
            if (!std::isnan(error.errorMinus)) {
                QVERIFY(axisRange.contains(value - error.errorMinus));
                QVERIFY(axisRange.contains(value + error.errorPlus));
            }
        }
    }
}

void TestCharts::monthlySeriesLeavesGaps()
{
    const MonthlySeries series = churnSeries(48);
    MonthlySeriesChart chart;
    chart.setSeries(series, QStringLiteral("Churn rate"), true);
    QVERIFY(!chart.isEmpty());
    for (Cohort cohort : {Cohort::Social, Cohort::Control}) {
        const bool social = cohort == Cohort::Social;
        QCPGraph *line = chart.lineGraph(cohort);
        QCPGraph *low = chart.lowGraph(cohort);
        QCPGraph *high = chart.highGraph(cohort);
        QCOMPARE(line->dataCount(), 48);
        QCOMPARE(high->channelFillGraph(), low);
        for (int i = 0; i < 48; ++i) {
            const MonthlyPoint &point = series.points[size_t(i)];
            QCOMPARE(line->data()->at(i)->key, MonthlySeriesChart::monthKey(point.month));
            const std::optional<double> value = social ? point.social : point.control;
            if (!value) {
                QVERIFY(std::isnan(line->data()->at(i)->value));
                QVERIFY(std::isnan(low->data()->at(i)->value));
                QVERIFY(std::isnan(high->data()->at(i)->value));
                continue;
            }
            QCOMPARE(line->data()->at(i)->value, *value);
            QCOMPARE(low->data()->at(i)->value, *(social ? point.socialLow : point.controlLow));
            QCOMPARE(high->data()->at(i)->value, *(social ? point.socialHigh : point.controlHigh));
        }
    }
    // Calendar months on x, in the locale.
    QCPAxis *xAxis = chart.plot()->xAxis;
    QVERIFY(qSharedPointerDynamicCast<QCPAxisTickerDateTime>(xAxis->ticker()));
    QVERIFY(xAxis->range().contains(MonthlySeriesChart::monthKey(QDate(2021, 1, 1))));
    QVERIFY(xAxis->range().contains(MonthlySeriesChart::monthKey(QDate(2024, 12, 1))));
    chart.resize(1000, 500);
    replotNow(&chart);
    const QVector<QString> labels = xAxis->tickVectorLabels();
    QVERIFY(!labels.isEmpty());
    for (const QString &label : labels)
        QVERIFY2(label.contains(QRegularExpression(QStringLiteral("^[A-Z][a-z]{2} 20\\d\\d$"))),
                 qPrintable(label));
}

void TestCharts::npsStacksToOneHundredPercent()
{
    NpsChart chart;
    chart.setShares(0.52, 0.14, 0.38, 0.27);
    QVERIFY(!chart.isEmpty());
    QCPBars *promoters = chart.segmentBars(NpsChart::Segment::Promoters);
    QCPBars *passives = chart.segmentBars(NpsChart::Segment::Passives);
    QCPBars *detractors = chart.segmentBars(NpsChart::Segment::Detractors);
    QCOMPARE(passives->barBelow(), detractors);
    QCOMPARE(promoters->barBelow(), passives);
    QCOMPARE(promoters->keyAxis(), chart.plot()->yAxis); // horizontal bars
    struct Expected
    {
        double key;
        double promoters;
        double detractors;
    };
    for (const Expected &expected : {Expected {NpsChart::socialKey, 0.52, 0.14},
                                     Expected {NpsChart::controlKey, 0.38, 0.27}}) {
        auto valueAt = [&expected](QCPBars *bars) {
            for (int i = 0; i < bars->dataCount(); ++i) {
                if (bars->data()->at(i)->key == expected.key)
                    return bars->data()->at(i)->value;
            }
            return std::nan("");
        };
        QCOMPARE(valueAt(promoters), expected.promoters);
        QCOMPARE(valueAt(detractors), expected.detractors);
        QVERIFY(qAbs(valueAt(passives) - (1 - expected.promoters - expected.detractors)) < 1e-12);
    }
    QVERIFY(hasItemWithText(chart.plot(), QStringLiteral("NPS +38.0")));
    QVERIFY(hasItemWithText(chart.plot(), QStringLiteral("NPS +11.0")));
    QVERIFY(hasItemWithText(chart.plot(), QStringLiteral("52%")));
}

void TestCharts::mentionsCountsAndReach()
{
    MentionsChart chart;
    showAt(&chart, QSize(900, 500));
    chart.setMentions(1840, 310, 1210, 655, 2'450'000, 380'000, 1'320'000, 910'000);
    QVERIFY(!chart.isEmpty());
    QCPBars *social = chart.bars(Cohort::Social);
    QCPBars *control = chart.bars(Cohort::Control);
    QCOMPARE(social->dataCount(), 2);
    QCOMPARE(social->data()->at(0)->key, MentionsChart::positiveKey);
    QCOMPARE(social->data()->at(0)->value, 1840.0);
    QCOMPARE(social->data()->at(1)->value, 310.0);
    QCOMPARE(control->data()->at(0)->value, 1210.0);
    QCOMPARE(control->data()->at(1)->value, 655.0);
    QCOMPARE(social->barsGroup(), control->barsGroup());
    QVERIFY(hasItemWithText(chart.plot(), QStringLiteral("1,840\nreach 2.5 M")));
    QVERIFY(hasItemWithText(chart.plot(), QStringLiteral("655\nreach 910 k")));

    // Too narrow for the reach beside the count: the counts stand alone.
    chart.resize(300, 300);
    replotNow(&chart);
    QTRY_VERIFY(hasItemWithText(chart.plot(), QStringLiteral("1,840")));
    QVERIFY(hasItemWithText(chart.plot(), QStringLiteral("655")));
}

void TestCharts::emptyInputShowsNoData_data()
{
    QTest::addColumn<ChartFactory>("factory");
    QTest::newRow("survival without curves") << ChartFactory(makeSurvival);
    QTest::newRow("bars without rows") << ChartFactory(makeBars);
    QTest::newRow("monthly without points") << ChartFactory(makeMonthly);
    QTest::newRow("nps never set") << ChartFactory(makeNps);
    QTest::newRow("no mentions") << ChartFactory(makeMentions);
    QTest::newRow("no repeat tracking") << ChartFactory(makeTracking);
    QTest::newRow("no repeat counts") << ChartFactory(makeRepeatCounts);
}

void TestCharts::repeatTrackingMarksTheAsOfDate()
{
    const std::unique_ptr<CohortChart> chart = makeTracking(true);
    auto *tracking = qobject_cast<RepeatTrackingChart *>(chart.get());
    QVERIFY(tracking);
    // The control cohort starts a week later: its weeks shift by one.
    RepeatTracking later = ::tracking(5);
    later.firstDay = later.firstDay.addDays(7);
    tracking->setTracking(::tracking(3), later);
    QCPGraph *social = tracking->actualGraph(Cohort::Social);
    QCPGraph *control = tracking->actualGraph(Cohort::Control);
    QVERIFY(social && control && tracking->expectedGraph(Cohort::Social));
    QCOMPARE(social->data()->size(), 10);
    QCOMPARE(social->data()->at(0)->key, 1.0);
    QCOMPARE(control->data()->at(0)->key, 2.0);
    QCOMPARE((social->data()->constEnd() - 1)->value, 300.0);
    QCOMPARE((tracking->expectedGraph(Cohort::Social)->data()->constEnd() - 1)->value,
             300.0 * 1.05);
    // The as-of date after the social cohort's sixth week, marked with the
    // fitted weeks to its left and the holdout (4 of 11 weeks) to its right.
    QCOMPARE(tracking->calibrationEnd(), 6.0);
    QVERIFY(hasItemWithText(tracking->plot(), QStringLiteral("← fitted")));
    QVERIFY(hasItemWithText(tracking->plot(), QStringLiteral("holdout →")));
    // No holdout: no marker.
    RepeatTracking fitted = ::tracking(3);
    fitted.calibrationWeeks = 10;
    tracking->setTracking(fitted, RepeatTracking());
    QVERIFY(!hasItemWithText(tracking->plot(), QStringLiteral("← fitted")));
    QVERIFY(!tracking->actualGraph(Cohort::Control));
}

void TestCharts::repeatCountsAreSharesWithTheModelBeside()
{
    const std::unique_ptr<CohortChart> chart = makeRepeatCounts(true);
    auto *counts = qobject_cast<RepeatCountChart *>(chart.get());
    QVERIFY(counts);
    // 100 customers: the counts are the shares in percent.
    QCPBars *social = counts->bars(Cohort::Social);
    QVERIFY(social);
    QCOMPARE(social->data()->size(), 8);
    QCOMPARE(social->data()->at(0)->value, 0.5);
    QCOMPARE(social->data()->at(7)->value, 0.02);
    QCPGraph *markers = counts->expectedMarkers(Cohort::Social);
    QVERIFY(markers);
    QCOMPARE(markers->data()->size(), 8);
    QCOMPARE(markers->data()->at(1)->value, 0.22);
    // Left of the bin's centre, over the social bar.
    QVERIFY(markers->data()->at(1)->key < 2.0);
    // A cohort without the model's numbers has bars and no markers.
    QVERIFY(counts->bars(Cohort::Control));
    QVERIFY(!counts->expectedMarkers(Cohort::Control));
}

void TestCharts::aLongTitleTakesTwoLines()
{
    CohortBarChart chart;
    chart.resize(420, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QString title
        = QStringLiteral("Verlorene Kunden je Kundenmonat, naiv ab Anmeldung, nach Monat");
    chart.setTitle(title);
    const auto shownTitle = [&chart] {
        auto *element = qobject_cast<QCPTextElement *>(chart.plot()->plotLayout()->element(0, 0));
        return element ? element->text() : QString();
    };
    QTRY_COMPARE(shownTitle().count(QLatin1Char('\n')), 1);
    QCOMPARE(shownTitle().replace(QLatin1Char('\n'), QLatin1Char(' ')), title);
    QCOMPARE(chart.title(), title); // the title itself stays one line
    // Wide enough again: one line.
    chart.resize(1200, 300);
    QTRY_COMPARE(shownTitle(), title);
}

void TestCharts::emptyInputShowsNoData()
{
    QFETCH(ChartFactory, factory);
    std::unique_ptr<CohortChart> chart = factory(false);
    QVERIFY(chart->isEmpty());
    QCOMPARE(chart->emptyText(), QStringLiteral("No data for this selection"));
    QVERIFY(hasItemWithText(chart->plot(), chart->emptyText()));
    QCOMPARE(chart->plot()->plottableCount(), 0);

    // Data arriving later replaces the text, and an empty selection brings it back.
    std::unique_ptr<CohortChart> full = factory(true);
    QVERIFY(!full->isEmpty());
    QVERIFY(!hasItemWithText(full->plot(), full->emptyText()));
    QVERIFY(full->plot()->plottableCount() > 0);

    // Not blank: the text is drawn.
    showAt(chart.get(), QSize(500, 300));
    replotNow(chart.get());
    const QImage image = chart->grab().toImage();
    QVERIFY(image.save(
        m_screenshots + QStringLiteral("/chart-empty-")
        + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
        + QStringLiteral(".png")));
    const QColor background = image.pixelColor(image.width() / 2, 4);
    int inked = 0;
    for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x) {
        for (int y = image.height() / 3; y < image.height() * 2 / 3; ++y)
            inked += image.pixelColor(x, y) != background ? 1 : 0;
    }
    QVERIFY2(inked > 50, qPrintable(QString::number(inked)));
}

void TestCharts::exportWritesTheRequestedSize_data()
{
    QTest::addColumn<ChartFactory>("factory");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QSize>("size");

    QTest::newRow("survival png full hd")
        << ChartFactory(makeSurvival) << "png" << QSize(1920, 1080);
    QTest::newRow("survival png 4k") << ChartFactory(makeSurvival) << "png" << QSize(3840, 2160);
    QTest::newRow("bars png odd size") << ChartFactory(makeBars) << "png" << QSize(1001, 667);
    QTest::newRow("monthly png small") << ChartFactory(makeMonthly) << "png" << QSize(500, 300);
    QTest::newRow("survival pdf") << ChartFactory(makeSurvival) << "pdf" << QSize(1920, 1080);
    QTest::newRow("nps pdf") << ChartFactory(makeNps) << "pdf" << QSize(1280, 720);
    QTest::newRow("survival svg") << ChartFactory(makeSurvival) << "svg" << QSize(1920, 1080);
    QTest::newRow("mentions svg") << ChartFactory(makeMentions) << "svg" << QSize(1280, 720);
}

void TestCharts::exportWritesTheRequestedSize()
{
    QFETCH(ChartFactory, factory);
    QFETCH(QString, suffix);
    QFETCH(QSize, size);

    std::unique_ptr<CohortChart> chart = factory(true);
    chart->resize(700, 400);
    QSignalSpy exported(chart.get(), &CohortChart::exported);
    const QString path = m_dir->filePath(QStringLiteral("chart.") + suffix);
    QVERIFY(chart->exportTo(path, size.width(), size.height()));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toString(), path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (suffix == QLatin1String("png")) {
        const QImage image(path);
        QCOMPARE(image.size(), size);
        const QString name
            = QStringLiteral("/chart-export-%1x%2.png").arg(size.width()).arg(size.height());
        QFile::remove(m_screenshots + name);
        QVERIFY(QFile::copy(path, m_screenshots + name));
    } else if (suffix == QLatin1String("pdf")) {
        QVERIFY(bytes.startsWith("%PDF"));
        // The page measures width × height points (Cairo pads the brackets with spaces).
        const QRegularExpressionMatch box
            = QRegularExpression(QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]"))
                  .match(QString::fromLatin1(bytes));
        QVERIFY(box.hasMatch());
        QCOMPARE(box.captured(1).toDouble(), double(size.width()));
        QCOMPARE(box.captured(2).toDouble(), double(size.height()));
        const QString copy = m_screenshots + QStringLiteral("/chart-export-")
            + QString::fromLatin1(QTest::currentDataTag())
                  .replace(QLatin1Char(' '), QLatin1Char('-'))
            + QStringLiteral(".pdf");
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy));
    } else {
        QVERIFY(bytes.contains("<svg"));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox().size() * 72 / 96, size);
        // Rasterise it to look at the vector output too.
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(image.save(m_screenshots + QStringLiteral("/chart-export-")
                           + QString::fromLatin1(QTest::currentDataTag())
                                 .replace(QLatin1Char(' '), QLatin1Char('-'))
                           + QStringLiteral(".png")));
    }

    // An unknown suffix is refused rather than written in some format.
    QVERIFY(!chart->exportTo(m_dir->filePath(QStringLiteral("chart.bmpx")), 800, 600));
    QCOMPARE(exported.count(), 1);
}

void TestCharts::vectorExportDrawsWhatIsVisible()
{
    // Two years of daily steps of large cohorts: most steps move the curve by
    // a fraction of a pixel. Every point of a plottable is a path command in
    // an SVG; the export leaves out the steps nobody could see, keeps the
    // file small (a 1600 × 900 retention chart under 200 KB) and puts the
    // chart's own data back afterwards.
    SurvivalChart chart;
    chart.setTitle(QStringLiteral("Retention"));
    chart.setCurves(kaplanMeierCurve(40000, 730, 0.0006, 730),
                    kaplanMeierCurve(40000, 730, 0.0009, 730));
    chart.resize(900, 500);
    const int points = chart.curveGraph(Cohort::Social)->dataCount();
    const int bandPoints = chart.bandHighGraph(Cohort::Control)->dataCount();
    QCOMPARE(points, 731); // the origin and the daily steps
    const QString path = m_dir->filePath(QStringLiteral("retention-1600x900.svg"));
    QVERIFY(chart.exportTo(path, 1600, 900));
    const qint64 size = QFileInfo(path).size();
    qInfo("retention SVG at 1600 x 900: %lld bytes", size);
    QVERIFY2(size < 200 * 1024, qPrintable(QString::number(size)));
    QCOMPARE(chart.curveGraph(Cohort::Social)->dataCount(), points);
    QCOMPARE(chart.bandHighGraph(Cohort::Control)->dataCount(), bandPoints);

    // Fewer points were drawn than the chart holds: a step curve draws two
    // per point, and the longest polyline (a survival curve) has far fewer.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    static const QRegularExpression polyline(QStringLiteral("<polyline[^>]* points=\"([^\"]*)\""));
    qsizetype longest = 0;
    for (auto match = polyline.globalMatch(svg); match.hasNext();) {
        longest = std::max(
            longest, match.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }
    qInfo("longest polyline: %lld points for %d steps", qlonglong(longest), points);
    QVERIFY(longest > 50);
    QVERIFY(longest < 2 * points);
}

void TestCharts::paletteChangeRecolours()
{
    SurvivalChart chart;
    chart.setCurves(kaplanMeierCurve(6000, 400, 0.0011, 1080),
                    kaplanMeierCurve(6000, 400, 0.0019, 1080));
    const QColor lightText = chart.plot()->xAxis->tickLabelColor();
    const QColor lightSocial = chart.curveGraph(Cohort::Social)->pen().color();
    QCOMPARE(lightSocial, QColor(0x00, 0x72, 0xB2));
    QCOMPARE(chart.curveGraph(Cohort::Control)->pen().color(), QColor(0xE6, 0x9F, 0x00));

    chart.plot()->xAxis->setRange(2, 10); // the view survives the recolouring
    chart.setPalette(darkPalette());
    QVERIFY(chart.cohortPalette().dark);
    QCOMPARE(chart.plot()->xAxis->tickLabelColor(), QColor(0xE8, 0xE8, 0xE8));
    QVERIFY(chart.plot()->xAxis->tickLabelColor() != lightText);
    QCOMPARE(chart.plot()->yAxis->labelColor(), QColor(0xE8, 0xE8, 0xE8));
    QVERIFY(chart.curveGraph(Cohort::Social)->pen().color() != lightSocial);
    QCOMPARE(chart.cohortPalette().background, QColor(0x1E, 0x1E, 0x1E));
    QCOMPARE(chart.plot()->xAxis->range(), QCPRange(2, 10));

    // Dark grabs, to look at.
    showAt(&chart, QSize(1280, 800));
    chart.setTitle(QStringLiteral("Retention: Kaplan–Meier survival since signup"));
    replotNow(&chart);
    chart.resetView();
    replotNow(&chart);
    QVERIFY(chart.grab().save(m_screenshots + QStringLiteral("/chart-survival-dark-1280x800.png")));
    std::unique_ptr<CohortChart> nps = makeNps(true);
    nps->setPalette(darkPalette());
    showAt(nps.get(), QSize(700, 400));
    replotNow(nps.get());
    QVERIFY(nps->grab().save(m_screenshots + QStringLiteral("/chart-nps-dark-700x400.png")));
    std::unique_ptr<CohortChart> monthly = makeMonthly(true);
    monthly->setPalette(darkPalette());
    showAt(monthly.get(), QSize(700, 400));
    replotNow(monthly.get());
    QVERIFY(
        monthly->grab().save(m_screenshots + QStringLiteral("/chart-monthly-dark-700x400.png")));
}

void TestCharts::tooltipsGiveExactValuesInTheLocale()
{
    const std::vector<CurvePoint> social = kaplanMeierCurve(6000, 400, 0.0011, 1080);
    SurvivalChart chart;
    chart.setCurves(social, kaplanMeierCurve(6000, 400, 0.0019, 1080));
    showAt(&chart, QSize(1000, 600));
    replotNow(&chart);

    // Hovering the middle of a step names that step, not the next corner.
    const CurvePoint &point = social[200];
    QCPGraph *graph = chart.curveGraph(Cohort::Social);
    const double middle = (social[200].days + social[201].days) / 2 / SurvivalChart::daysPerMonth;
    const QPoint pixel(qRound(graph->keyAxis()->coordToPixel(middle)),
                       qRound(graph->valueAxis()->coordToPixel(point.survival)));
    const QString text = chart.toolTipAt(pixel);
    QVERIFY2(text.contains(QStringLiteral("Social cohort")), qPrintable(text));
    const QString survival = QLocale().toString(point.survival * 100, 'f', 1) + QLatin1Char('%');
    QVERIFY2(text.contains(survival), qPrintable(text + QStringLiteral(" / ") + survival));
    QVERIFY2(text.contains(QLocale().toString(point.atRisk)), qPrintable(text));
    QVERIFY(chart.toolTipAt(QPoint(2, 2)).isEmpty());
    // Hovering shows it as a tooltip.
    QTest::mouseMove(chart.plot(), pixel);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), text);

    // Bars in German: decimal comma.
    CohortBarChart bars;
    bars.setLocale(QLocale(QLocale::German, QLocale::Germany));
    bars.setBars(contactBars(), QStringLiteral("Anteil"), true);
    showAt(&bars, QSize(900, 500));
    replotNow(&bars);
    QCPBars *plotted = bars.bars(Cohort::Control);
    const QPointF top = plotted->dataPixelPosition(0);
    const QString barText = bars.toolTipAt(QPoint(qRound(top.x()), qRound(top.y()) + 20));
    QVERIFY2(barText.contains(QStringLiteral("61,0%")), qPrintable(barText));
    QVERIFY2(barText.contains(QStringLiteral("59,0% – 63,0%")), qPrintable(barText));
    for (const QString &label : bars.plot()->yAxis->tickVectorLabels())
        QVERIFY2(label.endsWith(QLatin1Char('%')), qPrintable(label));
}

void TestCharts::legendToggleHidesTheCohortWithItsBand()
{
    SurvivalChart chart;
    chart.setCurves(kaplanMeierCurve(600, 40, 0.01, 365), kaplanMeierCurve(600, 40, 0.02, 365));
    QCOMPARE(chart.plot()->legend->itemCount(), 2);
    QCPGraph *curve = chart.curveGraph(Cohort::Control);
    chart.setPlottableShown(curve, false);
    QVERIFY(!curve->visible());
    QVERIFY(!chart.bandLowGraph(Cohort::Control)->visible());
    QVERIFY(!chart.bandHighGraph(Cohort::Control)->visible());
    QVERIFY(!chart.censorGraph(Cohort::Control)->visible());
    QVERIFY(chart.curveGraph(Cohort::Social)->visible());

    // A click on the legend item shows it again.
    showAt(&chart, QSize(900, 500));
    replotNow(&chart);
    QCPPlottableLegendItem *item = chart.plot()->legend->itemWithPlottable(curve);
    QVERIFY(item);
    const QPoint centre = item->rect().center();
    QTest::mouseClick(chart.plot(), Qt::LeftButton, Qt::NoModifier, centre);
    QTRY_VERIFY(curve->visible());
    QVERIFY(chart.bandHighGraph(Cohort::Control)->visible());
}

void TestCharts::resetViewRestoresTheRanges()
{
    std::unique_ptr<CohortChart> chart = makeMonthly(true);
    QCPAxis *xAxis = chart->plot()->xAxis;
    const QCPRange initial = xAxis->range();
    xAxis->scaleRange(0.3, xAxis->range().center());
    xAxis->moveRange(1e6);
    QVERIFY(xAxis->range() != initial);
    chart->resetView();
    QCOMPARE(xAxis->range(), initial);
}

void TestCharts::languageChangeKeepsDataAndView()
{
    std::unique_ptr<CohortChart> chart = makeSurvival(true);
    auto *survival = static_cast<SurvivalChart *>(chart.get());
    const int points = survival->curveGraph(Cohort::Social)->dataCount();
    chart->plot()->xAxis->setRange(3, 9);
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(chart.get(), &event);
    QCOMPARE(survival->curveGraph(Cohort::Social)->dataCount(), points);
    QCOMPARE(chart->plot()->xAxis->range(), QCPRange(3, 9));
    QCOMPARE(chart->plot()->xAxis->label(), QStringLiteral("Months since signup"));
    auto *item = qobject_cast<QCPPlottableLegendItem *>(chart->plot()->legend->item(0));
    QVERIFY(item);
    QCOMPARE(item->plottable()->name(), QStringLiteral("Social cohort"));
}

void TestCharts::copyPutsTheImageOnTheClipboard()
{
    std::unique_ptr<CohortChart> chart = makeBars(true);
    showAt(chart.get(), QSize(640, 360));
    replotNow(chart.get());
    chart->copyToClipboard();
    const QImage image = QGuiApplication::clipboard()->image();
    // Twice the size shown, so a paste into a slide stays sharp.
    QCOMPARE(image.size(), QSize(1280, 720));
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    const QByteArray svg = data->data(QStringLiteral("image/svg+xml"));
    QVERIFY(svg.contains("<svg"));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox().size(), QSize(640, 360));
    QVERIFY(data->data(QStringLiteral("application/pdf")).startsWith("%PDF"));
    // The chart is laid out for its own size again.
    replotNow(chart.get());
    QCOMPARE(chart->toImage().size(), QSize(640, 360));
}

void TestCharts::exportDialogOffersSizesAndFormats()
{
    ChartExportDialog dialog(m_dir->filePath(QStringLiteral("Retention.png")));
    QCOMPARE(dialog.format(), ChartExportDialog::Format::Png);
    QCOMPARE(QSize(dialog.exportWidth(), dialog.exportHeight()), QSize(1920, 1080));
    auto *preset = dialog.findChildren<QComboBox *>().at(0);
    auto *format = dialog.findChildren<QComboBox *>().at(1);
    QCOMPARE(preset->count(), 4); // three presets and Custom
    preset->setCurrentIndex(2);
    Q_EMIT preset->activated(2);
    QCOMPARE(QSize(dialog.exportWidth(), dialog.exportHeight()), QSize(3840, 2160));
    dialog.findChildren<QSpinBox *>().at(0)->setValue(1000);
    QCOMPARE(preset->currentIndex(), 3); // Custom
    format->setCurrentIndex(2);
    QCOMPARE(dialog.format(), ChartExportDialog::Format::Pdf);
    QVERIFY(dialog.path().endsWith(QStringLiteral("/Retention.pdf")));
}

void TestCharts::screenshots_data()
{
    QTest::addColumn<ChartFactory>("factory");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");

    const QList<QPair<QString, ChartFactory>> charts {{QStringLiteral("survival"), makeSurvival},
                                                      {QStringLiteral("bars"), makeBars},
                                                      {QStringLiteral("monthly"), makeMonthly},
                                                      {QStringLiteral("nps"), makeNps},
                                                      {QStringLiteral("mentions"), makeMentions}};
    for (const auto &chart : charts) {
        for (const QSize &size : {QSize(1280, 800), QSize(700, 400), QSize(500, 300)}) {
            const QString tag
                = QStringLiteral("%1 %2x%3").arg(chart.first).arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(tag)) << chart.second << chart.first << size;
        }
    }
}

void TestCharts::screenshots()
{
    QFETCH(ChartFactory, factory);
    QFETCH(QString, name);
    QFETCH(QSize, size);

    std::unique_ptr<CohortChart> chart = factory(true);
    showAt(chart.get(), size);
    replotNow(chart.get());
    const QImage image = chart->grab().toImage();
    QCOMPARE(image.size(), size * image.devicePixelRatio());
    QVERIFY(image.save(
        m_screenshots
        + QStringLiteral("/chart-%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height())));

    // Every axis label and tick label lies inside the widget.
    const QRect inside(QPoint(0, 0), size);
    QCPAxisRect *rect = chart->plot()->axisRect();
    QVERIFY(inside.contains(rect->outerRect()));
    for (QCPAxis *axis : rect->axes()) {
        if (!axis->visible())
            continue;
        const QRect axisArea = axis->axisType() == QCPAxis::atLeft
            ? QRect(rect->outerRect().left(), rect->top(), rect->margins().left(), rect->height())
            : QRect(rect->left(), rect->bottom(), rect->width(), rect->margins().bottom());
        QVERIFY2(inside.contains(axisArea), qPrintable(name));
    }
}

void TestCharts::theToolBarIsAlwaysThere_data()
{
    QTest::addColumn<ChartFactory>("factory");
    QTest::newRow("survival") << ChartFactory(makeSurvival);
    QTest::newRow("bars") << ChartFactory(makeBars);
    QTest::newRow("monthly") << ChartFactory(makeMonthly);
    QTest::newRow("nps") << ChartFactory(makeNps);
    QTest::newRow("mentions") << ChartFactory(makeMentions);
}

void TestCharts::theToolBarIsAlwaysThere()
{
    QFETCH(ChartFactory, factory);
    std::unique_ptr<CohortChart> chart = factory(true);
    showAt(chart.get(), QSize(720, 400));
    for (QToolButton *button : {chart->resetButton(), chart->copyButton(), chart->exportButton()}) {
        QVERIFY(button->isVisible());
        QVERIFY(!button->icon().isNull());
        QVERIFY(!button->toolTip().isEmpty());
        // Inside the chart, at its top right.
        const QRect area(button->mapTo(chart.get(), QPoint(0, 0)), button->size());
        QVERIFY2(chart->rect().contains(area),
                 qPrintable(QStringLiteral("%1,%2").arg(area.right()).arg(area.bottom())));
        QVERIFY(area.center().x() > chart->width() / 2);
        QVERIFY(area.top() < 40);
    }
    // Nothing zoomed: nothing to reset, no notice.
    QVERIFY(!chart->isZoomed());
    QVERIFY(!chart->resetButton()->isEnabled());
    QVERIFY(!chart->zoomedLabel()->isVisible());
    // Copy works from the toolbar.
    QGuiApplication::clipboard()->clear();
    replotNow(chart.get());
    chart->copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->image().size(), 2 * chart->plot()->size());
}

void TestCharts::zoomIsShownAndTheToolBarResetsIt()
{
    std::unique_ptr<CohortChart> chart = makeMonthly(true);
    showAt(chart.get(), QSize(720, 400));
    QCPAxis *xAxis = chart->plot()->xAxis;
    QCPAxis *yAxis = chart->plot()->yAxis;
    const QCPRange fullX = xAxis->range();
    const QCPRange fullY = yAxis->range();
    QSignalSpy zoomed(chart.get(), &CohortChart::zoomedChanged);

    xAxis->scaleRange(0.4, fullX.center());
    QVERIFY(chart->isZoomed());
    QCOMPARE(zoomed.count(), 1);
    QVERIFY(chart->resetButton()->isEnabled());
    QVERIFY(chart->zoomedLabel()->isVisible());
    QCOMPARE(chart->zoomedLabel()->text(), QStringLiteral("Zoomed"));
    // Panning alone also leaves the full range.
    chart->resetButton()->click();
    QVERIFY(!chart->isZoomed());
    yAxis->moveRange(fullY.size() / 3);
    QVERIFY(chart->isZoomed());

    chart->resetButton()->click();
    QCOMPARE(xAxis->range(), fullX);
    QCOMPARE(yAxis->range(), fullY);
    QVERIFY(!chart->isZoomed());
    QVERIFY(!chart->resetButton()->isEnabled());
    QVERIFY(!chart->zoomedLabel()->isVisible());
    QCOMPARE(zoomed.count(), 4);

    // How it looks zoomed in, for the docs.
    xAxis->scaleRange(0.5, fullX.center());
    replotNow(chart.get());
    QVERIFY(chart->grab().save(QDir(m_screenshots).filePath(QStringLiteral("chart-toolbar.png"))));
}

void TestCharts::exportOfAZoomedChartIsTheWholeChart()
{
    std::unique_ptr<CohortChart> chart = makeMonthly(true);
    showAt(chart.get(), QSize(720, 400));
    QCPAxis *xAxis = chart->plot()->xAxis;
    const QCPRange full = xAxis->range();
    const QImage whole = chart->toImage(800, 450, CohortChart::View::Full);
    xAxis->scaleRange(0.3, full.center());
    const QCPRange zoomed = xAxis->range();
    const QImage view = chart->toImage(800, 450, CohortChart::View::CurrentView);
    QVERIFY(whole != view);

    const QString path = m_dir->filePath(QStringLiteral("zoomed.png"));
    QVERIFY(chart->exportTo(path, 800, 450)); // by default: the whole chart
    const QImage written(path);
    QCOMPARE(written.convertToFormat(QImage::Format_ARGB32),
             whole.convertToFormat(QImage::Format_ARGB32));
    // The view on screen stays zoomed.
    QCOMPARE(xAxis->range(), zoomed);
    QVERIFY(chart->isZoomed());

    // Asked for: the current view.
    const QString viewPath = m_dir->filePath(QStringLiteral("view.png"));
    QVERIFY(chart->exportTo(viewPath, 800, 450, CohortChart::View::CurrentView));
    QCOMPARE(QImage(viewPath).convertToFormat(QImage::Format_ARGB32),
             view.convertToFormat(QImage::Format_ARGB32));

    // The dialog offers the current view only while the chart is zoomed.
    ChartExportDialog dialog(path);
    auto *currentView = dialog.findChild<QCheckBox *>();
    QVERIFY(currentView);
    QVERIFY(!currentView->isEnabled());
    dialog.setZoomed(true);
    QVERIFY(currentView->isEnabled());
    QVERIFY(!dialog.currentViewOnly());
    currentView->setChecked(true);
    QVERIFY(dialog.currentViewOnly());
}

void TestCharts::aFailedExportKeepsTheDialogAndSaysWhy()
{
    std::unique_ptr<CohortChart> chart = makeBars(true);
    showAt(chart.get(), QSize(640, 360));
    const QString missing = m_dir->filePath(QStringLiteral("No such folder/chart.png"));
    const QString good = m_dir->filePath(QStringLiteral("chart.png"));
    bool checked = false;
    QString error;
    // The dialog runs its own loop: drive it from inside.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *path = dialog->findChild<QLineEdit *>();
        const QList<QSpinBox *> sizes = dialog->findChildren<QSpinBox *>();
        path->setText(QDir::toNativeSeparators(missing));
        sizes.at(0)->setValue(1000);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // Still open, with its settings, saying which file and why.
        checked = dialog->isVisible() && dialog->exportWidth() == 1000 && dialog->path() == missing;
        error = dialog->errorText();
        path->setText(QDir::toNativeSeparators(good));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    chart->showExportDialog();
    QVERIFY(checked);
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QCOMPARE(QImage(good).width(), 1000);
    // Saved: a message that offers to open it.
    QMessageBox *saved = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("ExportSavedMessage") && widget->isVisible())
            saved = qobject_cast<QMessageBox *>(widget);
    }
    QVERIFY(saved);
    QVERIFY(saved->text().contains(QDir::toNativeSeparators(good)));
    saved->close();
}

void TestCharts::whiskersAreDrawnOverTheBars()
{
    std::unique_ptr<CohortChart> chart = makeBars(true);
    auto *bars = static_cast<CohortBarChart *>(chart.get());
    for (Cohort cohort : {Cohort::Social, Cohort::Control}) {
        QCPErrorBars *errors = bars->errorBars(cohort);
        QVERIFY(errors);
        for (Cohort other : {Cohort::Social, Cohort::Control}) {
            QVERIFY(errors->layer()->index() > bars->bars(other)->layer()->index());
        }
    }
}

void TestCharts::numbersAtRiskGiveWayOnAShortChart()
{
    // A chart too short for its curves and the rows below them keeps the
    // curves; with the room, the numbers at risk come back.
    SurvivalChart chart;
    chart.setCurves(kaplanMeierCurve(6000, 400, 0.0011, 1080),
                    kaplanMeierCurve(5000, 400, 0.0019, 1080));
    showAt(&chart, QSize(420, 200));
    replotNow(&chart);
    QCOMPARE(chart.plot()->axisRects().size(), 1);
    QVERIFY(chart.plot()->axisRect()->height() >= 4 * QFontMetrics(chart.font()).height());
    chart.resize(720, 400);
    replotNow(&chart);
    QCOMPARE(chart.plot()->axisRects().size(), 2);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
