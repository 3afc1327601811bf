// SPDX-License-Identifier: GPL-3.0-or-later
// Real exports as they come (DerivationOptions): snapshot extracts of
// customers, order lines, implied customers and e-mail keys. Small files
// written by the test show each derivation and each bad case; the two public
// files, unedited, are checked against R survival (Telco) and pandas (Online
// Retail): tests/import/reference holds the scripts, tests/import/data their
// numbers.
#include "analysis.h"
#include "importer.h"
#include "metricgroups.h"
#include "projectdata.h"
#include "projectrows.h"
#include "sqliteconnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

namespace {

const QString fixtures = QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR "/");
const QString referenceData = QStringLiteral(SOCIALROI_TEST_DATA_DIR "/");

// The first data row of a CSV reference file, by column name.
QHash<QString, QString> referenceRow(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList names = lines.value(0).trimmed().split(QLatin1Char(','));
    const QStringList values = lines.value(1).trimmed().split(QLatin1Char(','));
    QHash<QString, QString> row;
    for (qsizetype i = 0; i < names.size(); ++i)
        row.insert(names[i], values.value(i));
    return row;
}

} // namespace

class TestImportDerivations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void derivations_data();
    void derivations();
    void refusals_data();
    void refusals();
    void churnFlagWithoutSnapshotIsKept();
    void profileKeepsTheDerivations();
    void hashedKeysKeepNoAddress();
    void rejectionsAreGroupedByReason();
    void telcoSnapshotMatchesKaplanMeier();
    void onlineRetailOrderLinesMatchPandas();

private:
    QString write(const QString &name, const QStringList &lines);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportDerivations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportDerivations::write(const QString &name, const QStringList &lines)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return path;
}

using Options = DerivationOptions;
Q_DECLARE_METATYPE(DerivationOptions)
Q_DECLARE_METATYPE(CanonicalTable)

