// SPDX-License-Identifier: GPL-3.0-or-later
// The data browser's CSV export (QueryCsvExport): every row of the query as
// the browser shows it (filter and sort), streamed from the project, with
// numbers kept as numbers and formulas neutralised; nothing half-written.
#include "projectstore.h"
#include "querycsvexport.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Commas and points, with the byte order mark of a spreadsheet's file.
CsvDialect englishSpreadsheet()
{
    return CsvDialect::spreadsheet(QLocale(QLocale::English, QLocale::UnitedStates));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The file's records without the byte order mark, split at CRLF.
QList<QByteArray> records(const QString &path)
{
    QByteArray bytes = readAll(path);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

} // namespace

class TestQueryCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEveryRowOfTheQuery_data();
    void writesEveryRowOfTheQuery();
    void neutralisesFormulasAndKeepsNumbers_data();
    void neutralisesFormulasAndKeepsNumbers();
    void cancelKeepsTheExistingFile();
    void unwritableFolderIsAClearMessage();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestQueryCsvExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("p.socialroi"));
    StoreError error;
    auto store = ProjectStore::create(m_project, &error);
    QVERIFY2(store, qPrintable(error.toString()));
    SqliteConnection &connection = store->connection();
    SqliteTransaction transaction(connection);
    SqliteStatement insert
        = connection.prepare("INSERT INTO customers (customer_id, signup_date, monthly_revenue, "
                             "segment) VALUES (?, ?, ?, ?)");
    // 10 000 rows: more than the export's chunk, more than the browser loads.
    for (int i = 0; i < 10000; ++i) {
        insert.bind(1, QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0')));
        insert.bind(2, QStringLiteral("2024-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
        insert.bind(3, i == 1 ? -12.5 : 10.0 + i);
        insert.bind(4,
                    i == 0       ? QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                        : i == 2 ? QStringLiteral("-2+3")
                        : i % 2  ? QStringLiteral("premium")
                                 : QStringLiteral("basic"));
        insert.execute();
    }
    transaction.commit();
}

void TestQueryCsvExport::writesEveryRowOfTheQuery_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QByteArray>("firstId");

    QTest::newRow("whole table") << QString() << -1 << Qt::AscendingOrder << 10000
                                 << QByteArray("C00000");
    QTest::newRow("filtered") << QStringLiteral("premium") << -1 << Qt::AscendingOrder << 5000
                              << QByteArray("C00001");
    QTest::newRow("sorted by customer, descending")
        << QString() << 0 << Qt::DescendingOrder << 10000 << QByteArray("C09999");
}

void TestQueryCsvExport::writesEveryRowOfTheQuery()
{
    QFETCH(QString, filter);
    QFETCH(int, sortColumn);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, rows);
    QFETCH(QByteArray, firstId);

    TableQuery query;
    query.table = QStringLiteral("customers");
    query.filterText = filter;
    query.sortColumn = sortColumn;
    query.sortOrder = order;
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    qint64 lastProgress = 0;
    const QueryCsvExport::Outcome outcome
        = QueryCsvExport::write(m_project, query, path, englishSpreadsheet(), [&](qint64 written) {
              lastProgress = written;
              return true;
          });
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.rows, qint64(rows));
    QCOMPARE(lastProgress, qint64(rows));
    QVERIFY(readAll(path).startsWith("\xEF\xBB\xBF"));
    QVERIFY(readAll(path).contains("\r\n"));
    const QList<QByteArray> lines = records(path);
    QCOMPARE(lines.size(), rows + 1);
    QVERIFY(lines.at(0).startsWith("customer_id,signup_date,churn_date,monthly_revenue"));
    QVERIFY2(lines.at(1).startsWith(firstId + ','), lines.at(1).constData());
}

void TestQueryCsvExport::neutralisesFormulasAndKeepsNumbers_data()
{
    QTest::addColumn<int>("row"); // 1-based record after the header, file order
    QTest::addColumn<QByteArray>("contains");
    QTest::addColumn<QByteArray>("absent");

    QTest::newRow("formula in a text column")
        << 1 << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"") << QByteArray(",=");
    QTest::newRow("a minus that starts a formula")
        << 3 << QByteArray(",'-2+3,") << QByteArray(",-2+3");
    QTest::newRow("negative number stays a number")
        << 2 << QByteArray(",-12.5,") << QByteArray("'-12.5");
}

void TestQueryCsvExport::neutralisesFormulasAndKeepsNumbers()
{
    QFETCH(int, row);
    QFETCH(QByteArray, contains);
    QFETCH(QByteArray, absent);
    TableQuery query;
    query.table = QStringLiteral("customers");
    const QString path = m_dir.filePath(QStringLiteral("formulas.csv"));
    QVERIFY(QueryCsvExport::write(m_project, query, path, CsvDialect::programs()).ok);
    const QByteArray record = records(path).at(row);
    QVERIFY2(record.contains(contains), record.constData());
    QVERIFY2(!record.contains(absent), record.constData());
}

void TestQueryCsvExport::cancelKeepsTheExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("what was there\n");
    file.close();
    TableQuery query;
    query.table = QStringLiteral("customers");
    const QueryCsvExport::Outcome outcome = QueryCsvExport::write(
        m_project, query, path, CsvDialect::programs(), [](qint64) { return false; });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QCOMPARE(readAll(path), QByteArray("what was there\n"));
}

void TestQueryCsvExport::unwritableFolderIsAClearMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    TableQuery query;
    query.table = QStringLiteral("customers");
    const QueryCsvExport::Outcome outcome
        = QueryCsvExport::write(m_project, query, path, CsvDialect::programs());
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.message.contains(QStringLiteral("out.csv")), qPrintable(outcome.message));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestQueryCsvExport)
#include "tst_querycsvexport.moc"
