// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointqueue.h"
#include "enumerationmatcher.h"
#include "importer.h"
#include "importwriter.h"
#include "keyset.h"
#include "mappingprofiles.h"
#include "projectstore.h"
#include "sqliteconnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#include <xlsxwriter.h>

#include <dlfcn.h>
#include <functional>
#include <limits>
#include <memory>
#include <type_traits>

namespace {

using Fixture = std::function<QString(const QString &folder)>;

const QByteArray baseCustomers = "customer_id,signup_date\n"
                                 "C1,2024-01-01\n"
                                 "C2,2024-01-02\n"
                                 "C3,2024-01-03\n";

QByteArray utf16(const QString &text, bool bigEndian)
{
    QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                           QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text)
        bytes += c == QChar(0x20AC) ? char(0x80) : char(c.unicode() < 0x100 ? c.unicode() : '?');
    return bytes;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// libxlsxwriter, loaded into a link namespace of its own: it carries minizip
// under the same symbol names as QuaZip, which the importer links (see
// tst_xlsxreader.cpp).
struct XlsxWriterApi
{
    decltype(&::workbook_new) workbook_new = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_boolean) worksheet_write_boolean = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
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
        resolve(loaded.workbook_new, "workbook_new");
        resolve(loaded.workbook_add_worksheet, "workbook_add_worksheet");
        resolve(loaded.workbook_add_format, "workbook_add_format");
        resolve(loaded.workbook_close, "workbook_close");
        resolve(loaded.format_set_num_format, "format_set_num_format");
        resolve(loaded.worksheet_write_string, "worksheet_write_string");
        resolve(loaded.worksheet_write_number, "worksheet_write_number");
        resolve(loaded.worksheet_write_boolean, "worksheet_write_boolean");
        resolve(loaded.worksheet_write_datetime, "worksheet_write_datetime");
        return loaded;
    }();
    return api;
}

QString writeWorkbook(const QString &path, const std::function<void(lxw_workbook *)> &build)
{
    lxw_workbook *workbook = lxw().workbook_new(QFile::encodeName(path).constData());
    build(workbook);
    return lxw().workbook_close(workbook) == LXW_NO_ERROR ? path : QString();
}

} // namespace

Q_DECLARE_METATYPE(Fixture)
Q_DECLARE_METATYPE(CanonicalTable)
// How the first pass ended, seen from the progress scale: a pass over the
// first rows only (total below two files), over the whole file (two files),
// or an import pass that had to start again (above two files).
enum class FirstPass { FirstRowsConfirmed, WholeFile, Restarted };
constexpr int customerRows = 60000;

Q_DECLARE_METATYPE(ImportError::Kind)
Q_DECLARE_METATYPE(FirstPass)
Q_DECLARE_METATYPE(DuplicatePolicy)
Q_DECLARE_METATYPE(ImportProgress::Phase)

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsQuirks_data();
    void importsQuirks();
    void importsWorkbooks_data();
    void importsWorkbooks();
    void refusesBadFilesAndChangesNothing_data();
    void refusesBadFilesAndChangesNothing();
    void failedImportCreatesNoProject();
    void damagedProjectFailsTheImportAndStaysAsItWas();
    void keepsRejectedRows();
    void duplicates_data();
    void duplicates();
    void duplicatesInsideLargeGroups_data();
    void duplicatesInsideLargeGroups();
    void duplicateInsideALargeGroupFailsAtItsLine();
    void rowRefusedByAUsersOwnIndexFailsTheImport();
    void reportsUnknownCustomers();
    void keepsExtraAttributes();
    void cancelChangesNothing_data();
    void cancelChangesNothing();
    void dryRunChangesNothing_data();
    void dryRunChangesNothing();
    void warnsOnReimport();
    void mappingProfileRoundTrip();
    void bulkModeGivesTheSameProject();
    void bulkImportReturnsAtItsCommit();
    void firstRowsDecideOnlyWhatTheWholeFileDecides_data();
    void firstRowsDecideOnlyWhatTheWholeFileDecides();
    void enumerationSynonyms_data();
    void enumerationSynonyms();
    void keySet();
    void keySetNumbers();
    void joinRecordQuotesWhatNeedsIt();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("input.csv"));
    QString project() const { return m_dir->filePath(QStringLiteral("project.socialroi")); }
    ImportResult import(CanonicalTable table, const QString &path,
                        const std::function<void(ImportRequest &)> &adjust = {});
    void importBaseCustomers();
    void addUserIndex();
    // Rows of a query on the project, columns joined by '|'.
    QStringList rows(const QString &sql);
    QString value(const QString &sql) { return rows(sql).value(0); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImporter::cleanup()
{
    CheckpointQueue::waitForAll(); // nothing of one test goes on into the next
    m_dir.reset();
}

QString TestImporter::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

ImportResult TestImporter::import(CanonicalTable table, const QString &path,
                                  const std::function<void(ImportRequest &)> &adjust)
{
    ImportRequest request;
    request.projectPath = project();
    request.filePath = path;
    request.table = table;
    if (adjust)
        adjust(request);
    return Importer::run(request);
}

void TestImporter::importBaseCustomers()
{
    const ImportResult result
        = import(CanonicalTable::Customers, write(baseCustomers, QStringLiteral("base.csv")));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, 3);
}

void TestImporter::addUserIndex()
{
    SqliteConnection connection;
    QCOMPARE(connection.open(project(), SqliteConnection::Access::ReadWrite), SQLITE_OK);
    connection.execute("CREATE INDEX contacts_by_customer ON contacts (customer_id)");
}

QStringList TestImporter::rows(const QString &sql)
{
    SqliteConnection connection;
    if (connection.open(project(), SqliteConnection::Access::ReadOnly) != SQLITE_OK)
        return {QStringLiteral("cannot open the project")};
    QStringList result;
    SqliteStatement statement = connection.prepare(sql);
    while (statement.step()) {
        QStringList columns;
        for (int i = 0; i < statement.columnCount(); ++i)
            columns.append(statement.isNull(i) ? QStringLiteral("NULL") : statement.text(i));
        result.append(columns.join(QLatin1Char('|')));
    }
    return result;
}

