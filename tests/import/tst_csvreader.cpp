// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvformat.h"
#include "csvreader.h"

#include <QHash>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(CsvFormat::Encoding)
Q_DECLARE_METATYPE(SourceError::Kind)

namespace {

QByteArray utf16(const QString &text, bool bigEndian)
{
    QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                           QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

// Windows-1252 bytes for the few non-ASCII letters the tests use.
QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        if (c == QChar(0x20AC))
            bytes += char(0x80);
        else if (c.unicode() < 0x100)
            bytes += char(c.unicode());
        else
            bytes += '?';
    }
    return bytes;
}

QList<QStringList> rows(std::initializer_list<QStringList> list)
{
    return QList<QStringList>(list);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void records_data();
    void records();
    void encodings_data();
    void encodings();
    void headerDetection_data();
    void headerDetection();
    void overrides();
    void errors_data();
    void errors();
    void missingFile();
    void directory();
    void invalidEncodingFarIntoTheFile();
    void lateNonAsciiByteDecidesEncoding_data();
    void lateNonAsciiByteDecidesEncoding();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void bigFileStreams();

    void telcoCustomerChurn();
    void cdnowEventLog();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("input.csv"));

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCsvReader::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");

    const QStringList ab {"a", "b"};
    QTest::newRow("comma delimiter") << QByteArray("a,b\n1,2\n3,4\n") << QChar(',') << ab
                                     << rows({{"1", "2"}, {"3", "4"}}) << QList<qint64> {2, 3};
    QTest::newRow("semicolon delimiter with decimal commas")
        << QByteArray("name;amount\nAnna;1,5\nJan;2,25\nEwa;3\n") << QChar(';')
        << QStringList {"name", "amount"} << rows({{"Anna", "1,5"}, {"Jan", "2,25"}, {"Ewa", "3"}})
        << QList<qint64> {2, 3, 4};
    QTest::newRow("tab delimiter (Excel text export)")
        << QByteArray("a\tb\nx, y\t2\n") << QChar('\t') << ab << rows({{"x, y", "2"}})
        << QList<qint64> {2};
    QTest::newRow("pipe delimiter")
        << QByteArray("a|b\n1|2\n") << QChar('|') << ab << rows({{"1", "2"}}) << QList<qint64> {2};
    QTest::newRow("CRLF line ends") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << QChar(',') << ab
                                    << rows({{"1", "2"}, {"3", "4"}}) << QList<qint64> {2, 3};
    QTest::newRow("lone CR line ends (old Mac)")
        << QByteArray("a,b\r1,2\r3,4\r") << QChar(',') << ab << rows({{"1", "2"}, {"3", "4"}})
        << QList<qint64> {2, 3};
    QTest::newRow("no line end after the last record")
        << QByteArray("a,b\n1,2\n3,4") << QChar(',') << ab << rows({{"1", "2"}, {"3", "4"}})
        << QList<qint64> {2, 3};
    QTest::newRow("empty lines skipped, line numbers kept")
        << QByteArray("a,b\n\n1,2\r\n\r\n\r\n3,4\n\n") << QChar(',') << ab
        << rows({{"1", "2"}, {"3", "4"}}) << QList<qint64> {3, 6};
    QTest::newRow("delimiter inside quotes")
        << QByteArray("a,b\n\"Smith, John\",2\n") << QChar(',') << ab
        << rows({{"Smith, John", "2"}}) << QList<qint64> {2};
    QTest::newRow("doubled quotes inside quotes")
        << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << QChar(',') << ab
        << rows({{"say \"hi\"", "2"}}) << QList<qint64> {2};
    QTest::newRow("LF inside quotes counts as a line")
        << QByteArray("a,b\n\"line 1\nline 2\",2\n3,4\n") << QChar(',') << ab
        << rows({{"line 1\nline 2", "2"}, {"3", "4"}}) << QList<qint64> {2, 4};
    QTest::newRow("CRLF inside quotes kept as written")
        << QByteArray("a,b\r\n\"x\r\ny\r\nz\",2\r\n3,4\r\n") << QChar(',') << ab
        << rows({{"x\r\ny\r\nz", "2"}, {"3", "4"}}) << QList<qint64> {2, 5};
    QTest::newRow("empty quoted field") << QByteArray("a,b\n\"\",2\n") << QChar(',') << ab
                                        << rows({{"", "2"}}) << QList<qint64> {2};
    QTest::newRow("quoted field at end of file without line end")
        << QByteArray("a,b\n1,\"x\"") << QChar(',') << ab << rows({{"1", "x"}})
        << QList<qint64> {2};
    QTest::newRow("text after closing quote kept (as Excel)")
        << QByteArray("a,b\n\"ab\"c,2\n") << QChar(',') << ab << rows({{"abc", "2"}})
        << QList<qint64> {2};
    QTest::newRow("quote inside unquoted field is a letter")
        << QByteArray("a,b\n5\" screen,2\n") << QChar(',') << ab << rows({{"5\" screen", "2"}})
        << QList<qint64> {2};
    QTest::newRow("short row padded with empty fields")
        << QByteArray("a,b,c\n1\n1,2,3\n") << QChar(',') << QStringList {"a", "b", "c"}
        << rows({{"1", "", ""}, {"1", "2", "3"}}) << QList<qint64> {2, 3};
    QTest::newRow("long row keeps its extra fields")
        << QByteArray("a,b\n1,2,3,4\n5,6\n") << QChar(',') << ab
        << rows({{"1", "2", "3", "4"}, {"5", "6"}}) << QList<qint64> {2, 3};
    QTest::newRow("cell of one space kept as a space (Telco TotalCharges)")
        << QByteArray("a,b\n1, \n") << QChar(',') << ab << rows({{"1", " "}}) << QList<qint64> {2};
    QTest::newRow("spaces around values kept") << QByteArray("a,b\n  x , y\n") << QChar(',') << ab
                                               << rows({{"  x ", " y"}}) << QList<qint64> {2};
    QTest::newRow("trailing delimiter gives an empty last field")
        << QByteArray("a,b\n1,\n2,") << QChar(',') << ab << rows({{"1", ""}, {"2", ""}})
        << QList<qint64> {2, 3};
    QTest::newRow("headers trimmed, blank ones named")
        << QByteArray(" id ,,\tname\t\n1,2,3\n") << QChar(',')
        << QStringList {"id", "Column 2", "name"} << rows({{"1", "2", "3"}}) << QList<qint64> {2};
    QTest::newRow("duplicate headers get a suffix")
        << QByteArray("id,Name,name,name\n1,2,3,4\n") << QChar(',')
        << QStringList {"id", "Name", "name (2)", "name (3)"} << rows({{"1", "2", "3", "4"}})
        << QList<qint64> {2};
    QTest::newRow("quoted header with line break")
        << QByteArray("\"customer\nid\",b\n1,2\n") << QChar(',')
        << QStringList {"customer\nid", "b"} << rows({{"1", "2"}}) << QList<qint64> {3};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);

    const QString path = write(bytes);
    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QCOMPARE(reader->format().delimiter, delimiter);
    QVERIFY(reader->format().hasHeader);
    QCOMPARE(reader->headers(), headers);

    SourceRecord record;
    QList<QStringList> actual;
    QList<qint64> actualLines;
    while (reader->next(record)) {
        actual.append(record.fields);
        actualLines.append(record.line);
    }
    QVERIFY2(!reader->error().isError(), qPrintable(reader->error().toString()));
    QCOMPARE(actual, records);
    QCOMPARE(actualLines, lines);
    QCOMPARE(reader->bytesRead(), reader->totalBytes());
    QCOMPARE(reader->totalBytes(), qint64(bytes.size()));
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvFormat::Encoding>("encoding");

    // The expected text: names with letters outside ASCII, a euro amount.
    const QString text = QStringLiteral("name;city;amount\r\nRenée;Köln;5 €\r\nGroß;Łódź;7\r\n");
    const QString western = QStringLiteral("name;city;amount\r\nRenée;Köln;5 €\r\nGroß;Bäle;7\r\n");
    using Encoding = CsvFormat::Encoding;
    QTest::newRow("UTF-8 without BOM") << text.toUtf8() << Encoding::Utf8;
    QTest::newRow("UTF-8 with BOM (Excel 'CSV UTF-8')")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << Encoding::Utf8Bom;
    QTest::newRow("UTF-16 LE with BOM (Excel 'Unicode text')")
        << utf16(text, false) << Encoding::Utf16LE;
    QTest::newRow("UTF-16 BE with BOM") << utf16(text, true) << Encoding::Utf16BE;
    QTest::newRow("UTF-16 LE without BOM") << utf16(text, false).mid(2) << Encoding::Utf16LE;
    QTest::newRow("Windows-1252 (é, ö, ß, €)") << windows1252(western) << Encoding::Windows1252;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvFormat::Encoding, encoding);

    const QString path = write(bytes);
    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QCOMPARE(reader->format().encoding, encoding);
    QCOMPARE(reader->format().delimiter, QChar(';'));
    QCOMPARE(reader->headers(), (QStringList {"name", "city", "amount"}));
    SourceRecord record;
    QVERIFY(reader->next(record));
    QCOMPARE(
        record.fields,
        (QStringList {QStringLiteral("Renée"), QStringLiteral("Köln"), QStringLiteral("5 €")}));
    QVERIFY(reader->next(record));
    QCOMPARE(record.fields.at(0), QStringLiteral("Groß"));
    QCOMPARE(record.line, 3);
    QVERIFY(!reader->next(record));
    QVERIFY(!reader->error().isError());
}

