// SPDX-License-Identifier: GPL-3.0-or-later
#include "derivationoptions.h"

namespace {

const QLatin1String snapshotKey("snapshot_date");
const QLatin1String tenureUnitKey("tenure_unit");
const QLatin1String orderLinesKey("order_lines");
const QLatin1String prefixKey("cancellation_prefix");
const QLatin1String createKey("create_customers");
const QLatin1String hashKey("hash_customer_keys");

} // namespace

void DerivationOptions::overrideWith(const DerivationOptions &other)
{
    if (other.snapshotDate)
        snapshotDate = other.snapshotDate;
    if (other.tenureUnit)
        tenureUnit = other.tenureUnit;
    if (other.orderLines)
        orderLines = other.orderLines;
    if (other.cancellationPrefix)
        cancellationPrefix = other.cancellationPrefix;
    if (other.createCustomers)
        createCustomers = other.createCustomers;
    if (other.hashCustomerKeys)
        hashCustomerKeys = other.hashCustomerKeys;
}

void DerivationOptions::writeJson(QJsonObject &object) const
{
    if (snapshotDate)
        object.insert(snapshotKey, snapshotDate->toString(Qt::ISODate));
    if (tenureUnit) {
        object.insert(tenureUnitKey,
                      *tenureUnit == TenureUnit::Days ? QLatin1String("days")
                                                      : QLatin1String("months"));
    }
    if (orderLines)
        object.insert(orderLinesKey, *orderLines);
    if (cancellationPrefix)
        object.insert(prefixKey, *cancellationPrefix);
    if (createCustomers)
        object.insert(createKey, *createCustomers);
    if (hashCustomerKeys)
        object.insert(hashKey, *hashCustomerKeys);
}

bool DerivationOptions::readJson(const QJsonObject &object, DerivationOptions *options,
                                 QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    DerivationOptions read;
    const QJsonValue snapshot = object.value(snapshotKey);
    if (!snapshot.isUndefined() && !snapshot.isNull()) {
        const QDate date = QDate::fromString(snapshot.toString(), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("\"%1\" must be a date written YYYY-MM-DD.").arg(snapshotKey));
        read.snapshotDate = date;
    }
    const QJsonValue unit = object.value(tenureUnitKey);
    if (!unit.isUndefined() && !unit.isNull()) {
        if (unit.toString() == QLatin1String("months"))
            read.tenureUnit = TenureUnit::Months;
        else if (unit.toString() == QLatin1String("days"))
            read.tenureUnit = TenureUnit::Days;
        else
            return fail(tr("\"%1\" must be \"months\" or \"days\".").arg(tenureUnitKey));
    }
    for (const auto &[key, target] :
         {std::pair {orderLinesKey, &read.orderLines}, std::pair {createKey, &read.createCustomers},
          std::pair {hashKey, &read.hashCustomerKeys}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isBool())
            return fail(tr("\"%1\" must be true or false.").arg(key));
        *target = value.toBool();
    }
    const QJsonValue prefix = object.value(prefixKey);
    if (!prefix.isUndefined() && !prefix.isNull()) {
        if (!prefix.isString())
            return fail(tr("\"%1\" must be text, such as \"C\".").arg(prefixKey));
        read.cancellationPrefix = prefix.toString();
    }
    *options = read;
    return true;
}

DerivationOptions::UsedSources
DerivationOptions::usedSources(const std::function<bool(QStringView)> &isMapped) const
{
    UsedSources used;
    used.tenure = !isMapped(u"signup_date") && isMapped(u"tenure");
    used.churnFlag = !isMapped(u"churn_date") && isMapped(u"churned")
        && (snapshotDate.has_value() || used.tenure);
    used.orderLines = !isMapped(u"amount") && isMapped(u"quantity") && isMapped(u"unit_price");
    return used;
}

bool DerivationOptions::derives(QStringView table, QStringView field,
                                const std::function<bool(QStringView)> &isMapped)
{
    if (table == QLatin1String("customers") && field == QLatin1String("signup_date"))
        return isMapped(u"tenure");
    if (table == QLatin1String("orders") && field == QLatin1String("amount"))
        return isMapped(u"quantity") && isMapped(u"unit_price");
    return false;
}
