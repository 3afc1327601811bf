// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldnames.h"

#include <QCoreApplication>

namespace {

struct Label
{
    const char *name;
    const char *text;
};

// QT_TRANSLATE_NOOP keeps the texts visible to lupdate; translate() looks them up.
const Label fieldLabels[] = {
    {"customer_id", QT_TRANSLATE_NOOP("FieldLabels", "Customer ID")},
    {"signup_date", QT_TRANSLATE_NOOP("FieldLabels", "Signup date")},
    {"churn_date", QT_TRANSLATE_NOOP("FieldLabels", "Churn date")},
    {"monthly_revenue", QT_TRANSLATE_NOOP("FieldLabels", "Monthly revenue")},
    {"social_engaged", QT_TRANSLATE_NOOP("FieldLabels", "Social engaged")},
    {"first_social_date", QT_TRANSLATE_NOOP("FieldLabels", "First social contact")},
    {"segment", QT_TRANSLATE_NOOP("FieldLabels", "Segment")},
    {"nps_score", QT_TRANSLATE_NOOP("FieldLabels", "NPS score")},
    {"at_risk_date", QT_TRANSLATE_NOOP("FieldLabels", "At-risk date")},
    {"tenure", QT_TRANSLATE_NOOP("FieldLabels", "Tenure (gives the signup date)")},
    {"churned", QT_TRANSLATE_NOOP("FieldLabels", "Churned, yes or no (gives the churn date)")},
    {"implied", QT_TRANSLATE_NOOP("FieldLabels", "Implied (created by an import)")},
    {"contact_id", QT_TRANSLATE_NOOP("FieldLabels", "Contact ID")},
    {"contact_date", QT_TRANSLATE_NOOP("FieldLabels", "Contact date")},
    {"channel", QT_TRANSLATE_NOOP("FieldLabels", "Channel")},
    {"handle_minutes", QT_TRANSLATE_NOOP("FieldLabels", "Handle time (min)")},
    {"resolved", QT_TRANSLATE_NOOP("FieldLabels", "Resolved")},
    {"led_to_process_change", QT_TRANSLATE_NOOP("FieldLabels", "Led to process change")},
    {"cost", QT_TRANSLATE_NOOP("FieldLabels", "Cost")},
    {"order_id", QT_TRANSLATE_NOOP("FieldLabels", "Order ID")},
    {"order_date", QT_TRANSLATE_NOOP("FieldLabels", "Order date")},
    {"amount", QT_TRANSLATE_NOOP("FieldLabels", "Amount")},
    {"cross_sell", QT_TRANSLATE_NOOP("FieldLabels", "Cross-sell")},
    {"product", QT_TRANSLATE_NOOP("FieldLabels", "Product")},
    {"quantity", QT_TRANSLATE_NOOP("FieldLabels", "Quantity (× unit price gives the amount)")},
    {"unit_price", QT_TRANSLATE_NOOP("FieldLabels", "Unit price")},
    {"returned_amount", QT_TRANSLATE_NOOP("FieldLabels", "Returned amount")},
    {"mention_id", QT_TRANSLATE_NOOP("FieldLabels", "Mention ID")},
    {"mention_date", QT_TRANSLATE_NOOP("FieldLabels", "Mention date")},
    {"sentiment", QT_TRANSLATE_NOOP("FieldLabels", "Sentiment")},
    //: Of a social-media mention: how many people could see it (audience)
    {"reach", QT_TRANSLATE_NOOP("FieldLabels", "Reach")},
    {"platform", QT_TRANSLATE_NOOP("FieldLabels", "Platform")},
    {"improvement_id", QT_TRANSLATE_NOOP("FieldLabels", "Improvement ID")},
    {"date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"title", QT_TRANSLATE_NOOP("FieldLabels", "Title")},
    {"issues_addressed", QT_TRANSLATE_NOOP("FieldLabels", "Issues addressed")},
    {"customers_retained_per_year", QT_TRANSLATE_NOOP("FieldLabels", "Customers retained a year")},
    {"staff_hours_saved_per_year", QT_TRANSLATE_NOOP("FieldLabels", "Staff hours saved a year")},
};

const Label tableLabels[] = {
    {"customers", QT_TRANSLATE_NOOP("FieldLabels", "Customers")},
    {"contacts", QT_TRANSLATE_NOOP("FieldLabels", "Contacts")},
    {"orders", QT_TRANSLATE_NOOP("FieldLabels", "Orders")},
    {"mentions", QT_TRANSLATE_NOOP("FieldLabels", "Mentions")},
    {"improvements", QT_TRANSLATE_NOOP("FieldLabels", "Improvements")},
};

const Label importLogLabels[] = {
    {"file_name", QT_TRANSLATE_NOOP("FieldLabels", "File")},
    {"rows_read", QT_TRANSLATE_NOOP("FieldLabels", "Rows read")},
};

template<size_t N>
QString lookup(const Label (&labels)[N], QStringView name)
{
    for (const Label &label : labels) {
        if (name == QLatin1String(label.name))
            return QCoreApplication::translate("FieldLabels", label.text);
    }
    return name.toString();
}

} // namespace

QString fieldLabel(QStringView field)
{
    return lookup(fieldLabels, field);
}

QString tableLabel(QStringView table)
{
    return lookup(tableLabels, table);
}

QString importLogLabel(QStringView column)
{
    return lookup(importLogLabels, column);
}
