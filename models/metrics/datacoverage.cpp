// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacoverage.h"

#include "projectdata.h"

#include <QCoreApplication>

#include <algorithm>

DataCoverage DataCoverage::of(const ProjectData &data)
{
    const CustomerColumns &customers = data.customers;
    const auto dated = [](const std::vector<std::int32_t> &days) {
        return qint64(
            std::count_if(days.begin(), days.end(), [](std::int32_t day) { return day >= 0; }));
    };
    DataCoverage coverage;
    coverage.customers = qint64(customers.size());
    coverage.churnDates = dated(customers.churnDay);
    coverage.atRiskFlags = dated(customers.atRiskDay);
    coverage.npsAnswers = qint64(std::count_if(customers.npsScore.begin(), customers.npsScore.end(),
                                               [](std::int8_t score) { return score >= 0; }));
    coverage.contacts = qint64(data.contacts.day.size());
    coverage.orders = qint64(data.orders.day.size());
    coverage.mentions = qint64(data.mentions.day.size());
    return coverage;
}

namespace MissingDataText {

QString id(MissingData missing)
{
    switch (missing) {
    case MissingData::None:
        break;
    case MissingData::Customers:
        return QStringLiteral("customers");
    case MissingData::SocialCohort:
        return QStringLiteral("social_cohort");
    case MissingData::ControlCohort:
        return QStringLiteral("control_cohort");
    case MissingData::SocialDates:
        return QStringLiteral("social_dates");
    case MissingData::ChurnDates:
        return QStringLiteral("churn_dates");
    case MissingData::Contacts:
        return QStringLiteral("contacts");
    case MissingData::AtRiskFlags:
        return QStringLiteral("at_risk_flags");
    case MissingData::ScoresAndMentions:
        return QStringLiteral("nps_or_mentions");
    case MissingData::Orders:
        return QStringLiteral("orders");
    }
    return QString();
}

QString sentence(MissingData missing)
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("MissingData", text); };
    switch (missing) {
    case MissingData::None:
        break;
    case MissingData::Customers:
        return tr("No customers yet: import the customers file (customer_id and signup_date) to "
                  "measure anything.");
    case MissingData::SocialCohort:
        return tr(
            "No customer in this selection dealt with the social care team, so there is nothing "
            "to compare: import the contacts file with its channel column (social), or the "
            "customers file with its social_engaged or first_social_date column, or widen "
            "the filters.");
    case MissingData::ControlCohort:
        return tr(
            "Every customer in this selection dealt with the social care team, so there is no "
            "one to compare them with: import the other customers too (customers file), "
            "or widen the filters.");
    case MissingData::SocialDates:
        return tr("No social customer in this selection has a date of first contact with the "
                  "social care team on or after the programme launch, so nothing can be estimated "
                  "from it: import the customers file with its first_social_date column, or the "
                  "contacts file with its channel column (social).");
    case MissingData::ChurnDates:
        return tr("No customer has a churn date, so retention cannot be estimated: import the "
                  "customers file with its churn_date column.");
    case MissingData::Contacts:
        return tr("No contacts are imported, so support cost and self-service cannot be "
                  "measured: import the contacts file (customer_id, contact_date, channel).");
    case MissingData::AtRiskFlags:
        return tr("No customer is flagged at risk, so saves cannot be counted: import the "
                  "customers file with its at_risk_date column.");
    case MissingData::ScoresAndMentions:
        return tr("No recommendation scores and no mentions, so promoters cannot be counted: "
                  "import the customers file with its nps_score column, or the mentions file "
                  "(mention_date, sentiment).");
    case MissingData::Orders:
        return tr("No orders are imported, so purchases cannot be compared: import the orders "
                  "file (customer_id, order_date, amount).");
    }
    return QString();
}

} // namespace MissingDataText

MissingData missingDataFor(const QString &groupId, const DataCoverage &coverage,
                           qint64 socialCustomers, qint64 controlCustomers)
{
    if (coverage.customers == 0)
        return MissingData::Customers;
    // Figures entered by hand need no cohort.
    if (groupId == QLatin1String("process_innovation"))
        return MissingData::None;
    if (socialCustomers == 0)
        return MissingData::SocialCohort;
    if (controlCustomers == 0)
        return MissingData::ControlCohort;
    if (groupId == QLatin1String("retention") && coverage.churnDates == 0)
        return MissingData::ChurnDates;
    if ((groupId == QLatin1String("operational_cost") || groupId == QLatin1String("self_service"))
        && coverage.contacts == 0)
        return MissingData::Contacts;
    if (groupId == QLatin1String("saves") && coverage.atRiskFlags == 0)
        return MissingData::AtRiskFlags;
    if (groupId == QLatin1String("raves") && coverage.npsAnswers == 0 && coverage.mentions == 0)
        return MissingData::ScoresAndMentions;
    if ((groupId == QLatin1String("cross_sell") || groupId == QLatin1String("relationship"))
        && coverage.orders == 0)
        return MissingData::Orders;
    return MissingData::None;
}
