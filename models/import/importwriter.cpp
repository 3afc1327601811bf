// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "rejectedtext.h"
#include "snapshotfeed.h"
#include "sqliteconnection.h"

#include <QByteArrayView>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace {

// Conflicts the policies handle; anything else is an error.
bool isDuplicateKey(int code)
{
    return code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
}

QString placeholders(int count)
{
    QString text = QStringLiteral("(");
    for (int i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text + QLatin1Char(')');
}

} // namespace

void ImportWriter::StatementDeleter::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

ImportWriter::ImportWriter(SqliteConnection &connection, Setup setup)
    : m_db(connection.handle())
    , m_setup(std::move(setup))
    , m_fieldCount(int(m_setup.fields.size()))
{
    const QString table = m_setup.table->name;
    m_tableName = table.toUtf8();
    for (const QString &name : std::as_const(m_setup.extraNames))
        m_extraNames.push_back(name.toUtf8());

    m_maxIdBefore = connection.queryInteger(
        QStringLiteral("SELECT max(id) FROM %1").arg(table).toUtf8().constData(), 0);
    m_maxId = m_maxIdBefore;

    const QString columns = m_setup.fields.join(QLatin1String(", "));
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns);
    const QString row = placeholders(m_fieldCount);
    // Up to 64 rows per statement, within SQLite's default limit of 32766 parameters.
    m_groupRows = std::clamp(32766 / std::max(m_fieldCount, 1), 1, 64);
    // OR IGNORE: a statement that cannot stop half-way needs no statement
    // journal, into which SQLite copies each page the group touches before
    // it changes it (12 % of the time SQLite took for 1 000 000 contacts).
    // The rows were checked against every rule but the keys' uniqueness, so
    // a row left out has a duplicate key; writeGroup sorts those out.
    QString group = QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES ").arg(table, columns);
    for (int i = 0; i < m_groupRows; ++i)
        group += (i == 0 ? QString() : QStringLiteral(", ")) + row;
    m_groupInsert = prepare(group);

    QString single = insert + row;
    if (m_setup.keyCell >= 0) {
        const QString key = m_setup.fields[m_setup.keyCell];
        switch (m_setup.policy) {
        case DuplicatePolicy::Skip:
            single += QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(key);
            break;
        case DuplicatePolicy::Replace: {
            QStringList assignments;
            for (const QString &field : std::as_const(m_setup.fields)) {
                if (field != key)
                    assignments.append(QStringLiteral("%1 = excluded.%1").arg(field));
            }
            if (assignments.isEmpty())
                assignments.append(QStringLiteral("%1 = excluded.%1").arg(key));
            single += QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2 RETURNING id")
                          .arg(key, assignments.join(QLatin1String(", ")));
            break;
        }
        case DuplicatePolicy::Fail:
            break;
        }
        m_findKey = prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, key));
        if (m_setup.policy == DuplicatePolicy::Replace) {
            m_keepReplaced = prepare(QStringLiteral("INSERT OR IGNORE INTO import_replaced_%1 "
                                                    "SELECT ?, * FROM %1 WHERE id = ?")
                                         .arg(table));
            m_keepReplacedExtras = prepare(
                QStringLiteral("INSERT OR IGNORE INTO import_replaced_extra_attributes "
                               "SELECT ?, table_name, row_id, name, value FROM extra_attributes "
                               "WHERE table_name = ? AND row_id = ?"));
        }
    }
    m_singleInsert = prepare(single);
    // Replace: an updated row keeps its id, so its extra attributes are replaced too.
    m_extraInsert
        = prepare(QStringLiteral("INSERT OR REPLACE INTO extra_attributes "
                                 "(table_name, row_id, name, value) VALUES (?, ?, ?, ?)"));
    m_rejectedInsert
        = prepare(QStringLiteral("INSERT INTO rejected_rows (import_id, line, column_number, "
                                 "column_name, raw_text, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    m_group.reserve(size_t(m_groupRows));
}

ImportWriter::~ImportWriter() = default;

ImportWriter::Statement ImportWriter::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
    return Statement(statement);
}

