// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreport.h"

#include "chartrows.h"
#include "commontext.h"
#include "datetext.h"
#include "exportfile.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "metrictable.h"
#include "socialroiconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>

namespace {

struct XlsxReportText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReport)
};

const QString socialColour = QStringLiteral("#0072B2"); // Okabe–Ito, as in the charts
const QString controlColour = QStringLiteral("#E69F00");

// A Qt date or date-time format ("dd.MM.yyyy", "M/d/yyyy h:mm AP") as the
// Excel number format that shows the same ("dd.mm.yyyy", "m/d/yyyy h:mm AM/PM").
QString excelDateFormat(const QString &qtFormat)
{
    QString excel;
    const auto quoted = [](const QString &text) {
        return QLatin1Char('"') + QString(text).remove(QLatin1Char('"')) + QLatin1Char('"');
    };
    for (qsizetype at = 0; at < qtFormat.size();) {
        const QChar character = qtFormat.at(at);
        qsizetype run = 1;
        while (at + run < qtFormat.size() && qtFormat.at(at + run) == character)
            ++run;
        switch (character.unicode()) {
        case 'd':
        case 'y':
        case 's':
            excel += QString(run, character);
            break;
        case 'M':
        case 'm': // months and minutes are both "m" in Excel; it tells them apart by context
            excel += QString(run, QLatin1Char('m'));
            break;
        case 'h':
        case 'H': // 24 hours unless the format has AM/PM, in Qt as in Excel
            excel += QString(run, QLatin1Char('h'));
            break;
        case 'A':
        case 'a':
            excel += QStringLiteral("AM/PM");
            if (at + 1 < qtFormat.size() && qtFormat.at(at + 1).toLower() == QLatin1Char('p')) {
                ++run;
            }
            break;
        case 'z':
        case 't': // milliseconds and the time zone: not shown
            break;
        case '\'': {
            // 'literal text'; '' is an apostrophe.
            const qsizetype end = qtFormat.indexOf(QLatin1Char('\''), at + 1);
            if (end == at + 1) {
                excel += quoted(QStringLiteral("'"));
                run = 2;
            } else {
                const qsizetype stop = end < 0 ? qtFormat.size() : end;
                excel += quoted(qtFormat.mid(at + 1, stop - at - 1));
                run = stop - at + 1;
            }
            break;
        }
        default:
            if (QStringLiteral("./-:, ").contains(character))
                excel += QString(run, character);
            else
                excel += quoted(QString(run, character));
        }
        at += run;
    }
    return excel.trimmed();
}

using XlsxReport::moneyFormat;

// Formats of the workbook by name; the helper creates each once.
QJsonObject formats(const ReportDocument &document)
{
    const QString money = moneyFormat(document, 2);

    const auto numberFormat = [](const QString &pattern) {
        return QJsonObject {{QStringLiteral("num_format"), pattern},
                            {QStringLiteral("valign"), QStringLiteral("top")}};
    };
    QJsonObject all;
    all.insert(QStringLiteral("title"),
               QJsonObject {{QStringLiteral("bold"), true}, {QStringLiteral("font_size"), 16}});
    all.insert(QStringLiteral("subtitle"),
               QJsonObject {{QStringLiteral("italic"), true},
                            {QStringLiteral("font_color"), QStringLiteral("#5F6368")}});
    all.insert(QStringLiteral("heading"),
               QJsonObject {{QStringLiteral("bold"), true},
                            {QStringLiteral("font_size"), 12},
                            {QStringLiteral("font_color"), socialColour}});
    all.insert(QStringLiteral("header"),
               QJsonObject {{QStringLiteral("bold"), true},
                            {QStringLiteral("bg_color"), QStringLiteral("#EEF1F5")},
                            {QStringLiteral("bottom"), 1},
                            {QStringLiteral("text_wrap"), true},
                            {QStringLiteral("valign"), QStringLiteral("top")}});
    all.insert(QStringLiteral("label"),
               QJsonObject {{QStringLiteral("font_color"), QStringLiteral("#5F6368")},
                            {QStringLiteral("valign"), QStringLiteral("top")}});
    all.insert(QStringLiteral("wrap"),
               QJsonObject {{QStringLiteral("text_wrap"), true},
                            {QStringLiteral("valign"), QStringLiteral("top")}});
    all.insert(QStringLiteral("emphasis"),
               QJsonObject {{QStringLiteral("bold"), true},
                            {QStringLiteral("text_wrap"), true},
                            {QStringLiteral("valign"), QStringLiteral("top")}});
    all.insert(QStringLiteral("mono"),
               QJsonObject {{QStringLiteral("font_name"), QStringLiteral("Consolas")},
                            {QStringLiteral("valign"), QStringLiteral("top")}});
    all.insert(QStringLiteral("share"), numberFormat(QStringLiteral("0.0%")));
    all.insert(QStringLiteral("share_difference"),
               numberFormat(QStringLiteral("+0.0%;-0.0%;0.0%")));
    all.insert(QStringLiteral("percent"), numberFormat(QStringLiteral("+0.0%;-0.0%;0.0%")));
    all.insert(QStringLiteral("money"), numberFormat(money));
    all.insert(QStringLiteral("count"), numberFormat(QStringLiteral("#,##0")));
    all.insert(QStringLiteral("number"), numberFormat(QStringLiteral("#,##0.0###")));
    all.insert(QStringLiteral("p_value"), numberFormat(QStringLiteral("0.0000")));
    const QString date = excelDateFormat(DateText::fullYearShortFormat(document.locale));
    all.insert(QStringLiteral("date"), numberFormat(date));
    // The title facts' column is text read left to right; its dates and
    // counts line up with it.
    QJsonObject factDate = numberFormat(date);
    factDate.insert(QStringLiteral("align"), QStringLiteral("left"));
    all.insert(QStringLiteral("fact_date"), factDate);
    QJsonObject factCount = numberFormat(QStringLiteral("#,##0"));
    factCount.insert(QStringLiteral("align"), QStringLiteral("left"));
    all.insert(QStringLiteral("fact_count"), factCount);
    all.insert(QStringLiteral("datetime"),
               numberFormat(excelDateFormat(DateText::fullYearShortFormat(document.locale, true))));
    QJsonObject boldMoney = numberFormat(money);
    boldMoney.insert(QStringLiteral("bold"), true);
    all.insert(QStringLiteral("money_total"), boldMoney);
    QJsonObject boldPercent = numberFormat(QStringLiteral("0%"));
    boldPercent.insert(QStringLiteral("bold"), true);
    all.insert(QStringLiteral("roi"), boldPercent);
    return all;
}

