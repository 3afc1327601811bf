// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostilefiles.h"

#include <QFile>
#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>
#include <functional>

namespace {

const QByteArray MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray TypePrefix
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const QByteArray Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// Writes the bytes of one part; false when writing failed.
using PartWriter = std::function<bool(QIODevice &)>;

struct Part
{
    QString name;
    PartWriter write;
};

PartWriter bytes(const QByteArray &data)
{
    return [data](QIODevice &out) { return out.write(data) == data.size(); };
}

// Letters that deflate packs about 90 : 1: a 4 KiB block of pseudo-random
// letters, repeated with one letter in 256 changed each time, so matches
// stay short of deflate's best.
bool writeCompressibleText(QIODevice &out, qint64 characters)
{
    quint32 state = 20260101;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    QByteArray block(4096, 'a');
    for (char &letter : block)
        letter = char('a' + next() % 26);
    for (qint64 left = characters; left > 0;) {
        for (qsizetype i = 0; i < block.size(); i += 256)
            block[i] = char('a' + next() % 26);
        const qint64 count = std::min<qint64>(left, block.size());
        if (out.write(block.constData(), count) != count)
            return false;
        left -= count;
    }
    return true;
}

QByteArray inlineCell(const QByteArray &reference, const QByteArray &text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

QByteArray headerRow()
{
    return "<row r=\"1\">" + inlineCell("A1", "customer_id") + inlineCell("B1", "signup_date")
        + inlineCell("C1", "notes") + "</row>";
}

QByteArray secondCustomerRow(int row)
{
    const QByteArray r = QByteArray::number(row);
    return "<row r=\"" + r + "\">" + inlineCell("A" + r, "C2") + inlineCell("B" + r, "2024-01-02")
        + inlineCell("C" + r, "short notes") + "</row>";
}

QByteArray worksheet(const QByteArray &rows, const QByteArray &dimension = "A1:C3")
{
    return Declaration + "<worksheet xmlns=\"" + MainNamespace + "\"><dimension ref=\"" + dimension
        + "\"/><sheetData>" + rows + "</sheetData></worksheet>";
}

bool writeZip(const QString &path, const QList<Part> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Part &part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name)) || !part.write(file))
            return false;
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

// A package of one sheet "Customers", with shared strings when given.
QString writeWorkbook(const QString &path, const PartWriter &sheet,
                      const PartWriter &sharedStrings = {})
{
    QByteArray relationships = "<Relationship Id=\"rId1\" Type=\"" + TypePrefix
        + "worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    QList<Part> parts;
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"), sheet});
    if (sharedStrings) {
        relationships += "<Relationship Id=\"rId2\" Type=\"" + TypePrefix
            + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    const QByteArray packageRelationships
        = "http://schemas.openxmlformats.org/package/2006/relationships";
    parts.append({QStringLiteral("_rels/.rels"),
                  bytes(Declaration + "<Relationships xmlns=\"" + packageRelationships
                        + "\"><Relationship Id=\"rId1\" Type=\"" + TypePrefix
                        + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  bytes(Declaration + "<workbook xmlns=\"" + MainNamespace
                        + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                          "relationships\"><sheets><sheet name=\"Customers\" sheetId=\"1\" "
                          "r:id=\"rId1\"/></sheets></workbook>")});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  bytes(Declaration + "<Relationships xmlns=\"" + packageRelationships + "\">"
                        + relationships + "</Relationships>")});
    return writeZip(path, parts) ? path : QString();
}

QString writeFile(const QString &path, const PartWriter &write)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !write(file))
        return {};
    return path;
}

const QByteArray CsvHeader = "customer_id,signup_date,notes\n";

} // namespace

