// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndexList>
#include <QString>

// The cells of a selection as tab-separated text for the clipboard, ready to
// paste into a spreadsheet: one line per row, the smallest rectangle that
// holds every selected cell (cells inside it that are not selected stay
// empty), rows and columns in the model's order, and the column headers on a
// first line when `withHeader`. Cells show their display text; a cell without
// text (an icon column) gives its tooltip instead. Tabs and line breaks inside
// a cell become spaces. Works on any model, proxies included.
QString indexesToTsv(const QModelIndexList &indexes, bool withHeader = true);
