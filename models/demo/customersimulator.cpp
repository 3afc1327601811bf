// SPDX-License-Identifier: GPL-3.0-or-later
#include "customersimulator.h"

#include <algorithm>
#include <cmath>

namespace {

// Per-plan monthly revenue (median) and churn hazard multiplier.
constexpr double planRevenue[3] = {29.0, 49.0, 79.0};
constexpr double planHazard[3] = {1.25, 1.0, 0.7};
constexpr double planShare[2] = {0.50, 0.85}; // cumulative: basic, plus, premium

// Handle minutes (median) and first-contact resolution by channel.
constexpr double handleMedian[5] = {7.0, 5.0, -1.0, 4.0, 9.0};
constexpr double resolvedShare[5] = {0.78, 0.85, 0.60, 0.70, 0.75};
constexpr double processChangeShare[5] = {0.002, 0.03, 0.0, 0.002, 0.002};
constexpr int channelCount = 5;

// Tenure (days) where the churn hazard and the rate of reaching the social
// team change: 12 and 24 months, and 3 and 12 months. They fall on bounds of
// the adjusted method's tenure bands, so like is compared with like.
constexpr double churnTenureBounds[2] = {12 * 30.4375, 24 * 30.4375};
constexpr double socialTenureBounds[2] = {3 * 30.4375, 12 * 30.4375};
constexpr double neverDays = 1.0e6; // a crossing further away than any demo

// The tenure (days since signup) at which a piecewise-constant hazard,
// accumulated from tenure `from`, reaches `target`. The hazard is
// `ratePerDay` times the multiplier of the tenure band (bounds split the
// three bands), times `ratio` from tenure `ratioFrom` on (ratioFrom < 0: never).
double hazardCrossing(double target, double from, double ratePerDay, const double (&bounds)[2],
                      const double (&multipliers)[3], double ratioFrom = -1.0, double ratio = 1.0)
{
    double tenure = from;
    while (tenure < neverDays) {
        const int band = tenure < bounds[0] ? 0 : tenure < bounds[1] ? 1 : 2;
        double next = band < 2 ? bounds[band] : neverDays;
        if (ratioFrom > tenure && ratioFrom < next)
            next = ratioFrom;
        const double rate
            = ratePerDay * multipliers[band] * (ratioFrom >= 0 && tenure >= ratioFrom ? ratio : 1);
        if (rate > 0 && target <= rate * (next - tenure))
            return tenure + target / rate;
        if (rate > 0)
            target -= rate * (next - tenure);
        tenure = next;
    }
    return neverDays;
}

} // namespace

CustomerSimulator::CustomerSimulator(const DemoTruth &truth, int firstSignupDay, int launchDay,
                                     int asOfDay)
    : m_truth(truth)
    , m_firstSignupDay(firstSignupDay)
    , m_launchDay(launchDay)
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

void CustomerSimulator::simulate(DemoRandom &random, SimulatedCustomer &customer) const
{
    customer.contacts.clear();
    customer.orders.clear();
    customer.mentions.clear();

    const double planDraw = random.uniform();
    customer.plan = planDraw < planShare[0] ? 0 : planDraw < planShare[1] ? 1 : 2;
    customer.region = random.integer(0, regionCount - 1);
    customer.monthlyRevenue
        = std::round(random.logNormal(planRevenue[customer.plan], 0.25) * 100.0) / 100.0;
    customer.signupDay = random.integer(m_firstSignupDay, m_asOfDay - 30);

    LifeDraws draws;
    draws.churn = random.exponential(1.0);
    draws.atRisk = random.exponential(1.0);
    draws.save = random.uniform();
    draws.lossDelay = random.integer(1, saveWindowDays - 1);
    draws.socialArrival = random.exponential(1.0);

    // Before the first social contact both lives are the same, so the
    // customer reaches the social team only if still a customer without it.
    const Life untreated = live(customer, draws, -1);
    const int arrival = socialArrivalDay(customer, draws);
    const bool reaches = arrival >= 0 && arrival < untreated.churnDay;
    customer.social = reaches && arrival <= m_asOfDay;
    customer.firstSocialDay = customer.social ? arrival : -1;
    const Life lived = customer.social ? live(customer, draws, arrival) : untreated;

    customer.untreatedChurnDay = untreated.churnDay;
    customer.untreatedAtRiskDay = untreated.atRiskDay;
    customer.latentChurnDay = lived.churnDay;
    customer.churnDay = lived.churnDay <= m_asOfDay ? lived.churnDay : -1;
    customer.latentAtRiskDay = lived.atRiskDay;
    customer.atRiskDay = lived.atRiskDay <= m_asOfDay ? lived.atRiskDay : -1;

    customer.npsScore
        = random.chance(m_truth.npsResponseRate) ? npsScore(random, customer.social) : -1;

    simulateContacts(random, customer);
    simulateOrders(random, customer);
    simulateMentions(random, customer);
}

double CustomerSimulator::contactRate(int plan, int channel, bool social) const
{
    const double rate
        = social ? m_truth.socialContactRates[channel] : m_truth.controlContactRates[channel];
    return channel == 0 ? rate * m_truth.phoneByPlan[plan] : rate;
}