void TestCsvReader::headerDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("hasHeader");

    QTest::newRow("labels over numbers") << QByteArray("id,amount\n1,2.5\n2,3.5\n") << true;
    QTest::newRow("labels over dates")
        << QByteArray("who,when\nx,2024-01-02\ny,2024-02-03\n") << true;
    QTest::newRow("labels over yes/no") << QByteArray("name,active\nAnn,yes\nBob,no\n") << true;
    QTest::newRow("numbers from the first row (CDNOW_sample style)")
        << QByteArray("4,1,19970101,2,29.33\n4,1,19970118,2,29.73\n18,2,19970102,2,14.96\n")
        << false;
    QTest::newRow("first row values repeat below: data")
        << QByteArray("Female,Paris\nMale,Berlin\nFemale,Paris\n") << false;
    QTest::newRow("all text, no repeats: header assumed")
        << QByteArray("name,city\nAnn,Paris\nBob,Berlin\n") << true;
    QTest::newRow("header only") << QByteArray("customer_id,signup_date\n") << true;
    QTest::newRow("single data row") << QByteArray("1,2024-01-02\n") << false;
}

void TestCsvReader::headerDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, hasHeader);
    const QString path = write(bytes);
    QCOMPARE(CsvFormat::detect(path).hasHeader, hasHeader);
    QCOMPARE(CsvFormat::detectFromSample(bytes, true).hasHeader, hasHeader);

    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    if (!hasHeader) {
        QCOMPARE(reader->headers().first(), QStringLiteral("Column 1"));
        SourceRecord record;
        QVERIFY(reader->next(record));
        QCOMPARE(record.line, 1);
        QCOMPARE(record.fields.size(), reader->headers().size());
    }
}

