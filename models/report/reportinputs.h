// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assumptions.h"
#include "reportdocument.h"

#include <QDateTime>
#include <QString>

#include <vector>

// What a report needs from the project besides the metrics: the assumptions
// in force and the provenance of the data (every row of import_log, and the
// rejected rows kept in the project). Read through a read-only connection of
// its own, so load() may run on any thread.
struct ReportInputs
{
    QString projectPath;
    Assumptions assumptions;
    std::vector<ReportImport> imports; // in import order
    qint64 rejectedRowsStored = 0; // rows of rejected_rows
    bool isDemo = false; // the project holds the demo generator's truth table
    QDateTime generatedAt; // when the report was made (local time)
    // The metric tables' statistics (p-value, customers compared), as the
    // window's "Statistical details" shows them; off, the tables keep the
    // columns a manager repeats.
    bool statisticalDetails = false;

    // Reads the project; false with `error` set (a translated sentence naming
    // the file) when it cannot be read.
    static bool load(const QString &projectPath, ReportInputs *inputs, QString *error);
};
