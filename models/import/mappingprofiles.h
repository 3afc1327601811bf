// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headermatcher.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

class SqliteConnection;

// Named mapping profiles saved in a project (table mapping_profiles), so a
// mapping made once in the wizard or on the command line is reused for next
// month's file: `import --mapping NAME`. Stored as FieldMapping's JSON.
//
// Thread rules: those of the connection.
class MappingProfiles
{
    Q_DECLARE_TR_FUNCTIONS(MappingProfiles)

public:
    struct Entry
    {
        QString name;
        QString table; // canonical table name
        QString savedAt; // ISO-8601 UTC
    };

    // Saves `mapping` under `name` (mapping.name is set to it), replacing a
    // profile of the same name. Throws SqliteError when SQLite fails.
    static void save(SqliteConnection &connection, const QString &name, FieldMapping mapping);
    // The profile, or nullopt with a translated sentence (unknown name, damaged JSON).
    static std::optional<FieldMapping> load(SqliteConnection &connection, const QString &name,
                                            QString *errorMessage);
    static std::vector<Entry> list(SqliteConnection &connection); // by name
    static bool remove(SqliteConnection &connection, const QString &name); // false when unknown
};
