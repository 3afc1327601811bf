// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportinputs.h"

#include "commontext.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace {

struct ReportInputsText
{
    Q_DECLARE_TR_FUNCTIONS(ReportInputs)
};

void readImports(SqliteConnection &connection, std::vector<ReportImport> &imports)
{
    SqliteStatement query = connection.prepare(
        "SELECT table_name, file_name, sheet, sha256, file_size, imported_at, rows_read, "
        "rows_imported, rows_rejected FROM import_log ORDER BY id");
    while (query.step()) {
        ReportImport entry;
        entry.tableName = query.text(0);
        entry.fileName = query.text(1);
        entry.sheet = query.isNull(2) ? QString() : query.text(2);
        entry.sha256 = query.text(3);
        entry.fileSize = query.integer(4);
        entry.importedAt = QDateTime::fromString(query.text(5), Qt::ISODate);
        entry.rowsRead = query.integer(6);
        entry.rowsImported = query.integer(7);
        entry.rowsRejected = query.integer(8);
        imports.push_back(entry);
    }
}

} // namespace

bool ReportInputs::load(const QString &projectPath, ReportInputs *inputs, QString *error)
{
    inputs->projectPath = projectPath;
    inputs->generatedAt = QDateTime::currentDateTime();
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != SQLITE_OK) {
        *error = CommonText::cannotReadProject(projectPath, connection.errorMessage());
        return false;
    }
    try {
        inputs->assumptions = Assumptions::load(connection);
        inputs->imports.clear();
        readImports(connection, inputs->imports);
        inputs->rejectedRowsStored = connection.queryInteger("SELECT count(*) FROM rejected_rows");
        inputs->isDemo = connection.queryInteger("SELECT count(*) FROM sqlite_master "
                                                 "WHERE type = 'table' AND name = 'demo_truth'")
                > 0
            && connection.queryInteger("SELECT count(*) FROM demo_truth") > 0;
    } catch (const SqliteError &failure) {
        *error = ReportInputsText::tr("%1: cannot read the assumptions and the import log (%2).")
                     .arg(QDir::toNativeSeparators(projectPath), failure.message());
        return false;
    }
    return true;
}