void TestCsvReader::overrides()
{
    const QString path = write(QStringLiteral("a;b,c\nRené;1,5\n").toUtf8());

    CsvFormat::Overrides forced;
    forced.delimiter = QLatin1Char(';');
    CsvFormat format = CsvFormat::detect(path, forced);
    QCOMPARE(format.delimiter, QChar(';'));
    QCOMPARE(format.encoding, CsvFormat::Encoding::Utf8);

    // A forced encoding decodes what the user said, even when it is wrong.
    forced.encoding = CsvFormat::Encoding::Windows1252;
    forced.hasHeader = false;
    format = CsvFormat::detect(path, forced);
    QCOMPARE(format.encoding, CsvFormat::Encoding::Windows1252);
    QVERIFY(!format.hasHeader);
    SourceError error;
    std::unique_ptr<CsvReader> reader = CsvReader::open(path, format, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QCOMPARE(reader->headers(), (QStringList {"Column 1", "Column 2"}));
    SourceRecord record;
    QVERIFY(reader->next(record));
    QCOMPARE(record.line, 1);
    QCOMPARE(record.fields, (QStringList {"a", "b,c"}));
    QVERIFY(reader->next(record));
    QCOMPARE(record.fields.at(0), QStringLiteral("RenÃ©"));

    // The caller may also change a detected format field by field.
    format = CsvFormat::detect(path);
    format.delimiter = QLatin1Char(',');
    format.quote = QLatin1Char('\'');
    reader = CsvReader::open(path, format, &error);
    QVERIFY(reader);
    QCOMPARE(reader->headers(), (QStringList {"a;b", "c"}));

    QCOMPARE(CsvFormat::encodingFromName(u"cp1252"), CsvFormat::Encoding::Windows1252);
    QCOMPARE(CsvFormat::encodingFromName(u"UTF-16LE"), CsvFormat::Encoding::Utf16LE);
    for (const auto encoding :
         {CsvFormat::Encoding::Utf8, CsvFormat::Encoding::Utf8Bom, CsvFormat::Encoding::Utf16LE,
          CsvFormat::Encoding::Utf16BE, CsvFormat::Encoding::Windows1252}) {
        QCOMPARE(CsvFormat::encodingFromName(CsvFormat::encodingName(encoding)), encoding);
    }
    QVERIFY(!CsvFormat::encodingFromName(u"ebcdic"));
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvFormat::Encoding>("encoding");
    QTest::addColumn<SourceError::Kind>("kind");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("goodRecords"); // records handed over before the error

    using Kind = SourceError::Kind;
    const auto utf8 = CsvFormat::Encoding::Utf8;
    QTest::newRow("unterminated quote names the line where it starts")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n") << utf8 << Kind::UnterminatedQuote
        << qint64(3) << 2 << 1;
    QTest::newRow("unterminated quote after an embedded line break")
        << QByteArray("a,b\n\"x\ny\",2\n\"open,3\n") << utf8 << Kind::UnterminatedQuote << qint64(4)
        << 1 << 1;
    QTest::newRow("unterminated quote in the header")
        << QByteArray("\"a,b\n1,2\n") << utf8 << Kind::UnterminatedQuote << qint64(1) << 1 << -1;
    QTest::newRow("invalid UTF-8 byte names its line")
        << QByteArray("a,b\n1,2\nx,caf\xE9\n") << utf8 << Kind::InvalidEncoding << qint64(3) << 2
        << 1;
    QTest::newRow("truncated UTF-8 sequence at the end")
        << QByteArray("a,b\n1,2\n3,\xC3") << utf8 << Kind::InvalidEncoding << qint64(3) << 2 << 1;
    QTest::newRow("odd byte at the end of UTF-16")
        << utf16(QStringLiteral("a,b\n1,2\n"), false) + 'x' << CsvFormat::Encoding::Utf16LE
        << Kind::InvalidEncoding << qint64(3) << 1 << 1;
    QTest::newRow("unpaired surrogate in UTF-16")
        << utf16(QStringLiteral("a,b\n1,"), false) + QByteArray("\x3D\xD8", 2)
            + utf16(QStringLiteral("2\n"), false).mid(2)
        << CsvFormat::Encoding::Utf16LE << Kind::InvalidEncoding << qint64(2) << 2 << 0;
    QTest::newRow("empty file") << QByteArray() << utf8 << Kind::EmptyFile << qint64(0) << 0 << -1;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << utf8 << Kind::EmptyFile
                                << qint64(0) << 0 << -1;
    QTest::newRow("only line breaks")
        << QByteArray("\r\n\r\n\n") << utf8 << Kind::EmptyFile << qint64(0) << 0 << -1;
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvFormat::Encoding, encoding);
    QFETCH(SourceError::Kind, kind);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(int, goodRecords);

    const QString path = write(bytes, QStringLiteral("broken.csv"));
    CsvFormat::Overrides forced;
    forced.encoding = encoding;
    forced.hasHeader = true;
    const CsvFormat format = CsvFormat::detect(path, forced);
    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, format, &error);
    if (goodRecords < 0) {
        QVERIFY(!reader);
    } else {
        QVERIFY2(reader, qPrintable(error.toString()));
        SourceRecord record;
        int count = 0;
        while (reader->next(record))
            ++count;
        QCOMPARE(count, goodRecords);
        error = reader->error();
        QVERIFY(!reader->next(record)); // stays failed
    }
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.filePath, path);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.toString().startsWith(path));
    if (line > 0)
        QVERIFY(error.toString().contains(QStringLiteral(":%1:").arg(line)));
}

