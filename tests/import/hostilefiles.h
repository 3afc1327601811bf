// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Files built to hurt an importer (issue 20), written at run time into a
// folder (a QTemporaryDir): some are tens or hundreds of megabytes once
// unpacked, so none is kept in the repository (tests/data/hostile/README.md).
// The XLSX ones are minimal packages with one sheet "Customers" whose header
// row is customer_id, signup_date, notes; the CSV ones have the same columns.
//
// Each function returns the path of the file, or an empty string when it
// could not be written.
namespace HostileFiles {

// A workbook whose cell C2 is a shared string of `characters` letters that
// deflate packs about 90 : 1 (ordinary text at its best, far from a zip
// bomb's 1000 : 1): 300 000 000 make a 3.4 MB file. Rows 2 (C1, its long
// notes) and 3 (C2, short notes).
QString expandingSharedString(const QString &folder, qint64 characters);
// The same with the long value as an inline string (<is><t>) of the sheet.
QString expandingInlineString(const QString &folder, qint64 characters);
// A workbook whose sheet part is 64 MiB of zeros (about 1028 : 1).
QString zipBomb(const QString &folder);
// A workbook whose shared strings declare the ten nested entities of the
// "billion laughs" (10^9 "lol" from a few hundred bytes) and use the last.
QString billionLaughs(const QString &folder);
// A workbook whose <dimension> claims A1:XFD1000000000 and whose shared
// strings claim a billion unique strings; it holds the header and two rows.
QString claimsBillionRows(const QString &folder);
// A workbook whose second row is numbered 1 048 577, past Excel's last row.
QString rowPastLimit(const QString &folder);
// A workbook with 100 000 elements nested inside a cell of row 2.
QString deepNesting(const QString &folder);
// A workbook whose cell A2 has a style attribute of 2 MiB.
QString longTag(const QString &folder);

// CSV: the header line, then "C1,2024-01-01," and `bytes` letters without a
// line break (a 50 MB single-line file).
QString singleLineCsv(const QString &folder, qint64 bytes);
// CSV: an opening quote on line 3 never closed, then `bytes` of rows.
QString strayQuoteCsv(const QString &folder, qint64 bytes);
// CSV: rows C1 (notes of 40 000 characters, over Excel's cell limit) and C2.
QString longFieldCsv(const QString &folder);
// CSV: rows C1 (quoted notes of `characters`, a doubled quote among them)
// and C2; 1 040 000 make the value span the reader's 1 MiB chunks and stay
// within its row limit.
QString longQuotedFieldCsv(const QString &folder, qint64 characters);
// CSV: the header and a row of 20 000 columns.
QString tooManyColumnsCsv(const QString &folder);
// CSV whose third column name is 40 000 characters long.
QString longHeaderCsv(const QString &folder);
// CSV whose row C1 has an invalid date and three values of 30 000
// characters (each within the cell limit; the row is 90 KB).
QString wideRejectedRowCsv(const QString &folder);

} // namespace HostileFiles