QString formatOf(ReportNumberKind kind)
{
    switch (kind) {
    case ReportNumberKind::Share:
        return QStringLiteral("share");
    case ReportNumberKind::ShareDifference:
        return QStringLiteral("share_difference");
    case ReportNumberKind::Percent:
        return QStringLiteral("percent");
    case ReportNumberKind::Money:
        return QStringLiteral("money");
    case ReportNumberKind::Count:
        return QStringLiteral("count");
    case ReportNumberKind::PValue:
        return QStringLiteral("p_value");
    case ReportNumberKind::Date:
        return QStringLiteral("date");
    case ReportNumberKind::DateTime:
        return QStringLiteral("datetime");
    case ReportNumberKind::Number:
    case ReportNumberKind::None:
        break;
    }
    return QStringLiteral("number");
}

ReportNumberKind kindOfUnit(const QString &unit)
{
    switch (MetricFormat::unitKind(unit)) {
    case MetricFormat::UnitKind::Share:
        return ReportNumberKind::Share;
    case MetricFormat::UnitKind::Money:
        return ReportNumberKind::Money;
    case MetricFormat::UnitKind::Count:
        return ReportNumberKind::Count;
    case MetricFormat::UnitKind::Points:
    case MetricFormat::UnitKind::Number:
        break;
    }
    return ReportNumberKind::Number;
}

QJsonObject range(int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    return {{QStringLiteral("first_row"), firstRow},
            {QStringLiteral("first_col"), firstColumn},
            {QStringLiteral("last_row"), lastRow},
            {QStringLiteral("last_col"), lastColumn}};
}

// One worksheet of the description, cell by cell.
class Sheet
{
public:
    explicit Sheet(QString name)
        : m_name(std::move(name))
    { }

    const QString &name() const { return m_name; }

    void text(int row, int column, const QString &value, const QString &format = QString())
    {
        if (value.isEmpty())
            return;
        QJsonObject cell {{QStringLiteral("row"), row},
                          {QStringLiteral("col"), column},
                          {QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("value"), value}};
        if (!format.isEmpty())
            cell.insert(QStringLiteral("format"), format);
        m_cells.append(cell);
        used(row);
    }

    // A missing or non-finite number leaves the cell empty.
    void number(int row, int column, std::optional<double> value, const QString &format)
    {
        if (!value || !std::isfinite(*value))
            return;
        used(row);
        m_cells.append(QJsonObject {{QStringLiteral("row"), row},
                                    {QStringLiteral("col"), column},
                                    {QStringLiteral("type"), QStringLiteral("number")},
                                    {QStringLiteral("value"), *value},
                                    {QStringLiteral("format"), format}});
    }

