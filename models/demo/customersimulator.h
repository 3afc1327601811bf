#pragma once

#include "demorandom.h"
#include "demotruth.h"

#include <string>
#include <vector>

// Simulates one customer's life under DemoTruth: the latent churn time (not
// cut at the as-of date), and every contact, order and mention up to the
// as-of date. Days are Julian day numbers; -1 means "none".
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
    bool social = false;
    int plan = 0; // 0 basic, 1 plus, 2 premium
    int region = 0;
    int signupDay = 0;
    int firstSocialDay = -1;
    int latentChurnDay = 0; // may lie after the as-of date
    int churnDay = -1; // latentChurnDay when it is on or before the as-of date
    int atRiskDay = -1;
    double monthlyRevenue = 0;
    int npsScore = -1;
    std::vector<SimulatedContact> contacts;
    std::vector<SimulatedOrder> orders;
    std::vector<SimulatedMention> mentions;
};

class CustomerSimulator
{
public:
    static constexpr double daysPerMonth = 30.4375;
    static constexpr int saveWindowDays = 90;

    CustomerSimulator(const DemoTruth &truth, int firstSignupDay, int asOfDay);

    enum class Cohort { Random, Social, Control };
    // Fills `customer` (its vectors are reused to avoid allocations).
    void simulate(DemoRandom &random, Cohort cohort, SimulatedCustomer &customer) const;

    static const char *planName(int plan);
    static const char *regionName(int region);
    static const char *productName(int product);
    static const char *platformName(int platform);
    static constexpr int regionCount = 5;

private:
    void simulateChurn(DemoRandom &random, SimulatedCustomer &customer) const;
    void simulateContacts(DemoRandom &random, SimulatedCustomer &customer) const;
    void simulateOrders(DemoRandom &random, SimulatedCustomer &customer) const;
    void simulateMentions(DemoRandom &random, SimulatedCustomer &customer) const;
    int npsScore(DemoRandom &random, bool social) const;

    DemoTruth m_truth;
    int m_firstSignupDay;
    int m_asOfDay;
};
