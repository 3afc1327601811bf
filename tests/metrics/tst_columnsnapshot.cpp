// SPDX-License-Identifier: GPL-3.0-or-later
// The metric engine's column snapshot (ColumnSnapshot) and the data revision
// it hangs on (DataRevision): a snapshot gives exactly the columns the tables
// give, is used only while the rows are unchanged, and anything unexpected in
// it sends the engine back to the tables. The customer-base models' fits
// kept beside it serve a new process while the customers and orders are
// unchanged, and anything unexpected in them means fitting again.
#include "cohortfit.h"
#include "columnsnapshot.h"
#include "customerscores.h"
#include "datarevision.h"
#include "demogenerator.h"
#include "importer.h"
#include "installedtranslation.h"
#include "metricengine.h"
#include "metricsjson.h"
#include "projectdata.h"
#include "projectstore.h"
#include "sqliteconnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <map>

namespace {

void execute(const QString &path, const char *sql)
{
    SqliteConnection connection;
    QCOMPARE(connection.open(path, SqliteConnection::Access::ReadWrite), SQLITE_OK);
    connection.execute(sql);
}

qint64 revisionOf(const QString &path)
{
    SqliteConnection connection;
    if (connection.open(path, SqliteConnection::Access::ReadOnly) != SQLITE_OK)
        return -1;
    return DataRevision::read(connection);
}

qint64 snapshotParts(const QString &path)
{
    SqliteConnection connection;
    if (connection.open(path, SqliteConnection::Access::ReadOnly) != SQLITE_OK)
        return -1;
    return connection.queryInteger("SELECT count(*) FROM column_snapshot");
}

// The revision each column part is tagged with (the description and the
// model fits aside).
std::map<QString, qint64> partRevisions(const QString &path)
{
    std::map<QString, qint64> revisions;
    SqliteConnection connection;
    if (connection.open(path, SqliteConnection::Access::ReadOnly) != SQLITE_OK)
        return revisions;
    SqliteStatement query = connection.prepare(
        "SELECT part, revision FROM column_snapshot WHERE part <> 'description' "
        "AND part NOT LIKE 'model_fits:%'");
    while (query.step())
        revisions[query.text(0)] = query.integer(1);
    return revisions;
}

// Every column and scalar a snapshot carries, compared one by one.
void compareColumns(const ProjectData &actual, const ProjectData &expected)
{
    QCOMPARE(actual.customers.rowIds, expected.customers.rowIds);
    QCOMPARE(actual.customers.signupDay, expected.customers.signupDay);
    QCOMPARE(actual.customers.churnDay, expected.customers.churnDay);
    QCOMPARE(actual.customers.atRiskDay, expected.customers.atRiskDay);
    QCOMPARE(QByteArray::fromRawData(
                 reinterpret_cast<const char *>(actual.customers.monthlyRevenue.data()),
                 qsizetype(actual.customers.monthlyRevenue.size() * sizeof(float))),
             QByteArray::fromRawData(
                 reinterpret_cast<const char *>(expected.customers.monthlyRevenue.data()),
                 qsizetype(expected.customers.monthlyRevenue.size() * sizeof(float))));
    QCOMPARE(actual.customers.social, expected.customers.social);
    QCOMPARE(actual.customers.npsScore, expected.customers.npsScore);
    QCOMPARE(actual.customers.segment, expected.customers.segment);
    QCOMPARE(actual.customers.segmentNames, expected.customers.segmentNames);
    QCOMPARE(actual.contacts.customer, expected.contacts.customer);
    QCOMPARE(actual.contacts.day, expected.contacts.day);
    QCOMPARE(actual.contacts.channel, expected.contacts.channel);
    QCOMPARE(actual.contacts.resolved, expected.contacts.resolved);
    QCOMPARE(actual.contacts.processChange, expected.contacts.processChange);
    QCOMPARE(actual.contacts.handleMinutes.size(), expected.contacts.handleMinutes.size());
    QCOMPARE(actual.contacts.cost.size(), expected.contacts.cost.size());
    for (size_t i = 0; i < actual.contacts.cost.size(); ++i) {
        // NaN marks a missing value: compare the bits, not the numbers.
        QCOMPARE(std::isnan(actual.contacts.cost[i]), std::isnan(expected.contacts.cost[i]));
        QCOMPARE(std::isnan(actual.contacts.handleMinutes[i]),
                 std::isnan(expected.contacts.handleMinutes[i]));
    }
    QCOMPARE(actual.orders.customer, expected.orders.customer);
    QCOMPARE(actual.orders.day, expected.orders.day);
    QCOMPARE(actual.orders.amount, expected.orders.amount);
    QCOMPARE(actual.orders.crossSell, expected.orders.crossSell);
    QCOMPARE(actual.mentions.customer, expected.mentions.customer);
    QCOMPARE(actual.mentions.day, expected.mentions.day);
    QCOMPARE(actual.mentions.sentiment, expected.mentions.sentiment);
    QCOMPARE(actual.mentions.reach, expected.mentions.reach);
    QCOMPARE(actual.latestDay, expected.latestDay);
    QCOMPARE(actual.unknownCustomerRows, expected.unknownCustomerRows);
}

// The stored fits' parts (name, row id, bytes), oldest first.
struct FitsPart
{
    QString name;
    qint64 rowId = 0;
    QByteArray data;
};

std::vector<FitsPart> fitsParts(const QString &path)
{
    std::vector<FitsPart> parts;
    SqliteConnection connection;
    if (connection.open(path, SqliteConnection::Access::ReadOnly) != SQLITE_OK)
        return parts;
    SqliteStatement query = connection.prepare("SELECT part, rowid, data FROM column_snapshot "
                                               "WHERE part LIKE 'model_fits:%' ORDER BY rowid");
    while (query.step())
        parts.push_back(
            {query.text(0), query.integer(1), QByteArray(query.utf8(2), query.textSize(2))});
    return parts;
}

QByteArray metricsJson(const QString &path)
{
    MetricEngine engine(path);
    const MetricEngine::Outcome outcome = engine.compute({});
    if (!outcome.ok)
        return QByteArray("failed: ") + outcome.error.toUtf8();
    return MetricsJson::toJson(outcome.result, QJsonDocument::Compact);
}

} // namespace

class TestColumnSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void snapshotHoldsWhatTheTablesHold();
    void engineWritesTheSnapshotOnce();
    void unusableSnapshotFallsBackToTheTables_data();
    void unusableSnapshotFallsBackToTheTables();
    void importMovesTheRevisionOnceAndKeepsTheTriggers();
    void importFeedsTheSnapshot_data();
    void importFeedsTheSnapshot();
    void freshProjectGrowsItsSnapshotImportByImport();
    void importThatChangesRowsLeavesTheSnapshotBehind_data();
    void importThatChangesRowsLeavesTheSnapshotBehind();
    void failedImportLeavesRevisionAndSnapshot();
    void cancelledImportLeavesRevisionAndSnapshot();
    void assumptionChangeReachesTheMoney();
    void busyProjectStillComputes();
    void storedFitsServeANewProcess();
    void storedFitsSurviveAnImportOfContacts();
    void storedFitsServeEveryLanguage();
    void changedDataIsFittedAgain_data();
    void changedDataIsFittedAgain();
    void unusableFitsAreFittedAgain_data();
    void unusableFitsAreFittedAgain();
    void storedFitsComeBackBitForBit();
    void revenueChangeReachesTheValueInterval();

private:
    ImportResult importOrders(const QByteArray &csv);
    ImportResult importFile(const QString &name, const QByteArray &csv, CanonicalTable table,
                            DuplicatePolicy policy = DuplicatePolicy::Skip,
                            bool createCustomers = false);
    void checkSnapshotEqualsTables();

    QTemporaryDir m_dir;
    QString m_template; // a small demo project with its snapshot, copied by each test
    QString m_path;
};

void TestColumnSnapshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.socialroi"));
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::generate(m_template, options, false).ok);
}

void TestColumnSnapshot::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.socialroi").arg(QTest::currentTestFunction()));
    const QByteArray tag = QTest::currentDataTag();
    if (!tag.isEmpty())
        m_path.insert(m_path.size() - 10,
                      QLatin1Char('-')
                          + QString::fromLatin1(tag).replace(QLatin1Char(' '), QLatin1Char('_')));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_template, m_path));
}

ImportResult TestColumnSnapshot::importOrders(const QByteArray &csv)
{
    const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        return {};
    file.close();
    ImportRequest request;
    request.projectPath = m_path;
    request.filePath = path;
    request.table = CanonicalTable::Orders;
    return Importer::run(request, {});
}

ImportResult TestColumnSnapshot::importFile(const QString &name, const QByteArray &csv,
                                            CanonicalTable table, DuplicatePolicy policy,
                                            bool createCustomers)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        return {};
    file.close();
    ImportRequest request;
    request.projectPath = m_path;
    request.filePath = path;
    request.table = table;
    request.duplicatePolicy = policy;
    if (createCustomers)
        request.derivations.createCustomers = true;
    return Importer::run(request, {});
}

