// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

// The window's one question before a CSV is written: for spreadsheets in my
// language (the language's decimal mark and list separator, with a byte
// order mark) or for programs (comma, point). It is asked as the file type
// of the save dialog, so every "Export as CSV…" asks it the same way, and the
// answer is remembered in QSettings ("export/csvFor"); the window's default
// is the spreadsheet. "My language" is the window's (QLocale()).
// GUI thread only.
class CsvExportChoice
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportChoice)

public:
    struct Answer
    {
        QString path; // empty: the user cancelled
        QString selectedFilter; // the file type chosen, one of moreFilters or a CSV one
        bool csv = false; // a CSV file type was chosen
    };

    // The dialect of the remembered choice, in the window's language.
    static CsvDialect remembered();
    static CsvDialect::Kind rememberedKind();
    static void remember(CsvDialect::Kind kind);

    // The save dialog's file type for `kind` ("… (*.csv)"), translated.
    static QString filter(CsvDialect::Kind kind);

    // Asks where to save, with the two CSV file types first (the remembered
    // one selected) and `moreFilters` after them (e.g. an Excel workbook).
    // A CSV file type chosen is remembered; without a suffix, the path gets
    // the chosen type's (".csv" for both CSV types).
    static Answer askPath(QWidget *parent, const QString &caption, const QString &proposedPath,
                          const QStringList &moreFilters = {});
};
