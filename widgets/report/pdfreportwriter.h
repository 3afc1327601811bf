// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// The report as an A4 PDF: a title page with the contents, the executive
// summary, a section per metric (charts, table, warnings), then assumptions,
// data provenance and method notes. Text is laid out by QTextDocument (it
// wraps every cell and moves whatever does not fit to the next page, so
// nothing is clipped), charts are drawn as vectors from their SVG, sections
// start on a new page and every page has "Page n of m" in its footer.
// The pages are drawn on a CairoPdfDevice, which embeds the fonts and writes
// the text of every shaped cluster, so the PDF's text reads back as written
// (Devanagari conjuncts, ligatures); the family follows the report's
// language (ReportFonts), so Hindi gets a Devanagari font.
//
// Uses no widget: safe on a worker thread once the charts are rendered.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    // Called after each page is drawn; return false to stop (nothing is written).
    using Progress = std::function<bool(int pagesDone, int pageCount)>;

    // Writes through a temporary file renamed over `path` at the end, so a
    // failure or a stop leaves `path` as it was. False with `error` set.
    static bool write(const ReportDocument &document, const QString &path, QString *error,
                      const Progress &progress = {});

    // The first family of ReportFonts::families(locale) the system has.
    static QString fontFamily(const QLocale &locale);
};
