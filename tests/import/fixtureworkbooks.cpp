// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtureworkbooks.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <optional>

namespace FixtureWorkbooks {

namespace {

// ---------------------------------------------------------------------------
// An OOXML package written the way Excel writes one.

const QByteArray XmlDeclaration
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
const QByteArray MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelationshipsNamespace
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray PackageRelationshipsNamespace
    = "http://schemas.openxmlformats.org/package/2006/relationships";
const QByteArray X14Namespace = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const QByteArray ContentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

QByteArray relationshipType(const char *name)
{
    return RelationshipsNamespace + '/' + name;
}

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

// As Excel stores a double: 17 significant digits (29.85 -> 29.850000000000001).
QByteArray excelNumber(double value)
{
    return QByteArray::number(value, 'g', 17);
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray columnName(int column) // 1-based
{
    QByteArray name;
    for (; column > 0; column = (column - 1) / 26)
        name.prepend(char('A' + (column - 1) % 26));
    return name;
}

// Cell formats of styles.xml, shared by the three workbooks.
enum Style : int {
    General = 0,
    DateTime = 1, // built-in format 22, m/d/yyyy h:mm
    Header = 2, // bold
    Percent = 3, // built-in format 10, 0.00%
    OneDecimal = 4, // custom format 164, 0.0
    Banner = 5, // large white bold text on a dark fill
    BannerFill = 6, // the dark fill only, for the empty cells around a banner
};

QByteArray stylesPart()
{
    const QByteArray font = "<sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/>"
                            "<family val=\"2\"/><scheme val=\"minor\"/>";
    return XmlDeclaration + "<styleSheet xmlns=\"" + MainNamespace
        + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
          "mc:Ignorable=\"x14ac\" "
          "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
          "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>"
          "<fonts count=\"3\" x14ac:knownFonts=\"1\"><font>"
        + font + "</font><font><b/>" + font
        + "</font><font><b/><sz val=\"18\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/>"
          "<family val=\"2\"/><scheme val=\"minor\"/></font></fonts>"
          "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
          "<fill><patternFill patternType=\"gray125\"/></fill>"
          "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF1F4E79\"/>"
          "<bgColor indexed=\"64\"/></patternFill></fill></fills>"
          "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          "</borders>"
          "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          "</cellStyleXfs>"
          "<cellXfs count=\"7\">"
          "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          "<xf numFmtId=\"22\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          "applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
          "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          "applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          "applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
          "applyFill=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
          "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
          "</cellXfs>"
          "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          "</cellStyles><dxfs count=\"0\"/>"
          "<tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" "
          "defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>";
}

class SharedStrings
{
public:
    int index(const QString &text)
    {
        ++m_references;
        const auto found = m_indexes.constFind(text);
        if (found != m_indexes.cend())
            return *found;
        const int index = int(m_items.size());
        m_items.append(text);
        m_indexes.insert(text, index);
        return index;
    }

    QByteArray part() const
    {
        QByteArray xml = XmlDeclaration + "<sst xmlns=\"" + MainNamespace + "\" count=\""
            + num(m_references) + "\" uniqueCount=\"" + num(m_items.size()) + "\">";
        for (const QString &item : m_items) {
            const bool padded
                = !item.isEmpty() && (item.front().isSpace() || item.back().isSpace());
            xml += padded ? "<si><t xml:space=\"preserve\">" : "<si><t>";
            xml += escaped(item) + "</t></si>";
        }
        return xml + "</sst>";
    }

private:
    QList<QString> m_items;
    QHash<QString, int> m_indexes;
    qint64 m_references = 0;
};

// What surrounds the rows of a worksheet part.
struct SheetLayout
{
    QByteArray cols; // <col> elements
    QByteArray autoFilter; // a range, or empty
    QList<QByteArray> mergeCells; // ranges
    QByteArray tail; // pageSetup, drawing, tableParts, extLst
    bool selected = false;
};

// The rows of one worksheet, cell by cell.
class SheetWriter
{
public:
    explicit SheetWriter(SharedStrings *strings)
        : m_strings(strings)
    { }

    void beginRow(int row, int spanEnd, const QByteArray &attributes = QByteArray())
    {
        m_row = row;
        m_lastRow = std::max(m_lastRow, row);
        m_xml += "<row r=\"" + num(row) + "\" spans=\"1:" + num(spanEnd) + "\"" + attributes
            + " x14ac:dyDescent=\"0.3\">";
    }
    void endRow() { m_xml += "</row>"; }
    // A row element without cells, as Excel keeps for a row whose height was set.
    void emptyRow(int row, int spanEnd)
    {
        m_xml += "<row r=\"" + num(row) + "\" spans=\"1:" + num(spanEnd)
            + "\" ht=\"12.6\" customHeight=\"1\" x14ac:dyDescent=\"0.3\"/>";
    }

    void text(int column, const QString &value, int style = General)
    {
        open(column, style, "s");
        m_xml += "<v>" + num(m_strings->index(value)) + "</v></c>";
    }
    void number(int column, double value, int style = General)
    {
        open(column, style, nullptr);
        m_xml += "<v>" + excelNumber(value) + "</v></c>";
    }
    // A cell that holds a format and nothing else.
    void formatted(int column, int style)
    {
        m_lastColumn = std::max(m_lastColumn, column);
        m_xml += "<c r=\"" + reference(column) + "\" s=\"" + num(style) + "\"/>";
    }
    void formula(int column, const QString &formula, double cached, int style = General)
    {
        open(column, style, nullptr);
        m_xml += "<f>" + escaped(formula) + "</f><v>" + excelNumber(cached) + "</v></c>";
    }
    void formulaText(int column, const QString &formula, const QString &cached)
    {
        open(column, General, "str");
        m_xml += "<f>" + escaped(formula) + "</f><v>" + escaped(cached) + "</v></c>";
    }
    void formulaError(int column, const QString &formula, const QString &error)
    {
        open(column, General, "e");
        m_xml += "<f>" + escaped(formula) + "</f><v>" + escaped(error) + "</v></c>";
    }
    // A shared formula: the first cell carries the formula and its range, the
    // others only the index; every cell carries its cached text.
    void sharedFormulaText(int column, int index, const QString &firstFormula,
                           const QByteArray &range, const QString &cached)
    {
        open(column, General, "str");
        if (!firstFormula.isEmpty())
            m_xml += "<f t=\"shared\" ref=\"" + range + "\" si=\"" + num(index) + "\">"
                + escaped(firstFormula) + "</f>";
        else
            m_xml += "<f t=\"shared\" si=\"" + num(index) + "\"/>";
        m_xml += "<v>" + escaped(cached) + "</v></c>";
    }

    QByteArray part(const SheetLayout &layout) const
    {
        QByteArray xml = XmlDeclaration + "<worksheet xmlns=\"" + MainNamespace + "\" xmlns:r=\""
            + RelationshipsNamespace
            + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
              "mc:Ignorable=\"x14ac xr xr2 xr3\" "
              "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
              "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
              "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\" "
              "xmlns:xr3=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision3\" "
              "xr:uid=\"{00000000-0001-0000-0000-000000000000}\">";
        xml += "<dimension ref=\"A1:" + columnName(std::max(m_lastColumn, 1))
            + num(std::max(m_lastRow, 1)) + "\"/>";
        xml += QByteArray("<sheetViews><sheetView ") + (layout.selected ? "tabSelected=\"1\" " : "")
            + "workbookViewId=\"0\"><selection activeCell=\"A2\" sqref=\"A2\"/></sheetView>"
              "</sheetViews><sheetFormatPr defaultRowHeight=\"14.4\" x14ac:dyDescent=\"0.3\"/>";
        if (!layout.cols.isEmpty())
            xml += "<cols>" + layout.cols + "</cols>";
        xml += "<sheetData>" + m_xml + "</sheetData>";
        if (!layout.autoFilter.isEmpty())
            xml += "<autoFilter ref=\"" + layout.autoFilter
                + "\" xr:uid=\"{00000000-0009-0000-0000-000000000000}\"/>";
        if (!layout.mergeCells.isEmpty()) {
            xml += "<mergeCells count=\"" + num(layout.mergeCells.size()) + "\">";
            for (const QByteArray &range : layout.mergeCells)
                xml += "<mergeCell ref=\"" + range + "\"/>";
            xml += "</mergeCells>";
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
               "header=\"0.3\" footer=\"0.3\"/>";
        return xml + layout.tail + "</worksheet>";
    }

private:
    QByteArray reference(int column) const { return columnName(column) + num(m_row); }
    void open(int column, int style, const char *type)
    {
        m_lastColumn = std::max(m_lastColumn, column);
        m_xml += "<c r=\"" + reference(column) + "\"";
        if (style != General)
            m_xml += " s=\"" + num(style) + "\"";
        if (type)
            m_xml += QByteArray(" t=\"") + type + "\"";
        m_xml += ">";
    }

    SharedStrings *m_strings;
    QByteArray m_xml;
    int m_row = 0;
    int m_lastRow = 0;
    int m_lastColumn = 0;
};

struct Relationship
{
    QByteArray id;
    QByteArray type; // the full URI
    QByteArray target; // relative to the source part's folder
};

struct Part
{
    QString name; // without the leading '/'
    QByteArray data;
    QByteArray contentType; // empty: given by the extension's default
};

QByteArray relationshipsPart(const QList<Relationship> &relationships)
{
    QByteArray xml
        = XmlDeclaration + "<Relationships xmlns=\"" + PackageRelationshipsNamespace + "\">";
    for (const Relationship &relationship : relationships)
        xml += "<Relationship Id=\"" + relationship.id + "\" Type=\"" + relationship.type
            + "\" Target=\"" + relationship.target + "\"/>";
    return xml + "</Relationships>";
}

QString relationshipsPartName(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(QLatin1Char('/'));
    return partName.left(slash + 1) + QLatin1String("_rels/") + partName.mid(slash + 1)
        + QLatin1String(".rels");
}

struct WorkbookSheet
{
    QString name;
    int sheetId = 0;
    bool hidden = false;
    QByteArray xml;
    QList<Relationship> relationships; // of the sheet: drawings, pivot tables, tables ...
};

struct Workbook
{
    QList<WorkbookSheet> sheets; // in tab order
    SharedStrings strings;
    QByteArray definedNames; // <definedName> elements
    QByteArray afterCalcPr; // <pivotCaches>, <extLst>
    // Of the workbook besides its sheets, styles and shared strings; ids from
    // rId(sheet count + 1) on.
    QList<Relationship> relationships;
    QList<Part> parts; // every other part
};

bool writeZip(const QString &path, const QList<Part> &parts, QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        *error
            = QStringLiteral("%1: cannot create (zip error %2)").arg(path).arg(zip.getZipError());
        return false;
    }
    const QDateTime saved(QDate(2025, 6, 30), QTime(9, 30));
    for (const Part &part : parts) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(part.name);
        info.dateTime = saved;
        if (!file.open(QIODevice::WriteOnly, info) || file.write(part.data) != part.data.size()) {
            *error = QStringLiteral("%1: cannot write %2").arg(path, part.name);
            return false;
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != UNZ_OK) {
        *error = QStringLiteral("%1: zip error %2").arg(path).arg(zip.getZipError());
        return false;
    }
    return true;
}

QString writeWorkbook(const Workbook &book, const QString &path, QString *error)
{
    QList<Part> parts;
    QByteArray sheetList;
    QList<Relationship> relationships;
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const WorkbookSheet &sheet = book.sheets.at(i);
        const QByteArray id = "rId" + num(i + 1);
        sheetList += "<sheet name=\"" + escaped(sheet.name) + "\" sheetId=\"" + num(sheet.sheetId)
            + "\"" + (sheet.hidden ? " state=\"hidden\"" : "") + " r:id=\"" + id + "\"/>";
        const QByteArray file = "worksheets/sheet" + num(i + 1) + ".xml";
        relationships.append({id, relationshipType("worksheet"), file});
        const QString partName = QLatin1String("xl/") + QString::fromLatin1(file);
        parts.append({partName, sheet.xml, ContentTypePrefix + "worksheet+xml"});
        if (!sheet.relationships.isEmpty())
            parts.append({relationshipsPartName(partName), relationshipsPart(sheet.relationships),
                          QByteArray()});
    }
    const qsizetype next = book.sheets.size() + book.relationships.size() + 1;
    relationships += book.relationships;
    relationships.append({"rId" + num(next), relationshipType("styles"), "styles.xml"});
    relationships.append(
        {"rId" + num(next + 1), relationshipType("sharedStrings"), "sharedStrings.xml"});
    // Excel lists them in no particular order.
    std::reverse(relationships.begin(), relationships.end());
    std::rotate(relationships.begin(), relationships.begin() + relationships.size() / 3,
                relationships.end());

    const QByteArray workbook = XmlDeclaration + "<workbook xmlns=\"" + MainNamespace
        + "\" xmlns:r=\"" + RelationshipsNamespace
        + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
          "mc:Ignorable=\"x15 xr xr6 xr10 xr2\" "
          "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\" "
          "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
          "xmlns:xr6=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision6\" "
          "xmlns:xr10=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision10\" "
          "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\">"
          "<fileVersion appName=\"xl\" lastEdited=\"7\" lowestEdited=\"7\" rupBuild=\"28030\"/>"
          "<workbookPr defaultThemeVersion=\"166925\"/>"
          "<xr:revisionPtr revIDLastSave=\"0\" documentId=\"13_ncr:1_{00000000-0000-0000-0000-"
          "000000000000}\" xr6:coauthVersionLast=\"47\" xr6:coauthVersionMax=\"47\" "
          "xr10:uidLastSave=\"{00000000-0000-0000-0000-000000000000}\"/>"
          "<bookViews><workbookView xWindow=\"-108\" yWindow=\"-108\" windowWidth=\"23256\" "
          "windowHeight=\"12456\" xr2:uid=\"{00000000-000D-0000-FFFF-FFFF00000000}\"/>"
          "</bookViews><sheets>"
        + sheetList + "</sheets>"
        + (book.definedNames.isEmpty() ? QByteArray()
                                       : "<definedNames>" + book.definedNames + "</definedNames>")
        + "<calcPr calcId=\"191029\"/>" + book.afterCalcPr + "</workbook>";

    QList<Part> package
        = {{QStringLiteral("_rels/.rels"),
            relationshipsPart(
                {{"rId3",
                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                  "extended-properties",
                  "docProps/app.xml"},
                 {"rId2",
                  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                  "core-properties",
                  "docProps/core.xml"},
                 {"rId1", relationshipType("officeDocument"), "xl/workbook.xml"}}),
            QByteArray()},
           {QStringLiteral("xl/workbook.xml"), workbook, ContentTypePrefix + "sheet.main+xml"},
           {QStringLiteral("xl/_rels/workbook.xml.rels"), relationshipsPart(relationships),
            QByteArray()}};
    package += parts;
    package += book.parts;
    package.append(
        {QStringLiteral("xl/styles.xml"), stylesPart(), ContentTypePrefix + "styles+xml"});
    package.append({QStringLiteral("xl/sharedStrings.xml"), book.strings.part(),
                    ContentTypePrefix + "sharedStrings+xml"});
    package.append(
        {QStringLiteral("docProps/core.xml"),
         XmlDeclaration
             + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
               "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>Analyst"
               "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-06-30T09:30:00Z"
               "</dcterms:created></cp:coreProperties>",
         "application/vnd.openxmlformats-package.core-properties+xml"});
    package.append({QStringLiteral("docProps/app.xml"),
                    XmlDeclaration
                        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/"
                          "2006/extended-properties\"><Application>Microsoft Excel</Application>"
                          "<AppVersion>16.0300</AppVersion></Properties>",
                    "application/vnd.openxmlformats-officedocument.extended-properties+xml"});

    QByteArray types = XmlDeclaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"bin\" ContentType=\""
        + ContentTypePrefix
        + "printerSettings\"/><Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    for (const Part &part : std::as_const(package)) {
        if (!part.contentType.isEmpty())
            types += "<Override PartName=\"/" + part.name.toUtf8() + "\" ContentType=\""
                + part.contentType + "\"/>";
    }
    types += "</Types>";
    package.prepend({QStringLiteral("[Content_Types].xml"), types, QByteArray()});
    return writeZip(path, package, error) ? path : QString();
}

// Parts that stand beside the data in real workbooks; nothing reads them back.

Part printerSettings(int index)
{
    QByteArray devmode(1024, '\0');
    const QByteArray name = QByteArray("Microsoft Print to PDF");
    for (qsizetype i = 0; i < name.size(); ++i)
        devmode[2 * i] = name.at(i); // the device name in UTF-16LE
    devmode[64] = char(0x01);
    devmode[65] = char(0x04);
    return {QStringLiteral("xl/printerSettings/printerSettings%1.bin").arg(index), devmode,
            QByteArray()};
}

Part drawing(int index)
{
    return {QStringLiteral("xl/drawings/drawing%1.xml").arg(index),
            XmlDeclaration
                + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/"
                  "spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/"
                  "2006/main\"><xdr:twoCellAnchor editAs=\"oneCell\"><xdr:from><xdr:col>3"
                  "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0"
                  "</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0"
                  "</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
                  "<xdr:sp macro=\"\" textlink=\"\"><xdr:nvSpPr><xdr:cNvPr id=\"2\" "
                  "name=\"Chart placeholder\"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp>"
                  "<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>",
            "application/vnd.openxmlformats-officedocument.drawing+xml"};
}

Part pivotTable(int index, int cacheId, const QString &dataField, const QByteArray &location)
{
    return {QStringLiteral("xl/pivotTables/pivotTable%1.xml").arg(index),
            XmlDeclaration + "<pivotTableDefinition xmlns=\"" + MainNamespace
                + "\" name=\"PivotTable" + num(index) + "\" cacheId=\"" + num(cacheId)
                + "\" applyNumberFormats=\"0\" applyBorderFormats=\"0\" applyFontFormats=\"0\" "
                  "applyPatternFormats=\"0\" applyAlignmentFormats=\"0\" "
                  "applyWidthHeightFormats=\"1\" dataCaption=\"Values\" updatedVersion=\"8\" "
                  "minRefreshableVersion=\"3\" useAutoFormatting=\"1\" itemPrintTitles=\"1\" "
                  "createdVersion=\"8\" indent=\"0\" outline=\"1\" outlineData=\"1\"><location "
                  "ref=\""
                + location
                + "\" firstHeaderRow=\"1\" firstDataRow=\"1\" firstDataCol=\"1\"/><pivotFields "
                  "count=\"1\"><pivotField axis=\"axisRow\" showAll=\"0\"><items count=\"1\"><item "
                  "t=\"default\"/></items></pivotField></pivotFields><rowFields count=\"1\"><field "
                  "x=\"0\"/></rowFields><dataFields count=\"1\"><dataField name=\""
                + escaped(dataField)
                + "\" fld=\"0\" subtotal=\"count\" baseField=\"0\" baseItem=\"0\"/></dataFields>"
                  "</pivotTableDefinition>",
            ContentTypePrefix + "pivotTable+xml"};
}

// A pivot cache of one field: its definition and one record per source row.
QList<Part> pivotCache(int index, const QString &sheet, const QByteArray &range,
                       const QString &field, const QStringList &items, const QList<int> &records)
{
    const QString definition
        = QStringLiteral("xl/pivotCache/pivotCacheDefinition%1.xml").arg(index);
    QByteArray sharedItems;
    for (const QString &item : items)
        sharedItems += "<s v=\"" + escaped(item) + "\"/>";
    QByteArray rows;
    for (int record : records)
        rows += "<r><x v=\"" + num(record) + "\"/></r>";
    return {{definition,
             XmlDeclaration + "<pivotCacheDefinition xmlns=\"" + MainNamespace + "\" xmlns:r=\""
                 + RelationshipsNamespace
                 + "\" r:id=\"rId1\" refreshedBy=\"Analyst\" refreshedDate=\"45838.39\" "
                   "createdVersion=\"8\" refreshedVersion=\"8\" minRefreshableVersion=\"3\" "
                   "recordCount=\""
                 + num(records.size())
                 + "\"><cacheSource type=\"worksheet\"><worksheetSource ref=\"" + range
                 + "\" sheet=\"" + escaped(sheet)
                 + "\"/></cacheSource><cacheFields count=\"1\"><cacheField name=\"" + escaped(field)
                 + "\" numFmtId=\"0\"><sharedItems count=\"" + num(items.size()) + "\">"
                 + sharedItems + "</sharedItems></cacheField></cacheFields></pivotCacheDefinition>",
             ContentTypePrefix + "pivotCacheDefinition+xml"},
            {relationshipsPartName(definition),
             relationshipsPart({{"rId1", relationshipType("pivotCacheRecords"),
                                 "pivotCacheRecords" + num(index) + ".xml"}}),
             QByteArray()},
            {QStringLiteral("xl/pivotCache/pivotCacheRecords%1.xml").arg(index),
             XmlDeclaration + "<pivotCacheRecords xmlns=\"" + MainNamespace + "\" count=\""
                 + num(records.size()) + "\">" + rows + "</pivotCacheRecords>",
             ContentTypePrefix + "pivotCacheRecords+xml"}};
}

Part table(int index, const QString &name, const QByteArray &range, const QStringList &columns)
{
    QByteArray tableColumns;
    for (qsizetype i = 0; i < columns.size(); ++i)
        tableColumns
            += "<tableColumn id=\"" + num(i + 1) + "\" name=\"" + escaped(columns.at(i)) + "\"/>";
    return {QStringLiteral("xl/tables/table%1.xml").arg(index),
            XmlDeclaration + "<table xmlns=\"" + MainNamespace + "\" id=\"" + num(index)
                + "\" name=\"" + escaped(name) + "\" displayName=\"" + escaped(name) + "\" ref=\""
                + range + "\" totalsRowShown=\"0\"><autoFilter ref=\"" + range
                + "\"/><tableColumns count=\"" + num(columns.size()) + "\">" + tableColumns
                + "</tableColumns><tableStyleInfo name=\"TableStyleMedium2\" "
                  "showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" "
                  "showColumnStripes=\"0\"/></table>",
            ContentTypePrefix + "table+xml"};
}

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

QString twoDecimals(double value)
{
    return QString::number(value, 'f', 2);
}

// Excel's serial of a date-time given in whole minutes after a day's serial.
double serialAt(int daySerial, int minutes)
{
    return daySerial + minutes / 1440.0;
}

// ---------------------------------------------------------------------------
// The Telco customers in IBM's Cognos layout.

struct City
{
    const char *name;
    int zip;
    double latitude;
    double longitude;
};

// Rough centres of some Californian cities; each customer gets one of them,
// moved by a made-up offset.
const City Cities[] = {
    {"Los Angeles", 90001, 34.05, -118.25}, {"San Diego", 92101, 32.72, -117.16},
    {"San Jose", 95112, 37.34, -121.89},    {"San Francisco", 94102, 37.78, -122.42},
    {"Fresno", 93701, 36.74, -119.79},      {"Sacramento", 95814, 38.58, -121.49},
    {"Oakland", 94607, 37.80, -122.27},     {"Long Beach", 90802, 33.77, -118.19},
    {"Bakersfield", 93301, 35.37, -119.02}, {"Anaheim", 92801, 33.84, -117.91},
    {"Riverside", 92501, 33.98, -117.37},   {"Stockton", 95202, 37.96, -121.29},
};

const char *const ChurnReasons[] = {
    "Competitor offered a lower price",
    "Moved out of the area",
    "Poor network coverage",
    "Price went up",
    "Billing was confusing",
    "Support did not help",
    "Needed faster internet",
    "Don't know",
};

} // namespace

