// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtureworkbooks.h"
#include "installedtranslation.h"
#include "xlsxreader.h"
#include "xlsxworkbook.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <xlsxwriter.h>

#include <dlfcn.h>
#include <functional>
#include <memory>
#include <type_traits>

namespace {

// Makes a fixture file in the given folder and returns its path.
using Fixture = std::function<QString(const QString &folder)>;
using Rows = QList<QStringList>;
using Lines = QList<qint64>;
using Counts = QHash<QString, int>;

struct CellCheck
{
    qint64 line;
    QString column;
    QString value;
};

struct ReadResult
{
    QStringList headers;
    Rows rows;
    Lines lines;
    SourceError error;
};

// Real-world files committed in tests/data.
const QString Fixtures = QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR);
const QString TelcoCsv = Fixtures + QLatin1String("/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv");
const QString OnlineRetail
    = Fixtures + QLatin1String("/online_retail/Online_Retail_first65535.xlsx");

ReadResult readAll(const QString &path, const XlsxReaderOptions &options = XlsxReaderOptions())
{
    ReadResult result;
    const std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, options, &result.error);
    if (!reader)
        return result;
    result.headers = reader->headers();
    SourceRecord record;
    while (reader->next(record)) {
        result.rows.append(record.fields);
        result.lines.append(record.line);
    }
    result.error = reader->error();
    return result;
}

// Workbooks written with libxlsxwriter.

// libxlsxwriter and QuaZip each carry minizip under the same symbol names but
// with different signatures (QuaZip's fork reads and writes a QIODevice).
// Loaded side by side, libxlsxwriter's zipOpen() lands in QuaZip's zipOpen3()
// and crashes, so libxlsxwriter is loaded into a link namespace of its own.
struct XlsxWriterApi
{
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_num_format_index) format_set_num_format_index = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_boolean) worksheet_write_boolean = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_write_blank) worksheet_write_blank = nullptr;
    decltype(&::worksheet_write_formula_num) worksheet_write_formula_num = nullptr;
    decltype(&::worksheet_write_formula_str) worksheet_write_formula_str = nullptr;
    decltype(&::worksheet_write_rich_string) worksheet_write_rich_string = nullptr;
};

const XlsxWriterApi &lxw()
{
    static const XlsxWriterApi api = [] {
        XlsxWriterApi loaded;
        void *library = dlmopen(LM_ID_NEWLM, "libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!library)
            qFatal("Cannot load libxlsxwriter: %s", dlerror());
        const auto resolve = [library](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                dlsym(library, name));
            if (!function)
                qFatal("libxlsxwriter has no %s", name);
        };
        resolve(loaded.workbook_new_opt, "workbook_new_opt");
        resolve(loaded.workbook_add_worksheet, "workbook_add_worksheet");
        resolve(loaded.workbook_add_format, "workbook_add_format");
        resolve(loaded.workbook_close, "workbook_close");
        resolve(loaded.format_set_num_format_index, "format_set_num_format_index");
        resolve(loaded.format_set_num_format, "format_set_num_format");
        resolve(loaded.format_set_bold, "format_set_bold");
        resolve(loaded.worksheet_write_string, "worksheet_write_string");
        resolve(loaded.worksheet_write_number, "worksheet_write_number");
        resolve(loaded.worksheet_write_boolean, "worksheet_write_boolean");
        resolve(loaded.worksheet_write_datetime, "worksheet_write_datetime");
        resolve(loaded.worksheet_write_blank, "worksheet_write_blank");
        resolve(loaded.worksheet_write_formula_num, "worksheet_write_formula_num");
        resolve(loaded.worksheet_write_formula_str, "worksheet_write_formula_str");
        resolve(loaded.worksheet_write_rich_string, "worksheet_write_rich_string");
        return loaded;
    }();
    return api;
}

using Build = std::function<void(lxw_workbook *)>;

QString writeWorkbook(const QString &path, const Build &build, bool constantMemory = false)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = lxw().workbook_new_opt(QFile::encodeName(path).constData(), &options);
    build(workbook);
    return lxw().workbook_close(workbook) == LXW_NO_ERROR ? path : QString();
}

lxw_format *numberFormat(lxw_workbook *workbook, const char *code)
{
    lxw_format *format = lxw().workbook_add_format(workbook);
    lxw().format_set_num_format(format, code);
    return format;
}

// A sheet "Sheet1" with a header row and the given number written in a
// format, for the date and number format quirks.
Fixture formattedNumbers(const char *code, QList<double> values)
{
    return [code, values](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/formats.xlsx"), [&](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            lxw_format *format = numberFormat(workbook, code);
            lxw().worksheet_write_string(sheet, 0, 0, "Value", nullptr);
            for (int row = 0; row < values.size(); ++row)
                lxw().worksheet_write_number(sheet, lxw_row_t(row + 1), 0, values.at(row), format);
        });
    };
}

// Packages written by hand, for what libxlsxwriter never writes.

struct Part
{
    QString name;
    QByteArray data;
};

bool writeZip(const QString &path, const QList<Part> &parts, const char *password = nullptr)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Part &part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name), password))
            return false;
        file.write(part.data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

QList<Part> readZip(const QString &path)
{
    QList<Part> parts;
    QuaZip zip(path);
    zip.open(QuaZip::mdUnzip);
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        parts.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
    }
    return parts;
}

const QByteArray MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelationshipsNamespace
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray TypePrefix
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QByteArray worksheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MainNamespace
        + "\"><dimension ref=\"A1\"/><sheetData>" + rows
        + "</sheetData><pageMargins left=\"0.7\"/></worksheet>";
}

QByteArray sharedStringsXml(const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MainNamespace + "\">" + items
        + "</sst>";
}

struct SheetPart
{
    QByteArray name;
    QByteArray target; // relative to xl/, or absolute
    QByteArray xml;
};

// A minimal package: the parts Excel needs to find the sheets, nothing else.
QString writeHandMadeWorkbook(const QString &path, const QList<SheetPart> &sheets,
                              const QByteArray &sharedStrings = QByteArray(),
                              const QByteArray &workbookPr = QByteArray())
{
    QByteArray sheetList;
    QByteArray relationships;
    QList<Part> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray id = "rId" + QByteArray::number(i + 1);
        sheetList += "<sheet name=\"" + sheets.at(i).name + "\" sheetId=\""
            + QByteArray::number(i + 1) + "\" r:id=\"" + id + "\"/>";
        relationships += "<Relationship Id=\"" + id + "\" Type=\"" + TypePrefix
            + "worksheet\" Target=\"" + sheets.at(i).target + "\"/>";
        const QString target = QString::fromUtf8(sheets.at(i).target);
        const QString partName = target.startsWith(QLatin1Char('/'))
            ? target.mid(1)
            : QDir::cleanPath(QLatin1String("xl/") + target);
        parts.append({partName, sheets.at(i).xml});
    }
    if (!sharedStrings.isEmpty()) {
        relationships += "<Relationship Id=\"rIdS\" Type=\"" + TypePrefix
            + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    parts.append({QStringLiteral("_rels/.rels"),
                  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                  "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                      + TypePrefix
                      + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\"?><workbook xmlns=\"" + MainNamespace + "\" xmlns:r=\""
                      + RelationshipsNamespace + "\">" + workbookPr + "<sheets>" + sheetList
                      + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                  "package/2006/relationships\">"
                      + relationships + "</Relationships>"});
    return writeZip(path, parts) ? path : QString();
}