void TestCsvReader::missingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("nowhere.csv"));
    SourceError error;
    QVERIFY(!CsvReader::open(path, &error));
    QCOMPARE(error.kind, SourceError::Kind::FileNotFound);
    QCOMPARE(error.filePath, path);
    QVERIFY(error.message.contains(QStringLiteral("does not exist")));

    QVERIFY(!CsvReader::open(path, CsvFormat(), &error));
    QCOMPARE(error.kind, SourceError::Kind::FileNotFound);
}

void TestCsvReader::directory()
{
    SourceError error;
    QVERIFY(!CsvReader::open(m_dir->path(), CsvFormat(), &error));
    QCOMPARE(error.kind, SourceError::Kind::CannotOpen);
}

void TestCsvReader::invalidEncodingFarIntoTheFile()
{
    // Several chunks of valid UTF-8, then one Windows-1252 byte.
    QByteArray bytes("id,name\n");
    for (int i = 1; i <= 200000; ++i)
        bytes += QByteArray::number(i) + ",Zo\xC3\xAB\n";
    bytes += "200001,Zo\xEB\n200002,x\n";
    const QString path = write(bytes);
    CsvFormat format;
    format.encoding = CsvFormat::Encoding::Utf8;
    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, format, &error);
    QVERIFY(reader);
    SourceRecord record;
    int count = 0;
    while (reader->next(record))
        ++count;
    QCOMPARE(count, 200000);
    QCOMPARE(reader->error().kind, SourceError::Kind::InvalidEncoding);
    QCOMPARE(reader->error().line, qint64(200002));
    QCOMPARE(reader->error().column, 2);
}

