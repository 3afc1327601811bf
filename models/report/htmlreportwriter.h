// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QString>

// The report as one self-contained HTML file: inline CSS, the charts as
// inline SVG (their ids made unique per chart), every text escaped, no
// script and no external reference (no link, image or font from elsewhere),
// and page-break hints so that printing from a browser starts each metric
// on a new page. Pure functions, safe on any thread.
namespace HtmlReportWriter {

QByteArray toHtml(const ReportDocument &document);

// An SVG document as an element to place inside HTML: the XML prologue
// dropped, the fixed size replaced by a scalable one, ids prefixed with
// `idPrefix` so that several charts on one page do not share ids.
QString inlineSvg(const QByteArray &svg, const QString &idPrefix, const QString &label);

// Writes toHtml() to `path` through a temporary file renamed at the end;
// false with `error` set when that fails (and `path` is left as it was).
bool write(const ReportDocument &document, const QString &path, QString *error);

} // namespace HtmlReportWriter
