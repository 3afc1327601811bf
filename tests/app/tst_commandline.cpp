// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
    process.start(QStringLiteral(SOCIALROI_EXECUTABLE), arguments);
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
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp_data();
    void versionAndHelp();
    void demoWritesAProject();
    void demoRejectsBadOptions_data();
    void demoRejectsBadOptions();
    void aTextFileIsNotAProject();
    void metricsRejectsBadOptions_data();
    void metricsRejectsBadOptions();
    void metricsNeedsAnExistingProject();
    void metricsNamesAnUnknownAttribute();
    void metricsWillNotOverwriteTheProject();
    void metricsWritesJsonAndCsv();
    void scoresWritesCsvAndXlsx();
    void objectsItDidNotCreateAreNamed_data();
    void objectsItDidNotCreateAreNamed();

private:
    QTemporaryDir m_dir;
};

void TestCommandLine::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringList {QStringLiteral("--version")}
                             << QStringLiteral("SocialROI Workbench");
    QTest::newRow("help lists the verbs")
        << QStringList {QStringLiteral("--help")} << QStringLiteral("demo");
    QTest::newRow("demo help") << QStringList {QStringLiteral("demo"), QStringLiteral("--help")}
                               << QStringLiteral("--customers");
    QTest::newRow("help lists metrics")
        << QStringList {QStringLiteral("--help")} << QStringLiteral("metrics");
    QTest::newRow("metrics help") << QStringList {QStringLiteral("metrics"),
                                                  QStringLiteral("--help")}
                                  << QStringLiteral("--format");
    QTest::newRow("metrics help names the date options")
        << QStringList {QStringLiteral("metrics"), QStringLiteral("-h")}
        << QStringLiteral("--as-of");
}

void TestCommandLine::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.contains(expected), qPrintable(outcome.out));
}

void TestCommandLine::demoWritesAProject()
{
    const QString path = m_dir.filePath(QStringLiteral("d.socialroi"));
    const Outcome outcome = run({QStringLiteral("demo"), QStringLiteral("-o"), path,
                                 QStringLiteral("--customers"), QStringLiteral("1200")});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(store);
    QCOMPARE(store->connection().queryInteger("SELECT count(*) FROM customers"), qint64(1200));

    // Running it again does not overwrite without --force.
    const Outcome again = run({QStringLiteral("demo"), QStringLiteral("-o"), path});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
}

void TestCommandLine::demoRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no output") << QStringList {QStringLiteral("demo")} << QStringLiteral("-o FILE");
    QTest::newRow("customers not a number")
        << QStringList {QStringLiteral("demo"), QStringLiteral("-o"), QStringLiteral("x.socialroi"),
                        QStringLiteral("--customers"), QStringLiteral("many")}
        << QStringLiteral("--customers");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("demo"), QStringLiteral("--colour")}
        << QStringLiteral("colour");
}

void TestCommandLine::demoRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(expected), qPrintable(outcome.err));
}

void TestCommandLine::aTextFileIsNotAProject()
{
    const QString path = m_dir.filePath(QStringLiteral("customers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer_id,signup_date\nC1,2024-01-01\n");
    file.close();
    const QByteArray before = fileHash(path);

    const Outcome outcome = run({path});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(path)
                 && outcome.err.contains(QStringLiteral("not a SQLite database")),
             qPrintable(outcome.err));
    QCOMPARE(fileHash(path), before);
}

