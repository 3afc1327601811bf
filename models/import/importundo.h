// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class SqliteConnection;

// What an import wrote, kept so it can be undone (schema version 6): the
// new rows of each table as a range of ids, and the rows it replaced as they
// were before (ImportWriter keeps those).
//
// Construct it in the import's transaction before the first row is written,
// call record() after the last: new rows get ids after the table's largest,
// and the transaction's write lock keeps every other writer out meanwhile,
// so the ids in between are exactly the import's.
class ImportedRows
{
public:
    ImportedRows(SqliteConnection &connection, const QStringList &tables);
    void record(SqliteConnection &connection, qint64 importId) const;

private:
    struct Table
    {
        QString name;
        qint64 largestIdBefore = 0;
    };
    QList<Table> m_tables;
};

// "Undo this import": removes the rows an import added, puts back the rows
// it replaced, and forgets the import (its log entry, rejected rows and
// records), all in one transaction. The data revision moves forward, as for
// any change (a revision is never reused, so nothing computed from the
// undone rows can pass for current). The rows end exactly as they were
// before the import when nothing was imported since.
//
// Refused, with a translated reason that names the later import to undo
// first, when a later import replaced rows this one wrote, or rows outside
// this import belong to customers it added. Imports made before the project
// kept these records cannot be undone.
//
// Thread rules: any thread; undoInProject() opens its own connection.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    struct Outcome
    {
        bool ok = false;
        qint64 rowsRemoved = 0;
        qint64 rowsRestored = 0;
        QString message; // translated: what was undone, or why not
    };

    // What undo would do, without doing it (for the confirmation).
    static Outcome preview(SqliteConnection &connection, qint64 importId);
    static Outcome undo(SqliteConnection &connection, qint64 importId);
    static Outcome undoInProject(const QString &projectPath, qint64 importId);

    // A count of a table's rows, "2,444 orders", in the user's language and
    // number format; the window's status line counts the same way.
    static QString rowsOf(const QString &table, qint64 count);

private:
    static Outcome run(SqliteConnection &connection, qint64 importId, bool apply);
};
