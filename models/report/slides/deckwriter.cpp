// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckwriter.h"

#include "analysis.h"
#include "chartrows.h"
#include "commontext.h"
#include "deckchart.h"
#include "deckparts.h"
#include "decktemplate.h"
#include "exportfile.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "opcpackage.h"
#include "reportfonts.h"
#include "xlsxreport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {

constexpr qint64 emuPerInch = 914400;
constexpr qint64 margin = emuPerInch / 2;
const QString socialColour = QStringLiteral("0072B2"); // as the window's charts
const QString controlColour = QStringLiteral("E69F00");
const QString costColour = QStringLiteral("D55E00");
const QString totalColour = QStringLiteral("3C4043");
const QString mutedColour = QStringLiteral("5F6368");

qint64 inches(double value)
{
    return qint64(value * emuPerInch);
}

struct Rect
{
    qint64 x, y, cx, cy;
};

// One run of text with its look; `size` in points, 0 for the placeholder's.
struct Run
{
    QString text;
    double size = 0;
    bool bold = false;
    QString colour; // RRGGBB, empty for the theme's text colour
};

struct Paragraph
{
    QVector<Run> runs;
    QString align; // "l", "r", "ctr"; empty for the default
};

// The shapes of one slide (or notes page), written as PresentationML.
class ShapeTree
{
public:
    // Positions are given on the 16:9 design's slide (DeckParts::slideWidth ×
    // slideHeight) and scaled to the deck's own size.
    ShapeTree(QString language, QSizeF scale)
        : m_language(std::move(language))
        , m_scale(scale)
    { }

    // A placeholder of the layout ("title", "ctrTitle", "subTitle", "body"
    // with idx), placed where the layout puts it.
    void placeholder(const QString &type, int index, const QVector<Paragraph> &paragraphs)
    {
        QByteArray xml = "<p:sp><p:nvSpPr><p:cNvPr id=\"" + QByteArray::number(nextId())
            + "\" name=\"" + type.toUtf8()
            + "\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph";
        if (!type.isEmpty())
            xml += " type=\"" + type.toUtf8() + "\"";
        if (index > 0)
            xml += " idx=\"" + QByteArray::number(index) + "\"";
        xml += "/></p:nvPr></p:nvSpPr><p:spPr/>" + textBody(paragraphs, false) + "</p:sp>";
        m_shapes += xml;
    }

    void textBox(const Rect &rect, const QVector<Paragraph> &paragraphs, const QString &fill = {})
    {
        QByteArray xml = "<p:sp><p:nvSpPr><p:cNvPr id=\"" + QByteArray::number(nextId())
            + "\" name=\"Text " + QByteArray::number(m_nextId - 1)
            + "\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>" + transform(rect)
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
            + (fill.isEmpty()
                   ? QByteArray("<a:noFill/>")
                   : "<a:solidFill><a:srgbClr val=\"" + fill.toUtf8() + "\"/></a:solidFill>")
            + "</p:spPr>" + textBody(paragraphs, true) + "</p:sp>";
        m_shapes += xml;
    }

    void chart(const Rect &rect, const QString &relationship, const QString &description)
    {
        m_shapes += "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\""
            + QByteArray::number(nextId()) + "\" name=\"Chart " + QByteArray::number(m_nextId - 1)
            + "\" descr=\"" + description.toHtmlEscaped().toUtf8()
            + "\"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>" + frameTransform(rect)
            + "<a:graphic><a:graphicData "
              "uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
              "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\""
            + relationship.toUtf8() + "\"/></a:graphicData></a:graphic></p:graphicFrame>";
    }

