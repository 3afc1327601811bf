// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QLocale>
#include <QString>

// The ROI in words, one wording for the ROI pane and every report: what
// every unit spent returned over the analysis window, whether that is an
// estimate (and how it was made) or the naive comparison, whether the money
// is revenue or profit, and which part rests on figures entered by hand.
namespace RoiWording {

QString sentence(const RoiSummary &roi, const QLocale &locale = QLocale());
// How the range of the value and of the ROI was found: the bootstrap of the
// whole calculation, or its linear approximation.
QString intervalSentence(const RoiSummary &roi, const QLocale &locale = QLocale());
// What the lifetime value of the relationship pane means and the
// assumptions it rests on (margin, discount rate, horizon), for the pane
// and the report's lifetime value section.
QString lifetimeValueSentence(const RoiSummary &roi, const QLocale &locale = QLocale());
// The saves' money line, for the pane and the report: the extra saves
// valued at what a saved customer is still worth over their remaining
// lifetime, not a yearly figure. Empty when the group has no value.
QString savesValueSentence(const MetricGroup &saves, const QString &currency,
                           const QLocale &locale = QLocale());

// For a part shown inside another group whose own estimate did not fit
// inside the whole (MetricGroup::valueAlone): that estimate, and why only
// the whole's value (or nothing) is counted inside. Empty otherwise.
QString partSentence(const MetricGroup &part, const QString &currency,
                     const QLocale &locale = QLocale());

} // namespace RoiWording
