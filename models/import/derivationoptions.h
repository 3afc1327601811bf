// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

// How an import derives stored fields from what real exports hold (SPEC
// section 2; docs/import-mappings.md), part of a mapping profile:
//
// - A snapshot extract of customers (tenure and a churn flag as of one day):
//   signup_date = snapshotDate − tenure (whole calendar months, or days), and
//   churn_date = snapshotDate for customers flagged as gone ("left during the
//   last period before the snapshot"), else empty.
// - Order lines: amount = quantity × unit_price when no amount is mapped;
//   with orderLines, the lines sharing an order_id become one order (amounts
//   summed, cross_sell if any line is, the products listed); cancellation
//   lines (a negative amount, or an order_id starting with the confirmed
//   cancellationPrefix) are netted against their order when the file has it,
//   else stored as a negative order.
// - createCustomers: contacts or orders naming a customer the project does
//   not have create it, marked implied, signed up on its first event in the
//   file; without it such rows are rejected.
//
// Every member is optional so that a request's settings (the command line's
// --snapshot, the wizard's fields) can override a profile's, member by member.
struct DerivationOptions
{
    Q_DECLARE_TR_FUNCTIONS(DerivationOptions)

public:
    enum class TenureUnit { Months, Days };

    std::optional<QDate> snapshotDate;
    std::optional<TenureUnit> tenureUnit;
    std::optional<bool> orderLines;
    std::optional<QString> cancellationPrefix;
    std::optional<bool> createCustomers;
    // Store customer keys as salted hashes, never as written (for keys a
    // team must not keep, such as e-mail addresses); see CustomerKeyHash.
    std::optional<bool> hashCustomerKeys;

    TenureUnit tenureUnitOrDefault() const { return tenureUnit.value_or(TenureUnit::Months); }
    bool groupsOrderLines() const { return orderLines.value_or(false); }
    bool createsCustomers() const { return createCustomers.value_or(false); }
    bool hashesCustomerKeys() const { return hashCustomerKeys.value_or(false); }
    QString prefixOrNone() const { return cancellationPrefix.value_or(QString()); }

    // The members `other` sets replace this one's.
    void overrideWith(const DerivationOptions &other);

    bool operator==(const DerivationOptions &other) const
    {
        return snapshotDate == other.snapshotDate && tenureUnit == other.tenureUnit
            && orderLines == other.orderLines && cancellationPrefix == other.cancellationPrefix
            && createCustomers == other.createCustomers
            && hashCustomerKeys == other.hashCustomerKeys;
    }

    // The profile's keys: "snapshot_date" (ISO), "tenure_unit" ("months" or
    // "days"), "order_lines", "cancellation_prefix", "create_customers",
    // "hash_customer_keys".
    void writeJson(QJsonObject &object) const;
    // False with a translated sentence when a key holds a wrong value.
    static bool readJson(const QJsonObject &object, DerivationOptions *options,
                         QString *errorMessage);

    // Which mapped Source fields derive something: tenure when the file has
    // no signup date; a churn flag when it has no churn date and a snapshot
    // date (or tenure) dates it; quantity and unit price when it has no
    // amount. The others are kept as extra attributes, as written.
    struct UsedSources
    {
        bool tenure = false;
        bool churnFlag = false;
        bool orderLines = false; // quantity and unit_price
    };
    UsedSources usedSources(const std::function<bool(QStringView)> &isMapped) const;

    // Whether a table's required stored `field` is given by the mapped
    // Source fields: signup_date by tenure, amount by quantity and unit_price.
    static bool derives(QStringView table, QStringView field,
                        const std::function<bool(QStringView)> &isMapped);
};