void TestImporter::importsQuirks_data()
{
    QTest::addColumn<CanonicalTable>("table");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("dateOrder"); // "", "dmy" or "mdy"
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    const auto customers = CanonicalTable::Customers;
    const QString revenue = QStringLiteral(
        "SELECT customer_id, signup_date, monthly_revenue FROM customers ORDER BY id");
    const QStringList twoCustomers = {"C1|2024-01-31|29.9", "C2|2024-02-01|1234.5"};

    // Delimiters.
    QTest::newRow("delimiter comma")
        << customers
        << QByteArray("customer_id,signup_date,monthly_revenue\n"
                      "C1,2024-01-31,29.90\nC2,2024-02-01,\"1,234.50\"\n")
        << "" << 2 << 0 << revenue << twoCustomers;
    QTest::newRow("delimiter semicolon, decimal comma, dd.mm.yyyy")
        << customers
        << QByteArray("customer_id;signup_date;monthly_revenue\n"
                      "C1;31.01.2024;29,90\nC2;01.02.2024;1.234,50\n")
        << "" << 2 << 0 << revenue << twoCustomers;
    QTest::newRow("delimiter tab") << customers
                                   << QByteArray("customer_id\tsignup_date\tmonthly_revenue\n"
                                                 "C1\t2024-01-31\t29.90\nC2\t2024-02-01\t1234.5\n")
                                   << "" << 2 << 0 << revenue << twoCustomers;
    QTest::newRow("delimiter pipe") << customers
                                    << QByteArray("customer_id|signup_date|monthly_revenue\n"
                                                  "C1|2024-01-31|29.90\nC2|2024-02-01|1234.50\n")
                                    << "" << 2 << 0 << revenue << twoCustomers;

    // Encodings, with letters outside ASCII.
    const QString accented = QStringLiteral("customer_id,signup_date,segment\n"
                                            "C1,2024-01-31,Zürich\nC2,2024-02-01,Łódź café\n");
    const QString segments
        = QStringLiteral("SELECT customer_id, segment FROM customers ORDER BY id");
    const QStringList accentedRows = {"C1|Zürich", "C2|Łódź café"};
    QTest::newRow("encoding utf-8")
        << customers << accented.toUtf8() << "" << 2 << 0 << segments << accentedRows;
    QTest::newRow("encoding utf-8 with BOM")
        << customers << QByteArray("\xEF\xBB\xBF") + accented.toUtf8() << "" << 2 << 0 << segments
        << accentedRows;
    QTest::newRow("encoding utf-16le")
        << customers << utf16(accented, false) << "" << 2 << 0 << segments << accentedRows;
    QTest::newRow("encoding utf-16be")
        << customers << utf16(accented, true) << "" << 2 << 0 << segments << accentedRows;
    QTest::newRow("encoding windows-1252")
        << customers
        << windows1252(QStringLiteral("customer_id;signup_date;segment\n"
                                      "C1;2024-01-31;Zürich\nC2;2024-02-01;Café €\n"))
        << "" << 2 << 0 << segments << QStringList {"C1|Zürich", "C2|Café €"};

    // Dates: the order decided from the whole column, or given.
    const QString dates
        = QStringLiteral("SELECT customer_id, signup_date FROM customers ORDER BY id");
    QTest::newRow("dates dmy decided by a day above 12")
        << customers << QByteArray("customer_id,signup_date\nC1,05/06/2024\nC2,25/12/2024\n") << ""
        << 2 << 0 << dates << QStringList {"C1|2024-06-05", "C2|2024-12-25"};
    QTest::newRow("dates mdy decided by a day above 12")
        << customers << QByteArray("customer_id,signup_date\nC1,05/06/2024\nC2,12/25/2024\n") << ""
        << 2 << 0 << dates << QStringList {"C1|2024-05-06", "C2|2024-12-25"};
    QTest::newRow("dates ambiguous, --date-order dmy")
        << customers << QByteArray("customer_id,signup_date\nC1,05/06/2024\nC2,01/02/2024\n")
        << "dmy" << 2 << 0 << dates << QStringList {"C1|2024-06-05", "C2|2024-02-01"};
    QTest::newRow("dates ambiguous, --date-order mdy")
        << customers << QByteArray("customer_id,signup_date\nC1,05/06/2024\nC2,01/02/2024\n")
        << "mdy" << 2 << 0 << dates << QStringList {"C1|2024-05-06", "C2|2024-01-02"};
    QTest::newRow("dates ambiguous with dots read day first")
        << customers << QByteArray("customer_id,signup_date\nC1,05.06.2024\nC2,01.02.2024\n") << ""
        << 2 << 0 << dates << QStringList {"C1|2024-06-05", "C2|2024-02-01"};
    QTest::newRow("dates given mdy reject day-first values")
        << customers << QByteArray("customer_id,signup_date\nC1,05/06/2024\nC2,25/12/2024\n")
        << "mdy" << 1 << 1 << dates << QStringList {"C1|2024-05-06"};
    QTest::newRow("dates with month names and times")
        << customers
        << QByteArray("customer_id,signup_date\nC1,31 Jan 2024\nC2,2024-02-01 14:05\n"
                      "C3,\"Feb 3, 2024\"\n")
        << "" << 3 << 0 << dates << QStringList {"C1|2024-01-31", "C2|2024-02-01", "C3|2024-02-03"};

    // Localized headers, mapped without a profile.
    const QStringList localized = {"K1|2024-01-31|29.9"};
    QTest::newRow("headers en") << customers
                                << QByteArray("Customer ID,Signup Date,Monthly Charges\n"
                                              "K1,2024-01-31,29.90\n")
                                << "" << 1 << 0 << revenue << localized;
    QTest::newRow("headers fr") << customers
                                << QStringLiteral("Numéro client;Date d'inscription;"
                                                  "Revenu mensuel\nK1;31/01/2024;29,90\n")
                                       .toUtf8()
                                << "" << 1 << 0 << revenue << localized;
    QTest::newRow("headers de") << customers
                                << QStringLiteral("Kundennummer;Anmeldedatum;Monatsumsatz\n"
                                                  "K1;31.01.2024;29,90 €\n")
                                       .toUtf8()
                                << "" << 1 << 0 << revenue << localized;
    QTest::newRow("headers pl") << customers
                                << QStringLiteral("ID klienta;Data rejestracji;Opłata miesięczna\n"
                                                  "K1;31.01.2024;29,90 zł\n")
                                       .toUtf8()
                                << "" << 1 << 0 << revenue << localized;
    QTest::newRow("headers hi") << customers
                                << QStringLiteral("ग्राहक आईडी,पंजीकरण तिथि,मासिक शुल्क\n"
                                                  "K1,2024-01-31,₹29.90\n")
                                       .toUtf8()
                                << "" << 1 << 0 << revenue << localized;

    // Values.
    QTest::newRow("booleans in five languages")
        << customers
        << QStringLiteral("customer_id,signup_date,social_engaged\n"
                          "C1,2024-01-01,yes\nC2,2024-01-01,oui\nC3,2024-01-01,ja\n"
                          "C4,2024-01-01,tak\nC5,2024-01-01,हाँ\nC6,2024-01-01,No\n"
                          "C7,2024-01-01,non\nC8,2024-01-01,nein\nC9,2024-01-01,nie\n"
                          "C10,2024-01-01,नहीं\nC11,2024-01-01,\n")
               .toUtf8()
        << "" << 11 << 0
        << "SELECT group_concat(social_engaged, '') FROM (SELECT social_engaged FROM customers "
           "ORDER BY id)"
        << QStringList {"11111000000"};
    QTest::newRow("nps range 0-10")
        << customers
        << QByteArray("customer_id,signup_date,nps_score\nC1,2024-01-01,10\nC2,2024-01-01,0\n"
                      "C3,2024-01-01,11\nC4,2024-01-01,-1\nC5,2024-01-01,7.5\n")
        << "" << 2 << 3 << "SELECT customer_id, nps_score FROM customers ORDER BY id"
        << QStringList {"C1|10", "C2|0"};
    QTest::newRow("embedded newlines in quotes, CRLF")
        << customers
        << QByteArray("customer_id,signup_date,segment\r\nC1,2024-01-31,\"Fiber\r\nPlus\"\r\n"
                      "C2,2024-02-01,\"say \"\"hi\"\"\"\r\n")
        << "" << 2 << 0 << "SELECT customer_id, segment FROM customers ORDER BY id"
        << QStringList {"C1|Fiber\r\nPlus", "C2|say \"hi\""};
    QTest::newRow("stray spaces trimmed, blank cell of one space")
        << customers
        << QByteArray("customer_id,signup_date,monthly_revenue,nps_score,social_engaged\n"
                      " C1 , 2024-01-31 , 29.90 , ,  yes \n")
        << "" << 1 << 0
        << "SELECT customer_id, signup_date, monthly_revenue, nps_score, social_engaged "
           "FROM customers"
        << QStringList {"C1|2024-01-31|29.9|NULL|1"};
    QTest::newRow("channels by synonym and case")
        << CanonicalTable::Contacts
        << QByteArray("customer_id,contact_date,channel\nC1,2024-03-01, Phone\n"
                      "C1,2024-03-01,Social Media\nC2,2024-03-01,Twitter\nC2,2024-03-01,E-mail\n"
                      "C3,2024-03-01,SELF-SERVICE\nC3,2024-03-01,Live chat\nC3,2024-03-01,fax\n")
        << "" << 6 << 1
        << "SELECT group_concat(channel, ' ') FROM (SELECT channel FROM contacts ORDER BY id)"
        << QStringList {"phone social social email self_service chat"};
    QTest::newRow("orders with currency symbols")
        << CanonicalTable::Orders
        << QByteArray("order_id,customer_id,order_date,amount,cross_sell\n"
                      "O1,C1,2024-03-01,\"$1,234.50\",yes\nO2,C2,2024-03-02,\xE2\x82\xAC"
                      "29.90,no\n"
                      "O3,C3,2024-03-03,(12.00),\n")
        << "" << 3 << 0 << "SELECT order_id, amount, cross_sell FROM orders ORDER BY id"
        << QStringList {"O1|1234.5|1", "O2|29.9|0", "O3|-12.0|NULL"};
    QTest::newRow("mentions: blank customer allowed, sentiment words")
        << CanonicalTable::Mentions
        << QStringLiteral("customer_id,mention_date,sentiment,reach\n"
                          "C1,2024-03-01,Positive,120\n,2024-03-02,négatif,1 500\n"
                          "C2,2024-03-03,neutral,\n")
               .toUtf8()
        << "" << 3 << 0
        << "SELECT ifnull(customer_id, '-'), sentiment, ifnull(reach, '-') FROM mentions "
           "ORDER BY id"
        << QStringList {"C1|positive|120", "-|negative|1500", "C2|neutral|-"};
    QTest::newRow("improvements")
        << CanonicalTable::Improvements
        << QByteArray("date,title,issues_addressed,staff_hours_saved_per_year\n"
                      "2024-04-01,New billing FAQ,12,300.5\n")
        << "" << 1 << 0
        << "SELECT date, title, issues_addressed, staff_hours_saved_per_year FROM improvements"
        << QStringList {"2024-04-01|New billing FAQ|12|300.5"};
}

