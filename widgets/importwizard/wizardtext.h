// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLabel;

// Texts and label styles the import wizard's pages share: the names of
// encodings and delimiters, short lists of headers, the red of problems.
class WizardText
{
    Q_DECLARE_TR_FUNCTIONS(WizardText)

public:
    static QString encodingLabel(CsvFormat::Encoding encoding);
    static QString delimiterLabel(QChar delimiter);
    // "a, b, c and 4 more" (at most `shown` names, quoted).
    static QString shortList(const QStringList &names, int shown = 6);
    // The wizard's title and its file dialog's: "Import a file".
    static QString importTitle();
    // Beside a setting the user chose rather than the wizard: "your choice".
    static QString yourChoice();
    // A file's column and the field it goes to: "Cust ID → Customer ID".
    static QString columnToField(const QString &column, const QString &field);
    // A rejected value: "line 12, column Signup: not a date".
    static QString lineColumnProblem(const QString &line, const QString &column,
                                     const QString &problem);
    // When the checked rows show no rejected value.
    static QString nothingRejected();
    // The red used for problems (missing fields, rejected cells' columns).
    static QString problemColor();
    // Shows `text` in `label` in the problem red, or hides the label when empty.
    static void showProblem(QLabel *label, const QString &text);
    // Shows a plain note in `label` (normal text colour), or hides it when empty.
    static void showNote(QLabel *label, const QString &text);
    // showProblem() or showNote(), as `problem` says.
    static void show(QLabel *label, const QString &text, bool problem);
};
