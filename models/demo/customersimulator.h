// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demorandom.h"
#include "demotruth.h"

#include <string>
#include <vector>

// Simulates one customer's life under DemoTruth: whether and when they reach
// the social team, their churn with and without the social effect (not cut at
// the as-of date), and every contact, order and mention up to the as-of date.
// Days are Julian day numbers; -1 means "none".
struct SimulatedContact
{
    int day;
    int channel; // index in the order of Channel: phone, social, self_service, email, chat
    double handleMinutes; // < 0: not recorded
    bool resolved;
    bool ledToProcessChange;
    double cost; // < 0: not recorded, the per-channel assumption applies
};

struct SimulatedOrder
{
    int day;
    double amount;
    bool crossSell;
    int product;
};

struct SimulatedMention
{
    int day;
    int sentiment; // 0 positive, 1 neutral, 2 negative
    int reach;
    int platform;
};

struct SimulatedCustomer
{
    bool social = false; // reached the social team by the as-of date
    int plan = 0; // 0 basic, 1 plus, 2 premium
    int region = 0;
    int signupDay = 0;
    int firstSocialDay = -1; // the index date, on or before the as-of date
    int latentChurnDay = 0; // as lived, with the social effect; may lie after the as-of date
    int untreatedChurnDay = 0; // the same draws without the social effect
    int churnDay = -1; // latentChurnDay when it is on or before the as-of date
    int latentAtRiskDay = -1; // as lived, not cut at the as-of date
    int untreatedAtRiskDay = -1;
    int atRiskDay = -1; // latentAtRiskDay when it is on or before the as-of date
    double monthlyRevenue = 0;
    int npsScore = -1;
    std::vector<SimulatedContact> contacts;
    std::vector<SimulatedOrder> orders;
    std::vector<SimulatedMention> mentions;
};

// Thread: none; const after construction, so one instance may serve many.
class CustomerSimulator
{
public:
    static constexpr double daysPerMonth = 30.4375;
    static constexpr int saveWindowDays = 90;

    CustomerSimulator(const DemoTruth &truth, int firstSignupDay, int launchDay, int asOfDay);

    // Fills `customer` (its vectors are reused to avoid allocations).
    void simulate(DemoRandom &random, SimulatedCustomer &customer) const;

    // Expected contacts per customer-month on `channel` for a customer on
    // `plan`, before (control) or from (social) the index date.
    double contactRate(int plan, int channel, bool social) const;
    int asOfDay() const { return m_asOfDay; }

    static const char *planName(int plan);
    static const char *regionName(int region);
    static const char *productName(int product);
    static const char *platformName(int platform);
    static constexpr int regionCount = 5;

private:
    // The draws that decide a customer's life, shared by the lives with and
    // without the social effect (common random numbers).
    struct LifeDraws
    {
        double churn; // unit exponential: the cumulative churn hazard at which they leave
        double atRisk; // unit exponential: same for the first at-risk event
        double save; // uniform: saved if below the save probability
        int lossDelay; // days from an unsaved at-risk event to the churn
        double socialArrival; // unit exponential: same for the first social contact
    };
    struct Life
    {
        int churnDay;
        int atRiskDay;
    };
    // The life with the social effect from `indexDay` (-1: never).
    Life live(const SimulatedCustomer &customer, const LifeDraws &draws, int indexDay) const;
    int socialArrivalDay(const SimulatedCustomer &customer, const LifeDraws &draws) const;

    void simulateContacts(DemoRandom &random, SimulatedCustomer &customer) const;
    void addContacts(DemoRandom &random, int channel, int startDay, int endDay, double rate,
                     SimulatedCustomer &customer) const;
    void simulateOrders(DemoRandom &random, SimulatedCustomer &customer) const;
    void simulateMentions(DemoRandom &random, SimulatedCustomer &customer) const;
    int npsScore(DemoRandom &random, bool social) const;

    DemoTruth m_truth;
    int m_firstSignupDay;
    int m_launchDay;
    int m_asOfDay;
};