const QStringList &telcoCognosHeaders()
{
    static const QStringList headers = {"CustomerID",
                                        "Count",
                                        "Country",
                                        "State",
                                        "City",
                                        "Zip Code",
                                        "Lat Long",
                                        "Latitude",
                                        "Longitude",
                                        "Gender",
                                        "Senior Citizen",
                                        "Partner",
                                        "Dependents",
                                        "Tenure Months",
                                        "Phone Service",
                                        "Multiple Lines",
                                        "Internet Service",
                                        "Online Security",
                                        "Online Backup",
                                        "Device Protection",
                                        "Tech Support",
                                        "Streaming TV",
                                        "Streaming Movies",
                                        "Contract",
                                        "Paperless Billing",
                                        "Payment Method",
                                        "Monthly Charges",
                                        "Total Charges",
                                        "Churn Label",
                                        "Churn Value",
                                        "Churn Score",
                                        "CLTV",
                                        "Churn Reason"};
    return headers;
}

QString writeTelcoCognos(const QString &telcoCsvPath, const QString &folder, QString *error)
{
    QFile csv(telcoCsvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        *error = telcoCsvPath + QStringLiteral(": ") + csv.errorString();
        return {};
    }
    QList<QStringList> rows;
    for (QByteArray line : csv.readAll().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split(QLatin1Char(',')));
    }
    if (rows.size() < 2) {
        *error = telcoCsvPath + QStringLiteral(": no customers");
        return {};
    }
    const QStringList csvHeader = rows.takeFirst();
    const QStringList needed = {
        "customerID",   "gender",           "SeniorCitizen", "Partner",         "Dependents",
        "tenure",       "PhoneService",     "MultipleLines", "InternetService", "OnlineSecurity",
        "OnlineBackup", "DeviceProtection", "TechSupport",   "StreamingTV",     "StreamingMovies",
        "Contract",     "PaperlessBilling", "PaymentMethod", "MonthlyCharges",  "TotalCharges",
        "Churn"};
    QHash<QString, qsizetype> at;
    for (const QString &name : needed) {
        at.insert(name, csvHeader.indexOf(name));
        if (at.value(name) < 0) {
            *error = telcoCsvPath + QStringLiteral(": no column ") + name;
            return {};
        }
    }

    const QStringList headers = telcoCognosHeaders();
    const int width = int(headers.size());

    Workbook book;
    SheetWriter sheet(&book.strings);
    sheet.beginRow(1, width, " s=\"2\" customFormat=\"1\"");
    for (int column = 0; column < width; ++column)
        sheet.text(column + 1, headers.at(column), Header);
    sheet.endRow();

    for (qsizetype k = 0; k < rows.size(); ++k) {
        const QStringList &fields = rows.at(k);
        const int line = int(k) + 2;
        if (fields.size() != csvHeader.size()) {
            *error = QStringLiteral("%1 line %2: %3 fields")
                         .arg(telcoCsvPath)
                         .arg(line)
                         .arg(fields.size());
            return {};
        }
        const auto field
            = [&](const char *name) { return fields.at(at.value(QLatin1String(name))); };
        bool tenureOk = false;
        bool chargesOk = false;
        const int tenure = field("tenure").toInt(&tenureOk);
        const double monthly = field("MonthlyCharges").toDouble(&chargesOk);
        bool totalOk = true;
        const QString totalText = field("TotalCharges");
        const double total = totalText.trimmed().isEmpty() ? 0 : totalText.toDouble(&totalOk);
        if (!tenureOk || !chargesOk || !totalOk) {
            *error = QStringLiteral("%1 line %2: not a number").arg(telcoCsvPath).arg(line);
            return {};
        }
        const bool churned = field("Churn") == QLatin1String("Yes");

        const City &city = Cities[k % std::size(Cities)];
        const double latitude
            = roundTo(city.latitude + double((k * 7919) % 2000 - 1000) * 0.000037, 1e-6);
        const double longitude
            = roundTo(city.longitude + double((k * 104729) % 2000 - 1000) * 0.000041, 1e-6);

        sheet.beginRow(line, width);
        sheet.text(1, field("customerID"));
        sheet.number(2, 1);
        sheet.text(3, QStringLiteral("United States"));
        sheet.text(4, QStringLiteral("California"));
        sheet.text(5, QLatin1String(city.name));
        sheet.number(6, city.zip + double((k / 12) % 40));
        sheet.text(7,
                   QString::number(latitude, 'g', 10) + QLatin1String(", ")
                       + QString::number(longitude, 'g', 10));
        sheet.number(8, latitude);
        sheet.number(9, longitude);
        sheet.text(10, field("gender"));
        sheet.text(11,
                   field("SeniorCitizen") == QLatin1String("1") ? QStringLiteral("Yes")
                                                                : QStringLiteral("No"));
        sheet.text(12, field("Partner"));
        sheet.text(13, field("Dependents"));
        sheet.number(14, tenure);
        const char *const services[]
            = {"PhoneService",    "MultipleLines",    "InternetService",  "OnlineSecurity",
               "OnlineBackup",    "DeviceProtection", "TechSupport",      "StreamingTV",
               "StreamingMovies", "Contract",         "PaperlessBilling", "PaymentMethod"};
        int column = 15;
        for (const char *service : services)
            sheet.text(column++, field(service));
        sheet.number(27, monthly);
        if (totalText.trimmed().isEmpty())
            sheet.text(28, totalText); // " ", as in the CSV
        else
            sheet.number(28, total);
        sheet.text(29, field("Churn"));
        sheet.number(30, churned ? 1 : 0);
        sheet.number(31, churned ? 65 + double((k * 31) % 36) : 5 + double((k * 17) % 76));
        sheet.number(32, 2003 + double((k * 7919) % 4500));
        if (churned)
            sheet.text(33, QLatin1String(ChurnReasons[(k * 5) % std::size(ChurnReasons)]));
        sheet.endRow();
    }

    const QByteArray range = "A1:" + columnName(width) + num(rows.size() + 1);
    SheetLayout layout;
    layout.selected = true;
    layout.autoFilter = range;
    layout.cols = "<col min=\"1\" max=\"1\" width=\"11.42578125\" customWidth=\"1\"/>"
                  "<col min=\"7\" max=\"7\" width=\"21.7109375\" customWidth=\"1\"/>";
    layout.tail = "<pageSetup orientation=\"portrait\" r:id=\"rId1\"/>";
    book.sheets.append({QStringLiteral("Telco_Churn"),
                        1,
                        false,
                        sheet.part(layout),
                        {{"rId1", relationshipType("printerSettings"),
                          "../printerSettings/printerSettings1.bin"}}});
    book.definedNames = "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
                        "hidden=\"1\">Telco_Churn!$A$1:$"
        + columnName(width) + "$" + num(rows.size() + 1) + "</definedName>";
    book.parts.append(printerSettings(1));
    return writeWorkbook(book, QDir(folder).filePath(QStringLiteral("Telco_customer_churn.xlsx")),
                         error);
}