    // A table: `widths` in EMU per column, the first row as the header;
    // `numeric` columns right-aligned.
    void table(const Rect &rect, const QVector<qint64> &widths, const QVector<QStringList> &rows,
               const QVector<bool> &numeric, double size)
    {
        QByteArray xml = "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\""
            + QByteArray::number(nextId()) + "\" name=\"Table " + QByteArray::number(m_nextId - 1)
            + "\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr>"
              "<p:nvPr/></p:nvGraphicFramePr>"
            + frameTransform(rect)
            + "<a:graphic><a:graphicData "
              "uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\">"
              "<a:tbl><a:tblPr firstRow=\"1\"/><a:tblGrid>";
        for (qint64 width : widths) {
            xml += "<a:gridCol w=\"" + QByteArray::number(qRound64(double(width) * m_scale.width()))
                + "\"/>";
        }
        xml += "</a:tblGrid>";
        const qint64 rowHeight = qint64(size * 2.1 * 12700);
        for (int row = 0; row < rows.size(); ++row) {
            const bool header = row == 0;
            xml += "<a:tr h=\"" + QByteArray::number(rowHeight) + "\">";
            for (int column = 0; column < widths.size(); ++column) {
                Paragraph paragraph;
                paragraph.align = numeric.value(column) ? QStringLiteral("r") : QStringLiteral("l");
                paragraph.runs.append(
                    {rows.at(row).value(column), size, header, header ? QString() : QString()});
                xml += "<a:tc>" + textBody({paragraph}, false, "a:txBody")
                    + "<a:tcPr marL=\"45720\" marR=\"45720\" marT=\"22860\" marB=\"22860\">"
                    + cellBorder(header)
                    + (header ? QByteArray("<a:solidFill><a:srgbClr val=\"EEF1F5\"/></a:solidFill>")
                              : QByteArray("<a:noFill/>"))
                    + "</a:tcPr></a:tc>";
            }
            xml += "</a:tr>";
        }
        xml += "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>";
        m_shapes += xml;
    }

    QByteArray xml() const { return m_shapes; }

private:
    int nextId() { return m_nextId++; }

    QByteArray transform(const Rect &rect) const
    {
        const auto x = [this](qint64 value) {
            return QByteArray::number(qRound64(double(value) * m_scale.width()));
        };
        const auto y = [this](qint64 value) {
            return QByteArray::number(qRound64(double(value) * m_scale.height()));
        };
        return "<a:xfrm><a:off x=\"" + x(rect.x) + "\" y=\"" + y(rect.y) + "\"/><a:ext cx=\""
            + x(rect.cx) + "\" cy=\"" + y(rect.cy) + "\"/></a:xfrm>";
    }
    QByteArray frameTransform(const Rect &rect) const
    {
        QByteArray xml = transform(rect);
        xml.replace("<a:xfrm>", "<p:xfrm>");
        xml.replace("</a:xfrm>", "</p:xfrm>");
        return xml;
    }
    static QByteArray cellBorder(bool header)
    {
        const QByteArray line = "<a:ln w=\"" + QByteArray(header ? "12700" : "6350")
            + "\"><a:solidFill><a:srgbClr val=\"D0D4DA\"/></a:solidFill></a:ln>";
        QByteArray bottom = line;
        bottom.replace("<a:ln ", "<a:lnB ");
        bottom.replace("</a:ln>", "</a:lnB>");
        return "<a:lnL w=\"0\"><a:noFill/></a:lnL><a:lnR w=\"0\"><a:noFill/></a:lnR>"
               "<a:lnT w=\"0\"><a:noFill/></a:lnT>"
            + bottom;
    }

    QByteArray textBody(const QVector<Paragraph> &paragraphs, bool box,
                        const char *element = "p:txBody") const
    {
        QByteArray xml = QByteArray("<") + element + ">";
        xml += box ? "<a:bodyPr wrap=\"square\"><a:normAutofit/></a:bodyPr>" : "<a:bodyPr/>";
        xml += "<a:lstStyle/>";
        for (const Paragraph &paragraph : paragraphs) {
            xml += "<a:p>";
            if (!paragraph.align.isEmpty())
                xml += "<a:pPr algn=\"" + paragraph.align.toUtf8() + "\"/>";
            for (const Run &run : paragraph.runs) {
                xml += "<a:r><a:rPr lang=\"" + m_language.toUtf8() + "\"";
                if (run.size > 0)
                    xml += " sz=\"" + QByteArray::number(qRound(run.size * 100)) + "\"";
                if (run.bold)
                    xml += " b=\"1\"";
                xml += " dirty=\"0\">";
                if (!run.colour.isEmpty())
                    xml += "<a:solidFill><a:srgbClr val=\"" + run.colour.toUtf8()
                        + "\"/></a:solidFill>";
                // The theme's fonts by reference, so a template's fonts apply
                // and Devanagari takes the complex-script font.
                xml += "<a:latin typeface=\"+mn-lt\"/><a:cs typeface=\"+mn-cs\"/>";
                xml += "</a:rPr><a:t>" + run.text.toHtmlEscaped().toUtf8() + "</a:t></a:r>";
            }
            xml += "<a:endParaRPr lang=\"" + m_language.toUtf8() + "\" dirty=\"0\"/></a:p>";
        }
        return xml + "</" + element + ">";
    }

