// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The sentences about one metric that a manager reads under its title, the
// same in the window's pane, the reports and the slides.
namespace MetricWording {

// What the metric is worth: "Worth about €134,148 a year (between €110,234
// and €158,063).", or why it has no money value.
QString valueLine(const MetricGroup &group, const RoiSummary &roi,
                  const QLocale &locale = QLocale());

// Who is compared: "Social cohort: 3,695 customers · control cohort: 16,301
// customers · as of 31 Dec 2025".
QString cohortLine(const MetricsResult &result, const QLocale &locale = QLocale());

} // namespace MetricWording
