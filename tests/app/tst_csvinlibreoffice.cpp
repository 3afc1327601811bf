// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvcell.h"
#include "csvrecords.h"
#include "fodssheets.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>

// The metrics CSV "for spreadsheets in my language", opened as a German user
// opens it: LibreOffice Calc under a German locale, with the import settings
// that locale gives (semicolon between cells, UTF-8; the decimal mark and
// everything else from the locale, nothing forced). Every cell the
// locale-neutral file holds as a number must arrive as a number with the
// same value, and every text as text.
class TestCsvInLibreOffice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanCsvOpensWithEveryNumberANumber();

private:
    QString m_soffice;
    QTemporaryDir m_dir;
};

namespace { } // namespace

void TestCsvInLibreOffice::initTestCase()
{
    m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (m_soffice.isEmpty())
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (m_soffice.isEmpty()) {
        QSKIP("LibreOffice (soffice) is not installed: scripts/install-deps installs "
              "libreoffice-calc-nogui, which this check needs.");
    }
    QVERIFY(m_dir.isValid());
}

void TestCsvInLibreOffice::germanCsvOpensWithEveryNumberANumber()
{
    const QString executable = QStringLiteral(SOCIALROI_EXECUTABLE);
    const QString project = m_dir.filePath(QStringLiteral("demo.socialroi"));
    const ProcessOutcome demo = runProcess(executable,
                                           {QStringLiteral("demo"), QStringLiteral("-o"), project,
                                            QStringLiteral("--customers"), QStringLiteral("2000")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QString germanPath = m_dir.filePath(QStringLiteral("metrics-de.csv"));
    const QString programsPath = m_dir.filePath(QStringLiteral("metrics-programs.csv"));
    const QStringList metrics = {QStringLiteral("metrics"), QStringLiteral("-p"), project,
                                 QStringLiteral("--format"), QStringLiteral("csv")};
    ProcessOutcome outcome
        = runProcess(executable,
                     metrics
                         + QStringList {QStringLiteral("--csv-for"), QStringLiteral("spreadsheet"),
                                        QStringLiteral("--lang"), QStringLiteral("de"),
                                        QStringLiteral("-o"), germanPath});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    outcome = runProcess(executable, metrics + QStringList {QStringLiteral("-o"), programsPath});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));

    // A German desktop: LibreOffice takes its locale from the environment,
    // in a profile of its own so no earlier setting counts.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de_DE:de"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString profile
        = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString();
    const QString outDir = m_dir.filePath(QStringLiteral("converted"));
    // Filter options: the semicolon (59) the file's dialect uses, the double
    // quote (34), UTF-8 (76); the language and every other option are left
    // to their defaults, i.e. to the German locale.
    outcome = runProcess(m_soffice,
                         {QStringLiteral("-env:UserInstallation=") + profile,
                          QStringLiteral("--headless"), QStringLiteral("--norestore"),
                          QStringLiteral("--infilter=CSV:59,34,76"), QStringLiteral("--convert-to"),
                          QStringLiteral("fods"), QStringLiteral("--outdir"), outDir, germanPath},
                         environment);
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    const QString converted = QDir(outDir).filePath(QStringLiteral("metrics-de.fods"));
    QVERIFY2(QFile::exists(converted), qPrintable(outcome.err));
    QString error;
    const QList<FodsSheet> sheets = readFodsSheets(converted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!sheets.isEmpty());
    const FodsGrid &grid = sheets.constFirst().rows;

    QFile programsFile(programsPath);
    QVERIFY(programsFile.open(QIODevice::ReadOnly));
    const QList<QStringList> expected = parseCsv(QString::fromUtf8(programsFile.readAll()));
    QCOMPARE(grid.size(), expected.size());
    int numbers = 0;
    int texts = 0;
    for (qsizetype row = 0; row < expected.size(); ++row) {
        const QStringList &record = expected.at(row);
        QVERIFY2(grid.at(row).size() <= record.size(),
                 qPrintable(QStringLiteral("row %1 has %2 cells in Calc, %3 in the file")
                                .arg(row + 1)
                                .arg(grid.at(row).size())
                                .arg(record.size())));
        for (qsizetype column = 0; column < record.size(); ++column) {
            const QString &cell = record.at(column);
            const FodsCell calc = grid.at(row).value(column);
            const QString where
                = QStringLiteral("row %1, column %2 (%3): \"%4\" became %5 \"%6\"")
                      .arg(row + 1)
                      .arg(column + 1)
                      .arg(expected.at(0).value(column), cell, calc.type, calc.text);
            if (cell.isEmpty()) {
                QVERIFY2(calc.type.isEmpty(), qPrintable(where));
            } else if (CsvCell::isPlainNumber(cell)) {
                QVERIFY2(calc.type == QLatin1String("float"), qPrintable(where));
                const double value = cell.toDouble();
                QVERIFY2(std::abs(calc.value - value) <= 1e-12 * qMax(1.0, std::abs(value)),
                         qPrintable(where + QStringLiteral(" = %1").arg(calc.value, 0, 'g', 17)));
                ++numbers;
            } else {
                QVERIFY2(calc.type == QLatin1String("string"), qPrintable(where));
                ++texts;
            }
        }
    }
    qInfo("LibreOffice (de-DE) read %d number cells as numbers and %d text cells as text.", numbers,
          texts);
    QVERIFY(numbers > 100);
}

QTEST_GUILESS_MAIN(TestCsvInLibreOffice)
#include "tst_csvinlibreoffice.moc"
