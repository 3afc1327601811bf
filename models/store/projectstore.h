// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqliteconnection.h"
#include "storeerror.h"

#include <QString>

#include <memory>

// One open project file (SPEC section 2): validated, migrated to the current
// schema, with foreign keys on, WAL journal and a busy timeout so that two
// processes writing the same project wait for each other instead of failing.
//
// Opening never changes a file it rejects: every check runs on a read-only
// connection first, and only a valid project (or a new file) is written.
//
// A project holding schema objects this program did not create opens with a
// warning naming them; when one of them is a trigger, which would run on the
// product's writes, the project opens read-only: reading, the metrics and the
// reports work, and every write fails with readOnlyReason() (SchemaAudit).
// A read-only file, or a file in a folder that cannot be written (SQLite
// writes its journal beside the project), opens read-only the same way, with
// the reason for the file or the folder.
//
// Thread rules: a ProjectStore and its connection belong to the thread that
// opened it. Workers open their own ProjectStore on the same path.
class ProjectStore
{
public:
    enum class OpenMode {
        ExistingOnly, // fail with NotFound when the file does not exist
        CreateIfMissing, // create a new, empty project when the file does not exist
    };

    // How much of the file opening reads to prove it sound.
    enum class Check {
        // PRAGMA quick_check of every page (files up to fullCheckLimitBytes;
        // larger ones get the Schema check): opening a project to work on it.
        Full,
        // quick_check of the schema and the small bookkeeping tables: one
        // job on the rows, such as an import, whose transaction SQLite checks
        // page by page as it reads and writes them (cell_size_check). A full
        // check costs about 4 s a gigabyte, on every import.
        Schema,
    };

    static std::unique_ptr<ProjectStore> open(const QString &path, OpenMode mode, StoreError *error,
                                              Check check = Check::Full);

    // Creates a new project; fails with AlreadyExists when the path exists.
    static std::unique_ptr<ProjectStore> create(const QString &path, StoreError *error);

    QString path() const { return m_path; }
    SqliteConnection &connection() { return m_connection; }

    // "This project contains objects this program did not create: ...", or
    // empty. For the window's message line and the command line's stderr.
    QString foreignObjectsWarning() const { return m_foreignObjectsWarning; }
    // Why nothing can be written, or empty when the project is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    // Files up to this size get a full PRAGMA quick_check when opened with
    // Check::Full.
    static constexpr qint64 fullCheckLimitBytes = 256LL * 1024 * 1024;

private:
    ProjectStore(QString path, SqliteConnection connection);
    static bool configure(SqliteConnection &connection, const QString &path, StoreError *error);

    QString m_path;
    SqliteConnection m_connection;
    QString m_foreignObjectsWarning;
    QString m_readOnlyReason;
};
