// SPDX-License-Identifier: GPL-3.0-or-later
#include "datarevision.h"

#include "sqliteconnection.h"

namespace {

const char *const operations[] = {"insert", "update", "delete"};

bool hasRevisionTable(SqliteConnection &connection)
{
    return connection.queryInteger("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                   "AND name = 'data_revision'")
        > 0;
}

} // namespace

namespace DataRevision {

const QStringList &trackedTables()
{
    static const QStringList tables
        = {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("orders"),
           QStringLiteral("mentions"), QStringLiteral("improvements")};
    return tables;
}

QString triggersSql(const QString &table)
{
    QString sql;
    for (const char *operation : operations) {
        sql += QStringLiteral("CREATE TRIGGER %1_revision_%2 AFTER %3 ON %1 BEGIN "
                              "UPDATE data_revision SET revision = revision + 1; END;\n")
                   .arg(table, QLatin1String(operation), QString::fromLatin1(operation).toUpper());
    }
    return sql;
}

qint64 read(SqliteConnection &connection)
{
    if (!hasRevisionTable(connection))
        return 0;
    return connection.queryInteger("SELECT revision FROM data_revision", 0);
}

BulkWrite::BulkWrite(SqliteConnection &connection, QStringList tables)
    : m_connection(connection)
    , m_tables(std::move(tables))
    , m_enabled(hasRevisionTable(connection))
{
    if (!m_enabled)
        return;
    for (const QString &table : std::as_const(m_tables)) {
        for (const char *operation : operations) {
            m_connection.execute(QStringLiteral("DROP TRIGGER IF EXISTS %1_revision_%2")
                                     .arg(table, QLatin1String(operation)));
        }
    }
}

void BulkWrite::finish()
{
    if (!m_enabled)
        return;
    for (const QString &table : std::as_const(m_tables))
        m_connection.execute(triggersSql(table));
    m_connection.execute("UPDATE data_revision SET revision = revision + 1");
    m_enabled = false;
}

} // namespace DataRevision