    // A date cell (Excel's serial number with a date format: "date" shows
    // the day, "datetime" the day and time), or nothing when unknown.
    void moment(int row, int column, const QDateTime &moment, const QString &format)
    {
        if (!moment.isValid())
            return;
        const bool withTime = format == QLatin1String("datetime");
        used(row);
        m_cells.append(
            QJsonObject {{QStringLiteral("row"), row},
                         {QStringLiteral("col"), column},
                         {QStringLiteral("type"), QStringLiteral("datetime")},
                         {QStringLiteral("value"),
                          withTime ? moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                                   : moment.date().toString(Qt::ISODate)},
                         {QStringLiteral("format"), format}});
    }

    void cell(int row, int column, const ReportCell &cell)
    {
        if (cell.kind == ReportNumberKind::Date || cell.kind == ReportNumberKind::DateTime)
            moment(row, column, cell.moment, formatOf(cell.kind));
        else if (cell.number)
            number(row, column, cell.number, formatOf(cell.kind));
        else
            text(row, column, cell.text, QStringLiteral("wrap"));
    }

    // Wrapped text across columns, with a row tall enough for it (Excel does
    // not fit merged cells by itself). `width` is the merged width in characters.
    void paragraph(int row, int firstColumn, int lastColumn, const QString &value, double width,
                   const QString &format = QStringLiteral("wrap"))
    {
        used(row);
        m_merges.append(QJsonObject {{QStringLiteral("first_row"), row},
                                     {QStringLiteral("first_col"), firstColumn},
                                     {QStringLiteral("last_row"), row},
                                     {QStringLiteral("last_col"), lastColumn},
                                     {QStringLiteral("value"), value},
                                     {QStringLiteral("format"), format}});
        const int lines = std::max(1, int(std::ceil(value.size() * 1.1 / std::max(width, 10.0))));
        height(row, 15.0 * lines + 3);
    }

    void column(int first, int last, double width)
    {
        m_columns.append(QJsonObject {{QStringLiteral("first"), first},
                                      {QStringLiteral("last"), last},
                                      {QStringLiteral("width"), width}});
    }

    void height(int row, double points)
    {
        m_rows.append(
            QJsonObject {{QStringLiteral("row"), row}, {QStringLiteral("height"), points}});
    }

    void freeze(int row, int column)
    {
        m_freeze = QJsonObject {{QStringLiteral("row"), row}, {QStringLiteral("col"), column}};
    }

    void chart(const QJsonObject &chart)
    {
        m_charts.append(chart);
        // Rows of Excel's default 20 pixels under the chart.
        used(chart.value(QLatin1String("row")).toInt()
             + chart.value(QLatin1String("height")).toInt() / 20 + 1);
    }

    // How the sheet prints (pageSetup()); with `lastPrintedColumn` >= 0, only
    // the columns up to it, on every row used.
    void page(const QJsonObject &setup, int lastPrintedColumn = -1)
    {
        m_page = setup;
        m_lastPrintedColumn = lastPrintedColumn;
    }

    // Writes a table with its header row at `row`; returns the row after it.
    int table(int row, const ReportTable &table)
    {
        for (int column = 0; column < table.headers.size(); ++column)
            text(row, column, table.headers.at(column), QStringLiteral("header"));
        for (const ReportRow &line : table.rows) {
            ++row;
            for (size_t column = 0; column < line.cells.size(); ++column)
                cell(row, int(column), line.cells[column]);
        }
        return row + 1;
    }

    QJsonObject toJson() const
    {
        QJsonObject sheet {
            {QStringLiteral("name"), m_name},     {QStringLiteral("cells"), m_cells},
            {QStringLiteral("merges"), m_merges}, {QStringLiteral("columns"), m_columns},
            {QStringLiteral("rows"), m_rows},     {QStringLiteral("charts"), m_charts}};
        if (!m_freeze.isEmpty())
            sheet.insert(QStringLiteral("freeze"), m_freeze);
        if (!m_page.isEmpty()) {
            QJsonObject page = m_page;
            if (m_lastPrintedColumn >= 0)
                page.insert(QStringLiteral("print_area"),
                            range(0, 0, std::max(m_lastRow, 0), m_lastPrintedColumn));
            sheet.insert(QStringLiteral("page"), page);
        }
        return sheet;
    }

private:
    void used(int row) { m_lastRow = std::max(m_lastRow, row); }

    QString m_name;
    int m_lastRow = -1;
    int m_lastPrintedColumn = -1;
    QJsonArray m_cells;
    QJsonArray m_merges;
    QJsonArray m_columns;
    QJsonArray m_rows;
    QJsonArray m_charts;
    QJsonObject m_freeze;
    QJsonObject m_page;
};