void TestImportDerivations::derivations_data()
{
    QTest::addColumn<QStringList>("customers"); // imported first when not empty
    QTest::addColumn<CanonicalTable>("table");
    QTest::addColumn<QStringList>("file");
    QTest::addColumn<DerivationOptions>("options");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("reason"); // in every rejected row's reason

    Options snapshot;
    snapshot.snapshotDate = QDate(2024, 3, 31);
    Options days = snapshot;
    days.tenureUnit = Options::TenureUnit::Days;
    const QString customersSql = QStringLiteral(
        "SELECT customer_id, signup_date, ifnull(churn_date, '-') FROM customers ORDER BY id");
    QTest::newRow("tenure in months, churn flag")
        << QStringList() << CanonicalTable::Customers
        << QStringList {"customerID,tenure,Churn", "a,0,No", "b,1,Yes", "c,12,no", "d,25,Yes"}
        << snapshot << 4 << 0 << customersSql
        << QStringList {"a|2024-03-31|-", "b|2024-02-29|2024-03-31", "c|2023-03-31|-",
                        "d|2022-02-28|2024-03-31"}
        << QString();
    QTest::newRow("tenure in days")
        << QStringList() << CanonicalTable::Customers
        << QStringList {"customerID,tenure,Churn", "a,1,No", "b,366,Yes"} << days << 2 << 0
        << customersSql << QStringList {"a|2024-03-30|-", "b|2023-03-31|2024-03-31"} << QString();
    QTest::newRow("a signup date in the file wins over tenure")
        << QStringList() << CanonicalTable::Customers
        << QStringList {"customerID,signup_date,tenure,Churn", "a,2020-05-01,3,Yes"} << snapshot
        << 1 << 0 << customersSql << QStringList {"a|2020-05-01|2024-03-31"} << QString();
    QTest::newRow("tenure not a number")
        << QStringList() << CanonicalTable::Customers
        << QStringList {"customerID,tenure,Churn", "a,twelve,No", "b,3,No"} << snapshot << 1 << 1
        << customersSql << QStringList {"b|2023-12-31|-"}
        << QStringLiteral("column \"tenure\" (tenure)");
    QTest::newRow("negative tenure")
        << QStringList() << CanonicalTable::Customers
        << QStringList {"customerID,tenure,Churn", "a,-2,No", "b,3,Yes"} << snapshot << 1 << 1
        << customersSql << QStringList {"b|2023-12-31|2024-03-31"}
        << QStringLiteral("negative: a tenure counts back from the snapshot date");
    QTest::newRow("tenure beyond a thousand years")
        << QStringList() << CanonicalTable::Customers
        << QStringList {"customerID,tenure,Churn", "a,99999999,No", "b,3,No"} << snapshot << 1 << 1
        << customersSql << QStringList {"b|2023-12-31|-"}
        << QStringLiteral("more than a thousand years before the snapshot date");
    QTest::newRow("empty tenure") << QStringList() << CanonicalTable::Customers
                                  << QStringList {"customerID,tenure,Churn", "a,,No"} << snapshot
                                  << 0 << 1 << customersSql << QStringList()
                                  << QStringLiteral("signup_date is derived from it");

    const QStringList known {"customer_id,signup_date", "k1,2023-01-01", "k2,2023-01-01"};
    const QString ordersSql = QStringLiteral(
        "SELECT order_id, customer_id, order_date, round(amount, 2), ifnull(cross_sell, '-'), "
        "ifnull(product, '-'), ifnull(round(returned_amount, 2), '-') FROM orders ORDER BY id");
    Options lines;
    lines.orderLines = true;
    Options prefixed = lines;
    prefixed.cancellationPrefix = QStringLiteral("C");
    QTest::newRow("order lines: amounts summed, products listed, any cross-sell")
        << known << CanonicalTable::Orders
        << QStringList {"InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice,Description,"
                        "cross_sell",
                        "1,k1,2024-01-02,2,1.5,Mug,0", "1,k1,2024-01-02,1,10,Lamp,1",
                        "2,k2,2024-01-03,3,2,Mug,0", "1,k1,2024-01-01,1,0.25,Mug,0"}
        << lines << 2 << 0 << ordersSql
        << QStringList {"1|k1|2024-01-01|13.25|1|Mug; Lamp|-", "2|k2|2024-01-03|6.0|0|Mug|-"}
        << QString();
    QTest::newRow("quantity times price beyond any amount")
        << known << CanonicalTable::Orders
        << QStringList {"InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice",
                        "1,k1,2024-01-02,1e300,1e300", "2,k2,2024-01-03,2,3"}
        << lines << 1 << 1 << ordersSql << QStringList {"2|k2|2024-01-03|6.0|-|-|-"}
        << QStringLiteral("quantity × unit price is too large");
    QTest::newRow("order key with mixed customers")
        << known << CanonicalTable::Orders
        << QStringList {"InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice",
                        "1,k1,2024-01-02,1,5", "1,k2,2024-01-02,1,7"}
        << lines << 1 << 1 << ordersSql << QStringList {"1|k1|2024-01-02|5.0|-|-|-"}
        << QStringLiteral("is customer \"k1\"'s (line 2)");
    QTest::newRow("cancellation netted against its order")
        << known << CanonicalTable::Orders
        << QStringList {"InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice",
                        "7,k1,2024-01-02,4,5", "C7,k1,2024-01-05,-1,5"}
        << prefixed << 1 << 0 << ordersSql << QStringList {"7|k1|2024-01-02|15.0|-|-|5.0"}
        << QString();
    QTest::newRow("cancellation without its order")
        << known << CanonicalTable::Orders
        << QStringList {"InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice",
                        "7,k1,2024-01-02,4,5", "C9,k2,2024-01-05,-2,5", "C9,k2,2024-01-05,-1,1"}
        << prefixed << 2 << 0 << ordersSql
        << QStringList {"7|k1|2024-01-02|20.0|-|-|-", "C9|k2|2024-01-05|-11.0|-|-|-"} << QString();
    QTest::newRow("a line without its order key")
        << known << CanonicalTable::Orders
        << QStringList {"InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice", ",k1,2024-01-02,4,5",
                        "8,k1,2024-01-02,1,1"}
        << lines << 1 << 1 << ordersSql << QStringList {"8|k1|2024-01-02|1.0|-|-|-"}
        << QStringLiteral("grouped into orders by this column");

    Options create;
    create.createCustomers = true;
    QTest::newRow("unknown customers rejected without --create-customers")
        << known << CanonicalTable::Contacts
        << QStringList {"customer_id,contact_date,channel", "k1,2024-01-02,phone",
                        "new,2024-01-05,social"}
        << Options() << 1 << 1
        << QStringLiteral("SELECT customer_id, implied FROM customers ORDER BY id")
        << QStringList {"k1|0", "k2|0"} << QStringLiteral("unknown customer \"new\"");
    QTest::newRow("implied customers signed up on their first event")
        << known << CanonicalTable::Contacts
        << QStringList {"customer_id,contact_date,channel", "new,2024-02-05,social",
                        "k1,2024-01-02,phone", "new,2024-01-09,email", "other,2024-03-01,chat"}
        << create << 4 << 0
        << QStringLiteral("SELECT customer_id, signup_date, implied FROM customers ORDER BY id")
        << QStringList {"k1|2023-01-01|0", "k2|2023-01-01|0", "new|2024-01-09|1",
                        "other|2024-03-01|1"}
        << QString();
    QTest::newRow("e-mail keys differing in case and spaces")
        << QStringList {"customer_id,signup_date", " Ann@Example.COM ,2023-01-01"}
        << CanonicalTable::Contacts
        << QStringList {"customer_id,contact_date,channel", "ann@example.com,2024-01-02,phone",
                        "ANN@EXAMPLE.COM  ,2024-01-03,email"}
        << Options() << 2 << 0
        << QStringLiteral("SELECT count(DISTINCT customer_id), min(customer_id), "
                          "(SELECT customer_id FROM customers) FROM contacts")
        << QStringList {"1|ann@example.com|ann@example.com"} << QString();
}

