// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalschema.h"

#include <QCoreApplication>

namespace {

using L = QLatin1String;

std::vector<TableSpec> makeTables()
{
    const std::vector<QLatin1String> channels
        = {L("phone"), L("social"), L("self_service"), L("email"), L("chat")};
    const std::vector<QLatin1String> sentiments = {L("positive"), L("neutral"), L("negative")};

    return {
        {CanonicalTable::Customers,
         L("customers"),
         L("customer_id"),
         {
             {L("customer_id"), FieldType::Text, true, {}, 0, 0},
             {L("signup_date"), FieldType::Date, true, {}, 0, 0},
             {L("churn_date"), FieldType::Date, false, {}, 0, 0},
             {L("monthly_revenue"), FieldType::Money, false, {}, 0, 0},
             {L("social_engaged"), FieldType::Boolean, false, {}, 0, 0},
             {L("first_social_date"), FieldType::Date, false, {}, 0, 0},
             {L("segment"), FieldType::Text, false, {}, 0, 0},
             {L("nps_score"), FieldType::Integer, false, {}, 0, 10},
             {L("at_risk_date"), FieldType::Date, false, {}, 0, 0},
             // A snapshot extract: months (or days) as a customer, and whether
             // the customer left, as of the snapshot date.
             {L("tenure"), FieldType::Integer, false, {}, 0, 0, FieldRole::Source},
             {L("churned"), FieldType::Boolean, false, {}, 0, 0, FieldRole::Source},
         },
         {
             // Created by an import of contacts or orders (--create-customers):
             // signup_date is the customer's first event in that file.
             {L("implied"), FieldType::Boolean, false, {}, 0, 0},
         }},
        {CanonicalTable::Contacts,
         L("contacts"),
         L("contact_id"),
         {
             {L("contact_id"), FieldType::Text, false, {}, 0, 0},
             {L("customer_id"), FieldType::Text, true, {}, 0, 0},
             {L("contact_date"), FieldType::Date, true, {}, 0, 0},
             {L("channel"), FieldType::Enumeration, true, channels, 0, 0},
             {L("handle_minutes"), FieldType::Number, false, {}, 0, 0},
             {L("resolved"), FieldType::Boolean, false, {}, 0, 0},
             {L("led_to_process_change"), FieldType::Boolean, false, {}, 0, 0},
             {L("cost"), FieldType::Money, false, {}, 0, 0},
         },
         {}},
        {CanonicalTable::Orders,
         L("orders"),
         L("order_id"),
         {
             {L("order_id"), FieldType::Text, false, {}, 0, 0},
             {L("customer_id"), FieldType::Text, true, {}, 0, 0},
             {L("order_date"), FieldType::Date, true, {}, 0, 0},
             {L("amount"), FieldType::Money, true, {}, 0, 0},
             {L("cross_sell"), FieldType::Boolean, false, {}, 0, 0},
             {L("product"), FieldType::Text, false, {}, 0, 0},
             // Order lines: amount = quantity × unit_price, summed per order.
             {L("quantity"), FieldType::Number, false, {}, 0, 0, FieldRole::Source},
             {L("unit_price"), FieldType::Money, false, {}, 0, 0, FieldRole::Source},
         },
         {
             // What cancellation lines took back from the order (amount is net).
             {L("returned_amount"), FieldType::Money, false, {}, 0, 0},
         }},
        {CanonicalTable::Mentions,
         L("mentions"),
         L("mention_id"),
         {
             {L("mention_id"), FieldType::Text, false, {}, 0, 0},
             {L("customer_id"), FieldType::Text, false, {}, 0, 0},
             {L("mention_date"), FieldType::Date, true, {}, 0, 0},
             {L("sentiment"), FieldType::Enumeration, true, sentiments, 0, 0},
             {L("reach"), FieldType::Integer, false, {}, 0, 0},
             {L("platform"), FieldType::Text, false, {}, 0, 0},
         },
         {}},
        {CanonicalTable::Improvements,
         L("improvements"),
         L("improvement_id"),
         {
             {L("improvement_id"), FieldType::Text, false, {}, 0, 0},
             {L("date"), FieldType::Date, true, {}, 0, 0},
             {L("title"), FieldType::Text, true, {}, 0, 0},
             {L("issues_addressed"), FieldType::Integer, false, {}, 0, 0},
             {L("customers_retained_per_year"), FieldType::Number, false, {}, 0, 0},
             {L("staff_hours_saved_per_year"), FieldType::Number, false, {}, 0, 0},
         },
         {}},
    };
}

} // namespace

const FieldSpec *TableSpec::field(QStringView fieldName) const
{
    const int index = fieldIndex(fieldName);
    return index < 0 ? nullptr : &fields[size_t(index)];
}

int TableSpec::fieldIndex(QStringView fieldName) const
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fieldName == fields[i].name)
            return int(i);
    }
    return -1;
}

std::vector<const FieldSpec *> TableSpec::storedColumns() const
{
    std::vector<const FieldSpec *> columns;
    for (const FieldSpec &spec : fields) {
        if (spec.isStored())
            columns.push_back(&spec);
    }
    for (const FieldSpec &spec : productColumns)
        columns.push_back(&spec);
    return columns;
}

const std::vector<TableSpec> &canonicalTables()
{
    static const std::vector<TableSpec> tables = makeTables();
    return tables;
}

const TableSpec &tableSpec(CanonicalTable table)
{
    return canonicalTables()[size_t(table)];
}

const TableSpec *tableSpecByName(QStringView name)
{
    for (const TableSpec &spec : canonicalTables()) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

QString sqlTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Boolean:
    case FieldType::Integer:
        return QStringLiteral("INTEGER");
    case FieldType::Number:
    case FieldType::Money:
        return QStringLiteral("REAL");
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Enumeration:
        break;
    }
    return QStringLiteral("TEXT");
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QCoreApplication::translate("FieldType", "text");
    case FieldType::Date:
        return QCoreApplication::translate("FieldType", "date");
    case FieldType::Boolean:
        //: A yes/no value
        return QCoreApplication::translate("FieldType", "yes/no");
    case FieldType::Integer:
        return QCoreApplication::translate("FieldType", "whole number");
    case FieldType::Number:
        return QCoreApplication::translate("FieldType", "number");
    case FieldType::Money:
        return QCoreApplication::translate("FieldType", "money");
    case FieldType::Enumeration:
        return QCoreApplication::translate("FieldType", "one of a list");
    }
    return QString();
}