Fixture handMadeSheet(const QByteArray &rows, const QByteArray &sharedStrings = QByteArray())
{
    return [rows, sharedStrings](const QString &folder) {
        return writeHandMadeWorkbook(folder + QLatin1String("/hand.xlsx"),
                                     {{"Sheet1", "worksheets/sheet1.xml", worksheetXml(rows)}},
                                     sharedStrings);
    };
}

// A compound-file (OLE2) container like an .xls or an encrypted .xlsx: the
// signature, and a directory sector naming the streams in UTF-16LE.
QString writeCompoundFile(const QString &path, const QStringList &streamNames)
{
    QByteArray bytes = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    bytes.resize(1024, '\0');
    for (const QString &name : streamNames) {
        QByteArray entry(128, '\0');
        const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
        entry.replace(0, utf16.size(), utf16);
        bytes += entry;
    }
    bytes.resize(2048, '\0');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

// A committed file of tests/data, as it is.
Fixture committed(const QString &path)
{
    return [path](const QString &) { return path; };
}

// Workbooks in the layout of public files that cannot be shipped (see
// fixtureworkbooks.h); an empty path and a warning when one cannot be written.
Fixture generated(const std::function<QString(const QString &folder, QString *error)> &write)
{
    return [write](const QString &folder) {
        QString error;
        const QString path = write(folder, &error);
        if (path.isEmpty())
            qWarning("Cannot write the fixture: %s", qPrintable(error));
        return path;
    };
}

Fixture telcoCognos()
{
    return generated([](const QString &folder, QString *error) {
        return FixtureWorkbooks::writeTelcoCognos(TelcoCsv, folder, error);
    });
}

Fixture supportTicketsSmall()
{
    return generated(FixtureWorkbooks::writeSupportTicketsSmall);
}

Fixture supportTicketsDashboard()
{
    return generated(FixtureWorkbooks::writeSupportTicketsDashboard);
}

// The path of the fixture, which must be there.
#define FIXTURE_PATH(path, fixture)                                                                \
    const QString path = (fixture)(m_folder->path());                                              \
    QVERIFY2(!path.isEmpty(), "the fixture could not be written (see the warning)");               \
    QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("missing fixture ") + path))

} // namespace

Q_DECLARE_METATYPE(Fixture)
Q_DECLARE_METATYPE(CellCheck)
Q_DECLARE_METATYPE(XlsxLimits)

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsCells_data();
    void readsCells();
    void unnamedColumnsAreNamedAlikeInEveryLanguage();
    void listsSheetsInTabOrder();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void readsRealFiles_data();
    void readsRealFiles();
    void readsEverySheetOfRealWorkbooks_data();
    void readsEverySheetOfRealWorkbooks();
    void reportsProgress();
    void numberText_data();
    void numberText();
    void serialDateText_data();
    void serialDateText();
    void isDateFormat_data();
    void isDateFormat();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestXlsxReader::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestXlsxReader::cleanup()
{
    m_folder.reset();
}

