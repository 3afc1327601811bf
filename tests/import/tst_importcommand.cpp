// SPDX-License-Identifier: GPL-3.0-or-later
// `socialroi import` as users and scripts run it: the command line, exit
// codes and messages, and a process killed in the middle of an import.
#include "hostilefiles.h"
#include "projectstore.h"
#include "sqliteconnection.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SOCIALROI_EXECUTABLE), QStringList {"import"} + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

qint64 fileSize(const QString &path)
{
    return QFileInfo::exists(path) ? QFileInfo(path).size() : -1;
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void help();
    void usageErrors_data();
    void usageErrors();
    void importsAndSummarises();
    void failureNamesFileLineAndColumn_data();
    void failureNamesFileLineAndColumn();
    void dateOrderOption();
    void delimiterAndEncodingOptions();
    void mappingProfilesByFileAndByName();
    void killedMidImportLeavesTheProjectAsBefore();
    void hostileFilesAreRefusedWithTheirReason_data();
    void hostileFilesAreRefusedWithTheirReason();

private:
    QString write(const QByteArray &bytes, const QString &name);
    QString project() const { return m_dir->filePath(QStringLiteral("p.socialroi")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportCommand::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestImportCommand::help()
{
    const Outcome outcome = run({QStringLiteral("--help")});
    QCOMPARE(outcome.exitCode, 0);
    for (const char *option : {"--table", "--sheet", "--mapping", "--on-duplicate", "--date-order",
                               "--delimiter", "--encoding", "--save-mapping"}) {
        QVERIFY2(outcome.out.contains(QLatin1String(option)), option);
    }
}

void TestImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString p = QStringLiteral("-p");
    const QString file = QStringLiteral("data.csv");
    QTest::newRow("no file") << QStringList {p, "x.socialroi", "--table", "customers"}
                             << "Missing FILE";
    QTest::newRow("no project") << QStringList {"--table", "customers", file} << "Missing -p";
    QTest::newRow("no table") << QStringList {p, "x.socialroi", file} << "Missing --table";
    QTest::newRow("unknown table")
        << QStringList {p, "x.socialroi", "--table", "people", file} << "\"people\"";
    QTest::newRow("two files") << QStringList {p,           "x.socialroi", "--table",
                                               "customers", file,          "more.csv"}
                               << "one file at a time";
    QTest::newRow("bad duplicate policy")
        << QStringList {p, "x.socialroi", "--table", "customers", "--on-duplicate", "merge", file}
        << "skip, replace or fail";
    QTest::newRow("bad date order")
        << QStringList {p, "x.socialroi", "--table", "customers", "--date-order", "ymd", file}
        << "dmy or mdy";
    QTest::newRow("bad delimiter")
        << QStringList {p, "x.socialroi", "--table", "customers", "--delimiter", "ab", file}
        << "--delimiter";
    QTest::newRow("bad encoding") << QStringList {p,           "x.socialroi", "--table",
                                                  "customers", "--encoding",  "ebcdic",
                                                  file}
                                  << "--encoding";
    QTest::newRow("unknown option")
        << QStringList {p, "x.socialroi", "--table", "customers", "--force", file} << "force";
    QTest::newRow("impossible snapshot date")
        << QStringList {p, "x.socialroi", "--table", "customers", "--snapshot", "2024-13-45", file}
        << "--snapshot must be a date written YYYY-MM-DD, not \"2024-13-45\"";
    QTest::newRow("bad tenure unit") << QStringList {
        p,       "x.socialroi", "--table", "customers", "--snapshot", "2024-01-31", "--tenure-unit",
        "weeks", file} << "--tenure-unit must be months or days, not \"weeks\"";
}

void TestImportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.socialroi")));
}

void TestImportCommand::importsAndSummarises()
{
    const QString customers = write("customer_id,signup_date,Agent\nC1,2024-01-01,N\n"
                                    "C2,2024-13-01,S\nC3,2024-01-03,S\n",
                                    QStringLiteral("customers.csv"));
    Outcome outcome = run({"-p", project(), "--table", "customers", customers});
    QCOMPARE(outcome.exitCode, 0); // some rows rejected: still a success
    QVERIFY(QFile::exists(project())); // created
    QVERIFY2(outcome.out.contains(QStringLiteral("rows read:     3")), qPrintable(outcome.out));
    QVERIFY(outcome.out.contains(QStringLiteral("imported:      2")));
    QVERIFY(outcome.out.contains(QStringLiteral("rejected:      1")));
    QVERIFY(outcome.out.contains(QStringLiteral("Some rows were rejected")));
    QVERIFY2(outcome.out.contains(QStringLiteral("customers.csv:3:2: column \"signup_date\"")),
             qPrintable(outcome.out));
    QVERIFY(outcome.out.contains(QStringLiteral("extra values:  2"))); // not of rejected rows

    // Contacts naming an unknown customer; then the same file again.
    const QString contacts = write("customer_id,contact_date,channel\nC1,2024-02-01, Phone\n"
                                   "C9,2024-02-01,chat\n",
                                   QStringLiteral("contacts.csv"));
    outcome = run({"-p", project(), "--table", "contacts", contacts});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(QStringLiteral("1 unknown customer)")), qPrintable(outcome.out));
    outcome = run({"-p", project(), "--table", "contacts", contacts});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.contains(QStringLiteral("already imported on")), qPrintable(outcome.err));

    // Duplicates: fail names the line and the key, and changes nothing.
    const QByteArray before = fileHash(project());
    outcome = run({"-p", project(), "--table", "customers", "--on-duplicate", "fail", customers});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(
        outcome.err.contains(QStringLiteral("customers.csv:2:1: duplicate customer_id \"C1\"")),
        qPrintable(outcome.err));
    QCOMPARE(fileHash(project()), before);
    outcome
        = run({"-p", project(), "--table", "customers", "--on-duplicate", "replace", customers});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(QStringLiteral("(2 existing rows replaced)")),
             qPrintable(outcome.out));
}