// Letter paper where it is the norm, A4 elsewhere (Excel's paper codes 1 and 9).
int paperCode(const QLocale &locale)
{
    static const QLocale::Territory letter[]
        = {QLocale::UnitedStates, QLocale::Canada,   QLocale::Mexico,    QLocale::Philippines,
           QLocale::Chile,        QLocale::Colombia, QLocale::Venezuela, QLocale::PuertoRico};
    for (QLocale::Territory territory : letter) {
        if (locale.territory() == territory)
            return 1;
    }
    return 9;
}

// How a sheet prints: one page wide (as many tall as needed), landscape when
// its columns are wider than a portrait page, the table's header row on every
// page, and a footer naming the report and project with "Page n of m".
// `width` is the sheet's width in characters; `headerRow` -1 for none.
QJsonObject pageSetup(const ReportDocument &document, double width, int headerRow)
{
    const auto escaped = [](QString text) { return text.replace(QLatin1Char('&'), "&&"); };
    const QString pages
        = escaped(document.headings.page).arg(QStringLiteral("&P"), QStringLiteral("&N"));
    // Excel refuses a header or footer longer than 255 characters.
    const QString left
        = escaped(document.title + QStringLiteral(" — ") + document.projectName).left(200);
    QJsonObject setup {
        {QStringLiteral("paper"), paperCode(document.locale)},
        {QStringLiteral("fit_width"), 1},
        {QStringLiteral("landscape"), width > 90},
        {QStringLiteral("footer"), QStringLiteral("&L") + left + QStringLiteral("&R") + pages}};
    if (headerRow >= 0)
        setup.insert(QStringLiteral("repeat_rows"), QJsonArray {headerRow, headerRow});
    return setup;
}

QJsonObject series(const QString &name, const QJsonObject &categories, const QJsonObject &values,
                   const QString &colour)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("categories"), categories},
            {QStringLiteral("values"), values},
            {QStringLiteral("color"), colour}};
}

// Names unique within the workbook, compared as Excel does (ignoring case).
class SheetNames
{
public:
    QString take(const QString &title)
    {
        const QString base = XlsxReport::sheetName(title);
        QString name = base;
        for (int suffix = 2; m_used.contains(name.toCaseFolded()); ++suffix) {
            const QString tail = QStringLiteral(" (%1)").arg(suffix);
            name = base.left(31 - tail.size()) + tail;
        }
        m_used.insert(name.toCaseFolded());
        return name;
    }

private:
    QSet<QString> m_used;
};

