// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"
#include "fodssheets.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>

// The XLSX report as a finance team opens it: LibreOffice Calc reads every
// sheet (converted to a flat OpenDocument file, which states how Calc
// understood each cell) and prints the workbook (converted to PDF).
// - Dates are date cells with the report language's short date; no text cell
//   holds something that reads as a date.
// - Money is a currency cell, the ROI a percentage, each equal to
//   `metrics --format json`.
// - Each metric sheet prints one page wide: on every printed page that shows
//   its table's last column header, the first one is there too.
class TestXlsxInLibreOffice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportReadsAsAFinanceTeamNeeds_data();
    void reportReadsAsAFinanceTeamNeeds();

private:
    QString m_soffice;
    QTemporaryDir m_dir;
    QString m_project;
    QJsonObject m_json;
};

namespace {

// The report's short date with the full year, as ReportBuilder writes it.
QString shortDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, DateText::fullYearShortFormat(locale));
}

bool sameNumber(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

void TestXlsxInLibreOffice::initTestCase()
{
    m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (m_soffice.isEmpty()) {
        QSKIP("LibreOffice (soffice) is not installed: scripts/install-deps installs "
              "libreoffice-calc-nogui, which this check needs.");
    }
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("demo.socialroi"));
    const QString executable = QStringLiteral(SOCIALROI_EXECUTABLE);
    ProcessOutcome outcome = runProcess(executable,
                                        {QStringLiteral("demo"), QStringLiteral("-o"), m_project,
                                         QStringLiteral("--customers"), QStringLiteral("2000")});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    outcome = runProcess(executable,
                         {QStringLiteral("metrics"), QStringLiteral("-p"), m_project,
                          QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    m_json = QJsonDocument::fromJson(outcome.out).object();
    QVERIFY(m_json.contains(QLatin1String("roi")));
}

void TestXlsxInLibreOffice::reportReadsAsAFinanceTeamNeeds_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Hindi") << QStringLiteral("hi");
}

void TestXlsxInLibreOffice::reportReadsAsAFinanceTeamNeeds()
{
    QFETCH(QString, language);
    const QLocale locale(language);
    const QString workbook = m_dir.filePath(QStringLiteral("report-%1.xlsx").arg(language));
    ProcessOutcome outcome
        = runProcess(QStringLiteral(SOCIALROI_EXECUTABLE),
                     {QStringLiteral("report"), QStringLiteral("-p"), m_project,
                      QStringLiteral("-o"), workbook, QStringLiteral("--lang"), language});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));

    const QString profile
        = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString();
    const QString outDir = m_dir.filePath(QStringLiteral("converted"));
    for (const char *format : {"fods", "pdf"}) {
        outcome = runWithoutQtPlatform(m_soffice,
                                       {QStringLiteral("-env:UserInstallation=") + profile,
                                        QStringLiteral("--headless"), QStringLiteral("--norestore"),
                                        QStringLiteral("--convert-to"), QLatin1String(format),
                                        QStringLiteral("--outdir"), outDir, workbook});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    }
    const QString base = QDir(outDir).filePath(QStringLiteral("report-%1").arg(language));
    QString error;
    const QList<FodsSheet> sheets = readFodsSheets(base + QStringLiteral(".fods"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Summary, a sheet per metric, assumptions, provenance, methods.
    const QJsonArray metrics = m_json.value(QLatin1String("metrics")).toArray();
    QCOMPARE(sheets.size(), metrics.size() + 4);

    // Dates: the summary's as-of date and ROI window are date cells, shown
    // in the language's short date.
    const QJsonObject roi = m_json.value(QLatin1String("roi")).toObject();
    const QJsonObject window = roi.value(QLatin1String("window")).toObject();
    const QStringList expectedDates = {m_json.value(QLatin1String("as_of")).toString(),
                                       window.value(QLatin1String("from")).toString(),
                                       window.value(QLatin1String("to")).toString()};
    QStringList summaryDates;
    for (const QList<FodsCell> &row : sheets.constFirst().rows) {
        for (const FodsCell &cell : row) {
            if (cell.type != QLatin1String("date"))
                continue;
            summaryDates << cell.date.left(10);
            const QDate day = QDate::fromString(cell.date.left(10), Qt::ISODate);
            QCOMPARE(cell.text, shortDate(day, locale));
        }
    }
    QCOMPARE(summaryDates, expectedDates);

    // No text cell anywhere reads as a date: every date is a date cell.
    const QString format = DateText::fullYearShortFormat(locale);
    int dateCells = 0;
    for (const FodsSheet &sheet : sheets) {
        for (const QList<FodsCell> &row : sheet.rows) {
            for (const FodsCell &cell : row) {
                dateCells += cell.type == QLatin1String("date");
                if (cell.type == QLatin1String("string")) {
                    QVERIFY2(!locale.toDate(cell.text.trimmed(), format).isValid(),
                             qPrintable(QStringLiteral("%1: the text \"%2\" is a date")
                                            .arg(sheet.name, cell.text)));
                }
            }
        }
    }
    // The summary's three, and the programme launch date among the assumptions.
    QVERIFY(dateCells >= 4);

    // Money and the ROI: the ROI table's rows by their id (column E).
    std::map<QString, QList<FodsCell>> lines;
    for (const QList<FodsCell> &row : sheets.constFirst().rows) {
        if (row.size() >= 5 && row.at(4).type == QLatin1String("string"))
            lines[row.at(4).text] = row;
    }
    const auto check = [&lines](const QString &id, const char *type, double expected) {
        const auto found = lines.find(id);
        if (found == lines.end() || found->second.size() < 2)
            return false;
        const FodsCell &cell = found->second.at(1);
        if (cell.type != QLatin1String(type) || !sameNumber(cell.value, expected)) {
            qWarning("%s: %s %.17g (\"%s\") in Calc, %s %.17g in the JSON", qPrintable(id),
                     qPrintable(cell.type), cell.value, qPrintable(cell.text), type, expected);
            return false;
        }
        return true;
    };
    QVERIFY(check(QStringLiteral("roi"), "percentage", roi.value(QLatin1String("roi")).toDouble()));
    QVERIFY(
        check(QStringLiteral("value"), "currency", roi.value(QLatin1String("value")).toDouble()));
    QVERIFY(check(QStringLiteral("cost"), "currency", roi.value(QLatin1String("cost")).toDouble()));
    for (const QJsonValue &component : roi.value(QLatin1String("components")).toArray()) {
        const QJsonObject object = component.toObject();
        const QString id = object.value(QLatin1String("id")).toString();
        QVERIFY2(check(id, "currency", object.value(QLatin1String("value")).toDouble()),
                 qPrintable(id));
    }

    // Printing: each metric sheet's table is one page wide. Its header row
    // (row 5, repeated on every page) names the first column and, last of
    // the printed ones, the warnings (column M).
    ProcessOutcome text = runProcess(QStringLiteral("pdftotext"),
                                     {base + QStringLiteral(".pdf"), QStringLiteral("-")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    const QStringList pages = QString::fromUtf8(text.out).split(QChar(0x0c));
    int checkedSheets = 0;
    for (qsizetype index = 1; index <= metrics.size(); ++index) {
        const QList<FodsCell> header = sheets.at(index).rows.value(4);
        QVERIFY2(header.size() >= 13, qPrintable(sheets.at(index).name));
        const QString first = header.at(0).text;
        const QString last = header.at(12).text;
        int pagesWithLast = 0;
        for (const QString &page : pages) {
            // Header cells are lines of their own; a sentence that uses the
            // same word (the method notes) does not count.
            QStringList lines = page.split(QLatin1Char('\n'));
            for (QString &line : lines)
                line = line.trimmed();
            if (!lines.contains(last))
                continue;
            ++pagesWithLast;
            QVERIFY2(lines.contains(first),
                     qPrintable(QStringLiteral("%1: a printed page shows \"%2\" without \"%3\"")
                                    .arg(sheets.at(index).name, last, first)));
        }
        QVERIFY2(pagesWithLast > 0, qPrintable(sheets.at(index).name));
        ++checkedSheets;
    }
    QCOMPARE(checkedSheets, int(metrics.size()));
    // The whole workbook prints on a few pages a sheet, not on dozens.
    QVERIFY2(pages.size() <= 2 * sheets.size() + 1, qPrintable(QString::number(pages.size())));
    qInfo("%s: %d date cells; %lld printed pages for %lld sheets", qPrintable(language), dateCells,
          qlonglong(pages.size() - 1), qlonglong(sheets.size()));
}

QTEST_GUILESS_MAIN(TestXlsxInLibreOffice)
#include "tst_xlsxinlibreoffice.moc"
