// SPDX-License-Identifier: GPL-3.0-or-later
#include "metriclabels.h"

#include "fieldnames.h"

#include <QCoreApplication>

namespace {

struct Label
{
    const char *id;
    const char *text;
};

// QT_TRANSLATE_NOOP keeps the texts visible to lupdate; translate() looks them up.
const Label groupTitles[] = {
    {"retention", QT_TRANSLATE_NOOP("MetricLabels", "Retention")},
    {"operational_cost", QT_TRANSLATE_NOOP("MetricLabels", "Operational cost")},
    {"self_service", QT_TRANSLATE_NOOP("MetricLabels", "Self-service")},
    //: Metric group: at-risk customers kept from leaving ("saved" customers), not saving a file
    {"saves", QT_TRANSLATE_NOOP("MetricLabels", "Saves")},
    {"raves", QT_TRANSLATE_NOOP("MetricLabels", "Complaints turned into raves")},
    {"cross_sell", QT_TRANSLATE_NOOP("MetricLabels", "Cross-sells")},
    {"process_innovation", QT_TRANSLATE_NOOP("MetricLabels", "Process innovations")},
    {"relationship", QT_TRANSLATE_NOOP("MetricLabels", "Return on relationship")},
    {"roi", QT_TRANSLATE_NOOP("MetricLabels", "ROI summary")},
    //: The page that shows which customers the estimate compares and how alike they are
    {"comparison", QT_TRANSLATE_NOOP("MetricLabels", "Who is compared")},
};

const Label groupNotes[] = {
    {"retention",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "How many customers are still with you 3, 6 and 12 months after their first contact "
         "with the social care team, against similar customers who were still with you that "
         "same day and had not dealt with the team yet (the naive method: after signing up, "
         "against everyone else). Customers still active on the as-of date count as kept so "
         "far. The money is the revenue the team kept inside the ROI window, times the "
         "contribution margin once set.")},
    {"operational_cost",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "How often customers contact support on each channel, per month, and what that "
         "support costs, from each customer's first contact with the social care team against "
         "similar customers who were still with you that same day, over the same months on "
         "both sides (the naive method: every month since signing up, against everyone else). "
         "The cost is each contact's own cost, or the cost per channel set in the assumptions. "
         "The money is the support cost saved per customer-month, over the social customers' "
         "months inside the ROI window. The chart by month compares the cohorts as they are.")},
    {"self_service",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "How many customers help themselves online, and how often. The sessions per "
         "customer-month are estimated from the first social contact like support contacts; "
         "the share who ever used self-service grows with how long a customer was watched, so "
         "it compares the cohorts from signup. The money is the phone calls avoided times the "
         "difference between a call and a self-service session; it is already part of "
         "operational cost and is never counted twice.")},
    {"saves",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "Of the customers flagged as about to leave, the share still a customer when the save "
         "window set in the assumptions ended. Only customers whose window has passed by the "
         "as-of date count. The money is the extra customers saved times what a saved customer "
         "is still worth: the contribution margin times their monthly revenue over the "
         "discounted expected remaining lifetime of the lifetime value's model (the revenue of "
         "the horizon when that model cannot be fitted). It is already part of retention and "
         "is never counted twice.")},
    {"raves",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "Whether customers would recommend you: the Net Promoter Score is the share of "
         "promoters (scores 9–10) minus the share of detractors (0–6). Beside it, whether what "
         "customers say about you in public is positive or negative, and how many people saw it. "
         "Mentions are estimated from the first social contact against similar customers; the "
         "scores carry no date, so they compare the cohorts from signup. The money is the extra "
         "promoters times the value of a promoter, which is zero unless you set one in the "
         "assumptions.")},
    {"cross_sell",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "The share of customers who bought an additional product, and the cross-sell revenue "
         "per customer and per customer-month. The revenue per customer-month is estimated from "
         "the first social contact against similar customers who were still with you that same "
         "day; the share and the revenue per customer compare the cohorts from signup. The money "
         "is the estimated difference per customer-month over the social customers' months "
         "inside the ROI window, times the contribution margin once set.")},
    {"process_innovation",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "How often a contact handled by the social care team led to a change in how the company "
         "works, compared with contacts on every other channel. The savings are the figures "
         "entered with each improvement: customers kept a year times a customer's yearly "
         "revenue, plus staff hours saved times the hourly cost. These figures are descriptive "
         "and carry no interval.")},
    {"relationship",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "What a customer is worth over the rest of their relationship: the lifetime value is "
         "the contribution margin times the monthly revenue over the discounted expected "
         "remaining lifetime (a shifted-beta-geometric model of each cohort's cancellations), "
         "plus the discounted value of the orders still expected (BG/NBD for how often, "
         "Gamma-Gamma for how much), at the annual discount rate of the assumptions. Revenue "
         "so far, the average order and how often customers order stay beside it. These "
         "figures are descriptive: they explain the other metrics and add no money of their "
         "own to the ROI.")},
    {"roi",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "Every money value counted over one window, the horizon ending at the as-of date, and "
         "set against the programme's cost over the same months. The interval is that of "
         "the whole value, from each customer's effect on every part at once. Saves are inside "
         "retention, self-service inside operational cost, and return on relationship is "
         "descriptive, so nothing is added twice.")},
    {"comparison",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "Which customers the estimate compares, and how alike the two sides are before and "
         "after weighting.")},
};

