// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptions.h"

#include "sqliteconnection.h"

#include <iterator>
#include <optional>

namespace {

using L = QLatin1String;

const L costKeys[channelCount] = {
    L("cost_per_contact_phone"), L("cost_per_contact_social"), L("cost_per_contact_self_service"),
    L("cost_per_contact_email"), L("cost_per_contact_chat"),
};

const L allocationNames[] = {L("social_customers"), L("all_customers"), L("none")};

std::optional<double> parseNonNegative(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

QLatin1String channelName(Channel channel)
{
    static const L names[channelCount]
        = {L("phone"), L("social"), L("self_service"), L("email"), L("chat")};
    return names[size_t(channel)];
}

QLatin1String Assumptions::allocationName(ProgrammeAllocation allocation)
{
    return allocationNames[size_t(allocation)];
}

std::vector<QLatin1String> Assumptions::choices(QLatin1String key)
{
    if (key == L("programme_allocation"))
        return {std::begin(allocationNames), std::end(allocationNames)};
    return {};
}

const std::vector<Assumptions::Spec> &Assumptions::specs()
{
    static const std::vector<Spec> list = {
        {costKeys[0], Unit::Money, L("6.00")},
        {costKeys[1], Unit::Money, L("1.00")},
        {costKeys[2], Unit::Money, L("0.10")},
        {costKeys[3], Unit::Money, L("2.50")},
        {costKeys[4], Unit::Money, L("4.00")},
        {L("staff_hourly_cost"), Unit::MoneyPerHour, L("30.00")},
        {L("programme_cost_per_month"), Unit::MoneyPerMonth, L("12000.00")},
        {L("programme_launch_date"), Unit::Date, L("")},
        {L("as_of_date"), Unit::Date, L("")},
        {L("horizon_months"), Unit::Months, L("12")},
        {L("save_window_days"), Unit::Days, L("90")},
        {L("currency"), Unit::Currency, L("EUR")},
        {L("annual_discount_rate"), Unit::Rate, L("0.08")},
        {L("value_of_promoter"), Unit::Money, L("0")},
        // Empty: not set, and every ROI view says it shows revenue, not profit.
        {L("contribution_margin"), Unit::Share, L("")},
        {L("programme_allocation"), Unit::Choice, allocationNames[0]},
    };
    return list;
}

Assumptions Assumptions::defaults()
{
    Assumptions assumptions;
    for (const Spec &spec : specs())
        assumptions.setValue(spec.key, spec.defaultValue);
    return assumptions;
}

bool Assumptions::setValue(QLatin1String key, const QString &text)
{
    for (int channel = 0; channel < channelCount; ++channel) {
        if (key == costKeys[channel]) {
            const auto value = parseNonNegative(text);
            if (value)
                costPerContact[size_t(channel)] = *value;
            return value.has_value();
        }
    }
    auto setMoney = [&text](double &target) {
        const auto value = parseNonNegative(text);
        if (value)
            target = *value;
        return value.has_value();
    };
    auto setDate = [&text](QDate &target) {
        if (text.isEmpty()) {
            target = QDate();
            return true;
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return false;
        target = date;
        return true;
    };
    auto setCount = [&text](int &target, int minimum, int maximum) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < minimum || value > maximum)
            return false;
        target = value;
        return true;
    };

    if (key == L("staff_hourly_cost"))
        return setMoney(staffHourlyCost);
    if (key == L("programme_cost_per_month"))
        return setMoney(programmeCostPerMonth);
    if (key == L("programme_launch_date"))
        return setDate(programmeLaunchDate);
    if (key == L("as_of_date"))
        return setDate(asOfDate);
    if (key == L("horizon_months"))
        return setCount(horizonMonths, 1, 120);
    if (key == L("save_window_days"))
        return setCount(saveWindowDays, 1, 730);
    if (key == L("currency")) {
        const QString code = text.trimmed().toUpper();
        if (code.size() != 3)
            return false;
        currency = code;
        return true;
    }
    if (key == L("annual_discount_rate")) {
        const auto value = parseNonNegative(text);
        if (!value || *value >= 1)
            return false;
        annualDiscountRate = *value;
        return true;
    }
    if (key == L("value_of_promoter"))
        return setMoney(valueOfPromoter);
    if (key == L("contribution_margin")) {
        if (text.trimmed().isEmpty()) {
            contributionMargin.reset();
            return true;
        }
        const auto value = parseNonNegative(text);
        if (!value || *value > 1)
            return false;
        contributionMargin = *value;
        return true;
    }
    if (key == L("programme_allocation")) {
        const QString name = text.trimmed();
        for (std::size_t i = 0; i < std::size(allocationNames); ++i) {
            if (name == allocationNames[i]) {
                programmeAllocation = ProgrammeAllocation(i);
                return true;
            }
        }
        return false;
    }
    return false;
}

QString Assumptions::value(QLatin1String key) const
{
    for (int channel = 0; channel < channelCount; ++channel) {
        if (key == costKeys[channel])
            return QString::number(costPerContact[size_t(channel)], 'f', 2);
    }
    if (key == L("staff_hourly_cost"))
        return QString::number(staffHourlyCost, 'f', 2);
    if (key == L("programme_cost_per_month"))
        return QString::number(programmeCostPerMonth, 'f', 2);
    if (key == L("programme_launch_date"))
        return programmeLaunchDate.isValid() ? programmeLaunchDate.toString(Qt::ISODate)
                                             : QString();
    if (key == L("as_of_date"))
        return asOfDate.isValid() ? asOfDate.toString(Qt::ISODate) : QString();
    if (key == L("horizon_months"))
        return QString::number(horizonMonths);
    if (key == L("save_window_days"))
        return QString::number(saveWindowDays);
    if (key == L("currency"))
        return currency;
    if (key == L("annual_discount_rate"))
        return QString::number(annualDiscountRate, 'g', 10);
    if (key == L("value_of_promoter"))
        return QString::number(valueOfPromoter, 'f', 2);
    if (key == L("contribution_margin"))
        return contributionMargin ? QString::number(*contributionMargin, 'g', 10) : QString();
    if (key == L("programme_allocation"))
        return allocationName(programmeAllocation);
    return QString();
}

Assumptions Assumptions::load(SqliteConnection &connection)
{
    Assumptions assumptions = defaults();
    SqliteStatement query = connection.prepare("SELECT key, value FROM assumptions");
    while (query.step()) {
        const QString key = query.text(0);
        // An unreadable stored value keeps its default; the editor shows it.
        assumptions.setValue(QLatin1String(key.toLatin1()), query.text(1));
    }
    return assumptions;
}

void Assumptions::save(SqliteConnection &connection) const
{
    SqliteTransaction transaction(connection);
    SqliteStatement upsert
        = connection.prepare("INSERT INTO assumptions (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const Spec &spec : specs()) {
        upsert.bind(1, QString(spec.key));
        upsert.bind(2, value(spec.key).isNull() ? QString(QLatin1String("")) : value(spec.key));
        upsert.execute();
    }
    transaction.commit();
}

AssumptionsRead Assumptions::readFile(const QString &projectPath)
{
    AssumptionsRead result;
    try {
        SqliteConnection connection;
        connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly,
                               SqliteConnection::Wait::No);
        result.assumptions = load(connection);
    } catch (const SqliteError &error) {
        result.busy = error.isBusy();
        result.error = error.message();
    }
    return result;
}

QString Assumptions::saveFile(const QString &projectPath) const
{
    try {
        SqliteConnection connection;
        connection.openOrThrow(projectPath, SqliteConnection::Access::ReadWrite);
        save(connection);
        return QString();
    } catch (const SqliteError &error) {
        return error.message();
    }
}

void Assumptions::writeDefaults(SqliteConnection &connection)
{
    SqliteStatement insert
        = connection.prepare("INSERT OR IGNORE INTO assumptions (key, value) VALUES (?, ?)");
    for (const Spec &spec : specs()) {
        insert.bind(1, QString(spec.key));
        insert.bind(2, QString(spec.defaultValue));
        insert.execute();
    }
}
