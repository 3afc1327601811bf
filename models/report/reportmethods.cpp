#include "reportmethods.h"

#include "metriclabels.h"

#include <QCoreApplication>

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
        // i18n: joins the names of rows in a list.
        note.rows = labels.join(tr(", "));
        switch (kind) {
        case RowKind::Survival:
            note.kind = tr("Retention at a time");
            note.test = tr("Kaplan–Meier estimate per cohort from signup, censored at the as-of "
                           "date; z test of the difference with Greenwood variances.");
            note.interval = tr("Difference: normal interval from the Greenwood variances. Each "
                               "cohort's curve: log-log band.");
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
            note.interval = tr("Normal interval from the variance of the restricted means.");
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
            note.kind = tr("Net Promoter Score");
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

QStringList ReportMethods::paragraphs(const MetricsResult &result, const Assumptions &assumptions,
                                      const QLocale &locale)
{
    QStringList texts;
    texts << tr("The social cohort is every customer who dealt with the social-media care team; "
                "the control cohort is everyone else. Both are limited by the same filters and "
                "followed up to the as-of date, %1: customers who signed up later are left out, "
                "and a customer still active on that date counts as kept so far (censored).")
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
    texts << tr("The ROI adds up the money values of retention, operational cost, saves, "
                "complaints turned into raves, cross-sells and process innovations over a "
                "horizon of %n month(s), and sets them against the programme cost over the same "
                "horizon. Its range adds up the low (high) ends of the components.",
                nullptr, assumptions.horizonMonths);
    texts << tr("Self-service savings are part of operational cost and are never added twice. "
                "Return on relationship describes customers and adds no money of its own.");
    texts << tr("Saved customers also stay longer, so they are part of the retention curve as "
                "well: as the specification asks, the ROI counts both the retention value and "
                "the value of the saves, which overlap. Read the saves value as a part of the "
                "retention story rather than as money on top of it when you want a cautious "
                "figure.");
    return texts;
}
