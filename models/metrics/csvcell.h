// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Cells and records of an RFC 4180 CSV file that a spreadsheet opens safely.
// Numbers are written in the C locale whatever QLocale::setDefault() says, so
// files read back the same on every machine; text is neutralised against
// formula injection (a cell starting with =, +, -, @, tab or CR would run as a
// formula in Excel, LibreOffice or Google Sheets) and quoted when needed.
// Shared by `socialroi metrics --format csv` and the report export.
namespace CsvCell {

// The text with a single quote in front when a spreadsheet would read it as a
// formula; other text unchanged. Use for every cell that is not a number.
QString neutralised(const QString &text);

// The text quoted per RFC 4180 when it holds a comma, a double quote, CR or
// LF (inner quotes doubled); other text unchanged.
QString quoted(const QString &text);

// A complete text cell: neutralised, then quoted.
QString text(const QString &value);

// True when the text is a number written in the C locale and nothing else:
// an optional leading minus, digits with at most one '.', an optional
// exponent ("-12.5", "0.25", "1e-07"). Such text cannot hold a formula.
bool isPlainNumber(const QString &text);

// A cell for text that may be a number, as a table shows it. The rule: a
// plain number (isPlainNumber) is written as it is, so "-12.5" stays a
// number a spreadsheet can add up; anything else is a text cell (text()),
// so "-1+cmd|' /C calc'!A0", "=1+1" or "+12" (a leading plus is a formula
// sign) reach the spreadsheet as the text they are.
QString field(const QString &value);

// A number cell in the shortest form that reads back to the same double
// ('.' decimal, e.g. -0.25, 1e-07); empty for a missing or non-finite value.
QString number(std::optional<double> value);

// A whole-number cell.
QString integer(qint64 value);

// One record: the cells joined by commas, ended by CRLF as RFC 4180 asks.
// The cells must already be escaped (by text(), number() or integer()).
QString record(const QStringList &cells);

} // namespace CsvCell
