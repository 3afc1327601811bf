// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QWidget;

// Where every export (report, chart, table as CSV, rejected rows) proposes to
// save, and what it says once saved. The folder is the last one an export
// used (kept in QSettings under "export/lastFolder") while it still exists,
// else the user's Documents, else home: never a hidden application-data
// folder. The proposed name reads "Project – what – yyyy-MM-dd.suffix".
// GUI thread only.
class ExportLocation
{
    Q_DECLARE_TR_FUNCTIONS(ExportLocation)

public:
    // A file dialog's filter for an Excel workbook: "Excel workbook (*.xlsx)".
    static QString xlsxFilter();
    // The name of the open project, used in proposed file names (empty: none).
    static void setProjectName(const QString &name);
    static QString projectName();

    static QString startFolder();
    // Remembers the folder of a file just written.
    static void remember(const QString &filePath);
    // "Acme – ROI report – 2026-12-06.pdf"; characters a file name cannot
    // hold become "-". suffix without the dot.
    static QString proposedName(const QString &what, const QString &suffix,
                                const QDate &date = QDate::currentDate());
    static QString proposedPath(const QString &what, const QString &suffix);
    // Why `filePath` cannot be written (translated, names the file), or an
    // empty string when it can. Creates nothing that was not there.
    static QString writeProblem(const QString &filePath);
    // A small non-modal message that `filePath` was saved, with "Open" and
    // "Show in folder"; remembers its folder. Returns the message box.
    static QWidget *announceSaved(QWidget *parent, const QString &filePath);
    static void openFile(const QString &filePath);
    static void showInFolder(const QString &filePath);
};
