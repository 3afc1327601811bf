// SPDX-License-Identifier: GPL-3.0-or-later
#include "logranktest.h"

#include "distributions.h"

namespace Stats {

LogRankResult logRankTest(const KaplanMeier &social, const KaplanMeier &control)
{
    LogRankResult result;
    result.warnings.smallSample
        = social.subjectCount() < smallSampleSize || control.subjectCount() < smallSampleSize;
    if (!social.isValid() || !control.isValid()) {
        result.issue = !social.isValid() ? social.issue() : control.issue();
        return result;
    }
    result.valid = true;
    result.socialObserved = social.eventCount();
    result.controlObserved = control.eventCount();

    // Walk both step tables in time order. Between two of its own step times a
    // cohort's number at risk is that of its next step (0 after its last one).
    const std::vector<SurvivalStep> &socialSteps = social.steps();
    const std::vector<SurvivalStep> &controlSteps = control.steps();
    size_t i = 0;
    size_t j = 0;
    double socialExpected = 0;
    double controlExpected = 0;
    double variance = 0;
    while (i < socialSteps.size() || j < controlSteps.size()) {
        const bool socialNext = j == controlSteps.size()
            || (i < socialSteps.size() && socialSteps[i].time <= controlSteps[j].time);
        const double time = socialNext ? socialSteps[i].time : controlSteps[j].time;
        const bool socialAtTime = i < socialSteps.size() && socialSteps[i].time == time;
        const bool controlAtTime = j < controlSteps.size() && controlSteps[j].time == time;
        const double socialAtRisk = i < socialSteps.size() ? double(socialSteps[i].atRisk) : 0.0;
        const double controlAtRisk = j < controlSteps.size() ? double(controlSteps[j].atRisk) : 0.0;
        const double events = double((socialAtTime ? socialSteps[i].events : 0)
                                     + (controlAtTime ? controlSteps[j].events : 0));
        const double atRisk = socialAtRisk + controlAtRisk;
        if (events > 0) {
            socialExpected += events * socialAtRisk / atRisk;
            controlExpected += events * controlAtRisk / atRisk;
            if (atRisk > 1) {
                variance += socialAtRisk * controlAtRisk * events * (atRisk - events)
                    / (atRisk * atRisk * (atRisk - 1));
            }
        }
        if (socialAtTime)
            ++i;
        if (controlAtTime)
            ++j;
    }
    const double totalEvents = double(result.socialObserved + result.controlObserved);
    result.socialExpected = socialExpected;
    result.controlExpected = controlExpected;
    result.variance = variance;
    result.warnings.smallExpectedCount
        = result.socialExpected < smallExpectedCount || result.controlExpected < smallExpectedCount;

    if (totalEvents == 0) {
        result.issue = StatsIssue::NoEvents;
        return result;
    }
    if (!(variance > 0)) {
        result.issue = StatsIssue::ZeroVariance;
        return result;
    }
    const double deviation = double(result.socialObserved) - socialExpected;
    const double chiSquare = deviation * deviation / variance;
    result.test = {true, chiSquare, 1, chiSquaredUpperTail(chiSquare, 1)};
    result.issue = StatsIssue::None;
    return result;
}

} // namespace Stats