void TestXlsxReader::readsCells_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    const int firstNonEmpty = XlsxReaderOptions::FirstNonEmptyRow;

    const auto stringsWorkbook = [](bool constantMemory) {
        return [constantMemory](const QString &folder) {
            return writeWorkbook(
                folder + QLatin1String("/strings.xlsx"),
                [](lxw_workbook *workbook) {
                    lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, "Customers");
                    lxw().worksheet_write_string(sheet, 0, 0, "customer_id", nullptr);
                    lxw().worksheet_write_string(sheet, 0, 1, "city", nullptr);
                    lxw().worksheet_write_string(sheet, 1, 0, "C-001", nullptr);
                    lxw().worksheet_write_string(sheet, 1, 1, "Zürich", nullptr);
                    lxw().worksheet_write_string(sheet, 2, 0, "C-002", nullptr);
                    lxw().worksheet_write_string(sheet, 2, 1, "नई दिल्ली", nullptr);
                    lxw().worksheet_write_string(sheet, 3, 0, "C-003", nullptr);
                    lxw().worksheet_write_string(sheet, 3, 1, " Phone",
                                                 nullptr); // stray space kept
                },
                constantMemory);
        };
    };
    const Rows cityRows = {{"C-001", "Zürich"}, {"C-002", "नई दिल्ली"}, {"C-003", " Phone"}};
    QTest::newRow("shared_strings")
        << Fixture(stringsWorkbook(false)) << QString() << firstNonEmpty
        << QStringList {"customer_id", "city"} << cityRows << Lines {2, 3, 4};
    QTest::newRow("inline_strings_constant_memory")
        << Fixture(stringsWorkbook(true)) << QString() << firstNonEmpty
        << QStringList {"customer_id", "city"} << cityRows << Lines {2, 3, 4};

    QTest::newRow("rich_text_shared_string") << Fixture([](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/rich.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            lxw_format *bold = lxw().workbook_add_format(workbook);
            lxw().format_set_bold(bold);
            lxw_rich_string_tuple first = {bold, const_cast<char *>("Very ")};
            lxw_rich_string_tuple second = {nullptr, const_cast<char *>("satisfied")};
            lxw_rich_string_tuple *runs[] = {&first, &second, nullptr};
            lxw().worksheet_write_string(sheet, 0, 0, "comment", nullptr);
            lxw().worksheet_write_rich_string(sheet, 1, 0, runs, nullptr);
        });
    }) << QString() << firstNonEmpty << QStringList {"comment"}
                                             << Rows {{"Very satisfied"}} << Lines {2};

    QTest::newRow("numbers_shortest_round_trip") << Fixture([](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/numbers.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            const double values[] = {29.85, 20, -3.5, 12345678901.0, 1e-9, 1.5e21};
            lxw().worksheet_write_string(sheet, 0, 0, "amount", nullptr);
            for (int i = 0; i < 6; ++i)
                lxw().worksheet_write_number(sheet, lxw_row_t(i + 1), 0, values[i], nullptr);
        });
    }) << QString() << firstNonEmpty << QStringList {"amount"}
                                                 << Rows {{"29.85"},       {"20"},    {"-3.5"},
                                                          {"12345678901"}, {"1e-09"}, {"1.5e+21"}}
                                                 << Lines {2, 3, 4, 5, 6, 7};
    // Excel writes up to 17 significant digits; libxlsxwriter only 16.
    QTest::newRow("excel_17_digit_values")
        << handMadeSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                         "<row r=\"2\"><c r=\"A2\"><v>29.850000000000001</v></c></row>"
                         "<row r=\"3\"><c r=\"A3\"><v>0.30000000000000004</v></c></row>"
                         "<row r=\"4\"><c r=\"A4\"><v>1.0E-3</v></c></row>")
        << QString() << firstNonEmpty << QStringList {"x"}
        << Rows {{"29.85"}, {"0.30000000000000004"}, {"0.001"}} << Lines {2, 3, 4};

    QTest::newRow("booleans") << Fixture([](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/booleans.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            lxw().worksheet_write_string(sheet, 0, 0, "social_engaged", nullptr);
            lxw().worksheet_write_boolean(sheet, 1, 0, 1, nullptr);
            lxw().worksheet_write_boolean(sheet, 2, 0, 0, nullptr);
        });
    }) << QString() << firstNonEmpty
                              << QStringList {"social_engaged"} << Rows {{"true"}, {"false"}}
                              << Lines {2, 3};

    QTest::newRow("date_builtin_format_14") << Fixture([](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/dates.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            lxw_format *format = lxw().workbook_add_format(workbook);
            lxw().format_set_num_format_index(format, 14);
            lxw_datetime date = {2024, 3, 15, 0, 0, 0};
            lxw().worksheet_write_string(sheet, 0, 0, "signup_date", nullptr);
            lxw().worksheet_write_datetime(sheet, 1, 0, &date, format);
        });
    }) << QString() << firstNonEmpty << QStringList {"signup_date"}
                                            << Rows {{"2024-03-15"}} << Lines {2};

    // 45366 is 2024-03-15; .5729166... is 13:45:00
    QTest::newRow("date_custom_format_dd_mm_yyyy")
        << formattedNumbers("dd/mm/yyyy", {45366}) << QString() << firstNonEmpty
        << QStringList {"Value"} << Rows {{"2024-03-15"}} << Lines {2};
    QTest::newRow("datetime_with_time") << Fixture([](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/datetime.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            lxw_format *format = numberFormat(workbook, "yyyy-mm-dd hh:mm:ss");
            lxw_datetime withTime = {2010, 12, 1, 8, 26, 0};
            lxw_datetime midnight = {2010, 12, 2, 0, 0, 0};
            lxw().worksheet_write_string(sheet, 0, 0, "contact_date", nullptr);
            lxw().worksheet_write_datetime(sheet, 1, 0, &withTime, format);
            lxw().worksheet_write_datetime(sheet, 2, 0, &midnight, format);
        });
    }) << QString() << firstNonEmpty << QStringList {"contact_date"}
                                        << Rows {{"2010-12-01T08:26:00"}, {"2010-12-02"}}
                                        << Lines {2, 3};
    QTest::newRow("time_only") << formattedNumbers("h:mm AM/PM", {0.5, 0.75, 0.0000116})
                               << QString() << firstNonEmpty << QStringList {"Value"}
                               << Rows {{"12:00:00"}, {"18:00:00"}, {"00:00:01"}}
                               << Lines {2, 3, 4};
    QTest::newRow("date_format_with_colour_and_locale")
        << formattedNumbers("[Red][$-409]d-mmm-yy;@", {45366}) << QString() << firstNonEmpty
        << QStringList {"Value"} << Rows {{"2024-03-15"}} << Lines {2};
    QTest::newRow("number_formats_that_are_not_dates")
        << formattedNumbers("#,##0.00 \"days\";[Red]-#,##0.00\\ \\h", {12.5, -2}) << QString()
        << firstNonEmpty << QStringList {"Value"} << Rows {{"12.5"}, {"-2"}} << Lines {2, 3};
    QTest::newRow("elapsed_hours_format_is_a_time")
        << formattedNumbers("[h]:mm:ss", {0.25, 1.5}) << QString() << firstNonEmpty
        << QStringList {"Value"} << Rows {{"06:00:00"}, {"1900-01-01T12:00:00"}} << Lines {2, 3};
    QTest::newRow("lotus_leap_year_bug_1900")
        << formattedNumbers("yyyy-mm-dd", {1, 59, 60, 61, 45366}) << QString() << firstNonEmpty
        << QStringList {"Value"}
        << Rows {{"1900-01-01"}, {"1900-02-28"}, {"1900-02-29"}, {"1900-03-01"}, {"2024-03-15"}}
        << Lines {2, 3, 4, 5, 6};
    QTest::newRow("date_system_1904")
        << Fixture([](const QString &folder) {
               // libxlsxwriter 1.1.4 cannot write 1904 workbooks: switch the flag in the part.
               const QString plain = formattedNumbers("yyyy-mm-dd", {0, 1, 43904.5})(folder);
               QList<Part> parts = readZip(plain);
               for (Part &part : parts) {
                   if (part.name == QLatin1String("xl/workbook.xml"))
                       part.data.replace("<workbookPr", "<workbookPr date1904=\"1\"");
               }
               const QString path = folder + QLatin1String("/date1904.xlsx");
               return writeZip(path, parts) ? path : QString();
           })
        << QString() << firstNonEmpty << QStringList {"Value"}
        << Rows {{"00:00:00"}, {"1904-01-02"}, {"2024-03-15T12:00:00"}} << Lines {2, 3, 4};

    QTest::newRow("empty_cells_and_sparse_rows") << Fixture([](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/sparse.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            lxw_format *bold = lxw().workbook_add_format(workbook);
            lxw().format_set_bold(bold);
            lxw().worksheet_write_string(sheet, 0, 0, "a", nullptr);
            lxw().worksheet_write_string(sheet, 0, 1, "b", nullptr);
            lxw().worksheet_write_string(sheet, 0, 2, "c", nullptr);
            lxw().worksheet_write_number(sheet, 1, 0, 1, nullptr);
            lxw().worksheet_write_number(sheet, 1, 2, 3, nullptr); // B2 empty
            lxw().worksheet_write_blank(sheet, 3, 1, bold); // row 4: a styled cell, no value
            lxw().worksheet_write_number(sheet, 5, 2, 6, nullptr); // row 6: only C
            lxw().worksheet_write_number(sheet, 6, 0, 7, nullptr); // row 7: only A
        });
    }) << QString() << firstNonEmpty << QStringList {"a", "b", "c"}
                                                 << Rows {{"1", "", "3"},
                                                          {"", "", "6"},
                                                          {"7", "", ""}}
                                                 << Lines {2, 6, 7};

    QTest::newRow("formulas_give_cached_values") << Fixture([](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/formulas.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            lxw().worksheet_write_string(sheet, 0, 0, "raw", nullptr);
            lxw().worksheet_write_string(sheet, 0, 1, "sum", nullptr);
            lxw().worksheet_write_string(sheet, 0, 2, "trimmed", nullptr);
            lxw().worksheet_write_string(sheet, 1, 0, " Phone", nullptr);
            lxw().worksheet_write_formula_num(sheet, 1, 1, "=1+1", nullptr, 2);
            lxw().worksheet_write_formula_str(sheet, 1, 2, "=TRIM(A2)", nullptr, "Phone");
        });
    }) << QString() << firstNonEmpty << QStringList {"raw", "sum", "trimmed"}
                                                 << Rows {{" Phone", "2", "Phone"}} << Lines {2};

    const Fixture severalSheets = [](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/sheets.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *summary = lxw().workbook_add_worksheet(workbook, "Summary");
            lxw().worksheet_write_string(summary, 0, 0, "Total", nullptr);
            lxw().worksheet_write_number(summary, 0, 1, 2, nullptr);
            lxw_worksheet *data = lxw().workbook_add_worksheet(workbook, "cleaned data");
            lxw().worksheet_write_string(data, 0, 0, "ticket_id", nullptr);
            lxw().worksheet_write_string(data, 1, 0, "TKT-1", nullptr);
            lxw().worksheet_write_string(data, 2, 0, "TKT-2", nullptr);
        });
    };
    QTest::newRow("several_sheets_first_by_default")
        << severalSheets << QString() << firstNonEmpty << QStringList {"Total", "2"} << Rows()
        << Lines();
    QTest::newRow("several_sheets_one_chosen_by_name")
        << severalSheets << QStringLiteral("cleaned data") << firstNonEmpty
        << QStringList {"ticket_id"} << Rows {{"TKT-1"}, {"TKT-2"}} << Lines {2, 3};
    QTest::newRow("sheet_name_in_other_case")
        << severalSheets << QStringLiteral("CLEANED DATA") << firstNonEmpty
        << QStringList {"ticket_id"} << Rows {{"TKT-1"}, {"TKT-2"}} << Lines {2, 3};

    const Fixture titleAbove = [](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/title.xlsx"), [](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, nullptr);
            lxw().worksheet_write_string(sheet, 2, 0, "Customer export", nullptr);
            lxw().worksheet_write_string(sheet, 4, 0, "id", nullptr);
            lxw().worksheet_write_string(sheet, 4, 2, "name", nullptr); // B5 empty
            lxw().worksheet_write_number(sheet, 5, 0, 1, nullptr);
            lxw().worksheet_write_string(sheet, 5, 1, "x", nullptr);
            lxw().worksheet_write_string(sheet, 5, 2, "Ann", nullptr);
            lxw().worksheet_write_string(sheet, 5, 4, "beyond", nullptr); // right of the header
        });
    };
    QTest::newRow("header_is_first_non_empty_row")
        << titleAbove << QString() << firstNonEmpty << QStringList {"Customer export"}
        << Rows {{"id", "", "name"}, {"1", "x", "Ann", "", "beyond"}} << Lines {5, 6};
    QTest::newRow("header_row_chosen_empty_header_cell_named")
        << titleAbove << QString() << 5 << QStringList {"id", "Column 2", "name"}
        << Rows {{"1", "x", "Ann", "", "beyond"}} << Lines {6};
    QTest::newRow("no_header_row")
        << titleAbove << QString() << int(XlsxReaderOptions::NoHeaderRow)
        << QStringList {"Column 1"}
        << Rows {{"Customer export"}, {"id", "", "name"}, {"1", "x", "Ann", "", "beyond"}}
        << Lines {3, 5, 6};

    // Quirks libxlsxwriter never writes, as other producers do.
    QTest::newRow("headers_trimmed_blank_and_repeated")
        << handMadeSheet("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t> id </t></is></c>"
                         "<c r=\"B2\" t=\"inlineStr\"><is><t>ID</t></is></c>"
                         "<c r=\"D2\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
                         "<row r=\"3\"><c r=\"A3\"><v>1</v></c></row>")
        << QString() << firstNonEmpty << QStringList {"id", "ID (2)", "Column 3", "name"}
        << Rows {{"1", "", "", ""}} << Lines {3};
    QTest::newRow("phonetic_runs_skipped")
        << handMadeSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                         "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>",
                         sharedStringsXml("<si><t>city</t></si><si><r><t>東</t></r><r><rPr><b/>"
                                          "</rPr><t>京</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ"
                                          "</t></rPh><phoneticPr fontId=\"1\"/></si>"))
        << QString() << firstNonEmpty << QStringList {"city"} << Rows {{"東京"}} << Lines {2};
    QTest::newRow("missing_cell_and_row_references")
        << handMadeSheet("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is>"
                         "<t>b</t></is></c></row><row><c><v>1</v></c><c r=\"D2\"><v>4</v></c>"
                         "<c><v>5</v></c></row>")
        << QString() << firstNonEmpty << QStringList {"a", "b"} << Rows {{"1", "", "", "4", "5"}}
        << Lines {2};
    QTest::newRow("error_cells_and_formula_without_cache")
        << handMadeSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c>"
                         "<c r=\"B1\" t=\"inlineStr\"><is><t>y</t></is></c></row>"
                         "<row r=\"2\"><c r=\"A2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                         "<c r=\"B2\" t=\"e\"><v>#N/A</v></c><c r=\"C2\"><f>A2*2</f></c></row>")
        << QString() << firstNonEmpty << QStringList {"x", "y"} << Rows {{"#DIV/0!", "#N/A"}}
        << Lines {2};
    QTest::newRow("iso_date_cells_t_d")
        << handMadeSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
                         "<row r=\"2\"><c r=\"A2\" t=\"d\"><v>2024-03-15T00:00:00Z</v></c></row>"
                         "<row r=\"3\"><c r=\"A3\" t=\"d\"><v>2024-03-15T13:45:10.250</v></c>"
                         "</row>")
        << QString() << firstNonEmpty << QStringList {"d"}
        << Rows {{"2024-03-15"}, {"2024-03-15T13:45:10"}} << Lines {2, 3};
    QTest::newRow("preserved_spaces_and_single_space_cell")
        << handMadeSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>TotalCharges</t></is>"
                         "</c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>"
                         "<t xml:space=\"preserve\"> </t></is></c></row>")
        << QString() << firstNonEmpty << QStringList {"TotalCharges"} << Rows {{" "}} << Lines {2};
    QTest::newRow("namespace_prefixes") << Fixture([](const QString &folder) {
        const QByteArray xml = "<x:worksheet xmlns:x=\"" + MainNamespace
            + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>id</x:t>"
              "</x:is></x:c></x:row><x:row r=\"2\"><x:c r=\"A2\"><x:v>7</x:v></x:c></x:row>"
              "</x:sheetData></x:worksheet>";
        return writeHandMadeWorkbook(folder + QLatin1String("/prefixed.xlsx"),
                                     {{"Sheet1", "worksheets/sheet1.xml", xml}});
    }) << QString() << firstNonEmpty << QStringList {"id"}
                                        << Rows {{"7"}} << Lines {2};
    QTest::newRow("sheet_parts_not_named_sheetN") << Fixture([](const QString &folder) {
        return writeHandMadeWorkbook(
            folder + QLatin1String("/parts.xlsx"),
            {{"First", "/xl/worksheets/zz.xml",
              worksheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")},
             {"Second", "worksheets/../data/second.xml",
              worksheetXml("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>")}});
    }) << QStringLiteral("Second") << firstNonEmpty
                                                  << QStringList {"2"} << Rows() << Lines();
}

