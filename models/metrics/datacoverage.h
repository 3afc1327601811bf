// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

class ProjectData;

// How much of the data the metrics rest on the project holds, counted over
// the whole project (not the selection): a metric whose data is absent gives
// no verdict, and the window says which file to import (issue 18, "no
// verdict without the data for it").
struct DataCoverage
{
    qint64 customers = 0;
    qint64 churnDates = 0; // customers with a churn_date
    qint64 atRiskFlags = 0; // customers with an at_risk_date
    qint64 npsAnswers = 0; // customers with an nps_score
    qint64 contacts = 0;
    qint64 orders = 0;
    qint64 mentions = 0;

    static DataCoverage of(const ProjectData &data);
};

// The data a metric group (or the whole result) lacks, from the most
// fundamental: without customers nothing else counts.
enum class MissingData {
    None,
    Customers, // no customer at all
    SocialCohort, // no social customer in the selection to compare
    ControlCohort, // no other customer in the selection to compare with
    // Adjusted method: social customers, but none with a first social
    // contact (a date) to be compared from.
    SocialDates,
    ChurnDates, // retention
    Contacts, // operational cost, self-service
    AtRiskFlags, // saves
    ScoresAndMentions, // raves: no nps_score and no mention
    Orders, // cross-sell, relationship
};

namespace MissingDataText {

// The stable id used in the JSON: "customers", "social_cohort",
// "control_cohort", "social_dates", "churn_dates", "contacts", "at_risk_flags",
// "nps_or_mentions", "orders"; empty for None.
QString id(MissingData missing);
// What is missing and which file (and column) to import, in plain words:
// the one wording of the panes, the ROI pane and the reports.
QString sentence(MissingData missing);

} // namespace MissingDataText

// What a metric group needs that the data lacks, given the project's
// coverage and the cohorts of the selection; None when it can be measured.
MissingData missingDataFor(const QString &groupId, const DataCoverage &coverage,
                           qint64 socialCustomers, qint64 controlCustomers);