void TestCommandLine::metricsRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QStringList withProject
        = {QStringLiteral("metrics"), QStringLiteral("-p"), QStringLiteral("x.socialroi")};
    const QStringList valid
        = withProject + QStringList {QStringLiteral("--format"), QStringLiteral("json")};
    const auto plus
        = [](QStringList arguments, const QStringList &more) { return arguments << more; };

    QTest::newRow("no project") << QStringList {QStringLiteral("metrics"),
                                                QStringLiteral("--format"), QStringLiteral("json")}
                                << QStringLiteral("-p PROJECT");
    QTest::newRow("no format") << withProject << QStringLiteral("--format json|csv");
    QTest::newRow("format without a value")
        << plus(withProject, {QStringLiteral("--format")}) << QStringLiteral("format");
    QTest::newRow("format not json or csv")
        << plus(withProject, {QStringLiteral("--format"), QStringLiteral("xml")})
        << QStringLiteral("--format must be json or csv, not \"xml\"");
    QTest::newRow("format in capitals")
        << plus(withProject, {QStringLiteral("--format"), QStringLiteral("JSON")})
        << QStringLiteral("\"JSON\"");
    QTest::newRow("date not YYYY-MM-DD")
        << plus(valid, {QStringLiteral("--from"), QStringLiteral("31/12/2023")})
        << QStringLiteral("--from must be a date written YYYY-MM-DD, not \"31/12/2023\"");
    QTest::newRow("no such day")
        << plus(valid, {QStringLiteral("--as-of"), QStringLiteral("2023-02-30")})
        << QStringLiteral("--as-of must be a date written YYYY-MM-DD, not \"2023-02-30\"");
    QTest::newRow("date without leading zeros")
        << plus(valid, {QStringLiteral("--to"), QStringLiteral("2023-2-1")})
        << QStringLiteral("--to must be a date");
    QTest::newRow("date with a time")
        << plus(valid, {QStringLiteral("--to"), QStringLiteral("2023-02-01T00:00")})
        << QStringLiteral("\"2023-02-01T00:00\"");
    QTest::newRow("from after to") << plus(valid,
                                           {QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                                            QStringLiteral("--to"), QStringLiteral("2023-01-01")})
                                   << QStringLiteral("--from 2024-01-01 is after --to 2023-01-01");
    QTest::newRow("unknown option")
        << plus(valid, {QStringLiteral("--colour")}) << QStringLiteral("colour");
    QTest::newRow("method neither adjusted nor naive")
        << plus(valid, {QStringLiteral("--method"), QStringLiteral("bogus")})
        << QStringLiteral("--method must be adjusted or naive, not \"bogus\"");
    QTest::newRow("stray argument")
        << plus(valid, {QStringLiteral("extra")}) << QStringLiteral("Unexpected argument: extra");
    QTest::newRow("too few bootstrap replicates")
        << plus(valid, {QStringLiteral("--bootstrap"), QStringLiteral("5")})
        << QStringLiteral(
               "--bootstrap must be a number of replicates from 20 to 100000, not \"5\"");
    const QStringList csv
        = withProject + QStringList {QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("csv for neither programs nor spreadsheet")
        << plus(csv, {QStringLiteral("--csv-for"), QStringLiteral("excel")})
        << QStringLiteral("--csv-for must be programs or spreadsheet, not \"excel\"");
    QTest::newRow("csv for without a value")
        << plus(csv, {QStringLiteral("--csv-for")}) << QStringLiteral("csv-for");
    QTest::newRow("csv for with json")
        << plus(valid, {QStringLiteral("--csv-for"), QStringLiteral("spreadsheet")})
        << QStringLiteral("--csv-for applies to --format csv only");
    QTest::newRow("language for programs")
        << plus(csv, {QStringLiteral("--lang"), QStringLiteral("de")})
        << QStringLiteral("--lang applies to --csv-for spreadsheet only");
    QTest::newRow("unknown language of the spreadsheet")
        << plus(csv,
                {QStringLiteral("--csv-for"), QStringLiteral("spreadsheet"),
                 QStringLiteral("--lang"), QStringLiteral("de_CH")})
        << QStringLiteral("--lang must be one of en, fr, de, pl, hi, not \"de_CH\"");
    QTest::newRow("bootstrap replicates not a number")
        << plus(valid, {QStringLiteral("--bootstrap"), QStringLiteral("many")})
        << QStringLiteral("not \"many\"");
}

