// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpora of the file and value fuzz targets into
// OUTPUT/<target>/, from the real-world fixtures of tests/data (cut short:
// seeds must be small) and from files made here in the shapes the tests use.
// Run by scripts/fuzz before the targets: `fuzz_seeds OUTPUT`. The project
// files are made by fuzz_seeds_project.

#include "headermatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace {

QDir g_output;

void fail(const QString &message)
{
    std::fprintf(stderr, "fuzz_seeds: %s\n", qPrintable(message));
    std::exit(1);
}

void writeSeed(const QString &target, const QString &name, const QByteArray &bytes)
{
    g_output.mkpath(target);
    QFile file(g_output.filePath(target + QLatin1Char('/') + name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write %1").arg(file.fileName()));
}

// The first `lines` lines of a fixture of tests/data.
QByteArray fixtureHead(const QString &relativePath, int lines)
{
    QFile file(QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("missing fixture %1").arg(file.fileName()));
    QByteArray head;
    for (int line = 0; line < lines && !file.atEnd(); ++line)
        head += file.readLine();
    return head;
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar character : text) {
        const char high = char(character.unicode() >> 8);
        const char low = char(character.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return bytes;
}

// The first byte of a CSV seed is the fuzz target's override control (0:
// detect everything); see fuzz_csvreader.cpp.
void writeCsvSeeds()
{
    const QByteArray telco
        = fixtureHead(QStringLiteral("telco/WA_Fn-UseC_-Telco-Customer-Churn.csv"), 12);
    const QByteArray cdnow = fixtureHead(QStringLiteral("cdnow/cdnowElog.csv"), 12);
    const QByteArray master = fixtureHead(QStringLiteral("cdnow/CDNOW_master.txt"), 12);
    QByteArray semicolons = telco;
    semicolons.replace(',', ';').replace('.', ',');
    const QByteArray tricky = "id;name;note;amount\r\n"
                              "1;\"Dupont; Jos\xE9\";\"two\r\nlines\";\"1 234,50\"\r\n"
                              "2;M\xFCller;\"he said \"\"hi\"\"\";(12,00)\r\n"
                              "3;\xC5\xBB\xF3\xB3w;\"ab\"c;\r"
                              "4;;;\n\n";
    const std::vector<std::pair<QString, QByteArray>> seeds = {
        {QStringLiteral("telco-utf8.csv"), telco},
        {QStringLiteral("telco-utf8-bom.csv"), QByteArray("\xEF\xBB\xBF") + telco},
        {QStringLiteral("telco-utf16le.csv"), utf16(QString::fromUtf8(telco), false, true)},
        {QStringLiteral("telco-utf16be-nobom.csv"), utf16(QString::fromUtf8(telco), true, false)},
        {QStringLiteral("telco-semicolon-comma.csv"), semicolons},
        {QStringLiteral("cdnow-elog.csv"), cdnow},
        {QStringLiteral("cdnow-master-spaces.txt"), master},
        {QStringLiteral("quirks-windows1252.csv"), tricky},
        {QStringLiteral("tabs.tsv"), "a\tb\tc\n1\t\"x\ty\"\t3\n"},
        {QStringLiteral("pipes-noheader.txt"), "1|2024-01-31|yes\n2|31/01/2024|non\n"},
        {QStringLiteral("unterminated.csv"), "a,b\n1,\"open\n"},
        // Over Excel's cell limit (issue 20): the row is rejected, the value cut.
        {QStringLiteral("long-field.csv"),
         "id,notes\n1,\"" + QByteArray(40000, 'x') + "\"\n2," + QByteArray(33000, 'y') + "\n"},
    };
    for (const auto &[name, bytes] : seeds)
        writeSeed(QStringLiteral("csvreader"), name, QByteArray(1, '\0') + bytes);
    // The same quirky file with every property forced.
    writeSeed(QStringLiteral("csvreader"), QStringLiteral("quirks-forced.csv"),
              QByteArray(1, char(0x4F | 0x40)) + tricky);
}

void writeValueSeeds()
{
    const std::vector<std::pair<QString, QString>> seeds = {
        {QStringLiteral("booleans"),
         QStringLiteral(
             "yes\nNo\nTRUE\nf\n1\n0\non\noui\nNon\nvrai\nfaux\nja\nnein\nwahr\nfalsch\n"
             "tak\nnie\nprawda\nfa\u0142sz\n\u0939\u093E\u0901\n\u0928\u0939\u0940\u0902\n"
             "\u0938\u0939\u0940\n\u0917\u0932\u0924\n \u00A0\n")},
        {QStringLiteral("numbers-point"),
         QStringLiteral("12\n-3.5\n+1,234.56\n(12.50)\n$1,000\n1 234.5 EUR\n\u20B91,23,45,678.90\n"
                        "1.5e3\n\u22127\n12%\nCHF 1'234.50\nRs. 99\n9223372036854775807\n")},
        {QStringLiteral("numbers-comma"),
         QStringLiteral(
             "1,5\n1.234,56\n1\u00A0234,56 z\u0142\n12,00 \u20AC\n-0,5\n1\u202F000,25 PLN\n"
             "1.234\n")},
        {QStringLiteral("dates"),
         QStringLiteral(
             "2024-01-31\n2024-01-31T14:05:00\n2024/01/31\n2024.01.31\n20240131\n"
             "31/01/2024\n01/31/2024\n3.1.24\n31-01-99\n29/02/2024\n31/02/2024\n"
             "31 Jan 2024\nJan 31, 2024\n31. Januar 2024\n31 stycznia 2024\n"
             "31 janvier 2024\n1er f\u00E9vrier 2024\n31 \u091C\u0928\u0935\u0930\u0940 2024\n"
             "45322\n45322.5\n60\n")},
        {QStringLiteral("headers"),
         QStringLiteral("customerID\nKunden-ID\nCustomer ID (CRM)\nCutomer ID\n\u00C9tat\nData "
                        "zam\u00F3wienia\n")},
    };
    for (const auto &[name, text] : seeds)
        writeSeed(QStringLiteral("valueparsers"), name, text.toUtf8());
}

void writeMappingSeeds()
{
    const QByteArray telco
        = fixtureHead(QStringLiteral("telco/WA_Fn-UseC_-Telco-Customer-Churn.csv"), 1);
    QStringList headers = QString::fromUtf8(telco.trimmed()).split(QLatin1Char(','));
    headers << QStringLiteral("contact_id") << QStringLiteral("order_id") << QStringLiteral("date")
            << QStringLiteral("channel") << QStringLiteral("amount");
    int number = 0;
    for (const CanonicalTable table :
         {CanonicalTable::Customers, CanonicalTable::Contacts, CanonicalTable::Orders,
          CanonicalTable::Mentions, CanonicalTable::Improvements}) {
        FieldMapping mapping = HeaderMatcher::match(headers, table).mapping();
        mapping.name = QStringLiteral("Seed %1").arg(++number);
        if (number % 2 == 0) {
            mapping.dateOrder = ValueParsers::DateOrder::MonthFirst;
            mapping.decimalSeparator = ValueParsers::DecimalSeparator::Comma;
        }
        writeSeed(QStringLiteral("mappingprofiles"), QStringLiteral("profile-%1.json").arg(number),
                  mapping.toJson());
    }
}

// Stored (method 0) entries leave the XML as plain bytes for the mutator;
// deflated ones exercise the inflating stream.
void writeWorkbook(const QString &name, const std::vector<std::pair<QString, QByteArray>> &parts,
                   int method)
{
    const QString path = g_output.filePath(QStringLiteral("xlsxreader/") + name);
    g_output.mkpath(QStringLiteral("xlsxreader"));
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        fail(QStringLiteral("cannot create %1").arg(path));
    for (const auto &[partName, bytes] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(partName), nullptr, 0, method,
                       method == 0 ? 0 : 6)
            || file.write(bytes) != bytes.size())
            fail(QStringLiteral("cannot write %1 in %2").arg(partName, path));
        file.close();
    }
    zip.close();
}

void writeXlsxSeeds()
{
    const QByteArray contentTypes
        = "<?xml version=\"1.0\"?><Types "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/"
          "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
    const QByteArray rootRels
        = "<?xml version=\"1.0\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    const QByteArray workbook
        = "<?xml version=\"1.0\"?><workbook "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships\"><workbookPr date1904=\"0\"/>"
          "<sheets><sheet name=\"Customers\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Hidden "
          "&amp; old\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/></sheets></workbook>";
    const QByteArray workbookRels
        = "<?xml version=\"1.0\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
          "Target=\"worksheets/sheet1.xml\"/>"
          "<Relationship Id=\"rId2\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
          "Target=\"/xl/worksheets/sheet2.xml\"/>"
          "<Relationship Id=\"rId3\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "sharedStrings\" Target=\"sharedStrings.xml\"/>"
          "<Relationship Id=\"rId4\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
          "Target=\"styles.xml\"/></Relationships>";
    const QByteArray sharedStrings
        = "<?xml version=\"1.0\"?><sst "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"5\" "
          "uniqueCount=\"5\">"
          "<si><t>customer_id</t></si><si><t xml:space=\"preserve\"> signup date </t></si>"
          "<si><r><t>mon</t></r><r><rPr><b/></rPr><t>thly</t></r></si><si><t>Jos\xC3\xA9</t></"
          "si><si><t/></si></sst>";
    const QByteArray styles
        = "<?xml version=\"1.0\"?><styleSheet "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ "
          "hh:mm\"/><numFmt numFmtId=\"165\" formatCode=\"[Red]0.00&quot;d&quot;\"/></numFmts>"
          "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" "
          "applyNumberFormat=\"1\"/><xf numFmtId=\"164\"/><xf "
          "numFmtId=\"165\"/></cellXfs></styleSheet>";
    const QByteArray sheet1
        = "<?xml version=\"1.0\"?><worksheet "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension "
          "ref=\"A1:E4\"/><sheetData>"
          "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c "
          "r=\"C1\" t=\"s\"><v>2</v></c><c r=\"E1\" t=\"inlineStr\"><is><t>flag</t></is></c></row>"
          "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" s=\"1\"><v>45322</v></c><c "
          "r=\"C2\" s=\"3\"><v>29.850000000000001</v></c><c r=\"E2\" t=\"b\"><v>1</v></c></row>"
          "<row r=\"4\"><c r=\"A4\"><v>1E+3</v></c><c r=\"B4\" s=\"2\"><v>45322.75</v></c><c "
          "r=\"C4\" t=\"e\"><v>#N/A</v></c>"
          "<c r=\"D4\" t=\"str\"><f>TRIM(A4)</f><v>x</v></c><c r=\"E4\" "
          "t=\"s\"><v>4</v></c></row></sheetData>"
          "<mergeCells count=\"1\"><mergeCell ref=\"A5:E5\"/></mergeCells></worksheet>";
    const QByteArray sheet2
        = "<?xml version=\"1.0\"?><worksheet "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
          "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>Row Labels</t></is></c></row><row "
          "r=\"4\"><c r=\"B4\"><v>0.5</v></c></row></sheetData></worksheet>";
    const std::vector<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("[Content_Types].xml"), contentTypes},
        {QStringLiteral("_rels/.rels"), rootRels},
        {QStringLiteral("xl/workbook.xml"), workbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
        {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
        {QStringLiteral("xl/styles.xml"), styles},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet1},
        {QStringLiteral("xl/worksheets/sheet2.xml"), sheet2},
    };
    writeWorkbook(QStringLiteral("two-sheets-stored.xlsx"), parts, 0);
    writeWorkbook(QStringLiteral("two-sheets-deflated.xlsx"), parts, Z_DEFLATED);
    QByteArray date1904 = workbook;
    date1904.replace("date1904=\"0\"", "date1904=\"1\"");
    auto withDate1904 = parts;
    withDate1904[2].second = date1904;
    withDate1904.erase(withDate1904.begin() + 5); // no styles part: no cell is a date
    writeWorkbook(QStringLiteral("date1904-no-styles.xlsx"), withDate1904, 0);
    // Hostile shapes (issue 20), small enough for seeds: a DTD of nested
    // entities, a row past Excel's last, a value over the cell limit in CDATA
    // beside a comment, elements nested past the depth limit.
    const auto replacing = [&parts](size_t index, const QByteArray &xml) {
        auto copy = parts;
        copy[index].second = xml;
        return copy;
    };
    QByteArray laughs = sharedStrings;
    laughs.replace("<?xml version=\"1.0\"?>",
                   "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"lol\"><!ENTITY b "
                   "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
    laughs.replace("<t>customer_id</t>", "<t>&b;</t>");
    writeWorkbook(QStringLiteral("billion-laughs.xlsx"), replacing(4, laughs), 0);
    QByteArray pastLastRow = sheet1;
    pastLastRow.replace("<row r=\"4\">", "<row r=\"1048577\">");
    writeWorkbook(QStringLiteral("row-past-limit.xlsx"), replacing(6, pastLastRow), 0);
    QByteArray longValue = sheet1;
    longValue.replace("<c r=\"E2\" t=\"b\"><v>1</v></c>",
                      "<c r=\"E2\" t=\"inlineStr\"><is><t><![CDATA[" + QByteArray(40000, 'x')
                          + "]]><!-- a note --></t></is></c>");
    writeWorkbook(QStringLiteral("long-value.xlsx"), replacing(6, longValue), Z_DEFLATED);
    QByteArray deep = sheet1;
    deep.replace("<is><t>flag</t></is>",
                 "<is>" + QByteArray("<r>").repeated(300) + QByteArray("</r>").repeated(300)
                     + "</is>");
    writeWorkbook(QStringLiteral("deep-nesting.xlsx"), replacing(6, deep), 0);
    // Legacy Excel and encrypted OOXML start with the OLE2 signature.
    writeSeed(QStringLiteral("xlsxreader"), QStringLiteral("legacy.xls"),
              QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds OUTPUT\n");
        return 2;
    }
    g_output = QDir(QString::fromLocal8Bit(argv[1]));
    if (!g_output.mkpath(QStringLiteral(".")))
        fail(QStringLiteral("cannot create %1").arg(g_output.path()));
    writeCsvSeeds();
    writeValueSeeds();
    writeMappingSeeds();
    writeXlsxSeeds();
    return 0;
}
