// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLatin1String>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>
#include <vector>

class SqliteConnection;
struct AssumptionsRead;

// Support channels of SPEC section 3, in the order used by every per-channel array.
enum class Channel { Phone, Social, SelfService, Email, Chat };
constexpr int channelCount = 5;
QLatin1String channelName(Channel channel); // "phone", "self_service", ...

// The money and time assumptions a manager can edit (SPEC section 3), stored
// in the project's `assumptions` table as key/value text in C locale.
//
// Defaults: per-contact costs follow commonly quoted industry figures for
// customer service (a phone contact costs several times a social reply; a
// self-service session costs cents); the promoter value is 0 so nothing is
// claimed for word of mouth unless the user says so. docs/assumptions.md
// explains each one.
struct Assumptions
{
    enum class Unit {
        Money,
        MoneyPerHour,
        MoneyPerMonth,
        Date,
        Months,
        Days,
        Rate, // per year
        Share, // of revenue, 0-1; empty = not set
        Currency,
        Choice // one of choices(key)
    };

    // How a selection (a segment or date filter) is charged the programme's
    // cost and the figures entered for the whole project (process
    // improvements): by its share of the social customers (the default), by
    // its share of all customers, or the whole amount (no allocation). The
    // first two make the selections of a partition add up to the whole.
    enum class ProgrammeAllocation { SocialCustomers, AllCustomers, Whole };
    static QLatin1String allocationName(ProgrammeAllocation allocation);

    struct Spec
    {
        QLatin1String key;
        Unit unit;
        QLatin1String defaultValue; // text as stored; empty = "derived from the data"
    };
    static const std::vector<Spec> &specs();
    // The stored values a Choice assumption accepts; empty for the others.
    static std::vector<QLatin1String> choices(QLatin1String key);

    std::array<double, channelCount> costPerContact {};
    double staffHourlyCost = 0;
    double programmeCostPerMonth = 0;
    QDate programmeLaunchDate; // invalid = the earliest first_social_date in the data
    QDate asOfDate; // invalid = the latest date in the data
    int horizonMonths = 0;
    int saveWindowDays = 0;
    QString currency;
    double annualDiscountRate = 0;
    double valueOfPromoter = 0;
    // Share of revenue that is profit (0-1); unset until the user gives it,
    // and then revenue-based values are shown as revenue, not profit.
    std::optional<double> contributionMargin;
    ProgrammeAllocation programmeAllocation = ProgrammeAllocation::SocialCustomers;
    // The factor revenue-based values are multiplied by: the margin, else 1.
    double revenueToValue() const { return contributionMargin.value_or(1.0); }

    double contactCost(Channel channel) const { return costPerContact[size_t(channel)]; }

    static Assumptions defaults();
    static Assumptions load(SqliteConnection &connection);
    void save(SqliteConnection &connection) const;

    // Reads the project's own figures on a connection of its own (for a
    // worker thread), without waiting for another connection's lock.
    static AssumptionsRead readFile(const QString &projectPath);
    // Saves on a connection of its own, waiting for another writer up to the
    // busy timeout; returns why the save failed, or an empty string.
    QString saveFile(const QString &projectPath) const;
    // Inserts every default that is not in the table yet.
    static void writeDefaults(SqliteConnection &connection);

    QString value(QLatin1String key) const; // text form, as stored
    bool setValue(QLatin1String key, const QString &text); // false when the text is invalid
};
Q_DECLARE_METATYPE(Assumptions)

// The assumptions as read from a project file, or why they could not be:
// never the defaults in their place.
struct AssumptionsRead
{
    std::optional<Assumptions> assumptions;
    QString error;
    bool busy = false; // another connection holds the file: worth trying again
};