void TestImporter::importsQuirks()
{
    QFETCH(CanonicalTable, table);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, dateOrder);
    QFETCH(int, imported);
    QFETCH(int, rejected);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);

    if (table == CanonicalTable::Contacts || table == CanonicalTable::Orders
        || table == CanonicalTable::Mentions) {
        importBaseCustomers();
    }
    const ImportResult result = import(table, write(bytes), [&](ImportRequest &request) {
        if (dateOrder == QLatin1String("dmy"))
            request.dateOrder = ValueParsers::DateOrder::DayFirst;
        else if (dateOrder == QLatin1String("mdy"))
            request.dateOrder = ValueParsers::DateOrder::MonthFirst;
    });
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, imported);
    QCOMPARE(result.rowsRejected, rejected);
    QCOMPARE(result.rowsRead, imported + rejected);
    QCOMPARE(rows(sql), expected);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM rejected_rows WHERE import_id = %1")
                       .arg(result.importId)),
             QString::number(rejected));
    QCOMPARE(value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestImporter::importsWorkbooks_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<CanonicalTable>("table");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    const auto customerSheet = [](const char *sheetName, bool serialDates) {
        return [=](lxw_workbook *workbook) {
            lxw_worksheet *sheet = lxw().workbook_add_worksheet(workbook, sheetName);
            lxw_format *date = lxw().workbook_add_format(workbook);
            lxw().format_set_num_format(date, "dd/mm/yyyy");
            const char *headers[]
                = {"Customer ID", "Signup Date", "Social", "Monthly Revenue", "Plan"};
            for (int column = 0; column < 5; ++column)
                lxw().worksheet_write_string(sheet, 0, lxw_col_t(column), headers[column], nullptr);
            for (int row = 1; row <= 3; ++row) {
                const std::string id = "X" + std::to_string(row);
                lxw().worksheet_write_string(sheet, lxw_row_t(row), 0, id.c_str(), nullptr);
                if (serialDates) {
                    lxw().worksheet_write_number(sheet, lxw_row_t(row), 1, 45322 + row, nullptr);
                } else {
                    lxw_datetime day = {2024, 2, row, 0, 0, 0};
                    lxw().worksheet_write_datetime(sheet, lxw_row_t(row), 1, &day, date);
                }
                lxw().worksheet_write_boolean(sheet, lxw_row_t(row), 2, row % 2, nullptr);
                lxw().worksheet_write_number(sheet, lxw_row_t(row), 3, 10.5 * row, nullptr);
                lxw().worksheet_write_string(sheet, lxw_row_t(row), 4, row == 2 ? " DSL" : "Fiber",
                                             nullptr);
            }
        };
    };
    const QString sql = QStringLiteral(
        "SELECT customer_id, signup_date, social_engaged, monthly_revenue, segment "
        "FROM customers ORDER BY id");
    const QStringList expected
        = {"X1|2024-02-01|1|10.5|Fiber", "X2|2024-02-02|0|21.0|DSL", "X3|2024-02-03|1|31.5|Fiber"};
    QTest::newRow("dates by format, booleans, shared strings")
        << Fixture([=](const QString &folder) {
               return writeWorkbook(folder + QLatin1String("/book.xlsx"),
                                    customerSheet("Customers", false));
           })
        << CanonicalTable::Customers << QString() << 3 << sql << expected;
    QTest::newRow("Excel serial numbers in a date column") << Fixture([=](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/serials.xlsx"),
                             customerSheet("Customers", true));
    }) << CanonicalTable::Customers << QString() << 3 << sql
                                                           << expected;
    QTest::newRow("the chosen sheet of several") << Fixture([=](const QString &folder) {
        return writeWorkbook(folder + QLatin1String("/sheets.xlsx"), [=](lxw_workbook *workbook) {
            lxw_worksheet *summary = lxw().workbook_add_worksheet(workbook, "Summary");
            lxw().worksheet_write_string(summary, 0, 0, "Total", nullptr);
            customerSheet("Data", false)(workbook);
        });
    }) << CanonicalTable::Customers << QStringLiteral("Data")
                                                 << 3 << sql << expected;
}

void TestImporter::importsWorkbooks()
{
    QFETCH(Fixture, fixture);
    QFETCH(CanonicalTable, table);
    QFETCH(QString, sheet);
    QFETCH(int, imported);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);

    const QString path = fixture(m_dir->path());
    QVERIFY(!path.isEmpty());
    const ImportResult result
        = import(table, path, [&](ImportRequest &request) { request.sheet = sheet; });
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, imported);
    QCOMPARE(rows(sql), expected);
    if (!sheet.isEmpty())
        QCOMPARE(value("SELECT sheet FROM import_log"), sheet);
}

void TestImporter::refusesBadFilesAndChangesNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<ImportError::Kind>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("mentions");
    // Rows the first pass reads when they decide: 1 finds the problem in the
    // import pass, after the first rows, where the transaction rolls back.
    QTest::addColumn<qint64>("analysisRows");
    const qint64 wholeFile = std::numeric_limits<qint64>::max();

    const QString csv = QStringLiteral("new.csv");
    QTest::newRow("unterminated quote")
        << csv
        << QByteArray("customer_id,signup_date,segment\nC9,2024-01-01,A\n"
                      "C10,2024-01-02,\"B\nC11,2024-01-03,C\n")
        << QString() << ImportError::Kind::Source << 3 << 3 << QStringList {"never closed"}
        << wholeFile;
    QTest::newRow("invalid utf-8 when utf-8 is given")
        << csv << QByteArray("customer_id,signup_date,segment\nC9,2024-01-01,Z\xFCrich\n")
        << QStringLiteral("utf-8") << ImportError::Kind::Source << 2 << 3 << QStringList {"UTF-8"}
        << wholeFile;
    QTest::newRow("ambiguous date column")
        << csv << QByteArray("customer_id,signup_date\nC9,05/06/2024\nC10,01/02/2024\n")
        << QString() << ImportError::Kind::AmbiguousDates << 2 << 2
        << QStringList {"05/06/2024", "signup_date", "--date-order"} << wholeFile;
    QTest::newRow("date column mixing both orders")
        << csv << QByteArray("customer_id,signup_date\nC9,25/06/2024\nC10,06/26/2024\n")
        << QString() << ImportError::Kind::AmbiguousDates << 3 << 2
        << QStringList {"25/06/2024", "06/26/2024"} << wholeFile;
    QTest::newRow("required field without a column")
        << csv << QByteArray("client,gender,plan\nC9,F,gold\n") << QString()
        << ImportError::Kind::MissingFields << 0 << 0
        << QStringList {"signup_date", "\"client\", \"gender\", \"plan\""} << wholeFile;
    QTest::newRow("not a workbook")
        << QStringLiteral("fake.xlsx") << QByteArray("this is text, not a zip") << QString()
        << ImportError::Kind::Source << 0 << 0 << QStringList() << wholeFile;
    QTest::newRow("empty file") << csv << QByteArray() << QString() << ImportError::Kind::Source
                                << 0 << 0 << QStringList {"empty"} << wholeFile;

    QTest::newRow("unterminated quote after the first rows")
        << csv
        << QByteArray("customer_id,signup_date,segment\nC9,2024-01-01,A\nC10,2024-01-02,A\n"
                      "C11,2024-01-03,\"B\nC12,2024-01-04,C\n")
        << QString() << ImportError::Kind::Source << 4 << 3 << QStringList {"never closed"}
        << qint64(1);
    QTest::newRow("invalid utf-8 after the first rows")
        << csv
        << QByteArray(
               "customer_id,signup_date,segment\nC9,2024-01-01,A\nC10,2024-01-02,Z\xFCrich\n")
        << QStringLiteral("utf-8") << ImportError::Kind::Source << 3 << 3 << QStringList {"UTF-8"}
        << qint64(1);
    QTest::newRow("date column mixing both orders after the first rows")
        << csv << QByteArray("customer_id,signup_date\nC9,25/06/2024\nC10,06/26/2024\n")
        << QString() << ImportError::Kind::AmbiguousDates << 3 << 2
        << QStringList {"25/06/2024", "06/26/2024"} << qint64(1);
}

void TestImporter::refusesBadFilesAndChangesNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(ImportError::Kind, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, mentions);
    QFETCH(qint64, analysisRows);

    importBaseCustomers();
    const QByteArray before = fileHash(project());
    QVERIFY(!QFile::exists(project() + QLatin1String("-wal")));

    const QString path = write(bytes, fileName);
    const ImportResult result
        = import(CanonicalTable::Customers, path, [&](ImportRequest &request) {
              if (!encoding.isEmpty())
                  request.csvFormat.encoding = CsvFormat::encodingFromName(encoding);
              request.analysisRows = analysisRows;
          });
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    const QString message = result.error.toString();
    QVERIFY2(message.contains(fileName), qPrintable(message));
    for (const QString &mention : mentions)
        QVERIFY2(message.contains(mention), qPrintable(message));
    if (line > 0)
        QVERIFY2(message.contains(QStringLiteral(":%1:").arg(line)), qPrintable(message));

    QVERIFY(!QFile::exists(project() + QLatin1String("-wal")));
    QCOMPARE(fileHash(project()), before);
}

void TestImporter::failedImportCreatesNoProject()
{
    const QString path = write("customer_id,signup_date\n\"C1,2024-01-01\n");
    const ImportResult result = import(CanonicalTable::Customers, path);
    QVERIFY(!result.ok);
    QVERIFY(!QFile::exists(project()));

    // Also when the file fails in the second pass: a duplicate under "fail".
    const QString duplicates = write("customer_id,signup_date\nC1,2024-01-01\nC1,2024-01-02\n",
                                     QStringLiteral("duplicates.csv"));
    const ImportResult failed
        = import(CanonicalTable::Customers, duplicates,
                 [](ImportRequest &request) { request.duplicatePolicy = DuplicatePolicy::Fail; });
    QCOMPARE(failed.error.kind, ImportError::Kind::Duplicate);
    QVERIFY(!QFile::exists(project()));
    QVERIFY(!QFile::exists(project() + QLatin1String("-wal")));
}

// An import checks the schema and bookkeeping tables when it opens the
// project, not every page (ProjectStore::Check::Schema: a full check would
// read the whole project on every import); damage in a page the import reads
// fails it, says the project is damaged and leaves the file as it was.
void TestImporter::damagedProjectFailsTheImportAndStaysAsItWas()
{
    QByteArray customers = "customer_id,signup_date\n";
    for (int i = 0; i < 3000; ++i)
        customers += "CUSTOMER-" + QByteArray::number(100000 + i) + ",2024-01-01\n";
    const ImportResult imported = import(CanonicalTable::Customers, write(customers));
    QVERIFY2(imported.ok, qPrintable(imported.error.toString()));
    {
        QFile file(project());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qsizetype rows = file.readAll().indexOf("CUSTOMER-101500");
        QVERIFY(rows > 4096);
        file.seek(rows - 2048);
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        file.write(noise);
    }
    const QByteArray before = fileHash(project());
    StoreError error;
    QVERIFY(!ProjectStore::open(project(), ProjectStore::OpenMode::ExistingOnly, &error));
    QCOMPARE(error.kind, StoreError::Kind::Corrupt); // opening to work on it checks every page

    const ImportResult result
        = import(CanonicalTable::Contacts,
                 write("customer_id,contact_date,channel\nCUSTOMER-100001,2024-02-01,social\n",
                       QStringLiteral("contacts.csv")));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ImportError::Kind::Storage);
    QVERIFY2(result.error.message.contains(QStringLiteral("damaged")),
             qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("Nothing was imported")),
             qPrintable(result.error.message));
    QCOMPARE(fileHash(project()), before);
}

void TestImporter::keepsRejectedRows()
{
    const QString path = write("customer_id,signup_date,nps_score,segment\n"
                               "C1,2024-01-01,9,A\n"
                               "C2,31/02/2024,9,\"B, with comma\"\n"
                               "C3,2024-01-03,eleven,C\n"
                               ",2024-01-04,1,D\n"
                               "C5,2024-01-05,1,E,surplus\n"
                               "C6,2024-01-06,1,F\n");
    const ImportResult result = import(CanonicalTable::Customers, path);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsRead, 6);
    QCOMPARE(result.rowsImported, 2);
    QCOMPARE(result.rowsRejected, 4);
    QCOMPARE(int(result.firstRejections.size()), 4);
    const RejectedRow &first = result.firstRejections.front();
    QCOMPARE(first.line, 3);
    QCOMPARE(first.column, 2);
    QCOMPARE(first.columnName, QStringLiteral("signup_date"));
    QCOMPARE(first.rawText, QStringLiteral("C2,31/02/2024,9,\"B, with comma\""));
    QVERIFY2(first.reason.contains(QStringLiteral("not a valid calendar date")),
             qPrintable(first.reason));

    const QStringList stored = rows(QStringLiteral(
        "SELECT line, ifnull(column_number, 0), ifnull(column_name, ''), raw_text, reason "
        "FROM rejected_rows ORDER BY line"));
    QCOMPARE(stored.size(), 4);
    QVERIFY(stored[0].startsWith(QStringLiteral(
        "3|2|signup_date|C2,31/02/2024,9,\"B, with comma\"|column \"signup_date\"")));
    QVERIFY(stored[1].startsWith(QStringLiteral("4|3|nps_score|C3,2024-01-03,eleven,C|")));
    QVERIFY2(stored[1].contains(QStringLiteral("not a number")), qPrintable(stored[1]));
    QVERIFY(stored[2].startsWith(QStringLiteral("5|1|customer_id|,2024-01-04,1,D|")));
    QVERIFY2(stored[2].contains(QStringLiteral("required")), qPrintable(stored[2]));
    QVERIFY(stored[3].startsWith(QStringLiteral("6|5||C5,2024-01-05,1,E,surplus|")));
    QCOMPARE(value("SELECT rows_read || '/' || rows_imported || '/' || rows_rejected "
                   "FROM import_log"),
             QStringLiteral("6/2/4"));
}

void TestImporter::duplicates_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("replaced");
    QTest::addColumn<QStringList>("customers");
    QTest::addColumn<QString>("message"); // of the failure

    // C1 is in the project already (signup 2024-01-01); C4 is twice in the file.
    const QByteArray file = "customer_id,signup_date\nC1,2024-02-01\nC4,2024-02-04\n"
                            "C4,2024-03-04\n";
    QTest::newRow("skip keeps the first")
        << DuplicatePolicy::Skip << file << true << 1 << 2 << 0
        << QStringList {"C1|2024-01-01", "C4|2024-02-04"} << QString();
    QTest::newRow("replace keeps the last")
        << DuplicatePolicy::Replace << file << true << 3 << 0 << 2
        << QStringList {"C1|2024-02-01", "C4|2024-03-04"} << QString();
    QTest::newRow("fail on a key in the project")
        << DuplicatePolicy::Fail << file << false << 0 << 0 << 0 << QStringList {"C1|2024-01-01"}
        << QStringLiteral("new.csv:2:1: duplicate customer_id \"C1\": a row with this key is "
                          "already in the project");
    QTest::newRow("fail on a key twice in the file")
        << DuplicatePolicy::Fail
        << QByteArray("customer_id,signup_date\nC4,2024-02-04\n"
                      "C5,2024-02-05\nC4,2024-03-04\n")
        << false << 0 << 0 << 0 << QStringList {"C1|2024-01-01"}
        << QStringLiteral("new.csv:4:1: duplicate customer_id \"C4\": the same key is on an "
                          "earlier line of this file");
}

