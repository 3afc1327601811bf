// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbookwriter.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <xlsxwriter.h>

#include <vector>

namespace {

// Strings handed to libxlsxwriter stay alive until workbook_close().
class Strings
{
public:
    const char *keep(const QString &text)
    {
        m_kept.push_back(text.toUtf8());
        return m_kept.back().constData();
    }

private:
    std::vector<QByteArray> m_kept;
};

class Writer
{
public:
    Writer(lxw_workbook *workbook, QString *error)
        : m_workbook(workbook)
        , m_error(error)
    { }

    bool properties(const QJsonObject &object);
    bool formats(const QJsonObject &object);
    bool sheet(const QJsonObject &object);

private:
    bool fail(const QString &message)
    {
        *m_error = message;
        return false;
    }
    bool check(lxw_error code, const QString &where)
    {
        if (code == LXW_NO_ERROR)
            return true;
        return fail(QStringLiteral("%1: %2").arg(where, QString::fromUtf8(lxw_strerror(code))));
    }
    bool format(const QJsonObject &object, const QString &name, lxw_format **format);
    bool cells(lxw_worksheet *worksheet, const QString &sheetName, const QJsonArray &cells);
    bool pageSetup(lxw_worksheet *worksheet, const QString &sheetName, const QJsonObject &page);
    bool chart(lxw_worksheet *worksheet, const QString &sheetName, const QJsonObject &object);

    lxw_workbook *m_workbook;
    QString *m_error;
    QHash<QString, lxw_format *> m_formats;
    Strings m_strings;
};

// "#RRGGBB" as libxlsxwriter's 0xRRGGBB; black when unreadable.
lxw_color_t colour(const QString &name)
{
    bool ok = false;
    const uint value = name.startsWith(QLatin1Char('#')) ? name.mid(1).toUInt(&ok, 16) : 0;
    return lxw_color_t(ok ? value & 0xFFFFFF : 0);
}

bool Writer::properties(const QJsonObject &object)
{
    lxw_doc_properties properties {};
    properties.title
        = const_cast<char *>(m_strings.keep(object.value(QLatin1String("title")).toString()));
    properties.subject
        = const_cast<char *>(m_strings.keep(object.value(QLatin1String("subject")).toString()));
    properties.author
        = const_cast<char *>(m_strings.keep(object.value(QLatin1String("author")).toString()));
    properties.comments
        = const_cast<char *>(m_strings.keep(object.value(QLatin1String("comments")).toString()));
    return check(workbook_set_properties(m_workbook, &properties), QStringLiteral("properties"));
}

bool Writer::formats(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        lxw_format *created = nullptr;
        if (!format(it.value().toObject(), it.key(), &created))
            return false;
        m_formats.insert(it.key(), created);
    }
    return true;
}

bool Writer::format(const QJsonObject &object, const QString &name, lxw_format **format)
{
    lxw_format *created = workbook_add_format(m_workbook);
    if (!created)
        return fail(QStringLiteral("format %1: out of memory").arg(name));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("bold")) {
            if (value.toBool())
                format_set_bold(created);
        } else if (key == QLatin1String("italic")) {
            if (value.toBool())
                format_set_italic(created);
        } else if (key == QLatin1String("text_wrap")) {
            if (value.toBool())
                format_set_text_wrap(created);
        } else if (key == QLatin1String("font_size")) {
            format_set_font_size(created, value.toDouble(11));
        } else if (key == QLatin1String("font_name")) {
            format_set_font_name(created, m_strings.keep(value.toString()));
        } else if (key == QLatin1String("font_color")) {
            format_set_font_color(created, colour(value.toString()));
        } else if (key == QLatin1String("bg_color")) {
            format_set_pattern(created, LXW_PATTERN_SOLID);
            format_set_bg_color(created, colour(value.toString()));
        } else if (key == QLatin1String("num_format")) {
            format_set_num_format(created, m_strings.keep(value.toString()));
        } else if (key == QLatin1String("bottom")) {
            format_set_bottom(created, uint8_t(value.toInt()));
        } else if (key == QLatin1String("top")) {
            format_set_top(created, uint8_t(value.toInt()));
        } else if (key == QLatin1String("valign")) {
            const QString where = value.toString();
            format_set_align(created,
                             where == QLatin1String("top")          ? LXW_ALIGN_VERTICAL_TOP
                                 : where == QLatin1String("bottom") ? LXW_ALIGN_VERTICAL_BOTTOM
                                                                    : LXW_ALIGN_VERTICAL_CENTER);
        } else if (key == QLatin1String("align")) {
            const QString where = value.toString();
            format_set_align(created,
                             where == QLatin1String("right")        ? LXW_ALIGN_RIGHT
                                 : where == QLatin1String("center") ? LXW_ALIGN_CENTER
                                                                    : LXW_ALIGN_LEFT);
        } else {
            return fail(QStringLiteral("format %1: unknown property \"%2\"").arg(name, key));
        }
    }
    *format = created;
    return true;
}

