// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// What one user file may hold (issue 20). Each limit is named in the message
// when it is hit; together they keep an import's memory and the project's
// growth bounded whatever the file, broken by accident or built to harm.
namespace InputLimits {

// Excel's limit for one cell. A longer value (a CSV field, a cell, a shared
// string) is rejected with its row: readers keep its first
// keptValueCharacters and its length (SourceRecord::longValues).
constexpr qsizetype maxValueCharacters = 32767;
constexpr qsizetype keptValueCharacters = 1024;

// One row as read: a CSV record (its delimiters, quotes and quoted line
// breaks included) or the values of a sheet row. 1 Mi characters hold 32
// cells at Excel's limit, or all 16 384 columns at 64 characters each, far
// beyond any export we know; a longer row is a stray quote or not a table,
// and refusing it keeps the rows of a batch in a few megabytes.
constexpr qsizetype maxRowCharacters = qsizetype(1) << 20;

// Excel's sheet: rows 1 to 1 048 576, columns A to XFD. A sheet numbering a
// row or a column beyond is refused. CSV files may hold more rows (exports of
// a million customers' orders do), but not more columns.
constexpr qint64 maxSheetRows = 1048576;
constexpr int maxColumns = 16384;

// XLSX parts: elements nested deeper (Excel writes fewer than 10 levels), or
// one tag, comment or processing instruction longer, are refused.
constexpr int maxXmlDepth = 256;
constexpr qsizetype maxXmlMarkupBytes = qsizetype(1) << 20;

// The text kept in the project for one rejected row (UTF-8 bytes); a longer
// row keeps its start, its length and its SHA-256.
constexpr qsizetype maxRejectedTextBytes = 4096;

} // namespace InputLimits