Sheet summarySheet(const ReportDocument &document, const QString &name)
{
    Sheet sheet(name);
    sheet.column(0, 0, 34);
    sheet.column(1, 3, 18);
    sheet.column(4, 4, 60);
    const double width = 34 + 3 * 18 + 60;
    int row = 0;
    sheet.text(row++, 0, document.title, QStringLiteral("title"));
    sheet.text(row++, 0, document.subtitle, QStringLiteral("subtitle"));
    ++row;
    for (const ReportFact &fact : document.titleFacts) {
        sheet.text(row, 0, fact.label, QStringLiteral("label"));
        if (fact.dates.isEmpty()) {
            sheet.text(row, 1, fact.value);
        } else {
            // Dates as dates, side by side (a window's first and last day).
            for (int index = 0; index < fact.dates.size(); ++index)
                sheet.moment(row, 1 + index, QDateTime(fact.dates.at(index), QTime(0, 0)),
                             QStringLiteral("fact_date"));
        }
        ++row;
    }
    const MetricsResult &result = *document.result;
    // The cohort sizes again as numbers, for formulas.
    sheet.text(row, 0, MetricTable::cohortCustomers(MetricTable::Column::Social),
               QStringLiteral("label"));
    sheet.number(row++, 1, double(result.socialCustomers), QStringLiteral("fact_count"));
    sheet.text(row, 0, MetricTable::cohortCustomers(MetricTable::Column::Control),
               QStringLiteral("label"));
    sheet.number(row++, 1, double(result.controlCustomers), QStringLiteral("fact_count"));
    sheet.text(row++, 0, document.generatedText, QStringLiteral("subtitle"));
    ++row;

    sheet.text(row++, 0, document.headings.summary, QStringLiteral("heading"));
    sheet.paragraph(row++, 0, 4, document.roiSentence, width, QStringLiteral("emphasis"));
    ++row;
    sheet.text(row++, 0, document.headings.roi, QStringLiteral("heading"));
    const int headerRow = row;
    for (int column = 0; column < document.roiTable.headers.size(); ++column)
        sheet.text(row, column, document.roiTable.headers.at(column), QStringLiteral("header"));
    if (!document.roiTable.rows.empty())
        sheet.text(row, 4, XlsxReportText::tr("Id"), QStringLiteral("header"));
    int lastComponentRow = headerRow;
    for (const ReportRow &line : document.roiTable.rows) {
        ++row;
        const bool isRoi = line.id == QLatin1String("roi");
        sheet.text(row, 0, line.cells.front().text,
                   line.emphasised ? QStringLiteral("emphasis") : QStringLiteral("wrap"));
        for (size_t column = 1; column < line.cells.size(); ++column) {
            const QString format = isRoi ? QStringLiteral("roi")
                : line.emphasised        ? QStringLiteral("money_total")
                                         : QStringLiteral("money");
            sheet.number(row, int(column), line.cells[column].number, format);
        }
        sheet.text(row, 4, line.id, QStringLiteral("label"));
        if (size_t(row - headerRow) <= result.roi.components.size())
            lastComponentRow = row;
    }
    ++row;
    ++row;

    int chartRow = -1;
    if (lastComponentRow > headerRow) {
        // The page break goes above the chart's row, which LibreOffice
        // would otherwise print a sliver of at the foot of the page before.
        chartRow = row++;
        QJsonArray chartSeries;
        chartSeries.append(series(document.roiTable.headers.value(1),
                                  range(headerRow + 1, 0, lastComponentRow, 0),
                                  range(headerRow + 1, 1, lastComponentRow, 1), socialColour));
        sheet.chart(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("bar")},
            {QStringLiteral("title"), XlsxReportText::tr("Value of each component")},
            {QStringLiteral("row"), row},
            {QStringLiteral("col"), 0},
            {QStringLiteral("width"), 760},
            {QStringLiteral("height"), 300},
            {QStringLiteral("legend"), QStringLiteral("none")},
            {QStringLiteral("y_axis"),
             QJsonObject {{QStringLiteral("name"),
                           MetricFormat::currencySymbol(document.currency, document.locale)},
                          {QStringLiteral("num_format"), moneyFormat(document, 0)}}},
            {QStringLiteral("series"), chartSeries}});
        row += 16;
    }

    sheet.text(row++, 0, document.headings.keyFindings, QStringLiteral("heading"));
    for (const ReportFact &finding : document.keyFindings) {
        sheet.text(row, 0, finding.label, QStringLiteral("emphasis"));
        sheet.paragraph(row, 1, 4, finding.value, width - 34);
        ++row;
    }
    for (const QString &warning : document.resultWarnings)
        sheet.paragraph(row++, 0, 4, warning, width);
    // The chart starts a page rather than being cut by one.
    QJsonObject setup = pageSetup(document, width, -1);
    if (chartRow > 0)
        setup.insert(QStringLiteral("page_breaks"), QJsonArray {chartRow});
    sheet.page(setup);
    return sheet;
}

// Relationship: each cohort's lifetime value and DERL with the interval of
// the fitted models, and the models' parameters with standard errors, as
// numbers. Returns the next free row.
int lifetimeValueBlock(Sheet &sheet, const ReportDocument &document, const MetricGroup &group,
                       int row)
{
    if (group.models.size() != 2)
        return row;
    sheet.text(row++, 0, XlsxReportText::tr("Lifetime value by cohort and the models behind it"),
               QStringLiteral("heading"));
    const QStringList headers = {XlsxReportText::tr("Quantity"),
                                 XlsxReportText::tr("Cohort"),
                                 CommonText::valueHeader(),
                                 XlsxReportText::tr("95% interval, low"),
                                 XlsxReportText::tr("95% interval, high"),
                                 XlsxReportText::tr("Standard error")};
    for (int column = 0; column < headers.size(); ++column)
        sheet.text(row, column, headers.at(column), QStringLiteral("header"));
    for (const char *name : {"clv", "derl_months"}) {
        const MetricRow *source = group.row(QLatin1String(name));
        if (!source)
            continue;
        const QString format = formatOf(kindOfUnit(source->unit));
        for (int cohort = 0; cohort < 2; ++cohort) {
            const bool social = cohort == 0;
            ++row;
            sheet.text(row, 0, metricRowLabel(source->name), QStringLiteral("wrap"));
            sheet.text(row, 1, social ? document.headings.social : document.headings.control);
            sheet.number(row, 2, social ? source->social : source->control, format);
            sheet.number(row, 3, social ? source->socialLow : source->controlLow, format);
            sheet.number(row, 4, social ? source->socialHigh : source->controlHigh, format);
            sheet.number(row, 5,
                         social ? source->socialStandardError : source->controlStandardError,
                         format);
        }
    }
    for (int cohort = 0; cohort < 2; ++cohort) {
        const CohortModels &models = group.models[std::size_t(cohort)];
        const std::pair<const FittedModel *, const char *> fitted[] = {
            {&models.sbg, "sBG"}, {&models.bgnbd, "BG/NBD"}, {&models.gammaGamma, "Gamma-Gamma"}};
        for (const auto &[model, name] : fitted) {
            for (const ModelParameter &parameter : model->parameters) {
                ++row;
                sheet.text(row, 0,
                           QStringLiteral("%1 %2").arg(QLatin1String(name), parameter.name));
                sheet.text(row, 1,
                           cohort == 0 ? document.headings.social : document.headings.control);
                sheet.number(row, 2, parameter.estimate, QStringLiteral("number"));
                sheet.number(row, 5, parameter.standardError, QStringLiteral("number"));
            }
        }
    }
    return row + 2;
}