bool Writer::sheet(const QJsonObject &object)
{
    const QString name = object.value(QLatin1String("name")).toString();
    const char *utf8Name = m_strings.keep(name);
    if (!check(workbook_validate_sheet_name(m_workbook, utf8Name),
               QStringLiteral("sheet \"%1\"").arg(name))) {
        return false;
    }
    lxw_worksheet *worksheet = workbook_add_worksheet(m_workbook, utf8Name);
    if (!worksheet)
        return fail(QStringLiteral("sheet \"%1\": cannot be added").arg(name));

    for (const QJsonValue &value : object.value(QLatin1String("columns")).toArray()) {
        const QJsonObject column = value.toObject();
        if (!check(worksheet_set_column(
                       worksheet, lxw_col_t(column.value(QLatin1String("first")).toInt()),
                       lxw_col_t(column.value(QLatin1String("last")).toInt()),
                       column.value(QLatin1String("width")).toDouble(8.43), nullptr),
                   QStringLiteral("sheet \"%1\", column widths").arg(name))) {
            return false;
        }
    }
    for (const QJsonValue &value : object.value(QLatin1String("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        if (!check(worksheet_set_row(worksheet, lxw_row_t(row.value(QLatin1String("row")).toInt()),
                                     row.value(QLatin1String("height")).toDouble(15), nullptr),
                   QStringLiteral("sheet \"%1\", row heights").arg(name))) {
            return false;
        }
    }
    if (!cells(worksheet, name, object.value(QLatin1String("cells")).toArray()))
        return false;
    for (const QJsonValue &value : object.value(QLatin1String("merges")).toArray()) {
        const QJsonObject merge = value.toObject();
        const QString formatName = merge.value(QLatin1String("format")).toString();
        if (!formatName.isEmpty() && !m_formats.contains(formatName))
            return fail(
                QStringLiteral("sheet \"%1\": unknown format \"%2\"").arg(name, formatName));
        if (!check(worksheet_merge_range(
                       worksheet, lxw_row_t(merge.value(QLatin1String("first_row")).toInt()),
                       lxw_col_t(merge.value(QLatin1String("first_col")).toInt()),
                       lxw_row_t(merge.value(QLatin1String("last_row")).toInt()),
                       lxw_col_t(merge.value(QLatin1String("last_col")).toInt()),
                       m_strings.keep(merge.value(QLatin1String("value")).toString()),
                       m_formats.value(formatName)),
                   QStringLiteral("sheet \"%1\", merged cells").arg(name))) {
            return false;
        }
    }
    if (object.contains(QLatin1String("freeze"))) {
        const QJsonObject freeze = object.value(QLatin1String("freeze")).toObject();
        worksheet_freeze_panes(worksheet, lxw_row_t(freeze.value(QLatin1String("row")).toInt()),
                               lxw_col_t(freeze.value(QLatin1String("col")).toInt()));
    }
    for (const QJsonValue &value : object.value(QLatin1String("charts")).toArray()) {
        if (!chart(worksheet, name, value.toObject()))
            return false;
    }
    if (object.contains(QLatin1String("page")))
        return pageSetup(worksheet, name, object.value(QLatin1String("page")).toObject());
    return true;
}

