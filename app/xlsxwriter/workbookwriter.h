// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// Writes an XLSX workbook with libxlsxwriter from the JSON description that
// XlsxReport::spec() makes (README.md in this folder gives the format):
// named cell formats, sheets with typed cells, merged paragraphs, column
// widths, row heights, frozen panes, and native bar or column charts whose
// series reference cell ranges of their sheet.
//
// Lives in socialroi-xlsx-writer, never in the application: libxlsxwriter and
// QuaZip export the same minizip symbols with different signatures.
class WorkbookWriter
{
public:
    // False with `error` set (naming the sheet, cell or chart) when the
    // description is invalid or the file cannot be written.
    static bool write(const QJsonObject &description, const QString &path, QString *error);
};