void ImportWriter::fail(int code)
{
    throw SqliteError(code, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void ImportWriter::bindRow(sqlite3_stmt *statement, int firstParameter, const RowBatch &batch,
                           const RowBatch::Row &row)
{
    using Type = RowBatch::Cell::Type;
    const RowBatch::Cell *cell = batch.cells.data() + row.firstCell;
    for (int i = 0; i < m_fieldCount; ++i, ++cell) {
        const int parameter = firstParameter + i;
        int code = SQLITE_OK;
        switch (cell->type) {
        case Type::Null:
            code = sqlite3_bind_null(statement, parameter);
            break;
        case Type::Integer:
            code = sqlite3_bind_int64(statement, parameter, cell->integer);
            break;
        case Type::Real:
            code = sqlite3_bind_double(statement, parameter, cell->real);
            break;
        case Type::Text:
            code = sqlite3_bind_text(statement, parameter, batch.textAt(cell->offset), cell->size,
                                     SQLITE_STATIC);
            break;
        }
        if (code != SQLITE_OK)
            fail(code);
    }
}

bool ImportWriter::write(const RowBatch &batch)
{
    for (int index = 0; index < int(batch.rows.size()); ++index) {
        const RowBatch::Row &row = batch.rows[size_t(index)];
        if (row.mergedIntoOrder)
            continue; // written with its order (OrderLineAssembler)
        if (row.rejection >= 0) {
            const RowBatch::Rejection &rejection = batch.rejections[size_t(row.rejection)];
            if (rejection.unknownCustomer)
                ++m_unknownCustomers;
            writeRejected(batch, index, rejection.column, rejection.columnName, rejection.reason,
                          rejection.group, rejection.hint);
            continue;
        }
        m_group.push_back(index);
        if (int(m_group.size()) == m_groupRows) {
            const bool written = writeGroup(batch, m_group);
            m_group.clear();
            if (!written)
                return false;
        }
    }
    // The texts belong to this batch: what is left goes in one by one.
    for (const int index : m_group) {
        if (!writeSingle(batch, index)) {
            m_group.clear();
            return false;
        }
    }
    m_group.clear();
    return true;
}

bool ImportWriter::writeGroup(const RowBatch &batch, const std::vector<int> &rows)
{
    sqlite3_stmt *statement = m_groupInsert.get();
    for (size_t i = 0; i < rows.size(); ++i)
        bindRow(statement, int(i) * m_fieldCount + 1, batch, batch.rows[size_t(rows[i])]);
    const qint64 base = m_maxId;
    const int code = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (code != SQLITE_DONE)
        fail(code);
    const int inserted = sqlite3_changes(m_db);
    if (inserted == 0)
        return writeGroupRowByRow(batch, rows, std::vector<bool>(rows.size(), false));
    // New ids follow the largest, in the order of the rows.
    if (sqlite3_last_insert_rowid(m_db) != base + inserted) {
        throw SqliteError(SQLITE_INTERNAL,
                          tr("Row ids of the new rows are not consecutive; extra attributes "
                             "cannot be attached."));
    }
    return writeGroupRowByRow(batch, rows,
                              inserted == int(rows.size())
                                  ? std::vector<bool>(rows.size(), true)
                                  : insertedRows(batch, rows, base, inserted));
}

// Which rows of a group SQLite put in when it left some out: a row whose key
// is now in the project with a new id, unless an earlier row of the group
// has that key; a row without a key (it cannot be a duplicate).
std::vector<bool> ImportWriter::insertedRows(const RowBatch &batch, const std::vector<int> &rows,
                                             qint64 base, int inserted)
{
    std::vector<bool> in(rows.size(), true);
    if (m_setup.keyCell >= 0) {
        std::vector<QByteArrayView> keys;
        keys.reserve(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            const RowBatch::Row &row = batch.rows[size_t(rows[i])];
            const RowBatch::Cell &cell = batch.cells[size_t(row.firstCell + m_setup.keyCell)];
            if (cell.type == RowBatch::Cell::Type::Null)
                continue;
            const QByteArrayView key(batch.textAt(cell.offset), cell.size);
            const bool earlier = std::find(keys.begin(), keys.end(), key) != keys.end();
            keys.push_back(key);
            in[i] = !earlier && existingId(batch, row) > base;
        }
    }
    if (std::count(in.begin(), in.end(), true) != inserted) {
        // A row left out for another reason than its key: none should be.
        throw SqliteError(SQLITE_INTERNAL,
                          tr("The project refused a row between lines %1 and %2 without a "
                             "duplicate key; nothing was imported.")
                              .arg(batch.rows[size_t(rows.front())].line)
                              .arg(batch.rows[size_t(rows.back())].line));
    }
    return in;
}

// The rows SQLite put in get their ids, in order (all of them, almost
// always); every other row goes in as if the group had been written row by
// row: writeSingle applies the duplicate policy (skip, replace, fail) with
// the same results.
bool ImportWriter::writeGroupRowByRow(const RowBatch &batch, const std::vector<int> &rows,
                                      const std::vector<bool> &inserted)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        if (inserted[i])
            addInserted(batch, batch.rows[size_t(rows[i])], ++m_maxId);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!inserted[i] && !writeSingle(batch, rows[i]))
            return false;
    }
    return true;
}