// After an import that fed the snapshot: it is the snapshot of the current
// revision, its columns are exactly the tables', and so are the metrics.
void TestColumnSnapshot::checkSnapshotEqualsTables()
{
    const auto fromSnapshot = ProjectData::load(m_path, {});
    QVERIFY(fromSnapshot);
    QVERIFY(fromSnapshot->fromSnapshot);
    QCOMPARE(fromSnapshot->revision, revisionOf(m_path));
    const QByteArray json = metricsJson(m_path);
    QVERIFY2(!json.startsWith("failed"), json.constData());
    execute(m_path, "DELETE FROM column_snapshot");
    const auto fromTables = ProjectData::load(m_path, {});
    QVERIFY(fromTables);
    QVERIFY(!fromTables->fromSnapshot);
    compareColumns(*fromSnapshot, *fromTables);
    QCOMPARE(metricsJson(m_path), json);
}

void TestColumnSnapshot::snapshotHoldsWhatTheTablesHold()
{
    const auto fromTables = ProjectData::load(m_path, {});
    QVERIFY(fromTables);
    QVERIFY(!fromTables->fromSnapshot);
    QVERIFY(fromTables->revision > 0);
    QVERIFY(fromTables->contacts.day.size() > 1000);
    QVERIFY(ColumnSnapshot::write(m_path, *fromTables));

    const auto fromSnapshot = ProjectData::load(m_path, {});
    QVERIFY(fromSnapshot);
    QVERIFY(fromSnapshot->fromSnapshot);
    QCOMPARE(fromSnapshot->revision, fromTables->revision);
    compareColumns(*fromSnapshot, *fromTables);
    QCOMPARE(fromSnapshot->improvements.size(), fromTables->improvements.size());
}

void TestColumnSnapshot::engineWritesTheSnapshotOnce()
{
    QCOMPARE(snapshotParts(m_path), qint64(0));
    const QByteArray first = metricsJson(m_path); // reads the tables, stores the snapshot
    QVERIFY(snapshotParts(m_path) > 20);
    const auto loaded = ProjectData::load(m_path, {});
    QVERIFY(loaded->fromSnapshot);
    const QByteArray second = metricsJson(m_path); // reads the snapshot
    QCOMPARE(second, first);
}

void TestColumnSnapshot::unusableSnapshotFallsBackToTheTables_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<bool>("rowsChanged");
    // The rows changed after the snapshot: the revision moved.
    QTest::newRow("contact updated")
        << QByteArray("UPDATE contacts SET channel = 'phone' WHERE channel <> 'phone' AND "
                      "id = (SELECT min(id) FROM contacts WHERE channel <> 'phone')")
        << true;
    QTest::newRow("order deleted")
        << QByteArray("DELETE FROM orders WHERE id = (SELECT max(id) FROM orders)") << true;
    QTest::newRow("customer inserted")
        << QByteArray("INSERT INTO customers (customer_id, signup_date, social_engaged) "
                      "VALUES ('NEW-1', '2024-01-01', 1)")
        << true;
    QTest::newRow("improvement deleted") << QByteArray("DELETE FROM improvements") << true;
    // The snapshot itself is off: damaged, incomplete, or of another format.
    QTest::newRow("truncated blob")
        << QByteArray("UPDATE column_snapshot SET data = substr(data, 1, 10) "
                      "WHERE part = 'contacts.day'")
        << false;
    QTest::newRow("missing part") << QByteArray(
        "DELETE FROM column_snapshot WHERE part = 'orders.amount'")
                                  << false;
    // Parts an import appended are younger than the ones before them; a
    // part younger than the description is not of this snapshot.
    QTest::newRow("part younger than its description")
        << QByteArray("UPDATE column_snapshot SET revision = revision + 1 "
                      "WHERE part = 'customers.churn_day'")
        << false;
    QTest::newRow("other format") << QByteArray(
        "UPDATE column_snapshot SET data = CAST(replace(CAST(data AS TEXT), "
        "'\"format\":3', '\"format\":99') AS BLOB) WHERE part = 'description'")
                                  << false;
    QTest::newRow("unreadable description")
        << QByteArray("UPDATE column_snapshot SET data = x'00ff' WHERE part = 'description'")
        << false;
}

