// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Translated, human-readable names of the canonical fields and tables
// ("signup_date" -> "Signup date"), shared by the browser, wizard, panes,
// reports and the metrics' own sentences (the balance table's rows).
QString fieldLabel(QStringView field);
QString tableLabel(QStringView table);
// The columns of the import log ("file_name" -> "File", "rows_read" -> "Rows
// read"), as the import history and the report's data provenance head them.
QString importLogLabel(QStringView column);
