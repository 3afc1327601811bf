// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The small joins every view writes the same way, translated once: a text
// with an aside in brackets, a label with its value, the separator of a
// list. Here, at the bottom of the layers, so the importer, the
// presentation, the reports and the widgets all reach them.
namespace CommonText {

// "Segment basic (3,695)", "Churned (log-rank test)".
QString withAside(const QString &text, const QString &aside);
// "Social cohort: 80.1%", "signup_date: date".
QString labelled(const QString &label, const QString &value);
// What goes between the items of a list: ", ".
QString listSeparator();
// The sentences of a project or file that cannot be read or written, naming
// it and the system's reason: "/path/a.socialroi: cannot read the project
// (disk I/O error).", "…: cannot read the rejected rows (…).", "/path/fixed.csv:
// cannot write the file (Permission denied)."
QString cannotReadProject(const QString &projectPath, const QString &reason);
QString cannotReadRejectedRows(const QString &projectPath, const QString &reason);
QString cannotWriteFile(const QString &path, const QString &reason);
// The headers of a table's value and unit columns: "Value", "Unit".
QString valueHeader();
QString unitHeader();

} // namespace CommonText
