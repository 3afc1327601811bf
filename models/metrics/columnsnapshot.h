// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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
// Thread rules: both functions use a connection of the calling thread.
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

} // namespace ColumnSnapshot
