// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportmethods.h"

#include "commontext.h"
#include "metriclabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

ReportMethods::RowKind ReportMethods::rowKind(const MetricRow &row)
{
    if (row.name.startsWith(QLatin1String("retention_")))
        return RowKind::Survival;
    if (row.name == QLatin1String("logrank"))
        return RowKind::LogRank;
    if (row.name == QLatin1String("rmst_months"))
        return RowKind::RestrictedMean;
    if (row.name == QLatin1String("nps"))
        return RowKind::Nps;
    if (row.name == QLatin1String("support_cost_per_customer_month"))
        return RowKind::Cost;
    if (row.statisticName.isEmpty() && !row.ciLow && !row.ratio)
        return RowKind::Descriptive;
    if (row.ratio || row.unit.contains(QLatin1String("per customer-month"))
        || row.unit.contains(QLatin1String("per customer-year"))) {
        return RowKind::Rate;
    }
    if (row.unit == QLatin1String("share"))
        return RowKind::Proportion;
    if (row.statisticName == QLatin1String("t"))
        return RowKind::Mean;
    return RowKind::Descriptive;
}

QString ReportMethods::comparedAttributes(const Adjustment &adjustment)
{
    return adjustment.adjustFor.isEmpty()
        ? tr("segment, tenure and monthly revenue")
        //: %1: attributes of the user's files, e.g. "region, plan"
        : tr("segment, tenure, monthly revenue and %1")
              .arg(adjustment.adjustFor.join(QLatin1String(", ")));
}

QStringList ReportMethods::designParagraphs(const Adjustment &adjustment, const QLocale &locale)
{
    QStringList texts;
    const QString compared = comparedAttributes(adjustment);
    texts << tr("Retention is estimated, not compared: each customer who dealt with the "
                "social care team is followed from their first contact with it, on or after "
                "the programme launch, against customers who were still customers that same day, "
                "had not dealt with the team yet and resembled them in %1. There is one "
                "comparison per calendar month; in each, the similar customers are weighted to the "
                "social customers' mix and stop counting once they reach the team themselves. The "
                "estimate is the effect on the customers the team dealt with; its intervals use a "
                "variance clustered on the customer, because a customer can be compared in "
                "several months.")
                 .arg(compared);
    // Counts after labels, so that no noun has to agree with a number.
    texts << tr("Social customers compared: %1; similar customers: %2 (worth %3 after weighting); "
                "left out: %4 with no similar customer and %5 flagged social without a date.")
                 .arg(locale.toString(adjustment.treated),
                      locale.toString(adjustment.controlCustomers),
                      locale.toString(adjustment.effectiveControls, 'f', 0),
                      locale.toString(adjustment.unmatchedTreated),
                      locale.toString(adjustment.socialWithoutDate));
    double worstBefore = 0, worstAfter = 0;
    for (const BalanceRow &row : adjustment.balance) {
        worstBefore = std::max(worstBefore, std::abs(row.smdBefore));
        worstAfter = std::max(worstAfter, std::abs(row.smdAfter));
    }
    texts << tr("Balance: the largest standardized difference between the two sides is %1 before "
                "weighting and %2 after; above 0.1 a difference is flagged on the rows it affects.")
                 .arg(locale.toString(worstBefore, 'f', 2), locale.toString(worstAfter, 'f', 2));
    if (adjustment.eValue) {
        texts << tr("How wrong could it still be: to explain the 12-month retention effect away, "
                    "a factor not compared here would have to make customers %1 times as likely "
                    "to use social customer care and %1 times as likely to stay (the E-value; %2 "
                    "for the "
                    "interval's limit nearest to no effect).")
                     .arg(locale.toString(*adjustment.eValue, 'f', 2),
                          locale.toString(adjustment.eValueLimit.value_or(1.0), 'f', 2));
    }
    texts << tr("Contacts, support cost, self-service sessions, mentions and cross-sell revenue "
                "are estimated the same way, per customer-month (handle time per contact, "
                "resolution and the mentions' tone per contact or mention), over the same "
                "follow-up on both sides: at most the horizon, ending when the customer leaves, "
                "at the as-of date, or, for a similar customer, when they reach the team. Their "
                "money is the estimated difference times the months the social customers spent "
                "inside the ROI window after their first contact.");
    texts << tr("The estimate assumes that, among customers alike in those respects, who reaches "
                "the social care team in a given month has nothing to do with how long they would "
                "otherwise stay or how they would otherwise use the service. Recommendation "
                "scores carry no date, and saves and the share that ever used self-service or "
                "bought a cross-sell depend on how long a customer was watched: those rows still "
                "compare everyone ever in touch with the team against everyone else, from "
                "signup, and say so.");
    return texts;
}