// A row now in the table under `rowId`: its extra attributes, its columns
// for the engine's snapshot.
void ImportWriter::addInserted(const RowBatch &batch, const RowBatch::Row &row, qint64 rowId)
{
    if (row.extraCount > 0)
        writeExtras(batch, row, rowId);
    if (m_setup.feed)
        m_setup.feed->add(batch, row, rowId);
    ++m_imported;
}

bool ImportWriter::writeSingle(const RowBatch &batch, int rowIndex)
{
    const RowBatch::Row &row = batch.rows[size_t(rowIndex)];
    if (m_keepReplaced) {
        const qint64 existing = existingId(batch, row);
        if (existing > 0 && existing <= m_maxIdBefore)
            keepReplacedRow(existing);
    }
    sqlite3_stmt *statement = m_singleInsert.get();
    bindRow(statement, 1, batch, row);
    int code = sqlite3_step(statement);
    qint64 returnedId = 0;
    if (code == SQLITE_ROW) { // RETURNING id (replace)
        returnedId = sqlite3_column_int64(statement, 0);
        code = sqlite3_step(statement);
    }
    sqlite3_reset(statement);

    if (code == SQLITE_DONE) {
        if (m_setup.policy == DuplicatePolicy::Replace && m_setup.keyCell >= 0) {
            if (returnedId > 0 && returnedId <= m_maxId) {
                if (m_setup.feed)
                    m_setup.feed->abandon(); // a changed row: the snapshot cannot append it
                ++m_replaced;
                ++m_imported;
                if (row.extraCount > 0)
                    writeExtras(batch, row, returnedId);
                return true;
            }
        } else if (sqlite3_changes(m_db) == 0) {
            // Skip: ON CONFLICT DO NOTHING left the existing row.
            const bool before = existedBefore(batch, row);
            ++m_skipped;
            const QString &key = m_setup.fields[m_setup.keyCell];
            writeRejected(
                batch, rowIndex, m_setup.keyColumn, m_setup.headers.value(m_setup.keyColumn - 1),
                before ? tr("duplicate %1 \"%2\": already in the project; the existing row was "
                            "kept (duplicates: skip)")
                             .arg(key, keyText(batch, row))
                       : tr("duplicate %1 \"%2\": already on an earlier line of this file; the "
                            "first one was kept (duplicates: skip)")
                             .arg(key, keyText(batch, row)),
                before ? tr("duplicate %1: already in the project; the existing rows were kept "
                            "(duplicates: skip)")
                             .arg(key)
                       : tr("duplicate %1: already on an earlier line of this file; the first "
                            "ones were kept (duplicates: skip)")
                             .arg(key),
                before ? tr("To update the rows already there, import again with duplicates "
                            "replaced.")
                       : tr("Keep one row per key in the file, or import with duplicates "
                            "replaced to keep the last one."));
            return true;
        }
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        m_maxId = std::max(m_maxId, id);
        addInserted(batch, row, id);
        return true;
    }
    if (isDuplicateKey(code) && m_setup.keyCell >= 0) {
        const bool before = existedBefore(batch, row);
        m_error.kind = ImportError::Kind::Duplicate;
        m_error.filePath = m_setup.filePath;
        m_error.sheet = m_setup.sheet;
        m_error.line = row.line;
        m_error.column = m_setup.keyColumn;
        m_error.message = before
            ? tr("duplicate %1 \"%2\": a row with this key is already in the project. Nothing "
                 "was imported. Import again with duplicates skipped or replaced "
                 "(--on-duplicate skip or replace), or remove the row from the file.")
                  .arg(m_setup.fields[m_setup.keyCell], keyText(batch, row))
            : tr("duplicate %1 \"%2\": the same key is on an earlier line of this file. "
                 "Nothing was imported. Import again with duplicates skipped or replaced "
                 "(--on-duplicate skip or replace), or remove one of the rows.")
                  .arg(m_setup.fields[m_setup.keyCell], keyText(batch, row));
        return false;
    }
    fail(code);
}