void TestXlsxReader::readsCells()
{
    QFETCH(Fixture, fixture);
    QFETCH(QString, sheet);
    QFETCH(int, headerRow);
    QFETCH(QStringList, headers);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    const QString path = fixture(m_folder->path());
    QVERIFY(!path.isEmpty());
    XlsxReaderOptions options;
    options.sheet = sheet;
    options.headerRow = headerRow;
    const ReadResult result = readAll(path, options);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QCOMPARE(result.headers, headers);
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.lines, lines);
}

void TestXlsxReader::unnamedColumnsAreNamedAlikeInEveryLanguage()
{
    // The name of a column without a header is stored with its values as an
    // extra attribute and saved in mapping profiles: "Column 2" whatever the
    // interface language, as the CSV reader names it.
    const InstalledTranslation german(QStringLiteral("de"));
    QVERIFY(SourceError::unnamedColumn(2) != QLatin1String("Column 2")); // translated for display
    const QString path
        = handMadeSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
                        "<c r=\"C1\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
                        "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>")(m_folder->path());
    QVERIFY(!path.isEmpty());
    const ReadResult result = readAll(path, XlsxReaderOptions {});
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QCOMPARE(result.headers, (QStringList {"id", "Column 2", "name"}));
}

void TestXlsxReader::listsSheetsInTabOrder()
{
    // Tab order comes from workbook.xml, not from the part names.
    const QString path
        = writeHandMadeWorkbook(m_folder->path() + QLatin1String("/order.xlsx"),
                                {{"Zeta", "worksheets/sheet2.xml",
                                  worksheetXml("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>")},
                                 {"Alpha", "worksheets/sheet1.xml",
                                  worksheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")}},
                                QByteArray(), "<workbookPr date1904=\"true\"/>");
    XlsxWorkbook workbook(path);
    QVERIFY2(workbook.open(), qPrintable(workbook.error().toString()));
    QCOMPARE(workbook.sheetNames(), (QStringList {"Zeta", "Alpha"}));
    QVERIFY(workbook.isDate1904());

    XlsxReaderOptions options;
    options.sheet = QStringLiteral("Alpha");
    QCOMPARE(readAll(path, options).headers, QStringList {"1"});
    SourceError error;
    const std::unique_ptr<XlsxReader> firstSheet = XlsxReader::open(path, {}, &error);
    QVERIFY2(firstSheet, qPrintable(error.toString()));
    QCOMPARE(firstSheet->sheetName(), QStringLiteral("Zeta"));
}

void TestXlsxReader::rejectsBadFiles_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<XlsxLimits>("limits");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("cause"); // words the message must contain
    QTest::addColumn<qint64>("line");

    const XlsxLimits defaults;
    XlsxLimits small;
    small.maxPartBytes = qint64(16) << 20;
    small.maxCompressionRatio = 1 << 30; // only the size limit applies

    QTest::newRow("file_not_found")
        << Fixture([](const QString &folder) { return folder + QLatin1String("/missing.xlsx"); })
        << QString() << defaults << int(SourceError::Kind::FileNotFound)
        << QStringLiteral("does not exist") << qint64(0);
    QTest::newRow("empty_file") << Fixture([](const QString &folder) {
        QFile file(folder + QLatin1String("/empty.xlsx"));
        file.open(QIODevice::WriteOnly);
        return file.fileName();
    }) << QString() << defaults << int(SourceError::Kind::EmptyFile)
                                << QStringLiteral("empty") << qint64(0);
    QTest::newRow("csv_renamed_xlsx") << Fixture([](const QString &folder) {
        QFile file(folder + QLatin1String("/customers.xlsx"));
        file.open(QIODevice::WriteOnly);
        file.write("customer_id;signup_date\nC-1;2024-01-02\n");
        return file.fileName();
    }) << QString() << defaults << int(SourceError::Kind::NotAZipArchive)
                                      << QStringLiteral("not a zip archive") << qint64(0);
    QTest::newRow("truncated_half_of_real_xlsx") << Fixture([](const QString &folder) {
        QFile source(OnlineRetail);
        if (!source.open(QIODevice::ReadOnly)) {
            qWarning("Missing fixture %s", qPrintable(OnlineRetail));
            return QString();
        }
        QFile file(folder + QLatin1String("/online_retail_half.xlsx"));
        file.open(QIODevice::WriteOnly);
        file.write(source.read(source.size() / 2));
        return file.fileName();
    }) << QString() << defaults << int(SourceError::Kind::Truncated)
                                                 << QStringLiteral("cut short") << qint64(0);
    QTest::newRow("legacy_xls_ole2") << Fixture([](const QString &folder) {
        return writeCompoundFile(folder + QLatin1String("/old.xls.xlsx"),
                                 {"Root Entry", "Workbook", "\x05SummaryInformation"});
    }) << QString() << defaults << int(SourceError::Kind::LegacyExcel)
                                     << QStringLiteral("save it as .xlsx or CSV") << qint64(0);
    QTest::newRow("encrypted_ooxml_in_ole2") << Fixture([](const QString &folder) {
        return writeCompoundFile(folder + QLatin1String("/secret.xlsx"),
                                 {"Root Entry", "EncryptionInfo", "EncryptedPackage"});
    }) << QString() << defaults << int(SourceError::Kind::Encrypted)
                                             << QStringLiteral("password") << qint64(0);
    QTest::newRow("zip_entry_with_password") << Fixture([](const QString &folder) {
        const QString path = folder + QLatin1String("/zipcrypto.xlsx");
        const QString plain = handMadeSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")(folder);
        return writeZip(path, readZip(plain), "secret") ? path : QString();
    }) << QString() << defaults << int(SourceError::Kind::Encrypted)
                                             << QStringLiteral("password") << qint64(0);
    QTest::newRow("zip_without_workbook") << Fixture([](const QString &folder) {
        const QString path = folder + QLatin1String("/document.xlsx");
        return writeZip(
                   path,
                   {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                    {QStringLiteral("content.xml"), "<office:document/>"}})
            ? path
            : QString();
    }) << QString() << defaults << int(SourceError::Kind::NotAZipArchive)
                                          << QStringLiteral("not an Excel workbook") << qint64(0);

    // Found by fuzzing (fuzz_xlsxreader): an entry of the zip directory whose
    // extra field claims 64 KiB past the directory's end made minizip read
    // beyond the file a byte at a time on every part lookup.
    QTest::newRow("zip_directory_entry_longer_than_directory")
        << Fixture([](const QString &folder) {
               const QString path
                   = handMadeSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")(folder);
               QFile file(path);
               if (!file.open(QIODevice::ReadWrite))
                   return QString();
               QByteArray bytes = file.readAll();
               const qsizetype entry = bytes.indexOf("PK\x01\x02");
               if (entry < 0)
                   return QString();
               bytes[entry + 30] = '\xFF'; // extra field length, little-endian
               bytes[entry + 31] = '\xFF';
               file.seek(0);
               file.write(bytes);
               return path;
           })
        << QString() << defaults << int(SourceError::Kind::Truncated) << QStringLiteral("damaged")
        << qint64(0);

    // A valid package whose sheet part is 64 MiB of zeros: deflate packs it
    // about 1028 : 1, the shape of a zip bomb.
    const auto bombWorkbook = [](const QString &folder) {
        const QList<Part> parts
            = readZip(handMadeSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")(folder));
        const QString path = folder + QLatin1String("/bomb.xlsx");
        QuaZip zip(path);
        zip.open(QuaZip::mdCreate);
        for (const Part &part : parts) {
            const bool isSheet = part.name == QLatin1String("xl/worksheets/sheet1.xml");
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name));
            if (!isSheet) {
                file.write(part.data);
                continue;
            }
            const QByteArray zeros(1 << 20, '\0');
            for (int megabyte = 0; megabyte < 64; ++megabyte)
                file.write(zeros);
        }
        zip.close();
        return zip.getZipError() == UNZ_OK ? path : QString();
    };
    QTest::newRow("zip_bomb_over_size_limit")
        << Fixture(bombWorkbook) << QString() << small << int(SourceError::Kind::TooLarge)
        << QStringLiteral("zip bomb") << qint64(0);
    QTest::newRow("zip_bomb_compression_ratio")
        << Fixture(bombWorkbook) << QString() << defaults << int(SourceError::Kind::TooLarge)
        << QStringLiteral("zip bomb") << qint64(0);

    const Fixture twoSheets = [](const QString &folder) {
        return writeHandMadeWorkbook(folder + QLatin1String("/two.xlsx"),
                                     {{"Customers", "worksheets/sheet1.xml", worksheetXml("")},
                                      {"Orders", "worksheets/sheet2.xml", worksheetXml("")}});
    };
    QTest::newRow("unknown_sheet") << twoSheets << QStringLiteral("Contacts") << defaults
                                   << int(SourceError::Kind::SheetNotFound)
                                   << QStringLiteral("“Customers”, “Orders”") << qint64(0);
    QTest::newRow("empty_sheet") << twoSheets << QStringLiteral("Orders") << defaults
                                 << int(SourceError::Kind::EmptyFile) << QStringLiteral("empty")
                                 << qint64(0);
    QTest::newRow("malformed_xml_in_sheet")
        << handMadeSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                         "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                         "<row r=\"3\"><c r=\"A3\"><v>3</v></row>")
        << QString() << defaults << int(SourceError::Kind::MalformedXml)
        << QStringLiteral("not well-formed XML") << qint64(3);
    QTest::newRow("sheet_xml_cut_short") << Fixture([](const QString &folder) {
        const QByteArray xml = worksheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                            "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>");
        return writeHandMadeWorkbook(
            folder + QLatin1String("/cut.xlsx"),
            {{"Sheet1", "worksheets/sheet1.xml", xml.left(xml.indexOf("<v>2</v>") + 4)}});
    }) << QString() << defaults << int(SourceError::Kind::Truncated)
                                         << QStringLiteral("complete") << qint64(2);
    QTest::newRow("shared_string_index_out_of_range")
        << handMadeSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                         "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>",
                         sharedStringsXml("<si><t>id</t></si>"))
        << QString() << defaults << int(SourceError::Kind::MalformedXml)
        << QStringLiteral("shared string") << qint64(2);
    QTest::newRow("cell_beyond_column_xfd")
        << handMadeSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                         "<row r=\"2\"><c r=\"ZZZZ2\"><v>2</v></c></row>")
        << QString() << defaults << int(SourceError::Kind::MalformedXml) << QStringLiteral("XFD")
        << qint64(2);
}