void TestCsvReader::lateNonAsciiByteDecidesEncoding_data()
{
    // The scan reads eight bytes at a time: the letter falls on each place
    // of a word.
    QTest::addColumn<QByteArray>("padding");
    QTest::addColumn<QByteArray>("letter");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<CsvFormat::Encoding>("encoding");
    for (int extra = 0; extra < 8; ++extra) {
        QTest::addRow("Windows-1252, %d more bytes before it", extra)
            << QByteArray(extra, 'n') << QByteArray("\xE9") << QStringLiteral("é")
            << CsvFormat::Encoding::Windows1252;
    }
    QTest::newRow("UTF-8") << QByteArray() << QByteArray("\xC3\xA9") << QStringLiteral("é")
                           << CsvFormat::Encoding::Utf8;
}

void TestCsvReader::lateNonAsciiByteDecidesEncoding()
{
    // The first 64 KiB are ASCII; a non-ASCII letter comes much later, in
    // the file's last line.
    QFETCH(QByteArray, padding);
    QFETCH(QByteArray, letter);
    QFETCH(QString, decoded);
    QFETCH(CsvFormat::Encoding, encoding);
    QByteArray bytes("id,name\n");
    for (int i = 1; i <= 20000; ++i)
        bytes += QByteArray::number(i) + ",Anne\n";
    bytes += "20001,Ren" + padding + letter + "\n";
    const QString path = write(bytes);
    QCOMPARE(CsvFormat::detect(path).encoding, encoding);

    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, &error);
    QVERIFY(reader);
    SourceRecord record;
    QString last;
    while (reader->next(record))
        last = record.fields.at(1);
    QVERIFY(!reader->error().isError());
    QCOMPARE(last, QStringLiteral("Ren") + QString::fromLatin1(padding) + decoded);
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<CsvFormat::Encoding>("encoding");
    QTest::newRow("UTF-8 multi-byte letters across chunks") << CsvFormat::Encoding::Utf8;
    QTest::newRow("UTF-16 LE surrogate pairs across chunks") << CsvFormat::Encoding::Utf16LE;
    QTest::newRow("Windows-1252") << CsvFormat::Encoding::Windows1252;
}

