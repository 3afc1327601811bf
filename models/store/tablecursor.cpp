// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecursor.h"

#include "canonicalschema.h"

#include <sqlite3.h>

namespace {

const TableSpec &specFor(const QString &table)
{
    const TableSpec *spec = tableSpecByName(table);
    if (!spec)
        throw SqliteError(SQLITE_MISUSE, QStringLiteral("unknown table %1").arg(table));
    return *spec;
}

QString whereClause(const TableQuery &query)
{
    if (query.filterText.isEmpty())
        return QString();
    QStringList terms;
    for (const QString &column : query.columns())
        terms << column + QLatin1String(" LIKE :filter ESCAPE '\\'");
    return QLatin1String(" WHERE ") + terms.join(QLatin1String(" OR "));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void bindFilter(SqliteStatement &statement, const TableQuery &query)
{
    if (!query.filterText.isEmpty())
        statement.bind(1, likePattern(query.filterText));
}

} // namespace

QStringList TableQuery::columns() const
{
    QStringList names;
    for (const FieldSpec *field : specFor(table).storedColumns())
        names << QString(field->name);
    return names;
}

QString TableQuery::selectSql() const
{
    const QStringList names = columns();
    QString sql = QLatin1String("SELECT ") + names.join(QLatin1String(", "))
        + QLatin1String(" FROM ") + QString(specFor(table).name) + whereClause(*this);
    if (sortColumn >= 0 && sortColumn < names.size()) {
        sql += QLatin1String(" ORDER BY ") + names[sortColumn]
            + (sortOrder == Qt::AscendingOrder ? QLatin1String(" ASC") : QLatin1String(" DESC"))
            + QLatin1String(", id");
    } else {
        sql += QLatin1String(" ORDER BY id");
    }
    return sql;
}

QString TableQuery::countSql() const
{
    return QLatin1String("SELECT count(*) FROM ") + QString(specFor(table).name)
        + whereClause(*this);
}

TableCursor::TableCursor(const QString &projectPath, const TableQuery &query)
{
    m_connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly);
    m_statement = m_connection.prepare(query.selectSql());
    m_columnCount = m_statement.columnCount();
    bindFilter(m_statement, query);
}

std::vector<BrowserRow> TableCursor::fetch(int count)
{
    std::vector<BrowserRow> rows;
    rows.reserve(size_t(count));
    while (!m_atEnd && int(rows.size()) < count) {
        if (!m_statement.step()) {
            m_atEnd = true;
            break;
        }
        BrowserRow row(m_columnCount);
        for (int column = 0; column < m_columnCount; ++column)
            row[column] = m_statement.value(column);
        rows.push_back(std::move(row));
    }
    return rows;
}

qint64 TableCursor::count(const QString &projectPath, const TableQuery &query)
{
    SqliteConnection connection;
    connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly);
    SqliteStatement statement = connection.prepare(query.countSql());
    bindFilter(statement, query);
    return statement.step() ? statement.integer(0) : 0;
}
