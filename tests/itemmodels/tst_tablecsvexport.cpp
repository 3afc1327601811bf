// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialect.h"
#include "tablecsvexport.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

constexpr int rawRole = Qt::UserRole + 1;

// One column "value" with one row holding `display` (and `raw` under rawRole
// when valid).
std::unique_ptr<QStandardItemModel> oneCell(const QString &display, const QVariant &raw = {})
{
    auto model = std::make_unique<QStandardItemModel>(1, 1);
    model->setHorizontalHeaderLabels({QStringLiteral("value")});
    auto *item = new QStandardItem(display);
    if (raw.isValid())
        item->setData(raw, rawRole);
    model->setItem(0, 0, item);
    return model;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTableCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void rawNumbersStayNumbers_data();
    void rawNumbersStayNumbers();
    void writesEveryRowWithHeadersBomAndCrlf();
    void reportsWriteErrors_data();
    void reportsWriteErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTableCsvExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTableCsvExport::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written"); // the record in the file, without CRLF

    // One row per character a spreadsheet starts a formula with.
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("equals with comma, quoted")
        << QStringLiteral("=HYPERLINK(\"http://evil\",\"Click\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Click\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                          << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("plus before a number") << QStringLiteral("+12") << QStringLiteral("'+12");
    QTest::newRow("minus, DDE") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                                << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("minus, sum") << QStringLiteral("-SUM(A1:A9)") << QStringLiteral("'-SUM(A1:A9)");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")
                        << QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    QTest::newRow("carriage return, quoted")
        << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    // Numbers stay numbers: a leading minus is a sign, not a formula.
    QTest::newRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("negative exponent") << QStringLiteral("-1.5e-07") << QStringLiteral("-1.5e-07");
    QTest::newRow("positive number") << QStringLiteral("42") << QStringLiteral("42");
    // Locale text is text: not a plain number, so neutralised when it leads with a sign.
    QTest::newRow("negative percentage") << QStringLiteral("-12.5%") << QStringLiteral("'-12.5%");
    QTest::newRow("plain text") << QStringLiteral("Retention") << QStringLiteral("Retention");
}

void TestTableCsvExport::neutralisesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    const auto model = oneCell(cell);
    const QString path = m_dir->filePath(QStringLiteral("cells.csv"));
    const TableCsvExport::Outcome outcome = TableCsvExport::write(*model, path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.rows, 1);
    // For programs (the default): no byte order mark.
    const QByteArray expected = QByteArray("value\r\n") + written.toUtf8() + QByteArray("\r\n");
    QCOMPARE(readAll(path), expected);
}

void TestTableCsvExport::rawNumbersStayNumbers_data()
{
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<QString>("written");
    QTest::newRow("negative money")
        << QStringLiteral("-€12.50") << QVariant(-12.5) << QStringLiteral("-12.5");
    QTest::newRow("share shown as percent")
        << QStringLiteral("80.1%") << QVariant(0.801) << QStringLiteral("0.801");
    QTest::newRow("integer with group separator")
        << QStringLiteral("1,234") << QVariant(qint64(1234)) << QStringLiteral("1234");
    QTest::newRow("ISO date under a local one")
        << QStringLiteral("01/02/2024") << QVariant(QStringLiteral("2024-02-01"))
        << QStringLiteral("2024-02-01");
    QTest::newRow("raw text is neutralised too")
        << QStringLiteral("=1+1") << QVariant(QStringLiteral("=1+1")) << QStringLiteral("'=1+1");
    QTest::newRow("no raw value: display text")
        << QStringLiteral("Yes") << QVariant() << QStringLiteral("Yes");
}

void TestTableCsvExport::rawNumbersStayNumbers()
{
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    QFETCH(QString, written);
    const auto model = oneCell(display, raw);
    TableCsvExport::Options options;
    options.rawRole = rawRole;
    QCOMPARE(TableCsvExport::toCsv(*model, options),
             QStringLiteral("value\r\n") + written + QStringLiteral("\r\n"));
    // Without the raw role, the display text as it is shown.
    QCOMPARE(TableCsvExport::toCsv(*model),
             QStringLiteral("value\r\n") + CsvDialect::programs().field(display)
                 + QStringLiteral("\r\n"));
}

void TestTableCsvExport::writesEveryRowWithHeadersBomAndCrlf()
{
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Metric"), QStringLiteral("Social, cohort"), QStringLiteral("Note")});
    const QStringList cells = {
        QStringLiteral("Überleben"),    QStringLiteral("1"),   QStringLiteral("two\nlines"),
        QStringLiteral("say \"hi\""),   QStringLiteral("2.5"), QString(),
        QStringLiteral("बचत, सामाजिक"), QStringLiteral("-3"),  QStringLiteral("=A1"),
    };
    for (int i = 0; i < cells.size(); ++i)
        model.setItem(i / 3, i % 3, new QStandardItem(cells.at(i)));
    const QString path = m_dir->filePath(QStringLiteral("table.csv"));
    TableCsvExport::Options options;
    options.dialect = CsvDialect::spreadsheet(QLocale(QLocale::English, QLocale::UnitedStates));
    const TableCsvExport::Outcome outcome = TableCsvExport::write(model, path, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.rows, 3);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString expected = QStringLiteral("Metric,\"Social, cohort\",Note\r\n"
                                            "Überleben,1,\"two\nlines\"\r\n"
                                            "\"say \"\"hi\"\"\",2.5,\r\n"
                                            "\"बचत, सामाजिक\",-3,'=A1\r\n");
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
}

void TestTableCsvExport::reportsWriteErrors_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::newRow("read-only folder") << QStringLiteral("locked/out.csv") << true;
    QTest::newRow("missing folder") << QStringLiteral("missing/out.csv") << false;
    QTest::newRow("folder is a file") << QStringLiteral("plain.txt/out.csv") << false;
}

void TestTableCsvExport::reportsWriteErrors()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, readOnlyFolder);
    if (readOnlyFolder) {
        // The superuser writes into read-only folders; nothing to observe then.
        if (::geteuid() == 0)
            QSKIP("Running as root: a read-only folder does not stop root from writing.");
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("locked")),
                                      QFile::ReadOwner | QFile::ExeOwner));
    }
    QFile plain(m_dir->filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();

    const auto model = oneCell(QStringLiteral("x"));
    const QString path = m_dir->filePath(relativePath);
    const TableCsvExport::Outcome outcome = TableCsvExport::write(*model, path);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error, TableCsvExport::Error::CannotOpen);
    QCOMPARE(outcome.rows, 0);
    QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QLatin1String("may write there")),
             qPrintable(outcome.message));
    QVERIFY(!QFile::exists(path));
    if (readOnlyFolder)
        QFile::setPermissions(m_dir->filePath(QStringLiteral("locked")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestTableCsvExport)
#include "tst_tablecsvexport.moc"
