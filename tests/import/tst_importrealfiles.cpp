// SPDX-License-Identifier: GPL-3.0-or-later
// Public real-world files imported as a user would (the mappings and the
// columns a user must add are in docs/import-mappings.md): each file either
// imports with known counts and sums, or fails with the message that says what
// is missing. The files are in tests/data (see its README); the workbooks that
// cannot be shipped there are written in their layout by fixtureworkbooks.h.
#include "fixtureworkbooks.h"
#include "importer.h"
#include "importwriter.h"
#include "projectrows.h"
#include "sqliteconnection.h"
#include "xlsxreader.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <map>

namespace {

const QString fixtures = QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR "/");
const QString telcoCsv = fixtures + "telco/WA_Fn-UseC_-Telco-Customer-Churn.csv";
const QString cdnowElog = fixtures + "cdnow/cdnowElog.csv";

// Makes the user's copy of a file (or nothing) in the folder and returns
// what to import: a table and a path, and the rows to import first. A step
// whose path is missing (a fixture that is not there or could not be written)
// fails the test with that path.
struct Step
{
    CanonicalTable table;
    QString path;
    QString sheet;
};
using Preparation = std::function<QList<Step>(const QString &folder)>;

QString writeLines(const QString &path, const QStringList &lines, const char *lineEnd = "\n")
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (const QString &line : lines)
        file.write(line.toUtf8() + lineEnd);
    return path;
}

// The user's fix for the Telco file: a signup date, which the file does not
// have, computed in a spreadsheet from tenure (whole months before the end of
// the data, here 2024-01-31). The importer never derives one itself.
QList<Step> telcoWithSignupDate(const QString &folder)
{
    QFile source(telcoCsv);
    if (!source.open(QIODevice::ReadOnly))
        return {{CanonicalTable::Customers, telcoCsv, QString()}};
    QStringList lines;
    const QList<QByteArray> rows = source.readAll().split('\n');
    for (const QByteArray &row : rows) {
        QString line = QString::fromUtf8(row);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (lines.isEmpty()) {
            lines.append(line + QLatin1String(",signup_date"));
            continue;
        }
        const int tenure = line.section(QLatin1Char(','), 5, 5).toInt();
        lines.append(line + QLatin1Char(',')
                     + QDate(2024, 1, 31).addMonths(-tenure).toString(Qt::ISODate));
    }
    return {{CanonicalTable::Customers,
             writeLines(folder + "/telco_with_signup.csv", lines, "\r\n"), QString()}};
}

// The user's customers file for CDNOW: one row per customer of the event
// log, the first purchase as signup date (a pivot table in a spreadsheet).
QList<Step> cdnowWithCustomers(const QString &folder)
{
    QFile source(cdnowElog);
    if (!source.open(QIODevice::ReadOnly))
        return {{CanonicalTable::Orders, cdnowElog, QString()}};
    std::map<int, QString> firstPurchase;
    const QList<QByteArray> rows = source.readAll().split('\n');
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> cells = rows[i].trimmed().split(',');
        if (cells.size() < 5)
            continue;
        const int customer = cells[0].toInt();
        const QString date = QString::fromLatin1(cells[2]);
        auto found = firstPurchase.find(customer);
        if (found == firstPurchase.end() || date < found->second)
            firstPurchase[customer] = date;
    }
    QStringList lines = {QStringLiteral("customer_id,first purchase date")};
    for (const auto &[customer, date] : firstPurchase)
        lines.append(QString::number(customer) + QLatin1Char(',') + date);
    return {
        {CanonicalTable::Customers, writeLines(folder + "/cdnow_customers.csv", lines), QString()},
        {CanonicalTable::Orders, cdnowElog, QString()}};
}

// A workbook written into the folder by fixtureworkbooks.h, imported as it is.
QString writtenWorkbook(const QString &folder,
                        const std::function<QString(const QString &, QString *)> &write)
{
    QString error;
    const QString path = write(folder, &error);
    if (path.isEmpty())
        qWarning("Cannot write the fixture: %s", qPrintable(error));
    return path;
}

Preparation generated(CanonicalTable table,
                      const std::function<QString(const QString &, QString *)> &write,
                      const QString &sheet = QString())
{
    return [=](const QString &folder) {
        return QList<Step> {{table, writtenWorkbook(folder, write), sheet}};
    };
}

QString telcoCognos(const QString &folder, QString *error)
{
    return FixtureWorkbooks::writeTelcoCognos(telcoCsv, folder, error);
}

