// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <vector>

// What the filter bar offers (SPEC section 6): the values of the customers'
// segment column and the customers' extra attributes ("region=North"), with
// how many customers each holds, the range of signup dates and the programme
// launch (for the date presets).
//
// Thread rules: load() opens its own read-only connection and may run on any
// thread; the result is a plain value.
struct SegmentChoices
{
    struct Choice
    {
        QString filter; // as MetricFilters::segment takes it: "Business" or "region=North"
        qint64 customers = 0;
    };

    std::vector<Choice> segments;
    std::vector<Choice> attributes;
    QDate firstSignup; // invalid when there are no customers
    QDate lastSignup;
    // The programme launch: the assumption, else the earliest social contact
    // (invalid when neither is known).
    QDate launch;
    QString error; // translated sentence; empty on success

    static SegmentChoices load(const QString &projectPath);
};
