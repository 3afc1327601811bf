// SPDX-License-Identifier: GPL-3.0-or-later
// "Undo this import" (ImportUndo): the rows an import added go, the rows it
// replaced come back as they were, the project's rows end exactly as before
// the import and the data revision moves forward; an import that later
// imports build on is refused with the import to undo first.
#include "customerkeyhash.h"
#include "datarevision.h"
#include "importer.h"
#include "importhistory.h"
#include "importundo.h"
#include "importwriter.h"
#include "projectstore.h"
#include "sqliteconnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Every row of every table an import writes or undo reads, with each
// value's SQLite type and its exact value (reals to 17 digits), so equal
// dumps mean equal rows. The data revision is compared on its own; the
// engine's snapshot is derived data, tagged with its revision.
QString dumpProject(const QString &projectPath)
{
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != 0)
        return QStringLiteral("cannot open ") + projectPath;
    QStringList tables;
    SqliteStatement names
        = connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN "
                             "('data_revision', 'column_snapshot') ORDER BY name");
    while (names.step())
        tables.append(names.text(0));
    QString dump;
    for (const QString &table : std::as_const(tables)) {
        dump += QStringLiteral("== %1\n").arg(table);
        SqliteStatement rows = connection.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList lines;
        while (rows.step()) {
            QStringList values;
            for (int column = 0; column < rows.columnCount(); ++column) {
                const QVariant value = rows.value(column);
                if (value.isNull())
                    values.append(QStringLiteral("NULL"));
                else if (value.typeId() == QMetaType::Double)
                    values.append(QStringLiteral("r:")
                                  + QString::number(value.toDouble(), 'g', 17));
                else if (value.typeId() == QMetaType::LongLong)
                    values.append(QStringLiteral("i:") + value.toString());
                else
                    values.append(QStringLiteral("t:") + value.toString());
            }
            lines.append(values.join(QLatin1Char('|')));
        }
        lines.sort();
        dump += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return dump;
}

qint64 revisionOf(const QString &projectPath)
{
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != 0)
        return -1;
    return DataRevision::read(connection);
}

} // namespace

class TestImportUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void undoLeavesTheRowsAsBefore_data();
    void undoLeavesTheRowsAsBefore();
    void undoRefusedWhileLaterImportsBuildOnIt_data();
    void undoRefusedWhileLaterImportsBuildOnIt();
    void previewSaysWhatUndoWillDo();
    void unknownImportIsNamed();
    void recordsSplitAsJoined_data();
    void recordsSplitAsJoined();
    void historyListsImportsNewestFirst();
    void fixedRowsImportAgain();
    void fixedRowsKeepHashedKeys();

private:
    QString write(const QString &name, const QStringList &lines);
    ImportResult import(const QString &file, CanonicalTable table,
                        DuplicatePolicy policy = DuplicatePolicy::Skip,
                        bool createCustomers = false, bool hashKeys = false);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestImportUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("project.socialroi"));
}

QString TestImportUndo::write(const QString &name, const QStringList &lines)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return path;
}

ImportResult TestImportUndo::import(const QString &file, CanonicalTable table,
                                    DuplicatePolicy policy, bool createCustomers, bool hashKeys)
{
    ImportRequest request;
    request.projectPath = m_project;
    request.filePath = file;
    request.table = table;
    request.duplicatePolicy = policy;
    if (createCustomers)
        request.derivations.createCustomers = true;
    if (hashKeys)
        request.derivations.hashCustomerKeys = true;
    return Importer::run(request);
}

const QStringList customersFile = {
    QStringLiteral("customer_id,signup_date,churn_date,monthly_revenue,segment,region"),
    QStringLiteral("c1,2024-01-05,,29.9,basic,North"),
    QStringLiteral("c2,2024-02-10,2024-09-01,49.5,premium,South"),
    QStringLiteral("c3,2024-03-15,,0.1,basic,"),
    QStringLiteral("c4,not a date,,10,basic,North"), // rejected
};

// What is in the project before the import to undo, and that import.
void TestImportUndo::undoLeavesTheRowsAsBefore_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("customers into an empty project") << QStringLiteral("empty");
    QTest::newRow("contacts creating customers") << QStringLiteral("implied");
    QTest::newRow("customers replacing rows and extras") << QStringLiteral("replace");
    QTest::newRow("hashed keys: the salt goes too") << QStringLiteral("hashed");
}

