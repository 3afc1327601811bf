// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptions.h"
#include "importer.h"
#include "projectfixture.h"
#include "projectstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>

// A project file may come from anyone (it is sent by e-mail, kept on a shared
// drive): every connection is hardened, objects the product did not create
// are named when the project opens, a trigger among them never runs on the
// product's writes, and a damaged file is refused; all without changing the
// file.

namespace {

// What another program would do: SQLite's C API, none of the product's settings.
void rawExecute(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const QByteArray error = message ? QByteArray(message) : QByteArray();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(code == SQLITE_OK, error.constData());
}

qint64 rawCount(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    qint64 count = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

// A foreign table, two triggers that would act on the product's writes (one
// copies every new contact out, one zeroes a cost whenever the assumptions
// are saved) and a view.
const char *const hostileSchema = R"sql(
CREATE TABLE stolen (customer_id TEXT, at TEXT);
CREATE TRIGGER audit_contacts AFTER INSERT ON contacts BEGIN
    INSERT INTO stolen VALUES (new.customer_id, datetime('now'));
END;
CREATE TRIGGER zero_costs AFTER UPDATE ON assumptions BEGIN
    UPDATE assumptions SET value = '0' WHERE key = 'cost_per_contact_phone';
END;
CREATE VIEW recent_customers AS SELECT * FROM customers WHERE signup_date > '2023-12-31';
)sql";

using ProductWrite = std::function<QString(const QString &projectPath, const QString &dir)>;

} // namespace

class TestUntrustedProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyConnectionIsHardened_data();
    void everyConnectionIsHardened();
    void foreignObjectsAreNamed_data();
    void foreignObjectsAreNamed();
    void foreignTriggersNeverRunOnProductWrites_data();
    void foreignTriggersNeverRunOnProductWrites();
    void damagedCopyIsRefused_data();
    void damagedCopyIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestUntrustedProject::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("project.socialroi"));
    makeProject(m_path, 20);
}

void TestUntrustedProject::everyConnectionIsHardened_data()
{
    QTest::addColumn<SqliteConnection::Access>("access");
    QTest::addColumn<SqliteConnection::Wait>("wait");
    QTest::addColumn<int>("busyTimeout");

    QTest::newRow("read-only") << SqliteConnection::Access::ReadOnly
                               << SqliteConnection::Wait::UpToBusyTimeout
                               << SqliteConnection::busyTimeoutMilliseconds;
    QTest::newRow("read-only immutable")
        << SqliteConnection::Access::ReadOnlyImmutable << SqliteConnection::Wait::UpToBusyTimeout
        << SqliteConnection::busyTimeoutMilliseconds;
    QTest::newRow("read-write") << SqliteConnection::Access::ReadWrite
                                << SqliteConnection::Wait::UpToBusyTimeout
                                << SqliteConnection::busyTimeoutMilliseconds;
    QTest::newRow("read-write, no waiting")
        << SqliteConnection::Access::ReadWrite << SqliteConnection::Wait::No << 0;
}

void TestUntrustedProject::everyConnectionIsHardened()
{
    QFETCH(SqliteConnection::Access, access);
    QFETCH(SqliteConnection::Wait, wait);
    QFETCH(int, busyTimeout);
    rawExecute(m_path, "CREATE VIEW recent_customers AS SELECT * FROM customers");
    const QByteArray before = fileHash(m_path);

    SqliteConnection connection;
    QCOMPARE(connection.open(m_path, access, wait), SQLITE_OK);
    sqlite3 *db = connection.handle();
    int defensive = -1;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    QCOMPARE(defensive, 1);
    int trustedSchema = -1;
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trustedSchema);
    QCOMPARE(trustedSchema, 0);
    QCOMPARE(connection.queryInteger("PRAGMA trusted_schema"), qint64(0));
    QCOMPARE(connection.queryInteger("PRAGMA busy_timeout"), qint64(busyTimeout));
    QCOMPARE(connection.queryInteger("PRAGMA foreign_keys"), qint64(1));
    QCOMPARE(connection.queryInteger("PRAGMA cell_size_check"), qint64(1));
    QCOMPARE(sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, -1), 0);
    QVERIFY(sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1) <= 256 * 1024 * 1024);
    QVERIFY(sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, -1) <= 10);

    // A file cannot bring another file in, nor have its views read.
    QVERIFY_THROWS_EXCEPTION(SqliteError,
                             connection.execute("ATTACH DATABASE ':memory:' AS other"));
    QVERIFY_THROWS_EXCEPTION(SqliteError,
                             connection.queryInteger("SELECT count(*) FROM recent_customers"));
    // A statement that would let SQL damage the file is refused.
    if (access == SqliteConnection::Access::ReadWrite) {
        connection.execute("PRAGMA writable_schema = ON");
        QVERIFY_THROWS_EXCEPTION(
            SqliteError,
            connection.execute("UPDATE sqlite_schema SET sql = sql WHERE name = 'customers'"));
    }
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM customers"), qint64(20));
    connection.close();
    QCOMPARE(fileHash(m_path), before);
}

