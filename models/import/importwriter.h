// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "importrequest.h"
#include "importresult.h"
#include "rowbatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

class SnapshotFeed;
class SqliteConnection;
struct sqlite3;
struct sqlite3_stmt;

// Writes validated RowBatches into one canonical table, inside the import's
// transaction (the caller owns it): the rows, their extra attributes, and the
// rejected rows, with the duplicate policy applied.
//
// Speed: rows go in groups of `groupRows` through one reused multi-row
// INSERT, its texts bound without copying (SQLITE_STATIC: the batch outlives
// the statement's step). A group that hits a duplicate key is undone by
// SQLite (the statement alone) and written again row by row through the
// policy's statement: ON CONFLICT DO NOTHING (skip), an UPSERT that updates
// the existing row in place (replace; rows referencing it stay valid), or a
// plain INSERT whose failure names the line (fail); before a row is
// replaced, its values and extra attributes are kept for "Undo this import"
// (import_replaced_<table>). New rows get ids after
// the table's largest, consecutively, which ties extra attributes to them
// without a query.
//
// Thread rules: the thread that owns the connection.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    struct Setup
    {
        const TableSpec *table = nullptr;
        QStringList fields; // the mapped fields in the validator's cell order
        QStringList headers; // of the file, for rejected rows' column names
        QStringList extraNames; // names of the extra attributes, in the validator's order
        int keyCell = -1; // index into `fields` of the table's key field; -1 when unmapped
        int keyColumn = 0; // 1-based file column of the key field
        DuplicatePolicy policy = DuplicatePolicy::Skip;
        qint64 importId = 0;
        QChar recordDelimiter = QLatin1Char(',');
        int reportedRejections = 20;
        QString filePath; // for errors
        QString sheet;
        SnapshotFeed *feed = nullptr; // gets every row inserted; gives up on a replace
    };

    ImportWriter(SqliteConnection &connection, Setup setup);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // Writes one batch. False when a duplicate key aborts the import
    // (DuplicatePolicy::Fail); error() then says where. Throws SqliteError
    // when SQLite fails.
    bool write(const RowBatch &batch);
    ImportError error() const { return m_error; }

    // Counts so far, in ImportResult's terms.
    void addCountsTo(ImportResult *result) const;

    // A record as one CSV line, quoted where needed (RFC 4180).
    static QString joinRecord(const QStringList &fields, QChar delimiter);
    // The fields of a record joinRecord() made.
    static QStringList splitRecord(const QString &record, QChar delimiter);

private:
    struct StatementDeleter
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

    Statement prepare(const QString &sql);
    void bindRow(sqlite3_stmt *statement, int firstParameter, const RowBatch &batch,
                 const RowBatch::Row &row);
    bool writeGroup(const RowBatch &batch, const std::vector<int> &rows);
    std::vector<bool> insertedRows(const RowBatch &batch, const std::vector<int> &rows, qint64 base,
                                   int inserted);
    bool writeGroupRowByRow(const RowBatch &batch, const std::vector<int> &rows,
                            const std::vector<bool> &inserted);
    void addInserted(const RowBatch &batch, const RowBatch::Row &row, qint64 rowId);
    bool writeSingle(const RowBatch &batch, int rowIndex);
    void writeExtras(const RowBatch &batch, const RowBatch::Row &row, qint64 rowId);
    void writeRejected(const RowBatch &batch, int rowIndex, int column, const QString &columnName,
                       const QString &reason, const QString &group = QString(),
                       const QString &hint = QString());
    QString keyText(const RowBatch &batch, const RowBatch::Row &row) const;
    bool existedBefore(const RowBatch &batch, const RowBatch::Row &row);
    qint64 existingId(const RowBatch &batch, const RowBatch::Row &row); // 0 when new
    void keepReplacedRow(qint64 rowId);
    [[noreturn]] void fail(int code);

    sqlite3 *m_db = nullptr;
    Setup m_setup;
    int m_groupRows = 1;
    int m_fieldCount = 0;
    qint64 m_maxIdBefore = 0; // largest id before the import: rows up to it were there already
    qint64 m_maxId = 0; // largest id now
    Statement m_groupInsert;
    Statement m_singleInsert; // with the policy's conflict clause
    Statement m_extraInsert;
    Statement m_rejectedInsert;
    Statement m_findKey;
    Statement m_keepReplaced; // replace only: the row before it is replaced, for undo
    Statement m_keepReplacedExtras;
    std::vector<QByteArray> m_extraNames; // UTF-8
    QByteArray m_tableName; // UTF-8
    std::vector<int> m_group; // row indexes of the group being collected

    qint64 m_imported = 0;
    qint64 m_rejected = 0;
    qint64 m_unknownCustomers = 0;
    qint64 m_skipped = 0;
    qint64 m_replaced = 0;
    qint64 m_extraValues = 0;
    std::vector<RejectedRow> m_firstRejections;
    // Rejections counted by reason, in the order the reasons first came.
    std::vector<ImportResult::RejectionGroup> m_groups;
    QHash<QString, int> m_groupIndex;
    ImportError m_error;
};