namespace HostileFiles {

QString expandingSharedString(const QString &folder, qint64 characters)
{
    const QByteArray sheet = worksheet(
        headerRow() + "<row r=\"2\">" + inlineCell("A2", "C1") + inlineCell("B2", "2024-01-01")
        + "<c r=\"C2\" t=\"s\"><v>0</v></c></row>" + secondCustomerRow(3));
    const PartWriter sharedStrings = [characters](QIODevice &out) {
        return out.write(Declaration + "<sst xmlns=\"" + MainNamespace
                         + "\" count=\"1\" uniqueCount=\"1\"><si><t>")
            > 0
            && writeCompressibleText(out, characters) && out.write("</t></si></sst>") > 0;
    };
    return writeWorkbook(folder + QLatin1String("/expanding-shared-string.xlsx"), bytes(sheet),
                         sharedStrings);
}

QString expandingInlineString(const QString &folder, qint64 characters)
{
    const PartWriter sheet = [characters](QIODevice &out) {
        return out.write(Declaration + "<worksheet xmlns=\"" + MainNamespace + "\"><sheetData>"
                         + headerRow() + "<row r=\"2\">" + inlineCell("A2", "C1")
                         + inlineCell("B2", "2024-01-01") + "<c r=\"C2\" t=\"inlineStr\"><is><t>")
            > 0
            && writeCompressibleText(out, characters)
            && out.write("</t></is></c></row>" + secondCustomerRow(3) + "</sheetData></worksheet>")
            > 0;
    };
    return writeWorkbook(folder + QLatin1String("/expanding-inline-string.xlsx"), sheet);
}

QString zipBomb(const QString &folder)
{
    const PartWriter sheet = [](QIODevice &out) {
        const QByteArray zeros(1 << 20, '\0');
        for (int megabyte = 0; megabyte < 64; ++megabyte) {
            if (out.write(zeros) != zeros.size())
                return false;
        }
        return true;
    };
    return writeWorkbook(folder + QLatin1String("/zip-bomb.xlsx"), sheet);
}

QString billionLaughs(const QString &folder)
{
    QByteArray doctype = "<!DOCTYPE sst [<!ENTITY lol0 \"lol\">";
    for (int level = 1; level <= 9; ++level) {
        doctype += "<!ENTITY lol" + QByteArray::number(level) + " \"";
        for (int copy = 0; copy < 10; ++copy)
            doctype += "&lol" + QByteArray::number(level - 1) + ";";
        doctype += "\">";
    }
    doctype += "]>";
    const QByteArray sharedStrings = Declaration + doctype + "<sst xmlns=\"" + MainNamespace
        + "\"><si><t>&lol9;</t></si></sst>";
    const QByteArray sheet
        = worksheet(headerRow() + "<row r=\"2\">" + inlineCell("A2", "C1")
                    + inlineCell("B2", "2024-01-01") + "<c r=\"C2\" t=\"s\"><v>0</v></c></row>");
    return writeWorkbook(folder + QLatin1String("/billion-laughs.xlsx"), bytes(sheet),
                         bytes(sharedStrings));
}

QString claimsBillionRows(const QString &folder)
{
    const QByteArray sheet
        = worksheet(headerRow() + "<row r=\"2\" spans=\"1:16384\">" + inlineCell("A2", "C1")
                        + inlineCell("B2", "2024-01-01") + "</row>" + secondCustomerRow(3),
                    "A1:XFD1000000000");
    const QByteArray sharedStrings = Declaration + "<sst xmlns=\"" + MainNamespace
        + "\" count=\"1000000000\" uniqueCount=\"1000000000\"><si><t>unused</t></si></sst>";
    return writeWorkbook(folder + QLatin1String("/claims-billion-rows.xlsx"), bytes(sheet),
                         bytes(sharedStrings));
}

QString rowPastLimit(const QString &folder)
{
    const QByteArray sheet = worksheet(headerRow() + secondCustomerRow(1048577));
    return writeWorkbook(folder + QLatin1String("/row-past-limit.xlsx"), bytes(sheet));
}

QString deepNesting(const QString &folder)
{
    const PartWriter sheet = [](QIODevice &out) {
        const int depth = 100000;
        return out.write(Declaration + "<worksheet xmlns=\"" + MainNamespace + "\"><sheetData>"
                         + headerRow() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>")
            > 0
            && out.write(QByteArray("<r>").repeated(depth)) > 0
            && out.write(QByteArray("</r>").repeated(depth)) > 0
            && out.write("</is></c></row></sheetData></worksheet>") > 0;
    };
    return writeWorkbook(folder + QLatin1String("/deep-nesting.xlsx"), sheet);
}

QString longTag(const QString &folder)
{
    const PartWriter sheet = [](QIODevice &out) {
        return out.write(Declaration + "<worksheet xmlns=\"" + MainNamespace + "\"><sheetData>"
                         + headerRow() + "<row r=\"2\"><c r=\"A2\" s=\"")
            > 0
            && writeCompressibleText(out, qint64(2) << 20)
            && out.write("\"><v>1</v></c></row></sheetData></worksheet>") > 0;
    };
    return writeWorkbook(folder + QLatin1String("/long-tag.xlsx"), sheet);
}

QString singleLineCsv(const QString &folder, qint64 bytes)
{
    return writeFile(folder + QLatin1String("/single-line.csv"), [bytes](QIODevice &out) {
        return out.write(CsvHeader + "C1,2024-01-01,") > 0 && writeCompressibleText(out, bytes);
    });
}

QString strayQuoteCsv(const QString &folder, qint64 bytes)
{
    return writeFile(folder + QLatin1String("/stray-quote.csv"), [bytes](QIODevice &out) {
        if (out.write(CsvHeader + "C1,2024-01-01,fine\nC2,2024-01-02,\"never closed\n") <= 0)
            return false;
        const QByteArray row = "C3,2024-01-03,a row among many\n";
        for (qint64 written = 0; written < bytes; written += row.size()) {
            if (out.write(row) != row.size())
                return false;
        }
        return true;
    });
}

QString longFieldCsv(const QString &folder)
{
    return writeFile(folder + QLatin1String("/long-field.csv"), [](QIODevice &out) {
        return out.write(CsvHeader + "C1,2024-01-01,") > 0 && writeCompressibleText(out, 40000)
            && out.write("\nC2,2024-01-02,short notes\n") > 0;
    });
}

QString longQuotedFieldCsv(const QString &folder, qint64 characters)
{
    return writeFile(folder + QLatin1String("/long-quoted-field.csv"),
                     [characters](QIODevice &out) {
                         return out.write(CsvHeader + "C1,2024-01-01,\"a \"\"quote\"\" ") > 0
                             && writeCompressibleText(out, characters - 10)
                             && out.write("\"\nC2,2024-01-02,short notes\n") > 0;
                     });
}

QString tooManyColumnsCsv(const QString &folder)
{
    return writeFile(folder + QLatin1String("/too-many-columns.csv"), [](QIODevice &out) {
        return out.write(CsvHeader + "C1,2024-01-01" + QByteArray(",x").repeated(20000) + "\n") > 0;
    });
}

QString longHeaderCsv(const QString &folder)
{
    return writeFile(folder + QLatin1String("/long-header.csv"), [](QIODevice &out) {
        return out.write("customer_id,signup_date,") > 0 && writeCompressibleText(out, 40000)
            && out.write("\nC1,2024-01-01,notes\n") > 0;
    });
}

QString wideRejectedRowCsv(const QString &folder)
{
    return writeFile(folder + QLatin1String("/wide-rejected-row.csv"), [](QIODevice &out) {
        if (out.write("customer_id,signup_date,a,b,c\nC1,not a date") <= 0)
            return false;
        for (int value = 0; value < 3; ++value) {
            if (out.write(",") <= 0 || !writeCompressibleText(out, 30000))
                return false;
        }
        return out.write("\nC2,2024-01-02,x,y,z\n") > 0;
    });
}

} // namespace HostileFiles