CustomerSimulator::Life CustomerSimulator::live(const SimulatedCustomer &customer,
                                                const LifeDraws &draws, int indexDay) const
{
    const double relativeRevenue = customer.monthlyRevenue / planRevenue[customer.plan];
    const double ratePerDay = m_truth.monthlyChurnHazard * m_truth.churnByPlan[customer.plan]
        * std::pow(relativeRevenue, m_truth.churnRevenueElasticity) / daysPerMonth;
    const double effectFrom = indexDay >= 0 ? double(indexDay - customer.signupDay) : -1.0;
    const double churnAfter
        = hazardCrossing(draws.churn, 0.0, ratePerDay, churnTenureBounds, m_truth.churnByTenure,
                         effectFrom, m_truth.socialHazardRatio);
    Life life;
    life.churnDay = customer.signupDay + 1 + int(std::min(churnAfter, neverDays));
    life.atRiskDay = -1;

    const double atRiskAfter = draws.atRisk / (m_truth.atRiskRate / daysPerMonth);
    const int atRiskDay = customer.signupDay + 1 + int(std::min(atRiskAfter, neverDays));
    if (atRiskDay < life.churnDay) {
        life.atRiskDay = atRiskDay;
        const bool social = indexDay >= 0 && atRiskDay >= indexDay;
        const double saveProbability
            = social ? m_truth.saveProbabilitySocial : m_truth.saveProbabilityControl;
        if (draws.save >= saveProbability)
            life.churnDay = std::min(life.churnDay, atRiskDay + draws.lossDelay);
    }
    return life;
}

int CustomerSimulator::socialArrivalDay(const SimulatedCustomer &customer,
                                        const LifeDraws &draws) const
{
    const double relativeRevenue = customer.monthlyRevenue / planRevenue[customer.plan];
    const double ratePerDay = m_truth.socialArrivalRate * m_truth.socialArrivalByPlan[customer.plan]
        * std::pow(relativeRevenue, m_truth.socialArrivalRevenueElasticity) / daysPerMonth;
    const double from = std::max(0, m_launchDay - customer.signupDay);
    const double after = hazardCrossing(draws.socialArrival, from, ratePerDay, socialTenureBounds,
                                        m_truth.socialArrivalByTenure);
    // Far beyond the as-of date: never within the data.
    if (after > double(m_asOfDay - customer.signupDay) + 1.0)
        return -1;
    return customer.signupDay + int(after);
}

void CustomerSimulator::simulateContacts(DemoRandom &random, SimulatedCustomer &customer) const
{
    const int endDay = customer.churnDay >= 0 ? customer.churnDay : m_asOfDay;
    const int indexDay = customer.firstSocialDay;
    const int controlEnd = indexDay >= 0 ? indexDay - 1 : endDay;
    for (int channel = 0; channel < channelCount; ++channel) {
        addContacts(random, channel, customer.signupDay, controlEnd,
                    contactRate(customer.plan, channel, false), customer);
        if (indexDay < 0)
            continue;
        if (channel == 1) {
            // The contact that made the customer social: the index date.
            addContacts(random, channel, indexDay, indexDay, -1.0, customer);
        }
        addContacts(random, channel, indexDay, endDay, contactRate(customer.plan, channel, true),
                    customer);
    }
    std::stable_sort(
        customer.contacts.begin(), customer.contacts.end(),
        [](const SimulatedContact &a, const SimulatedContact &b) { return a.day < b.day; });
}

// Poisson contacts spread uniformly over [startDay, endDay]; a negative rate
// adds exactly one, on startDay.
void CustomerSimulator::addContacts(DemoRandom &random, int channel, int startDay, int endDay,
                                    double rate, SimulatedCustomer &customer) const
{
    if (startDay > endDay)
        return;
    const int count = rate < 0 ? 1 : random.poisson(rate * (endDay - startDay + 1) / daysPerMonth);
    for (int i = 0; i < count; ++i) {
        SimulatedContact contact;
        contact.day = rate < 0 ? startDay : random.integer(startDay, endDay);
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

void CustomerSimulator::simulateOrders(DemoRandom &random, SimulatedCustomer &customer) const
{
    if (random.chance(m_truth.neverOrderShare))
        return;
    const int endDay = customer.churnDay >= 0 ? customer.churnDay : m_asOfDay;
    const double months = (endDay - customer.signupDay + 1) / daysPerMonth;
    const int count = random.poisson(m_truth.orderRate * months);
    for (int i = 0; i < count; ++i) {
        SimulatedOrder order;
        order.day = random.integer(customer.signupDay, endDay);
        const bool social = customer.firstSocialDay >= 0 && order.day >= customer.firstSocialDay;
        order.crossSell = random.chance(social ? m_truth.crossSellProbabilitySocial
                                               : m_truth.crossSellProbabilityControl);
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
    for (int i = 0; i < count; ++i) {
        const double draw = random.uniform();
        SimulatedMention mention;
        mention.day = random.integer(customer.signupDay, endDay);
        const bool social = customer.firstSocialDay >= 0 && mention.day >= customer.firstSocialDay;
        const double positive
            = social ? m_truth.positiveMentionsSocial : m_truth.positiveMentionsControl;
        const double negative
            = social ? m_truth.negativeMentionsSocial : m_truth.negativeMentionsControl;
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