// ---------------------------------------------------------------------------
// The small support-ticket workbook.

namespace {

struct SmallTicket
{
    QString id;
    int createdMinutes = 0; // after 2025-01-01 00:00
    std::optional<int> resolvedMinutes;
    QString category; // as typed, maybe with a trailing space
    QString channel; // as typed
    QString priority;
    QString status;
    QString agent;
    std::optional<double> resolutionHours;
    std::optional<int> satisfaction;
};

const int Serial20250101 = 45658;
const int Serial20230601 = 45078;

QList<SmallTicket> smallTickets()
{
    const QStringList categories
        = {"Account", "Delivery", "Payment", "Product Information", "Refund", "Technical Issue"};
    const QStringList priorities = {"Low", "Medium", "High", "Urgent"};
    const QStringList agents = {"Agent Ada",  "Agent Ben",  "Agent Chloe", "Agent Dev",
                                "Agent Emma", "Agent Femi", "Agent Gus",   "Agent Hana"};
    QList<SmallTicket> tickets;
    for (int t = 1; t <= 500; ++t) {
        SmallTicket ticket;
        ticket.id = QStringLiteral("TKT-%1").arg(t, 4, 10, QLatin1Char('0'));
        ticket.createdMinutes = (37 * t % 180) * 1440 + 533 * t % 1440;
        ticket.category
            = categories.at(7 * t % 6) + (t % 50 == 0 ? QStringLiteral(" ") : QString());
        const int slot = t % 20;
        if (slot <= 6)
            ticket.channel = slot == 3 ? QStringLiteral(" Phone") : QStringLiteral("Phone");
        else if (slot <= 12)
            ticket.channel = slot == 9 ? QStringLiteral("email") : QStringLiteral("Email");
        else if (slot <= 16)
            ticket.channel = QStringLiteral("Chat");
        else
            ticket.channel = QStringLiteral("Social Media");
        ticket.priority = priorities.at((3 * t + t / 4) % 4);
        ticket.agent = agents.at(5 * t % 8);
        ticket.status = t % 5 == 0 ? QStringLiteral("Pending")
            : t % 5 == 3           ? QStringLiteral("Escalated")
                                   : QStringLiteral("Resolved");
        if (ticket.status != QLatin1String("Pending")) {
            const int tenths = 5 + (29 * t % 700);
            ticket.resolutionHours = tenths / 10.0;
            ticket.resolvedMinutes = ticket.createdMinutes + tenths * 6;
        }
        if (ticket.status == QLatin1String("Resolved"))
            ticket.satisfaction = 1 + 13 * t % 5;
        tickets.append(ticket);
    }
    return tickets;
}

template<typename Predicate>
int countIf(const QList<SmallTicket> &tickets, Predicate predicate)
{
    return int(std::count_if(tickets.cbegin(), tickets.cend(), predicate));
}

} // namespace

