// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// A native chart of a slide (a DrawingML chart part) and the workbook that
// holds its data, so that "Edit data" in PowerPoint or Impress opens the
// numbers: the categories (or, for lines, the x values) in column A, one
// series per column from B, then each series' error amounts (−, +).
struct DeckChart
{
    enum class Kind {
        Columns, // clustered columns, one colour per series
        Waterfall, // stacked columns over an invisible base series (the first)
        Lines, // lines through (x, y) points, no categories (survival curves)
    };
    struct Series
    {
        QString name;
        QString colour; // "RRGGBB"; empty: not drawn (a waterfall's base)
        QVector<std::optional<double>> values;
        QStringList pointColours; // per point, overriding `colour` where not empty
        // Columns: how far each value's 95 % interval reaches below and above
        // it, drawn as error bars (empty: none).
        QVector<std::optional<double>> minus;
        QVector<std::optional<double>> plus;
    };

    Kind kind = Kind::Columns;
    QString title; // the workbook's sheet title and the chart's description
    QString numberFormat = QStringLiteral("General"); // Excel format of values and axis
    QStringList categories;
    QVector<double> x; // Lines: the x of each value, shared by the series (column A)
    QString xTitle; // Lines: the x column's header in the workbook
    QString xFormat = QStringLiteral("General"); // Lines: Excel format of x
    // The value axis from first to second; none: chosen from the values.
    std::optional<std::pair<double, double>> valueRange;
    QVector<Series> series;
    bool legend = true;

    // The chart part; `workbookRelationship` is the id of its relationship to
    // the embedded workbook.
    QByteArray chartXml(const QString &workbookRelationship, const QString &language) const;
    // The embedded workbook, as a description for socialroi-xlsx-writer.
    QJsonObject workbookSpec() const;
    // The workbook column (0 = A) of series `index`'s error amounts below
    // (`above` false) or above its values.
    int errorColumn(int index, bool above) const;
};
