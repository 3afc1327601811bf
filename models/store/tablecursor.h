// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqliteconnection.h"

#include <QString>
#include <QVariant>
#include <QVector>

#include <vector>

using BrowserRow = QVector<QVariant>;

// What the data browser asks of one raw table: which table, a text that any
// column may contain, and a sort column.
struct TableQuery
{
    QString table; // a canonical table name, validated against canonicalschema
    QString filterText; // empty = no filter; matched with LIKE on every column
    int sortColumn = -1; // index into columns(); -1 = file order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    QStringList columns() const; // the canonical fields, in SPEC order
    QString selectSql() const;
    QString countSql() const;
};

// An open read cursor over one table query, stepped in chunks.
//
// Thread rules: the cursor owns its own read-only connection. It is created
// and used by one thread at a time, but may move between threads between
// calls (SQLite's multi-thread mode), which lets the browser step it on a
// worker while the window stays responsive.
class TableCursor
{
public:
    // Throws SqliteError when the project cannot be read.
    TableCursor(const QString &projectPath, const TableQuery &query);

    // Up to `count` more rows; fewer means the end was reached.
    std::vector<BrowserRow> fetch(int count);
    bool atEnd() const { return m_atEnd; }

    // Counts the rows matching the query on a separate connection.
    static qint64 count(const QString &projectPath, const TableQuery &query);

private:
    SqliteConnection m_connection;
    SqliteStatement m_statement;
    int m_columnCount = 0;
    bool m_atEnd = false;
};
