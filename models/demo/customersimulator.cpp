#include "customersimulator.h"

#include <algorithm>

namespace {

// Per-plan monthly revenue (median) and churn hazard multiplier.
constexpr double planRevenue[3] = {29.0, 49.0, 79.0};
constexpr double planHazard[3] = {1.25, 1.0, 0.7};
constexpr double planShare[2] = {0.50, 0.85}; // cumulative: basic, plus, premium

// Handle minutes (median) and first-contact resolution by channel.
constexpr double handleMedian[5] = {7.0, 5.0, -1.0, 4.0, 9.0};
constexpr double resolvedShare[5] = {0.78, 0.85, 0.60, 0.70, 0.75};
constexpr double processChangeShare[5] = {0.002, 0.03, 0.0, 0.002, 0.002};

} // namespace

CustomerSimulator::CustomerSimulator(const DemoTruth &truth, int firstSignupDay, int asOfDay)
    : m_truth(truth)
    , m_firstSignupDay(firstSignupDay)
    , m_asOfDay(asOfDay)
{ }

const char *CustomerSimulator::planName(int plan)
{
    static const char *const names[] = {"basic", "plus", "premium"};
    return names[plan];
}

const char *CustomerSimulator::regionName(int region)
{
    static const char *const names[] = {"France", "Germany", "Poland", "India", "United Kingdom"};
    return names[region];
}

const char *CustomerSimulator::productName(int product)
{
    // 0-3 base purchases, 4-8 additional services (cross-sells).
    static const char *const names[]
        = {"Handset",          "Accessories", "Top-up",        "Router",         "TV package",
           "Device insurance", "Extra data",  "Home security", "Music streaming"};
    return names[product];
}

const char *CustomerSimulator::platformName(int platform)
{
    static const char *const names[] = {"x", "facebook", "instagram", "tiktok", "linkedin"};
    return names[platform];
}

void CustomerSimulator::simulate(DemoRandom &random, Cohort cohort,
                                 SimulatedCustomer &customer) const
{
    customer.contacts.clear();
    customer.orders.clear();
    customer.mentions.clear();

    // The cohort draw comes first and the other traits never depend on it,
    // so both cohorts share plan, region, revenue and signup distributions.
    const bool socialDraw = random.chance(m_truth.socialShare);
    customer.social = cohort == Cohort::Random ? socialDraw : cohort == Cohort::Social;
    const double planDraw = random.uniform();
    customer.plan = planDraw < planShare[0] ? 0 : planDraw < planShare[1] ? 1 : 2;
    customer.region = random.integer(0, regionCount - 1);
    customer.monthlyRevenue
        = std::round(random.logNormal(planRevenue[customer.plan], 0.15) * 100.0) / 100.0;
    customer.signupDay = random.integer(m_firstSignupDay, m_asOfDay - 30);
    customer.firstSocialDay = customer.social ? customer.signupDay + random.integer(0, 30) : -1;
    if (customer.firstSocialDay > m_asOfDay)
        customer.firstSocialDay = m_asOfDay;

    simulateChurn(random, customer);

    customer.npsScore
        = random.chance(m_truth.npsResponseRate) ? npsScore(random, customer.social) : -1;

    simulateContacts(random, customer);
    simulateOrders(random, customer);
    simulateMentions(random, customer);
}

void CustomerSimulator::simulateChurn(DemoRandom &random, SimulatedCustomer &customer) const
{
    const double hazard = m_truth.monthlyChurnHazard * planHazard[customer.plan]
        * (customer.social ? m_truth.socialHazardRatio : 1.0);
    const double lifetimeDays = random.exponential(hazard) * daysPerMonth;
    int churnDay = customer.signupDay + 1 + int(lifetimeDays);

    // An at-risk event (cancel request, escalated complaint) happens at a
    // uniform point of the latent relationship, independent of the as-of
    // date, so survival estimates stay unbiased under censoring.
    customer.atRiskDay = -1;
    if (random.chance(m_truth.atRiskProbability)) {
        const int atRiskDay
            = customer.signupDay + int(random.uniform() * (churnDay - customer.signupDay));
        const double saveProbability
            = customer.social ? m_truth.saveProbabilitySocial : m_truth.saveProbabilityControl;
        if (random.chance(saveProbability)) {
            if (churnDay <= atRiskDay + saveWindowDays)
                churnDay = atRiskDay + saveWindowDays + 1
                    + int(random.exponential(hazard) * daysPerMonth);
        } else {
            churnDay = atRiskDay + random.integer(1, saveWindowDays - 1);
        }
        if (atRiskDay <= m_asOfDay)
            customer.atRiskDay = atRiskDay;
    }
    customer.latentChurnDay = churnDay;
    customer.churnDay = churnDay <= m_asOfDay ? churnDay : -1;
}

