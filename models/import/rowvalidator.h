// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnanalysis.h"
#include "recordsource.h"
#include "rowbatch.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

class CustomerKeyHash;
class KeySet;
class RowDerivation;

// The second pass of an import, per row: checks and converts every mapped
// value to its stored form (SPEC sections 2 and 3), keeps the values of
// unmapped columns as written, and appends the row to a RowBatch, valid or
// rejected with the first problem's column and a reason.
//
// - Text: surrounding white space trimmed (also in keys, so " C1" is "C1");
//   a customer_id holding an '@' (an e-mail address) is case-folded, in
//   every table, so that one address is one customer; with a key hash, the
//   key is stored (and kept in rejected rows) as its salted hash.
// - Dates: ISO text; the column's day/month order; Excel serials in XLSX
//   sources; a time of day is dropped.
// - Numbers and money: the column's decimal separator, currency symbols and
//   thousands separators stripped; integers must be whole and inside the
//   field's range (nps_score 0-10).
// - Booleans: 0/1 from yes/no, true/false, 1/0 ... in five languages.
// - Enumerations: the lower-case English word (EnumerationMatcher).
// - Blank values: NULL, or the column's default when the schema has one and
//   forbids NULL (social_engaged: 0); a blank required field rejects the row.
// - customer_id of contacts, orders and mentions must be a known customer
//   (mentions: may be blank); see checkCustomers().
// - A row with more values than the file has columns is rejected; a row
//   without any value at all is skipped and counted (RowBatch::blankRows).
// - A row with a value longer than Excel's cell limit (the reader cut it,
//   SourceRecord::longValues) is rejected, naming the column and the length,
//   whether the column is mapped or not.
//
// Thread rules: one thread at a time; the KeySet is only read.
class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(RowValidator)

public:
    struct Options
    {
        bool excelSerials = false; // the source is a workbook: numbers in date columns are serials
        bool excel1904 = false;
        // Required when the table references customers; each key's number
        // is the customer's index in the engine's columns (RowBatch::Row::
        // customerIndex).
        const KeySet *knownCustomers = nullptr;
        // Unknown customers are not rejected but marked Row::impliedCustomer.
        bool createCustomers = false;
        // Derived fields (snapshot dates, amounts of order lines); nullptr or
        // one that derives nothing stores the mapped fields as they are.
        const RowDerivation *derivation = nullptr;
        // Customer keys stored as salted hashes (in every table); the raw
        // text kept for a rejected row holds the hash too.
        const CustomerKeyHash *keyHash = nullptr;
    };

    // `decisions` lists the mapped fields in the order the writer binds them;
    // `blankDefaults` (same order) the value stored for a blank optional
    // value; `extraColumns` the 0-based columns kept as extra attributes, in
    // the order of the writer's extra names; `headers` the file's columns.
    RowValidator(const TableSpec &table, std::vector<ColumnDecision> decisions,
                 std::vector<std::optional<qint64>> blankDefaults, std::vector<int> extraColumns,
                 const QStringList &headers, const Options &options);

    // Moves record.fields into the batch (swapping in a list to reuse).
    void addRow(SourceRecord &record, RowBatch &batch) const;
    // Rejects the batch's valid rows whose customer_id is unknown. Called
    // once per batch, when it is full: the lookups of a whole batch overlap
    // their memory latency. A row with a bad value is rejected for that value
    // even when its customer is unknown too.
    void checkCustomers(RowBatch &batch) const;

    // Cells per valid row: the stored fields (RowDerivation::outputFields).
    int fieldCount() const;

private:
    enum class Outcome { Value, Blank, Problem };

    Outcome convert(int index, const QString &text, RowBatch &batch, RowBatch::Cell *cell,
                    QString *problem) const;
    QString storedKey(QStringView trimmed) const;
    // Replaces the customer key in the raw record by its hash, when hashing.
    void hideKey(SourceRecord &record) const;
    QString reason(int index, const QString &problem, const QString &text) const;
    QString reasonGroup(int index, const QString &problem) const;
    // How to fix a value this field rejected, by the field's type.
    QString fixHint(int index, const QString &text, const QString &problem) const;
    QString longValueReason(const SourceRecord::LongValue &value) const;

    const TableSpec &m_table;
    std::vector<ColumnDecision> m_decisions;
    std::vector<std::optional<qint64>> m_blankDefaults;
    std::vector<int> m_extraColumns;
    QStringList m_headers;
    int m_headerCount = 0;
    Options m_options;
    int m_customerIdDecision = -1; // customer_id in any table: e-mail keys are case-folded
    int m_customerField = -1; // index into m_decisions checked against knownCustomers
    int m_customerCell = -1; // the customer_id's index among a row's stored cells
    mutable std::vector<RowBatch::Cell> m_values; // one row's converted values, before derivation
};

// Appends `text` to `bytes` as UTF-8 and returns where it starts.
qint64 appendUtf8(QByteArray &bytes, QStringView text);
