// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialect.h"
#include "metricscsv.h"

#include <QLocale>
#include <QTest>

#include <limits>

// The two forms of every CSV the workbench writes: for programs (comma,
// point, no byte order mark) and for a spreadsheet in a language (its list
// separator and decimal mark, a byte order mark), both with numbers to 12
// significant digits, ISO dates and formulas neutralised.
class TestCsvDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separatorsOfEachLanguage_data();
    void separatorsOfEachLanguage();
    void recordBytes_data();
    void recordBytes();
    void numbers_data();
    void numbers();
    void fieldsAsTablesShowThem_data();
    void fieldsAsTablesShowThem();
    void metricsFileInGerman();
    void namesOfTheKinds();
};

namespace {

CsvDialect dialectFor(const QString &language)
{
    if (language == QLatin1String("programs"))
        return CsvDialect::programs();
    return CsvDialect::spreadsheet(QLocale(language));
}

} // namespace

void TestCsvDialect::separatorsOfEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QChar>("decimalMark");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::newRow("programs") << QStringLiteral("programs") << QChar(u',') << QChar(u'.') << false;
    QTest::newRow("English") << QStringLiteral("en_US") << QChar(u',') << QChar(u'.') << true;
    QTest::newRow("German") << QStringLiteral("de_DE") << QChar(u';') << QChar(u',') << true;
    QTest::newRow("French") << QStringLiteral("fr_FR") << QChar(u';') << QChar(u',') << true;
    QTest::newRow("Polish") << QStringLiteral("pl_PL") << QChar(u';') << QChar(u',') << true;
    QTest::newRow("Hindi") << QStringLiteral("hi_IN") << QChar(u',') << QChar(u'.') << true;
}

void TestCsvDialect::separatorsOfEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QChar, delimiter);
    QFETCH(QChar, decimalMark);
    QFETCH(bool, byteOrderMark);
    const CsvDialect dialect = dialectFor(language);
    QCOMPARE(dialect.delimiter(), delimiter);
    QCOMPARE(dialect.decimalMark(), decimalMark);
    QCOMPARE(dialect.hasByteOrderMark(), byteOrderMark);
    QCOMPARE(dialect.fileStart(), byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray());
}

void TestCsvDialect::recordBytes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("bytes"); // the whole file: one record

    // Cells: a name, a share with 17 digits, negative money, a tiny rate, a
    // count, a formula, a text holding a semicolon, a date.
    QTest::newRow("programs") << QStringLiteral("programs")
                              << QByteArray("Retention,0.936350932199,-1234567.25,1e-07,1200,"
                                            "'=1+1,M\xC3\xBCller; Anna,2024-03-31\r\n");
    QTest::newRow("English") << QStringLiteral("en_US")
                             << QByteArray("\xEF\xBB\xBFRetention,0.936350932199,-1234567.25,"
                                           "0.0000001,1200,'=1+1,M\xC3\xBCller; Anna,"
                                           "2024-03-31\r\n");
    QTest::newRow("German") << QStringLiteral("de_DE")
                            << QByteArray("\xEF\xBB\xBFRetention;0,936350932199;-1234567,25;"
                                          "0,0000001;1200;'=1+1;\"M\xC3\xBCller; Anna\";"
                                          "2024-03-31\r\n");
    QTest::newRow("French") << QStringLiteral("fr_FR")
                            << QByteArray("\xEF\xBB\xBFRetention;0,936350932199;-1234567,25;"
                                          "0,0000001;1200;'=1+1;\"M\xC3\xBCller; Anna\";"
                                          "2024-03-31\r\n");
    QTest::newRow("Polish") << QStringLiteral("pl_PL")
                            << QByteArray("\xEF\xBB\xBFRetention;0,936350932199;-1234567,25;"
                                          "0,0000001;1200;'=1+1;\"M\xC3\xBCller; Anna\";"
                                          "2024-03-31\r\n");
    // Hindi: Latin digits and a point, as Indian spreadsheets read them.
    QTest::newRow("Hindi") << QStringLiteral("hi_IN")
                           << QByteArray("\xEF\xBB\xBFRetention,0.936350932199,-1234567.25,"
                                         "0.0000001,1200,'=1+1,M\xC3\xBCller; Anna,"
                                         "2024-03-31\r\n");
}

void TestCsvDialect::recordBytes()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, bytes);
    const CsvDialect dialect = dialectFor(language);
    const QString record = dialect.record({
        dialect.text(QStringLiteral("Retention")),
        dialect.number(0.9363509321989204),
        dialect.number(-1234567.25),
        dialect.number(1e-7),
        dialect.integer(1200),
        dialect.text(QStringLiteral("=1+1")),
        dialect.text(QStringLiteral("Müller; Anna")),
        dialect.date(QDate(2024, 3, 31)),
    });
    QCOMPARE(dialect.file(record), bytes);
}

