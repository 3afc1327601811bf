// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidefiles.h"

#include "sqliteconnection.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <mutex>
#include <set>

namespace {

std::mutex notedMutex;
std::set<QString> &noted()
{
    static std::set<QString> paths;
    return paths;
}

} // namespace

namespace SideFiles {

void noteReadOnlyOpen(const QString &path)
{
    const std::lock_guard lock(notedMutex);
    noted().insert(QFileInfo(path).absoluteFilePath());
}

void tidy()
{
    std::set<QString> paths;
    {
        const std::lock_guard lock(notedMutex);
        paths.swap(noted());
    }
    for (const QString &path : paths) {
        const QFileInfo wal(path + QLatin1String("-wal"));
        if (!wal.exists() || wal.size() != 0)
            continue; // none, or rows not yet copied into the project: SQLite's to handle
        SqliteConnection connection;
        // Without waiting: another connection means the files are in use.
        if (connection.open(path, SqliteConnection::Access::ReadWrite, SqliteConnection::Wait::No)
            == SQLITE_OK) {
            try {
                connection.queryInteger("SELECT count(*) FROM sqlite_schema"); // opens the -wal
            } catch (const SqliteError &) {
                // Busy or unreadable: the files stay, as before.
            }
        }
    }
}

} // namespace SideFiles