void TestCommandLine::metricsRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(expected), qPrintable(outcome.err));
    QVERIFY(outcome.out.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("x.socialroi")));
}

void TestCommandLine::metricsNeedsAnExistingProject()
{
    // metrics reads a project; unlike import it never creates one.
    const QString path = m_dir.filePath(QStringLiteral("missing.socialroi"));
    const Outcome outcome = run({QStringLiteral("metrics"), QStringLiteral("-p"), path,
                                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(path), qPrintable(outcome.err));
    QVERIFY(outcome.out.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestCommandLine::metricsNamesAnUnknownAttribute()
{
    // --adjust-for names an attribute the customers do not have: the
    // project and the attribute are named, nothing is printed.
    const QString path = m_dir.filePath(QStringLiteral("attributes.socialroi"));
    const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("-o"), path,
                              QStringLiteral("--customers"), QStringLiteral("300")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Outcome outcome = run({QStringLiteral("metrics"), QStringLiteral("-p"), path,
                                 QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--adjust-for"), QStringLiteral("shoe_size")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("\"shoe_size\"")), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(path), qPrintable(outcome.err));
    QVERIFY(outcome.out.isEmpty());

    // The demo's region is one: compared like with like, named in the JSON.
    const Outcome region
        = run({QStringLiteral("metrics"), QStringLiteral("-p"), path, QStringLiteral("--format"),
               QStringLiteral("json"), QStringLiteral("--adjust-for"), QStringLiteral("region")});
    QVERIFY2(region.exitCode == 0, qPrintable(region.err));
    const QJsonObject document = QJsonDocument::fromJson(region.out.toUtf8()).object();
    QCOMPARE(document.value(QLatin1String("filters"))
                 .toObject()
                 .value(QLatin1String("adjust_for"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("region"));
}

void TestCommandLine::metricsWillNotOverwriteTheProject()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.socialroi"));
    const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("-o"), path,
                              QStringLiteral("--customers"), QStringLiteral("100")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QByteArray before = fileHash(path);

    const Outcome outcome
        = run({QStringLiteral("metrics"), QStringLiteral("-p"), path, QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("-o"), path});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(QStringLiteral("the project itself")), qPrintable(outcome.err));
    QCOMPARE(fileHash(path), before);
}

void TestCommandLine::metricsWritesJsonAndCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("m.socialroi"));
    const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("-o"), path,
                              QStringLiteral("--customers"), QStringLiteral("300")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

    const Outcome json
        = run({QStringLiteral("metrics"), QStringLiteral("-p"), path, QStringLiteral("--format"),
               QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.value(QLatin1String("as_of")).toString(), QStringLiteral("2025-06-30"));
    const QJsonObject cohorts = document.value(QLatin1String("cohorts")).toObject();
    QVERIFY(cohorts.value(QLatin1String("social")).toObject().contains(QLatin1String("customers")));
    QVERIFY(!document.value(QLatin1String("metrics")).toArray().isEmpty());
    QVERIFY(document.value(QLatin1String("roi")).isObject());
    const auto intervalOf = [](const QJsonObject &metrics) {
        return metrics.value(QLatin1String("roi"))
            .toObject()
            .value(QLatin1String("interval"))
            .toObject();
    };
    QCOMPARE(intervalOf(document).value(QLatin1String("method")).toString(),
             QStringLiteral("linearized"));

    // The ROI's interval from the bootstrap: the same figures, another range.
    const Outcome bootstrapped
        = run({QStringLiteral("metrics"), QStringLiteral("-p"), path, QStringLiteral("--format"),
               QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30"),
               QStringLiteral("--bootstrap"), QStringLiteral("20")});
    QVERIFY2(bootstrapped.exitCode == 0, qPrintable(bootstrapped.err));
    const QJsonObject withBootstrap = QJsonDocument::fromJson(bootstrapped.out.toUtf8()).object();
    const QJsonObject interval = intervalOf(withBootstrap);
    QCOMPARE(interval.value(QLatin1String("method")).toString(), QStringLiteral("bootstrap"));
    QVERIFY(interval.value(QLatin1String("replicates")).toInt() >= 10);
    QCOMPARE(withBootstrap.value(QLatin1String("roi")).toObject().value(QLatin1String("value")),
             document.value(QLatin1String("roi")).toObject().value(QLatin1String("value")));

    const QString csvPath = m_dir.filePath(QStringLiteral("metrics.csv"));
    const Outcome csv
        = run({QStringLiteral("metrics"), QStringLiteral("-p"), path, QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("-o"), csvPath});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY(csv.out.isEmpty());
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray programsFile = file.readAll();
    QVERIFY(programsFile.startsWith("metric,name,unit,social,control,difference,lift,"));
    file.close();

    // The same file asked for by name; and for spreadsheets, in the
    // language's separators with a byte order mark, 12 digits at most.
    const QStringList csvArguments = {QStringLiteral("metrics"), QStringLiteral("-p"), path,
                                      QStringLiteral("--format"), QStringLiteral("csv")};
    const Outcome programs
        = run(csvArguments + QStringList {QStringLiteral("--csv-for"), QStringLiteral("programs")});
    QVERIFY2(programs.exitCode == 0, qPrintable(programs.err));
    QCOMPARE(programs.out.toUtf8(), programsFile);
    const QString germanPath = m_dir.filePath(QStringLiteral("metrics-de.csv"));
    const Outcome german
        = run(csvArguments
              + QStringList {QStringLiteral("--csv-for"), QStringLiteral("spreadsheet"),
                             QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"),
                             germanPath});
    QVERIFY2(german.exitCode == 0, qPrintable(german.err));
    QFile germanFile(germanPath);
    QVERIFY(germanFile.open(QIODevice::ReadOnly));
    const QByteArray germanBytes = germanFile.readAll();
    QVERIFY(germanBytes.startsWith("\xEF\xBB\xBFmetric;name;unit;social;control;"));
    QCOMPARE(germanBytes.count("\r\n"), programsFile.count("\r\n"));
    // At most 12 significant digits in each number cell ("0,0000000643258215399" has 12).
    static const QRegularExpression numberCell(
        QStringLiteral("(?:^|;)(-?[0-9]+(?:,[0-9]+)?)(?=;|\r)"),
        QRegularExpression::MultilineOption);
    int numbers = 0;
    for (const QRegularExpressionMatch &match :
         numberCell.globalMatch(QString::fromUtf8(germanBytes))) {
        QString digits = match.captured(1).remove(QLatin1Char('-')).remove(QLatin1Char(','));
        while (digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        QVERIFY2(digits.size() <= 12, qPrintable(match.captured(1)));
        ++numbers;
    }
    QVERIFY(numbers > 50);
    const Outcome english
        = run(csvArguments
              + QStringList {QStringLiteral("--csv-for"), QStringLiteral("spreadsheet"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(english.exitCode == 0, qPrintable(english.err));
    QVERIFY(english.out.contains(QStringLiteral("metric,name,unit,social,control,")));
    QVERIFY(!english.out.startsWith(QStringLiteral("metric;")));

    // A file that cannot be written is a failure, reported with its name.
    const QString badPath = m_dir.filePath(QStringLiteral("no/such/folder/metrics.csv"));
    const Outcome bad
        = run({QStringLiteral("metrics"), QStringLiteral("-p"), path, QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("-o"), badPath});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(badPath), qPrintable(bad.err));
}

void TestCommandLine::scoresWritesCsvAndXlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("s.socialroi"));
    const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("-o"), path,
                              QStringLiteral("--customers"), QStringLiteral("300")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ExistingOnly, nullptr);
    QVERIFY(store);
    const qint64 signedUp = store->connection().queryInteger(
        "SELECT count(*) FROM customers WHERE signup_date <= '2025-06-30'");
    store.reset();

    const QString csvPath = m_dir.filePath(QStringLiteral("scores.csv"));
    const Outcome csv
        = run({QStringLiteral("scores"), QStringLiteral("-p"), path, QStringLiteral("-o"), csvPath,
               QStringLiteral("--as-of"), QStringLiteral("2025-06-30")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("customer_id,cohort,p_alive,"
                        "expected_transactions_next_horizon,"
                        "expected_spend_per_transaction,derl_months,clv\r"));
    QCOMPARE(qint64(lines.size() - 2), signedUp);
    QVERIFY(lines[1].contains(",social,") || lines[1].contains(",control,"));

    const QString xlsxPath = m_dir.filePath(QStringLiteral("scores.xlsx"));
    const Outcome xlsx = run(
        {QStringLiteral("scores"), QStringLiteral("-p"), path, QStringLiteral("-o"), xlsxPath});
    QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
    QFile workbook(xlsxPath);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK"));

    const Outcome badSuffix = run({QStringLiteral("scores"), QStringLiteral("-p"), path,
                                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("s.txt"))});
    QCOMPARE(badSuffix.exitCode, 2);
    QVERIFY2(badSuffix.err.contains(QStringLiteral(".csv")), qPrintable(badSuffix.err));
    const Outcome badDate
        = run({QStringLiteral("scores"), QStringLiteral("-p"), path, QStringLiteral("-o"), csvPath,
               QStringLiteral("--as-of"), QStringLiteral("2025-02-30")});
    QCOMPARE(badDate.exitCode, 2);
}

void TestCommandLine::objectsItDidNotCreateAreNamed_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "-p PROJECT"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("errorWords");

    // Reading goes on, with the warning on stderr.
    QTest::newRow("metrics") << QStringList {QStringLiteral("--format"), QStringLiteral("json")}
                             << 0
                             << QStringList {QStringLiteral("did not create"),
                                             QStringLiteral("trigger audit_orders"),
                                             QStringLiteral("view everyone")};
    // Writing is refused, naming the trigger that would have run.
    QTest::newRow("import") << QStringList {QStringLiteral("--table"), QStringLiteral("orders"),
                                            QStringLiteral("ORDERS_CSV")}
                            << 1
                            << QStringList {QStringLiteral("triggers this program did not create"),
                                            QStringLiteral("trigger audit_orders"),
                                            QStringLiteral("Nothing was imported")};
}