void TestCsvDialect::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("programs");
    QTest::addColumn<QString>("german");

    QTest::newRow("17 digits to 12") << 0.9363509321989204 << QStringLiteral("0.936350932199")
                                     << QStringLiteral("0,936350932199");
    QTest::newRow("binary noise") << 0.1 + 0.2 << QStringLiteral("0.3") << QStringLiteral("0,3");
    QTest::newRow("no digit grouping")
        << 1234567.5 << QStringLiteral("1234567.5") << QStringLiteral("1234567,5");
    QTest::newRow("whole number") << 250000.0 << QStringLiteral("250000")
                                  << QStringLiteral("250000");
    QTest::newRow("negative") << -0.25 << QStringLiteral("-0.25") << QStringLiteral("-0,25");
    QTest::newRow("tiny: no exponent for a spreadsheet")
        << 2.5e-10 << QStringLiteral("2.5e-10") << QStringLiteral("0,00000000025");
    QTest::newRow("large: no exponent for a spreadsheet")
        << 123456789012345.0 << QStringLiteral("1.23456789012e+14")
        << QStringLiteral("123456789012000");
    QTest::newRow("rounds up at the 12th digit")
        << 0.99999999999951 << QStringLiteral("1") << QStringLiteral("1");
    QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << QString()
                                  << QString();
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QString() << QString();
}

void TestCsvDialect::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, programs);
    QFETCH(QString, german);
    // The window's language must not leak into either form.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(CsvDialect::programs().number(value), programs);
    QCOMPARE(CsvDialect::spreadsheet(QLocale(QLocale::German, QLocale::Germany)).number(value),
             german);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(CsvDialect::programs().number(std::nullopt), QString());
}

void TestCsvDialect::fieldsAsTablesShowThem_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("programs");
    QTest::addColumn<QString>("german");

    QTest::newRow("decimal number")
        << QStringLiteral("-12.5") << QStringLiteral("-12.5") << QStringLiteral("-12,5");
    QTest::newRow("17 digits") << QStringLiteral("0.9363509321989204")
                               << QStringLiteral("0.9363509321989204")
                               << QStringLiteral("0,936350932199");
    QTest::newRow("key with leading zeros")
        << QStringLiteral("00123") << QStringLiteral("00123") << QStringLiteral("00123");
    QTest::newRow("exponent") << QStringLiteral("1.5e-07") << QStringLiteral("1.5e-07")
                              << QStringLiteral("0,00000015");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1")
                             << QStringLiteral("'=1+1");
    QTest::newRow("ISO date stays text")
        << QStringLiteral("2024-02-01") << QStringLiteral("2024-02-01")
        << QStringLiteral("2024-02-01");
    QTest::newRow("semicolon quoted where it separates")
        << QStringLiteral("a;b") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("comma quoted in both")
        << QStringLiteral("a,b") << QStringLiteral("\"a,b\"") << QStringLiteral("\"a,b\"");
}

void TestCsvDialect::fieldsAsTablesShowThem()
{
    QFETCH(QString, value);
    QFETCH(QString, programs);
    QFETCH(QString, german);
    QCOMPARE(CsvDialect::programs().field(value), programs);
    QCOMPARE(CsvDialect::spreadsheet(QLocale(QLocale::German, QLocale::Germany)).field(value),
             german);
}

void TestCsvDialect::metricsFileInGerman()
{
    MetricsResult result;
    MetricGroup group;
    group.id = QStringLiteral("retention");
    MetricRow row;
    row.name = QStringLiteral("retention_12m");
    row.unit = QStringLiteral("share");
    row.social = 0.9363509321989204;
    row.control = 0.8;
    row.nSocial = 1200;
    row.nControl = 3400;
    row.warning = QStringLiteral("Fewer than 30; read with care.");
    group.rows.push_back(row);
    result.groups.push_back(group);

    const QByteArray german = MetricsCsv::toCsv(
        result, CsvDialect::spreadsheet(QLocale(QLocale::German, QLocale::Germany)));
    QVERIFY(german.startsWith("\xEF\xBB\xBFmetric;name;unit;social;control;difference;"));
    QVERIFY2(german.contains("\r\nretention;retention_12m;share;0,936350932199;0,8;;;;;;;;;;"
                             "1200;3400;\"Fewer than 30; read with care.\"\r\n"),
             german.constData());

    // The command line's default keeps its form: no byte order mark, commas.
    const QByteArray programs = MetricsCsv::toCsv(result);
    QCOMPARE(programs, MetricsCsv::toCsv(result, CsvDialect::programs()));
    QVERIFY(programs.startsWith("metric,name,unit,social,control,"));
    QVERIFY(programs.contains(",0.936350932199,0.8,"));
}

void TestCsvDialect::namesOfTheKinds()
{
    QCOMPARE(CsvDialect::kindFromName(QStringLiteral("programs")), CsvDialect::Kind::Programs);
    QCOMPARE(CsvDialect::kindFromName(QStringLiteral("spreadsheet")),
             CsvDialect::Kind::Spreadsheet);
    QVERIFY(!CsvDialect::kindFromName(QStringLiteral("Spreadsheet")));
    QVERIFY(!CsvDialect::kindFromName(QStringLiteral("excel")));
    QCOMPARE(CsvDialect::nameOf(CsvDialect::Kind::Programs), QStringLiteral("programs"));
    QCOMPARE(CsvDialect::nameOf(CsvDialect::Kind::Spreadsheet), QStringLiteral("spreadsheet"));
}

QTEST_GUILESS_MAIN(TestCsvDialect)
#include "tst_csvdialect.moc"
