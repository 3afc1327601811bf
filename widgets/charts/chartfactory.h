// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortchart.h"
#include "metricresult.h"
#include "survivalchart.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QStringView>

#include <memory>
#include <optional>

// The charts of a metric group, made and filled as the metric panes show
// them: a survival curve for retention, the NPS bars and the mentions for
// raves, grouped bars for the others (ChartRows gives the rows), and the
// group's first monthly series. Shared by `socialroi chart`, the report and
// (so that they stay the same rendering) anything else that needs a metric's
// chart outside its pane. GUI thread only, as every widget.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    enum class Kind {
        Main, // the group's own chart
        Second, // mentions (raves), revenue per order (relationship)
        Series, // the first monthly series
        // Relationship: the BG/NBD model checks.
        Tracking, // cumulative repeat orders, counted and expected, by week
        RepeatCounts, // customers by repeat orders, counted and expected
        Alive, // customers by P(alive)
    };

    // The kinds a group has, in the pane's order.
    static QList<Kind> kinds(QStringView groupId);
    // "main", "second", "series", "tracking", "repeat_counts", "alive"
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);

    // A chart of `kind` for `group`, titled and filled, its ticks in `locale`
    // and its texts in `font`; nullptr when the group has no such chart.
    // `currency` is the project's ISO code (RoiSummary::currency). The chart
    // has no parent: give it one with release() to put it in a layout.
    static std::unique_ptr<CohortChart> create(const MetricGroup &group, Kind kind,
                                               const QString &currency,
                                               const QLocale &locale = QLocale(),
                                               const QFont &font = QFont());

    // The two halves of create(), for a pane that keeps its charts and fills
    // them again with each result: an empty chart of the class the kind needs
    // (SurvivalChart, NpsChart, MentionsChart, MonthlySeriesChart,
    // RepeatTrackingChart, RepeatCountChart or CohortBarChart), and its title
    // and data for `group`.
    static std::unique_ptr<CohortChart> createEmpty(QStringView groupId, Kind kind);
    static void fill(CohortChart &chart, const MetricGroup &group, Kind kind,
                     const QString &currency);
    static QString title(const MetricGroup &group, Kind kind);
    // Retention's time zero: the adjusted estimate (which keeps the naive
    // curves beside its own) follows from the first social contact.
    static SurvivalChart::Origin survivalOrigin(const MetricGroup &group);
    // The sides a chart of these rows compares: the estimate's when every
    // row is estimated (SPEC section 4a), else the cohorts as they are.
    static CohortChart::Sides sidesOf(const MetricGroup &group, const QStringList &rows);
};