    QString m_language;
    QSizeF m_scale;
    QByteArray m_shapes;
    int m_nextId = 2; // 1 is the tree itself
};

const char namespaces[]
    = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
      "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

QByteArray page(const char *root, const ShapeTree &shapes)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:") + root
        + " " + namespaces
        + "><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/>"
          "</p:nvGrpSpPr><p:grpSpPr/>"
        + shapes.xml()
        + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:" + root + ">";
}

Paragraph paragraph(const QString &text, double size = 0, bool bold = false,
                    const QString &colour = {}, const QString &align = {})
{
    return {{Run {text, size, bold, colour}}, align};
}

// The deck being built: slides in order, each with its layout, chart parts
// and notes.
class Deck
{
public:
    Deck(const ReportDocument &document, const DeckTemplate *deckTemplate, QString helperPath,
         QString *error)
        : m_document(document)
        , m_helperPath(std::move(helperPath))
        , m_error(error)
        , m_language(document.locale.bcp47Name())
    {
        const QString latin = QStringLiteral("Noto Sans");
        const QStringList families = ReportFonts::families(document.locale);
        const QString complex = families.isEmpty() ? latin : families.constFirst();
        if (deckTemplate) {
            m_parts = deckTemplate->addTo(m_package);
            m_size = deckTemplate->slideSize();
        } else {
            m_parts = DeckParts::addDefaults(m_package, latin, complex);
        }
        m_parts.notesMaster = DeckParts::addNotesMaster(m_package, latin, complex);
    }

    QString language() const { return m_language; }
    ShapeTree shapes() const
    {
        return ShapeTree(m_language,
                         QSizeF(double(m_size.width()) / DeckParts::slideWidth,
                                double(m_size.height()) / DeckParts::slideHeight));
    }

    // Adds a slide; `notes` become its speaker notes. Returns its part name.
    QString addSlide(bool titleLayout, const ShapeTree &shapes, const QStringList &notes)
    {
        const int number = int(m_slides.size()) + 1;
        const QString name = QStringLiteral("ppt/slides/slide%1.xml").arg(number);
        m_package.addPart(name, DeckParts::contentType("slide"), page("sld", shapes));
        m_package.relate(
            name, OpcPackage::relationshipType("slideLayout"),
            DeckParts::relativeTarget(QStringLiteral("ppt/slides/"),
                                      titleLayout ? m_parts.titleLayout : m_parts.contentLayout));
        m_slides.append(name);

        const QString notesName = QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(number);
        ShapeTree notesShapes(m_language, QSizeF(1, 1));
        notesShapes.placeholder(QStringLiteral("sldImg"), 0, {});
        QVector<Paragraph> lines;
        for (const QString &line : notes)
            lines.append(paragraph(line));
        notesShapes.placeholder(QStringLiteral("body"), 1, lines);
        m_package.addPart(notesName, DeckParts::contentType("notesSlide"),
                          page("notes", notesShapes));
        m_package.relate(
            notesName, OpcPackage::relationshipType("notesMaster"),
            DeckParts::relativeTarget(QStringLiteral("ppt/notesSlides/"), m_parts.notesMaster));
        m_package.relate(notesName, OpcPackage::relationshipType("slide"),
                         QStringLiteral("../slides/slide%1.xml").arg(number));
        m_package.relate(name, OpcPackage::relationshipType("notesSlide"),
                         QStringLiteral("../notesSlides/notesSlide%1.xml").arg(number));
        return name;
    }

    // The relationship id, from the next slide, of a new chart part with its
    // workbook; empty with the error set when the workbook cannot be written.
    QString addChart(const DeckChart &chart)
    {
        const int number = ++m_charts;
        const QString chartName = QStringLiteral("ppt/charts/chart%1.xml").arg(number);
        const QString workbookName
            = QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(number);
        QByteArray workbook;
        if (!writeWorkbook(chart, &workbook))
            return {};
        m_package.addPart(workbookName, DeckParts::contentType("xlsx"), workbook);
        const QString workbookId = m_package.relate(
            chartName, OpcPackage::relationshipType("package"),
            QStringLiteral("../embeddings/") + QFileInfo(workbookName).fileName());
        m_package.addPart(chartName, DeckParts::contentType("chart"),
                          chart.chartXml(workbookId, m_language));
        const QString nextSlide = QStringLiteral("ppt/slides/slide%1.xml").arg(m_slides.size() + 1);
        return m_package.relate(nextSlide, OpcPackage::relationshipType("chart"),
                                QStringLiteral("../charts/chart%1.xml").arg(number));
    }