void TestImportDerivations::derivations()
{
    QFETCH(QStringList, customers);
    QFETCH(CanonicalTable, table);
    QFETCH(QStringList, file);
    QFETCH(DerivationOptions, options);
    QFETCH(int, imported);
    QFETCH(int, rejected);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QFETCH(QString, reason);

    const QString project = m_dir->filePath(QStringLiteral("p.socialroi"));
    if (!customers.isEmpty()) {
        ImportRequest first;
        first.projectPath = project;
        first.filePath = write(QStringLiteral("customers.csv"), customers);
        first.table = CanonicalTable::Customers;
        const ImportResult result = Importer::run(first);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
    }
    ImportRequest request;
    request.projectPath = project;
    request.filePath = write(QStringLiteral("file.csv"), file);
    request.table = table;
    request.derivations = options;
    const ImportResult result = Importer::run(request);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, imported);
    QCOMPARE(result.rowsRejected, rejected);
    QCOMPARE(projectRows(project, sql), expected);
    const QStringList reasons
        = projectRows(project,
                      QStringLiteral("SELECT reason FROM rejected_rows WHERE import_id = %1")
                          .arg(result.importId));
    QCOMPARE(reasons.size(), rejected);
    for (const QString &why : reasons)
        QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestImportDerivations::refusals_data()
{
    QTest::addColumn<CanonicalTable>("table");
    QTest::addColumn<QStringList>("file");
    QTest::addColumn<DerivationOptions>("options");
    QTest::addColumn<QString>("orderKey");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("snapshot date missing")
        << CanonicalTable::Customers << QStringList {"customerID,tenure,Churn", "a,3,No"}
        << Options() << QString() << QStringList {"\"tenure\" (tenure)", "--snapshot"};
    Options create;
    create.createCustomers = true;
    QTest::newRow("creating customers while importing customers")
        << CanonicalTable::Customers << QStringList {"customer_id,signup_date", "a,2023-01-01"}
        << create << QString() << QStringList {"contacts, orders or mentions"};
    QTest::newRow("an order key column that is not there")
        << CanonicalTable::Orders
        << QStringList {"InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice"} << Options()
        << QStringLiteral("Invoice") << QStringList {"\"Invoice\"", "\"InvoiceNo\""};
    Options lines;
    lines.orderLines = true;
    QTest::newRow("order lines into contacts")
        << CanonicalTable::Contacts
        << QStringList {"customer_id,contact_date,channel", "a,2024-01-01,phone"} << lines
        << QString() << QStringList {"orders table"};
}

void TestImportDerivations::refusals()
{
    QFETCH(CanonicalTable, table);
    QFETCH(QStringList, file);
    QFETCH(DerivationOptions, options);
    QFETCH(QString, orderKey);
    QFETCH(QStringList, mentions);

    ImportRequest request;
    request.projectPath = m_dir->filePath(QStringLiteral("p.socialroi"));
    request.filePath = write(QStringLiteral("file.csv"), file);
    request.table = table;
    request.derivations = options;
    request.orderKeyColumn = orderKey;
    const ImportResult result = Importer::run(request);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ImportError::Kind::InvalidRequest);
    for (const QString &mention : mentions)
        QVERIFY2(result.error.message.contains(mention), qPrintable(result.error.message));
    QVERIFY(!QFile::exists(request.projectPath)); // nothing left behind
}