void TestImporter::duplicates()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(int, imported);
    QFETCH(int, skipped);
    QFETCH(int, replaced);
    QFETCH(QStringList, customers);
    QFETCH(QString, message);

    ImportResult result = import(
        CanonicalTable::Customers,
        write("customer_id,signup_date,segment\nC1,2024-01-01,A\n", QStringLiteral("first.csv")));
    QVERIFY(result.ok);
    result = import(CanonicalTable::Contacts,
                    write("customer_id,contact_date,channel\nC1,2024-01-05,phone\n",
                          QStringLiteral("contacts.csv")));
    QVERIFY(result.ok);
    const QByteArray before = fileHash(project());

    result = import(CanonicalTable::Customers, write(bytes, QStringLiteral("new.csv")),
                    [&](ImportRequest &request) { request.duplicatePolicy = policy; });
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.rowsImported, imported);
    QCOMPARE(result.duplicatesSkipped, skipped);
    QCOMPARE(result.duplicatesReplaced, replaced);
    QCOMPARE(rows(QStringLiteral("SELECT customer_id, signup_date FROM customers ORDER BY id")),
             customers);
    if (!ok) {
        QCOMPARE(result.error.kind, ImportError::Kind::Duplicate);
        QVERIFY2(result.error.toString().contains(message), qPrintable(result.error.toString()));
        QCOMPARE(fileHash(project()), before);
        return;
    }
    QCOMPARE(result.rowsRejected, skipped);
    // Replacing never deletes: the contact still points at its customer, and
    // the row keeps its id and the columns the file does not have.
    QCOMPARE(value("SELECT count(*) FROM contacts"), QStringLiteral("1"));
    QCOMPARE(value("SELECT id || segment FROM customers WHERE customer_id = 'C1'"),
             QStringLiteral("1A"));
    QVERIFY(rows(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}

void TestImporter::duplicatesInsideLargeGroups_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<bool>("repeatsInFile");
    QTest::newRow("skip") << DuplicatePolicy::Skip << false;
    QTest::newRow("replace") << DuplicatePolicy::Replace << false;
    QTest::newRow("skip, keys repeated in the file") << DuplicatePolicy::Skip << true;
    QTest::newRow("replace, keys repeated in the file") << DuplicatePolicy::Replace << true;
}

// Rows go in groups of 64 per INSERT. A group with duplicates keeps the rows
// SQLite put in and writes the others row by row: the project must be the
// one writing every row by itself would give, extra attributes on the right
// rows and new rows in the file's order.
void TestImporter::duplicatesInsideLargeGroups()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(bool, repeatsInFile);
    QByteArray first = "customer_id,signup_date,Tag\n";
    for (int i = 0; i < 300; ++i)
        first += "C" + QByteArray::number(i) + ",2024-01-01,first " + QByteArray::number(i) + "\n";
    ImportResult result = import(CanonicalTable::Customers, write(first, "first.csv"));
    QVERIFY(result.ok);
    QCOMPARE(result.rowsImported, 300);

    // Every tenth id of C0 ... C990 (30 of them in the project), each followed
    // by a new N customer: 200 rows, in groups of 64. With repeats, every
    // third N comes again on the next line or two lines on (34 more rows).
    QByteArray second = "customer_id,signup_date,Tag\n";
    QStringList newInOrder;
    int repeats = 0;
    for (int i = 0; i < 100; ++i) {
        const QByteArray c = QByteArray::number(i * 10);
        second += "C" + c + ",2024-02-01,second " + c + "\n";
        if (i * 10 >= 300)
            newInOrder.append(QStringLiteral("C") + QString::fromLatin1(c));
        const QByteArray id = QByteArray::number(1000 + i);
        second += "N" + id + ",2024-02-02,new " + id + "\n";
        newInOrder.append(QStringLiteral("N") + QString::fromLatin1(id));
        if (repeatsInFile && i % 3 == 0) {
            if (i % 2 == 0) {
                second += "C" + QByteArray::number(5000 + i) + ",2024-02-03,between\n";
                newInOrder.append(QStringLiteral("C%1").arg(5000 + i));
            }
            second += "N" + id + ",2024-02-04,again " + id + "\n";
            ++repeats;
        }
    }
    result = import(CanonicalTable::Customers, write(second, "second.csv"),
                    [&](ImportRequest &request) { request.duplicatePolicy = policy; });
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    const int existing = 30; // C0, C10 ... C290
    const int between = repeatsInFile ? 17 : 0; // the C5000 ... rows, new
    const bool replace = policy == DuplicatePolicy::Replace;
    QCOMPARE(result.rowsRead, 200 + repeats + between);
    QCOMPARE(result.duplicatesSkipped, replace ? 0 : existing + repeats);
    QCOMPARE(result.duplicatesReplaced, replace ? existing + repeats : 0);
    QCOMPARE(result.rowsImported, replace ? 200 + repeats + between : 200 - existing + between);
    // Every row's extra value names the row it belongs to.
    QCOMPARE(value("SELECT count(*) FROM customers c JOIN extra_attributes e ON e.row_id = c.id "
                   "AND e.table_name = 'customers' WHERE e.value <> 'between' AND "
                   "substr(e.value, instr(e.value, ' ') + 1) <> substr(c.customer_id, 2)"),
             QStringLiteral("0"));
    QCOMPARE(value("SELECT value FROM extra_attributes e JOIN customers c ON c.id = e.row_id "
                   "WHERE c.customer_id = 'C10'"),
             replace ? QStringLiteral("second 10") : QStringLiteral("first 10"));
    if (repeatsInFile) {
        QCOMPARE(value("SELECT value || ' ' || signup_date FROM extra_attributes e JOIN "
                       "customers c ON c.id = e.row_id WHERE c.customer_id = 'N1003'"),
                 replace ? QStringLiteral("again 1003 2024-02-04")
                         : QStringLiteral("new 1003 2024-02-02"));
        // The skipped repeats are kept with their line and why.
        if (!replace) {
            QCOMPARE(value("SELECT count(*) FROM rejected_rows WHERE reason LIKE "
                           "'%already on an earlier line of this file%'"),
                     QString::number(repeats));
        }
    }
    // New rows took consecutive ids in the order of the file.
    QCOMPARE(rows(QStringLiteral("SELECT customer_id FROM customers WHERE id > 300 ORDER BY id")),
             newInOrder);
    QCOMPARE(value("SELECT max(id) FROM customers"), QString::number(300 + 170 + between));
    QCOMPARE(value("SELECT count(*) FROM customers"), QString::number(300 + 170 + between));
    QCOMPARE(value("SELECT count(*) FROM extra_attributes"), QString::number(300 + 170 + between));
}

// With duplicates refused, a key repeated inside a group of 64 stops the
// import at the repeat's line, and nothing of the file is kept.
void TestImporter::duplicateInsideALargeGroupFailsAtItsLine()
{
    importBaseCustomers();
    const QString before = value("SELECT count(*) FROM customers");
    QByteArray file = "customer_id,signup_date\n";
    for (int i = 0; i < 150; ++i) {
        file += "D" + QByteArray::number(i) + ",2024-02-01\n";
        if (i == 90)
            file += "D88,2024-02-02\n"; // line 93: rows 65 to 128 are the second group
    }
    const ImportResult result
        = import(CanonicalTable::Customers, write(file, "repeats.csv"),
                 [](ImportRequest &request) { request.duplicatePolicy = DuplicatePolicy::Fail; });
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ImportError::Kind::Duplicate);
    QCOMPARE(result.error.line, 93);
    QVERIFY2(result.error.message.contains(QStringLiteral("\"D88\"")),
             qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("earlier line")),
             qPrintable(result.error.message));
    QCOMPARE(value("SELECT count(*) FROM customers"), before);
}

