// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QJsonObject>
#include <QString>

#include <functional>

// The XLSX form of a report: a Summary sheet (facts, the ROI sentence and
// table, key findings, a chart of the ROI components), one sheet per metric
// (its table with real numbers and number formats, and a native clustered
// column chart of social vs control), then assumptions, data provenance and
// method notes.
//
// The workbook is written by a separate executable, socialroi-xlsx-writer,
// from a JSON description (spec()): libxlsxwriter and QuaZip (which the
// application links to read XLSX files) both export minizip's zip functions
// with different signatures, and libxlsxwriter crashes in workbook_close when
// both are loaded in one process. The helper links Qt Core and libxlsxwriter
// only. app/xlsxwriter/README.md describes the JSON.
namespace XlsxReport {

// The workbook description for socialroi-xlsx-writer. Pure, any thread.
QJsonObject spec(const ReportDocument &document);

// The report's currency as an Excel number format with `decimals` places,
// the symbol where the report's language puts it: [$€]#,##0.00 or #,##0.00 [$€].
QString moneyFormat(const ReportDocument &document, int decimals);

// Excel's rules: at most 31 characters, none of []:*?/\ , not blank.
QString sheetName(const QString &title);

// socialroi-xlsx-writer where it is installed, relative to the running
// executable (bin/../libexec/socialroi/), else beside it (the build tree).
// When neither exists, the installed path, so the error names where it belongs.
QString defaultHelperPath();

// Runs the helper on `workbook` and writes the result to `path` through a
// temporary file renamed at the end, so a failure or a cancel leaves `path`
// as it was. `isCancelled` is polled while the helper runs. False with
// `error` set (naming the helper or the file) on failure. Any thread.
bool write(const QJsonObject &workbook, const QString &path, const QString &helperPath,
           QString *error, const std::function<bool()> &isCancelled = {});

} // namespace XlsxReport
