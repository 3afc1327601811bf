// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "csvformat.h"
#include "headermatcher.h"
#include "valueparsers.h"

#include <QString>

#include <functional>
#include <optional>

// What to do with a row whose key (customer_id of customers, contact_id of
// contacts, ...) is already in the project or earlier in the same file.
enum class DuplicatePolicy {
    Skip, // keep the existing row; the new one is reported as rejected ("duplicate")
    Replace, // update the existing row in place (UPSERT; rows referencing it stay valid)
    Fail, // abort the whole import, naming the line and the key
};

// The import of one file (a CSV file or one sheet of a workbook) into one
// canonical table of a project. A plain value: copy it into a worker thread.
struct ImportRequest
{
    QString projectPath; // created when missing (and removed again if the import fails)
    QString filePath;
    CanonicalTable table = CanonicalTable::Customers;
    QString sheet; // XLSX: sheet name; empty reads the first sheet
    CsvFormat::Overrides csvFormat; // CSV: forced encoding, delimiter, quote, header row

    // The columns' fields: a profile (FieldMapping::rebind finds its columns
    // by header in this file) or, when empty, HeaderMatcher's automatic match.
    std::optional<FieldMapping> mapping;
    DuplicatePolicy duplicatePolicy = DuplicatePolicy::Skip;
    // The answer for date columns whose day/month order the data cannot tell
    // (every value like 05/06/2024). Overrides the profile's date_order.
    std::optional<ValueParsers::DateOrder> dateOrder;

    // Snapshot dates, order lines, implied customers: these settings
    // override the profile's, member by member (DerivationOptions).
    DerivationOptions derivations;
    // Order lines: the header of the column whose values group the lines
    // into orders (it feeds order_id; the command line's --order-lines).
    // Empty: the mapping's order_id column, when derivations group lines.
    QString orderKeyColumn;

    // When not empty, the mapping used is saved in the project under this
    // name (mapping_profiles), in the same transaction as the data.
    QString saveMappingAs;

    // How many rejected rows ImportResult::firstRejections lists (all of them
    // are stored in the project).
    int reportedRejections = 20;

    // Validate and write everything, then roll back instead of committing:
    // the result tells what the import would do (counts, first rejections,
    // warnings) and the project is left as it was (the wizard's validation
    // report). importId is then 0.
    bool dryRun = false;

    // Files at least this large are imported in bulk mode: the table's
    // secondary indexes are dropped and rebuilt inside the transaction, and
    // SQLite's CHECK constraints are left to the importer's own validation,
    // which enforces the same rules. Smaller files keep SQLite's checks as a
    // second line of defence. Tests lower it to exercise bulk mode.
    qint64 bulkModeMinimumBytes = 8 * 1024 * 1024;

    // How many rows the first pass reads to decide how each column is read
    // (day/month order, decimal separator) when those rows decide it. The
    // import pass then goes on analysing the rest of the file as it reads
    // it; if the whole file decides otherwise, the import starts again with
    // the whole file's decisions, so the outcome is always that of the whole
    // file. When the first rows cannot decide, the first pass reads on to
    // the end, as it must. Tests lower it to exercise both paths. 20 000
    // rows decide any file whose first rows can decide at all, and reading
    // more only delays every import: at 100 000 the first pass took 10 % of
    // an import of 1 000 000 rows.
    qint64 analysisRows = 20'000;
};

// Where an import is. The passes over the file share one byte scale:
// bytesDone runs from 0 to bytesTotal over the first pass (its first rows or
// the whole file) and the import pass (the whole file), in the file's bytes
// or the sheet's compressed bytes for XLSX. bytesTotal is settled when the
// first pass ends, and grows by one file when an import must start again.
struct ImportProgress
{
    enum class Phase {
        Analysing, // first pass: column formats, SHA-256
        Importing, // second pass: validation and writing
        Finishing, // rebuilding indexes, committing
    };

    Phase phase = Phase::Analysing;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

// Called on the importing thread every few thousand rows. Return false to
// cancel: the import stops and the project is left exactly as it was.
using ImportProgressCallback = std::function<bool(const ImportProgress &progress)>;