// With signup dates in the file and no snapshot date, a churn flag cannot be
// a date: it is kept as written, and the import says how to use it.
void TestImportDerivations::churnFlagWithoutSnapshotIsKept()
{
    ImportRequest request;
    request.projectPath = m_dir->filePath(QStringLiteral("p.socialroi"));
    request.filePath
        = write(QStringLiteral("file.csv"), {"customerID,signup_date,Churn", "a,2023-01-01,Yes"});
    request.table = CanonicalTable::Customers;
    const ImportResult result = Importer::run(request);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, 1);
    QVERIFY(result.warnings.join(' ').contains(QLatin1String("--snapshot")));
    QCOMPARE(projectRows(request.projectPath,
                         QStringLiteral("SELECT ifnull(churn_date, '-'), (SELECT value FROM "
                                        "extra_attributes WHERE name = 'Churn') FROM customers")),
             QStringList {"-|Yes"});
}

// Keys a team must not keep: customers imported with hashed keys, then
// contacts without asking (the project hashes every import), match; no
// address is anywhere in the project, rejected rows included. A project that
// stores keys as written refuses to start hashing.
void TestImportDerivations::hashedKeysKeepNoAddress()
{
    const QString project = m_dir->filePath(QStringLiteral("h.socialroi"));
    ImportRequest customers;
    customers.projectPath = project;
    customers.filePath = write(QStringLiteral("customers.csv"),
                               {"customer_id,signup_date", "Ann@Example.com,2023-01-01",
                                "bob@example.org,2023-02-01", "carl@example.net,not a date"});
    customers.table = CanonicalTable::Customers;
    customers.derivations.hashCustomerKeys = true;
    ImportResult result = Importer::run(customers);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, 2);
    QCOMPARE(result.rowsRejected, 1);
    QVERIFY(result.derivations.join(' ').contains(QLatin1String("salted hashes")));

    ImportRequest contacts;
    contacts.projectPath = project;
    contacts.filePath
        = write(QStringLiteral("contacts.csv"),
                {"customer_id,contact_date,channel", " ANN@example.com ,2024-01-02,social",
                 "bob@example.org,2024-01-03,phone", "dan@example.com,2024-01-04,email"});
    contacts.table = CanonicalTable::Contacts;
    result = Importer::run(contacts);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, 2);
    QCOMPARE(result.unknownCustomers, 1);

    QCOMPARE(projectRows(project,
                         QStringLiteral("SELECT count(*) FROM contacts JOIN customers "
                                        "USING (customer_id)")),
             QStringList {"2"});
    const QStringList anywhere = projectRows(
        project,
        QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE customer_id LIKE "
                       "'%@%' OR customer_id NOT LIKE 'h:%'), (SELECT count(*) FROM "
                       "contacts WHERE customer_id LIKE '%@%'), (SELECT count(*) FROM "
                       "rejected_rows WHERE raw_text LIKE '%@%' OR reason LIKE '%@%'), "
                       "(SELECT count(*) FROM rejected_rows)"));
    QCOMPARE(anywhere, QStringList {"0|0|0|2"});

    // Keys stored as written cannot start being hashed.
    const QString plain = m_dir->filePath(QStringLiteral("plain.socialroi"));
    ImportRequest first;
    first.projectPath = plain;
    first.filePath = customers.filePath;
    first.table = CanonicalTable::Customers;
    QVERIFY(Importer::run(first).ok);
    ImportRequest later = first;
    later.derivations.hashCustomerKeys = true;
    result = Importer::run(later);
    QCOMPARE(result.error.kind, ImportError::Kind::InvalidRequest);
    QVERIFY2(result.error.message.contains(QLatin1String("as written")),
             qPrintable(result.error.message));
}

