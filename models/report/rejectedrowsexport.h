// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"

#include <QCoreApplication>
#include <QString>

// Writes the rejected rows of one import (table rejected_rows) to a CSV file
// the user opens in a spreadsheet, fixes and imports again: one record per
// rejected row with its file line, the column of the first problem, the raw
// record and the reason. Text cells are neutralised, so a raw value such as
// "=HYPERLINK(...)" cannot run as a formula when the file is opened; the file
// is UTF-8 in the given dialect (for programs, or for a spreadsheet in a
// language), with CRLF.
//
// Thread rules: write() opens its own read-only connection and may run on any
// thread; the result is a plain value.
class RejectedRowsExport
{
    Q_DECLARE_TR_FUNCTIONS(RejectedRowsExport)

public:
    struct Outcome
    {
        bool ok = false;
        qint64 rows = 0; // records written, without the header
        QString message; // translated: what was written, or why nothing was
    };

    static Outcome write(const QString &projectPath, qint64 importId, const QString &csvPath,
                         const CsvDialect &dialect);

    // The words of the export wherever the user starts it (the import's last
    // page, the rejected rows dialog): the file dialog's title, the note while
    // it writes, and the part of the proposed file name that says what it
    // holds ("rejected rows of customers", from the imported file's name).
    static QString title();
    static QString writingText();
    static QString fileNamePart(const QString &importedFilePath);
};
