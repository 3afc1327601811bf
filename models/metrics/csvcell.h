// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Cells and records of an RFC 4180 CSV file that a spreadsheet opens safely.
// Text is neutralised against
// formula injection (a cell starting with =, +, -, @, tab or CR would run as a
// formula in Excel, LibreOffice or Google Sheets) and quoted when needed.
// The primitives of CsvDialect, which writes whole cells and records.
namespace CsvCell {

// The text with a single quote in front when a spreadsheet would read it as a
// formula; other text unchanged. Use for every cell that is not a number.
QString neutralised(const QString &text);

// The text quoted per RFC 4180 when it holds the delimiter, a comma, a
// double quote, CR or LF (inner quotes doubled); other text unchanged.
QString quoted(const QString &text, QChar delimiter = QLatin1Char(','));

// True when the text is a number written in the C locale and nothing else:
// an optional leading minus, digits with at most one '.', an optional
// exponent ("-12.5", "0.25", "1e-07"). Such text cannot hold a formula.
bool isPlainNumber(const QString &text);

} // namespace CsvCell