Sheet metricSheet(const ReportDocument &document, const ReportMetricSection &section,
                  const MetricGroup &group, const QString &name)
{
    Sheet sheet(name);
    const QString symbol = MetricFormat::currencySymbol(document.currency, document.locale);
    const QStringList headers = {
        MetricTable::header(MetricTable::Column::Metric),
        CommonText::unitHeader(),
        document.headings.social,
        document.headings.control,
        MetricTable::header(MetricTable::Column::Difference),
        XlsxReportText::tr("Lift"),
        XlsxReportText::tr("95% interval, low"),
        XlsxReportText::tr("95% interval, high"),
        MetricTable::header(MetricTable::Column::PValue),
        XlsxReportText::tr("Test statistic"),
        XlsxReportText::tr("Customers, social"),
        XlsxReportText::tr("Customers, control"),
        XlsxReportText::tr("Warning"),
        XlsxReportText::tr("Row id"),
    };
    sheet.column(0, 0, 38);
    sheet.column(1, 1, 20);
    sheet.column(2, 11, 13);
    sheet.column(12, 12, 50);
    sheet.column(13, 13, 30);
    const double width = 38 + 20 + 10 * 13;
    // Printed without the row ids (column N), which are there for formulas.
    sheet.page(pageSetup(document, width + 50, 4), 12);

    int row = 0;
    sheet.text(row++, 0, section.title, QStringLiteral("title"));
    sheet.paragraph(row++, 0, 11, section.valueText, width, QStringLiteral("emphasis"));
    sheet.paragraph(row++, 0, 11, section.note, width);
    ++row;
    const int headerRow = row;
    for (int column = 0; column < headers.size(); ++column)
        sheet.text(row, column, headers.at(column), QStringLiteral("header"));
    sheet.freeze(headerRow + 1, 1);
    for (const MetricRow &source : group.rows) {
        ++row;
        const ReportNumberKind kind = kindOfUnit(source.unit);
        const QString valueFormat = formatOf(kind);
        const QString differenceFormat
            = kind == ReportNumberKind::Share ? QStringLiteral("share_difference") : valueFormat;
        sheet.text(row, 0, metricRowLabel(source.name), QStringLiteral("wrap"));
        sheet.text(row, 1, metricUnitLabel(source.unit, symbol), QStringLiteral("wrap"));
        sheet.number(row, 2, source.social, valueFormat);
        sheet.number(row, 3, source.control, valueFormat);
        sheet.number(row, 4, source.difference, differenceFormat);
        sheet.number(row, 5, source.lift, QStringLiteral("percent"));
        sheet.number(row, 6, source.ciLow, differenceFormat);
        sheet.number(row, 7, source.ciHigh, differenceFormat);
        sheet.number(row, 8, source.pValue, QStringLiteral("p_value"));
        if (source.statistic)
            sheet.number(row, 9, source.statistic, QStringLiteral("number"));
        if (source.nSocial > 0 || source.nControl > 0) {
            sheet.number(row, 10, double(source.nSocial), QStringLiteral("count"));
            sheet.number(row, 11, double(source.nControl), QStringLiteral("count"));
        }
        sheet.text(row, 12, source.warning, QStringLiteral("wrap"));
        sheet.text(row, 13, source.name, QStringLiteral("label"));
    }
    row += 2;
    row = lifetimeValueBlock(sheet, document, group, row);

    // The chart's own block: the compared rows side by side, so the series
    // reference contiguous ranges whatever the order of the table.
    const QStringList chartRows = ChartRows::spreadsheetRows(group);
    if (chartRows.isEmpty())
        return sheet;
    sheet.text(row++, 0, XlsxReportText::tr("Chart data"), QStringLiteral("heading"));
    const int chartHeader = row;
    sheet.text(row, 0, MetricTable::header(MetricTable::Column::Metric), QStringLiteral("header"));
    sheet.text(row, 1, CommonText::unitHeader(), QStringLiteral("header"));
    sheet.text(row, 2, document.headings.social, QStringLiteral("header"));
    sheet.text(row, 3, document.headings.control, QStringLiteral("header"));
    QString unit;
    for (const QString &rowName : chartRows) {
        const MetricRow *source = group.row(rowName);
        ++row;
        if (unit.isEmpty())
            unit = source->unit;
        const QString format = formatOf(kindOfUnit(source->unit));
        sheet.text(row, 0, metricRowLabel(source->name), QStringLiteral("wrap"));
        sheet.text(row, 1, metricUnitLabel(source->unit, symbol), QStringLiteral("wrap"));
        sheet.number(row, 2, source->social, format);
        sheet.number(row, 3, source->control, format);
    }
    const int lastRow = row;
    row += 2;
    QJsonArray chartSeries;
    chartSeries.append(series(document.headings.social, range(chartHeader + 1, 0, lastRow, 0),
                              range(chartHeader + 1, 2, lastRow, 2), socialColour));
    chartSeries.append(series(document.headings.control, range(chartHeader + 1, 0, lastRow, 0),
                              range(chartHeader + 1, 3, lastRow, 3), controlColour));
    // The value axis shows numbers as the cells do: percentages, money with
    // its currency, grouped thousands.
    QString axisFormat = QStringLiteral("#,##0.##");
    switch (MetricFormat::unitKind(unit)) {
    case MetricFormat::UnitKind::Share:
        axisFormat = QStringLiteral("0%");
        break;
    case MetricFormat::UnitKind::Money:
        axisFormat = moneyFormat(document, 0);
        break;
    case MetricFormat::UnitKind::Count:
        axisFormat = QStringLiteral("#,##0");
        break;
    case MetricFormat::UnitKind::Points:
    case MetricFormat::UnitKind::Number:
        break;
    }
    sheet.chart(QJsonObject {
        {QStringLiteral("type"), QStringLiteral("column")},
        {QStringLiteral("title"), XlsxReportText::tr("%1: social vs control").arg(section.title)},
        {QStringLiteral("row"), row},
        {QStringLiteral("col"), 0},
        {QStringLiteral("width"), 760},
        {QStringLiteral("height"), 360},
        {QStringLiteral("legend"), QStringLiteral("bottom")},
        {QStringLiteral("y_axis"),
         QJsonObject {{QStringLiteral("name"), metricUnitLabel(unit, symbol)},
                      {QStringLiteral("num_format"), axisFormat}}},
        {QStringLiteral("series"), chartSeries}});
    return sheet;
}