void TestImportCommand::failureNamesFileLineAndColumn_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unterminated quote")
        << "quote.csv" << QByteArray("customer_id,signup_date\nC1,2024-01-01\nC2,\"2024-01-02\n")
        << QStringList {"quote.csv:3:2:", "never closed"};
    QTest::newRow("ambiguous dates")
        << "dates.csv" << QByteArray("customer_id,signup_date\nC1,01/02/2024\nC2,03/04/2024\n")
        << QStringList {"dates.csv:2:2:", "01/02/2024", "--date-order"};
    QTest::newRow("required field missing lists the headers")
        << "plan.csv" << QByteArray("customerID,gender,plan\n7590-VHVEG,Female,gold\n")
        << QStringList {"plan.csv: ", "signup_date", "\"customerID\", \"gender\", \"plan\""};
    QTest::newRow("missing file") << "absent.csv" << QByteArray()
                                  << QStringList {"absent.csv: ", "does not exist"};
}

void TestImportCommand::failureNamesFileLineAndColumn()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, mentions);
    const QString path = bytes.isEmpty() ? m_dir->filePath(fileName) : write(bytes, fileName);
    const Outcome outcome = run({"-p", project(), "--table", "customers", path});
    QCOMPARE(outcome.exitCode, 1);
    for (const QString &mention : mentions)
        QVERIFY2(outcome.err.contains(mention), qPrintable(outcome.err));
    QVERIFY(!QFile::exists(project())); // a failed import creates no project
}

void TestImportCommand::dateOrderOption()
{
    const QString path = write("customer_id,signup_date\nC1,01/02/2024\nC2,03/04/2024\n",
                               QStringLiteral("dates.csv"));
    const Outcome outcome
        = run({"-p", project(), "--table", "customers", "--date-order", "mdy", path});
    QCOMPARE(outcome.exitCode, 0);
    SqliteConnection connection;
    QCOMPARE(connection.open(project(), SqliteConnection::Access::ReadOnly), SQLITE_OK);
    QCOMPARE(connection.queryText("SELECT group_concat(signup_date) FROM customers"),
             QStringLiteral("2024-01-02,2024-03-04"));
}

void TestImportCommand::delimiterAndEncodingOptions()
{
    // The delimiter and encoding given are used as given.
    const QString path = write("customer_id|signup_date|segment\nC1|2024-01-01|Z\xFCrich, Nord\n",
                               QStringLiteral("pipes.txt"));
    const Outcome outcome = run({"-p", project(), "--table", "customers", "--delimiter", "|",
                                 "--encoding", "windows-1252", path});
    QCOMPARE(outcome.exitCode, 0);
    SqliteConnection connection;
    QCOMPARE(connection.open(project(), SqliteConnection::Access::ReadOnly), SQLITE_OK);
    QCOMPARE(connection.queryText("SELECT segment FROM customers"), QStringLiteral("Zürich, Nord"));
}

void TestImportCommand::mappingProfilesByFileAndByName()
{
    const QString first = write("Kto;Wann\nA1;2024-02-01\n", QStringLiteral("first.csv"));
    // Without a mapping the headers match nothing.
    Outcome outcome = run({"-p", project(), "--table", "customers", first});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.err.contains(QStringLiteral("\"Kto\", \"Wann\"")));

    const QString profile = write(R"({"format": "socialroi-mapping", "version": 1,
        "table": "customers", "columns": [
            {"column": 1, "header": "Kto", "field": "customer_id"},
            {"column": 2, "header": "Wann", "field": "signup_date"}]})",
                                  QStringLiteral("profile.json"));
    outcome = run({"-p", project(), "--table", "customers", "--mapping", profile, "--save-mapping",
                   "Polish CRM", first});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(QStringLiteral("saved in the project as \"Polish CRM\"")),
             qPrintable(outcome.out));

    // The saved profile by name finds the columns in another order.
    const QString second = write("Wann;Kto\n2024-03-01;A2\n", QStringLiteral("second.csv"));
    outcome = run({"-p", project(), "--table", "customers", "--mapping", "Polish CRM", second});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(QStringLiteral("imported:      1")), qPrintable(outcome.out));

    outcome = run({"-p", project(), "--table", "customers", "--mapping", "Nope", second});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("Polish CRM")), qPrintable(outcome.err));

    const QString broken = write("{\"format\": \"other\"}", QStringLiteral("broken.json"));
    outcome = run({"-p", project(), "--table", "customers", "--mapping", broken, second});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("broken.json")), qPrintable(outcome.err));
}

