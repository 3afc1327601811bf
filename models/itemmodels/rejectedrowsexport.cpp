// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectedrowsexport.h"

#include "csvcell.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

#include <sqlite3.h>

RejectedRowsExport::Outcome RejectedRowsExport::write(const QString &projectPath, qint64 importId,
                                                      const QString &csvPath)
{
    Outcome outcome;
    const QString csvName = QDir::toNativeSeparators(csvPath);
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != SQLITE_OK) {
        outcome.message
            = tr("%1: cannot read the project (%2).")
                  .arg(QDir::toNativeSeparators(projectPath), connection.errorMessage());
        return outcome;
    }

    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.message = tr("%1: cannot write the file (%2). Choose another folder.")
                              .arg(csvName, file.errorString());
        return outcome;
    }
    try {
        // The header names the columns as the project file does, in every language.
        QString text = QString(QChar(0xFEFF))
            + CsvCell::record({QStringLiteral("line"), QStringLiteral("column"),
                               QStringLiteral("raw_text"), QStringLiteral("reason")});
        SqliteStatement statement
            = connection.prepare("SELECT line, column_name, raw_text, reason FROM rejected_rows "
                                 "WHERE import_id = ? ORDER BY line, id");
        statement.bind(1, importId);
        while (statement.step()) {
            text += CsvCell::record(
                {CsvCell::integer(statement.integer(0)), CsvCell::text(statement.text(1)),
                 CsvCell::text(statement.text(2)), CsvCell::text(statement.text(3))});
            ++outcome.rows;
            if (text.size() > 1024 * 1024) {
                file.write(text.toUtf8());
                text.clear();
            }
        }
        file.write(text.toUtf8());
    } catch (const SqliteError &error) {
        file.cancelWriting();
        outcome.message = tr("%1: cannot read the rejected rows (%2).")
                              .arg(QDir::toNativeSeparators(projectPath), error.message());
        return outcome;
    }
    if (!file.commit()) {
        outcome.message = tr("%1: cannot write the file (%2). Check the free space and try again.")
                              .arg(csvName, file.errorString());
        return outcome;
    }
    outcome.ok = true;
    outcome.message
        = tr("Rejected rows written to %1: %2.").arg(csvName, QLocale().toString(outcome.rows));
    return outcome;
}
