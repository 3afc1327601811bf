#pragma once

class QAbstractItemView;
class QAction;

// Gives a table view the spreadsheet copy managers expect: Ctrl+C copies the
// selected cells as tab-separated text with their column headers, and the
// context menu offers Copy and Copy Table. Returns the Copy action.
QAction *installTableCopy(QAbstractItemView *view);
// The selected cells (or every cell when `all`) as tab-separated text.
void copyTableToClipboard(const QAbstractItemView *view, bool all);
