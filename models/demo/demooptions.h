// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demotruth.h"

#include <QDate>

// What the demo generator writes (SPEC section 7).
struct DemoOptions
{
    qint64 customers = 20000;
    quint64 seed = 20240501;
    // Fixed, not "today", so the same seed gives the same file on any day.
    QDate asOf = QDate(2025, 12, 31);
    // Signups spread over this many days before the as-of date.
    int historyDays = 4 * 365;
    // The social programme's start (programme_launch_date): nobody reaches
    // the social team before it.
    QDate programmeLaunch = QDate(2023, 7, 1);
    // The process to simulate; tests vary it to see the metrics follow.
    DemoTruth truth;
};