void TestColumnSnapshot::unusableSnapshotFallsBackToTheTables()
{
    QFETCH(QByteArray, sql);
    QFETCH(bool, rowsChanged);
    metricsJson(m_path);
    QVERIFY(snapshotParts(m_path) > 0);
    const qint64 revision = revisionOf(m_path);

    execute(m_path, sql.constData());
    QCOMPARE(revisionOf(m_path) > revision, rowsChanged);

    const auto loaded = ProjectData::load(m_path, {});
    QVERIFY(loaded);
    QVERIFY(!loaded->fromSnapshot);
    // What the engine computes now is what the tables say, snapshot or not.
    const QByteArray afterChange = metricsJson(m_path); // stores a fresh snapshot
    QVERIFY(ProjectData::load(m_path, {})->fromSnapshot);
    QCOMPARE(metricsJson(m_path), afterChange);
    execute(m_path, "DELETE FROM column_snapshot");
    QCOMPARE(metricsJson(m_path), afterChange);
}

void TestColumnSnapshot::importMovesTheRevisionOnceAndKeepsTheTriggers()
{
    metricsJson(m_path);
    const qint64 before = revisionOf(m_path);
    QByteArray orders = "order_id,customer_id,order_date,amount\n";
    for (int i = 0; i < 50; ++i)
        orders += "X" + QByteArray::number(i) + ",C0000001,2024-03-1" + QByteArray::number(i % 10)
            + ",12.5\n";
    const ImportResult result = importOrders(orders);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, qint64(50));
    QCOMPARE(revisionOf(m_path), before + 1);

    SqliteConnection connection;
    QCOMPARE(connection.open(m_path, SqliteConnection::Access::ReadOnly), SQLITE_OK);
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                     "AND name LIKE '%_revision_%'"),
             qint64(3 * DataRevision::trackedTables().size()));
    connection.close();
    checkSnapshotEqualsTables();
}

void TestColumnSnapshot::importFeedsTheSnapshot_data()
{
    QTest::addColumn<int>("table");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("orders") << int(CanonicalTable::Orders)
                            << QByteArray(
                                   "order_id,customer_id,order_date,amount,cross_sell\n"
                                   "F1,C0000001,2026-01-02,19.99,yes\nF2,C0000002,2026-01-03,5,\n"
                                   "F3,C0000001,2026-02-01,-3.5,no\n")
                            << 3;
    QTest::newRow("contacts, some values missing")
        << int(CanonicalTable::Contacts)
        << QByteArray("customer_id,contact_date,channel,handle_minutes,resolved,cost\n"
                      "C0000003,2026-01-05,social,12.5,yes,\n"
                      "C0000004,2026-01-06,phone,,no,4.25\nC0000003,2026-01-07,chat,3,,\n")
        << 3;
    QTest::newRow("mentions, one anonymous")
        << int(CanonicalTable::Mentions)
        << QByteArray("customer_id,mention_date,sentiment,reach\n"
                      "C0000005,2026-01-08,positive,120\n,2026-01-09,negative,\n"
                      "C0000006,2026-01-10,neutral,7\n")
        << 3;
    QTest::newRow("customers, a new segment")
        << int(CanonicalTable::Customers)
        << QByteArray("customer_id,signup_date,churn_date,monthly_revenue,social_engaged,"
                      "segment,nps_score,first_social_date\n"
                      "N1,2026-01-01,,31.5,yes,enterprise,9,2026-01-15\n"
                      "N2,2026-01-02,2026-02-01,,no,basic,,\nN3,2026-01-03,,12,,,,\n")
        << 3;
    QTest::newRow("improvements") << int(CanonicalTable::Improvements)
                                  << QByteArray("date,title,issues_addressed\n"
                                                "2026-01-01,Faster refunds,12\n")
                                  << 1;
}

void TestColumnSnapshot::importFeedsTheSnapshot()
{
    QFETCH(int, table);
    QFETCH(QByteArray, csv);
    QFETCH(int, expectedRows);
    metricsJson(m_path); // the snapshot of the demo's rows
    QVERIFY(ProjectData::load(m_path, {})->fromSnapshot);
    const std::map<QString, qint64> partsBefore = partRevisions(m_path);
    const ImportResult result = importFile(QStringLiteral("feed.csv"), csv, CanonicalTable(table));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, qint64(expectedRows));
    // The parts before the import are left as written, tag and all (tagging
    // them with the new revision read every blob of the snapshot).
    QVERIFY(!partsBefore.empty());
    const std::map<QString, qint64> partsAfter = partRevisions(m_path);
    for (const auto &[part, revision] : partsBefore)
        QCOMPARE(partsAfter.at(part), revision);
    checkSnapshotEqualsTables();
}