Sheet tableSheet(const ReportDocument &document, const QString &name, const QString &title,
                 const QStringList &paragraphs, const ReportTable &table,
                 const QList<double> &widths)
{
    Sheet sheet(name);
    double total = 0;
    for (int column = 0; column < widths.size(); ++column) {
        sheet.column(column, column, widths.at(column));
        total += widths.at(column);
    }
    int row = 0;
    sheet.text(row++, 0, title, QStringLiteral("title"));
    for (const QString &text : paragraphs)
        sheet.paragraph(row++, 0, int(widths.size()) - 1, text, total);
    ++row;
    sheet.freeze(row + 1, 0);
    sheet.page(pageSetup(document, total, row));
    sheet.table(row, table);
    return sheet;
}

} // namespace

namespace XlsxReport {

// The currency where the locale writes it, as a currency format ("[$€]" is
// how Excel and LibreOffice mark a currency symbol): [$€]#,##0.00 or
// #,##0.00 [$€], with `decimals` places.
QString moneyFormat(const ReportDocument &document, int decimals)
{
    const QString symbol = MetricFormat::currencySymbol(document.currency, document.locale);
    const QString probe = document.locale.toCurrencyString(1.0, QStringLiteral("\u00a4"), 0);
    const QString currency = QStringLiteral("[$%1]").arg(symbol);
    const QString number = decimals > 0
        ? QStringLiteral("#,##0.") + QString(decimals, QLatin1Char('0'))
        : QStringLiteral("#,##0");
    return probe.startsWith(QChar(0x00a4)) ? currency + number
                                           : number + QLatin1Char(' ') + currency;
}

QString sheetName(const QString &title)
{
    QString name;
    for (const QChar character : title) {
        if (QStringLiteral("[]:*?/\\").contains(character)
            || character.category() == QChar::Other_Control)
            name += QLatin1Char(' ');
        else
            name += character;
    }
    name = name.simplified().left(31).trimmed();
    // Excel also refuses a name that starts or ends with an apostrophe.
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Sheet") : name;
}

QJsonObject spec(const ReportDocument &document)
{
    SheetNames names;
    QJsonArray sheets;
    sheets.append(summarySheet(document,
                               names.take(XlsxReportText::tr(
                                   "Summary", "worksheet name, at most 31 characters")))
                      .toJson());
    for (const ReportMetricSection &section : document.metrics) {
        const MetricGroup *group = document.result->group(section.id);
        if (group)
            sheets.append(
                metricSheet(document, section, *group, names.take(section.title)).toJson());
    }
    sheets.append(tableSheet(document, names.take(document.headings.assumptions),
                             document.headings.assumptions, {}, document.assumptions, {44, 18, 24})
                      .toJson());
    sheets.append(tableSheet(document, names.take(document.headings.provenance),
                             document.headings.provenance, {document.provenanceSummary},
                             document.provenanceTable, {30, 16, 16, 20, 12, 12, 12, 70})
                      .toJson());
    sheets.append(tableSheet(document, names.take(document.headings.methods),
                             document.headings.methods, document.methodParagraphs,
                             document.methodTable, {30, 40, 50, 50})
                      .toJson());

    QJsonObject properties {
        {QStringLiteral("title"), document.title},
        {QStringLiteral("subject"), document.projectName},
        {QStringLiteral("author"), QStringLiteral("SocialROI Workbench")},
        {QStringLiteral("comments"), document.generatedText},
    };
    return {{QStringLiteral("properties"), properties},
            {QStringLiteral("formats"), formats(document)},
            {QStringLiteral("sheets"), sheets}};
}

QString defaultHelperPath()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("socialroi-xlsx-writer.exe");
#else
    const QString name = QStringLiteral("socialroi-xlsx-writer");
#endif
    const QDir here(QCoreApplication::applicationDirPath());
    const QString installed
        = QDir::cleanPath(here.filePath(QStringLiteral(SOCIALROI_HELPERDIR_FROM_BIN "/") + name));
    const QString beside = here.filePath(name);
    if (!QFileInfo(installed).isExecutable() && QFileInfo(beside).isExecutable())
        return beside;
    return installed;
}

