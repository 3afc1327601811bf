// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The version of the SQLite library the program runs with, e.g. "3.40.1",
// for Help > About: the store's own header, so that no widget includes
// sqlite3.h. Any thread.
QString sqliteLibraryVersion();
