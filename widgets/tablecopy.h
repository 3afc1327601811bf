// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;

struct TableCopyOptions
{
    // The role under which the model gives raw values for the CSV export
    // (see TableCsvExport); -1 = the display text.
    int rawRole = -1;
    // The file name the export proposes, without suffix (translated, read when
    // the user asks); empty = "table".
    std::function<QString()> fileName;
};

// Gives a table view the spreadsheet copy managers expect: Ctrl+C copies the
// selected cells as tab-separated text with their column headers, and the
// context menu offers Copy, Copy Table and Export as CSV… (every row of the
// view's model, written by TableCsvExport). Returns the Copy action.
QAction *installTableCopy(QAbstractItemView *view, const TableCopyOptions &options = {});
// The words of the copy and export actions, shared by every table and chart
// that offers them: "&Copy", "&Export as CSV…" and the export's title,
// "Export as CSV".
QString copyActionText();
QString exportCsvActionText();
QString exportCsvTitle();
// The selected cells (or every cell when `all`) as tab-separated text.
void copyTableToClipboard(const QAbstractItemView *view, bool all);
// Asks for a file and writes the view's model there as CSV; a failure is
// shown in a message box naming the file and what to check. Returns true
// when a file was written.
bool exportTableAsCsv(QAbstractItemView *view, const TableCopyOptions &options = {});