void TestUntrustedProject::foreignObjectsAreNamed_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<bool>("readOnly");

    QTest::newRow("nothing foreign") << QByteArray() << QStringList() << false;
    QTest::newRow("a foreign trigger and a view")
        << QByteArray(hostileSchema)
        << QStringList {QStringLiteral("trigger audit_contacts"),
                        QStringLiteral("trigger zero_costs"),
                        QStringLiteral("view recent_customers"), QStringLiteral("table stolen")}
        << true;
    QTest::newRow("a view alone") << QByteArray(
        "CREATE VIEW everyone AS SELECT customer_id FROM customers")
                                  << QStringList {QStringLiteral("view everyone")} << false;
    // Users may index the event tables with other tools (the importer keeps
    // such indexes): named, but no reason to stop writing.
    QTest::newRow("the user's own index")
        << QByteArray("CREATE INDEX contacts_by_customer ON contacts (customer_id)")
        << QStringList {QStringLiteral("index contacts_by_customer")} << false;
    QTest::newRow("one of our triggers changed")
        << QByteArray("DROP TRIGGER customers_revision_insert; "
                      "CREATE TRIGGER customers_revision_insert AFTER INSERT ON customers BEGIN "
                      "UPDATE data_revision SET revision = revision + 1; DELETE FROM orders; END")
        << QStringList {QStringLiteral("trigger customers_revision_insert (changed)")} << true;
}