// The 65 535 Online Retail lines into an empty project: two reasons, each
// counted once with its first line, the most frequent first; creating the
// customers leaves one.
void TestImportDerivations::rejectionsAreGroupedByReason()
{
    ImportRequest request;
    request.projectPath = m_dir->filePath(QStringLiteral("g.socialroi"));
    request.filePath = fixtures + QStringLiteral("online_retail/Online_Retail_first65535.xlsx");
    request.table = CanonicalTable::Orders;
    ImportResult result = Importer::run(request);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, 0);
    QCOMPARE(result.rowsRejected, 65535);
    QCOMPARE(result.rejectionGroups.size(), size_t(2));
    QCOMPARE(result.rejectionGroups[0].count, 40218);
    QCOMPARE(result.rejectionGroups[0].reason,
             QStringLiteral("column \"CustomerID\" (customer_id): customers the project does not "
                            "have; import the customers first, or let the import create them"));
    QCOMPARE(result.rejectionGroups[0].firstLine, 2);
    QCOMPARE(result.rejectionGroups[1].count, 25317);
    QCOMPARE(result.rejectionGroups[1].reason,
             QStringLiteral("column \"CustomerID\" (customer_id): empty, but the field is "
                            "required"));
    QCOMPARE(result.rejectionGroups[1].firstLine, 624);
    // Each reason says how to fix it.
    QVERIFY2(result.rejectionGroups[0].hint.contains(QStringLiteral("“Create missing customers”")),
             qPrintable(result.rejectionGroups[0].hint));
    QVERIFY2(result.rejectionGroups[1].hint.contains(QLatin1String("Fill in the value")),
             qPrintable(result.rejectionGroups[1].hint));

    request.projectPath = m_dir->filePath(QStringLiteral("g2.socialroi"));
    request.derivations.createCustomers = true;
    result = Importer::run(request);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rejectionGroups.size(), size_t(1));
    QCOMPARE(result.rejectionGroups[0].count, 25317);
}

