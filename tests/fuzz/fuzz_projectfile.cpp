// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a project file that is damaged or crafted: the store's checks and
// migration, then loading its data for the metrics (from the tables, or from
// the column snapshot when the file carries one of its data revision). A
// file that cannot be read must give a StoreError or a SqliteError, never a
// crash.

#include "fuzzinput.h"
#include "projectdata.h"
#include "projectstore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path
        = FuzzInput::writeFile(FuzzInput::bytes(data, size), QStringLiteral("input.socialroi"));
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    if (store) {
        store.reset();
        try {
            ProjectData::load(path, {});
        } catch (const SqliteError &) { }
    }
    FuzzInput::removeFile(path);
    return 0;
}