void TestCommandLine::objectsItDidNotCreateAreNamed()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, errorWords);
    const QString path
        = m_dir.filePath(QStringLiteral("foreign-%1.socialroi").arg(QTest::currentDataTag()));
    const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("-o"), path,
                              QStringLiteral("--customers"), QStringLiteral("200")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    {
        SqliteConnection connection;
        QCOMPARE(connection.open(path, SqliteConnection::Access::ReadWrite), 0); // SQLITE_OK
        connection.execute("CREATE TABLE copies (amount REAL); "
                           "CREATE TRIGGER audit_orders AFTER INSERT ON orders BEGIN "
                           "INSERT INTO copies VALUES (new.amount); END; "
                           "CREATE VIEW everyone AS SELECT customer_id FROM customers");
    }
    const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order_id,customer_id,order_date,amount\nX1,C0000001,2025-01-02,10.5\n");
    file.close();
    arguments.replaceInStrings(QStringLiteral("ORDERS_CSV"), csv);
    const QByteArray before = fileHash(path);

    const QString verb = QString::fromLatin1(QTest::currentDataTag());
    const Outcome outcome = run(QStringList {verb, QStringLiteral("-p"), path} + arguments);
    QCOMPARE(outcome.exitCode, exitCode);
    for (const QString &word : std::as_const(errorWords))
        QVERIFY2(outcome.err.contains(word), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(path), qPrintable(outcome.err));
    // Nothing was written: not the rows, not the metrics' snapshot.
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