void TestImportDerivations::profileKeepsTheDerivations()
{
    FieldMapping mapping;
    mapping.table = QStringLiteral("orders");
    mapping.columns = {{0, QStringLiteral("InvoiceNo"), QStringLiteral("order_id")},
                       {1, QStringLiteral("Quantity"), QStringLiteral("quantity")}};
    mapping.derivations.snapshotDate = QDate(2024, 1, 31);
    mapping.derivations.tenureUnit = DerivationOptions::TenureUnit::Days;
    mapping.derivations.orderLines = true;
    mapping.derivations.cancellationPrefix = QStringLiteral("C");
    mapping.derivations.createCustomers = true;
    mapping.derivations.hashCustomerKeys = true;
    QString error;
    const std::optional<FieldMapping> read = FieldMapping::fromJson(mapping.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(*read == mapping);

    QJsonObject bad = mapping.toJsonObject();
    bad.insert(QStringLiteral("tenure_unit"), QStringLiteral("weeks"));
    QVERIFY(!FieldMapping::fromJsonObject(bad, &error));
    QVERIFY2(error.contains(QLatin1String("\"tenure_unit\"")), qPrintable(error));

    // A profile written by hand with a number for the prefix.
    QJsonObject numericPrefix = mapping.toJsonObject();
    numericPrefix.insert(QStringLiteral("cancellation_prefix"), 7);
    QVERIFY(!FieldMapping::fromJsonObject(numericPrefix, &error));
    QVERIFY2(error.contains(QLatin1String("\"cancellation_prefix\" must be text")),
             qPrintable(error));
}

// Signup dates are whole calendar months back from 2024-01-31: a tenure of k
// months is the days between 2024-01-31 minus k months and 2024-01-31, which
// keep the months' order and are at least 28 days apart. So the product's
// curve, read a day and a half after the k months' days, holds exactly the
// steps of R's curve up to k months.
void TestImportDerivations::telcoSnapshotMatchesKaplanMeier()
{
    const QString project = m_dir->filePath(QStringLiteral("t.socialroi"));
    ImportRequest request;
    request.projectPath = project;
    request.filePath = fixtures + QStringLiteral("telco/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    request.table = CanonicalTable::Customers;
    request.derivations.snapshotDate = QDate(2024, 1, 31);
    const ImportResult result = Importer::run(request);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, 7043);
    QCOMPARE(projectRows(project, QStringLiteral("SELECT count(churn_date) FROM customers")),
             QStringList {"1869"});
    QCOMPARE(result.derivations.size(), 2);

    const std::unique_ptr<ProjectData> data = ProjectData::load(project, {});
    QVERIFY(data);
    MetricFilters filters;
    filters.method = EstimationMethod::Naive;
    const Analysis analysis(*data, filters);
    QCOMPARE(analysis.filters.asOf, QDate(2024, 1, 31));
    QCOMPARE(analysis.customers[Analysis::social], 0);
    QCOMPARE(analysis.customers[Analysis::control], 7043);

    QFile reference(referenceData + QStringLiteral("telco_snapshot_km.csv"));
    QVERIFY(reference.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(reference.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QDate snapshot(2024, 1, 31);
    for (const QString &line : lines.mid(1)) {
        const QStringList values = line.split(QLatin1Char(','));
        const int months = values[0].toInt();
        const double expected = values[1].toDouble();
        const qint64 days = snapshot.addMonths(-months).daysTo(snapshot);
        const double survival = analysis.retention[Analysis::control].survivalAt(days + 1.5);
        QVERIFY2(std::abs(survival - expected) < 1e-6,
                 qPrintable(QStringLiteral("%1 months: %2, R %3")
                                .arg(months)
                                .arg(survival, 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)));
    }
}

void TestImportDerivations::onlineRetailOrderLinesMatchPandas()
{
    const QHash<QString, QString> expected
        = referenceRow(referenceData + QStringLiteral("online_retail_orders.csv"));
    QVERIFY(!expected.isEmpty());
    const QString project = m_dir->filePath(QStringLiteral("r.socialroi"));
    ImportRequest request;
    request.projectPath = project;
    request.filePath = fixtures + QStringLiteral("online_retail/Online_Retail_first65535.xlsx");
    request.table = CanonicalTable::Orders;
    request.orderKeyColumn = QStringLiteral("InvoiceNo");
    request.derivations.cancellationPrefix = QStringLiteral("C");
    request.derivations.createCustomers = true;
    const ImportResult result = Importer::run(request);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsRead, expected["lines_read"].toLongLong());
    QCOMPARE(result.rowsRejected, expected["lines_without_customer"].toLongLong());
    QCOMPARE(result.orderLines, expected["order_lines"].toLongLong());
    QCOMPARE(result.rowsImported, expected["orders_stored"].toLongLong());
    QCOMPARE(result.negativeOrders, expected["negative_orders"].toLongLong());
    QCOMPARE(result.cancellationsNetted, expected["cancellations_netted"].toLongLong());
    QCOMPARE(result.customersCreated, expected["customers"].toLongLong());
    QCOMPARE(projectRows(project,
                         QStringLiteral("SELECT count(*), sum(implied), min(signup_date), "
                                        "max(signup_date) FROM customers")),
             QStringList {expected["customers"] + "|" + expected["customers"] + "|"
                          + expected["first_signup"] + "|" + expected["last_signup"]});

    // Net revenue, purchases and their mean, as the metric engine reads them.
    // Half the customers are made social, so that both cohorts' means are
    // given; together they are the mean over all purchases.
    {
        SqliteConnection connection;
        QCOMPARE(connection.open(project, SqliteConnection::Access::ReadWrite), SQLITE_OK);
        connection.execute("UPDATE customers SET social_engaged = 1, "
                           "first_social_date = signup_date WHERE id % 2 = 1");
    }
    const std::unique_ptr<ProjectData> data = ProjectData::load(project, {});
    QVERIFY(data);
    double netRevenue = 0;
    for (const double amount : data->orders.amount)
        netRevenue += amount;
    QVERIFY(std::abs(netRevenue - expected["net_revenue"].toDouble()) < 1e-6);
    MetricFilters filters;
    filters.method = EstimationMethod::Naive;
    const Analysis analysis(*data, filters);
    const MetricGroup group = MetricGroups::relationship(analysis);
    const MetricRow *orderValue = nullptr;
    for (const MetricRow &row : group.rows) {
        if (row.name == QLatin1String("average_order_value"))
            orderValue = &row;
    }
    QVERIFY(orderValue);
    QCOMPARE(orderValue->nSocial + orderValue->nControl, expected["purchases"].toLongLong());
    QVERIFY(orderValue->social && orderValue->control);
    const double mean = (double(orderValue->nSocial) * *orderValue->social
                         + double(orderValue->nControl) * *orderValue->control)
        / double(orderValue->nSocial + orderValue->nControl);
    QVERIFY2(std::abs(mean - expected["average_order_value"].toDouble()) < 1e-6,
             qPrintable(QString::number(mean, 'g', 12)));
}

QTEST_GUILESS_MAIN(TestImportDerivations)
#include "tst_importderivations.moc"
