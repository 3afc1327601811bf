// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The scored customer list written to a file, for `socialroi scores` and the
// relationship pane's "Export customer scores…": reads the project, fits the
// models on the cohorts as the project flags them (the scores describe
// customers, they estimate no effect), and writes CSV or XLSX by the file's
// suffix. Opens its own read-only connections: any thread.
namespace ScoresFile {

struct Outcome
{
    bool written = false;
    QString error; // a sentence naming the file and the cause, when not written
    QStringList warnings; // the models' own, "Social: …" / "Control: …"
};

// `asOf` invalid: the project's as-of date. The output's suffix must be
// csv or xlsx; a CSV is written in `dialect`.
Outcome write(const QString &projectPath, const QString &outputPath, const QDate &asOf,
              const CsvDialect &dialect = CsvDialect::programs());

} // namespace ScoresFile
