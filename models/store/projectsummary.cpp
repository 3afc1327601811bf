// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsummary.h"

#include "assumptions.h"
#include "canonicalschema.h"
#include "sqliteconnection.h"

namespace {

void readSummary(const QString &projectPath, ProjectSummary &summary)
{
    SqliteConnection connection;
    connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly);

    summary.schemaVersion = int(connection.queryInteger("PRAGMA user_version"));
    for (const TableSpec &spec : canonicalTables()) {
        const QString sql = QLatin1String("SELECT count(*) FROM ") + QString(spec.name);
        summary.rowCounts[size_t(spec.table)] = connection.queryInteger(sql.toUtf8().constData());
    }
    summary.socialCustomers
        = connection.queryInteger("SELECT count(*) FROM customers WHERE social_engaged = 1");
    summary.firstSignup = QDate::fromString(
        connection.queryText("SELECT min(signup_date) FROM customers"), Qt::ISODate);
    summary.lastActivity = QDate::fromString(
        connection.queryText("SELECT max(d) FROM ("
                             "SELECT max(signup_date) AS d FROM customers "
                             "UNION ALL SELECT max(churn_date) FROM customers "
                             "UNION ALL SELECT max(contact_date) FROM contacts "
                             "UNION ALL SELECT max(order_date) FROM orders "
                             "UNION ALL SELECT max(mention_date) FROM mentions)"),
        Qt::ISODate);
    summary.importCount = connection.queryInteger("SELECT count(*) FROM import_log");
    // The defaults are written when a project is made: count the ones the
    // user changed since.
    SqliteStatement assumptions = connection.prepare("SELECT key, value FROM assumptions");
    while (assumptions.step()) {
        const QString key = assumptions.text(0);
        const QString value = assumptions.text(1);
        for (const Assumptions::Spec &spec : Assumptions::specs()) {
            if (key == spec.key && value != spec.defaultValue)
                ++summary.assumptionsChanged;
        }
    }
    summary.rejectedRowCount = connection.queryInteger("SELECT count(*) FROM rejected_rows");
    summary.isDemo = connection.queryInteger("SELECT count(*) FROM demo_truth") > 0;
}

} // namespace

ProjectSummary ProjectSummary::load(const QString &projectPath)
{
    ProjectSummary summary;
    summary.path = projectPath;
    try {
        readSummary(projectPath, summary);
    } catch (const SqliteError &error) {
        summary.error = error.message();
    }
    return summary;
}
