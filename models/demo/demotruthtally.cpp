// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotruthtally.h"

#include <algorithm>

namespace {

constexpr int phoneChannel = 0;
constexpr int selfServiceChannel = 2;

// The area under a survival indicator from day 0 to `horizon` days, with the
// steps at whole days as the metrics' curves have them.
double restrictedDays(int survivedDays, double horizon)
{
    const int whole = int(horizon);
    return std::min(survivedDays, whole) + (survivedDays > whole ? horizon - whole : 0.0);
}

} // namespace

DemoTruthTally::DemoTruthTally(const CustomerSimulator &simulator, const DemoTruth &truth)
    : m_simulator(simulator)
    , m_truth(truth)
{ }

void DemoTruthTally::add(const SimulatedCustomer &customer)
{
    m_customers += 1;
    const int index = customer.firstSocialDay;
    if (index < 0)
        return;
    m_treated += 1;

    const int churnDays[2] = {customer.latentChurnDay, customer.untreatedChurnDay};
    for (int life = 0; life < 2; ++life) {
        const int survived = churnDays[life] - index;
        for (int t = 0; t < 3; ++t)
            m_retained[life][t] += survived > retentionDays[t];
        m_restrictedDays[life] += restrictedDays(survived, restrictedMeanDays);
    }

    const int endDay = std::min(customer.latentChurnDay, m_simulator.asOfDay());
    const double months = (endDay - index + 1) / CustomerSimulator::daysPerMonth;
    m_treatedMonths += months;
    for (int life = 0; life < 2; ++life) {
        const bool social = life == 0;
        m_phone[life] += months * m_simulator.contactRate(customer.plan, phoneChannel, social);
        m_selfService[life]
            += months * m_simulator.contactRate(customer.plan, selfServiceChannel, social);
    }

    const int atRisk = customer.latentAtRiskDay;
    if (atRisk >= index && atRisk == customer.untreatedAtRiskDay) {
        m_atRisk += 1;
        for (int life = 0; life < 2; ++life)
            m_saved[life] += churnDays[life] > atRisk + CustomerSimulator::saveWindowDays;
    }
}

std::vector<DemoTruthRow> DemoTruthTally::rows() const
{
    auto share = [](double count, double total) { return total > 0 ? count / total : 0.0; };
    const double n = m_treated;
    const double r3[2] = {share(m_retained[0][0], n), share(m_retained[1][0], n)};
    const double r6[2] = {share(m_retained[0][1], n), share(m_retained[1][1], n)};
    const double r12[2] = {share(m_retained[0][2], n), share(m_retained[1][2], n)};
    const double rmst[2] = {share(m_restrictedDays[0], n) / CustomerSimulator::daysPerMonth,
                            share(m_restrictedDays[1], n) / CustomerSimulator::daysPerMonth};
    const double phone[2]
        = {share(m_phone[0], m_treatedMonths), share(m_phone[1], m_treatedMonths)};
    const double selfService[2]
        = {share(m_selfService[0], m_treatedMonths), share(m_selfService[1], m_treatedMonths)};
    const double saves[2] = {share(m_saved[0], m_atRisk), share(m_saved[1], m_atRisk)};
    auto nps = [](double promoters, double detractors) { return 100.0 * (promoters - detractors); };
    const double npsTreated = nps(m_truth.promotersSocial, m_truth.detractorsSocial);
    const double npsUntreated = nps(m_truth.promotersControl, m_truth.detractorsControl);
    const DemoTruth &t = m_truth;
    return {
        {"social_share", share(m_treated, m_customers),
         "share of customers who reached the social team by the as-of date"},
        {"treated_customers", m_treated, "customers who reached the social team by the as-of date"},
        {"churn_hazard_ratio", t.socialHazardRatio,
         "churn hazard from the first social contact on, relative to the same customer without it"},
        {"retention_3m_treated", r3[0],
         "P(still a customer 91 days after the first social contact), social customers"},
        {"retention_3m_untreated", r3[1], "same customers without the social effect"},
        {"att_retention_3m", r3[0] - r3[1], "effect on the treated: retention at 3 months"},
        {"retention_6m_treated", r6[0],
         "P(still a customer 183 days after the first social contact), social customers"},
        {"retention_6m_untreated", r6[1], "same customers without the social effect"},
        {"att_retention_6m", r6[0] - r6[1], "effect on the treated: retention at 6 months"},
        {"retention_12m_treated", r12[0],
         "P(still a customer 365 days after the first social contact), social customers"},
        {"retention_12m_untreated", r12[1], "same customers without the social effect"},
        {"att_retention_12m", r12[0] - r12[1], "effect on the treated: retention at 12 months"},
        {"rmst_months_treated", rmst[0],
         "mean months as a customer in the 12 months after the first social contact"},
        {"rmst_months_untreated", rmst[1], "same customers without the social effect"},
        {"att_rmst_months", rmst[0] - rmst[1],
         "effect on the treated: months retained within 12 months"},
        {"phone_rate_treated", phone[0],
         "phone contacts per customer-month from the first social contact, social customers"},
        {"phone_rate_untreated", phone[1], "same customer-months without the social effect"},
        {"att_phone_rate", phone[0] - phone[1], "effect on the treated: phone contacts"},
        {"self_service_rate_treated", selfService[0],
         "self-service sessions per customer-month from the first social contact"},
        {"self_service_rate_untreated", selfService[1],
         "same customer-months without the social effect"},
        {"att_self_service_rate", selfService[0] - selfService[1],
         "effect on the treated: self-service sessions"},
        {"save_rate_treated", saves[0],
         "P(still a customer 90 days after an at-risk event after the first social contact)"},
        {"save_rate_untreated", saves[1], "same events without the social effect"},
        {"att_save_rate", saves[0] - saves[1], "effect on the treated: saves"},
        {"cross_sell_probability_treated", t.crossSellProbabilitySocial,
         "P(an order is a cross-sell) from the first social contact"},
        {"cross_sell_probability_untreated", t.crossSellProbabilityControl,
         "same orders without the social effect"},
        {"att_cross_sell_probability", t.crossSellProbabilitySocial - t.crossSellProbabilityControl,
         "effect on the treated: cross-sell probability per order"},
        {"nps_treated", npsTreated, "NPS of the social customers' latest answers"},
        {"nps_untreated", npsUntreated, "same answers without the social effect"},
        {"att_nps", npsTreated - npsUntreated, "effect on the treated: NPS"},
        {"positive_mention_share_treated", t.positiveMentionsSocial,
         "share of mentions that are positive, from the first social contact"},
        {"positive_mention_share_untreated", t.positiveMentionsControl,
         "same mentions without the social effect"},
        {"att_positive_mention_share", t.positiveMentionsSocial - t.positiveMentionsControl,
         "effect on the treated: positive mention share"},
    };
}
