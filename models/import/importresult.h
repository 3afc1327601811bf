// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headermatcher.h"
#include "sourceerror.h"

#include <QString>
#include <QStringList>

#include <vector>

// Why an import failed as a whole (nothing was written): a kind to branch
// on, a translated sentence, and where the problem is. Per-row problems are
// not errors but RejectedRows.
struct ImportError
{
    enum class Kind {
        None,
        InvalidRequest, // e.g. a mapping profile for another table
        Source, // the file cannot be read as a whole (see `source`)
        Project, // the project cannot be opened or created
        MissingFields, // required fields that no column feeds; the message lists the headers
        AmbiguousDates, // a date column whose day/month order only the user can tell
        Duplicate, // a duplicate key under DuplicatePolicy::Fail
        Cancelled,
        Storage, // SQLite failed while writing (disk full, I/O error)
    };

    Kind kind = Kind::None;
    QString filePath;
    QString sheet;
    qint64 line = 0; // 1-based; 0 when not on a line
    int column = 0; // 1-based; 0 when not in a column
    QString message;
    SourceError source; // when kind == Source

    bool isError() const { return kind != Kind::None; }

    // "file.csv:12:3: message", or "book.xlsx[Sheet1]:12:3: message".
    QString toString() const
    {
        QString where = filePath;
        if (!sheet.isEmpty())
            where += QLatin1Char('[') + sheet + QLatin1Char(']');
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        return where.isEmpty() ? message : where + QLatin1String(": ") + message;
    }
};

// A row of the file that was not imported, as stored in rejected_rows.
struct RejectedRow
{
    qint64 line = 0; // file line where the record starts (CSV) or sheet row (XLSX)
    int column = 0; // 1-based column of the first problem; 0 for the row as a whole
    QString columnName; // the column's header
    QString rawText; // the record as one CSV line, cut at 4 KB (RejectedText)
    QString reason; // translated
};

// The outcome of Importer::run. Counts add up:
// rowsRead = rowsImported + rowsRejected (+ blank rows, which are skipped);
// with order lines, rowsRead = orderLines + rowsRejected + blank rows, and
// rowsImported counts the orders made of them.
struct ImportResult
{
    bool ok = false; // committed (or, for a dry run, would have been)
    bool cancelled = false; // the caller cancelled; nothing was written
    ImportError error; // why not ok

    QString filePath;
    QString sheet; // the sheet read (XLSX)
    QString tableName;
    QString sha256; // hex, of the whole file
    qint64 importId = 0; // import_log.id of this import

    qint64 rowsRead = 0; // data rows of the file, without the header
    qint64 rowsImported = 0; // inserted or replaced
    qint64 rowsRejected = 0; // bad values, unknown customers and skipped duplicates
    qint64 blankRows = 0; // rows with no value at all, skipped
    qint64 unknownCustomers = 0; // rejected rows naming a customer_id the project does not have
    qint64 duplicatesSkipped = 0; // rejected as duplicates (DuplicatePolicy::Skip)
    qint64 duplicatesReplaced = 0; // imported over an existing row (DuplicatePolicy::Replace)
    qint64 extraValues = 0; // values of unmapped columns kept in extra_attributes
    // Order lines (DerivationOptions::orderLines): rowsImported counts orders.
    qint64 orderLines = 0; // valid lines taken into orders
    qint64 cancellationLines = 0; // of them, lines of cancellations
    qint64 cancellationsNetted = 0; // cancellations netted against their order
    qint64 negativeOrders = 0; // cancellations without their order, stored as negative orders
    qint64 customersCreated = 0; // implied customers (DerivationOptions::createCustomers)
    // How stored fields were derived, in sentences (translated); empty when
    // the file's columns were stored as they are.
    QStringList derivations;

    std::vector<RejectedRow> firstRejections; // the first ImportRequest::reportedRejections
    // Every rejection counted by its reason (without the row's own value),
    // the most frequent first.
    struct RejectionGroup
    {
        QString reason; // translated
        qint64 count = 0;
        qint64 firstLine = 0;
        QString hint; // translated: how to fix it; may be empty
    };
    std::vector<RejectionGroup> rejectionGroups;
    QStringList warnings; // translated, e.g. "already imported on ..."
    FieldMapping mapping; // the mapping used, with the date order and decimal separator decided
};