void CustomerSimulator::simulateContacts(DemoRandom &random, SimulatedCustomer &customer) const
{
    const int endDay = customer.churnDay >= 0 ? customer.churnDay : m_asOfDay;
    const double *rates
        = customer.social ? m_truth.socialContactRates : m_truth.controlContactRates;
    for (int channel = 0; channel < 5; ++channel) {
        // Social contacts start with the customer's first social interaction.
        const int startDay = channel == 1 ? customer.firstSocialDay : customer.signupDay;
        if (startDay < 0 || startDay > endDay)
            continue;
        const double months = (endDay - startDay + 1) / daysPerMonth;
        int count = random.poisson(rates[channel] * months);
        if (channel == 1 && count == 0)
            count = 1; // the interaction that put the customer in the social cohort
        for (int i = 0; i < count; ++i) {
            SimulatedContact contact;
            contact.day = channel == 1 && i == 0 ? startDay : random.integer(startDay, endDay);
            contact.channel = channel;
            contact.handleMinutes = handleMedian[channel] > 0
                ? std::round(random.logNormal(handleMedian[channel], 0.5) * 10.0) / 10.0
                : -1.0;
            contact.resolved = random.chance(resolvedShare[channel]);
            contact.ledToProcessChange = random.chance(processChangeShare[channel]);
            // Escalated phone calls carry their own recorded cost.
            contact.cost = channel == 0 && random.chance(0.1) ? 15.0 : -1.0;
            customer.contacts.push_back(contact);
        }
    }
    std::sort(customer.contacts.begin(), customer.contacts.end(),
              [](const SimulatedContact &a, const SimulatedContact &b) { return a.day < b.day; });
}

void CustomerSimulator::simulateOrders(DemoRandom &random, SimulatedCustomer &customer) const
{
    if (random.chance(m_truth.neverOrderShare))
        return;
    const int endDay = customer.churnDay >= 0 ? customer.churnDay : m_asOfDay;
    const double months = (endDay - customer.signupDay + 1) / daysPerMonth;
    const int count = random.poisson(m_truth.orderRate * months);
    const double crossSellProbability = customer.social ? m_truth.crossSellProbabilitySocial
                                                        : m_truth.crossSellProbabilityControl;
    for (int i = 0; i < count; ++i) {
        SimulatedOrder order;
        order.day = random.integer(customer.signupDay, endDay);
        order.crossSell = random.chance(crossSellProbability);
        order.product = order.crossSell ? random.integer(4, 8) : random.integer(0, 3);
        order.amount
            = std::round(random.logNormal(order.crossSell ? 60.0 : 40.0, 0.6) * 100.0) / 100.0;
        customer.orders.push_back(order);
    }
    std::sort(customer.orders.begin(), customer.orders.end(),
              [](const SimulatedOrder &a, const SimulatedOrder &b) { return a.day < b.day; });
}

void CustomerSimulator::simulateMentions(DemoRandom &random, SimulatedCustomer &customer) const
{
    const int endDay = customer.churnDay >= 0 ? customer.churnDay : m_asOfDay;
    const double months = (endDay - customer.signupDay + 1) / daysPerMonth;
    const int count = random.poisson(0.015 * months);
    const double positive
        = customer.social ? m_truth.positiveMentionsSocial : m_truth.positiveMentionsControl;
    const double negative
        = customer.social ? m_truth.negativeMentionsSocial : m_truth.negativeMentionsControl;
    for (int i = 0; i < count; ++i) {
        const double draw = random.uniform();
        SimulatedMention mention;
        mention.day = random.integer(customer.signupDay, endDay);
        mention.sentiment = draw < positive ? 0 : draw < 1.0 - negative ? 1 : 2;
        mention.reach = int(random.logNormal(300.0, 1.5));
        mention.platform = random.integer(0, 4);
        customer.mentions.push_back(mention);
    }
}

int CustomerSimulator::npsScore(DemoRandom &random, bool social) const
{
    const double promoters = social ? m_truth.promotersSocial : m_truth.promotersControl;
    const double detractors = social ? m_truth.detractorsSocial : m_truth.detractorsControl;
    const double draw = random.uniform();
    if (draw < promoters)
        return random.integer(9, 10);
    if (draw < 1.0 - detractors)
        return random.integer(7, 8);
    // Detractors lean towards 5 and 6, as survey answers do.
    static const int detractorScores[10] = {0, 1, 2, 3, 4, 5, 5, 6, 6, 6};
    return detractorScores[random.integer(0, 9)];
}
