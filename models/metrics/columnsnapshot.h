// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

class ProjectData;
class SqliteConnection;

// A copy of ProjectData's columns kept in the project (table column_snapshot,
// one blob per column and a small description), so that loading a large
// project reads a few hundred megabytes of blobs instead of stepping through
// ten million rows and looking up each one's customer: at 1 000 000 customers,
// a fraction of a second instead of several.
//
// Every part records the data revision it was built from (DataRevision).
// The snapshot is used only when each expected part is there, from the
// current revision, and of a size that agrees with the description; anything
// else (an edit made since, a snapshot of another format, a damaged blob)
// means "no snapshot" and the engine reads the tables, as it always can.
//
// An import appends its rows to the snapshot in its own transaction
// (SnapshotFeed in models/import), as segments of each column, so the first
// compute after it reads the snapshot too; a full write() stores each column
// in one segment again.
//
// Thread rules: the functions use a connection of the calling thread.
namespace ColumnSnapshot {

// Fills the columns, latestDay and unknownCustomerRows of `data` from the
// snapshot of `data.revision`. Run it inside the read transaction that read
// the revision. False, with the columns left empty, when there is no usable
// snapshot. Throws SqliteError on an I/O error.
bool read(SqliteConnection &connection, ProjectData &data);

// Stores the columns of `data` as the snapshot of `data.revision`, in one
// transaction on a connection of its own, unless the project has moved past
// that revision meanwhile. False, changing nothing, when it could not: the
// project is busy, read-only, older than snapshots, or changed. Never throws:
// a snapshot is only ever a shortcut.
bool write(const QString &projectPath, const ProjectData &data);

// What the snapshot of one revision holds, without its columns: enough to
// append to it.
struct State
{
    qint64 revision = 0;
    // Per group (customers, contacts, orders, mentions): the rows of each
    // stored segment, in order.
    std::array<std::vector<qint64>, 4> segments;
    std::int32_t latestDay = -1;
    qint64 unknownCustomerRows = 0;
    QStringList segmentNames;

    qint64 rows(int group) const
    {
        qint64 total = 0;
        for (const qint64 count : segments[size_t(group)])
            total += count;
        return total;
    }
};

// For a writer of new rows (an import), inside its write transaction: the
// snapshot of the current revision when it is complete, or an empty one
// when the project holds no customers and no events; nullopt otherwise (the
// next load then reads the tables and stores a new snapshot).
std::optional<State> state(SqliteConnection &connection);

// After the writer moved the data revision forward (inside the same
// transaction): appends `added` (the new rows only, as the tables would give
// them, after the rows of `before`; its segmentNames is the whole new list,
// its latestDay and unknownCustomerRows those of the new rows) as one more
// segment of each column, and tags every part with the current revision.
// A rollback undoes it with the rows. Throws SqliteError.
void append(SqliteConnection &connection, const State &before, const ProjectData &added);

// The customer-base models' fits (CustomerValue) kept beside the columns,
// so that a new process reuses them while the customers and orders they
// were fitted to have not changed: one part "model_fits:<key>" per content
// hash of the data fitted (the key), the newest few kept. The blob is the
// caller's, which checks it; the parts survive a new snapshot of the columns
// and an import, as a key names the data's content, not a revision.

// The fits stored under `key`, or nullopt (none, or the project cannot be
// read). Never throws.
std::optional<QByteArray> readFits(const QString &projectPath, std::uint64_t key);

// Stores `fits` under `key`, keeping the newest storedFits keys. False,
// changing nothing, when the project is busy, read-only or older than
// snapshots. Never throws.
bool writeFits(const QString &projectPath, std::uint64_t key, const QByteArray &fits);

// How many keys' fits a project keeps: the whole project and a few
// segments or selections.
constexpr int storedFits = 4;

} // namespace ColumnSnapshot