void TestImportUndo::undoLeavesTheRowsAsBefore()
{
    QFETCH(QString, scenario);
    const QString customers = write(QStringLiteral("customers.csv"), customersFile);
    ImportResult toUndo;
    QString before;
    qint64 revisionBefore = 0;
    if (scenario == QLatin1String("empty") || scenario == QLatin1String("hashed")) {
        QVERIFY(ProjectStore::create(m_project, nullptr));
        before = dumpProject(m_project);
        revisionBefore = revisionOf(m_project);
        toUndo = import(customers, CanonicalTable::Customers, DuplicatePolicy::Skip, false,
                        scenario == QLatin1String("hashed"));
        QCOMPARE(toUndo.rowsImported, 3);
    } else {
        QVERIFY(import(customers, CanonicalTable::Customers).ok);
        before = dumpProject(m_project);
        revisionBefore = revisionOf(m_project);
        if (scenario == QLatin1String("implied")) {
            const QString contacts
                = write(QStringLiteral("contacts.csv"),
                        {QStringLiteral("contact_id,customer_id,contact_date,channel,agent"),
                         QStringLiteral("k1,c1,2024-04-01,social,Ana"),
                         QStringLiteral("k2,new-1,2024-04-02,phone,Ben"),
                         QStringLiteral("k3,new-1,2024-03-30,email,Ben")});
            toUndo = import(contacts, CanonicalTable::Contacts, DuplicatePolicy::Skip, true);
            QCOMPARE(toUndo.customersCreated, 1);
        } else {
            const QString changed = write(
                QStringLiteral("customers-changed.csv"),
                {QStringLiteral("customer_id,signup_date,monthly_revenue,segment,region,owner"),
                 QStringLiteral("c2,2024-02-11,51.25,basic,West,Eve"),
                 QStringLiteral("c2,2024-02-12,52,basic,East,Eve"), // replaced twice
                 QStringLiteral("c5,2024-05-01,12,premium,North,Eve")});
            toUndo = import(changed, CanonicalTable::Customers, DuplicatePolicy::Replace);
            QCOMPARE(toUndo.duplicatesReplaced, 2);
        }
    }
    QVERIFY2(toUndo.ok, qPrintable(toUndo.error.toString()));
    const qint64 revisionAfterImport = revisionOf(m_project);
    QVERIFY(dumpProject(m_project) != before);

    const ImportUndo::Outcome undone = ImportUndo::undoInProject(m_project, toUndo.importId);
    QVERIFY2(undone.ok, qPrintable(undone.message));
    QCOMPARE(dumpProject(m_project), before);
    // A revision is never reused: what was computed from the undone rows
    // cannot pass for current.
    QVERIFY(revisionOf(m_project) > revisionAfterImport);
    QVERIFY(revisionAfterImport > revisionBefore);

    // Undone once: a second undo names the import it no longer has.
    const ImportUndo::Outcome twice = ImportUndo::undoInProject(m_project, toUndo.importId);
    QVERIFY(!twice.ok);
    QVERIFY2(twice.message.contains(QString::number(toUndo.importId)), qPrintable(twice.message));
}

void TestImportUndo::undoRefusedWhileLaterImportsBuildOnIt_data()
{
    QTest::addColumn<QString>("later");
    QTest::addColumn<QString>("named");
    QTest::newRow("contacts of its customers")
        << QStringLiteral("contacts") << QStringLiteral("contacts.csv");
    QTest::newRow("a replace of its rows")
        << QStringLiteral("replace") << QStringLiteral("customers-again.csv");
}

