// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assumptions.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <vector>

// The method notes of a report: which test and which interval stand behind
// each kind of row the result holds (docs/metrics.md, in a manager's words),
// and the paragraphs on the design of the estimate (or the naive
// comparison), censoring, warnings and how the ROI adds up over its window.
class ReportMethods
{
    Q_DECLARE_TR_FUNCTIONS(ReportMethods)

public:
    enum class RowKind {
        Survival,
        LogRank,
        RestrictedMean,
        Proportion,
        Rate,
        Mean,
        Nps,
        Cost,
        Descriptive
    };

    static RowKind rowKind(const MetricRow &row);
    // One note per kind of row present in the result, in the order above.
    static std::vector<ReportMethodNote> notes(const MetricsResult &result);
    static QStringList paragraphs(const MetricsResult &result, const QLocale &locale);
    // The adjusted estimate's design, who was compared, balance, E-value and
    // assumptions, in words (SPEC section 4a).
    static QStringList designParagraphs(const Adjustment &adjustment, const QLocale &locale);
    // What the customers compared resemble each other in: "segment, tenure
    // and monthly revenue", and the extra attributes asked for.
    static QString comparedAttributes(const Adjustment &adjustment);
};
