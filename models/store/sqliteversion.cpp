// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteversion.h"

#include <sqlite3.h>

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}