void TestXlsxReader::rejectsBadFiles()
{
    QFETCH(Fixture, fixture);
    QFETCH(QString, sheet);
    QFETCH(XlsxLimits, limits);
    QFETCH(int, kind);
    QFETCH(QString, cause);
    QFETCH(qint64, line);

    const QString path = fixture(m_folder->path());
    QVERIFY2(!path.isEmpty(), "the fixture could not be written (see the warning)");
    XlsxReaderOptions options;
    options.sheet = sheet;
    options.limits = limits;
    const ReadResult result = readAll(path, options);
    const SourceError &error = result.error;
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(cause), qPrintable(error.message));
    QVERIFY2(error.toString().contains(QFileInfo(path).fileName()), qPrintable(error.toString()));
    QVERIFY2(error.line == line, qPrintable(error.toString()));
}

void TestXlsxReader::readsRealFiles_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<QStringList>("headers");
    // Online Retail checked with openpyxl; the others follow the rules of
    // fixtureworkbooks.h.
    QTest::addColumn<QList<CellCheck>>("cells");
    QTest::addColumn<Counts>("blanks");
    QTest::addColumn<Counts>("notNumbers"); // non-empty cells that do not read as a number

    // The Telco CSV's customers in the Cognos workbook's layout: the CSV's
    // first customer on row 2, its first blank TotalCharges on row 490.
    QTest::newRow("telco_cognos_layout_33_columns")
        << telcoCognos() << QStringLiteral("Telco_Churn") << 7043
        << FixtureWorkbooks::telcoCognosHeaders()
        << QList<CellCheck> {{2, "CustomerID", "7590-VHVEG"},
                             {2, "Zip Code", "90001"},
                             {2, "Lat Long", "34.013, -118.291"},
                             {2, "Latitude", "34.013"}, // stored as 34.012999999999998
                             {2, "Longitude", "-118.291"},
                             {2, "Monthly Charges", "29.85"}, // stored as 29.850000000000001
                             {2, "Total Charges", "29.85"},
                             {4, "CustomerID", "3668-QPYBK"},
                             {4, "Total Charges", "108.15"},
                             {4, "Churn Label", "Yes"},
                             {4, "Churn Reason", "Poor network coverage"},
                             {490, "CustomerID", "4472-LVYGI"},
                             {490, "Total Charges", " "},
                             {7044, "CustomerID", "3186-AJIEK"},
                             {7044, "CLTV", "3601"}}
        << Counts {{"Churn Reason", 5174}, {"Total Charges", 0}}
        << Counts {{"Total Charges", 11}, {"Monthly Charges", 0}};
    QTest::newRow("support_small_cleaned_data_formula_columns")
        << supportTicketsSmall() << QStringLiteral("cleaned data") << 500
        << QStringList {"ticket_id",
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
                        "channel_updated"}
        << QList<CellCheck> {{2, "ticket_id", "TKT-0001"},
                             {2, "created_date", "2025-02-07T08:53:00"},
                             {2, "resolved_date", "2025-02-07T12:17:00"},
                             {2, "resolution_time_hours", "3.4"},
                             {2, "customer_satisfaction", "4"},
                             {2, "clean_category", "Delivery"},
                             {4, "channel", " Phone"}, // the stray space kept
                             {4, "channel_updated", "Phone"}, // =TRIM(E4), cached
                             {10, "channel", "email"},
                             {501, "ticket_id", "TKT-0500"},
                             {501, "category", "Payment "},
                             {501, "clean_category", "Payment"},
                             {501, "resolved_date", ""}}
        << Counts {{"customer_satisfaction", 200}, {"resolved_date", 100}}
        << Counts {{"customer_satisfaction", 0}, {"resolution_time_hours", 0}};
    QTest::newRow("support_dashboard_ten_sheets")
        << supportTicketsDashboard() << QStringLiteral("customer_support_tickets") << 8469
        << QStringList {"Ticket ID",
                        "Product Purchased",
                        "Ticket Type",
                        "Ticket Subject",
                        "Ticket Status",
                        "Resolution",
                        "Ticket Priority",
                        "Ticket Channel",
                        "First Response Time",
                        "Time to Resolution",
                        "Customer Satisfaction Rating"}
        << QList<CellCheck> {{2, "Ticket ID", "1"},
                             {2, "Ticket Channel", "Social media"},
                             {2, "First Response Time", "2023-06-01T12:15:00"},
                             {2, "Time to Resolution", "2023-06-01T09:37:00"},
                             {2, "Customer Satisfaction Rating", "3"},
                             {8470, "Ticket ID", "8469"},
                             {8470, "Ticket Status", "Pending Customer Response"},
                             {8470, "First Response Time", "2023-06-01T17:15:00"}}
        << Counts {{"Customer Satisfaction Rating", 5646}, {"First Response Time", 2823}}
        << Counts {{"Ticket ID", 0}};
    QTest::newRow("online_retail_65535_rows_datetimes")
        << committed(OnlineRetail) << QStringLiteral("Online Retail") << 65535
        << QStringList {"InvoiceNo",   "StockCode", "Description", "Quantity",
                        "InvoiceDate", "UnitPrice", "CustomerID",  "Country"}
        << QList<CellCheck> {{2, "InvoiceNo", "536365"},
                             {2, "InvoiceDate", "2010-12-01T08:26:00"},
                             {2, "UnitPrice", "2.55"},
                             {2, "CustomerID", "17850"},
                             {65536, "InvoiceDate", "2011-01-20T18:08:00"},
                             {65536, "StockCode", "21217"}}
        << Counts {{"CustomerID", 25317}, {"Description", 166}}
        << Counts {{"InvoiceNo", 1084}, {"Quantity", 0}, {"UnitPrice", 0}};
}