// A UNIQUE index the user added with another tool, on other columns than the
// key: a group of 64 rows cannot tell which row it refused, so the import
// fails, names the lines and keeps nothing of the file.
void TestImporter::rowRefusedByAUsersOwnIndexFailsTheImport()
{
    importBaseCustomers();
    {
        SqliteConnection connection;
        QCOMPARE(connection.open(project(), SqliteConnection::Access::ReadWrite), SQLITE_OK);
        connection.execute(
            "CREATE UNIQUE INDEX one_contact_a_day ON contacts (customer_id, contact_date)");
    }
    QByteArray file = "customer_id,contact_date,channel\n";
    for (int day = 1; day <= 140; ++day) {
        file += QStringLiteral("C1,2024-%1-%2,chat\n")
                    .arg(1 + (day - 1) / 28, 2, 10, QLatin1Char('0'))
                    .arg(1 + (day - 1) % 28, 2, 10, QLatin1Char('0'))
                    .toLatin1();
        if (day == 80)
            file += "C1,2024-01-05,phone\n"; // line 82, in the second group of 64
    }
    const QString before = value("SELECT count(*) FROM contacts");
    const ImportResult result = import(CanonicalTable::Contacts, write(file, "days.csv"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QStringLiteral("between lines 66 and 129")),
             qPrintable(result.error.message));
    QCOMPARE(value("SELECT count(*) FROM contacts"), before);
}

void TestImporter::reportsUnknownCustomers()
{
    importBaseCustomers();
    const ImportResult result
        = import(CanonicalTable::Contacts,
                 write("customer_id,contact_date,channel\nC1,2024-03-01,chat\n"
                       "C99,2024-03-01,chat\nC2,2024-03-01,phone\n"
                       "C98,31/31/2024,phone\n,2024-03-01,phone\n"));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, 2);
    QCOMPARE(result.rowsRejected, 3);
    QCOMPARE(result.unknownCustomers, 1); // C98 is rejected for its date first
    QCOMPARE(result.firstRejections.front().line, 3);
    QVERIFY2(
        result.firstRejections.front().reason.contains(QStringLiteral("unknown customer \"C99\"")),
        qPrintable(result.firstRejections.front().reason));
    QVERIFY(rows(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}

void TestImporter::keepsExtraAttributes()
{
    ImportResult result = import(CanonicalTable::Customers,
                                 write("customer_id,signup_date,Branch,Churn,TotalCharges\n"
                                       "C1,2024-01-01,North,No,29.85\n"
                                       "C2,2024-01-02,South, Yes, \n"));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.extraValues, 5);
    QCOMPARE(rows(QStringLiteral("SELECT c.customer_id, e.name, e.value FROM extra_attributes e "
                                 "JOIN customers c ON c.id = e.row_id WHERE e.table_name = "
                                 "'customers' ORDER BY c.id, e.name")),
             QStringList({"C1|Branch|North", "C1|Churn|No", "C1|TotalCharges|29.85",
                          "C2|Branch|South", "C2|Churn| Yes"}));

    // Replaced rows keep their id, and their extra values are replaced.
    result = import(
        CanonicalTable::Customers,
        write("customer_id,signup_date,Branch\nC2,2024-01-02,West\n", QStringLiteral("update.csv")),
        [](ImportRequest &request) { request.duplicatePolicy = DuplicatePolicy::Replace; });
    QVERIFY(result.ok);
    QCOMPARE(value("SELECT value FROM extra_attributes WHERE row_id = 2 AND name = 'Branch'"),
             QStringLiteral("West"));
}

void TestImporter::cancelChangesNothing_data()
{
    QTest::addColumn<ImportProgress::Phase>("phase");
    QTest::addColumn<bool>("bulk");
    QTest::newRow("while analysing") << ImportProgress::Phase::Analysing << false;
    QTest::newRow("while importing") << ImportProgress::Phase::Importing << false;
    QTest::newRow("while importing, bulk mode") << ImportProgress::Phase::Importing << true;
    QTest::newRow("before committing") << ImportProgress::Phase::Finishing << false;
    QTest::newRow("before committing, bulk mode") << ImportProgress::Phase::Finishing << true;
}

void TestImporter::cancelChangesNothing()
{
    QFETCH(ImportProgress::Phase, phase);
    QFETCH(bool, bulk);
    importBaseCustomers();
    // An index a user added with another SQLite tool: bulk mode drops it and
    // builds it again at the end; a cancel must bring it back as it was.
    addUserIndex();
    QByteArray bytes = "contact_id,customer_id,contact_date,channel\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "K" + QByteArray::number(i) + ",C" + QByteArray::number(1 + i % 3)
            + ",2024-01-01,phone\n";
    const QString path = write(bytes);
    const QByteArray before = fileHash(project());

    ImportRequest request;
    request.projectPath = project();
    request.filePath = path;
    request.table = CanonicalTable::Contacts;
    if (bulk)
        request.bulkModeMinimumBytes = 0;
    int calls = 0;
    qint64 lastDone = -1;
    bool monotonic = true;
    const ImportResult result = Importer::run(request, [&](const ImportProgress &progress) {
        monotonic = monotonic && progress.bytesDone >= lastDone
            && progress.bytesDone <= progress.bytesTotal;
        lastDone = progress.bytesDone;
        ++calls;
        // Cancel on the second report of the phase, mid-way where there is one.
        return !(progress.phase == phase
                 && (calls > 1 || phase == ImportProgress::Phase::Finishing));
    });
    QVERIFY(monotonic);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(result.error.kind, ImportError::Kind::Cancelled);
    QVERIFY(!QFile::exists(project() + QLatin1String("-wal")));
    QCOMPARE(fileHash(project()), before);
    QCOMPARE(value("SELECT count(*) FROM contacts"), QStringLiteral("0"));
    QCOMPARE(value("SELECT count(*) FROM sqlite_schema WHERE name = 'contacts_by_customer'"),
             QStringLiteral("1"));
}

void TestImporter::dryRunChangesNothing_data()
{
    QTest::addColumn<bool>("projectExists");
    QTest::addColumn<qint64>("bulkModeMinimumBytes");
    QTest::newRow("existing project") << true << std::numeric_limits<qint64>::max();
    QTest::newRow("existing project, bulk mode") << true << qint64(0);
    QTest::newRow("no project yet") << false << std::numeric_limits<qint64>::max();
}

// The wizard's validation report: everything the import would do, nothing done.
void TestImporter::dryRunChangesNothing()
{
    QFETCH(bool, projectExists);
    QFETCH(qint64, bulkModeMinimumBytes);
    if (projectExists)
        importBaseCustomers();
    const QByteArray before = fileHash(project());
    QByteArray bytes = "customer_id,signup_date,nps_score,Note\n";
    for (int i = 0; i < 500; ++i)
        bytes += "D" + QByteArray::number(i % 450) + ",2024-01-01," + QByteArray::number(i % 12)
            + ",n\n";
    const QString path = write(bytes);
    const auto request = [&](bool dryRun) {
        return [=](ImportRequest &request) {
            request.dryRun = dryRun;
            request.bulkModeMinimumBytes = bulkModeMinimumBytes;
            request.saveMappingAs = QStringLiteral("profile");
        };
    };
    const ImportResult dry = import(CanonicalTable::Customers, path, request(true));
    QVERIFY2(dry.ok, qPrintable(dry.error.toString()));
    QCOMPARE(dry.importId, 0);
    QCOMPARE(QFile::exists(project()), projectExists);
    if (projectExists)
        QCOMPARE(fileHash(project()), before);

    const ImportResult real = import(CanonicalTable::Customers, path, request(false));
    QVERIFY(real.ok);
    QCOMPARE(dry.rowsRead, real.rowsRead);
    QCOMPARE(dry.rowsImported, real.rowsImported);
    QCOMPARE(dry.rowsRejected, real.rowsRejected);
    QCOMPARE(dry.duplicatesSkipped, real.duplicatesSkipped);
    QCOMPARE(dry.extraValues, real.extraValues);
    QCOMPARE(int(dry.firstRejections.size()), int(real.firstRejections.size()));
    QCOMPARE(real.rowsImported + real.rowsRejected, 500);
    QVERIFY(real.duplicatesSkipped > 0 && real.rowsRejected > real.duplicatesSkipped);
    QCOMPARE(value("SELECT count(*) FROM mapping_profiles"), QStringLiteral("1"));
}

