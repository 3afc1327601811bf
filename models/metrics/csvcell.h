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

// A number cell in the shortest form that reads back to the same double
// ('.' decimal, e.g. -0.25, 1e-07); empty for a missing or non-finite value.
QString number(std::optional<double> value);

// A whole-number cell.
QString integer(qint64 value);

// One record: the cells joined by commas, ended by CRLF as RFC 4180 asks.
// The cells must already be escaped (by text(), number() or integer()).
QString record(const QStringList &cells);

} // namespace CsvCell