bool Writer::pageSetup(lxw_worksheet *worksheet, const QString &sheetName, const QJsonObject &page)
{
    const QString where = QStringLiteral("sheet \"%1\", page setup").arg(sheetName);
    if (page.value(QLatin1String("landscape")).toBool())
        worksheet_set_landscape(worksheet);
    if (page.contains(QLatin1String("paper")))
        worksheet_set_paper(worksheet, uint8_t(page.value(QLatin1String("paper")).toInt()));
    if (page.contains(QLatin1String("fit_width"))) {
        // 0 pages tall: as many as the rows need, each one page wide.
        worksheet_fit_to_pages(worksheet, uint16_t(page.value(QLatin1String("fit_width")).toInt()),
                               0);
    }
    if (page.contains(QLatin1String("print_area"))) {
        const QJsonObject area = page.value(QLatin1String("print_area")).toObject();
        if (!check(worksheet_print_area(worksheet,
                                        lxw_row_t(area.value(QLatin1String("first_row")).toInt()),
                                        lxw_col_t(area.value(QLatin1String("first_col")).toInt()),
                                        lxw_row_t(area.value(QLatin1String("last_row")).toInt()),
                                        lxw_col_t(area.value(QLatin1String("last_col")).toInt())),
                   where)) {
            return false;
        }
    }
    if (page.contains(QLatin1String("repeat_rows"))) {
        const QJsonArray rows = page.value(QLatin1String("repeat_rows")).toArray();
        if (rows.size() != 2)
            return fail(where + QStringLiteral(": repeat_rows needs [first, last]"));
        if (!check(worksheet_repeat_rows(worksheet, lxw_row_t(rows.at(0).toInt()),
                                         lxw_row_t(rows.at(1).toInt())),
                   where)) {
            return false;
        }
    }
    if (page.contains(QLatin1String("page_breaks"))) {
        // Rows that start a new page; libxlsxwriter reads up to a 0.
        std::vector<lxw_row_t> breaks;
        for (const QJsonValue &row : page.value(QLatin1String("page_breaks")).toArray()) {
            if (row.toInt() > 0)
                breaks.push_back(lxw_row_t(row.toInt()));
        }
        breaks.push_back(0);
        if (!check(worksheet_set_h_pagebreaks(worksheet, breaks.data()), where))
            return false;
    }
    if (page.contains(QLatin1String("footer"))) {
        if (!check(worksheet_set_footer(
                       worksheet, m_strings.keep(page.value(QLatin1String("footer")).toString())),
                   where)) {
            return false;
        }
    }
    return true;
}

bool Writer::cells(lxw_worksheet *worksheet, const QString &sheetName, const QJsonArray &cells)
{
    for (const QJsonValue &value : cells) {
        const QJsonObject cell = value.toObject();
        const int row = cell.value(QLatin1String("row")).toInt(-1);
        const int column = cell.value(QLatin1String("col")).toInt(-1);
        const QString where = QStringLiteral("sheet \"%1\", row %2, column %3")
                                  .arg(sheetName)
                                  .arg(row + 1)
                                  .arg(column + 1);
        if (row < 0 || column < 0)
            return fail(where + QStringLiteral(": a cell needs a row and a column"));
        const QString formatName = cell.value(QLatin1String("format")).toString();
        if (!formatName.isEmpty() && !m_formats.contains(formatName))
            return fail(where + QStringLiteral(": unknown format \"%1\"").arg(formatName));
        lxw_format *format = m_formats.value(formatName);
        const QString type = cell.value(QLatin1String("type")).toString();
        lxw_error code = LXW_NO_ERROR;
        if (type == QLatin1String("number")) {
            const QJsonValue number = cell.value(QLatin1String("value"));
            if (!number.isDouble())
                return fail(where + QStringLiteral(": a number cell needs a number"));
            code = worksheet_write_number(worksheet, lxw_row_t(row), lxw_col_t(column),
                                          number.toDouble(), format);
        } else if (type == QLatin1String("string")) {
            // Written as a string cell: a spreadsheet shows it and never runs it as a formula.
            code = worksheet_write_string(
                worksheet, lxw_row_t(row), lxw_col_t(column),
                m_strings.keep(cell.value(QLatin1String("value")).toString()), format);
        } else if (type == QLatin1String("datetime")) {
            // An ISO 8601 date or date and time, written as Excel's serial
            // number: with a date format, the cell is a date every program sorts.
            const QString text = cell.value(QLatin1String("value")).toString();
            QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
            if (!moment.isValid())
                moment = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
            if (!moment.isValid() || moment.date().year() < 1900)
                return fail(where
                            + QStringLiteral(": \"%1\" is not a date from 1900 on").arg(text));
            lxw_datetime value {
                moment.date().year(),   moment.date().month(),
                moment.date().day(),    moment.time().hour(),
                moment.time().minute(), moment.time().second() + moment.time().msec() / 1000.0};
            code = worksheet_write_datetime(worksheet, lxw_row_t(row), lxw_col_t(column), &value,
                                            format);
        } else if (type == QLatin1String("blank")) {
            code = worksheet_write_blank(worksheet, lxw_row_t(row), lxw_col_t(column), format);
        } else {
            return fail(where + QStringLiteral(": unknown cell type \"%1\"").arg(type));
        }
        if (!check(code, where))
            return false;
    }
    return true;
}

void setRange(lxw_chart_series *series, bool categories, const char *sheet,
              const QJsonObject &range)
{
    const auto row
        = [&range](const char *key) { return lxw_row_t(range.value(QLatin1String(key)).toInt()); };
    const auto column
        = [&range](const char *key) { return lxw_col_t(range.value(QLatin1String(key)).toInt()); };
    if (categories) {
        chart_series_set_categories(series, sheet, row("first_row"), column("first_col"),
                                    row("last_row"), column("last_col"));
    } else {
        chart_series_set_values(series, sheet, row("first_row"), column("first_col"),
                                row("last_row"), column("last_col"));
    }
}