void TestColumnSnapshot::freshProjectGrowsItsSnapshotImportByImport()
{
    QFile::remove(m_path);
    const ImportResult customers
        = importFile(QStringLiteral("customers.csv"),
                     "customer_id,signup_date,churn_date,social_engaged,segment,monthly_revenue\n"
                     "a,2025-01-01,,yes,basic,10\nb,2025-02-01,2025-08-01,no,premium,20\n"
                     "c,2025-03-01,,yes,basic,30\nd,2025-03-05,,no,,\n",
                     CanonicalTable::Customers);
    QVERIFY2(customers.ok, qPrintable(customers.error.toString()));
    QVERIFY(ProjectData::load(m_path, {})->fromSnapshot);
    const ImportResult contacts = importFile(QStringLiteral("contacts.csv"),
                                             "customer_id,contact_date,channel\n"
                                             "a,2025-04-01,social\nb,2025-04-02,phone\n"
                                             "zz,2025-04-03,phone\nd,2025-05-01,email\n",
                                             CanonicalTable::Contacts);
    QVERIFY(contacts.ok);
    QCOMPARE(contacts.rowsRejected, qint64(1)); // zz is not a customer
    const ImportResult orders = importFile(QStringLiteral("orders.csv"),
                                           "customer_id,order_date,amount\n"
                                           "a,2025-06-01,100\nc,2025-06-02,40\n",
                                           CanonicalTable::Orders);
    QVERIFY(orders.ok);
    const ImportResult more = importFile(QStringLiteral("more.csv"),
                                         "customer_id,signup_date,segment\n"
                                         "e,2025-07-01,gold\n",
                                         CanonicalTable::Customers);
    QVERIFY(more.ok);
    const ImportResult later = importFile(QStringLiteral("later.csv"),
                                          "customer_id,contact_date,channel\n"
                                          "e,2025-08-01,social\na,2025-08-02,chat\n",
                                          CanonicalTable::Contacts);
    QVERIFY(later.ok);
    {
        SqliteConnection connection;
        QCOMPARE(connection.open(m_path, SqliteConnection::Access::ReadOnly), SQLITE_OK);
        // Appended as segments: contacts.day, then contacts.day#1.
        QCOMPARE(connection.queryInteger(
                     "SELECT count(*) FROM column_snapshot WHERE part LIKE 'contacts.day%'"),
                 qint64(2));
    }
    checkSnapshotEqualsTables();
    // Its last compute read the tables and wrote the snapshot whole: one
    // segment per column again.
    QVERIFY(snapshotParts(m_path) > 0);
    SqliteConnection connection;
    QCOMPARE(connection.open(m_path, SqliteConnection::Access::ReadOnly), SQLITE_OK);
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM column_snapshot WHERE part LIKE '%#%'"),
             qint64(0));
}

void TestColumnSnapshot::importThatChangesRowsLeavesTheSnapshotBehind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("replaced customers") << QStringLiteral("replace");
    QTest::newRow("customers created") << QStringLiteral("create");
}

void TestColumnSnapshot::importThatChangesRowsLeavesTheSnapshotBehind()
{
    QFETCH(QString, kind);
    metricsJson(m_path);
    ImportResult result;
    if (kind == QLatin1String("replace")) {
        result = importFile(QStringLiteral("customers.csv"),
                            "customer_id,signup_date,social_engaged\nC0000001,2020-01-01,yes\n",
                            CanonicalTable::Customers, DuplicatePolicy::Replace);
        QCOMPARE(result.duplicatesReplaced, qint64(1));
    } else {
        result = importFile(QStringLiteral("orders.csv"),
                            "customer_id,order_date,amount\nNEW-9,2026-01-01,10\n",
                            CanonicalTable::Orders, DuplicatePolicy::Skip, true);
        QCOMPARE(result.customersCreated, qint64(1));
    }
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    // No append: the next load reads the tables and stores a new snapshot.
    const auto loaded = ProjectData::load(m_path, {});
    QVERIFY(!loaded->fromSnapshot);
    const QByteArray json = metricsJson(m_path);
    QVERIFY(ProjectData::load(m_path, {})->fromSnapshot);
    execute(m_path, "DELETE FROM column_snapshot");
    QCOMPARE(metricsJson(m_path), json);
}