void TestImportUndo::undoRefusedWhileLaterImportsBuildOnIt()
{
    QFETCH(QString, later);
    QFETCH(QString, named);
    const ImportResult first
        = import(write(QStringLiteral("customers.csv"), customersFile), CanonicalTable::Customers);
    QVERIFY(first.ok);
    ImportResult second;
    if (later == QLatin1String("contacts")) {
        second = import(
            write(named,
                  {QStringLiteral("customer_id,contact_date,channel"),
                   QStringLiteral("c1,2024-04-01,social"), QStringLiteral("c3,2024-04-03,phone")}),
            CanonicalTable::Contacts);
    } else {
        second = import(
            write(named,
                  {QStringLiteral("customer_id,signup_date"), QStringLiteral("c1,2023-12-31")}),
            CanonicalTable::Customers, DuplicatePolicy::Replace);
    }
    QVERIFY(second.ok);
    const QString before = dumpProject(m_project);
    const qint64 revision = revisionOf(m_project);

    const ImportUndo::Outcome refused = ImportUndo::undoInProject(m_project, first.importId);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(named), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QLatin1String("undo")), qPrintable(refused.message));
    QCOMPARE(dumpProject(m_project), before);
    QCOMPARE(revisionOf(m_project), revision);

    // Undoing the later import first makes the first one undoable.
    QVERIFY(ImportUndo::undoInProject(m_project, second.importId).ok);
    const ImportUndo::Outcome undone = ImportUndo::undoInProject(m_project, first.importId);
    QVERIFY2(undone.ok, qPrintable(undone.message));
    SqliteConnection connection;
    QCOMPARE(connection.open(m_project, SqliteConnection::Access::ReadOnly), 0);
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM customers"), 0);
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM import_log"), 0);
}

void TestImportUndo::previewSaysWhatUndoWillDo()
{
    QVERIFY(import(write(QStringLiteral("customers.csv"), customersFile), CanonicalTable::Customers)
                .ok);
    const ImportResult replacing
        = import(write(QStringLiteral("fix.csv"),
                       {QStringLiteral("customer_id,signup_date"), QStringLiteral("c1,2023-12-31"),
                        QStringLiteral("c9,2023-12-30")}),
                 CanonicalTable::Customers, DuplicatePolicy::Replace);
    QVERIFY(replacing.ok);
    const QString before = dumpProject(m_project);
    SqliteConnection connection;
    QCOMPARE(connection.open(m_project, SqliteConnection::Access::ReadOnly), 0);
    const ImportUndo::Outcome preview = ImportUndo::preview(connection, replacing.importId);
    QVERIFY(preview.ok);
    QCOMPARE(preview.rowsRemoved, 1);
    QCOMPARE(preview.rowsRestored, 1);
    QVERIFY2(preview.message.contains(QLatin1String("fix.csv")), qPrintable(preview.message));
    QCOMPARE(dumpProject(m_project), before);
}

void TestImportUndo::unknownImportIsNamed()
{
    QVERIFY(ProjectStore::create(m_project, nullptr));
    const ImportUndo::Outcome outcome = ImportUndo::undoInProject(m_project, 42);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QLatin1String("42")), qPrintable(outcome.message));
}

void TestImportUndo::recordsSplitAsJoined_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("plain") << QStringList {"c1", "2024-01-05", "", "29.9"} << ",";
    QTest::newRow("quotes and delimiters")
        << QStringList {"a,b", "say \"hi\"", "", "line\nbreak", "x"} << ",";
    QTest::newRow("semicolons") << QStringList {"1,5", "Zoë; Ann", "ok"} << ";";
    QTest::newRow("one empty field") << QStringList {""} << ",";
}

void TestImportUndo::recordsSplitAsJoined()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, delimiter);
    const QString joined = ImportWriter::joinRecord(fields, delimiter.front());
    QCOMPARE(ImportWriter::splitRecord(joined, delimiter.front()), fields);
}

void TestImportUndo::historyListsImportsNewestFirst()
{
    const ImportResult customers
        = import(write(QStringLiteral("customers.csv"), customersFile), CanonicalTable::Customers);
    const ImportResult contacts = import(
        write(QStringLiteral("contacts.csv"),
              {QStringLiteral("customer_id,contact_date,channel"),
               QStringLiteral("c1,2024-04-01,social"), QStringLiteral("nobody,2024-04-01,social")}),
        CanonicalTable::Contacts);
    QVERIFY(customers.ok && contacts.ok);
    QString error;
    const QList<ImportHistory::Entry> entries = ImportHistory::load(m_project, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].id, contacts.importId);
    QCOMPARE(entries[0].fileName, QStringLiteral("contacts.csv"));
    QCOMPARE(entries[0].table, QStringLiteral("contacts"));
    QCOMPARE(entries[0].rowsImported, 1);
    QCOMPARE(entries[0].rowsRejected, 1);
    QVERIFY(entries[0].undoable);
    QVERIFY(entries[0].importedAt.isValid());
    QCOMPARE(entries[1].rowsRead, 4);
    QVERIFY(entries[1].mappingJson.contains(QLatin1String("signup_date")));

    QString missing;
    QVERIFY(
        ImportHistory::load(m_dir->filePath(QStringLiteral("none.socialroi")), &missing).isEmpty());
    QVERIFY2(missing.contains(QLatin1String("none.socialroi")), qPrintable(missing));
}

