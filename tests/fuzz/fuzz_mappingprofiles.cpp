// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping profiles: the JSON a user may edit by hand or a project may hold
// damaged, read through MappingProfiles::load from a real project, then
// applied to a file's headers. A profile that loads must survive its own
// save: toJson() read back gives the same mapping.

#include "fuzzinput.h"
#include "headermatcher.h"
#include "mappingprofiles.h"
#include "projectstore.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

ProjectStore &project()
{
    static std::unique_ptr<ProjectStore> store;
    if (!store) {
        const QString path = FuzzInput::writeFile({}, QStringLiteral("profiles.socialroi"));
        FuzzInput::removeFile(path);
        StoreError error;
        store = ProjectStore::create(path, &error);
        if (!store)
            std::abort();
    }
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = FuzzInput::bytes(data, size);
    SqliteConnection &connection = project().connection();
    SqliteStatement insert = connection.prepare(
        "INSERT OR REPLACE INTO mapping_profiles (name, table_name, mapping_json, saved_at) "
        "VALUES ('fuzz', 'customers', ?, '2025-01-01T00:00:00Z')");
    insert.bind(1, QString::fromUtf8(json));
    insert.execute();

    QString problem;
    const auto mapping = MappingProfiles::load(connection, QStringLiteral("fuzz"), &problem);
    MappingProfiles::list(connection);
    if (!mapping)
        return 0;

    QString again;
    const auto reread = FieldMapping::fromJson(mapping->toJson(), &again);
    if (!reread || !(*reread == *mapping))
        std::abort();

    mapping->missingRequiredFields();
    mapping->extraHeaders();
    QStringList headers;
    for (const FieldMapping::Column &column : mapping->columns)
        headers.prepend(column.header);
    headers.append(QStringLiteral("extra"));
    QStringList unmatched;
    const FieldMapping rebound = mapping->rebind(headers, &unmatched);
    for (int index = -1; index <= int(headers.size()); ++index)
        rebound.fieldOf(index);
    return 0;
}
