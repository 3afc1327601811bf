// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingprofiles.h"

#include "sqliteconnection.h"

#include <QDateTime>

void MappingProfiles::save(SqliteConnection &connection, const QString &name, FieldMapping mapping)
{
    mapping.name = name;
    SqliteStatement statement = connection.prepare(
        "INSERT INTO mapping_profiles (name, table_name, mapping_json, saved_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET table_name = excluded.table_name, "
        "mapping_json = excluded.mapping_json, saved_at = excluded.saved_at");
    statement.bind(1, name);
    statement.bind(2, mapping.table);
    statement.bind(3, QString::fromUtf8(mapping.toJson()));
    statement.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    statement.execute();
}

std::optional<FieldMapping> MappingProfiles::load(SqliteConnection &connection, const QString &name,
                                                  QString *errorMessage)
{
    SqliteStatement statement
        = connection.prepare("SELECT mapping_json FROM mapping_profiles WHERE name = ?");
    statement.bind(1, name);
    if (!statement.step()) {
        if (errorMessage) {
            QStringList names;
            for (const Entry &entry : list(connection))
                names.append(entry.name);
            *errorMessage = names.isEmpty()
                ? tr("The project has no mapping profile \"%1\" (it has none yet).").arg(name)
                : tr("The project has no mapping profile \"%1\"; it has: %2.")
                      .arg(name, names.join(QLatin1String(", ")));
        }
        return std::nullopt;
    }
    QString problem;
    auto mapping = FieldMapping::fromJson(statement.text(0).toUtf8(), &problem);
    if (!mapping) {
        if (errorMessage)
            *errorMessage = tr("The mapping profile \"%1\" is damaged: %2").arg(name, problem);
        return std::nullopt;
    }
    mapping->name = name;
    return mapping;
}

std::vector<MappingProfiles::Entry> MappingProfiles::list(SqliteConnection &connection)
{
    std::vector<Entry> entries;
    SqliteStatement statement = connection.prepare(
        "SELECT name, table_name, saved_at FROM mapping_profiles ORDER BY name");
    while (statement.step())
        entries.push_back({statement.text(0), statement.text(1), statement.text(2)});
    return entries;
}

bool MappingProfiles::remove(SqliteConnection &connection, const QString &name)
{
    SqliteStatement statement = connection.prepare("DELETE FROM mapping_profiles WHERE name = ?");
    statement.bind(1, name);
    statement.execute();
    return connection.changes() > 0;
}