void TestColumnSnapshot::failedImportLeavesRevisionAndSnapshot()
{
    metricsJson(m_path);
    const qint64 before = revisionOf(m_path);
    // An unterminated quote: the file cannot be read as a whole.
    const ImportResult result
        = importOrders("order_id,customer_id,order_date,amount\nY1,C0000001,2024-03-01,\"12.5\n");
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ImportError::Kind::Source);
    QCOMPARE(result.error.line, qint64(2));
    QCOMPARE(revisionOf(m_path), before);
    QVERIFY(ProjectData::load(m_path, {})->fromSnapshot);
}

void TestColumnSnapshot::cancelledImportLeavesRevisionAndSnapshot()
{
    metricsJson(m_path);
    const qint64 before = revisionOf(m_path);
    QByteArray csv = "order_id,customer_id,order_date,amount\n";
    for (int i = 0; i < 20000; ++i)
        csv += "Z" + QByteArray::number(i) + ",C0000001,2026-03-01,1\n";
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv);
    file.close();
    ImportRequest request;
    request.projectPath = m_path;
    request.filePath = path;
    request.table = CanonicalTable::Orders;
    int calls = 0;
    const ImportResult result
        = Importer::run(request, [&calls](const ImportProgress &) { return ++calls < 3; });
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(revisionOf(m_path), before);
    QVERIFY(ProjectData::load(m_path, {})->fromSnapshot);
}

void TestColumnSnapshot::assumptionChangeReachesTheMoney()
{
    MetricEngine engine(m_path);
    const MetricEngine::Outcome first = engine.compute({});
    QVERIFY(first.ok);
    {
        auto store = ProjectStore::open(m_path, ProjectStore::OpenMode::ExistingOnly, nullptr);
        QVERIFY(store);
        Assumptions assumptions = Assumptions::load(store->connection());
        assumptions.programmeCostPerMonth *= 2;
        assumptions.save(store->connection());
    }
    const MetricEngine::Outcome second = engine.compute({});
    QVERIFY(second.ok);
    QCOMPARE(second.result.roi.cost, 2 * first.result.roi.cost);
    QCOMPARE(second.result.roi.value, first.result.roi.value);
}

void TestColumnSnapshot::busyProjectStillComputes()
{
    // Another process is writing the project (an import): the engine reads
    // beside it and leaves the snapshot for later instead of waiting.
    SqliteConnection writer;
    QCOMPARE(writer.open(m_path, SqliteConnection::Access::ReadWrite), SQLITE_OK);
    writer.execute("PRAGMA journal_mode = WAL; BEGIN IMMEDIATE");
    const QByteArray json = metricsJson(m_path);
    QVERIFY2(!json.startsWith("failed"), json.constData());
    writer.execute("ROLLBACK");
    QCOMPARE(snapshotParts(m_path), qint64(0));
    QCOMPARE(metricsJson(m_path), json);
    QVERIFY(snapshotParts(m_path) > 0);
}

// A new process (a new engine, nothing kept in memory) reads the fits the
// first one stored instead of fitting again, and computes the same metrics.
void TestColumnSnapshot::storedFitsServeANewProcess()
{
    CustomerValue::clearFitCache();
    const QByteArray first = metricsJson(m_path);
    const std::vector<FitsPart> stored = fitsParts(m_path);
    QCOMPARE(stored.size(), size_t(1));
    QVERIFY(stored[0].data.size() > 100);

    CustomerValue::clearFitCache();
    QCOMPARE(metricsJson(m_path), first);
    // Read, not fitted and stored again (a new fit takes a new row).
    const std::vector<FitsPart> after = fitsParts(m_path);
    QCOMPARE(after.size(), size_t(1));
    QCOMPARE(after[0].rowId, stored[0].rowId);

    // And fitting from scratch gives the same figures.
    execute(m_path, "DELETE FROM column_snapshot WHERE part LIKE 'model_fits:%'");
    CustomerValue::clearFitCache();
    QCOMPARE(metricsJson(m_path), first);
    QCOMPARE(fitsParts(m_path).size(), size_t(1));
    QCOMPARE(fitsParts(m_path)[0].data, stored[0].data);
}

