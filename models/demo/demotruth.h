#pragma once

#include <QLatin1String>

// The true effects of social engagement built into the demo generator. The
// generator stores them in the project's demo_truth table so that tests (and
// curious users) can check that the metrics recover them.
//
// Rates are per customer-month (30.4375 days). The social cohort differs from
// the control cohort only through these parameters: plan, revenue, signup
// date and region are drawn from the same distributions for both cohorts, so
// a plain cohort comparison estimates the effect.
struct DemoTruth
{
    double socialShare = 0.25; // share of customers in the social cohort

    double monthlyChurnHazard = 0.03; // control cohort, "plus" plan
    double socialHazardRatio = 0.70; // social cohort's churn hazard relative to control

    double atRiskProbability = 0.15; // a customer has an at-risk event during the relationship
    double saveProbabilityControl = 0.55; // still a customer 90 days after the at-risk date
    double saveProbabilitySocial = 0.72;

    // Contacts per customer-month by channel: phone, social, self_service, email, chat.
    double controlContactRates[5] = {0.14, 0.00, 0.10, 0.04, 0.05};
    double socialContactRates[5] = {0.098, 0.06, 0.16, 0.04, 0.05};

    double orderRate = 0.30; // orders per customer-month among customers who order at all
    double neverOrderShare = 0.12; // customers with no orders at all
    double crossSellProbabilityControl = 0.10; // per order
    double crossSellProbabilitySocial = 0.15;

    double npsResponseRate = 0.35;
    double promotersControl = 0.30, detractorsControl = 0.30;
    double promotersSocial = 0.42, detractorsSocial = 0.20;

    double positiveMentionsControl = 0.30, negativeMentionsControl = 0.35;
    double positiveMentionsSocial = 0.50, negativeMentionsSocial = 0.20;
};