QString writeSupportTicketsSmall(const QString &folder, QString *error)
{
    const QList<SmallTicket> tickets = smallTickets();
    const int total = int(tickets.size());
    const auto hasStatus = [](const char *status) {
        return [status](const SmallTicket &t) { return t.status == QLatin1String(status); };
    };
    const int resolved = countIf(tickets, hasStatus("Resolved"));
    const int pending = countIf(tickets, hasStatus("Pending"));
    const int urgent = countIf(
        tickets, [](const SmallTicket &t) { return t.priority == QLatin1String("Urgent"); });
    const int urgentPending = countIf(tickets, [](const SmallTicket &t) {
        return t.priority == QLatin1String("Urgent") && t.status == QLatin1String("Pending");
    });
    const int delivery = countIf(tickets, [](const SmallTicket &t) {
        return t.category.compare(QLatin1String("Delivery"), Qt::CaseInsensitive) == 0;
    });
    double hours = 0;
    int timed = 0;
    double satisfaction = 0;
    int rated = 0;
    for (const SmallTicket &ticket : tickets) {
        if (ticket.resolutionHours) {
            hours += *ticket.resolutionHours;
            ++timed;
        }
        if (ticket.satisfaction) {
            satisfaction += *ticket.satisfaction;
            ++rated;
        }
    }
    const double resolutionRate = double(resolved) / total;

    Workbook book;

    // "Dashboard": a banner over formatted empty cells, KPIs below.
    {
        SheetWriter sheet(&book.strings);
        sheet.beginRow(1, 16, " ht=\"25.8\"");
        sheet.text(1, QStringLiteral("CUSTOMER SUPPORT DASHBOARD"), Banner);
        for (int column = 2; column <= 11; ++column)
            sheet.formatted(column, BannerFill);
        sheet.endRow();
        sheet.emptyRow(2, 16);
        sheet.beginRow(3, 16);
        const QStringList labels = {"TOTAL TICKETS", "RESOLUTION RATE", "AVG RESOLUTION TIME",
                                    "AVG CUSTOMER SATISFACTION", "URGENT TICKETS"};
        for (int i = 0; i < labels.size(); ++i) {
            sheet.text(1 + 3 * i, labels.at(i), Header);
            sheet.formatted(2 + 3 * i, Header);
            sheet.formatted(3 + 3 * i, Header);
        }
        sheet.endRow();
        sheet.beginRow(4, 16);
        sheet.formula(1, QStringLiteral("'Data Analysis'!B1"), total);
        sheet.formula(4, QStringLiteral("'Data Analysis'!B6"), resolutionRate, Percent);
        sheet.text(7, twoDecimals(hours / timed) + QStringLiteral(" Hrs"));
        sheet.text(10, twoDecimals(satisfaction / rated) + QStringLiteral("/5"));
        sheet.formula(13, QStringLiteral("'Data Analysis'!B4"), urgent);
        sheet.endRow();
        sheet.beginRow(7, 16);
        for (int column = 1; column <= 4; ++column)
            sheet.formatted(column, Header);
        sheet.endRow();
        SheetLayout layout;
        layout.selected = true;
        layout.mergeCells = {"A1:K1", "A3:C3", "D3:F3", "G3:I3", "J3:L3", "M3:O3",
                             "A4:C4", "D4:F4", "G4:I4", "J4:L4", "M4:O4"};
        layout.tail = "<pageSetup orientation=\"portrait\" r:id=\"rId1\"/><drawing r:id=\"rId2\"/>";
        book.sheets.append({QStringLiteral("Dashboard"),
                            7,
                            false,
                            sheet.part(layout),
                            {{"rId2", relationshipType("drawing"), "../drawings/drawing1.xml"},
                             {"rId1", relationshipType("printerSettings"),
                              "../printerSettings/printerSettings1.bin"}}});
    }

    // "Data Analysis": labels and formulas with their cached values.
    {
        SheetWriter sheet(&book.strings);
        int row = 0;
        const auto counted
            = [&](const QString &label, const QString &formula, double value, int style = General) {
                  sheet.beginRow(++row, 2);
                  sheet.text(1, label);
                  sheet.formula(2, formula, value, style);
                  sheet.endRow();
              };
        counted(QStringLiteral("total tickets"), QStringLiteral("COUNTA('cleaned data'!A:A)-1"),
                total);
        counted(QStringLiteral("resolved tickets"),
                QStringLiteral("COUNTIF('cleaned data'!G:G,\"resolved\")"), resolved);
        counted(QStringLiteral("pending tickets"),
                QStringLiteral("COUNTIF('cleaned data'!G:G,\"pending\")"), pending);
        counted(QStringLiteral("urgent tickets"),
                QStringLiteral("COUNTIF('cleaned data'!F:F,\"urgent\")"), urgent);
        counted(QStringLiteral("delivery tickets"),
                QStringLiteral("COUNTIF('cleaned data'!D:D,\"DELIVERY\")"), delivery);
        counted(QStringLiteral("RESOLUTION RATE"), QStringLiteral("B2/B1"), resolutionRate,
                Percent);
        ++row;
        counted(QStringLiteral("Urgent and pending tickets"),
                QStringLiteral("COUNTIFS('cleaned data'!F:F,\"URGENT\",'cleaned data'!G:G,"
                               "\"PENDING\")"),
                urgentPending);
        counted(QStringLiteral("Average satisfaction"),
                QStringLiteral("AVERAGE('cleaned data'!J:J)"), satisfaction / rated);
        sheet.beginRow(++row, 2);
        sheet.text(1, QStringLiteral("Satisfaction of pending tickets"));
        sheet.formulaError(2,
                           QStringLiteral("AVERAGEIFS('cleaned data'!J:J,'cleaned data'!G:G,"
                                          "\"pending\")"),
                           QStringLiteral("#DIV/0!"));
        sheet.endRow();
        row += 2;
        sheet.beginRow(row, 2);
        sheet.text(1,
                   QStringLiteral("Observation : There are ___%1___ urgent pending tickets, "
                                  "which may require immediate attention.")
                       .arg(urgentPending));
        sheet.endRow();
        SheetLayout layout;
        layout.cols = "<col min=\"1\" max=\"1\" width=\"35.21875\" customWidth=\"1\"/>";
        book.sheets.append({QStringLiteral("Data Analysis"), 4, false, sheet.part(layout), {}});
    }

    // "cleaned data": the tickets, and two shared =TRIM() columns.
    {
        SheetWriter sheet(&book.strings);
        const QStringList headers = {"ticket_id",
                                     "created_date",
                                     "resolved_date",
                                     "category",
                                     "channel",
                                     "priority",
                                     "status",
                                     "agent",
                                     "resolution_time_hours",
                                     "customer_satisfaction",
                                     "clean_category",
                                     "channel_updated"};
        sheet.beginRow(1, 16, " s=\"2\" customFormat=\"1\"");
        for (int column = 0; column < headers.size(); ++column)
            sheet.text(column + 1, headers.at(column), Header);
        sheet.endRow();
        const QByteArray lastRow = num(total + 1);
        int row = 1;
        for (const SmallTicket &ticket : tickets) {
            sheet.beginRow(++row, 12);
            sheet.text(1, ticket.id);
            sheet.number(2, serialAt(Serial20250101, ticket.createdMinutes), DateTime);
            if (ticket.resolvedMinutes)
                sheet.number(3, serialAt(Serial20250101, *ticket.resolvedMinutes), DateTime);
            sheet.text(4, ticket.category);
            sheet.text(5, ticket.channel);
            sheet.text(6, ticket.priority);
            sheet.text(7, ticket.status);
            sheet.text(8, ticket.agent);
            if (ticket.resolutionHours)
                sheet.number(9, *ticket.resolutionHours);
            if (ticket.satisfaction)
                sheet.number(10, *ticket.satisfaction);
            const bool first = row == 2;
            sheet.sharedFormulaText(11, 0, first ? QStringLiteral("TRIM(D2)") : QString(),
                                    "K2:K" + lastRow, ticket.category.trimmed());
            sheet.sharedFormulaText(12, 1, first ? QStringLiteral("TRIM(E2)") : QString(),
                                    "L2:L" + lastRow, ticket.channel.trimmed());
            sheet.endRow();
        }
        SheetLayout layout;
        layout.autoFilter = "K1:K" + lastRow;
        layout.cols = "<col min=\"2\" max=\"3\" width=\"16.77734375\" customWidth=\"1\"/>";
        book.sheets.append({QStringLiteral("cleaned data"), 1, false, sheet.part(layout), {}});
        book.definedNames = "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"2\" "
                            "hidden=\"1\">'cleaned data'!$K$1:$K$"
            + lastRow + "</definedName>";
    }

    // "Category analysis with PivotTab": pivot tables under titles.
    QStringList categories;
    for (const SmallTicket &ticket : tickets) {
        if (!categories.contains(ticket.category.trimmed()))
            categories.append(ticket.category.trimmed());
    }
    std::sort(categories.begin(), categories.end());
    {
        SheetWriter sheet(&book.strings);
        int row = 0;
        const auto pivot
            = [&](const QString &title, const QStringList &labels,
                  const std::function<bool(const SmallTicket &, const QString &)> &is) {
                  sheet.beginRow(++row, 2, " ht=\"18\"");
                  sheet.text(1, title, Header);
                  sheet.endRow();
                  row += 1;
                  sheet.beginRow(++row, 2);
                  sheet.text(1, QStringLiteral("Row Labels"), Header);
                  sheet.text(2, QStringLiteral("Count of ticket_id"));
                  sheet.endRow();
                  for (const QString &label : labels) {
                      sheet.beginRow(++row, 2);
                      sheet.text(1, label);
                      sheet.number(
                          2, countIf(tickets, [&](const SmallTicket &t) { return is(t, label); }));
                      sheet.endRow();
                  }
                  sheet.beginRow(++row, 2);
                  sheet.text(1, QStringLiteral("Grand Total"), Header);
                  sheet.number(2, total, Header);
                  sheet.endRow();
                  row += 3;
              };
        pivot(QStringLiteral("Category analysis"), categories,
              [](const SmallTicket &t, const QString &label) {
                  return t.category.trimmed() == label;
              });
        pivot(QStringLiteral("Priority analysis"), {"High", "Low", "Medium", "Urgent"},
              [](const SmallTicket &t, const QString &label) { return t.priority == label; });
        pivot(QStringLiteral("STATUS ANALYSIS"), {"Escalated", "Pending", "Resolved"},
              [](const SmallTicket &t, const QString &label) { return t.status == label; });
        sheet.beginRow(++row, 2);
        sheet.text(1, QStringLiteral("RESOLUTION RATE"));
        sheet.formula(2, QStringLiteral("%1/%2").arg(resolved).arg(total), resolutionRate, Percent);
        sheet.endRow();
        SheetLayout layout;
        layout.tail = "<drawing r:id=\"rId4\"/>";
        book.sheets.append(
            {QStringLiteral("Category analysis with PivotTab"),
             5,
             false,
             sheet.part(layout),
             {{"rId3", relationshipType("pivotTable"), "../pivotTables/pivotTable3.xml"},
              {"rId2", relationshipType("pivotTable"), "../pivotTables/pivotTable2.xml"},
              {"rId1", relationshipType("pivotTable"), "../pivotTables/pivotTable1.xml"},
              {"rId4", relationshipType("drawing"), "../drawings/drawing2.xml"}}});
    }

    // Beside the data: the pivot tables' cache, drawings, printer settings.
    for (int index = 1; index <= 3; ++index) {
        const QString name = QStringLiteral("xl/pivotTables/pivotTable%1.xml").arg(index);
        book.parts.append(pivotTable(index, 0, QStringLiteral("Count of ticket_id"), "A3:B11"));
        book.parts.append({relationshipsPartName(name),
                           relationshipsPart({{"rId1", relationshipType("pivotCacheDefinition"),
                                               "../pivotCache/pivotCacheDefinition1.xml"}}),
                           QByteArray()});
    }
    QList<int> records;
    for (const SmallTicket &ticket : tickets)
        records.append(int(categories.indexOf(ticket.category.trimmed())));
    book.parts += pivotCache(1, QStringLiteral("cleaned data"), "A1:L" + num(total + 1),
                             QStringLiteral("clean_category"), categories, records);
    book.parts.append(drawing(1));
    book.parts.append(drawing(2));
    book.parts.append(printerSettings(1));
    book.parts.append({QStringLiteral("xl/calcChain.xml"),
                       XmlDeclaration + "<calcChain xmlns=\"" + MainNamespace
                           + "\"><c r=\"B1\" i=\"2\" l=\"1\"/><c r=\"B2\"/><c r=\"B3\"/>"
                             "<c r=\"B4\"/><c r=\"B5\"/><c r=\"B6\"/><c r=\"K2\" i=\"3\"/>"
                             "<c r=\"L2\"/><c r=\"A4\" i=\"1\"/></calcChain>",
                       ContentTypePrefix + "calcChain+xml"});
    book.relationships = {
        {"rId5", relationshipType("pivotCacheDefinition"), "pivotCache/pivotCacheDefinition1.xml"},
        {"rId6", relationshipType("calcChain"), "calcChain.xml"}};
    book.afterCalcPr = "<pivotCaches><pivotCache cacheId=\"0\" r:id=\"rId5\"/></pivotCaches>";
    return writeWorkbook(
        book, QDir(folder).filePath(QStringLiteral("customer_support_tickets_small.xlsx")), error);
}

