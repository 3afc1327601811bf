// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckchart.h"

#include <QJsonArray>
#include <QLocale>
#include <QXmlStreamWriter>

#include <cmath>

namespace {

const QString chartNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart");
const QString drawingNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString relationshipNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// "B" for the first series, "C" for the second, … (a deck chart has few).
QString columnLetter(int seriesIndex)
{
    return QString(QChar(u'B' + seriesIndex));
}

QString reference(const QString &column, int firstRow, int lastRow)
{
    return QStringLiteral("Sheet1!$%1$%2:$%1$%3").arg(column).arg(firstRow).arg(lastRow);
}

class ChartWriter
{
public:
    explicit ChartWriter(QByteArray *xml)
        : m_xml(xml)
    { }

    void element(const QString &name, const QString &value)
    {
        m_xml.writeStartElement(chartNamespace, name);
        m_xml.writeAttribute(QStringLiteral("val"), value);
        m_xml.writeEndElement();
    }
    void start(const QString &name) { m_xml.writeStartElement(chartNamespace, name); }
    void end() { m_xml.writeEndElement(); }
    void fill(const QString &colour)
    {
        m_xml.writeStartElement(chartNamespace, QStringLiteral("spPr"));
        if (colour.isEmpty()) {
            m_xml.writeEmptyElement(drawingNamespace, QStringLiteral("noFill"));
        } else {
            m_xml.writeStartElement(drawingNamespace, QStringLiteral("solidFill"));
            m_xml.writeStartElement(drawingNamespace, QStringLiteral("srgbClr"));
            m_xml.writeAttribute(QStringLiteral("val"), colour);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    void line(const QString &colour, int width)
    {
        m_xml.writeStartElement(chartNamespace, QStringLiteral("spPr"));
        m_xml.writeStartElement(drawingNamespace, QStringLiteral("ln"));
        m_xml.writeAttribute(QStringLiteral("w"), QString::number(width));
        m_xml.writeStartElement(drawingNamespace, QStringLiteral("solidFill"));
        m_xml.writeStartElement(drawingNamespace, QStringLiteral("srgbClr"));
        m_xml.writeAttribute(QStringLiteral("val"), colour);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    void stringReference(const QString &formula, const QStringList &values)
    {
        start(QStringLiteral("strRef"));
        m_xml.writeTextElement(chartNamespace, QStringLiteral("f"), formula);
        start(QStringLiteral("strCache"));
        element(QStringLiteral("ptCount"), QString::number(values.size()));
        for (int index = 0; index < values.size(); ++index) {
            start(QStringLiteral("pt"));
            m_xml.writeAttribute(QStringLiteral("idx"), QString::number(index));
            m_xml.writeTextElement(chartNamespace, QStringLiteral("v"), values.at(index));
            end();
        }
        end();
        end();
    }
    void numberReference(const QString &formula, const QString &format,
                         const QVector<std::optional<double>> &values)
    {
        start(QStringLiteral("numRef"));
        m_xml.writeTextElement(chartNamespace, QStringLiteral("f"), formula);
        start(QStringLiteral("numCache"));
        m_xml.writeTextElement(chartNamespace, QStringLiteral("formatCode"), format);
        element(QStringLiteral("ptCount"), QString::number(values.size()));
        for (int index = 0; index < values.size(); ++index) {
            if (!values.at(index) || !std::isfinite(*values.at(index)))
                continue; // a gap
            start(QStringLiteral("pt"));
            m_xml.writeAttribute(QStringLiteral("idx"), QString::number(index));
            m_xml.writeTextElement(
                chartNamespace, QStringLiteral("v"),
                QString::number(*values.at(index), 'g', QLocale::FloatingPointShortest));
            end();
        }
        end();
        end();
    }
    QXmlStreamWriter &xml() { return m_xml; }

private:
    QXmlStreamWriter m_xml;
};

} // namespace

namespace {

void valueAxis(ChartWriter &chart, const char *id, const char *crossing, const char *position,
               const QString &format, bool gridlines, const char *between,
               const std::optional<std::pair<double, double>> &range = std::nullopt)
{
    chart.start(QStringLiteral("valAx"));
    chart.element(QStringLiteral("axId"), QLatin1String(id));
    chart.start(QStringLiteral("scaling"));
    chart.element(QStringLiteral("orientation"), QStringLiteral("minMax"));
    if (range) {
        chart.element(QStringLiteral("max"), QString::number(range->second));
        chart.element(QStringLiteral("min"), QString::number(range->first));
    }
    chart.end();
    chart.element(QStringLiteral("delete"), QStringLiteral("0"));
    chart.element(QStringLiteral("axPos"), QLatin1String(position));
    if (gridlines) {
        chart.start(QStringLiteral("majorGridlines"));
        chart.end();
    }
    chart.start(QStringLiteral("numFmt"));
    chart.xml().writeAttribute(QStringLiteral("formatCode"), format);
    chart.xml().writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
    chart.end();
    chart.element(QStringLiteral("majorTickMark"), QStringLiteral("none"));
    chart.element(QStringLiteral("minorTickMark"), QStringLiteral("none"));
    chart.element(QStringLiteral("tickLblPos"), QStringLiteral("nextTo"));
    chart.element(QStringLiteral("crossAx"), QLatin1String(crossing));
    chart.element(QStringLiteral("crosses"), QStringLiteral("autoZero"));
    chart.element(QStringLiteral("crossBetween"), QLatin1String(between));
    chart.end();
}

} // namespace

namespace {

// Opens series `index` of a chart, named by its column's header cell.
void startSeries(ChartWriter &chart, int index, const QString &name)
{
    chart.start(QStringLiteral("ser"));
    chart.element(QStringLiteral("idx"), QString::number(index));
    chart.element(QStringLiteral("order"), QString::number(index));
    chart.start(QStringLiteral("tx"));
    chart.stringReference(QStringLiteral("Sheet1!$%1$1").arg(columnLetter(index)), {name});
    chart.end();
}

// Clustered or stacked columns over text categories (column A).
void writeBars(ChartWriter &chart, const DeckChart &deck)
{
    chart.start(QStringLiteral("barChart"));
    chart.element(QStringLiteral("barDir"), QStringLiteral("col"));
    const bool waterfall = deck.kind == DeckChart::Kind::Waterfall;
    chart.element(QStringLiteral("grouping"),
                  waterfall ? QStringLiteral("stacked") : QStringLiteral("clustered"));
    chart.element(QStringLiteral("varyColors"), QStringLiteral("0"));
    const int lastRow = int(deck.categories.size()) + 1;
    for (int index = 0; index < deck.series.size(); ++index) {
        const DeckChart::Series &one = deck.series.at(index);
        startSeries(chart, index, one.name);
        chart.fill(one.colour);
        chart.element(QStringLiteral("invertIfNegative"), QStringLiteral("0"));
        for (int point = 0; point < one.pointColours.size(); ++point) {
            if (one.pointColours.at(point).isEmpty())
                continue;
            chart.start(QStringLiteral("dPt"));
            chart.element(QStringLiteral("idx"), QString::number(point));
            chart.element(QStringLiteral("invertIfNegative"), QStringLiteral("0"));
            chart.element(QStringLiteral("bubble3D"), QStringLiteral("0"));
            chart.fill(one.pointColours.at(point));
            chart.end();
        }
        if (!one.plus.isEmpty()) {
            // Each cohort's 95 % interval, as the window's whiskers.
            chart.start(QStringLiteral("errBars"));
            chart.element(QStringLiteral("errDir"), QStringLiteral("y"));
            chart.element(QStringLiteral("errBarType"), QStringLiteral("both"));
            chart.element(QStringLiteral("errValType"), QStringLiteral("cust"));
            chart.element(QStringLiteral("noEndCap"), QStringLiteral("0"));
            for (const bool above : {true, false}) {
                chart.start(above ? QStringLiteral("plus") : QStringLiteral("minus"));
                const QString column = QString(QChar(u'A' + deck.errorColumn(index, above)));
                chart.numberReference(reference(column, 2, lastRow), deck.numberFormat,
                                      above ? one.plus : one.minus);
                chart.end();
            }
            chart.line(QStringLiteral("3C4043"), 9525);
            chart.end();
        }
        chart.start(QStringLiteral("cat"));
        chart.stringReference(reference(QStringLiteral("A"), 2, lastRow), deck.categories);
        chart.end();
        chart.start(QStringLiteral("val"));
        chart.numberReference(reference(columnLetter(index), 2, lastRow), deck.numberFormat,
                              one.values);
        chart.end();
        chart.end(); // ser
    }
    chart.element(QStringLiteral("gapWidth"),
                  waterfall ? QStringLiteral("50") : QStringLiteral("80"));
    if (waterfall)
        chart.element(QStringLiteral("overlap"), QStringLiteral("100"));
    chart.element(QStringLiteral("axId"), QStringLiteral("100"));
    chart.element(QStringLiteral("axId"), QStringLiteral("200"));
    chart.end(); // barChart

    chart.start(QStringLiteral("catAx"));
    chart.element(QStringLiteral("axId"), QStringLiteral("100"));
    chart.start(QStringLiteral("scaling"));
    chart.element(QStringLiteral("orientation"), QStringLiteral("minMax"));
    chart.end();
    chart.element(QStringLiteral("delete"), QStringLiteral("0"));
    chart.element(QStringLiteral("axPos"), QStringLiteral("b"));
    chart.element(QStringLiteral("majorTickMark"), QStringLiteral("none"));
    chart.element(QStringLiteral("minorTickMark"), QStringLiteral("none"));
    chart.element(QStringLiteral("tickLblPos"), QStringLiteral("low"));
    chart.element(QStringLiteral("crossAx"), QStringLiteral("200"));
    chart.element(QStringLiteral("crosses"), QStringLiteral("autoZero"));
    chart.element(QStringLiteral("auto"), QStringLiteral("1"));
    chart.element(QStringLiteral("lblAlgn"), QStringLiteral("ctr"));
    chart.element(QStringLiteral("lblOffset"), QStringLiteral("100"));
    chart.end();
    valueAxis(chart, "200", "100", "l", deck.numberFormat, true, "between", deck.valueRange);
}

// Lines through (x, y) points, the x of every series in column A. (Impress
// draws only the last of several series that each have x values of their own.)
void writeLines(ChartWriter &chart, const DeckChart &deck)
{
    chart.start(QStringLiteral("scatterChart"));
    chart.element(QStringLiteral("scatterStyle"), QStringLiteral("lineMarker"));
    chart.element(QStringLiteral("varyColors"), QStringLiteral("0"));
    const int lastRow = int(deck.x.size()) + 1;
    QVector<std::optional<double>> x;
    for (double value : deck.x)
        x << value;
    for (int index = 0; index < deck.series.size(); ++index) {
        const DeckChart::Series &one = deck.series.at(index);
        startSeries(chart, index, one.name);
        chart.line(one.colour, 28575); // 2.25 pt
        chart.start(QStringLiteral("marker"));
        chart.element(QStringLiteral("symbol"), QStringLiteral("none"));
        chart.end();
        chart.start(QStringLiteral("xVal"));
        chart.numberReference(reference(QStringLiteral("A"), 2, lastRow), deck.xFormat, x);
        chart.end();
        chart.start(QStringLiteral("yVal"));
        chart.numberReference(reference(columnLetter(index), 2, lastRow), deck.numberFormat,
                              one.values);
        chart.end();
        chart.element(QStringLiteral("smooth"), QStringLiteral("0"));
        chart.end(); // ser
    }
    chart.element(QStringLiteral("axId"), QStringLiteral("100"));
    chart.element(QStringLiteral("axId"), QStringLiteral("200"));
    chart.end(); // scatterChart
    valueAxis(chart, "100", "200", "b", deck.xFormat, false, "midCat");
    valueAxis(chart, "200", "100", "l", deck.numberFormat, true, "midCat", deck.valueRange);
}

} // namespace

QByteArray DeckChart::chartXml(const QString &workbookRelationship, const QString &language) const
{
    QByteArray bytes;
    ChartWriter chart(&bytes);
    QXmlStreamWriter &xml = chart.xml();
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeNamespace(chartNamespace, QStringLiteral("c"));
    xml.writeNamespace(drawingNamespace, QStringLiteral("a"));
    xml.writeNamespace(relationshipNamespace, QStringLiteral("r"));
    chart.start(QStringLiteral("chartSpace"));
    chart.element(QStringLiteral("lang"), language);
    chart.element(QStringLiteral("roundedCorners"), QStringLiteral("0"));
    chart.start(QStringLiteral("chart"));
    chart.element(QStringLiteral("autoTitleDeleted"), QStringLiteral("1"));
    chart.start(QStringLiteral("plotArea"));
    chart.start(QStringLiteral("layout"));
    chart.end();
    if (kind == Kind::Lines)
        writeLines(chart, *this);
    else
        writeBars(chart, *this);
    chart.end(); // plotArea
    if (legend) {
        chart.start(QStringLiteral("legend"));
        chart.element(QStringLiteral("legendPos"), QStringLiteral("b"));
        chart.element(QStringLiteral("overlay"), QStringLiteral("0"));
        chart.end();
    }
    chart.element(QStringLiteral("plotVisOnly"), QStringLiteral("1"));
    chart.element(QStringLiteral("dispBlanksAs"), QStringLiteral("gap"));
    chart.end(); // chart
    chart.start(QStringLiteral("externalData"));
    xml.writeAttribute(relationshipNamespace, QStringLiteral("id"), workbookRelationship);
    chart.element(QStringLiteral("autoUpdate"), QStringLiteral("0"));
    chart.end();
    chart.end(); // chartSpace
    xml.writeEndDocument();
    return bytes;
}

QJsonObject DeckChart::workbookSpec() const
{
    QJsonArray cells;
    const auto cell = [&cells](int row, int column, const QJsonValue &value, const char *format) {
        QJsonObject object {
            {QStringLiteral("row"), row},
            {QStringLiteral("col"), column},
            {QStringLiteral("type"),
             value.isDouble() ? QStringLiteral("number") : QStringLiteral("string")},
            {QStringLiteral("value"), value}};
        if (format)
            object.insert(QStringLiteral("format"), QLatin1String(format));
        cells.append(object);
    };
    const auto values
        = [&cell](int column, const QVector<std::optional<double>> &numbers, const char *format) {
              for (int index = 0; index < numbers.size(); ++index) {
                  if (numbers.at(index) && std::isfinite(*numbers.at(index)))
                      cell(index + 1, column, *numbers.at(index), format);
              }
          };
    if (kind == Kind::Lines) {
        cell(0, 0, xTitle, "header");
        QVector<std::optional<double>> column;
        for (double value : x)
            column << value;
        values(0, column, "x");
    } else {
        for (int index = 0; index < categories.size(); ++index)
            cell(index + 1, 0, categories.at(index), nullptr);
    }
    int columns = int(series.size()) + 1;
    for (int column = 0; column < series.size(); ++column) {
        const Series &one = series.at(column);
        cell(0, column + 1, one.name, "header");
        values(column + 1, one.values, "value");
        if (one.plus.isEmpty())
            continue;
        cell(0, errorColumn(column, false), one.name + QStringLiteral(" −"), "header");
        values(errorColumn(column, false), one.minus, "value");
        cell(0, errorColumn(column, true), one.name + QStringLiteral(" +"), "header");
        values(errorColumn(column, true), one.plus, "value");
        columns = std::max(columns, errorColumn(column, true) + 1);
    }
    // Text categories get a wide first column; numbers a column each.
    const bool categoryColumn = kind != Kind::Lines;
    const QJsonObject sheet {
        {QStringLiteral("name"), QStringLiteral("Sheet1")},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("columns"),
         QJsonArray {QJsonObject {{QStringLiteral("first"), 0},
                                  {QStringLiteral("last"), 0},
                                  {QStringLiteral("width"), categoryColumn ? 40 : 16}},
                     QJsonObject {{QStringLiteral("first"), 1},
                                  {QStringLiteral("last"), std::max(1, columns - 1)},
                                  {QStringLiteral("width"), 16}}}}};
    return {
        {QStringLiteral("properties"), QJsonObject {{QStringLiteral("title"), title}}},
        {QStringLiteral("formats"),
         QJsonObject {
             {QStringLiteral("header"), QJsonObject {{QStringLiteral("bold"), true}}},
             {QStringLiteral("value"), QJsonObject {{QStringLiteral("num_format"), numberFormat}}},
             {QStringLiteral("x"), QJsonObject {{QStringLiteral("num_format"), xFormat}}}}},
        {QStringLiteral("sheets"), QJsonArray {sheet}}};
}

int DeckChart::errorColumn(int index, bool above) const
{
    // After the values' columns, two per series: below, above.
    return int(series.size()) + 1 + 2 * index + (above ? 1 : 0);
}