// The user's fix for the support tickets: a customer id per ticket (from
// their CRM; here made up, S0 ... S49) in a copy of the sheet saved as CSV,
// and those customers imported first.
QList<Step> ticketsWithCustomerIds(const QString &folder)
{
    const QString workbook = writtenWorkbook(folder, FixtureWorkbooks::writeSupportTicketsSmall);
    XlsxReaderOptions options;
    options.sheet = QStringLiteral("cleaned data");
    SourceError error;
    const auto reader = XlsxReader::open(workbook, options, &error);
    if (!reader) {
        qWarning("%s", qPrintable(error.toString()));
        return {{CanonicalTable::Contacts, workbook, QString()}};
    }
    QStringList lines = {ImportWriter::joinRecord(
        QStringList {QStringLiteral("customer_id")} + reader->headers(), QLatin1Char(','))};
    SourceRecord record;
    int ticket = 0;
    while (reader->next(record)) {
        lines.append(ImportWriter::joinRecord(QStringList {QStringLiteral("S%1").arg(ticket++ % 50)}
                                                  + record.fields,
                                              QLatin1Char(',')));
    }
    QStringList customers = {QStringLiteral("customer_id,signup_date")};
    for (int i = 0; i < 50; ++i)
        customers.append(QStringLiteral("S%1,2024-06-01").arg(i));
    return {{CanonicalTable::Customers, writeLines(folder + "/ticket_customers.csv", customers),
             QString()},
            {CanonicalTable::Contacts, writeLines(folder + "/tickets.csv", lines), QString()}};
}

Preparation asIs(CanonicalTable table, const QString &file, const QString &sheet = QString())
{
    return [=](const QString &) { return QList<Step> {{table, fixtures + file, sheet}}; };
}

} // namespace

Q_DECLARE_METATYPE(Preparation)
Q_DECLARE_METATYPE(ImportError::Kind)

class TestImportRealFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void realFiles_data();
    void realFiles();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportRealFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportRealFiles::realFiles_data()
{
    QTest::addColumn<Preparation>("preparation");
    QTest::addColumn<ImportError::Kind>("kind"); // of the last step; None: it imports
    QTest::addColumn<QStringList>("mentions"); // in the error message
    QTest::addColumn<int>("imported"); // by the last step
    QTest::addColumn<int>("rejected");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    const auto missing = ImportError::Kind::MissingFields;
    const auto none = ImportError::Kind::None;
    // A snapshot extract: tenure and the churn flag are as of the day it was
    // taken, which the file does not say (tst_importderivations imports it
    // with --snapshot).
    const auto invalid = ImportError::Kind::InvalidRequest;
    QTest::newRow("telco csv as customers: tenure needs the snapshot date")
        << asIs(CanonicalTable::Customers, "telco/WA_Fn-UseC_-Telco-Customer-Churn.csv") << invalid
        << QStringList {"\"tenure\" (tenure)", "--snapshot"} << 0 << 0 << QString()
        << QStringList();
    QTest::newRow("telco xlsx (Cognos layout) as customers: tenure needs the snapshot date")
        << generated(CanonicalTable::Customers, telcoCognos) << invalid
        << QStringList {"\"Tenure Months\" (tenure)", "--snapshot"} << 0 << 0 << QString()
        << QStringList();
    // CRLF line ends; TotalCharges of one space in 11 rows (an extra
    // attribute, so not stored); Contract is the segment.
    QTest::newRow("telco csv with the signup date a user added")
        << Preparation(telcoWithSignupDate) << none << QStringList() << 7043 << 0
        << "SELECT count(*), round(sum(monthly_revenue), 2), count(DISTINCT segment), "
           "min(signup_date), (SELECT count(*) FROM extra_attributes WHERE name = "
           "'TotalCharges'), (SELECT count(*) FROM extra_attributes WHERE name = 'Churn' AND "
           "value = 'Yes') FROM customers"
        << QStringList {"7043|456116.6|3|2018-01-31|7032|1869"};

    QTest::newRow("cdnow event log as orders without its customers")
        << asIs(CanonicalTable::Orders, "cdnow/cdnowElog.csv") << none << QStringList() << 0 << 6919
        << "SELECT count(*) FROM rejected_rows WHERE reason LIKE '%unknown customer%'"
        << QStringList {"6919"};
    QTest::newRow("cdnow event log as orders after its customers")
        << Preparation(cdnowWithCustomers) << none << QStringList() << 6919 << 0
        << "SELECT count(*), round(sum(amount), 2), min(order_date), max(order_date), "
           "count(DISTINCT customer_id), (SELECT count(*) FROM customers) FROM orders"
        << QStringList {"6919|244091.94|1997-01-01|1998-06-30|2357|2357"};
    QTest::newRow("cdnow master file: spaces are no delimiter")
        << asIs(CanonicalTable::Orders, "cdnow/CDNOW_master.txt") << missing
        << QStringList {"customer_id, order_date, amount", "customer_id  date number_of_cds"} << 0
        << 0 << QString() << QStringList();
    QTest::newRow("cdnow customer summary: no customer id, no signup date")
        << asIs(CanonicalTable::Customers, "cdnow/cdnow_customers_summary.csv") << missing
        << QStringList {"customer_id, signup_date", "\"ID\", \"frequency\""} << 0 << 0 << QString()
        << QStringList();

    // Order lines (amount = Quantity × UnitPrice, one order per invoice) of
    // customers the project does not have: rejected, each with its reason,
    // unless customers are created (tst_importderivations).
    QTest::newRow("online retail as orders: customers unknown")
        << asIs(CanonicalTable::Orders, "online_retail/Online_Retail_first65535.xlsx") << none
        << QStringList() << 0 << 65535
        << "SELECT count(*) FROM rejected_rows WHERE reason LIKE '%unknown customer%'"
        << QStringList {"40218"};

    const auto small = FixtureWorkbooks::writeSupportTicketsSmall;
    QTest::newRow("support tickets: the first sheet is a dashboard")
        << generated(CanonicalTable::Contacts, small) << missing
        << QStringList {"\"CUSTOMER SUPPORT DASHBOARD\"", "\"cleaned data\"", "--sheet"} << 0 << 0
        << QString() << QStringList();
    QTest::newRow("support tickets as contacts: no customer id")
        << generated(CanonicalTable::Contacts, small, QStringLiteral("cleaned data")) << missing
        << QStringList {"customer_id", "\"ticket_id\"", "\"channel\""} << 0 << 0 << QString()
        << QStringList();
    QTest::newRow("support tickets: a pivot sheet")
        << generated(CanonicalTable::Contacts, small,
                     QStringLiteral("Category analysis with PivotTab"))
        << missing << QStringList {"customer_id, contact_date, channel"} << 0 << 0 << QString()
        << QStringList();
    // " Phone" and "email" next to "Phone" and "Email"; "Social Media". The
    // counts follow the workbook's rules (fixtureworkbooks.h).
    QTest::newRow("support tickets with the customer ids a user added")
        << Preparation(ticketsWithCustomerIds) << none << QStringList() << 500 << 0
        << "SELECT channel, count(*) FROM contacts GROUP BY channel ORDER BY channel"
        << QStringList {"chat|100", "email|150", "phone|175", "social|75"};
    QTest::newRow("support dashboard tickets: no customer id, no contact date")
        << generated(CanonicalTable::Contacts, FixtureWorkbooks::writeSupportTicketsDashboard,
                     QStringLiteral("customer_support_tickets"))
        << missing << QStringList {"customer_id, contact_date", "\"Ticket Channel\""} << 0 << 0
        << QString() << QStringList();
    QTest::newRow("support dashboard: a sheet that is not there")
        << generated(CanonicalTable::Contacts, FixtureWorkbooks::writeSupportTicketsDashboard,
                     QStringLiteral("Tickets"))
        << ImportError::Kind::Source << QStringList {"Tickets_Data", "DASHBOARD"} << 0 << 0
        << QString() << QStringList();
}

void TestImportRealFiles::realFiles()
{
    QFETCH(Preparation, preparation);
    QFETCH(ImportError::Kind, kind);
    QFETCH(QStringList, mentions);
    QFETCH(int, imported);
    QFETCH(int, rejected);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);

    const QString project = m_dir->filePath(QStringLiteral("real.socialroi"));
    const QList<Step> steps = preparation(m_dir->path());
    QVERIFY(!steps.isEmpty());
    ImportResult result;
    for (const Step &step : steps) {
        QVERIFY2(!step.path.isEmpty(), "the fixture could not be written (see the warning)");
        QVERIFY2(QFile::exists(step.path),
                 qPrintable(QStringLiteral("missing fixture ") + step.path));
        ImportRequest request;
        request.projectPath = project;
        request.filePath = step.path;
        request.table = step.table;
        request.sheet = step.sheet;
        result = Importer::run(request);
        if (&step != &steps.constLast())
            QVERIFY2(result.ok, qPrintable(result.error.toString()));
    }
    QCOMPARE(result.error.kind, kind);
    if (kind != ImportError::Kind::None) {
        for (const QString &mention : mentions)
            QVERIFY2(result.error.toString().contains(mention),
                     qPrintable(result.error.toString()));
        QCOMPARE(QFile::exists(project), steps.size() > 1);
        return;
    }
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, imported);
    QCOMPARE(result.rowsRejected, rejected);

    QCOMPARE(projectRows(project, sql), expected);
}

QTEST_GUILESS_MAIN(TestImportRealFiles)
#include "tst_importrealfiles.moc"
