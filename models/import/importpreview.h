// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "csvformat.h"
#include "recordsource.h"
#include "sourceerror.h"
#include "valueparsers.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// What the import wizard reads of a file before importing it: the format
// (as ImportSource detects it, with the user's overrides), the sheets of a
// workbook, the headers, the first rows as raw text, and the date and number
// detectors fed with a larger sample of every column. A plain value, made on
// a worker thread by read() and handed to the GUI thread.
struct ImportPreview
{
    struct Request
    {
        QString filePath;
        QString sheet; // workbook: the sheet to read; empty reads the first
        CsvFormat::Overrides csvFormat;
        int rowLimit = 200; // rows kept as text for the preview table
        // Rows (including the kept ones) whose values feed the detectors, so
        // that the date order and decimal separator are decided from more than
        // one screen of data. 0 reads only the kept rows.
        qint64 sampleLimit = 20000;
    };

    QString filePath;
    bool workbook = false;
    QStringList sheetNames; // workbook: in tab order, also when the sheet itself failed
    QString sheet; // workbook: the sheet read
    bool date1904 = false; // workbook: its date system
    CsvFormat csvFormat; // text: as detected with the overrides
    QStringList headers;
    std::vector<SourceRecord> rows; // the first Request::rowLimit data rows
    qint64 sampledRows = 0; // rows fed to the detectors
    bool sampledWholeFile = false; // the sample reached the end of the file
    qint64 fileBytes = 0; // the reader's scale: file bytes, or the sheet's compressed bytes

    // One per header, over the sampled rows.
    std::vector<ValueParsers::DateOrderDetector> dates;
    std::vector<ValueParsers::NumberFormatDetector> numbers;

    // Why the file (or the sheet) cannot be read. Rows read before a problem
    // later in the file are kept.
    SourceError error;

    bool isValid() const { return !error.isError() && !headers.isEmpty(); }

    // Reads the file; `isCancelled` is asked every few hundred rows and stops
    // the reading early (the result is then incomplete and meant to be dropped).
    static ImportPreview read(const Request &request,
                              const std::function<bool()> &isCancelled = {});

    // The canonical table whose fields the headers match best: the largest
    // share of required fields found, then the highest total confidence.
    // nullopt when no header matches any field.
    static std::optional<CanonicalTable> guessTable(const QStringList &headers);
};
