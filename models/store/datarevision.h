// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class SqliteConnection;

// The project's data revision: a counter that moves forward with every change
// to the rows of the canonical tables (customers, contacts, orders, mentions,
// improvements). SQL triggers move it, so edits made with any SQLite tool
// count too. Data derived from the rows and kept in the project (the metric
// engine's column snapshot) records the revision it was built from and is
// used only while that revision is current.
//
// Thread rules: the functions take a connection owned by the calling thread.
namespace DataRevision {

// The tables whose rows the revision follows.
const QStringList &trackedTables();

// SQL creating the triggers of one tracked table (after insert, update and
// delete: one row more on the counter each time).
QString triggersSql(const QString &table);

// The current revision; 0 for a project made before revisions existed.
qint64 read(SqliteConnection &connection);

// For writers of many rows: inside the writer's transaction, drops the
// per-row triggers of a table (a trigger firing for each of millions of rows
// would cost more than the insert), and on finish() puts them back and moves
// the revision forward once. Without finish() the transaction must roll back,
// which restores the triggers. Does nothing on a project without revisions.
class BulkWrite
{
public:
    BulkWrite(SqliteConnection &connection, QStringList tables);
    void finish();

private:
    SqliteConnection &m_connection;
    QStringList m_tables;
    bool m_enabled = false;
};

} // namespace DataRevision
