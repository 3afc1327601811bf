// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptions.h"
#include "projectfixture.h"
#include "projectschema.h"
#include "projectstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <functional>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

void rawExecute(const QString &path, const char *sql)
{
    SqliteConnection connection;
    QCOMPARE(connection.open(path, SqliteConnection::Access::ReadWrite), SQLITE_OK);
    connection.execute(sql);
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsEveryTableWithConventions();
    void refusesToCreateOverAnExistingFile();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void opensAReadOnlyFileForReading();
    void migratesAnOlderProject();
    void twoWritersDoNotCorruptTheProject();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectStore::createsEveryTableWithConventions()
{
    const QString path = m_dir->filePath(QStringLiteral("new.socialroi"));
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::CreateIfMissing, &error);
    QVERIFY2(store, qPrintable(error.toString()));
    SqliteConnection &connection = store->connection();

    for (const char *table :
         {"customers", "contacts", "orders", "mentions", "improvements", "assumptions",
          "import_log", "rejected_rows", "extra_attributes", "mapping_profiles", "demo_truth"}) {
        const QString sql
            = QStringLiteral(
                  "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                  .arg(QLatin1String(table));
        QVERIFY2(connection.queryInteger(sql.toUtf8().constData()) == 1, table);
    }
    QCOMPARE(connection.queryInteger("PRAGMA user_version"),
             qint64(ProjectSchema::currentVersion()));
    QCOMPARE(connection.queryInteger("PRAGMA application_id"),
             qint64(ProjectSchema::applicationId));
    QCOMPARE(connection.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(connection.queryInteger("PRAGMA foreign_keys"), qint64(1));
    QVERIFY(connection.queryInteger("SELECT count(*) FROM assumptions") >= 14);
    QCOMPARE(connection.queryText("SELECT value FROM assumptions WHERE key = 'horizon_months'"),
             QStringLiteral("12"));

    // Storage conventions are enforced: booleans 0/1, known channels, NPS 0-10,
    // and contacts must reference a known customer.
    connection.execute("INSERT INTO customers (customer_id, signup_date, social_engaged) VALUES "
                       "('A', '2024-01-02', 1)");
    QVERIFY_THROWS_EXCEPTION(SqliteError,
                             connection.execute("INSERT INTO customers (customer_id, signup_date, "
                                                "social_engaged) VALUES ('B', '2024-01-02', 2)"));
    QVERIFY_THROWS_EXCEPTION(SqliteError,
                             connection.execute("INSERT INTO customers (customer_id, signup_date, "
                                                "nps_score) VALUES ('C', '2024-01-02', 11)"));
    QVERIFY_THROWS_EXCEPTION(SqliteError,
                             connection.execute("INSERT INTO contacts (customer_id, contact_date, "
                                                "channel) VALUES ('A', '2024-01-03', 'fax')"));
    QVERIFY_THROWS_EXCEPTION(
        SqliteError,
        connection.execute("INSERT INTO contacts (customer_id, contact_date, "
                           "channel) VALUES ('nobody', '2024-01-03', 'phone')"));
    connection.execute("INSERT INTO contacts (customer_id, contact_date, channel) "
                       "VALUES ('A', '2024-01-03', 'social')");
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM contacts"), qint64(1));
}

void TestProjectStore::refusesToCreateOverAnExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    writeFile(path, "keep me\n");
    StoreError error;
    QVERIFY(!ProjectStore::create(path, &error));
    QCOMPARE(error.kind, StoreError::Kind::AlreadyExists);
    QCOMPARE(fileHash(path),
             QCryptographicHash::hash("keep me\n", QCryptographicHash::Sha256).toHex());
}

void TestProjectStore::rejectsBadFiles_data()
{
    // Each row prepares a file in the temporary directory and names the
    // kind of error and a word the message must contain.
    QTest::addColumn<std::function<void(const QString &)>>("prepare");
    QTest::addColumn<StoreError::Kind>("kind");
    QTest::addColumn<QString>("messageWord");

    QTest::newRow("text file") << std::function<void(const QString &)>([](const QString &path) {
        writeFile(path, "customer_id,signup_date\nC1,2024-01-01\n");
    }) << StoreError::Kind::NotSqlite
                               << QStringLiteral("not a SQLite database");
    QTest::newRow("empty file") << std::function<void(const QString &)>(
        [](const QString &path) { writeFile(path, QByteArray()); })
                                << StoreError::Kind::NotSqlite << QStringLiteral("empty");
    QTest::newRow("another program's SQLite database")
        << std::function<void(const QString &)>([](const QString &path) {
               SqliteConnection connection;
               connection.open(path, SqliteConnection::Access::ReadWriteCreate);
               connection.execute("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')");
           })
        << StoreError::Kind::NotAProject << QStringLiteral("not made by SocialROI");
    QTest::newRow("newer version") << std::function<void(const QString &)>([](const QString &path) {
        makeProject(path, 10);
        rawExecute(path, "PRAGMA user_version = 999");
    }) << StoreError::Kind::NewerVersion
                                   << QStringLiteral("newer version");
    // Found by fuzzing (fuzz_projectfile): a negative user_version made the
    // migration read before the start of its list.
    QTest::newRow("negative schema version")
        << std::function<void(const QString &)>([](const QString &path) {
               makeProject(path, 10);
               rawExecute(path, "PRAGMA user_version = -3");
           })
        << StoreError::Kind::Corrupt << QStringLiteral("damaged");
    QTest::newRow("truncated") << std::function<void(const QString &)>([](const QString &path) {
        makeProject(path);
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
    }) << StoreError::Kind::Corrupt
                               << QStringLiteral("truncated");
    QTest::newRow("damaged page") << std::function<void(const QString &)>([](const QString &path) {
        makeProject(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Overwrite rows of the customers table with noise (found by content,
        // so the damage hits used bytes whatever the page size).
        const qsizetype rows = file.readAll().indexOf("fill pages 1500");
        QVERIFY(rows > 4096);
        file.seek(rows - 4096);
        QByteArray noise(8192, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        file.write(noise);
    }) << StoreError::Kind::Corrupt
                                  << QStringLiteral("damaged");
    QTest::newRow("missing") << std::function<void(const QString &)>([](const QString &) {})
                             << StoreError::Kind::NotFound << QStringLiteral("does not exist");
    QTest::newRow("folder") << std::function<void(const QString &)>(
        [](const QString &path) { QDir().mkpath(path); })
                            << StoreError::Kind::IsDirectory << QStringLiteral("folder");
}

void TestProjectStore::rejectsBadFiles()
{
    QFETCH(std::function<void(const QString &)>, prepare);
    QFETCH(StoreError::Kind, kind);
    QFETCH(QString, messageWord);

    const QString path = m_dir->filePath(QStringLiteral("subject.socialroi"));
    prepare(path);
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    StoreError error;
    QVERIFY(!ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error));
    QCOMPARE(error.kind, kind);
    QVERIFY2(error.message.contains(messageWord, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY2(error.toString().contains(QDir::toNativeSeparators(path)),
             qPrintable(error.toString()));

    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

// A read-only file opens for reading and refuses every write with the
// reason, unchanged. (The command-line side, and a read-only folder, are in
// tst_faults, which also covers running as root.)
void TestProjectStore::opensAReadOnlyFileForReading()
{
    const QString path = m_dir->filePath(QStringLiteral("read-only.socialroi"));
    makeProject(path, 10);
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(path);
    {
        StoreError error;
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
        QVERIFY2(store, qPrintable(error.toString()));
        QVERIFY(store->isReadOnly());
        QVERIFY2(store->readOnlyReason().contains(QLatin1String("read-only")),
                 qPrintable(store->readOnlyReason()));
        QCOMPARE(store->connection().queryInteger("SELECT count(*) FROM customers"), qint64(10));
        QString refusal;
        try {
            store->connection().execute(
                "INSERT INTO customers (customer_id, signup_date) VALUES ('X', '2024-01-01')");
        } catch (const SqliteError &sqliteError) {
            refusal = sqliteError.message();
        }
        QCOMPARE(refusal, store->readOnlyReason());
    }
    QCOMPARE(fileHash(path), before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestProjectStore::migratesAnOlderProject()
{
    // A project as version 1 of the schema wrote it, with a customer in it.
    const QString path = m_dir->filePath(QStringLiteral("old.socialroi"));
    {
        SqliteConnection connection;
        QCOMPARE(connection.open(path, SqliteConnection::Access::ReadWriteCreate), SQLITE_OK);
        ProjectSchema::migrate(connection, 1);
        connection.execute(
            "INSERT INTO customers (customer_id, signup_date) VALUES ('C1', '2023-05-01')");
        QCOMPARE(connection.queryInteger("PRAGMA user_version"), qint64(1));
        QCOMPARE(connection.queryInteger(
                     "SELECT count(*) FROM sqlite_schema WHERE name = 'extra_attributes'"),
                 qint64(0));
    }

    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY2(store, qPrintable(error.toString()));
    SqliteConnection &connection = store->connection();
    QCOMPARE(connection.queryInteger("PRAGMA user_version"),
             qint64(ProjectSchema::currentVersion()));
    QCOMPARE(connection.queryText("SELECT signup_date FROM customers WHERE customer_id = 'C1'"),
             QStringLiteral("2023-05-01"));
    connection.execute("INSERT INTO extra_attributes (table_name, row_id, name, value) "
                       "VALUES ('customers', 1, 'region', 'Poland')");
    QCOMPARE(connection.queryInteger("SELECT count(*) FROM assumptions"),
             qint64(Assumptions::specs().size()));
}

void TestProjectStore::twoWritersDoNotCorruptTheProject()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.socialroi"));
    QVERIFY(ProjectStore::create(path, nullptr));

    // Two connections, as two processes would have, write at the same time
    // in many small transactions; the busy timeout makes them take turns.
    constexpr int rowsPerWriter = 300;
    auto writer = [&path](const QString &prefix) {
        return QThread::create([path, prefix] {
            StoreError error;
            auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
            if (!store)
                return;
            for (int i = 0; i < rowsPerWriter; ++i) {
                SqliteTransaction transaction(store->connection());
                SqliteStatement insert = store->connection().prepare(
                    "INSERT INTO customers (customer_id, signup_date) VALUES (?, '2024-02-02')");
                insert.bind(1, prefix + QString::number(i));
                insert.execute();
                transaction.commit();
            }
        });
    };
    std::unique_ptr<QThread> first(writer(QStringLiteral("first-")));
    std::unique_ptr<QThread> second(writer(QStringLiteral("second-")));
    first->start();
    second->start();
    QVERIFY(first->wait(60000));
    QVERIFY(second->wait(60000));

    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, &error);
    QVERIFY2(store, qPrintable(error.toString()));
    QCOMPARE(store->connection().queryInteger("SELECT count(*) FROM customers"),
             qint64(2 * rowsPerWriter));
    QCOMPARE(store->connection().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