    bool finish(QByteArray *zip)
    {
        QByteArray presentation
            = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<p:presentation ")
            + namespaces
            + " saveSubsetFonts=\"1\"><p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"";
        const QString presentationName = QStringLiteral("ppt/presentation.xml");
        presentation
            += m_package
                   .relate(presentationName, OpcPackage::relationshipType("slideMaster"),
                           DeckParts::relativeTarget(QStringLiteral("ppt/"), m_parts.master))
                   .toUtf8()
            + "\"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id=\""
            + m_package
                  .relate(presentationName, OpcPackage::relationshipType("notesMaster"),
                          DeckParts::relativeTarget(QStringLiteral("ppt/"), m_parts.notesMaster))
                  .toUtf8()
            + "\"/></p:notesMasterIdLst><p:sldIdLst>";
        for (int index = 0; index < m_slides.size(); ++index) {
            const QString id
                = m_package.relate(presentationName, OpcPackage::relationshipType("slide"),
                                   QStringLiteral("slides/slide%1.xml").arg(index + 1));
            presentation += "<p:sldId id=\"" + QByteArray::number(256 + index) + "\" r:id=\""
                + id.toUtf8() + "\"/>";
        }
        presentation += "</p:sldIdLst><p:sldSz cx=\"" + QByteArray::number(m_size.width())
            + "\" cy=\"" + QByteArray::number(m_size.height())
            + "\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>";
        if (!m_parts.theme.isEmpty()) {
            m_package.relate(presentationName, OpcPackage::relationshipType("theme"),
                             DeckParts::relativeTarget(QStringLiteral("ppt/"), m_parts.theme));
        }
        m_package.addPart(presentationName, DeckParts::contentType("presentation"), presentation);
        m_package.relate({}, OpcPackage::relationshipType("officeDocument"), presentationName);
        addProperties();
        return m_package.toZip(zip, m_error);
    }

private:
    bool writeWorkbook(const DeckChart &chart, QByteArray *workbook)
    {
        if (!m_scratch.isValid()) {
            *m_error = DeckWriter::tr("no temporary folder (%1)").arg(m_scratch.errorString());
            return false;
        }
        const QString path = m_scratch.filePath(QStringLiteral("chart%1.xlsx").arg(m_charts));
        QString problem;
        if (!XlsxReport::write(chart.workbookSpec(), path, m_helperPath, &problem)) {
            *m_error = problem;
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *m_error = file.errorString();
            return false;
        }
        *workbook = file.readAll();
        return true;
    }

    void addProperties()
    {
        QByteArray core;
        QXmlStreamWriter xml(&core);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        const QString cp = QStringLiteral(
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        const QString terms = QStringLiteral("http://purl.org/dc/terms/");
        const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
        xml.writeNamespace(cp, QStringLiteral("cp"));
        xml.writeNamespace(dc, QStringLiteral("dc"));
        xml.writeNamespace(terms, QStringLiteral("dcterms"));
        xml.writeNamespace(xsi, QStringLiteral("xsi"));
        xml.writeStartElement(cp, QStringLiteral("coreProperties"));
        xml.writeTextElement(dc, QStringLiteral("title"), m_document.title);
        xml.writeTextElement(dc, QStringLiteral("subject"), m_document.projectName);
        xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("SocialROI Workbench"));
        xml.writeTextElement(dc, QStringLiteral("language"), m_language);
        xml.writeStartElement(terms, QStringLiteral("created"));
        xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        m_package.addPart(QStringLiteral("docProps/core.xml"), DeckParts::contentType("core"),
                          core);
        m_package.relate({},
                         QStringLiteral("http://schemas.openxmlformats.org/package/2006/"
                                        "relationships/metadata/core-properties"),
                         QStringLiteral("docProps/core.xml"));
        const QByteArray app
            = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties "
              "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
              "<Application>SocialROI Workbench</Application><Slides>"
            + QByteArray::number(m_slides.size()) + "</Slides></Properties>";
        m_package.addPart(QStringLiteral("docProps/app.xml"), DeckParts::contentType("app"), app);
        m_package.relate({}, OpcPackage::relationshipType("extended-properties"),
                         QStringLiteral("docProps/app.xml"));
    }