void TestXlsxReader::readsRealFiles()
{
    QFETCH(Fixture, fixture);
    QFETCH(QString, sheet);
    QFETCH(int, rowCount);
    QFETCH(QStringList, headers);
    QFETCH(QList<CellCheck>, cells);
    QFETCH(Counts, blanks);
    QFETCH(Counts, notNumbers);

    FIXTURE_PATH(path, fixture);
    XlsxReaderOptions options;
    options.sheet = sheet;
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readAll(path, options);
    qInfo("%s: %lld rows in %lld ms", qPrintable(QFileInfo(path).fileName()),
          qint64(result.rows.size()), timer.elapsed());
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QCOMPARE(result.headers, headers);
    QCOMPARE(result.rows.size(), rowCount);

    QHash<qint64, qsizetype> rowOfLine;
    for (qsizetype i = 0; i < result.lines.size(); ++i)
        rowOfLine.insert(result.lines.at(i), i);
    for (const CellCheck &cell : std::as_const(cells)) {
        QVERIFY2(rowOfLine.contains(cell.line), qPrintable(QString::number(cell.line)));
        const QStringList &fields = result.rows.at(rowOfLine.value(cell.line));
        QVERIFY2(headers.contains(cell.column), qPrintable(cell.column));
        QCOMPARE(fields.value(headers.indexOf(cell.column)), cell.value);
    }
    for (auto it = blanks.cbegin(); it != blanks.cend(); ++it) {
        const qsizetype column = headers.indexOf(it.key());
        QVERIFY2(column >= 0, qPrintable(it.key()));
        const auto count
            = std::count_if(result.rows.cbegin(), result.rows.cend(),
                            [&](const QStringList &row) { return row.value(column).isEmpty(); });
        QCOMPARE(int(count), it.value());
    }
    for (auto it = notNumbers.cbegin(); it != notNumbers.cend(); ++it) {
        const qsizetype column = headers.indexOf(it.key());
        QVERIFY2(column >= 0, qPrintable(it.key()));
        const auto count
            = std::count_if(result.rows.cbegin(), result.rows.cend(), [&](const QStringList &row) {
                  bool ok = false;
                  row.value(column).toDouble(&ok);
                  return !row.value(column).isEmpty() && !ok;
              });
        QCOMPARE(int(count), it.value());
    }
}