bool Writer::chart(lxw_worksheet *worksheet, const QString &sheetName, const QJsonObject &object)
{
    const QString type = object.value(QLatin1String("type")).toString();
    uint8_t chartType = LXW_CHART_COLUMN;
    if (type == QLatin1String("bar"))
        chartType = LXW_CHART_BAR;
    else if (type != QLatin1String("column"))
        return fail(QStringLiteral("sheet \"%1\": unknown chart type \"%2\"").arg(sheetName, type));
    lxw_chart *chart = workbook_add_chart(m_workbook, chartType);
    if (!chart)
        return fail(QStringLiteral("sheet \"%1\": cannot add a chart").arg(sheetName));

    const char *sheet = m_strings.keep(sheetName);
    const QJsonArray seriesList = object.value(QLatin1String("series")).toArray();
    if (seriesList.isEmpty())
        return fail(QStringLiteral("sheet \"%1\": a chart needs a series").arg(sheetName));
    for (const QJsonValue &value : seriesList) {
        const QJsonObject description = value.toObject();
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        if (!series)
            return fail(QStringLiteral("sheet \"%1\": cannot add a chart series").arg(sheetName));
        setRange(series, true, sheet, description.value(QLatin1String("categories")).toObject());
        setRange(series, false, sheet, description.value(QLatin1String("values")).toObject());
        chart_series_set_name(series,
                              m_strings.keep(description.value(QLatin1String("name")).toString()));
        if (description.contains(QLatin1String("color"))) {
            lxw_chart_fill fill {};
            fill.color = colour(description.value(QLatin1String("color")).toString());
            chart_series_set_fill(series, &fill);
        }
    }
    const QString title = object.value(QLatin1String("title")).toString();
    if (!title.isEmpty())
        chart_title_set_name(chart, m_strings.keep(title));
    const QString legend = object.value(QLatin1String("legend")).toString();
    if (legend == QLatin1String("none"))
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    else if (legend == QLatin1String("bottom"))
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    // "y_axis" is the value axis; libxlsxwriter calls a bar chart's
    // (horizontal) value axis its x axis.
    const QJsonObject valueAxis = object.value(QLatin1String("y_axis")).toObject();
    lxw_chart_axis *values = chartType == LXW_CHART_BAR ? chart->x_axis : chart->y_axis;
    if (valueAxis.contains(QLatin1String("name")))
        chart_axis_set_name(values,
                            m_strings.keep(valueAxis.value(QLatin1String("name")).toString()));
    if (valueAxis.contains(QLatin1String("num_format"))) {
        chart_axis_set_num_format(
            values, m_strings.keep(valueAxis.value(QLatin1String("num_format")).toString()));
    }

    // libxlsxwriter's default chart is 480 × 288 pixels; scale it to the size asked for.
    lxw_chart_options options {};
    options.x_scale = object.value(QLatin1String("width")).toDouble(480) / 480.0;
    options.y_scale = object.value(QLatin1String("height")).toDouble(288) / 288.0;
    options.description = const_cast<char *>(m_strings.keep(title));
    return check(worksheet_insert_chart_opt(
                     worksheet, lxw_row_t(object.value(QLatin1String("row")).toInt()),
                     lxw_col_t(object.value(QLatin1String("col")).toInt()), chart, &options),
                 QStringLiteral("sheet \"%1\", chart \"%2\"").arg(sheetName, title));
}

} // namespace

bool WorkbookWriter::write(const QJsonObject &description, const QString &path, QString *error)
{
    const QJsonArray sheets = description.value(QLatin1String("sheets")).toArray();
    if (sheets.isEmpty()) {
        *error = QStringLiteral("the description has no sheets");
        return false;
    }
    const QByteArray utf8Path = path.toUtf8();
    lxw_workbook *workbook = workbook_new(utf8Path.constData());
    if (!workbook) {
        *error = QStringLiteral("%1: cannot create the workbook").arg(path);
        return false;
    }
    bool ok = true;
    {
        Writer writer(workbook, error);
        ok = writer.properties(description.value(QLatin1String("properties")).toObject())
            && writer.formats(description.value(QLatin1String("formats")).toObject());
        for (const QJsonValue &sheet : sheets) {
            if (!ok)
                break;
            ok = writer.sheet(sheet.toObject());
        }
        // workbook_close() writes the file and frees the workbook in every case;
        // the writer's strings must outlive it.
        const lxw_error closed = workbook_close(workbook);
        if (ok && closed != LXW_NO_ERROR) {
            *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
            ok = false;
        }
    }
    return ok;
}
