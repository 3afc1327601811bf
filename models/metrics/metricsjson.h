// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

// The JSON form of a MetricsResult: the contract of `socialroi metrics
// --format json` (SPEC section 5).
//
// Keys and ids are the SPEC's. Every number is a plain JSON number in the C
// locale that reads back to the same double; a missing (std::nullopt) or
// non-finite value, and an invalid date, is null. A row's "statistic" appears
// only when the row carries a test, "ratio", "ratio_ci_low" and
// "ratio_ci_high" only when it carries a ratio; a group's "value_low",
// "value_high" and "included_in" only when set, "curves" only when the group
// has Kaplan-Meier curves (retention). Pure functions, safe on any thread.
namespace MetricsJson {

QJsonObject toObject(const MetricsResult &result);

// The document as UTF-8 bytes; the indented form ends with a newline.
QByteArray toJson(const MetricsResult &result,
                  QJsonDocument::JsonFormat format = QJsonDocument::Indented);

} // namespace MetricsJson
