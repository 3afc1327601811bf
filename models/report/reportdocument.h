// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QPicture>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// What a report says, section by section (issue 6): ready-to-print texts in
// the report's locale and, wherever a cell shows a number, the number itself,
// so the XLSX sheets hold real numbers and the tests compare them with
// `metrics --format json`. Built by ReportBuilder, read by every writer
// (HTML, XLSX, PDF). Plain value types, safe to copy across threads.

// How a number of a cell is meant (the XLSX number format follows from it).
enum class ReportNumberKind {
    None, // text only
    Share, // 0-1, printed as a percentage
    ShareDifference, // difference of two shares, printed in percentage points
    Percent, // a ratio printed as a percentage (lift, ROI)
    Money, // in the report's currency
    Count, // whole number
    Number, // anything else (rates, minutes, scores)
    PValue,
    Date, // a calendar day, in ReportCell::moment
    DateTime, // a moment, in ReportCell::moment (local time)
};

struct ReportCell
{
    QString text; // as printed
    std::optional<double> number;
    ReportNumberKind kind = ReportNumberKind::None;
    QDateTime moment; // Date and DateTime kinds

    static ReportCell plain(const QString &text)
    {
        return {text, std::nullopt, ReportNumberKind::None, {}};
    }
    static ReportCell date(const QString &text, const QDate &day)
    {
        return {text, std::nullopt, ReportNumberKind::Date, QDateTime(day, QTime(0, 0))};
    }
    static ReportCell dateTime(const QString &text, const QDateTime &moment)
    {
        return {text, std::nullopt, ReportNumberKind::DateTime, moment};
    }
};

struct ReportRow
{
    std::vector<ReportCell> cells;
    bool emphasised = false; // totals
    QString id; // the engine's row name or component id, for writers that need it
};

struct ReportTable
{
    QStringList headers;
    std::vector<ReportRow> rows;
    // Columns holding numbers are right-aligned; the first column never is.
    std::vector<bool> numeric;
};

// A chart of a metric, already rendered on the GUI thread (charts are
// widgets), so that every writer can place it as vector graphics whatever
// thread it runs on: as SVG for HTML, as recorded paint commands for PDF
// (QSvgGenerator drops clipping, which the plot needs to hide what lies
// outside its axes; a QPicture keeps it).
struct ReportChartImage
{
    QString title;
    QByteArray svg; // a complete SVG document
    QPicture picture; // the same drawing, in the same coordinates
    QSizeF size; // layout size in 96-dpi pixels (the SVG's viewBox)
};

struct ReportFact
{
    ReportFact() = default;
    ReportFact(QString label, QString value, QList<QDate> dates = {})
        : label(std::move(label))
        , value(std::move(value))
        , dates(std::move(dates))
    { }

    QString label;
    QString value;
    // The dates the value states ("As of", a window's first and last day), so
    // that a spreadsheet holds them as dates rather than as the text.
    QList<QDate> dates;
};

struct ReportMetricSection
{
    QString id; // metric group id, e.g. "retention"
    QString title;
    QString valueText; // the money value in a sentence
    QString note; // plain-language explanation of the metric
    ReportTable table; // one row per engine row
    // Relationship only: the customer-base models' parameters by cohort,
    // with standard errors (empty for the other groups).
    ReportTable modelTable;
    QStringList warnings; // "Row label: sentence", one per row that has a warning
    std::vector<ReportChartImage> charts; // filled by the widgets layer
};

// One row of the project's import_log (SPEC section 2).
struct ReportImport
{
    QString tableName; // canonical table, e.g. "customers"
    QString fileName;
    QString sheet; // empty for CSV
    QString sha256;
    qint64 fileSize = 0;
    QDateTime importedAt;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
};

struct ReportMethodNote
{
    QString kind; // e.g. "Shares of customers"
    QString rows; // the rows it applies to, comma separated
    QString test;
    QString interval;
};

// The headings every writer uses, translated once.
struct ReportHeadings
{
    QString summary;
    QString keyFindings;
    QString roi;
    QString warnings;
    QString charts;
    QString assumptions;
    QString provenance;
    QString methods;
    QString contents;
    QString page; // "Page %1 of %2"
    QString social; // "Social cohort"
    QString control;
};

struct ReportDocument
{
    QLocale locale;
    QString title;
    QString subtitle;
    QString projectName;
    QString generatedText; // "Generated on …"
    std::vector<ReportFact> titleFacts; // project, as-of, filters, cohorts

    // Executive summary.
    QString roiSentence; // "Every €1 spent on social care returned …"
    QString roiText; // the ROI as printed, e.g. "245%"
    ReportTable roiTable; // components, total value, cost, net, ROI with low and high
    ReportChartImage roiChart; // the waterfall to the net value; filled by the widgets layer
    std::vector<ReportFact> keyFindings; // one headline row per metric
    QStringList resultWarnings;

    std::vector<ReportMetricSection> metrics;
    QString cohortLine; // "Social cohort: 3,695 customers · control cohort: …", as the panes say

    ReportTable assumptions;
    std::vector<ReportImport> imports;
    ReportTable provenanceTable; // one row per import; the SHA-256 is the last column
    qint64 rejectedRowsTotal = 0;
    QString provenanceSummary;

    std::vector<ReportMethodNote> methodNotes;
    ReportTable methodTable; // the notes as a table
    QStringList methodParagraphs; // filters, censoring, overlaps, warnings

    ReportHeadings headings;

    // The numbers behind the texts (for the charts and the XLSX charts).
    std::shared_ptr<const MetricsResult> result;
    QString currency; // ISO 4217

    const ReportMetricSection *section(const QString &id) const
    {
        for (const ReportMetricSection &candidate : metrics) {
            if (candidate.id == id)
                return &candidate;
        }
        return nullptr;
    }
};