void TestCsvReader::chunkBoundaries()
{
    // Records of varying length (so that quotes, CRLF pairs, doubled quotes
    // and multi-byte characters all fall on chunk boundaries somewhere),
    // checked one by one against what was written.
    QFETCH(CsvFormat::Encoding, encoding);
    const bool western = encoding == CsvFormat::Encoding::Windows1252;
    const QString letters = western ? QStringLiteral("éßü€") : QStringLiteral("éł€😀ग");
    QString text = QStringLiteral("id,text,n\r\n");
    QList<QStringList> expected;
    QList<qint64> lines;
    qint64 line = 2;
    for (int i = 0; text.size() < 3 * 1024 * 1024; ++i) {
        QString value = QString(i % 97, QLatin1Char('x')) + letters.repeated(i % 5);
        QString written = value;
        int extraLines = 0;
        if (i % 7 == 0) {
            value += QStringLiteral("\r\nnext \"line\"");
            written = QLatin1Char('"')
                + QString(value).replace(QLatin1String("\""), QLatin1String("\"\""))
                + QLatin1Char('"');
            extraLines = 1;
        }
        text += QString::number(i) + QLatin1Char(',') + written + QLatin1Char(',')
            + QString::number(i * 3) + QStringLiteral("\r\n");
        expected.append({QString::number(i), value, QString::number(i * 3)});
        lines.append(line);
        line += 1 + extraLines;
    }
    QByteArray bytes;
    if (encoding == CsvFormat::Encoding::Utf8)
        bytes = text.toUtf8();
    else if (encoding == CsvFormat::Encoding::Utf16LE)
        bytes = utf16(text, false);
    else
        bytes = windows1252(text);
    const QString path = write(bytes);

    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QCOMPARE(reader->format().encoding, encoding);
    SourceRecord record;
    qsizetype index = 0;
    while (reader->next(record)) {
        QVERIFY(index < expected.size());
        if (record.fields != expected[index] || record.line != lines[index]) {
            QCOMPARE(record.line, lines[index]);
            QCOMPARE(record.fields, expected[index]);
        }
        ++index;
    }
    QVERIFY2(!reader->error().isError(), qPrintable(reader->error().toString()));
    QCOMPARE(index, expected.size());
}

void TestCsvReader::bigFileStreams()
{
    // About 60 MB written in pieces; the reader holds one chunk at a time.
    const QString path = m_dir->filePath(QStringLiteral("big.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer_id,signup_date,monthly_revenue,segment\n");
        QByteArray block;
        for (int i = 0; i < 1500000; ++i) {
            block += "C" + QByteArray::number(i) + ",2023-05-17,"
                + QByteArray::number(19.5 + i % 100) + ",\"Month-to-month, paperless\"\n";
            if (block.size() > (1 << 20)) {
                file.write(block);
                block.clear();
            }
        }
        file.write(block);
    }
    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QVERIFY(reader->totalBytes() > 60 * 1000 * 1000);
    SourceRecord record;
    qint64 count = 0;
    qint64 lastProgress = 0;
    bool progressMoves = true;
    SourceRecord last;
    while (reader->next(record)) {
        ++count;
        last = record;
        if ((count & 0xFFFF) == 0) {
            progressMoves = progressMoves && reader->bytesRead() >= lastProgress;
            lastProgress = reader->bytesRead();
        }
    }
    QVERIFY(!reader->error().isError());
    QCOMPARE(count, qint64(1500000));
    QCOMPARE(last.line, qint64(1500001));
    QCOMPARE(last.fields.at(3), QStringLiteral("Month-to-month, paperless"));
    QVERIFY(progressMoves);
    QCOMPARE(reader->bytesRead(), reader->totalBytes());
}

