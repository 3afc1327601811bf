// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectedrowsexport.h"

#include "commontext.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <sqlite3.h>

RejectedRowsExport::Outcome RejectedRowsExport::write(const QString &projectPath, qint64 importId,
                                                      const QString &csvPath,
                                                      const CsvDialect &dialect)
{
    Outcome outcome;
    const QString csvName = QDir::toNativeSeparators(csvPath);
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != SQLITE_OK) {
        outcome.message = CommonText::cannotReadProject(projectPath, connection.errorMessage());
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
        file.write(dialect.fileStart());
        QString text = dialect.record({QStringLiteral("line"), QStringLiteral("column"),
                                       QStringLiteral("raw_text"), QStringLiteral("reason")});
        SqliteStatement statement
            = connection.prepare("SELECT line, column_name, raw_text, reason FROM rejected_rows "
                                 "WHERE import_id = ? ORDER BY line, id");
        statement.bind(1, importId);
        while (statement.step()) {
            text += dialect.record(
                {dialect.integer(statement.integer(0)), dialect.text(statement.text(1)),
                 dialect.text(statement.text(2)), dialect.text(statement.text(3))});
            ++outcome.rows;
            if (text.size() > 1024 * 1024) {
                file.write(text.toUtf8());
                text.clear();
            }
        }
        file.write(text.toUtf8());
    } catch (const SqliteError &error) {
        file.cancelWriting();
        outcome.message = CommonText::cannotReadRejectedRows(projectPath, error.message());
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

QString RejectedRowsExport::title()
{
    return tr("Export rejected rows");
}

QString RejectedRowsExport::writingText()
{
    return tr("Writing the rejected rows…");
}

QString RejectedRowsExport::fileNamePart(const QString &importedFilePath)
{
    //: Part of a proposed file name: "Project – rejected rows of customers – 2026-12-06.csv"
    return tr("rejected rows of %1").arg(QFileInfo(importedFilePath).completeBaseName());
}
