// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

// The cells of a flat OpenDocument spreadsheet (.fods, what `soffice
// --convert-to fods` writes), as LibreOffice understood them: each cell's
// value type ("float", "currency", "percentage", "date", "string", or empty
// for an empty cell), its value and the text it shows. Repeated cells and
// rows are expanded; empty cells at the end of a row are dropped.
struct FodsCell
{
    QString type; // office:value-type
    double value = 0; // office:value (numbers, currency, percentages)
    QString date; // office:date-value (dates)
    QString text; // the shown text
};

using FodsGrid = QList<QList<FodsCell>>;

struct FodsSheet
{
    QString name;
    FodsGrid rows;
};

inline QList<FodsSheet> readFodsSheets(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<FodsSheet> sheets;
    QXmlStreamReader xml(&file);
    int rowRepeat = 1;
    QList<FodsCell> row;
    const auto isCell = [&xml] {
        return xml.qualifiedName() == QLatin1String("table:table-cell")
            || xml.qualifiedName() == QLatin1String("table:covered-table-cell");
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("table:table")) {
            sheets.append({xml.attributes().value(QLatin1String("table:name")).toString(), {}});
        } else if (xml.isStartElement()
                   && xml.qualifiedName() == QLatin1String("table:table-row")) {
            row.clear();
            rowRepeat = qMax(
                1, xml.attributes().value(QLatin1String("table:number-rows-repeated")).toInt());
        } else if (xml.isEndElement() && xml.qualifiedName() == QLatin1String("table:table-row")) {
            while (!row.isEmpty() && row.constLast().type.isEmpty())
                row.removeLast();
            // A run of empty rows counts, up to a point, so that row numbers hold.
            for (int i = 0; i < qMin(rowRepeat, 1000) && !sheets.isEmpty(); ++i)
                sheets.last().rows << row;
        } else if (xml.isStartElement() && isCell()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            FodsCell cell;
            cell.type = attributes.value(QLatin1String("office:value-type")).toString();
            cell.value = attributes.value(QLatin1String("office:value")).toDouble();
            cell.date = attributes.value(QLatin1String("office:date-value")).toString();
            const int repeat
                = qMax(1, attributes.value(QLatin1String("table:number-columns-repeated")).toInt());
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("text:p"))
                    cell.text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (xml.isEndElement() && isCell())
                    break;
            }
            for (int i = 0; i < qMin(repeat, 1024); ++i)
                row << cell;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    // Empty rows at the end of a sheet are dropped.
    for (FodsSheet &sheet : sheets) {
        while (!sheet.rows.isEmpty() && sheet.rows.constLast().isEmpty())
            sheet.rows.removeLast();
    }
    return sheets;
}
