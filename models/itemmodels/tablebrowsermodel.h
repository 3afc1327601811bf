// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtracker.h"
#include "tablecursor.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

// A read-only, lazily loaded view of one raw table of the project, for the
// data browser. Rows arrive in chunks from a TableCursor stepped on the
// thread pool, so sorting or filtering millions of rows never blocks the
// window; answers of an older query (a previous sort or filter) are dropped
// by a job tracker. The total row count is computed in the background
// too and announced with totalRowCountChanged().
//
// Thread rules: the model lives in the GUI thread; only the cursor moves to
// the pool, one fetch at a time.
class TableBrowserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Role { SortValue = Qt::UserRole + 1 };
    static constexpr int chunkSize = 256;

    explicit TableBrowserModel(QObject *parent = nullptr);
    ~TableBrowserModel() override;

    void setProject(const QString &projectPath);
    void setTable(const QString &table);
    void setFilterText(const QString &text);
    QString table() const { return m_query.table; }
    QString filterText() const { return m_query.filterText; }
    const TableQuery &query() const { return m_query; } // table, filter and sort shown
    QString projectPath() const { return m_projectPath; }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_atEnd; } // every row of the query is loaded
    qint64 totalRowCount() const { return m_totalRowCount; } // -1 while counting

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Reads the same query again from its first row (after a failed read).
    void reload();

Q_SIGNALS:
    void totalRowCountChanged(qint64 count);
    void chunkLoaded(); // after each chunk, also when it was empty
    // A read failed (the project busy, say): the rows read so far stay, the
    // count stays unknown, and nothing more is read until reload().
    void loadFailed(const QString &message);

private:
    struct Chunk;
    void restart();
    void requestChunk();

    QString m_projectPath;
    TableQuery m_query;
    QStringList m_columns;
    std::vector<int> m_fieldTypes; // FieldType per column
    std::vector<BrowserRow> m_rows;
    std::shared_ptr<TableCursor> m_cursor;
    JobTracker m_countJob {this}; // the total row count of the query
    JobTracker m_chunkJob {this}; // the next rows of the query
    bool m_loading = false;
    bool m_atEnd = true;
    qint64 m_totalRowCount = 0;
};
