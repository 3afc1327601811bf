// SPDX-License-Identifier: GPL-3.0-or-later
// The adjusted comparison (SPEC section 4a) on generated customers built to
// fool a naive comparison: churn risk set by the segment alone, the social
// team reached only while still a customer, and one segment using it far
// more. Over many seeds the adjusted estimate must find no effect where
// there is none, and cover the true effect on the treated where there is one,
// at close to the intervals' stated rate; the naive comparison must fall into
// the trap (so the data really is one).

#include "analysis.h"
#include "projectdata.h"
#include "sequentialtrials.h"
#include "survivalcomparison.h"

#include <QtTest>

#include <cmath>
#include <random>

namespace {

constexpr double daysPerMonth = 30.4375;

struct Segment
{
    const char *name;
    double share;
    double monthlyChurn; // hazard per month
    double monthlyUptake; // social contacts per month once the programme runs
    double revenue;
};

// Consumers leave sooner and reach the social team six times as often.
constexpr Segment segments[] = {
    {"consumer", 0.6, 0.040, 0.060, 30.0},
    {"business", 0.4, 0.015, 0.010, 120.0},
};

struct Generated
{
    ProjectData data;
    double trueEffect12m = 0; // mean over the treated of S1(12 m) - S0(12 m)
    // Customer-months the social team kept inside the ROI window (the last
    // 12 months): over the treated, over the window's days after their index
    // date, S1 - S0 that many days after the index.
    double trueWindowGain = 0;
    qint64 treated = 0;
};

// `hazardRatio` multiplies the churn hazard from the first social contact on.
Generated generate(quint64 seed, double hazardRatio, int customers = 20000)
{
    Generated generated;
    ProjectData &data = generated.data;
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::exponential_distribution<double> unitExponential(1.0);

    const auto asOf = std::int32_t(QDate(2025, 12, 31).toJulianDay());
    const std::int32_t launch = asOf - 3 * 365;
    data.assumptions.asOfDate = QDate::fromJulianDay(asOf);
    data.assumptions.programmeLaunchDate = QDate::fromJulianDay(launch);
    data.assumptions.horizonMonths = 12;
    data.latestDay = asOf;
    for (const Segment &segment : segments)
        data.customers.segmentNames << QLatin1String(segment.name);

    const double year = 365.0 / daysPerMonth;
    const auto windowFrom = std::int32_t(QDate::fromJulianDay(asOf)
                                             .addMonths(-data.assumptions.horizonMonths)
                                             .addDays(1)
                                             .toJulianDay());
    double effectSum = 0;
    CustomerColumns &columns = data.customers;
    for (int i = 0; i < customers; ++i) {
        const int s = uniform(random) < segments[0].share ? 0 : 1;
        const Segment &segment = segments[s];
        const auto signup = std::int32_t(asOf - 4 * 365 + uniform(random) * (4 * 365 - 30));
        const double hazardPerDay = segment.monthlyChurn / daysPerMonth;
        const double churnDraw = unitExponential(random);
        const double untreatedEnd = signup + churnDraw / hazardPerDay;
        const double uptakeStart = std::max<double>(signup, launch);
        const double uptake
            = uptakeStart + unitExponential(random) / (segment.monthlyUptake / daysPerMonth);

        double end = untreatedEnd;
        std::int32_t index = -1;
        if (uptake < untreatedEnd && uptake <= asOf) {
            index = std::int32_t(uptake);
            const double spent = hazardPerDay * (index - signup);
            end = index + (churnDraw - spent) / (hazardPerDay * hazardRatio);
            effectSum += std::exp(-segment.monthlyChurn * hazardRatio * year)
                - std::exp(-segment.monthlyChurn * year);
            for (std::int32_t u = std::max(0, windowFrom - index); u <= asOf - index; ++u)
                generated.trueWindowGain
                    += (std::exp(-hazardPerDay * hazardRatio * u) - std::exp(-hazardPerDay * u))
                    / daysPerMonth;
            ++generated.treated;
        }
        const auto churn = std::int32_t(std::ceil(end));
        columns.rowIds.push_back(i + 1);
        columns.signupDay.push_back(signup);
        columns.churnDay.push_back(churn <= asOf ? std::max(churn, signup + 1) : -1);
        columns.atRiskDay.push_back(-1);
        columns.monthlyRevenue.push_back(float(segment.revenue * (0.8 + 0.4 * uniform(random))));
        columns.social.push_back(std::int8_t(index >= 0));
        columns.firstSocialDay.push_back(index);
        columns.npsScore.push_back(-1);
        columns.segment.push_back(s);
    }
    generated.trueEffect12m = generated.treated > 0 ? effectSum / double(generated.treated) : 0;
    return generated;
}

struct Estimate
{
    double difference = 0, low = 0, high = 0;
    bool covers(double value) const { return low <= value && value <= high; }
};

Estimate adjusted12m(const ProjectData &data)
{
    const Analysis analysis(data, MetricFilters {});
    const SequentialTrials trials(analysis, {}, analysis.horizonDays());
    const SequentialTrials::Difference twelve = trials.survivalAt(2);
    const double margin = 1.959963984540054 * twelve.standardError;
    return {twelve.difference, twelve.difference - margin, twelve.difference + margin};
}

} // namespace

class TestSequentialTrials : public QObject
{
    Q_OBJECT

private slots:
    void noEffectIsFoundAsNone();
    void trueEffectIsCovered();
    void controlsAreBalanced();
    void socialWithoutADateIsCountedAndLeftOut();
};

