#include "sqliteversion.h"

#include <sqlite3.h>

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}
