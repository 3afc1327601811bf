// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class ProjectStore;

// Finishes a large write after its commit: copies the pages it left in the
// project's -wal file into the project itself (a checkpoint) and closes its
// connection, on a thread of its own.
//
// The copy writes every page of the write a second time and syncs both
// files: a fifth of a large import. Committed, the rows are already there
// for every reader (they read the -wal file too), so the import returns at
// its commit and the copy overlaps what comes next: the next import, the
// first compute. Small writes keep SQLite's own checkpoint at commit.
//
// Anything that deletes or replaces a project file waits for its copies
// first (waitFor), and the process for all of them before it exits
// (waitForAll), so no file is left behind with pages only in its -wal file.
//
// Thread rules: every function may be called from any thread.
namespace CheckpointQueue {

// Takes the store, whose write has committed; checkpoints its project and
// closes it in the order handed.
void closeAfterCheckpoint(std::unique_ptr<ProjectStore> store);

// Returns when every store handed for the project at `path` is closed.
void waitFor(const QString &path);

// Returns when every store handed so far is closed.
void waitForAll();

} // namespace CheckpointQueue
