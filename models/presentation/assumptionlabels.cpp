// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptionlabels.h"

#include "canonicalschema.h"
#include "commontext.h"

#include <QCoreApplication>

// The texts are filed under the "AssumptionsModel" context of the
// translations, where the assumptions editor has always read them.
namespace {

struct KeyLabel
{
    const char *key;
    const char *text;
};

const KeyLabel keyLabels[] = {
    {"cost_per_contact_phone", QT_TRANSLATE_NOOP("AssumptionsModel", "Cost of a phone contact")},
    {"cost_per_contact_social",
     QT_TRANSLATE_NOOP("AssumptionsModel", "Cost of a social-media contact")},
    {"cost_per_contact_self_service",
     QT_TRANSLATE_NOOP("AssumptionsModel", "Cost of a self-service session")},
    {"cost_per_contact_email", QT_TRANSLATE_NOOP("AssumptionsModel", "Cost of an email contact")},
    {"cost_per_contact_chat", QT_TRANSLATE_NOOP("AssumptionsModel", "Cost of a chat contact")},
    {"staff_hourly_cost", QT_TRANSLATE_NOOP("AssumptionsModel", "Staff cost per hour")},
    {"programme_cost_per_month", QT_TRANSLATE_NOOP("AssumptionsModel", "Programme cost per month")},
    {"programme_launch_date", QT_TRANSLATE_NOOP("AssumptionsModel", "Programme launch date")},
    {"as_of_date", QT_TRANSLATE_NOOP("AssumptionsModel", "Analysis as-of date")},
    //: The number of months over which the money values and the ROI are added up
    {"horizon_months", QT_TRANSLATE_NOOP("AssumptionsModel", "Horizon")},
    //: Days an at-risk customer has to still be a customer to count as saved (retained), not saving a file
    {"save_window_days", QT_TRANSLATE_NOOP("AssumptionsModel", "Save window")},
    {"currency", QT_TRANSLATE_NOOP("AssumptionsModel", "Currency")},
    {"annual_discount_rate", QT_TRANSLATE_NOOP("AssumptionsModel", "Annual discount rate")},
    {"value_of_promoter", QT_TRANSLATE_NOOP("AssumptionsModel", "Value of one promoter")},
    //: Share of revenue that is profit, between 0 and 1; empty until the user sets it
    {"contribution_margin", QT_TRANSLATE_NOOP("AssumptionsModel", "Contribution margin")},
    //: How a segment or date filter is charged the programme's cost and the figures entered for the whole project
    {"programme_allocation",
     QT_TRANSLATE_NOOP("AssumptionsModel", "Programme cost under a filter")},
};

// The values of the Choice assumptions, by stored text.
const KeyLabel choiceLabels[] = {
    {"social_customers",
     QT_TRANSLATE_NOOP("AssumptionsModel", "Share of the social customers in the selection")},
    {"all_customers",
     QT_TRANSLATE_NOOP("AssumptionsModel", "Share of all customers in the selection")},
    {"none", QT_TRANSLATE_NOOP("AssumptionsModel", "Whole amount to every selection")},
};

} // namespace

namespace AssumptionLabels {

QString title()
{
    return QCoreApplication::translate("AssumptionsModel", "Assumptions");
}

QString monthCount(int months)
{
    return QCoreApplication::translate("AssumptionsModel", "%n month(s)", nullptr, months);
}

QString dayCount(int days)
{
    return QCoreApplication::translate("AssumptionsModel", "%n day(s)", nullptr, days);
}

QStringList headers()
{
    return {QCoreApplication::translate("AssumptionsModel", "Assumption"),
            CommonText::valueHeader(), CommonText::unitHeader()};
}

QString keyLabel(QLatin1String key)
{
    for (const KeyLabel &label : keyLabels) {
        if (key == QLatin1String(label.key))
            return QCoreApplication::translate("AssumptionsModel", label.text);
    }
    return QString(key);
}

QString choiceLabel(const QString &value)
{
    for (const KeyLabel &label : choiceLabels) {
        if (value == QLatin1String(label.key))
            return QCoreApplication::translate("AssumptionsModel", label.text);
    }
    return value;
}

QString unitLabel(Assumptions::Unit unit, const QString &currency)
{
    switch (unit) {
    case Assumptions::Unit::Money:
        return currency;
    case Assumptions::Unit::MoneyPerHour:
        //: unit of an hourly cost, %1 is a currency code such as EUR
        return QCoreApplication::translate("AssumptionsModel", "%1 per hour").arg(currency);
    case Assumptions::Unit::MoneyPerMonth:
        return QCoreApplication::translate("AssumptionsModel", "%1 per month").arg(currency);
    case Assumptions::Unit::Date:
        return fieldTypeName(FieldType::Date);
    case Assumptions::Unit::Months:
        return QCoreApplication::translate("AssumptionsModel", "months");
    case Assumptions::Unit::Days:
        return QCoreApplication::translate("AssumptionsModel", "days");
    case Assumptions::Unit::Rate:
        return QCoreApplication::translate("AssumptionsModel", "per year");
    case Assumptions::Unit::Share:
        return QCoreApplication::translate("AssumptionsModel", "share of revenue");
    case Assumptions::Unit::Currency:
        return QCoreApplication::translate("AssumptionsModel", "ISO code");
    case Assumptions::Unit::Choice:
        //: unit of an assumption chosen from a list, such as the rule that charges a filter's cost
        return QCoreApplication::translate("AssumptionsModel", "rule");
    }
    return QString();
}

} // namespace AssumptionLabels