void TestImporter::warnsOnReimport()
{
    const QString path = write(baseCustomers);
    const ImportResult first = import(CanonicalTable::Customers, path);
    QVERIFY(first.ok);
    QVERIFY(first.warnings.isEmpty());
    QCOMPARE(first.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(baseCustomers, QCryptographicHash::Sha256).toHex()));
    const ImportResult second = import(CanonicalTable::Customers, path);
    QVERIFY(second.ok);
    QCOMPARE(second.warnings.size(), 1);
    QVERIFY2(second.warnings.first().contains(QStringLiteral("already imported on")),
             qPrintable(second.warnings.first()));
    QVERIFY(second.warnings.first().contains(QStringLiteral("import %1").arg(first.importId)));
    QCOMPARE(second.duplicatesSkipped, 3);
    QCOMPARE(value("SELECT count(*) FROM import_log WHERE sha256 = '" + first.sha256 + "'"),
             QStringLiteral("2"));
}

void TestImporter::mappingProfileRoundTrip()
{
    // Headers the matcher does not know, mapped by hand and saved by name.
    FieldMapping mapping;
    mapping.table = QStringLiteral("customers");
    mapping.columns = {{0, QStringLiteral("Kto"), QStringLiteral("customer_id")},
                       {1, QStringLiteral("Od kiedy"), QStringLiteral("signup_date")},
                       {2, QStringLiteral("Kasa"), QStringLiteral("monthly_revenue")}};
    ImportResult result
        = import(CanonicalTable::Customers, write("Kto;Od kiedy;Kasa\nA1;01.02.2024;12,50\n"),
                 [&](ImportRequest &request) {
                     request.mapping = mapping;
                     request.saveMappingAs = QStringLiteral("Billing export");
                 });
    QVERIFY2(result.ok, qPrintable(result.error.toString()));

    StoreError error;
    std::unique_ptr<ProjectStore> store
        = ProjectStore::open(project(), ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY(store);
    const auto entries = MappingProfiles::list(store->connection());
    QCOMPARE(int(entries.size()), 1);
    QCOMPARE(entries.front().name, QStringLiteral("Billing export"));
    QCOMPARE(entries.front().table, QStringLiteral("customers"));
    QString problem;
    const auto saved
        = MappingProfiles::load(store->connection(), QStringLiteral("Billing export"), &problem);
    QVERIFY2(saved, qPrintable(problem));
    QCOMPARE(saved->decimalSeparator, ValueParsers::DecimalSeparator::Comma);
    QVERIFY(!MappingProfiles::load(store->connection(), QStringLiteral("nope"), &problem));
    QVERIFY(problem.contains(QStringLiteral("Billing export")));
    store.reset();

    // Next month's file: columns in another order, one more column; the saved
    // profile (through its JSON, as `--mapping FILE` reads it) finds them by header.
    const auto reread = FieldMapping::fromJson(saved->toJson(), &problem);
    QVERIFY2(reread, qPrintable(problem));
    result = import(
        CanonicalTable::Customers,
        write("Kasa;Notiz;Kto;Od kiedy\n7,25;hello;A2;03.02.2024\n", QStringLiteral("march.csv")),
        [&](ImportRequest &request) { request.mapping = reread; });
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(rows(QStringLiteral(
                 "SELECT customer_id, signup_date, monthly_revenue FROM customers ORDER BY id")),
             QStringList({"A1|2024-02-01|12.5", "A2|2024-02-03|7.25"}));
    QCOMPARE(value("SELECT value FROM extra_attributes WHERE name = 'Notiz'"),
             QStringLiteral("hello"));

    // A profile for another table is refused.
    result = import(CanonicalTable::Orders, write("x\n1\n", QStringLiteral("orders.csv")),
                    [&](ImportRequest &request) { request.mapping = reread; });
    QCOMPARE(result.error.kind, ImportError::Kind::InvalidRequest);
}

void TestImporter::bulkModeGivesTheSameProject()
{
    QByteArray contacts = "contact_id,customer_id,contact_date,channel,resolved,cost\n";
    for (int i = 0; i < 3000; ++i) {
        contacts += "K" + QByteArray::number(i) + ",C" + QByteArray::number(1 + i % 4)
            + ",2024-03-0" + QByteArray::number(1 + i % 9) + "," + (i % 2 ? "Phone" : "chat") + ","
            + (i % 3 ? "yes" : "no") + "," + QByteArray::number(i % 50) + ".5\n";
    }
    const QString path = write(contacts, QStringLiteral("contacts.csv"));
    QStringList results[2];
    for (int bulk = 0; bulk < 2; ++bulk) {
        QFile::remove(project());
        importBaseCustomers();
        addUserIndex();
        const ImportResult result
            = import(CanonicalTable::Contacts, path, [&](ImportRequest &request) {
                  request.bulkModeMinimumBytes = bulk ? 0 : std::numeric_limits<qint64>::max();
              });
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.rowsImported, 2250); // C4 is unknown
        QCOMPARE(result.unknownCustomers, 750);
        results[bulk] = rows(QStringLiteral("SELECT * FROM contacts ORDER BY id"));
        QCOMPARE(rows(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                     "tbl_name = 'contacts' AND sql IS NOT NULL")),
                 QStringList {QStringLiteral("contacts_by_customer")});
        QCOMPARE(value("PRAGMA integrity_check"), QStringLiteral("ok"));
        QVERIFY(rows(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        QCOMPARE(value("SELECT count(*) FROM contacts WHERE channel NOT IN ('phone', 'chat') "
                       "OR resolved NOT IN (0, 1)"),
                 QStringLiteral("0"));
    }
    QCOMPARE(results[1], results[0]);
}

// A large import returns at its commit; the copy of its pages from the -wal
// file into the project goes on beside what comes next (CheckpointQueue).
void TestImporter::bulkImportReturnsAtItsCommit()
{
    importBaseCustomers();
    QByteArray contacts = "contact_id,customer_id,contact_date,channel\n";
    for (int i = 0; i < 20000; ++i)
        contacts += "K" + QByteArray::number(i) + ",C" + QByteArray::number(1 + i % 3)
            + ",2024-02-01,social\n";
    const ImportResult result
        = import(CanonicalTable::Contacts, write(contacts),
                 [](ImportRequest &request) { request.bulkModeMinimumBytes = 0; });
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    // Committed: every reader has the rows at once, copied or not. (Read on a
    // connection that may write: whichever of it and the import's closes
    // last removes the -wal file. A read-only one closing last would leave
    // an empty one, as SideFiles explains, when the copy is done first.)
    {
        SqliteConnection reader;
        QCOMPARE(reader.open(project(), SqliteConnection::Access::ReadWrite), SQLITE_OK);
        QCOMPARE(reader.queryInteger("SELECT count(*) FROM contacts"), 20000);
    }

    CheckpointQueue::waitFor(project());
    // Copied and closed: the project file alone holds the import, and the
    // last connection took its -wal file away.
    QVERIFY(!QFile::exists(project() + QLatin1String("-wal")));
    const QString copy = m_dir->filePath(QStringLiteral("copy.socialroi"));
    QVERIFY(QFile::copy(project(), copy));
    SqliteConnection connection;
    QCOMPARE(connection.open(copy, SqliteConnection::Access::ReadOnly), SQLITE_OK);
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM contacts"), 20000);
    QCOMPARE(connection.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    // Waiting again, or for a project with nothing on its way, returns at once.
    CheckpointQueue::waitFor(project());
    CheckpointQueue::waitFor(m_dir->filePath(QStringLiteral("other.socialroi")));
}

void TestImporter::firstRowsDecideOnlyWhatTheWholeFileDecides_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FirstPass>("firstPass");
    QTest::addColumn<bool>("ok");

    const auto customers = [](const QByteArray &firstRevenue, const QByteArray &firstDate,
                              const QByteArray &restRevenue, const QByteArray &restDate) {
        // Larger than the reader's chunk, so that the progress scale shows
        // where the first pass stopped.
        QByteArray bytes = "customer_id,signup_date,monthly_revenue\n";
        for (int i = 0; i < customerRows; ++i) {
            bytes += "C" + QByteArray::number(i) + "," + (i < 6 ? firstDate : restDate) + "," + '"'
                + (i < 6 ? firstRevenue : restRevenue) + "\"\n";
        }
        return bytes;
    };
    QTest::newRow("the rest agrees") << customers("12,5", "13/01/2024", "7,25", "14/02/2024")
                                     << FirstPass::FirstRowsConfirmed << true;
    QTest::newRow("decimal comma only after the first rows")
        << customers("12", "2024-01-13", "7,25", "2024-02-14") << FirstPass::Restarted << true;
    QTest::newRow("month first only after the first rows")
        << customers("12", "2024-01-13", "7", "02/14/2024") << FirstPass::Restarted << true;
    QTest::newRow("first rows cannot tell the date order")
        << customers("12", "01/02/2024", "7", "02/14/2024") << FirstPass::WholeFile << true;
    QTest::newRow("the rest contradicts the first rows")
        << customers("12", "13/01/2024", "7", "02/14/2024") << FirstPass::Restarted << false;
}

// The first pass may stop after its first rows, but the outcome is always the
// one a pass over the whole file gives: same rows, warnings and errors.
void TestImporter::firstRowsDecideOnlyWhatTheWholeFileDecides()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FirstPass, firstPass);
    QFETCH(bool, ok);
    const QString path = write(bytes);
    QStringList tables[2];
    ImportResult results[2];
    qint64 lastTotal = 0;
    for (int wholeFile = 0; wholeFile < 2; ++wholeFile) {
        QFile::remove(project());
        ImportRequest request;
        request.projectPath = project();
        request.filePath = path;
        request.table = CanonicalTable::Customers;
        request.analysisRows = wholeFile ? std::numeric_limits<qint64>::max() : 4;
        bool monotonic = true;
        qint64 lastDone = 0;
        results[wholeFile] = Importer::run(request, [&](const ImportProgress &progress) {
            monotonic = monotonic && progress.bytesDone >= lastDone
                && progress.bytesDone <= progress.bytesTotal;
            lastDone = progress.bytesDone;
            if (!wholeFile)
                lastTotal = progress.bytesTotal;
            return true;
        });
        QVERIFY(monotonic);
        tables[wholeFile] = rows(QStringLiteral(
            "SELECT customer_id, signup_date, monthly_revenue FROM customers ORDER BY id"));
    }
    const ImportResult &early = results[0];
    const ImportResult &whole = results[1];
    QCOMPARE(early.ok, ok);
    QCOMPARE(whole.ok, ok);
    QCOMPARE(early.rowsImported, whole.rowsImported);
    QCOMPARE(early.rowsRejected, whole.rowsRejected);
    QCOMPARE(early.warnings, whole.warnings);
    QCOMPARE(early.error.kind, whole.error.kind);
    QCOMPARE(early.error.line, whole.error.line);
    QCOMPARE(early.error.column, whole.error.column);
    QCOMPARE(early.error.message, whole.error.message);
    QCOMPARE(tables[0], tables[1]);
    if (ok)
        QCOMPARE(early.rowsImported, customerRows);

    const qint64 twoFiles = 2 * QFileInfo(path).size();
    switch (firstPass) {
    case FirstPass::FirstRowsConfirmed:
        QVERIFY(lastTotal < twoFiles);
        break;
    case FirstPass::WholeFile:
        QCOMPARE(lastTotal, twoFiles);
        break;
    case FirstPass::Restarted:
        // A failed import stops before it would read the file again.
        QVERIFY(ok ? lastTotal > twoFiles : lastTotal < twoFiles);
        break;
    }
}