// ---------------------------------------------------------------------------
// The support dashboard workbook.

namespace {

struct DashboardTicket
{
    int id = 0;
    QString product;
    QString type;
    QString subject;
    QString status;
    QString resolution; // closed tickets only
    QString priority;
    QString channel;
    std::optional<int> firstResponseMinutes; // after 2023-06-01 00:00
    std::optional<int> resolvedMinutes;
    std::optional<int> rating;

    bool closed() const { return status == QLatin1String("Closed"); }
};

QList<DashboardTicket> dashboardTickets()
{
    const QStringList products = {"Laptop",     "Smart TV",     "Wireless Earbuds", "Router",
                                  "Smartphone", "Fitness Band", "Game Console",     "Camera",
                                  "Tablet",     "Smartwatch",   "Printer",          "Speaker"};
    const QStringList types = {"Technical issue", "Billing inquiry", "Refund request",
                               "Product inquiry", "Cancellation request"};
    const QStringList subjects
        = {"Cannot connect",  "Battery drains fast",   "Wrong charge",  "Setup help",
           "Screen flickers", "Account locked",        "Late delivery", "Data loss",
           "Software update", "Product recommendation"};
    const QStringList resolutions
        = {"Replaced the unit.",       "Refund issued.",          "Walked through the setup.",
           "Reset the account.",       "Sent a firmware update.", "Corrected the invoice.",
           "Arranged a new delivery.", "Explained the warranty."};
    const QStringList priorities = {"Critical", "High", "Medium", "Low"};
    const QStringList channels = {"Social media", "Chat", "Email", "Phone"};
    QList<DashboardTicket> tickets;
    for (int t = 1; t <= 8469; ++t) {
        DashboardTicket ticket;
        ticket.id = t;
        ticket.product = products.at(7 * t % 12);
        ticket.type = types.at(3 * t % 5);
        ticket.subject = subjects.at(11 * t % 10);
        ticket.status = t % 3 == 1 ? QStringLiteral("Closed")
            : t % 3 == 2           ? QStringLiteral("Open")
                                   : QStringLiteral("Pending Customer Response");
        ticket.priority = priorities.at((t + t / 7) % 4);
        ticket.channel = channels.at((t - 1) % 4);
        if (ticket.status != QLatin1String("Open"))
            ticket.firstResponseMinutes = 735 * t % 1440;
        if (ticket.closed()) {
            ticket.resolution = resolutions.at(13 * t % 8);
            ticket.resolvedMinutes = 577 * t % 1440;
            ticket.rating = 1 + 7 * t % 5;
        }
        tickets.append(ticket);
    }
    return tickets;
}

} // namespace