const Label rowLabels[] = {
    {"retention_3m", QT_TRANSLATE_NOOP("MetricLabels", "Still a customer after 3 months")},
    {"retention_6m", QT_TRANSLATE_NOOP("MetricLabels", "Still a customer after 6 months")},
    {"retention_12m", QT_TRANSLATE_NOOP("MetricLabels", "Still a customer after 12 months")},
    //: Customers who left over the whole follow-up, the two curves compared as a whole
    {"logrank", QT_TRANSLATE_NOOP("MetricLabels", "Customers lost over the whole period")},
    //: The average months a customer stayed, counting only the months of the horizon
    {"rmst_months", QT_TRANSLATE_NOOP("MetricLabels", "Average months stayed within the horizon")},
    {"naive_retention_12m",
     QT_TRANSLATE_NOOP("MetricLabels", "Still a customer after 12 months, naive comparison")},
    {"churn_rate", QT_TRANSLATE_NOOP("MetricLabels", "Customers lost per customer-month")},
    {"naive_churn_rate",
     QT_TRANSLATE_NOOP("MetricLabels",
                       "Customers lost per customer-month, naive comparison from signup")},
    {"naive_phone_contacts_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Phone contacts, cohorts as they are")},
    {"naive_self_service_sessions_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Self-service sessions, cohorts as they are")},
    {"naive_save_rate",
     QT_TRANSLATE_NOOP("MetricLabels", "At-risk customers saved, cohorts as they are")},
    {"naive_positive_mention_share",
     QT_TRANSLATE_NOOP("MetricLabels", "Positive mentions, cohorts as they are")},
    {"naive_cross_sell_orders_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Cross-sell orders, cohorts as they are")},
    {"phone_contacts_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Phone contacts per customer-month")},
    {"social_contacts_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Social media contacts per customer-month")},
    {"self_service_contacts_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Self-service contacts per customer-month")},
    {"email_contacts_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Email contacts per customer-month")},
    {"chat_contacts_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Chat contacts per customer-month")},
    {"handle_minutes", QT_TRANSLATE_NOOP("MetricLabels", "Handle time per contact")},
    {"resolution_share", QT_TRANSLATE_NOOP("MetricLabels", "Contacts resolved")},
    {"support_cost_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Support cost per customer-month")},
    {"self_service_share", QT_TRANSLATE_NOOP("MetricLabels", "Customers using self-service")},
    {"self_service_sessions_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Self-service sessions per customer-month")},
    {"save_rate", QT_TRANSLATE_NOOP("MetricLabels", "At-risk customers saved")},
    {"at_risk_customers", QT_TRANSLATE_NOOP("MetricLabels", "At-risk customers")},
    {"value_per_save", QT_TRANSLATE_NOOP("MetricLabels", "What a saved customer is still worth")},
    {"at_risk_share", QT_TRANSLATE_NOOP("MetricLabels", "Customers flagged at risk")},
    {"nps", QT_TRANSLATE_NOOP("MetricLabels", "Net Promoter Score")},
    {"recommend_share", QT_TRANSLATE_NOOP("MetricLabels", "Likely to recommend (promoters)")},
    {"detractor_share", QT_TRANSLATE_NOOP("MetricLabels", "Detractors")},
    {"positive_mention_share", QT_TRANSLATE_NOOP("MetricLabels", "Mentions that are positive")},
    {"negative_mention_share", QT_TRANSLATE_NOOP("MetricLabels", "Mentions that are negative")},
    {"positive_mentions_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Positive mentions per customer-month")},
    {"negative_mentions_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Negative mentions per customer-month")},
    {"positive_mention_reach_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "People reached by positive mentions per customer-month")},
    {"negative_mention_reach_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "People reached by negative mentions per customer-month")},
    {"positive_mentions", QT_TRANSLATE_NOOP("MetricLabels", "Positive mentions")},
    {"negative_mentions", QT_TRANSLATE_NOOP("MetricLabels", "Negative mentions")},
    {"positive_mention_reach",
     QT_TRANSLATE_NOOP("MetricLabels", "People reached by positive mentions")},
    {"negative_mention_reach",
     QT_TRANSLATE_NOOP("MetricLabels", "People reached by negative mentions")},
    {"cross_sell_share", QT_TRANSLATE_NOOP("MetricLabels", "Customers with a cross-sell")},
    {"cross_sell_revenue_per_customer",
     QT_TRANSLATE_NOOP("MetricLabels", "Cross-sell revenue per customer")},
    {"cross_sell_revenue_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Cross-sell revenue per customer-month")},
    {"cross_sell_orders_per_customer_month",
     QT_TRANSLATE_NOOP("MetricLabels", "Cross-sell orders per customer-month")},
    //: Compares the social care team's contacts with every other channel's, not the two cohorts
    {"process_change_share",
     QT_TRANSLATE_NOOP(
         "MetricLabels",
         "Contacts that led to a process change (social care team vs other channels)")},
    {"improvements", QT_TRANSLATE_NOOP("MetricLabels", "Improvements in place")},
    {"annual_savings", QT_TRANSLATE_NOOP("MetricLabels", "Yearly savings from improvements")},
    {"clv", QT_TRANSLATE_NOOP("MetricLabels", "Lifetime value per customer (model)")},
    {"historical_value", QT_TRANSLATE_NOOP("MetricLabels", "Revenue per customer so far")},
    //: DERL: the months a customer is still expected to stay, later months counting less
    //: (discounted at the assumptions' annual rate)
    {"derl_months",
     QT_TRANSLATE_NOOP("MetricLabels", "Months still expected as a customer (discounted)")},
    {"expected_transactions_next_horizon",
     QT_TRANSLATE_NOOP("MetricLabels", "Expected orders over the horizon")},
    //: P(alive) of the BG/NBD model: the chance a customer who has ordered still buys
    {"p_alive_mean", QT_TRANSLATE_NOOP("MetricLabels", "Chance a buyer is still active")},
    {"expected_value_over_horizon",
     QT_TRANSLATE_NOOP("MetricLabels", "Expected revenue over the horizon")},
    {"average_order_value", QT_TRANSLATE_NOOP("MetricLabels", "Average order value")},
    {"purchase_frequency", QT_TRANSLATE_NOOP("MetricLabels", "Orders per customer-year")},
};

