// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The -wal and -shm files SQLite keeps beside a project while it is open.
// The last connection to close removes them, but only a connection that may
// write: a command that reads a project on a read-only connection and closes
// that one last (a report computed on a worker thread) left both behind,
// empty.
//
// Thread rules: any thread.
namespace SideFiles {

// A read-only connection of this process opened the project at `path`.
void noteReadOnlyOpen(const QString &path);

// For each project noted: when its -wal file is empty, opens it for writing
// and closes it again, which removes the side files unless another
// connection (of any process) still has the project open. For the end of a
// command-line process, once its connections are closed.
void tidy();

} // namespace SideFiles
