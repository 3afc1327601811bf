// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class SqliteConnection;

// The project file's schema and its forward migrations (SPEC section 2).
//
// Migration N takes a file from user_version N-1 to N. A new project runs
// them all; an older project runs the ones it lacks, inside one transaction,
// so a failed migration leaves the file as it was. Released migrations are
// never edited: a schema change is a new migration appended to the list.
namespace ProjectSchema {

// "SROI" in ASCII: PRAGMA application_id of every project file, so that a
// SQLite file made by another program is recognised as not ours.
constexpr int applicationId = 0x53524F49;

int currentVersion();

// Gives a file that is still empty 32 KiB pages; a no-op on any other file.
// Call it before anything else touches the file (journal mode included).
// Large pages suit a file that is written in bulk and read by scans: a large
// import takes about a third less time than with SQLite's default 4 KiB
// pages. 64 KiB pages imported no faster and made the demo generator, which
// writes five tables in turn, 40% slower (32 KiB: 10% faster than 4 KiB).
void useLargePagesIfEmpty(SqliteConnection &connection);

// Applies migrations (current user_version, targetVersion] in one
// transaction and stamps application_id and user_version. Throws SqliteError.
void migrate(SqliteConnection &connection, int targetVersion);

} // namespace ProjectSchema