void TestCsvReader::telcoCustomerChurn()
{
    // Facts from tests/data/README.md.
    const QString path
        = QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR "/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("missing fixture ") + path));
    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QCOMPARE(reader->format().delimiter, QChar(','));
    QCOMPARE(reader->format().encoding, CsvFormat::Encoding::Utf8);
    QVERIFY(reader->format().hasHeader);
    const QStringList headers = reader->headers();
    QCOMPARE(headers.size(), 21);
    QCOMPARE(headers.first(), QStringLiteral("customerID"));
    QCOMPARE(headers.last(), QStringLiteral("Churn"));

    const qsizetype tenure = headers.indexOf(QStringLiteral("tenure"));
    const qsizetype totalCharges = headers.indexOf(QStringLiteral("TotalCharges"));
    const qsizetype churn = headers.indexOf(QStringLiteral("Churn"));
    const qsizetype techSupport = headers.indexOf(QStringLiteral("TechSupport"));
    QVERIFY(tenure >= 0 && totalCharges >= 0 && churn >= 0 && techSupport >= 0);

    SourceRecord record;
    qint64 count = 0;
    int blankTotals = 0;
    QHash<QString, int> churnCounts;
    QHash<QString, int> techSupportCounts;
    bool allComplete = true;
    bool noCarriageReturn = true;
    SourceRecord last;
    while (reader->next(record)) {
        ++count;
        last = record;
        if (count == 1) {
            QCOMPARE(record.line, 2);
            QCOMPARE(record.fields.first(), QStringLiteral("7590-VHVEG"));
        }
        allComplete = allComplete && record.fields.size() == 21;
        noCarriageReturn = noCarriageReturn && !record.fields.last().contains(QLatin1Char('\r'));
        if (record.fields.at(totalCharges) == QLatin1String(" ")) {
            ++blankTotals;
            QCOMPARE(record.fields.at(tenure), QStringLiteral("0"));
            QCOMPARE(record.fields.at(churn), QStringLiteral("No"));
        }
        ++churnCounts[record.fields.at(churn)];
        ++techSupportCounts[record.fields.at(techSupport)];
    }
    QVERIFY2(!reader->error().isError(), qPrintable(reader->error().toString()));
    QCOMPARE(count, 7043);
    QCOMPARE(last.line, 7044);
    QCOMPARE(last.fields.first(), QStringLiteral("3186-AJIEK"));
    QVERIFY(allComplete);
    QVERIFY(noCarriageReturn);
    QCOMPARE(blankTotals, 11);
    QCOMPARE(churnCounts.value(QStringLiteral("Yes")), 1869);
    QCOMPARE(churnCounts.value(QStringLiteral("No")), 5174);
    QCOMPARE(techSupportCounts.value(QStringLiteral("No")), 3473);
    QCOMPARE(techSupportCounts.value(QStringLiteral("Yes")), 2044);
    QCOMPARE(techSupportCounts.value(QStringLiteral("No internet service")), 1526);
    QCOMPARE(reader->totalBytes(), 977501);
}

void TestCsvReader::cdnowEventLog()
{
    const QString path = QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR "/cdnow/cdnowElog.csv");
    QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("missing fixture ") + path));
    SourceError error;
    const std::unique_ptr<CsvReader> reader = CsvReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QCOMPARE(reader->headers(), (QStringList {"masterid", "sampleid", "date", "cds", "sales"}));
    SourceRecord record;
    qint64 count = 0;
    QSet<QString> customers;
    double sales = 0;
    qint64 cds = 0;
    bool compactDates = true;
    SourceRecord last;
    while (reader->next(record)) {
        ++count;
        last = record;
        customers.insert(record.fields.at(0));
        compactDates = compactDates && record.fields.at(2).size() == 8;
        cds += record.fields.at(3).toLongLong();
        sales += record.fields.at(4).toDouble();
    }
    QVERIFY(!reader->error().isError());
    QCOMPARE(count, 6919);
    QCOMPARE(customers.size(), 2357);
    QVERIFY(compactDates);
    QCOMPARE(cds, 16479);
    QVERIFY2(qAbs(sales - 244091.94) < 0.005, qPrintable(QString::number(sales, 'f', 2)));
    QCOMPARE(last.fields, (QStringList {"23569", "2357", "19970325", "2", "25.74"}));
    QCOMPARE(last.line, 6920);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
