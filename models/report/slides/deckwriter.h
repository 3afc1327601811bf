// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// The report as an editable PowerPoint deck (.pptx, 16:9): a title slide; an
// executive summary (the ROI sentence, the waterfall of the value to the net,
// the three numbers that matter); a slide per metric with its chart, its key
// rows and its value line; an appendix with the assumptions and where the
// data came from. Every slide has speaker notes: the method and the caveats.
//
// Charts are native chart parts with their data in an embedded workbook
// (written by socialroi-xlsx-writer), so "Edit data" works in PowerPoint and
// LibreOffice Impress and the chart takes the deck's fonts. There is no
// PowerPoint library in Debian: the package is written with QuaZip and
// QXmlStreamWriter (OpcPackage, DeckParts, DeckChart).
class DeckWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeckWriter)

public:
    // Writes through a temporary file renamed over `path` at the end. With
    // `templatePath` (a .potx or .pptx), the slides take that file's master,
    // layouts, fonts and colours (DeckTemplate). False with `error` set.
    // `isCancelled` is polled between slides. Any thread.
    static bool write(const ReportDocument &document, const QString &path,
                      const QString &xlsxHelperPath, const QString &templatePath, QString *error,
                      const std::function<bool()> &isCancelled = {});
};