// The test behind a row whose figure is mainly that test's verdict, named
// beside the row only with the statistical details.
const Label rowTests[] = {
    //: The statistical test comparing two survival curves as a whole
    {"logrank", QT_TRANSLATE_NOOP("MetricLabels", "log-rank test")},
};

// Units as axis titles. %1 is the currency symbol. A count of a table's rows
// ("customers", "mentions", "improvements") reads as the table's name.
const Label unitLabels[] = {
    {"share", QT_TRANSLATE_NOOP("MetricLabels", "Share")},
    {"points", QT_TRANSLATE_NOOP("MetricLabels", "Points")},
    {"per customer-month", QT_TRANSLATE_NOOP("MetricLabels", "Per customer-month")},
    {"orders per customer-year", QT_TRANSLATE_NOOP("MetricLabels", "Orders per customer-year")},
    {"minutes per contact", QT_TRANSLATE_NOOP("MetricLabels", "Minutes per contact")},
    {"months", QT_TRANSLATE_NOOP("MetricLabels", "Months")},
    {"churned customers", QT_TRANSLATE_NOOP("MetricLabels", "Customers lost")},
    {"people reached", QT_TRANSLATE_NOOP("MetricLabels", "People reached")},
    {"people reached per customer-month",
     QT_TRANSLATE_NOOP("MetricLabels", "People reached per customer-month")},
    {"money per customer-month", QT_TRANSLATE_NOOP("MetricLabels", "%1 per customer-month")},
    {"money per customer", QT_TRANSLATE_NOOP("MetricLabels", "%1 per customer")},
    {"money per order", QT_TRANSLATE_NOOP("MetricLabels", "%1 per order")},
    {"orders per customer", QT_TRANSLATE_NOOP("MetricLabels", "Orders per customer")},
    {"money per year", QT_TRANSLATE_NOOP("MetricLabels", "%1 per year")},
};