void TestXlsxReader::readsEverySheetOfRealWorkbooks_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<QString>("pivotSheet");
    QTest::addColumn<QString>("pivotCell"); // a value of the pivot sheet's first rows

    QTest::newRow("support_small_with_pivot")
        << supportTicketsSmall()
        << QStringList {"Dashboard", "Data Analysis", "cleaned data",
                        "Category analysis with PivotTab"}
        << QStringLiteral("Category analysis with PivotTab") << QStringLiteral("Row Labels");
    QTest::newRow("support_dashboard_pivots_and_slicer")
        << supportTicketsDashboard()
        << QStringList {"customer_support_tickets",
                        "Tickets_Data",
                        "Tickets_Data (1)",
                        "Tickets_Data_1",
                        "1.Avg First Response Delay",
                        "2.CSAT by Ticket Channel",
                        "3.Ticket Volume by Priority",
                        "4.Avg Resol Time by Priority",
                        "5.SLA Breach Analysis",
                        "DASHBOARD"}
        << QStringLiteral("3.Ticket Volume by Priority") << QStringLiteral("Critical");
}

void TestXlsxReader::readsEverySheetOfRealWorkbooks()
{
    QFETCH(Fixture, fixture);
    QFETCH(QStringList, sheets);
    QFETCH(QString, pivotSheet);
    QFETCH(QString, pivotCell);

    FIXTURE_PATH(path, fixture);
    XlsxWorkbook workbook(path);
    QVERIFY2(workbook.open(), qPrintable(workbook.error().toString()));
    QCOMPARE(workbook.sheetNames(), sheets);
    QVERIFY(!workbook.isDate1904());
    for (const QString &sheet : sheets) {
        XlsxReaderOptions options;
        options.sheet = sheet;
        const ReadResult result = readAll(path, options);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
        QVERIFY(!result.headers.isEmpty());
        if (sheet == pivotSheet) {
            const bool found
                = std::any_of(result.rows.cbegin(), result.rows.cend(),
                              [&](const QStringList &row) { return row.contains(pivotCell); })
                || result.headers.contains(pivotCell);
            QVERIFY2(found, qPrintable(pivotCell));
        }
    }
}