// Contacts are no input of the models: after their import the fits stored
// before it are still the ones used.
void TestColumnSnapshot::storedFitsSurviveAnImportOfContacts()
{
    CustomerValue::clearFitCache();
    metricsJson(m_path);
    const std::vector<FitsPart> stored = fitsParts(m_path);
    QCOMPARE(stored.size(), size_t(1));
    const ImportResult result
        = importFile(QStringLiteral("contacts.csv"),
                     "customer_id,contact_date,channel,handle_minutes\n"
                     "C0000003,2026-01-05,social,12.5\nC0000004,2026-01-06,phone,4\n",
                     CanonicalTable::Contacts);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    CustomerValue::clearFitCache();
    const QByteArray afterImport = metricsJson(m_path);
    const std::vector<FitsPart> after = fitsParts(m_path);
    QCOMPARE(after.size(), size_t(1));
    QCOMPARE(after[0].rowId, stored[0].rowId);
    // The same as fitted afresh.
    execute(m_path, "DELETE FROM column_snapshot WHERE part LIKE 'model_fits:%'");
    CustomerValue::clearFitCache();
    QCOMPARE(metricsJson(m_path), afterImport);
}

// The fits keep their warnings untranslated: a compute in another language
// reads the fits an English one stored, and words the warnings its own way.
void TestColumnSnapshot::storedFitsServeEveryLanguage()
{
    execute(m_path, "DELETE FROM orders"); // no data for the order models: warnings
    CustomerValue::clearFitCache();
    const QByteArray english = metricsJson(m_path);
    QVERIFY2(english.contains("Repeat orders (BG/NBD): no data for this model in the cohort."),
             english.constData());
    const std::vector<FitsPart> stored = fitsParts(m_path);
    QCOMPARE(stored.size(), size_t(1));

    const InstalledTranslation german(QStringLiteral("de"));
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // as the window sets it
    CustomerValue::clearFitCache();
    const QByteArray json = metricsJson(m_path);
    QLocale::setDefault(locale);
    QVERIFY2(json.contains(QStringLiteral("Wiederholte Bestellungen (BG/NBD): Keine Daten für "
                                          "dieses Modell in der Kohorte.")
                               .toUtf8()),
             json.constData());
    QVERIFY(!json.contains("no data for this model"));
    // Read, not fitted again: the same part, no second one.
    const std::vector<FitsPart> after = fitsParts(m_path);
    QCOMPARE(after.size(), size_t(1));
    QCOMPARE(after[0].rowId, stored[0].rowId);
}

void TestColumnSnapshot::changedDataIsFittedAgain_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("order amount changed")
        << QByteArray("UPDATE orders SET amount = amount + 1 WHERE id = (SELECT min(id) FROM "
                      "orders)");
    QTest::newRow("order deleted")
        << QByteArray("DELETE FROM orders WHERE id = (SELECT max(id) FROM orders)");
    QTest::newRow("order moved a day")
        << QByteArray("UPDATE orders SET order_date = date(order_date, '-1 day') "
                      "WHERE id = (SELECT min(id) FROM orders)");
    QTest::newRow("customer churned")
        << QByteArray("UPDATE customers SET churn_date = date(signup_date, '+40 days') "
                      "WHERE id = (SELECT min(id) FROM customers WHERE churn_date IS NULL)");
}

// Any change of what the models read is another key: the stored fits of
// the old data are never used for the new.
void TestColumnSnapshot::changedDataIsFittedAgain()
{
    QFETCH(QByteArray, sql);
    CustomerValue::clearFitCache();
    metricsJson(m_path);
    const std::vector<FitsPart> before = fitsParts(m_path);
    QCOMPARE(before.size(), size_t(1));

    execute(m_path, sql.constData());
    CustomerValue::clearFitCache();
    const QByteArray changed = metricsJson(m_path);
    const std::vector<FitsPart> after = fitsParts(m_path);
    QCOMPARE(after.size(), size_t(2)); // the old data's and the new
    QVERIFY(after[1].name != before[0].name);

    execute(m_path, "DELETE FROM column_snapshot WHERE part LIKE 'model_fits:%'");
    CustomerValue::clearFitCache();
    QCOMPARE(metricsJson(m_path), changed);
}

void TestColumnSnapshot::unusableFitsAreFittedAgain_data()
{
    const char *part = " WHERE part LIKE 'model_fits:%'";
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("truncated") << QByteArray(
                                      "UPDATE column_snapshot SET data = substr(data, 1, 60)")
            + part;
    QTest::newRow("one byte changed")
        << QByteArray("UPDATE column_snapshot SET data = substr(data, 1, 99) || "
                      "CASE WHEN substr(data, 100, 1) = x'00' THEN x'01' ELSE x'00' END || "
                      "substr(data, 101)")
            + part;
    QTest::newRow("empty") << QByteArray("UPDATE column_snapshot SET data = x''") + part;
    QTest::newRow("foreign")
        << QByteArray("UPDATE column_snapshot SET data = CAST('{\"fits\": []}' AS BLOB)") + part;
    QTest::newRow("other format version")
        << QByteArray("UPDATE column_snapshot SET data = substr(data, 1, 12) || x'63000000' || "
                      "substr(data, 17)")
            + part;
    // Filled in by the test: the fits of other data, checksum and all.
    QTest::newRow("stored under another key") << QByteArray();
}

