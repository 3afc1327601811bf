// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assumptions.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

// The project's rows held in compact columns, so the metrics can be
// recomputed for any filter in memory. Days are Julian day numbers
// (QDate::toJulianDay); -1 means "no date". Missing numbers are NaN.
// About 20 bytes a contact or an order: a 1 000 000-customer project with
// 10 M events takes some 200 MB.
struct CustomerColumns
{
    std::vector<qint64> rowIds; // customers.id, ascending
    std::vector<std::int32_t> signupDay;
    std::vector<std::int32_t> churnDay;
    std::vector<std::int32_t> atRiskDay;
    std::vector<float> monthlyRevenue;
    std::vector<std::int8_t> social; // 1 = social cohort
    std::vector<std::int32_t> firstSocialDay; // customers.first_social_date, -1 = none
    std::vector<std::int8_t> npsScore; // -1 = no answer
    std::vector<std::int32_t> segment; // index into segmentNames, -1 = none
    QStringList segmentNames;

    std::size_t size() const { return signupDay.size(); }
};

struct ContactColumns
{
    std::vector<std::int32_t> customer; // index into CustomerColumns
    std::vector<std::int32_t> day;
    std::vector<std::int8_t> channel; // Channel
    std::vector<std::int8_t> resolved; // -1 = not recorded
    std::vector<std::int8_t> processChange; // -1 = not recorded
    std::vector<float> handleMinutes;
    std::vector<float> cost; // NaN = use the per-channel assumption
};

struct OrderColumns
{
    std::vector<std::int32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<double> amount;
    std::vector<std::int8_t> crossSell;
};

struct MentionColumns
{
    std::vector<std::int32_t> customer; // -1 = not tied to a customer
    std::vector<std::int32_t> day;
    std::vector<std::int8_t> sentiment; // 0 positive, 1 neutral, 2 negative
    std::vector<std::int64_t> reach;
};

struct Improvement
{
    std::int32_t day = -1;
    double issuesAddressed = 0;
    double customersRetainedPerYear = 0;
    double staffHoursSavedPerYear = 0;
};

class ProjectData
{
public:
    using CancelCheck = std::function<bool()>;

    // Reads the whole project on a read-only connection: from its column
    // snapshot when one of the current data revision is there (see
    // ColumnSnapshot), else from the tables, the customers first, then
    // contacts, orders and mentions on parallel threads.
    // Throws SqliteError; returns nullptr when cancelled.
    static std::unique_ptr<ProjectData> load(const QString &projectPath,
                                             const CancelCheck &isCancelled);
    // PRAGMA data_version and the WAL state change whenever another
    // connection commits; equal versions mean the loaded data is current.
    static qint64 readVersion(const QString &projectPath);
    // The file changed since the load: when its rows did not (same data
    // revision), reloads the assumptions, takes the new version and returns
    // true; false when the columns must be loaded again. Throws SqliteError.
    bool refreshAssumptions();

    // Customers (as indexes) carrying an extra attribute with this value.
    std::vector<std::int32_t> customersWithAttribute(const QString &name,
                                                     const QString &value) const;

    // Every customer's value of one extra attribute, as an index into
    // `values` (-1 = no value). Throws SqliteError.
    struct AttributeColumn
    {
        std::vector<std::int32_t> codes;
        QStringList values;
    };
    AttributeColumn attributeColumn(const QString &name) const;

    QString projectPath;
    qint64 version = 0;
    qint64 revision = 0; // DataRevision the columns were read at; 0 = unknown
    bool fromSnapshot = false; // read from the column snapshot, not the tables
    Assumptions assumptions;
    CustomerColumns customers;
    ContactColumns contacts;
    OrderColumns orders;
    MentionColumns mentions;
    std::vector<Improvement> improvements;
    std::int32_t latestDay = -1; // the latest date in any table
    qint64 unknownCustomerRows = 0; // events whose customer_id matches no customer
};

// "YYYY-MM-DD" to a Julian day; -1 for anything else.
std::int32_t parseIsoDay(const char *text, int size);
// The columns' codes of a stored channel (Channel, -1 when unknown) and
// sentiment (0 positive, 1 neutral, 2 negative); the table reader and the
// import's snapshot feed use the same ones.
std::int8_t channelCode(const char *text, int size);
std::int8_t sentimentCode(const char *text, int size);