void TestImportCommand::killedMidImportLeavesTheProjectAsBefore()
{
    Outcome outcome
        = run({"-p", project(), "--table", "customers",
               write("customer_id,signup_date\nC1,2024-01-01\nC2,2024-01-02\nC3,2024-01-03\n",
                     QStringLiteral("base.csv"))});
    QCOMPARE(outcome.exitCode, 0);
    const QByteArray before = fileHash(project());
    const QString wal = project() + QLatin1String("-wal");
    QVERIFY(!QFile::exists(wal));

    // Big enough to take seconds even in a Release build, and to overflow
    // SQLite's page cache, so pages reach the WAL while the transaction runs.
    const QString big = m_dir->filePath(QStringLiteral("big.csv"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id,signup_date,monthly_revenue,segment\n");
        QByteArray chunk;
        for (int i = 0; i < 2'000'000; ++i) {
            chunk += "N" + QByteArray::number(i) + ",2024-01-01," + QByteArray::number(i % 997)
                + ".50,Plan " + QByteArray::number(i % 13) + "\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }

    QProcess process;
    process.start(QStringLiteral(SOCIALROI_EXECUTABLE),
                  {"import", "-p", project(), "--table", "customers", big});
    QVERIFY(process.waitForStarted());
    // Mid-import: the transaction has spilled pages into the WAL.
    QElapsedTimer timer;
    timer.start();
    while (fileSize(wal) < 512 * 1024 && process.state() == QProcess::Running
           && timer.elapsed() < 240000) {
        QThread::msleep(5);
    }
    QVERIFY2(process.state() == QProcess::Running,
             "the import finished before it could be killed; make the file bigger");
    QVERIFY2(fileSize(wal) >= 512 * 1024, "the import never wrote to the WAL");
    process.kill(); // SIGKILL: no destructor, no rollback
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(wal));

    {
        StoreError error;
        const std::unique_ptr<ProjectStore> store
            = ProjectStore::open(project(), ProjectStore::OpenMode::ExistingOnly, &error);
        QVERIFY2(store, qPrintable(error.toString()));
        SqliteConnection &connection = store->connection();
        QCOMPARE(connection.queryInteger("SELECT count(*) FROM customers"), 3);
        QCOMPARE(connection.queryInteger("SELECT count(*) FROM import_log"), 1);
        QCOMPARE(connection.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    }
    // Nothing of the killed import reached the project file itself.
    QVERIFY(!QFile::exists(wal));
    QCOMPARE(fileHash(project()), before);
}

void TestImportCommand::hostileFilesAreRefusedWithTheirReason_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem"); // a phrase of the message
    QTest::newRow("zip bomb") << QStringLiteral("zip bomb") << QStringLiteral("zip bomb");
    QTest::newRow("billion laughs") << QStringLiteral("billion laughs") << QStringLiteral("DTD");
    QTest::newRow("row past the last") << QStringLiteral("row past") << QStringLiteral("1048577");
    QTest::newRow("single-line CSV") << QStringLiteral("single line") << QStringLiteral("line");
    QTest::newRow("too many columns") << QStringLiteral("columns") << QStringLiteral("16384");
}

void TestImportCommand::hostileFilesAreRefusedWithTheirReason()
{
    // The command line refuses each hostile file with a non-zero exit code,
    // a message that names the file and the problem, and the project as it
    // was, byte for byte.
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    const QString customers = write("customer_id,signup_date\nA,2024-01-01\n", "ok.csv");
    QCOMPARE(run({"-p", project(), "--table", "customers", customers}).exitCode, 0);
    const QByteArray before = fileHash(project());

    const QString folder = m_dir->path();
    QString file;
    if (kind == QLatin1String("zip bomb"))
        file = HostileFiles::zipBomb(folder);
    else if (kind == QLatin1String("billion laughs"))
        file = HostileFiles::billionLaughs(folder);
    else if (kind == QLatin1String("row past"))
        file = HostileFiles::rowPastLimit(folder);
    else if (kind == QLatin1String("single line"))
        file = HostileFiles::singleLineCsv(folder, 4 * 1024 * 1024);
    else
        file = HostileFiles::tooManyColumnsCsv(folder);
    QVERIFY2(!file.isEmpty(), qPrintable(kind));

    const Outcome outcome = run({"-p", project(), "--table", "customers", file});
    QVERIFY2(outcome.exitCode > 0, qPrintable(QString::number(outcome.exitCode)));
    QVERIFY2(outcome.err.contains(QFileInfo(file).fileName()), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(problem, Qt::CaseInsensitive), qPrintable(outcome.err));
    QCOMPARE(fileHash(project()), before);
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"