    const ReportDocument &m_document;
    QString m_helperPath;
    QString *m_error;
    QString m_language;
    OpcPackage m_package;
    DeckParts::Names m_parts;
    QSize m_size {int(DeckParts::slideWidth), int(DeckParts::slideHeight)};
    QVector<QString> m_slides;
    int m_charts = 0;
    QTemporaryDir m_scratch;
};

} // namespace

namespace {

DeckChart::Series namedSeries(const QString &name, const QString &colour)
{
    DeckChart::Series series;
    series.name = name;
    series.colour = colour;
    return series;
}

// Title across the top of a content slide, as the layout places it.
void title(ShapeTree &shapes, const QString &text)
{
    shapes.placeholder(QStringLiteral("title"), 0, {paragraph(text)});
}

// The chart of a metric: social against control for the rows its XLSX
// sheet charts, in the unit of the first of them.
DeckChart metricChart(const ReportDocument &document, const ReportMetricSection &section,
                      const MetricGroup &group)
{
    DeckChart chart;
    chart.title = section.title;
    DeckChart::Series social = namedSeries(document.headings.social, socialColour);
    DeckChart::Series control = namedSeries(document.headings.control, controlColour);
    QString unit;
    for (const QString &name : ChartRows::spreadsheetRows(group)) {
        const MetricRow *row = group.row(name);
        if (!row)
            continue;
        if (unit.isEmpty())
            unit = row->unit;
        chart.categories << chartBarLabel(row->name); // as the window's chart
        social.values << row->social;
        control.values << row->control;
        const auto reach = [](const std::optional<double> &value, const std::optional<double> &end,
                              bool above) -> std::optional<double> {
            if (!value || !end)
                return std::nullopt;
            return above ? *end - *value : *value - *end;
        };
        social.minus << reach(row->social, row->socialLow, false);
        social.plus << reach(row->social, row->socialHigh, true);
        control.minus << reach(row->control, row->controlLow, false);
        control.plus << reach(row->control, row->controlHigh, true);
    }
    switch (MetricFormat::unitKind(unit)) {
    case MetricFormat::UnitKind::Share:
        chart.numberFormat = QStringLiteral("0%");
        break;
    case MetricFormat::UnitKind::Money:
        chart.numberFormat = XlsxReport::moneyFormat(document, 0);
        break;
    case MetricFormat::UnitKind::Count:
        chart.numberFormat = QStringLiteral("#,##0");
        break;
    case MetricFormat::UnitKind::Points:
    case MetricFormat::UnitKind::Number:
        chart.numberFormat = QStringLiteral("#,##0.##");
        break;
    }
    chart.series = {social, control};
    return chart;
}

// Retention: each cohort's survival curve as a line through its steps
// (a drop at each step's time), in months.
DeckChart survivalChart(const ReportDocument &document, const ReportMetricSection &section,
                        const MetricGroup &group)
{
    DeckChart chart;
    chart.kind = DeckChart::Kind::Lines;
    chart.title = section.title;
    chart.numberFormat = QStringLiteral("0%");
    chart.xFormat = QStringLiteral("0");
    chart.valueRange = {0.0, 1.0};
    chart.xTitle = metricUnitLabel(u"months");
    // Both curves on one grid of times: at each time a curve steps, a
    // point before and a point after the drop, for both cohorts.
    std::vector<double> days = {0};
    for (const auto *curve : {&group.socialCurve, &group.controlCurve}) {
        for (const CurvePoint &point : *curve)
            days.push_back(point.days);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const auto series = [&days](const QString &name, const QString &colour,
                                const std::vector<CurvePoint> &curve) {
        DeckChart::Series line = namedSeries(name, colour);
        double survival = 1;
        std::size_t next = 0;
        const double end = curve.empty() ? 0 : curve.back().days;
        for (double day : days) {
            if (day > end) { // the curve has ended: no line beyond it
                line.values << std::nullopt << std::nullopt;
                continue;
            }
            line.values << survival; // just before `day`
            while (next < curve.size() && curve[next].days <= day)
                survival = curve[next++].survival;
            line.values << survival;
        }
        return line;
    };
    for (double day : days)
        chart.x << day / Analysis::daysPerMonth << day / Analysis::daysPerMonth;
    chart.series = {series(document.headings.social, socialColour, group.socialCurve),
                    series(document.headings.control, controlColour, group.controlCurve)};
    return chart;
}

// The ROI waterfall: each component stacked on the ones before it, the
// total value, the programme cost taken off it, the net value. The first
// series is the invisible base each bar stands on.
DeckChart waterfall(const ReportDocument &document)
{
    DeckChart chart;
    chart.kind = DeckChart::Kind::Waterfall;
    chart.title = document.headings.roi;
    chart.legend = false;
    chart.numberFormat = XlsxReport::moneyFormat(document, 0);
    DeckChart::Series base = namedSeries(QStringLiteral("base"), QString());
    DeckChart::Series bars = namedSeries(document.headings.roi, socialColour);
    const std::size_t components = document.result->roi.components.size();
    double running = 0;
    for (std::size_t index = 0; index < document.roiTable.rows.size(); ++index) {
        const ReportRow &row = document.roiTable.rows[index];
        if (row.id == QLatin1String("roi") || row.cells.size() < 2 || !row.cells[1].number)
            continue;
        const double value = *row.cells[1].number;
        double bottom = 0;
        double height = value;
        QString colour;
        if (index < components) {
            bottom = value >= 0 ? running : running + value;
            height = std::abs(value);
            running += value;
            colour = value >= 0 ? socialColour : costColour;
        } else if (row.id == QLatin1String("cost")) {
            bottom = running - value;
            colour = costColour;
        } else {
            colour = totalColour; // the total and the net stand on zero
            if (row.id == QLatin1String("value"))
                running = value;
        }
        chart.categories << row.cells.front().text;
        base.values << bottom;
        bars.values << height;
        bars.pointColours << colour;
    }
    chart.series = {base, bars};
    return chart;
}

QString cellText(const ReportTable &table, const QString &id, int column)
{
    for (const ReportRow &row : table.rows) {
        if (row.id == id && column < int(row.cells.size()))
            return row.cells[std::size_t(column)].text;
    }
    return {};
}

} // namespace

bool DeckWriter::write(const ReportDocument &document, const QString &path,
                       const QString &xlsxHelperPath, const QString &templatePath, QString *error,
                       const std::function<bool()> &isCancelled)
{
    const auto fail = [&](const QString &reason) {
        *error = CommonText::cannotWriteFile(path, reason);
        return false;
    };
    const auto cancelled = [&] {
        if (isCancelled && isCancelled()) {
            *error = ExportFile::cancelledText();
            return true;
        }
        return false;
    };
    QString problem;
    std::optional<DeckTemplate> deckTemplate;
    if (!templatePath.isEmpty()) {
        deckTemplate = DeckTemplate::read(templatePath, error);
        if (!deckTemplate)
            return false;
    }
    Deck deck(document, deckTemplate ? &*deckTemplate : nullptr, xlsxHelperPath, &problem);
    const qint64 width = DeckParts::slideWidth - 2 * margin;
    const qint64 top = inches(1.3);

    // Title slide.
    {
        ShapeTree shapes = deck.shapes();
        shapes.placeholder(QStringLiteral("ctrTitle"), 0, {paragraph(document.title)});
        shapes.placeholder(QStringLiteral("subTitle"), 1,
                           {paragraph(document.subtitle, 20),
                            paragraph(document.projectName, 16, false, mutedColour),
                            paragraph(document.generatedText, 12, false, mutedColour)});
        QStringList notes;
        for (const ReportFact &fact : document.titleFacts)
            notes << QStringLiteral("%1: %2").arg(fact.label, fact.value);
        deck.addSlide(true, shapes, notes);
    }

    // Executive summary: the sentence, the waterfall, three numbers.
    {
        ShapeTree shapes = deck.shapes();
        title(shapes, document.headings.summary);
        shapes.textBox({margin, top, width, inches(1.0)}, {paragraph(document.roiSentence, 15)});
        const QString chart = deck.addChart(waterfall(document));
        if (chart.isEmpty())
            return fail(problem);
        shapes.chart({margin, top + inches(1.15), inches(8.4), inches(4.6)}, chart,
                     document.headings.roi);
        qint64 y = top + inches(1.3);
        for (const char *id : {"roi", "value", "net"}) {
            const QString label = cellText(document.roiTable, QLatin1String(id), 0);
            const QString number = cellText(document.roiTable, QLatin1String(id), 1);
            shapes.textBox({margin + inches(8.8), y, inches(3.5), inches(1.4)},
                           {paragraph(number, 30, true,
                                      id == QByteArrayView("roi") ? socialColour : totalColour),
                            paragraph(label, 14, false, mutedColour)});
            y += inches(1.5);
        }
        QStringList notes = {document.roiSentence};
        notes << document.resultWarnings;
        deck.addSlide(false, shapes, notes);
    }
    if (cancelled())
        return false;

    // A slide per metric.
    for (const ReportMetricSection &section : document.metrics) {
        const MetricGroup *group = document.result->group(section.id);
        if (!group)
            continue;
        ShapeTree shapes = deck.shapes();
        title(shapes, section.title);
        shapes.textBox({margin, top, width, inches(0.75)},
                       {paragraph(section.valueText, 16, true),
                        paragraph(document.cohortLine, 11, false, mutedColour)});
        const bool curves = !group->socialCurve.empty() && !group->controlCurve.empty();
        const DeckChart chart = curves ? survivalChart(document, section, *group)
                                       : metricChart(document, section, *group);
        if (!chart.categories.isEmpty() || chart.kind == DeckChart::Kind::Lines) {
            const QString id = deck.addChart(chart);
            if (id.isEmpty())
                return fail(problem);
            shapes.chart({margin, top + inches(0.95), inches(7.3), inches(4.75)}, id,
                         section.title);
        }
        // The key rows: what the chart shows, as the report's table words it.
        QVector<QStringList> rows
            = {{section.table.headers.value(0), section.table.headers.value(1),
                section.table.headers.value(2)}};
        const QStringList keyRows = ChartRows::spreadsheetRows(*group);
        for (const ReportRow &row : section.table.rows) {
            if (keyRows.contains(row.id) && row.cells.size() >= 3)
                rows.append({row.cells[0].text, row.cells[1].text, row.cells[2].text});
        }
        if (rows.size() > 1) {
            const qint64 x = margin + inches(7.6);
            const qint64 tableWidth = DeckParts::slideWidth - margin - x;
            shapes.table({x, top + inches(1.05), tableWidth, inches(0.4) * rows.size()},
                         {tableWidth - inches(2.4), inches(1.2), inches(1.2)}, rows,
                         {false, true, true}, 11);
        }
        QStringList notes = {section.valueText, section.note};
        if (!document.methodParagraphs.isEmpty())
            notes << document.methodParagraphs.constFirst();
        notes << section.warnings;
        deck.addSlide(false, shapes, notes);
        if (cancelled())
            return false;
    }

    // Appendix: the assumptions, and where the data came from.
    {
        ShapeTree shapes = deck.shapes();
        title(shapes,
              document.headings.assumptions + QStringLiteral(" · ") + document.headings.provenance);
        QVector<QStringList> rows = {document.assumptions.headers};
        for (const ReportRow &row : document.assumptions.rows) {
            QStringList cells;
            for (const ReportCell &cell : row.cells)
                cells << cell.text;
            rows.append(cells);
        }
        shapes.table({margin, top, inches(7.6), inches(0.3) * rows.size()},
                     {inches(3.6), inches(2.2), inches(1.8)}, rows, {false, true, false}, 9);
        QVector<Paragraph> provenance = {paragraph(document.provenanceSummary, 12)};
        for (const ReportImport &entry : document.imports) {
            provenance.append(
                paragraph(QStringLiteral("%1 (%2)").arg(entry.fileName, entry.sha256.left(12)), 10,
                          false, mutedColour));
        }
        shapes.textBox({margin + inches(7.9), top, width - inches(7.9), inches(5.5)}, provenance);
        deck.addSlide(false, shapes, document.methodParagraphs);
    }

    QByteArray zip;
    if (!deck.finish(&zip))
        return fail(problem);
    if (cancelled())
        return false;
    if (!ExportFile::write(path, zip, &problem))
        return fail(problem);
    return true;
}
