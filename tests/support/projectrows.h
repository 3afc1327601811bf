// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqliteconnection.h"

#include <QString>
#include <QStringList>

// The rows a query gives on a project, one string per row, its values
// joined by '|' (NULL as an empty value); one line naming the problem when
// the project cannot be opened.
inline QStringList projectRows(const QString &projectPath, const QString &sql)
{
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != 0) // SQLITE_OK
        return {QStringLiteral("cannot open ") + projectPath};
    QStringList rows;
    SqliteStatement statement = connection.prepare(sql);
    while (statement.step()) {
        QStringList values;
        for (int column = 0; column < statement.columnCount(); ++column)
            values.append(statement.text(column));
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}