const Label channelLabels[] = {
    {"phone", QT_TRANSLATE_NOOP("MetricLabels", "Phone")},
    {"social", QT_TRANSLATE_NOOP("MetricLabels", "Social media")},
    {"self_service", QT_TRANSLATE_NOOP("MetricLabels", "Self-service")},
    {"email", QT_TRANSLATE_NOOP("MetricLabels", "Email")},
    {"chat", QT_TRANSLATE_NOOP("MetricLabels", "Chat")},
};

template<size_t N>
const char *find(const Label (&labels)[N], QStringView id)
{
    for (const Label &label : labels) {
        if (id == QLatin1String(label.id))
            return label.text;
    }
    return nullptr;
}

template<size_t N>
QString lookup(const Label (&labels)[N], QStringView id)
{
    const char *text = find(labels, id);
    return text ? QCoreApplication::translate("MetricLabels", text) : id.toString();
}

} // namespace

QString metricGroupTitle(QStringView groupId)
{
    return lookup(groupTitles, groupId);
}

QString metricGroupNote(QStringView groupId)
{
    const char *text = find(groupNotes, groupId);
    return text ? QCoreApplication::translate("MetricLabels", text) : QString();
}

QString metricRowLabel(QStringView rowName)
{
    return lookup(rowLabels, rowName);
}

QString metricRowTest(QStringView rowName)
{
    const char *text = find(rowTests, rowName);
    return text ? QCoreApplication::translate("MetricLabels", text) : QString();
}

QString metricUnitLabel(QStringView unit, const QString &currencySymbol)
{
    for (const QStringView table : {u"customers", u"mentions", u"improvements"}) {
        if (unit == table)
            return tableLabel(table);
    }
    const QString text = lookup(unitLabels, unit);
    return text.contains(QLatin1String("%1")) ? text.arg(currencySymbol) : text;
}

QString channelLabel(QStringView channel)
{
    return lookup(channelLabels, channel);
}

QString chartBarLabel(QStringView rowName)
{
    static const QLatin1String contactsSuffix("_contacts_per_customer_month");
    return rowName.endsWith(contactsSuffix) ? channelLabel(rowName.chopped(contactsSuffix.size()))
                                            : metricRowLabel(rowName);
}