QString ImportWriter::keyText(const RowBatch &batch, const RowBatch::Row &row) const
{
    const RowBatch::Cell &cell = batch.cells[size_t(row.firstCell + m_setup.keyCell)];
    if (cell.type != RowBatch::Cell::Type::Text)
        return QString();
    return QString::fromUtf8(batch.textAt(cell.offset), cell.size);
}

bool ImportWriter::existedBefore(const RowBatch &batch, const RowBatch::Row &row)
{
    const qint64 id = existingId(batch, row);
    return id > 0 && id <= m_maxIdBefore;
}

qint64 ImportWriter::existingId(const RowBatch &batch, const RowBatch::Row &row)
{
    sqlite3_stmt *statement = m_findKey.get();
    const RowBatch::Cell &cell = batch.cells[size_t(row.firstCell + m_setup.keyCell)];
    sqlite3_bind_text(statement, 1, batch.textAt(cell.offset), cell.size, SQLITE_STATIC);
    const int code = sqlite3_step(statement);
    const qint64 id = code == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_reset(statement);
    if (code != SQLITE_ROW && code != SQLITE_DONE)
        fail(code);
    return id;
}

// The row as it was before this import, once (a later line of the file that
// replaces it again finds it kept): "Undo this import" puts it back.
void ImportWriter::keepReplacedRow(qint64 rowId)
{
    sqlite3_stmt *row = m_keepReplaced.get();
    sqlite3_bind_int64(row, 1, m_setup.importId);
    sqlite3_bind_int64(row, 2, rowId);
    int code = sqlite3_step(row);
    const bool kept = sqlite3_changes(m_db) > 0;
    sqlite3_reset(row);
    if (code != SQLITE_DONE)
        fail(code);
    if (!kept)
        return;
    sqlite3_stmt *extras = m_keepReplacedExtras.get();
    sqlite3_bind_int64(extras, 1, m_setup.importId);
    sqlite3_bind_text(extras, 2, m_tableName.constData(), int(m_tableName.size()), SQLITE_STATIC);
    sqlite3_bind_int64(extras, 3, rowId);
    code = sqlite3_step(extras);
    sqlite3_reset(extras);
    if (code != SQLITE_DONE)
        fail(code);
}