// A damaged, foreign or outdated blob is ignored: the models are fitted
// again, the metrics are what they were, and the refit is stored over it.
void TestColumnSnapshot::unusableFitsAreFittedAgain()
{
    QFETCH(QByteArray, sql);
    CustomerValue::clearFitCache();
    const QByteArray first = metricsJson(m_path);
    const std::vector<FitsPart> stored = fitsParts(m_path);
    QCOMPARE(stored.size(), size_t(1));
    const QByteArray originalData = stored[0].data;
    if (sql.isEmpty()) {
        // The fits of the data with one order changed, under the key of
        // the data as they are.
        // Negated and back: exactly the amount it was.
        const char *changeOrder = "UPDATE orders SET amount = -amount WHERE id = "
                                  "(SELECT min(id) FROM orders)";
        execute(m_path, changeOrder);
        CustomerValue::clearFitCache();
        metricsJson(m_path);
        const std::vector<FitsPart> both = fitsParts(m_path);
        QCOMPARE(both.size(), size_t(2));
        execute(m_path, changeOrder);
        sql = "UPDATE column_snapshot SET data = (SELECT data FROM column_snapshot WHERE part = '"
            + both[1].name.toUtf8() + "') WHERE part = '" + stored[0].name.toUtf8() + "'";
    }
    execute(m_path, sql.constData());
    CustomerValue::clearFitCache();
    QCOMPARE(metricsJson(m_path), first);
    bool refitStored = false;
    for (const FitsPart &part : fitsParts(m_path))
        refitStored = refitStored || part.data == originalData;
    QVERIFY(refitStored);
}

// What is stored reads back to the very numbers fitted (a stored fit scores
// exactly as the fit did), and nothing but the whole blob for its own key
// reads at all.
void TestColumnSnapshot::storedFitsComeBackBitForBit()
{
    CustomerValue::clearFitCache();
    metricsJson(m_path);
    const std::vector<FitsPart> stored = fitsParts(m_path);
    QCOMPARE(stored.size(), size_t(1));
    bool ok = false;
    const std::uint64_t key
        = stored[0].name.mid(QStringLiteral("model_fits:").size()).toULongLong(&ok, 16);
    QVERIFY(ok);
    const QByteArray &bytes = stored[0].data;
    const std::optional<CustomerValue::CohortFits> fits = CustomerValue::decodeFits(key, bytes);
    QVERIFY(fits);
    QVERIFY((*fits)[0].parameters.bgnbd.has_value());
    QVERIFY((*fits)[1].parameters.gammaGamma.has_value());
    QCOMPARE(CustomerValue::encodeFits(key, *fits), bytes);
    QVERIFY(!CustomerValue::decodeFits(key + 1, bytes));
    for (qsizetype size = 0; size < bytes.size(); ++size)
        QVERIFY(!CustomerValue::decodeFits(key, bytes.left(size)));
    QVERIFY(!CustomerValue::decodeFits(key, bytes + QByteArray(1, '\0')));
}

// The fits read only whether a revenue is known, but the lifetime value's
// interval multiplies the revenues: new revenues of the same customers keep
// the fits and move the interval.
void TestColumnSnapshot::revenueChangeReachesTheValueInterval()
{
    CustomerValue::clearFitCache();
    const QByteArray before = metricsJson(m_path);
    execute(m_path, "UPDATE customers SET monthly_revenue = 2 * monthly_revenue");
    const QByteArray kept = metricsJson(m_path); // the fits of this process
    QCOMPARE(fitsParts(m_path).size(), size_t(1)); // not fitted again
    QVERIFY(kept != before);
    execute(m_path, "DELETE FROM column_snapshot WHERE part LIKE 'model_fits:%'");
    CustomerValue::clearFitCache();
    QCOMPARE(metricsJson(m_path), kept);
}

QTEST_GUILESS_MAIN(TestColumnSnapshot)
#include "tst_columnsnapshot.moc"
