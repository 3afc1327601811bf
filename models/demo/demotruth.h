// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The process behind the demo project: who reaches the social team, when,
// and what the social team changes from that day on (SPEC section 7).
//
// Customers self-select. While they are still customers and the programme
// runs, they reach the social team at a rate that depends on their plan,
// their revenue within the plan and their tenure; the same traits set their
// churn hazard. So "ever social" against "never social" mixes the effect with
// who chose social care and with the time social customers had to survive to
// get there (immortal time): the plain comparison is not the effect.
//
// Every trait that drives both the arrival and the churn is one the adjusted
// method compares like with like on (segment = plan, tenure band, revenue
// fifth); region drives nothing. The effects below apply from a customer's
// first social contact (the index date) on; before it every customer lives as
// a control. The true effects on the treated (ATT) are then measured by the
// generator itself: each social customer is lived twice, with and without the
// effect, from the same random draws, and the differences are stored in the
// project's demo_truth table (see DemoTruthTally).
//
// Rates are per customer-month (30.4375 days). Plans: basic, plus, premium.
struct DemoTruth
{
    // Reaching the social team, per customer-month while a customer after
    // the programme launch: plus plan, revenue at the plan's median, tenure
    // of 12 months or more.
    double socialArrivalRate = 0.012;
    double socialArrivalByPlan[3] = {1.8, 1.0, 0.5}; // consumers on basic plans tweet
    double socialArrivalRevenueElasticity = 1.0; // x (revenue / plan median)^elasticity
    double socialArrivalByTenure[3] = {2.0, 1.3, 1.0}; // under 3 months, 3-12, longer

    // Churn hazard per customer-month: plus plan, revenue at the plan's
    // median, tenure of 12 to 24 months.
    double monthlyChurnHazard = 0.03;
    double churnByPlan[3] = {1.3, 1.0, 0.7};
    double churnRevenueElasticity = -0.5; // bigger bundles leave less
    double churnByTenure[3] = {1.4, 1.0, 0.75}; // under 12 months, 12-24, longer
    double socialHazardRatio = 0.70; // from the index date on

    // At-risk events (cancellation request, escalated complaint): the first
    // one arrives at this rate; the customer is saved (not lost to it) with
    // the probability of the side they are on that day, else leaves within
    // the 90-day save window.
    double atRiskRate = 0.008;
    double saveProbabilityControl = 0.55;
    double saveProbabilitySocial = 0.72;

    // Contacts per customer-month by channel (phone, social, self_service,
    // email, chat) for the plus plan, before and from the index date.
    double controlContactRates[5] = {0.14, 0.00, 0.10, 0.04, 0.05};
    double socialContactRates[5] = {0.098, 0.06, 0.16, 0.04, 0.05};
    double phoneByPlan[3] = {1.3, 1.0, 0.8}; // basic plans have more problems

    double orderRate = 0.30; // orders per customer-month among customers who order at all
    double neverOrderShare = 0.12; // customers with no orders at all
    double crossSellProbabilityControl = 0.10; // per order, before the index date
    double crossSellProbabilitySocial = 0.15; // per order, from the index date

    // The NPS answer is the latest one, on the customer's last day.
    double npsResponseRate = 0.35;
    double promotersControl = 0.30, detractorsControl = 0.30;
    double promotersSocial = 0.42, detractorsSocial = 0.20;

    // Sentiment of a mention, by the side its day falls on.
    double positiveMentionsControl = 0.30, negativeMentionsControl = 0.35;
    double positiveMentionsSocial = 0.50, negativeMentionsSocial = 0.20;
};