void ImportWriter::writeExtras(const RowBatch &batch, const RowBatch::Row &row, qint64 rowId)
{
    sqlite3_stmt *statement = m_extraInsert.get();
    for (int i = 0; i < row.extraCount; ++i) {
        const RowBatch::Extra &extra = batch.extras[size_t(row.firstExtra + i)];
        const QByteArray &name = m_extraNames[size_t(extra.name)];
        sqlite3_bind_text(statement, 1, m_tableName.constData(), int(m_tableName.size()),
                          SQLITE_STATIC);
        sqlite3_bind_int64(statement, 2, rowId);
        sqlite3_bind_text(statement, 3, name.constData(), int(name.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 4, batch.textAt(extra.offset), extra.size, SQLITE_STATIC);
        const int code = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (code != SQLITE_DONE)
            fail(code);
        ++m_extraValues;
    }
}

void ImportWriter::writeRejected(const RowBatch &batch, int rowIndex, int column,
                                 const QString &columnName, const QString &reason,
                                 const QString &group, const QString &hint)
{
    const RowBatch::Row &row = batch.rows[size_t(rowIndex)];
    const QString raw = RejectedText::capped(
        joinRecord(batch.rawFields[size_t(rowIndex)], m_setup.recordDelimiter));
    const QByteArray rawUtf8 = raw.toUtf8();
    const QByteArray nameUtf8 = columnName.toUtf8();
    const QByteArray reasonUtf8 = reason.toUtf8();
    sqlite3_stmt *statement = m_rejectedInsert.get();
    sqlite3_bind_int64(statement, 1, m_setup.importId);
    sqlite3_bind_int64(statement, 2, row.line);
    if (column > 0)
        sqlite3_bind_int(statement, 3, column);
    else
        sqlite3_bind_null(statement, 3);
    if (columnName.isEmpty())
        sqlite3_bind_null(statement, 4);
    else
        sqlite3_bind_text(statement, 4, nameUtf8.constData(), int(nameUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 5, rawUtf8.constData(), int(rawUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 6, reasonUtf8.constData(), int(reasonUtf8.size()), SQLITE_STATIC);
    const int code = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (code != SQLITE_DONE)
        fail(code);
    ++m_rejected;
    const QString &groupReason = group.isEmpty() ? reason : group;
    auto found = m_groupIndex.constFind(groupReason);
    if (found == m_groupIndex.cend()) {
        found = m_groupIndex.insert(groupReason, int(m_groups.size()));
        m_groups.push_back({groupReason, 0, row.line, hint});
    }
    ++m_groups[size_t(*found)].count;
    if (int(m_firstRejections.size()) < m_setup.reportedRejections)
        m_firstRejections.push_back({row.line, column, columnName, raw, reason});
}

void ImportWriter::addCountsTo(ImportResult *result) const
{
    result->rowsImported = m_imported;
    result->rowsRejected = m_rejected;
    result->unknownCustomers = m_unknownCustomers;
    result->duplicatesSkipped = m_skipped;
    result->duplicatesReplaced = m_replaced;
    result->extraValues = m_extraValues;
    result->firstRejections = m_firstRejections;
    result->rejectionGroups = m_groups;
    std::stable_sort(result->rejectionGroups.begin(), result->rejectionGroups.end(),
                     [](const ImportResult::RejectionGroup &a,
                        const ImportResult::RejectionGroup &b) { return a.count > b.count; });
}

QString ImportWriter::joinRecord(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        const QString &field = fields[i];
        const bool quote = field.contains(delimiter) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (!quote) {
            line += field;
            continue;
        }
        QString escaped = field;
        escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
        line += QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return line;
}

QStringList ImportWriter::splitRecord(const QString &record, QChar delimiter)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record[i];
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < record.size() && record[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == delimiter) {
            fields.append(std::exchange(field, QString()));
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}
