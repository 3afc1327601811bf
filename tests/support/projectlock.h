// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqliteconnection.h"

#include <QString>

// Holds a project as another process would during an import: an exclusive
// lock with a write in progress, so that no other connection can read it,
// until release() (or the end of scope).
class ProjectLock
{
public:
    // `touch` is a harmless write that makes the lock a writer's.
    ProjectLock(const QString &path, const char *touch)
    {
        m_locked = m_holder.open(path, SqliteConnection::Access::ReadWrite) == 0; // SQLITE_OK
        if (!m_locked)
            return;
        m_holder.execute("PRAGMA locking_mode = EXCLUSIVE");
        m_holder.execute("BEGIN EXCLUSIVE");
        m_holder.execute(touch);
    }
    ~ProjectLock() { release(); }
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    bool isLocked() const { return m_locked; }
    void release()
    {
        if (!m_locked)
            return;
        m_holder.execute("COMMIT");
        m_holder.close();
        m_locked = false;
    }

private:
    SqliteConnection m_holder;
    bool m_locked = false;
};