void TestImporter::enumerationSynonyms_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("canonical") << "channel"
                               << "self_service"
                               << "self_service";
    QTest::newRow("leading space") << "channel"
                                   << " Phone"
                                   << "phone";
    QTest::newRow("Social Media") << "channel"
                                  << "Social Media"
                                  << "social";
    QTest::newRow("Social media") << "channel"
                                  << "Social media"
                                  << "social";
    QTest::newRow("Twitter") << "channel"
                             << "Twitter"
                             << "social";
    QTest::newRow("E-mail") << "channel"
                            << "E-mail"
                            << "email";
    QTest::newRow("eMail") << "channel"
                           << "eMail"
                           << "email";
    QTest::newRow("courriel") << "channel"
                              << "Courriel"
                              << "email";
    QTest::newRow("Telefon") << "channel"
                             << "Telefon"
                             << "phone";
    QTest::newRow("WhatsApp") << "channel"
                              << "WhatsApp"
                              << "chat";
    QTest::newRow("samoobsługa") << "channel"
                                 << "Samoobsługa"
                                 << "self_service";
    QTest::newRow("hi phone") << "channel"
                              << "फ़ोन"
                              << "phone";
    QTest::newRow("unknown channel") << "channel"
                                     << "fax"
                                     << "";
    QTest::newRow("sentiment +") << "sentiment"
                                 << "+"
                                 << "positive";
    QTest::newRow("sentiment NEGATIVE") << "sentiment"
                                        << "NEGATIVE"
                                        << "negative";
    QTest::newRow("sentiment pl") << "sentiment"
                                  << "neutralna"
                                  << "neutral";
    QTest::newRow("channel word is no sentiment") << "sentiment"
                                                  << "phone"
                                                  << "";
}

void TestImporter::enumerationSynonyms()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, value);
    const TableSpec &spec = tableSpec(field == QLatin1String("channel") ? CanonicalTable::Contacts
                                                                        : CanonicalTable::Mentions);
    QCOMPARE(QString(EnumerationMatcher::match(*spec.field(field), text)), value);
}

void TestImporter::keySet()
{
    KeySet set;
    QVERIFY(!set.contains("C1"));
    const QByteArray longKey(300, 'x');
    for (int i = 0; i < 100000; ++i)
        QVERIFY(set.insert("C" + QByteArray::number(i)));
    QVERIFY(set.insert(longKey));
    QVERIFY(set.insert("customer-with-a-long-identifier"));
    QVERIFY(set.insert(""));
    QVERIFY(!set.insert("C42"));
    QVERIFY(!set.insert(longKey));
    QCOMPARE(set.size(), 100003);
    for (int i = 0; i < 100000; i += 7)
        QVERIFY(set.contains("C" + QByteArray::number(i)));
    QVERIFY(set.contains(longKey));
    QVERIFY(set.contains("customer-with-a-long-identifier"));
    QVERIFY(set.contains(""));
    QVERIFY(!set.contains("C100000"));
    QVERIFY(!set.contains(QByteArray(300, 'y')));
    QVERIFY(!set.contains("customer-with-a-long-identifieR"));
}

// Each key keeps its number through the table's growth; a second insert of a
// key leaves the first number.
void TestImporter::keySetNumbers()
{
    KeySet set;
    const QByteArray longKey(40, 'k');
    QVERIFY(set.insert(longKey, -1));
    for (int i = 0; i < 50000; ++i)
        QVERIFY(set.insert("C" + QByteArray::number(i), i * 3));
    QVERIFY(!set.insert("C7", 99));
    for (int i = 0; i < 50000; i += 11) {
        const QByteArray key = "C" + QByteArray::number(i);
        const std::int32_t *number = set.find(key, KeySet::hashOf(key));
        QVERIFY(number);
        QCOMPARE(*number, i * 3);
    }
    QCOMPARE(*set.find(longKey, KeySet::hashOf(longKey)), -1);
    QVERIFY(!set.find("C50000", KeySet::hashOf("C50000")));
}

void TestImporter::joinRecordQuotesWhatNeedsIt()
{
    QCOMPARE(
        ImportWriter::joinRecord({"a", " b ", "c,d", "say \"hi\"", "x\ny", ""}, QLatin1Char(',')),
        QStringLiteral("a, b ,\"c,d\",\"say \"\"hi\"\"\",\"x\ny\","));
    QCOMPARE(ImportWriter::joinRecord({"1,5", "a;b"}, QLatin1Char(';')),
             QStringLiteral("1,5;\"a;b\""));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
