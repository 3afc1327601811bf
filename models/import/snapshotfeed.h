// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "columnsnapshot.h"
#include "projectdata.h"
#include "rowbatch.h"

#include <QStringList>

#include <memory>
#include <vector>

class SqliteConnection;

// The import's rows, as the metric engine's columns, appended to the
// project's column snapshot in the import's transaction (ColumnSnapshot::
// append): the first compute after an import then reads the snapshot instead
// of every table. The rows are converted from the batches the writer binds,
// with the same rules as ProjectData's table reader, so the columns equal
// what the tables would give; each event's customer is the index its row
// carries (RowBatch::Row::customerIndex), found when the row was checked.
//
// A feed exists only when the snapshot of the revision before the import is
// complete (or the project is empty). It gives up, leaving the snapshot to
// the next load, when the import replaces rows or creates customers (rows
// the snapshot would have to change, not append to).
//
// Thread rules: the import's writing thread, but prepare() on the reading
// thread meanwhile.
class SnapshotFeed
{
public:
    // nullptr when the snapshot cannot be extended. `fields` are the
    // writer's, in cell order.
    static std::unique_ptr<SnapshotFeed> begin(SqliteConnection &connection, const TableSpec &table,
                                               const QStringList &fields);

    // On the reading thread, once the batch's rows are checked: each row's
    // values, into batch.snapshotValues. Only reads the feed.
    void prepare(RowBatch &batch) const;
    // A row the writer inserted, with its new id: its values from
    // prepare(), or worked out now for a batch without them (the orders an
    // OrderLineAssembler puts together).
    void add(const RowBatch &batch, const RowBatch::Row &row, qint64 rowId);
    void abandon() { m_abandoned = true; }
    bool isAbandoned() const { return m_abandoned; }

    // After the data revision moved, before the commit: appends the rows.
    // Throws SqliteError.
    void finish(SqliteConnection &connection);

private:
    SnapshotFeed(ColumnSnapshot::State state, CanonicalTable table, const QStringList &fields);
    bool analysedCustomer(const RowBatch::Row &row);
    RowBatch::SnapshotValues valuesOf(const RowBatch &batch, const RowBatch::Row &row) const;

    ColumnSnapshot::State m_before;
    CanonicalTable m_table;
    ProjectData m_added;
    bool m_abandoned = false;
    // Cell index of each field the columns read (-1: not mapped).
    std::vector<int> m_cells;
};