void TestSequentialTrials::noEffectIsFoundAsNone()
{
    int adjustedCovers = 0, meanCovers = 0, gainCovers = 0, naiveFooled = 0;
    double sumOfErrors = 0, sumOfWidths = 0;
    for (quint64 seed = 1; seed <= 20; ++seed) {
        const Generated generated = generate(seed, 1.0);
        const Estimate adjusted = adjusted12m(generated.data);
        adjustedCovers += adjusted.covers(0.0);
        sumOfErrors += adjusted.difference;
        sumOfWidths += adjusted.high - adjusted.low;

        const Analysis analysis(generated.data, MetricFilters {});
        const SequentialTrials trials(analysis, {}, analysis.horizonDays());
        const SequentialTrials::Difference mean = trials.restrictedMean();
        meanCovers += std::abs(mean.difference) <= 1.959963984540054 * mean.standardError;
        // The ROI's retention money: customer-months kept inside the window.
        const SequentialTrials::WindowGain gain = trials.windowGain();
        QVERIFY(gain.valid && gain.standardError > 0);
        gainCovers += std::abs(gain.months) <= 1.959963984540054 * gain.standardError;

        // The naive comparison: ever social against everyone else, from signup.
        const Stats::SurvivalDifference naive = Stats::compareSurvivalAt(
            analysis.retention[Analysis::social], analysis.retention[Analysis::control], 365.0);
        naiveFooled += naive.differenceInterval.valid && naive.differenceInterval.low > 0.02;
    }
    qInfo("no effect: adjusted 12-month interval covers 0 in %d of 20 seeds (mean estimate "
          "%.4f, mean width %.4f), the RMST in %d, the customer-months kept in the ROI window "
          "in %d; the naive comparison claims an effect in %d",
          adjustedCovers, sumOfErrors / 20, sumOfWidths / 20, meanCovers, gainCovers, naiveFooled);
    QVERIFY2(adjustedCovers >= 17, qPrintable(QString::number(adjustedCovers)));
    QVERIFY2(meanCovers >= 17, qPrintable(QString::number(meanCovers)));
    QVERIFY2(gainCovers >= 17, qPrintable(QString::number(gainCovers)));
    QVERIFY2(naiveFooled >= 19, qPrintable(QString::number(naiveFooled)));
}

void TestSequentialTrials::trueEffectIsCovered()
{
    int covers = 0, gainCovers = 0;
    double sumOfErrors = 0, sumOfGainErrors = 0;
    for (quint64 seed = 101; seed <= 120; ++seed) {
        const Generated generated = generate(seed, 0.6);
        QVERIFY(generated.trueEffect12m > 0.05);
        const Estimate adjusted = adjusted12m(generated.data);
        covers += adjusted.covers(generated.trueEffect12m);
        sumOfErrors += adjusted.difference - generated.trueEffect12m;

        const Analysis analysis(generated.data, MetricFilters {});
        const SequentialTrials trials(analysis, {}, analysis.horizonDays());
        const SequentialTrials::WindowGain gain = trials.windowGain();
        gainCovers += std::abs(gain.months - generated.trueWindowGain)
            <= 1.959963984540054 * gain.standardError;
        sumOfGainErrors += (gain.months - generated.trueWindowGain) / generated.trueWindowGain;
    }
    qInfo("hazard ratio 0.6: the interval covers the true effect on the treated in %d of 20 "
          "seeds (mean error %.4f); the customer-months kept in the ROI window in %d (mean "
          "relative error %.4f)",
          covers, sumOfErrors / 20, gainCovers, sumOfGainErrors / 20);
    QVERIFY2(covers >= 17, qPrintable(QString::number(covers)));
    QVERIFY2(gainCovers >= 17, qPrintable(QString::number(gainCovers)));
}

void TestSequentialTrials::controlsAreBalanced()
{
    const Generated generated = generate(7, 1.0);
    const Analysis analysis(generated.data, MetricFilters {});
    const SequentialTrials trials(analysis, {}, analysis.horizonDays());
    QVERIFY(!trials.balance.empty());
    bool segmentWasImbalanced = false;
    for (const SequentialTrials::Balance &row : trials.balance) {
        QVERIFY2(std::abs(row.smdAfter) < 0.1,
                 qPrintable(QStringLiteral("%1: %2").arg(row.covariate).arg(row.smdAfter)));
        segmentWasImbalanced
            |= row.covariate.startsWith(QLatin1String("segment=")) && std::abs(row.smdBefore) > 0.3;
    }
    QVERIFY(segmentWasImbalanced);
    QCOMPARE(trials.treated + trials.unmatchedTreated, generated.treated);
    QVERIFY(trials.effectiveControls > 0);
    QVERIFY(trials.effectiveControls <= double(trials.controlRows));
}

void TestSequentialTrials::socialWithoutADateIsCountedAndLeftOut()
{
    Generated generated = generate(3, 1.0, 2000);
    CustomerColumns &columns = generated.data.customers;
    qint64 undated = 0;
    for (std::size_t i = 0; i < columns.size() && undated < 25; ++i) {
        if (columns.social[i]) {
            columns.firstSocialDay[i] = -1;
            ++undated;
        }
    }
    const Analysis analysis(generated.data, MetricFilters {});
    const SequentialTrials trials(analysis, {}, analysis.horizonDays());
    QCOMPARE(trials.socialWithoutDate, undated);
    QCOMPARE(trials.treated + trials.unmatchedTreated, generated.treated - undated);
}

QTEST_GUILESS_MAIN(TestSequentialTrials)
#include "tst_sequentialtrials.moc"
