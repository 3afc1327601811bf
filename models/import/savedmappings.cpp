// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedmappings.h"

#include "mappingprofiles.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

SavedMappings SavedMappings::load(const QString &projectPath, CanonicalTable table)
{
    SavedMappings saved;
    if (projectPath.isEmpty() || !QFileInfo::exists(projectPath))
        return saved;
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != SQLITE_OK) {
        saved.error = tr("%1: cannot read the saved mappings (%2).")
                          .arg(QDir::toNativeSeparators(projectPath), connection.errorMessage());
        return saved;
    }
    const QString tableName = tableSpec(table).name;
    try {
        for (const MappingProfiles::Entry &entry : MappingProfiles::list(connection)) {
            if (entry.table != tableName)
                continue;
            QString message;
            if (auto mapping = MappingProfiles::load(connection, entry.name, &message))
                saved.profiles.push_back(*mapping);
            else if (saved.error.isEmpty())
                saved.error = message;
        }
    } catch (const SqliteError &error) {
        saved.error = tr("%1: cannot read the saved mappings (%2).")
                          .arg(QDir::toNativeSeparators(projectPath), error.message());
    }
    return saved;
}
