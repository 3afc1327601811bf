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
    // The effects to build in; tests vary them to see the metrics follow.
    DemoTruth truth;
};