void TestImportUndo::fixedRowsImportAgain()
{
    QStringList lines = customersFile;
    lines.append(QStringLiteral("\"c6, the \"\"big\"\" one\",2024-13-01,,5,basic,South"));
    const ImportResult first
        = import(write(QStringLiteral("customers.csv"), lines), CanonicalTable::Customers);
    QVERIFY(first.ok);
    QCOMPARE(first.rowsRejected, 2);
    ImportHistory::Rejected rejected = ImportHistory::rejectedRows(m_project, first.importId);
    QVERIFY2(rejected.error.isEmpty(), qPrintable(rejected.error));
    QCOMPARE(rejected.headers, lines.first().split(QLatin1Char(',')));
    QCOMPARE(rejected.rows.size(), 2);
    QCOMPARE(rejected.rows[0].fields.value(0), QStringLiteral("c4"));
    QCOMPARE(rejected.rows[1].fields.value(0), QStringLiteral("c6, the \"big\" one"));
    QCOMPARE(rejected.rows[1].columnName, QStringLiteral("signup_date"));

    // The user fixes one date and leaves the other row wrong.
    const QString before = dumpProject(m_project);
    rejected.rows[0].fields[1] = QStringLiteral("2024-04-04");
    const ImportHistory::Reimport again = ImportHistory::reimportFixed(
        m_project, first.importId, rejected.headers, rejected.rows,
        m_dir->filePath(QStringLiteral("customers (fixed rows).csv")));
    QVERIFY2(again.result.ok, qPrintable(again.result.error.toString()));
    QCOMPARE(again.result.rowsImported, 1);
    QCOMPARE(again.result.rowsRejected, 1);
    QCOMPARE(again.rowsFixed, 1);
    SqliteConnection connection;
    QCOMPARE(connection.open(m_project, SqliteConnection::Access::ReadOnly), 0);
    QCOMPARE(connection.queryText("SELECT signup_date FROM customers WHERE customer_id = 'c4'"),
             QStringLiteral("2024-04-04"));
    const ImportHistory::Rejected after = ImportHistory::rejectedRows(m_project, first.importId);
    QCOMPARE(after.rows[0].fixedBy, again.result.importId);
    QCOMPARE(after.rows[1].fixedBy, 0);
    QString error;
    QCOMPARE(ImportHistory::load(m_project, &error).value(1).rowsFixed, 1);

    // Undoing the fix puts the row back among the rejected ones.
    QVERIFY(ImportUndo::undoInProject(m_project, again.result.importId).ok);
    QCOMPARE(dumpProject(m_project), before);
}

void TestImportUndo::fixedRowsKeepHashedKeys()
{
    QVERIFY(import(write(QStringLiteral("customers.csv"),
                         {QStringLiteral("customer_id,signup_date"),
                          QStringLiteral("Ann@Example.com,2024-01-01")}),
                   CanonicalTable::Customers, DuplicatePolicy::Skip, false, true)
                .ok);
    const ImportResult contacts
        = import(write(QStringLiteral("contacts.csv"),
                       {QStringLiteral("customer_id,contact_date,channel"),
                        QStringLiteral("ann@example.com,2024-02-01,socail")}),
                 CanonicalTable::Contacts);
    QVERIFY(contacts.ok);
    QCOMPARE(contacts.rowsRejected, 1);
    ImportHistory::Rejected rejected = ImportHistory::rejectedRows(m_project, contacts.importId);
    QVERIFY(CustomerKeyHash::isHashed(rejected.rows.value(0).fields.value(0)));
    rejected.rows[0].fields[2] = QStringLiteral("social");
    const ImportHistory::Reimport again
        = ImportHistory::reimportFixed(m_project, contacts.importId, rejected.headers,
                                       rejected.rows, m_dir->filePath(QStringLiteral("fixed.csv")));
    QVERIFY2(again.result.ok, qPrintable(again.result.error.toString()));
    QCOMPARE(again.result.rowsImported, 1);
    SqliteConnection connection;
    QCOMPARE(connection.open(m_project, SqliteConnection::Access::ReadOnly), 0);
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM contacts JOIN customers USING "
                                     "(customer_id)"),
             1);
}

QTEST_GUILESS_MAIN(TestImportUndo)
#include "tst_importundo.moc"