QString writeSupportTicketsDashboard(const QString &folder, QString *error)
{
    const QList<DashboardTicket> tickets = dashboardTickets();
    QList<DashboardTicket> closed;
    std::copy_if(tickets.cbegin(), tickets.cend(), std::back_inserter(closed),
                 [](const DashboardTicket &t) { return t.closed(); });
    const QStringList priorities = {"Critical", "High", "Low", "Medium"}; // as a pivot sorts
    const QStringList channels = {"Chat", "Email", "Phone", "Social media"};

    const auto responseDelay
        = [](const DashboardTicket &t) { return roundTo(*t.firstResponseMinutes / 60.0, 0.01); };
    const auto resolutionDelay = [](const DashboardTicket &t) {
        return roundTo(std::abs(*t.resolvedMinutes - *t.firstResponseMinutes) / 60.0, 0.01);
    };
    const auto average = [&](const std::function<bool(const DashboardTicket &)> &in,
                             const std::function<double(const DashboardTicket &)> &value) {
        double sum = 0;
        int count = 0;
        for (const DashboardTicket &ticket : std::as_const(closed)) {
            if (in(ticket)) {
                sum += value(ticket);
                ++count;
            }
        }
        return count ? sum / count : 0.0;
    };
    const auto all = [](const DashboardTicket &) { return true; };

    Workbook book;
    const QStringList headers = {"Ticket ID",
                                 "Product Purchased",
                                 "Ticket Type",
                                 "Ticket Subject",
                                 "Ticket Status",
                                 "Resolution",
                                 "Ticket Priority",
                                 "Ticket Channel",
                                 "First Response Time",
                                 "Time to Resolution",
                                 "Customer Satisfaction Rating"};

    // "customer_support_tickets": every ticket, as a table.
    {
        SheetWriter sheet(&book.strings);
        sheet.beginRow(1, 11);
        for (int column = 0; column < headers.size(); ++column)
            sheet.text(column + 1, headers.at(column), Header);
        sheet.endRow();
        int row = 1;
        for (const DashboardTicket &ticket : tickets) {
            sheet.beginRow(++row, 11);
            sheet.number(1, ticket.id);
            sheet.text(2, ticket.product);
            sheet.text(3, ticket.type);
            sheet.text(4, ticket.subject);
            sheet.text(5, ticket.status);
            if (ticket.closed())
                sheet.text(6, ticket.resolution);
            sheet.text(7, ticket.priority);
            sheet.text(8, ticket.channel);
            if (ticket.firstResponseMinutes)
                sheet.number(9, serialAt(Serial20230601, *ticket.firstResponseMinutes), DateTime);
            if (ticket.resolvedMinutes)
                sheet.number(10, serialAt(Serial20230601, *ticket.resolvedMinutes), DateTime);
            if (ticket.rating)
                sheet.number(11, *ticket.rating);
            sheet.endRow();
        }
        SheetLayout layout;
        layout.tail = "<pageSetup orientation=\"portrait\" r:id=\"rId1\"/>"
                      "<tableParts count=\"1\"><tablePart r:id=\"rId2\"/></tableParts>";
        book.sheets.append({QStringLiteral("customer_support_tickets"),
                            1,
                            false,
                            sheet.part(layout),
                            {{"rId2", relationshipType("table"), "../tables/table1.xml"},
                             {"rId1", relationshipType("printerSettings"),
                              "../printerSettings/printerSettings1.bin"}}});
        book.parts.append(table(1, QStringLiteral("customer_support_tickets"),
                                "A1:K" + num(tickets.size() + 1), headers));
    }

    // Three hidden query sheets: the closed tickets with derived columns.
    const QStringList derived
        = {"First Response Delay (hrs)", "SLA Breach",    "Resolution Delay (hrs)",
           "Resolution Duration",        "Channel Group", "Satisfied"};
    const QStringList queryNames = {"Tickets_Data", "Tickets_Data (1)", "Tickets_Data_1"};
    const QStringList tableNames = {"Tickets_Data", "Tickets_Data__1", "Tickets_Data_1_1"};
    const int queryIds[] = {3, 10, 12};
    for (int query = 0; query < 3; ++query) {
        const int extra = 2 * (query + 1);
        const QStringList columns = headers + derived.mid(0, extra);
        const int width = int(columns.size());
        SheetWriter sheet(&book.strings);
        sheet.beginRow(1, width);
        for (int column = 0; column < width; ++column)
            sheet.text(column + 1, columns.at(column));
        sheet.endRow();
        int row = 1;
        for (const DashboardTicket &ticket : std::as_const(closed)) {
            sheet.beginRow(++row, width);
            sheet.number(1, ticket.id);
            sheet.text(2, ticket.product);
            sheet.text(3, ticket.type);
            sheet.text(4, ticket.subject);
            sheet.text(5, ticket.status);
            sheet.text(6, ticket.resolution);
            sheet.text(7, ticket.priority);
            sheet.text(8, ticket.channel);
            sheet.number(9, serialAt(Serial20230601, *ticket.firstResponseMinutes), DateTime);
            sheet.number(10, serialAt(Serial20230601, *ticket.resolvedMinutes), DateTime);
            sheet.number(11, *ticket.rating);
            sheet.number(12, responseDelay(ticket));
            sheet.text(13,
                       responseDelay(ticket) > 12 ? QStringLiteral("Yes") : QStringLiteral("No"));
            if (extra >= 4) {
                sheet.number(14, resolutionDelay(ticket));
                // A duration in days shown in a date format: Excel's 1900 dates.
                sheet.number(15, resolutionDelay(ticket) / 24.0 + (ticket.id / 3) % 3, DateTime);
            }
            if (extra >= 6) {
                sheet.text(16,
                           ticket.channel == QLatin1String("Phone") ? QStringLiteral("Voice")
                                                                    : QStringLiteral("Digital"));
                sheet.text(17, *ticket.rating >= 4 ? QStringLiteral("Yes") : QStringLiteral("No"));
            }
            sheet.endRow();
        }
        const int tableIndex = query + 2;
        SheetLayout layout;
        layout.tail = "<pageSetup orientation=\"portrait\" r:id=\"rId1\"/>"
                      "<tableParts count=\"1\"><tablePart r:id=\"rId2\"/></tableParts>";
        book.sheets.append(
            {queryNames.at(query),
             queryIds[query],
             true,
             sheet.part(layout),
             {{"rId2", relationshipType("table"), "../tables/table" + num(tableIndex) + ".xml"},
              {"rId1", relationshipType("printerSettings"),
               "../printerSettings/printerSettings" + num(tableIndex) + ".bin"}}});
        book.parts.append(table(tableIndex, tableNames.at(query),
                                "A1:" + columnName(width) + num(closed.size() + 1), columns));
        book.parts.append(printerSettings(tableIndex));
    }

    // Five pivot sheets, their tables from row 3.
    struct PivotSheet
    {
        QString name;
        int sheetId;
    };
    const QList<PivotSheet> pivots = {{"1.Avg First Response Delay", 14},
                                      {"2.CSAT by Ticket Channel", 6},
                                      {"3.Ticket Volume by Priority", 8},
                                      {"4.Avg Resol Time by Priority", 11},
                                      {"5.SLA Breach Analysis", 13}};
    for (int index = 0; index < pivots.size(); ++index) {
        SheetWriter sheet(&book.strings);
        int row = 3;
        const auto byPriority
            = [&](const std::function<double(const QString &)> &value, bool withLabels, int style) {
                  for (const QString &priority : priorities) {
                      sheet.beginRow(++row, 2);
                      if (withLabels)
                          sheet.text(1, priority);
                      sheet.number(2, value(priority), style);
                      sheet.endRow();
                  }
              };
        const auto isPriority = [](const QString &priority) {
            return [priority](const DashboardTicket &t) { return t.priority == priority; };
        };
        switch (index) {
        case 0:
            sheet.beginRow(row, 2);
            sheet.text(1, QStringLiteral("Row Labels"), Header);
            sheet.text(2, QStringLiteral("Average of First Response Delay (hrs)"));
            sheet.endRow();
            byPriority([&](const QString &p) { return average(isPriority(p), responseDelay); },
                       true, OneDecimal);
            sheet.beginRow(++row, 2);
            sheet.text(1, QStringLiteral("Grand Total"), Header);
            sheet.number(2, average(all, responseDelay), OneDecimal);
            sheet.endRow();
            break;
        case 1: {
            sheet.beginRow(row, 6);
            sheet.text(1, QStringLiteral("Average of Customer Satisfaction Rating"), Header);
            sheet.text(2, QStringLiteral("Column Labels"), Header);
            sheet.endRow();
            sheet.beginRow(++row, 6);
            sheet.text(1, QStringLiteral("Row Labels"), Header);
            for (int c = 0; c < channels.size(); ++c)
                sheet.text(2 + c, channels.at(c));
            sheet.text(6, QStringLiteral("Grand Total"));
            sheet.endRow();
            const auto rating = [](const DashboardTicket &t) { return double(*t.rating); };
            for (const QString &priority : priorities) {
                sheet.beginRow(++row, 6);
                sheet.text(1, priority);
                for (int c = 0; c < channels.size(); ++c) {
                    const QString channel = channels.at(c);
                    sheet.number(2 + c,
                                 average(
                                     [&](const DashboardTicket &t) {
                                         return t.priority == priority && t.channel == channel;
                                     },
                                     rating),
                                 OneDecimal);
                }
                sheet.number(6, average(isPriority(priority), rating), OneDecimal);
                sheet.endRow();
            }
            break;
        }
        case 2:
            sheet.beginRow(row, 2);
            sheet.text(1, QStringLiteral("Row Labels"), Header);
            sheet.text(2, QStringLiteral("Count of Ticket ID"));
            sheet.endRow();
            byPriority(
                [&](const QString &p) {
                    return double(std::count_if(closed.cbegin(), closed.cend(), isPriority(p)));
                },
                true, General);
            sheet.beginRow(++row, 2);
            sheet.text(1, QStringLiteral("Grand Total"), Header);
            sheet.number(2, closed.size());
            sheet.endRow();
            break;
        case 3:
            // The row labels' header cell is empty.
            sheet.beginRow(row, 2);
            sheet.text(2, QStringLiteral("Average of Resolution Delay (hrs)"));
            sheet.endRow();
            byPriority([&](const QString &p) { return average(isPriority(p), resolutionDelay); },
                       true, OneDecimal);
            break;
        default: {
            sheet.beginRow(row, 2);
            sheet.text(1, QStringLiteral("Row Labels"), Header);
            sheet.text(2, QStringLiteral("Count of Ticket ID"));
            sheet.endRow();
            const int breached
                = int(std::count_if(closed.cbegin(), closed.cend(), [&](const DashboardTicket &t) {
                      return responseDelay(t) > 12;
                  }));
            const QList<QPair<QString, int>> counts
                = {{"No", int(closed.size()) - breached}, {"Yes", breached}};
            for (const auto &[label, count] : counts) {
                sheet.beginRow(++row, 2);
                sheet.text(1, label);
                sheet.number(2, count);
                sheet.endRow();
            }
            sheet.beginRow(++row, 2);
            sheet.text(1, QStringLiteral("Grand Total"), Header);
            sheet.number(2, closed.size());
            sheet.endRow();
            break;
        }
        }
        const int pivotIndex = index + 1;
        const int drawingIndex = index + 1;
        SheetLayout layout;
        layout.tail = "<pageSetup orientation=\"portrait\" r:id=\"rId2\"/><drawing r:id=\"rId3\"/>";
        book.sheets.append({pivots.at(index).name,
                            pivots.at(index).sheetId,
                            false,
                            sheet.part(layout),
                            {{"rId3", relationshipType("drawing"),
                              "../drawings/drawing" + num(drawingIndex) + ".xml"},
                             {"rId2", relationshipType("printerSettings"),
                              "../printerSettings/printerSettings" + num(pivotIndex + 4) + ".bin"},
                             {"rId1", relationshipType("pivotTable"),
                              "../pivotTables/pivotTable" + num(pivotIndex) + ".xml"}}});
        const QString name = QStringLiteral("xl/pivotTables/pivotTable%1.xml").arg(pivotIndex);
        const int cache = pivotIndex == 3 ? 2 : 1;
        book.parts.append(pivotTable(pivotIndex, cache - 1, QStringLiteral("Values"), "A3:B8"));
        book.parts.append(
            {relationshipsPartName(name),
             relationshipsPart({{"rId1", relationshipType("pivotCacheDefinition"),
                                 "../pivotCache/pivotCacheDefinition" + num(cache) + ".xml"}}),
             QByteArray()});
        book.parts.append(drawing(drawingIndex));
        book.parts.append(printerSettings(pivotIndex + 4));
    }

    // "DASHBOARD": a banner over formatted cells, formulas on the last table, a slicer.
    {
        SheetWriter sheet(&book.strings);
        const QMap<int, QString> labels = {{5, QStringLiteral("CLOSED TICKETS")},
                                           {9, QStringLiteral("AVG FIRST RESPONSE (HRS)")},
                                           {13, QStringLiteral("AVG CSAT")}};
        for (int row = 1; row <= 4; ++row) {
            sheet.beginRow(row, 17, " ht=\"14.4\" customHeight=\"1\"");
            for (int column = 1; column <= 17; ++column) {
                if (row == 1 && column == 1)
                    sheet.text(1, QStringLiteral("CUSTOMER SUPPORT TICKET DASHBOARD"), Banner);
                else if (row == 4 && labels.contains(column))
                    sheet.text(column, labels.value(column), Header);
                else
                    sheet.formatted(column, BannerFill);
            }
            sheet.endRow();
        }
        sheet.beginRow(5, 17, " ht=\"19.2\" customHeight=\"1\"");
        sheet.formula(5, QStringLiteral("COUNTA(Tickets_Data_1_1[Ticket ID])"), closed.size());
        sheet.formula(9, QStringLiteral("AVERAGE(Tickets_Data_1_1[First Response Delay (hrs)])"),
                      average(all, responseDelay), OneDecimal);
        sheet.formula(13, QStringLiteral("AVERAGE(Tickets_Data_1_1[Customer Satisfaction Rating])"),
                      average(all, [](const DashboardTicket &t) { return double(*t.rating); }),
                      OneDecimal);
        sheet.endRow();
        SheetLayout layout;
        layout.selected = true;
        layout.mergeCells = {"A1:Q2"};
        layout.tail = "<drawing r:id=\"rId1\"/><extLst><ext "
                      "uri=\"{A8765BA9-456A-4dab-B4F3-ACF838C121DE}\" xmlns:x14=\""
            + X14Namespace
            + "\"><x14:slicerList><x14:slicer r:id=\"rId2\"/></x14:slicerList></ext></extLst>";
        book.sheets.append(
            {QStringLiteral("DASHBOARD"),
             15,
             false,
             sheet.part(layout),
             {{"rId2", "http://schemas.microsoft.com/office/2007/relationships/slicer",
               "../slicers/slicer1.xml"},
              {"rId1", relationshipType("drawing"), "../drawings/drawing6.xml"}}});
        book.parts.append(drawing(6));
        book.parts.append(
            {QStringLiteral("xl/slicers/slicer1.xml"),
             XmlDeclaration + "<slicers xmlns=\"" + X14Namespace
                 + "\"><slicer name=\"Ticket Priority\" cache=\"Slicer_Ticket_Priority\" "
                   "caption=\"Ticket Priority\" rowHeight=\"241300\"/></slicers>",
             "application/vnd.ms-excel.slicer+xml"});
    }

    // The pivot caches, the slicer's cache, the query connection, Power Query's
    // custom XML (a target outside xl/) and the calculation chain.
    QList<int> priorityRecords;
    for (const DashboardTicket &ticket : std::as_const(closed))
        priorityRecords.append(int(priorities.indexOf(ticket.priority)));
    QList<int> channelRecords;
    for (const DashboardTicket &ticket : tickets)
        channelRecords.append(int(channels.indexOf(ticket.channel)));
    book.parts += pivotCache(1, QStringLiteral("Tickets_Data_1"), "A1:Q" + num(closed.size() + 1),
                             QStringLiteral("Ticket Priority"), priorities, priorityRecords);
    book.parts += pivotCache(2, QStringLiteral("customer_support_tickets"),
                             "A1:K" + num(tickets.size() + 1), QStringLiteral("Ticket Channel"),
                             channels, channelRecords);
    book.parts.append(
        {QStringLiteral("xl/slicerCaches/slicerCache1.xml"),
         XmlDeclaration + "<slicerCacheDefinition xmlns=\"" + X14Namespace
             + "\" name=\"Slicer_Ticket_Priority\" sourceName=\"Ticket Priority\"><pivotTables>"
               "<pivotTable tabId=\"14\" name=\"PivotTable1\"/></pivotTables><data><tabular "
               "pivotCacheId=\"1\"><items count=\"4\"><i x=\"0\" s=\"1\"/><i x=\"1\" s=\"1\"/>"
               "<i x=\"2\" s=\"1\"/><i x=\"3\" s=\"1\"/></items></tabular></data>"
               "</slicerCacheDefinition>",
         "application/vnd.ms-excel.slicerCache+xml"});
    book.parts.append({QStringLiteral("xl/connections.xml"),
                       XmlDeclaration + "<connections xmlns=\"" + MainNamespace
                           + "\"><connection id=\"1\" keepAlive=\"1\" name=\"Query - "
                             "Tickets_Data\" type=\"5\" refreshedVersion=\"8\" background=\"1\" "
                             "saveData=\"1\"><dbPr connection=\"Provider=Microsoft.Mashup.OleDb.1;"
                             "Data Source=$Workbook$;Location=Tickets_Data;\" command=\"SELECT * "
                             "FROM [Tickets_Data]\"/></connection></connections>",
                       ContentTypePrefix + "connections+xml"});
    book.parts.append({QStringLiteral("customXml/item1.xml"),
                       "\xEF\xBB\xBF<DataMashup "
                       "xmlns=\"http://schemas.microsoft.com/DataMashup\">AAAAABQDAABQSwMEFAAC"
                       "</DataMashup>",
                       QByteArray()});
    book.parts.append(
        {QStringLiteral("customXml/itemProps1.xml"),
         XmlDeclaration
             + "<ds:datastoreItem ds:itemID=\"{00000000-0000-0000-0000-000000000001}\" "
               "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
               "<ds:schemaRefs/></ds:datastoreItem>",
         "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"});
    book.parts.append(
        {QStringLiteral("customXml/_rels/item1.xml.rels"),
         relationshipsPart({{"rId1", relationshipType("customXmlProps"), "itemProps1.xml"}}),
         QByteArray()});
    book.parts.append({QStringLiteral("xl/calcChain.xml"),
                       XmlDeclaration + "<calcChain xmlns=\"" + MainNamespace
                           + "\"><c r=\"E5\" i=\"10\"/><c r=\"I5\"/><c r=\"M5\"/></calcChain>",
                       ContentTypePrefix + "calcChain+xml"});
    book.parts.append(printerSettings(1));
    const auto id = [&](int k) { return "rId" + num(book.sheets.size() + k); };
    book.relationships = {
        {id(1), relationshipType("pivotCacheDefinition"), "pivotCache/pivotCacheDefinition1.xml"},
        {id(2), relationshipType("pivotCacheDefinition"), "pivotCache/pivotCacheDefinition2.xml"},
        {id(3), "http://schemas.microsoft.com/office/2007/relationships/slicerCache",
         "slicerCaches/slicerCache1.xml"},
        {id(4), relationshipType("connections"), "connections.xml"},
        {id(5), relationshipType("customXml"), "../customXml/item1.xml"},
        {id(6), relationshipType("calcChain"), "calcChain.xml"}};
    book.definedNames = "<definedName name=\"Slicer_Ticket_Priority\">#N/A</definedName>";
    book.afterCalcPr = "<pivotCaches><pivotCache cacheId=\"0\" r:id=\"" + id(1)
        + "\"/><pivotCache cacheId=\"1\" r:id=\"" + id(2)
        + "\"/></pivotCaches><extLst><ext uri=\"{BBE1A952-AA13-448e-AADC-164F8A28A991}\" "
          "xmlns:x14=\""
        + X14Namespace + "\"><x14:slicerCaches><x14:slicerCache r:id=\"" + id(3)
        + "\"/></x14:slicerCaches></ext></extLst>";
    return writeWorkbook(
        book, QDir(folder).filePath(QStringLiteral("customer_support_tickets_dashboard.xlsx")),
        error);
}

} // namespace FixtureWorkbooks