void TestXlsxReader::reportsProgress()
{
    FIXTURE_PATH(path, supportTicketsDashboard());
    XlsxReaderOptions options;
    options.sheet = QStringLiteral("customer_support_tickets");
    SourceError error;
    const std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, options, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    // Several chunks of the compressed sheet, so that progress has steps.
    QVERIFY2(reader->totalBytes() > 3 * 64 * 1024,
             qPrintable(QString::number(reader->totalBytes())));
    qint64 previous = reader->bytesRead();
    SourceRecord record;
    while (reader->next(record)) {
        QVERIFY(reader->bytesRead() >= previous);
        QVERIFY(reader->bytesRead() <= reader->totalBytes());
        previous = reader->bytesRead();
    }
    QVERIFY(!reader->error().isError());
    QVERIFY(previous > reader->totalBytes() * 9 / 10);
    QCOMPARE(reader->bytesRead(), reader->totalBytes());
}

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("decimal_not_17_digits") << 29.85 << QStringLiteral("29.85");
    QTest::newRow("stored_as_2_5499999999999998") << 2.5499999999999998 << QStringLiteral("2.55");
    QTest::newRow("integer") << 17850.0 << QStringLiteral("17850");
    QTest::newRow("negative") << -6.0 << QStringLiteral("-6");
    QTest::newRow("negative_zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("eleven_digit_id") << 12345678901.0 << QStringLiteral("12345678901");
    QTest::newRow("needs_17_digits") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("small_plain") << 0.000125 << QStringLiteral("0.000125");
    QTest::newRow("tiny_exponent") << 1e-9 << QStringLiteral("1e-09");
    QTest::newRow("huge_exponent") << 1.5e21 << QStringLiteral("1.5e+21");
}

void TestXlsxReader::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::numberText(value), text);
    QCOMPARE(text.toDouble(), value);
}

void TestXlsxReader::serialDateText_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");

    QTest::newRow("1900_first_day") << 1.0 << false << QStringLiteral("1900-01-01");
    QTest::newRow("1900_before_lotus_bug") << 59.0 << false << QStringLiteral("1900-02-28");
    QTest::newRow("1900_lotus_bug_day") << 60.0 << false << QStringLiteral("1900-02-29");
    QTest::newRow("1900_after_lotus_bug") << 61.0 << false << QStringLiteral("1900-03-01");
    QTest::newRow("1900_duration_shown_as_date")
        << 20.15 << false << QStringLiteral("1900-01-20T03:36:00");
    QTest::newRow("1900_online_retail_first")
        << 40513.351388888892 << false << QStringLiteral("2010-12-01T08:26:00");
    QTest::newRow("1900_rounds_to_next_day")
        << 45365.9999999 << false << QStringLiteral("2024-03-15");
    QTest::newRow("time_only") << 0.5 << false << QStringLiteral("12:00:00");
    QTest::newRow("zero") << 0.0 << false << QStringLiteral("00:00:00");
    QTest::newRow("1904_day_one") << 1.0 << true << QStringLiteral("1904-01-02");
    QTest::newRow("1904_same_day_as_1900_plus_1462")
        << 43904.0 << true << QStringLiteral("2024-03-15");
    QTest::newRow("last_date") << 2958465.0 << false << QStringLiteral("9999-12-31");
    QTest::newRow("beyond_last_date_kept_as_number")
        << 2958466.0 << false << QStringLiteral("2958466");
    QTest::newRow("negative_kept_as_number") << -1.5 << false << QStringLiteral("-1.5");
}

void TestXlsxReader::serialDateText()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::serialDateText(serial, date1904), text);
}

void TestXlsxReader::isDateFormat_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");

    QTest::newRow("builtin_general_0") << 0 << QString() << false;
    QTest::newRow("builtin_number_2") << 2 << QString() << false;
    QTest::newRow("builtin_date_14") << 14 << QString() << true;
    QTest::newRow("builtin_datetime_22") << 22 << QString() << true;
    QTest::newRow("builtin_time_45") << 45 << QString() << true;
    QTest::newRow("builtin_time_47") << 47 << QString() << true;
    QTest::newRow("builtin_text_49") << 49 << QString() << false;
    QTest::newRow("custom_iso_date") << 164 << QStringLiteral("yyyy-mm-dd") << true;
    QTest::newRow("custom_uppercase") << 164 << QStringLiteral("DD.MM.YYYY") << true;
    QTest::newRow("custom_time_with_locale")
        << 164 << QStringLiteral("[$-F400]h:mm:ss\\ AM/PM") << true;
    QTest::newRow("custom_elapsed_hours") << 164 << QStringLiteral("[h]:mm") << true;
    QTest::newRow("custom_colour_only_number") << 164 << QStringLiteral("[Red]0.00") << false;
    QTest::newRow("custom_quoted_letters") << 164 << QStringLiteral("0 \"days\"") << false;
    QTest::newRow("custom_escaped_letters") << 164 << QStringLiteral("0\\h\\s") << false;
    QTest::newRow("custom_accounting") << 43
                                       << QStringLiteral("_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "
                                                         "\"-\"??_ ;_ @_ ")
                                       << false;
    QTest::newRow("custom_scientific") << 164 << QStringLiteral("0.00E+00") << false;
    QTest::newRow("custom_general_word") << 164 << QStringLiteral("General") << false;
    QTest::newRow("custom_overrides_builtin_id") << 14 << QStringLiteral("0.00") << false;
}

void TestXlsxReader::isDateFormat()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(XlsxWorkbook::isDateFormat(id, code), isDate);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
