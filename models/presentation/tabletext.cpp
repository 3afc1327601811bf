// SPDX-License-Identifier: GPL-3.0-or-later
#include "tabletext.h"

#include <QAbstractItemModel>
#include <QMap>

#include <set>

namespace {

QString cellText(const QVariant &value)
{
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QString indexesToTsv(const QModelIndexList &indexes, bool withHeader)
{
    if (indexes.isEmpty())
        return QString();
    const QAbstractItemModel *model = indexes.constFirst().model();
    std::set<int> rows;
    std::set<int> columns;
    QMap<QPair<int, int>, QString> cells;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != model)
            continue;
        rows.insert(index.row());
        columns.insert(index.column());
        QString text = cellText(index.data(Qt::DisplayRole));
        if (text.isEmpty())
            text = cellText(index.data(Qt::ToolTipRole));
        cells.insert({index.row(), index.column()}, text);
    }
    if (rows.empty())
        return QString();

    QStringList lines;
    QStringList fields;
    if (withHeader) {
        for (int column = *columns.begin(); column <= *columns.rbegin(); ++column)
            fields << cellText(model->headerData(column, Qt::Horizontal, Qt::DisplayRole));
        lines << fields.join(QLatin1Char('\t'));
    }
    for (int row = *rows.begin(); row <= *rows.rbegin(); ++row) {
        fields.clear();
        for (int column = *columns.begin(); column <= *columns.rbegin(); ++column)
            fields << cells.value({row, column});
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