std::vector<ReportMethodNote> ReportMethods::notes(const MetricsResult &result)
{
    std::map<RowKind, QStringList> rowsByKind;
    for (const MetricGroup &group : result.groups) {
        for (const MetricRow &row : group.rows) {
            QStringList &labels = rowsByKind[rowKind(row)];
            const QString label = metricRowLabel(row.name);
            if (!labels.contains(label))
                labels << label;
        }
    }

    std::vector<ReportMethodNote> notes;
    for (const auto &[kind, labels] : rowsByKind) {
        ReportMethodNote note;
        note.rows = labels.join(CommonText::listSeparator());
        switch (kind) {
        case RowKind::Survival:
            note.kind = tr("Retention at a time");
            if (result.adjustment) {
                note.test = tr("Weighted Kaplan–Meier estimate from the first social contact, "
                               "against similar customers still with us that day, weighted to "
                               "the social customers' mix; z test of the difference.");
                note.interval = tr("Difference: normal interval from the robust variance "
                                   "clustered on the customer. Each side's curve: log-log band.");
            } else {
                note.test = tr("Kaplan–Meier estimate per cohort from signup, censored at the "
                               "as-of date; z test of the difference with Greenwood variances.");
                note.interval = tr("Difference: normal interval from the Greenwood variances. "
                                   "Each cohort's curve: log-log band.");
            }
            break;
        case RowKind::LogRank:
            note.kind = tr("Whole retention curves");
            note.test = tr("Log-rank test (chi-square, one degree of freedom) over the whole "
                           "follow-up; the figures are the customers lost in each cohort.");
            note.interval = tr("None: the test compares whole curves.");
            break;
        case RowKind::RestrictedMean:
            note.kind = tr("Months kept within the horizon");
            note.test = tr("Restricted mean survival time up to the horizon (area under the "
                           "Kaplan–Meier curve); z test.");
            note.interval = result.adjustment
                ? tr("Normal interval from the robust variance clustered on the customer.")
                : tr("Normal interval from the variance of the restricted means.");
            break;
        case RowKind::Proportion:
            note.kind = tr("Shares");
            note.test = tr("Two-proportion z test (pooled).");
            note.interval = tr("Newcombe (Wilson score) interval of the difference.");
            break;
        case RowKind::Rate:
            note.kind = tr("Rates per customer-month or customer-year");
            note.test = tr("Poisson rate difference (Wald z test), with the exposure of each "
                           "customer from signup to churn or the as-of date.");
            note.interval = tr("Wald interval of the difference; log-Wald interval of the rate "
                               "ratio.");
            break;
        case RowKind::Mean:
            note.kind = tr("Averages per customer, order or contact");
            note.test = tr("Welch t test (unequal variances).");
            note.interval = tr("Welch interval of the difference of the means.");
            break;
        case RowKind::Nps:
            note.kind = metricRowLabel(u"nps");
            note.test = tr("Promoters (9–10) minus detractors (0–6); z test with the multinomial "
                           "variance of the two shares.");
            note.interval = tr("Normal interval of the difference of the scores.");
            break;
        case RowKind::Cost:
            note.kind = tr("Support cost");
            note.test = tr("Total cost over customer-months, its variance that of a compound "
                           "Poisson sum; z test.");
            note.interval = tr("Normal interval of the difference.");
            break;
        case RowKind::Descriptive:
            note.kind = tr("Counts, sums and entered figures");
            note.test = tr("None: these figures describe the data.");
            note.interval = tr("None.");
            break;
        }
        notes.push_back(note);
    }
    return notes;
}

QStringList ReportMethods::paragraphs(const MetricsResult &result, const QLocale &locale)
{
    QStringList texts;
    if (result.adjustment)
        texts << designParagraphs(*result.adjustment, locale);
    else
        texts << tr("The social cohort is every customer who dealt with the social care "
                    "team; the control cohort is everyone else. Both are limited by the same "
                    "filters and followed up to the as-of date, %1: customers who signed up later "
                    "are left out, and a customer still active on that date counts as kept so far "
                    "(censored). This is the naive comparison, from signup: customers choose "
                    "social customer care and can only reach it while they are still customers, so "
                    "its "
                    "differences are not effects of the social care team.")
                     .arg(locale.toString(result.asOf, QLocale::LongFormat));
    texts << tr("Rates are per customer-month: each customer counts from signup to churn or the "
                "as-of date (a month is 30.4375 days). Every interval is a 95% interval; a "
                "difference is social minus control and the lift is the difference divided by "
                "the control value.");
    texts << tr("A row carries a warning when a cohort has fewer than 30 customers, an expected "
                "count is under 5, fewer than 5 customers are still observed at a survival time, "
                "or the interval of the difference includes zero. Numbers that cannot be "
                "estimated are shown as “%1”.")
                 .arg(QCoreApplication::translate("MetricFormat", "—"));
    const RoiSummary &roi = result.roi;
    texts << tr("The ROI counts every money value and the programme cost over one window, from %1 "
                "to %2: retention (the revenue the social care team kept inside the window), "
                "operational cost, complaints turned into raves, cross-sells and process "
                "innovations. Saves are part of retention's value and self-service of operational "
                "cost's, so neither is added twice; return on relationship describes customers "
                "and adds no money of its own.")
                 .arg(locale.toString(roi.windowFrom, QLocale::LongFormat),
                      locale.toString(roi.windowTo, QLocale::LongFormat));
    texts << (roi.margin ? tr("Revenue-based values are multiplied by the contribution margin, "
                              "%1: the money is profit.")
                               .arg(locale.toString(100 * *roi.margin, 'f', 0) + locale.percent())
                         : tr("No contribution margin is set: revenue-based values are revenue, "
                              "not profit."));
    texts << tr("The interval of the total value comes from one method applied to the whole sum: "
                "each customer's effect on every component at once (the linear term of a "
                "customer-level bootstrap, checked against a real bootstrap), not the components' "
                "intervals added up. Process innovations are figures entered by hand and carry no "
                "uncertainty.");
    return texts;
}