bool write(const QJsonObject &workbook, const QString &path, const QString &helperPath,
           QString *error, const std::function<bool()> &isCancelled)
{
    if (!QFileInfo(helperPath).isExecutable()) {
        *error = XlsxReportText::tr("Cannot write %1: the XLSX writer %2 is missing. It is built "
                                    "and installed with SocialROI Workbench; build or install "
                                    "it again.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(helperPath));
        return false;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = XlsxReportText::tr("Cannot write %1: no temporary folder (%2).")
                     .arg(QDir::toNativeSeparators(path), scratch.errorString());
        return false;
    }
    const QString temporary = scratch.filePath(QStringLiteral("report.xlsx"));

    QProcess helper;
    helper.setProgram(helperPath);
    helper.setArguments({QStringLiteral("-o"), temporary, QStringLiteral("-")});
    helper.start();
    if (!helper.waitForStarted(30000)) {
        *error = XlsxReportText::tr("Cannot write %1: the XLSX writer %2 did not start (%3).")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(helperPath),
                          helper.errorString());
        return false;
    }
    helper.write(QJsonDocument(workbook).toJson(QJsonDocument::Compact));
    helper.closeWriteChannel();
    while (!helper.waitForFinished(100)) {
        if (helper.state() == QProcess::NotRunning)
            break;
        if (isCancelled && isCancelled()) {
            helper.kill();
            helper.waitForFinished(5000);
            *error = ExportFile::cancelledText();
            return false;
        }
    }
    if (helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0) {
        const QString detail = QString::fromUtf8(helper.readAllStandardError()).trimmed();
        *error = XlsxReportText::tr("Cannot write %1: the XLSX writer failed (%2).")
                     .arg(QDir::toNativeSeparators(path),
                          detail.isEmpty() ? helper.errorString() : detail);
        return false;
    }

    QFile written(temporary);
    if (!written.open(QIODevice::ReadOnly)) {
        *error = XlsxReportText::tr("Cannot write %1: the XLSX writer left no file (%2).")
                     .arg(QDir::toNativeSeparators(path), written.errorString());
        return false;
    }
    QString problem;
    if (!ExportFile::write(path, written.readAll(), &problem)) {
        *error = CommonText::cannotWriteFile(path, problem);
        return false;
    }
    return true;
}

} // namespace XlsxReport