void TestUntrustedProject::foreignObjectsAreNamed()
{
    QFETCH(QByteArray, sql);
    QFETCH(QStringList, named);
    QFETCH(bool, readOnly);
    if (!sql.isEmpty())
        rawExecute(m_path, sql);
    const QByteArray before = fileHash(m_path);

    StoreError error;
    auto store = ProjectStore::open(m_path, ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY2(store, qPrintable(error.toString()));
    const QString warning = store->foreignObjectsWarning();
    QCOMPARE(warning.isEmpty(), named.isEmpty());
    if (!named.isEmpty())
        QVERIFY2(warning.contains(QLatin1String("did not create")), qPrintable(warning));
    for (const QString &name : std::as_const(named))
        QVERIFY2(warning.contains(name), qPrintable(warning));
    QCOMPARE(store->isReadOnly(), readOnly);
    if (readOnly) {
        QVERIFY2(store->readOnlyReason().contains(QLatin1String("triggers this program did not "
                                                                "create")),
                 qPrintable(store->readOnlyReason()));
        QVERIFY(!store->readOnlyReason().contains(QLatin1String("view")));
    }
    // Reading works either way.
    QCOMPARE(store->connection().queryInteger("SELECT count(*) FROM customers"), qint64(20));
    store.reset();
    QCOMPARE(fileHash(m_path), before);
}

void TestUntrustedProject::foreignTriggersNeverRunOnProductWrites_data()
{
    QTest::addColumn<ProductWrite>("write");

    // Each write returns the message the user would see.
    QTest::newRow("import of contacts")
        << ProductWrite([](const QString &projectPath, const QString &dir) {
               const QString csv = QDir(dir).filePath(QStringLiteral("contacts.csv"));
               QFile file(csv);
               if (!file.open(QIODevice::WriteOnly))
                   return QStringLiteral("cannot write the CSV file");
               file.write("contact_id,customer_id,contact_date,channel\n"
                          "K1,C1,2024-03-01,social\nK2,C2,2024-03-02,phone\n"
                          "K3,C3,2024-03-03,email\n");
               file.close();
               ImportRequest request;
               request.projectPath = projectPath;
               request.filePath = csv;
               request.table = CanonicalTable::Contacts;
               const ImportResult result = Importer::run(request);
               return result.ok ? QString() : result.error.message;
           });
    QTest::newRow("assumptions saved by the editor")
        << ProductWrite([](const QString &projectPath, const QString &) {
               Assumptions assumptions = Assumptions::defaults();
               assumptions.horizonMonths = 24;
               return assumptions.saveFile(projectPath);
           });
    QTest::newRow("a write through the opened store")
        << ProductWrite([](const QString &projectPath, const QString &) {
               auto store
                   = ProjectStore::open(projectPath, ProjectStore::OpenMode::ExistingOnly, nullptr);
               if (!store)
                   return QStringLiteral("not opened");
               try {
                   store->connection().execute(
                       "UPDATE assumptions SET value = '24' WHERE key = 'horizon_months'");
               } catch (const SqliteError &error) {
                   return error.message();
               }
               return QString();
           });
}

void TestUntrustedProject::foreignTriggersNeverRunOnProductWrites()
{
    QFETCH(ProductWrite, write);
    rawExecute(m_path, hostileSchema);
    const QByteArray before = fileHash(m_path);
    const qint64 contactsBefore = rawCount(m_path, "SELECT count(*) FROM contacts");

    const QString message = write(m_path, m_dir->path());
    QVERIFY2(message.contains(QLatin1String("triggers this program did not create")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("audit_contacts")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("zero_costs")), qPrintable(message));

    // Neither trigger ran, nothing was written, and the user's objects are all still there.
    QCOMPARE(rawCount(m_path, "SELECT count(*) FROM stolen"), qint64(0));
    QCOMPARE(rawCount(m_path, "SELECT count(*) FROM contacts"), contactsBefore);
    QCOMPARE(rawCount(m_path,
                      "SELECT count(*) FROM assumptions WHERE key = 'cost_per_contact_phone' "
                      "AND value = '0'"),
             qint64(0));
    QCOMPARE(rawCount(m_path,
                      "SELECT count(*) FROM sqlite_schema WHERE name IN ('audit_contacts', "
                      "'zero_costs', 'recent_customers', 'stolen')"),
             qint64(4));
    QCOMPARE(fileHash(m_path), before);
}

void TestUntrustedProject::damagedCopyIsRefused_data()
{
    // Each row damages a copy of a sound project where a quick_check (or
    // reading the schema) finds it: the bytes to find, and noise over them.
    QTest::addColumn<QByteArray>("landmark");

    QTest::newRow("customer rows") << QByteArray("fill pages 1500");
    QTest::newRow("the schema") << QByteArray("CREATE TABLE contacts");
}

void TestUntrustedProject::damagedCopyIsRefused()
{
    QFETCH(QByteArray, landmark);
    const QString original = m_dir->filePath(QStringLiteral("big.socialroi"));
    makeProject(original, 3000);
    const QString copy = m_dir->filePath(QStringLiteral("copy.socialroi"));
    QVERIFY(QFile::copy(original, copy));
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qsizetype at = file.readAll().indexOf(landmark);
        QVERIFY(at > 0);
        QVERIFY(file.seek(qMax<qint64>(100, at - 4096)));
        QByteArray noise(8192, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        file.write(noise);
    }
    const QByteArray originalHash = fileHash(original);
    const QByteArray copyHash = fileHash(copy);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    StoreError error;
    QVERIFY(!ProjectStore::open(copy, ProjectStore::OpenMode::ExistingOnly, &error));
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY2(error.message.contains(QLatin1String("damaged")), qPrintable(error.message));
    QVERIFY2(error.toString().contains(QDir::toNativeSeparators(copy)),
             qPrintable(error.toString()));
    QCOMPARE(fileHash(copy), copyHash);
    QCOMPARE(fileHash(original), originalHash);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
    QVERIFY(ProjectStore::open(original, ProjectStore::OpenMode::ExistingOnly, nullptr));
}

QTEST_GUILESS_MAIN(TestUntrustedProject)
#include "tst_untrustedproject.moc"
