// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtureworkbooks.h"
#include "importpreviewmodel.h"
#include "importwizard/columnmappingeditor.h"
#include "importwizard/dateorderquestion.h"
#include "importwizard/derivationsbox.h"
#include "importwizard/duplicatepolicybox.h"
#include "importwizard/importfilepage.h"
#include "importwizard/importmappingpage.h"
#include "importwizard/importpreviewpage.h"
#include "importwizard/importreportpage.h"
#include "importwizard/importrunpage.h"
#include "importwizard/importsheetpage.h"
#include "importwizard/importwizard.h"
#include "importwizard/importwizardstate.h"
#include "importwizard/mappingprofilebar.h"
#include "sqliteconnection.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

namespace {

using Role = ImportPreviewModel::Role;

// Customers from a French team: ';' delimiter, decimal comma, French headers.
// Lines 4, 5, 6 and 8 hold one bad value each; line 8 also starts with "=",
// as a formula would.
const char frenchCsv[] = "Identifiant client;Date d'inscription;Revenu mensuel;Segment;"
                         "Note NPS;Ville\r\n"
                         "C001;15/01/2024;29,90;Pro;9;Lyon\r\n"
                         "C002;03/02/2024;49,50;Particulier;7;Paris\r\n"
                         "C003;pas une date;19,90;Pro;10;Lille\r\n"
                         "C004;20/02/2024;abc;Pro;8;Nice\r\n"
                         "C005;25/03/2024;12,00;Pro;11;Metz\r\n"
                         "C006;14/03/2024;5,00;Pro;3;Brest\r\n"
                         "=2+3;31/02/2024;5,00;Pro;3;Brest\r\n"
                         "C007;28/03/2024;1 234,56;Pro;;Caen\r\n";

// Every date fits day/month and month/day.
const char ambiguousCsv[] = "customer_id,signup_date,monthly_revenue\n"
                            "A1,05/06/2024,10.5\n"
                            "A2,01/02/2024,20\n"
                            "A3,11/12/2023,30\n";

QString screenshotPath(const char *name)
{
    return QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/%1.png").arg(QLatin1String(name));
}

void grab(QWidget &widget, const char *name)
{
    QVERIFY(widget.grab().save(screenshotPath(name)));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The rows of a query on the project, one string per row, values joined by '|'.
QStringList queryRows(const QString &projectPath, const char *sql)
{
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != SQLITE_OK)
        return {QStringLiteral("cannot open: ") + connection.errorMessage()};
    SqliteStatement statement = connection.prepare(sql);
    QStringList rows;
    while (statement.step()) {
        QStringList values;
        for (int column = 0; column < statement.columnCount(); ++column)
            values.append(statement.isNull(column) ? QStringLiteral("NULL")
                                                   : statement.text(column));
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void filePageDetectsTheFormatAndTable();
    void frenchCsvImportsPageByPage();
    void ambiguousDatesAreAsked();
    void workbookSheetsAreListed();
    void cancelLeavesTheProjectUnchanged();
    void languageChangeKeepsThePages();
    void dateInFileName_data();
    void dateInFileName();
    void snapshotExtractThroughTheWizard();
    void orderLinesThroughTheWizard();
    void nothingImportedSaysSo();
    void derivedAmountsReadTheDecimalComma();

private:
    QString writeFile(const char *name, const QByteArray &bytes);
    std::unique_ptr<ImportWizard> openWizard(const QString &filePath);
    void goToMapping(ImportWizard &wizard);
    void runImport(ImportWizard &wizard);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestImportWizard::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR)));
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("project.socialroi"));
}

void TestImportWizard::cleanup()
{
    m_dir.reset();
}

QString TestImportWizard::writeFile(const char *name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

// A wizard opened on a dropped file: it reads the file and moves on by itself.
std::unique_ptr<ImportWizard> TestImportWizard::openWizard(const QString &filePath)
{
    auto wizard = std::make_unique<ImportWizard>(m_project, filePath);
    wizard->resize(900, 640);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

void TestImportWizard::goToMapping(ImportWizard &wizard)
{
    QTRY_COMPARE(wizard.currentId(), int(ImportPage::Preview));
    QTRY_VERIFY(wizard.previewPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportPage::Mapping));
    QTRY_VERIFY(!wizard.mappingPage()->isLoadingProfiles());
}

void TestImportWizard::runImport(ImportWizard &wizard)
{
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next(); // the report's Import button
    QCOMPARE(wizard.currentId(), int(ImportPage::Run));
    QVERIFY(wizard.runPage()->isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
}

void TestImportWizard::filePageDetectsTheFormatAndTable()
{
    const QString path = writeFile("clients.csv", frenchCsv);
    ImportWizard wizard(m_project);
    wizard.resize(900, 640);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportPage::File));
    QVERIFY(!wizard.filePage()->isComplete());

    QSignalSpy inspected(wizard.filePage(), &ImportFilePage::inspected);
    wizard.filePage()->setFilePath(path);
    QVERIFY(inspected.wait(10000));
    QCOMPARE(inspected.first().first().toBool(), true);
    QVERIFY(wizard.filePage()->isComplete());
    QCOMPARE(wizard.currentId(), int(ImportPage::File)); // chosen, not dropped: stays
    QCOMPARE(wizard.state().inspection.csvFormat.delimiter, QLatin1Char(';'));
    QCOMPARE(wizard.state().table, CanonicalTable::Customers);
    const auto combos = wizard.filePage()->findChildren<QComboBox *>();
    QVERIFY(combos.size() >= 3); // table, encoding, delimiter
    grab(wizard, "import-wizard-1-file");

    // Forcing the delimiter is read again with it; the comma gives one column.
    QComboBox *delimiter = nullptr;
    for (QComboBox *combo : combos) {
        if (combo->findData(QChar(u';')) >= 0)
            delimiter = combo;
    }
    QVERIFY(delimiter);
    delimiter->setCurrentIndex(delimiter->findData(QChar(u',')));
    Q_EMIT delimiter->activated(delimiter->currentIndex());
    QVERIFY(inspected.wait(10000));
    QCOMPARE(wizard.state().inspection.csvFormat.delimiter, QLatin1Char(','));
    QCOMPARE(wizard.state().csvFormat.delimiter, std::optional<QChar>(QLatin1Char(',')));
    QCOMPARE(wizard.state().inspection.headers.size(), 1);

    // A file that is not there: a message, and no way on.
    wizard.filePage()->setFilePath(m_dir->filePath(QStringLiteral("missing.csv")));
    QVERIFY(inspected.wait(10000));
    QCOMPARE(inspected.last().first().toBool(), false);
    QVERIFY(!wizard.filePage()->isComplete());
}

void TestImportWizard::frenchCsvImportsPageByPage()
{
    const QString path = writeFile("clients.csv", frenchCsv);
    const auto wizard = openWizard(path);
    QVERIFY(wizard);

    // Dropped file: straight to the preview (no sheet page for text).
    QTRY_COMPARE(wizard->currentId(), int(ImportPage::Preview));
    QTRY_VERIFY(wizard->previewPage()->isComplete());
    ImportPreviewModel *model = wizard->previewPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->columnCount(), 6);
    QCOMPARE(model->headerData(1, Qt::Horizontal, int(Role::Field)).toString(),
             QStringLiteral("signup_date"));
    QCOMPARE(model->headerData(5, Qt::Horizontal, int(Role::Field)).toString(), QString());
    QCOMPARE(model->headerData(0, Qt::Vertical, int(Role::Line)).toLongLong(), 2);
    QCOMPARE(model->index(7, 2).data().toString(), QStringLiteral("1 234,56")); // raw text

    // Exactly the bad cells are flagged, each with its reason.
    const QList<QPair<int, int>> bad = {{2, 1}, {3, 2}, {4, 4}, {6, 1}};
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const bool expected = bad.contains({row, column});
            QCOMPARE(!index.data(int(Role::Problem)).toString().isEmpty(), expected);
            QCOMPARE(index.data(Qt::BackgroundRole).isValid(), expected);
        }
    }
    QCOMPARE(model->index(2, 1).data(int(Role::Problem)).toString(), QStringLiteral("not a date"));
    QVERIFY(model->index(3, 2)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not a number")));
    QVERIFY(model->index(4, 4)
                .data(int(Role::Problem))
                .toString()
                .contains(QStringLiteral("between 0 and 10")));
    QCOMPARE(model->index(0, 1).data(int(Role::ValueKind)).toInt(),
             int(PreviewValidation::ValueKind::Date));
    QCOMPARE(model->index(0, 2).data(int(Role::ValueKind)).toInt(),
             int(PreviewValidation::ValueKind::Number));
    grab(*wizard, "import-wizard-3-preview");

    // Mapping: prefilled from the French headers; the town is kept as an extra attribute.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportPage::Mapping));
    QTRY_VERIFY(!wizard->mappingPage()->isLoadingProfiles());
    ColumnMappingEditor *editor = wizard->mappingPage()->editor();
    const QStringList expected = {QStringLiteral("customer_id"),     QStringLiteral("signup_date"),
                                  QStringLiteral("monthly_revenue"), QStringLiteral("segment"),
                                  QStringLiteral("nps_score"),       QString()};
    QCOMPARE(editor->columnCount(), 6);
    for (int column = 0; column < 6; ++column)
        QCOMPARE(editor->comboBox(column)->currentData().toString(), expected.at(column));
    QVERIFY(wizard->mappingPage()->isComplete());
    QVERIFY(!wizard->mappingPage()->dateQuestion()->isVisible()); // 15/01 tells: day first
    QVERIFY(!wizard->mappingPage()->missingFieldsLabel()->isVisible());

    // Taking the customer id away lists it in red and blocks the way on.
    editor->choose(0, QString());
    QVERIFY(!wizard->mappingPage()->isComplete());
    QVERIFY(wizard->mappingPage()->missingFieldsLabel()->isVisible());
    QVERIFY(wizard->mappingPage()->missingFieldsLabel()->text().contains(
        QStringLiteral("Customer ID")));
    grab(*wizard, "import-wizard-4-mapping-missing");
    editor->choose(0, QStringLiteral("customer_id"));
    QVERIFY(wizard->mappingPage()->isComplete());
    wizard->mappingPage()->profileBar()->setSaveName(QStringLiteral("Équipe Lyon"));
    grab(*wizard, "import-wizard-4-mapping");

    // The report: the estimate with line and column, and what will happen.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportPage::Report));
    const QString report = wizard->reportPage()->reportText();
    QVERIFY2(report.contains(QStringLiteral("Rows with a value the import would reject: 4.")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("line 4, column Date d'inscription: not a date")),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("“Ville”")));
    QVERIFY(report.contains(QStringLiteral("Équipe Lyon")));
    grab(*wizard, "import-wizard-5-report");

    runImport(*wizard);
    const ImportResult result = wizard->runPage()->result();
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsRead, 8);
    QCOMPARE(result.rowsImported, 4);
    QCOMPARE(result.rowsRejected, 4);
    QVERIFY(wizard->runPage()->isComplete());
    QCOMPARE(wizard->runPage()->progressBar()->value(),
             wizard->runPage()->progressBar()->maximum());
    const QString summary = wizard->runPage()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("line 4: column \"Date d'inscription\" "
                                             "(signup_date): not a date")),
             qPrintable(summary));
    grab(*wizard, "import-wizard-6-done");

    QCOMPARE(queryRows(m_project,
                       "SELECT customer_id, signup_date, monthly_revenue, segment, nps_score "
                       "FROM customers ORDER BY customer_id"),
             QStringList({QStringLiteral("C001|2024-01-15|29.9|Pro|9"),
                          QStringLiteral("C002|2024-02-03|49.5|Particulier|7"),
                          QStringLiteral("C006|2024-03-14|5.0|Pro|3"),
                          QStringLiteral("C007|2024-03-28|1234.56|Pro|NULL")}));
    QCOMPARE(queryRows(m_project,
                       "SELECT value FROM extra_attributes WHERE name = 'Ville' "
                       "ORDER BY value"),
             QStringList({QStringLiteral("Brest"), QStringLiteral("Caen"), QStringLiteral("Lyon"),
                          QStringLiteral("Paris")}));
    QCOMPARE(queryRows(m_project, "SELECT name FROM mapping_profiles"),
             QStringList(QStringLiteral("Équipe Lyon")));

    // The rejected rows go to a CSV a spreadsheet opens without running formulas.
    const QString csv = m_dir->filePath(QStringLiteral("rejected.csv"));
    QSignalSpy exported(wizard->runPage(), &ImportRunPage::rejectedRowsExported);
    wizard->runPage()->exportRejectedRows(csv);
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    // UTF-8 with a byte order mark, so Excel reads the accents right.
    const QByteArray bytes = fileBytes(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first(), QStringLiteral("line,column,raw_text,reason"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("4,Date d'inscription,")),
             qPrintable(lines.at(1)));
    // The raw record holds commas (5,00), so the cell is quoted too.
    QVERIFY2(lines.at(4).startsWith(QStringLiteral("8,Date d'inscription,\"'=2+3;31/02/2024")),
             qPrintable(lines.at(4)));

    // Importing the same file again warns (same SHA-256) and skips the duplicates.
    const auto again = openWizard(path);
    QVERIFY(again);
    goToMapping(*again);
    QCOMPARE(again->mappingPage()->profileBar()->profileCount(), 1);
    QVERIFY(again->mappingPage()->profileBar()->loadProfile(QStringLiteral("Équipe Lyon")));
    QCOMPARE(again->state().loadedProfile, QStringLiteral("Équipe Lyon"));
    QVERIFY(again->mappingPage()->isComplete());
    grab(*again, "import-wizard-4-mapping-profile");
    again->next();
    runImport(*again);
    const ImportResult second = again->runPage()->result();
    QVERIFY2(second.ok, qPrintable(second.error.toString()));
    QCOMPARE(second.rowsImported, 0);
    QCOMPARE(second.duplicatesSkipped, 4);
    QVERIFY(!second.warnings.isEmpty());
    QVERIFY(again->runPage()->summaryText().contains(QStringLiteral("already imported")));
    QVERIFY(again->runPage()->summaryText().contains(
        QStringLiteral("line 2, column Identifiant client: duplicate")));
    grab(*again, "import-wizard-6-reimport");
}

void TestImportWizard::ambiguousDatesAreAsked()
{
    const QString path = writeFile("ambiguous.csv", ambiguousCsv);
    const auto wizard = openWizard(path);
    QVERIFY(wizard);
    goToMapping(*wizard);
    ImportMappingPage *page = wizard->mappingPage();
    QVERIFY(page->dateQuestion()->isVisible());
    QVERIFY(!page->isComplete()); // until answered
    QCOMPARE(page->dateQuestion()->answer(), std::nullopt);
    const QString question = page->dateQuestion()->findChild<QLabel *>()->text();
    QVERIFY2(question.contains(QStringLiteral("05/06/2024")), qPrintable(question));
    grab(*wizard, "import-wizard-4-mapping-date-question");

    page->dateQuestion()->setAnswer(ValueParsers::DateOrder::MonthFirst);
    QVERIFY(page->isComplete());
    wizard->next();
    QVERIFY(wizard->reportPage()->reportText().contains(QStringLiteral("month first")));
    runImport(*wizard);
    QVERIFY2(wizard->runPage()->result().ok,
             qPrintable(wizard->runPage()->result().error.toString()));
    QCOMPARE(queryRows(m_project, "SELECT customer_id, signup_date FROM customers ORDER BY 1"),
             QStringList({QStringLiteral("A1|2024-05-06"), QStringLiteral("A2|2024-01-02"),
                          QStringLiteral("A3|2023-11-12")}));
}

void TestImportWizard::workbookSheetsAreListed()
{
    // A user's workbook whose first sheet is a dashboard (see fixtureworkbooks.h).
    QString error;
    const QString path = FixtureWorkbooks::writeSupportTicketsSmall(m_dir->path(), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    const auto wizard = openWizard(path);
    QVERIFY(wizard);
    QTRY_COMPARE(wizard->currentId(), int(ImportPage::Sheet));
    QCOMPARE(wizard->state().inspection.sheetNames,
             QStringList({QStringLiteral("Dashboard"), QStringLiteral("Data Analysis"),
                          QStringLiteral("cleaned data"),
                          QStringLiteral("Category analysis with PivotTab")}));
    QTRY_VERIFY(!wizard->sheetPage()->isLoading());
    // The first sheet is a dashboard: its one "column" shows it is not the data.
    QCOMPARE(wizard->state().inspection.sheet, QStringLiteral("Dashboard"));
    QCOMPARE(wizard->state().inspection.headers.size(), 1);
    QVERIFY(wizard->sheetPage()->isComplete()); // the user may still know better
    grab(*wizard, "import-wizard-2-sheet-dashboard");
    QVERIFY(wizard->sheetPage()->selectSheet(QStringLiteral("cleaned data")));
    QTRY_VERIFY(wizard->sheetPage()->isComplete());
    QVERIFY(wizard->state().inspection.headers.contains(QStringLiteral("channel")));
    grab(*wizard, "import-wizard-2-sheet");

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportPage::Preview));
    QTRY_VERIFY(wizard->previewPage()->isComplete());
    ImportPreviewModel *model = wizard->previewPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 200);
    QCOMPARE(model->headerData(0, Qt::Vertical, int(Role::Line)).toLongLong(), 2);
    grab(*wizard, "import-wizard-3-preview-xlsx");

    // No customer column: the mapping page says so and waits.
    wizard->next();
    QTRY_VERIFY(!wizard->mappingPage()->isLoadingProfiles());
    QCOMPARE(wizard->state().table, CanonicalTable::Contacts);
    QVERIFY(!wizard->mappingPage()->isComplete());
    QVERIFY(wizard->mappingPage()->missingFieldsLabel()->text().contains(
        QStringLiteral("Customer ID")));
    grab(*wizard, "import-wizard-4-mapping-xlsx");
}

void TestImportWizard::cancelLeavesTheProjectUnchanged()
{
    // A project with rows in it, then a large file whose import is cancelled.
    const QString small = writeFile("clients.csv", frenchCsv);
    {
        const auto wizard = openWizard(small);
        QVERIFY(wizard);
        goToMapping(*wizard);
        wizard->next();
        runImport(*wizard);
        QVERIFY(wizard->runPage()->result().ok);
    }
    const QByteArray before = fileBytes(m_project);
    QVERIFY(!before.isEmpty());

    QByteArray large = "customer_id,signup_date,monthly_revenue,segment\n";
    for (int row = 0; row < 300000; ++row)
        large += QByteArray("L") + QByteArray::number(row) + ",2024-01-15,19.90,Business\n";
    const QString path = writeFile("large.csv", large);
    const auto wizard = openWizard(path);
    QVERIFY(wizard);
    goToMapping(*wizard);
    wizard->next();
    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    wizard->next();
    QVERIFY(wizard->runPage()->isRunning());
    // The bar moves while the window goes on handling events.
    QTRY_VERIFY(wizard->runPage()->progressBar()->value() > 0);
    grab(*wizard, "import-wizard-6-running");
    wizard->runPage()->cancelImport();
    QVERIFY(finished.wait(60000));
    const ImportResult result = wizard->runPage()->result();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(wizard->runPage()->summaryText().contains(QStringLiteral("cancelled")));
    grab(*wizard, "import-wizard-6-cancelled");

    QCOMPARE(fileBytes(m_project), before);

    // Back to the settings and Import again; closing the wizard mid-import
    // cancels too, and it closes once the importer has rolled back.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ImportPage::Report));
    wizard->next();
    QVERIFY(wizard->runPage()->isRunning());
    QTRY_VERIFY(wizard->runPage()->progressBar()->value() > 0);
    wizard->reject();
    QVERIFY(wizard->isVisible()); // not before the rollback
    QVERIFY(finished.wait(60000));
    // A rejected QWizard cleans its pages up: the result is in the signal.
    QVERIFY(finished.last().first().value<ImportResult>().cancelled);
    QVERIFY(!wizard->isVisible());

    QCOMPARE(fileBytes(m_project), before);
    QCOMPARE(queryRows(m_project, "SELECT count(*) FROM customers"),
             QStringList(QStringLiteral("4")));
    QCOMPARE(queryRows(m_project, "SELECT count(*) FROM import_log"),
             QStringList(QStringLiteral("1")));
}

void TestImportWizard::languageChangeKeepsThePages()
{
    const QString path = writeFile("ambiguous.csv", ambiguousCsv);
    const auto wizard = openWizard(path);
    QVERIFY(wizard);
    goToMapping(*wizard);
    const QString title = wizard->mappingPage()->title();
    const QString question = wizard->mappingPage()->dateQuestion()->findChild<QLabel *>()->text();
    // What installing a translator sends to every widget.
    for (QWidget *widget : wizard->findChildren<QWidget *>()) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(widget, &event);
    }
    QCOMPARE(wizard->mappingPage()->title(), title);
    QCOMPARE(wizard->mappingPage()->dateQuestion()->findChild<QLabel *>()->text(), question);
    QCOMPARE(wizard->mappingPage()->editor()->comboBox(1)->currentData().toString(),
             QStringLiteral("signup_date"));
    QVERIFY(!wizard->mappingPage()->isComplete());
}

void TestImportWizard::dateInFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO") << "/data/churn_2024-01-31.csv" << QDate(2024, 1, 31);
    QTest::newRow("compact") << "export20231130.xlsx" << QDate(2023, 11, 30);
    QTest::newRow("underscores") << "crm_2024_06_30_extract.csv" << QDate(2024, 6, 30);
    QTest::newRow("not a day") << "telco_2024-13-45.csv" << QDate();
    QTest::newRow("a longer number") << "batch_1202401311.csv" << QDate();
    QTest::newRow("no date") << "WA_Fn-UseC_-Telco-Customer-Churn.csv" << QDate();
    QTest::newRow("in the folder only") << "/exports/2024-01-31/customers.csv" << QDate();
}

void TestImportWizard::dateInFileName()
{
    QFETCH(QString, path);
    QFETCH(QDate, date);
    QCOMPARE(DerivationsBox::dateInFileName(path), date);
}

// A snapshot extract as CRM teams export it: tenure in months and a churn
// flag. The mapping page proposes the date in the file's name, previews the
// dates it gives, the check page says how they are derived, and the import
// stores them.
void TestImportWizard::snapshotExtractThroughTheWizard()
{
    const QString path = writeFile("churn_2024-01-31.csv",
                                   "customerID,tenure,Churn,MonthlyCharges\n"
                                   "7590-VHVEG,1,No,29.85\n"
                                   "3668-QPYBK,2,Yes,53.85\n"
                                   "5575-GNVDE,34,No,56.95\n");
    const auto wizard = openWizard(path);
    QVERIFY(wizard);
    goToMapping(*wizard);
    DerivationsBox *box = wizard->mappingPage()->derivationsBox();
    QVERIFY(box->isVisible());
    QVERIFY(box->findChild<QCheckBox *>(QStringLiteral("snapshotCheck"))->isChecked());
    QCOMPARE(box->findChild<QDateEdit *>(QStringLiteral("snapshotDate"))->date(),
             QDate(2024, 1, 31));
    QVERIFY(!box->findChild<QCheckBox *>(QStringLiteral("orderLinesCheck"))->isVisible());
    const QString preview = box->findChild<QLabel *>(QStringLiteral("derivedPreview"))->text();
    QVERIFY2(preview.contains(QStringLiteral("tenure 1 → signup 31 Dec 2023")),
             qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("left on 31 Jan 2024")), qPrintable(preview));
    QVERIFY(wizard->mappingPage()->isComplete()); // tenure gives the signup date
    grab(*wizard, "import-wizard-snapshot-mapping");

    wizard->next();
    const QString report = wizard->reportPage()->reportText();
    QVERIFY2(report.contains(QStringLiteral("signup_date is the snapshot date 2024-01-31 minus "
                                            "“tenure”"))
                 || report.contains(QStringLiteral("signup_date is the snapshot date 2024-01-31")),
             qPrintable(report));
    runImport(*wizard);
    const ImportResult result = wizard->runPage()->result();
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.rowsImported, 3);
    QCOMPARE(queryRows(m_project,
                       "SELECT customer_id, signup_date, ifnull(churn_date, '-') "
                       "FROM customers ORDER BY id"),
             QStringList({"7590-VHVEG|2023-12-31|-", "3668-QPYBK|2023-11-30|2024-01-31",
                          "5575-GNVDE|2021-03-31|-"}));
    QVERIFY(wizard->runPage()->resultText().contains(QStringLiteral("Derived values")));
}

// Order lines of customers the project does not have: the lines are one
// order per invoice by default, "C" is proposed for cancellations seen in
// the first rows, and creating the customers is the user's choice.
void TestImportWizard::orderLinesThroughTheWizard()
{
    const QString path = writeFile("lines.csv",
                                   "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice,"
                                   "Description\n"
                                   "536365,17850,2010-12-01,6,2.55,Mug\n"
                                   "536365,17850,2010-12-01,8,3.39,Lantern\n"
                                   "536366,13047,2010-12-02,2,1.85,Mug\n"
                                   "C536365,17850,2010-12-03,-2,2.55,Mug\n");
    const auto wizard = openWizard(path);
    QVERIFY(wizard);
    goToMapping(*wizard);
    DerivationsBox *box = wizard->mappingPage()->derivationsBox();
    QVERIFY(box->findChild<QCheckBox *>(QStringLiteral("orderLinesCheck"))->isChecked());
    QCOMPARE(box->findChild<QLineEdit *>(QStringLiteral("cancellationPrefix"))->text(),
             QStringLiteral("C"));
    auto *create = box->findChild<QCheckBox *>(QStringLiteral("createCustomersCheck"));
    QVERIFY(create->isVisible());
    QVERIFY(!create->isChecked());
    const QString preview = box->findChild<QLabel *>(QStringLiteral("derivedPreview"))->text();
    QVERIFY2(preview.contains(QStringLiteral("6 × 2.55 → amount 15.30")), qPrintable(preview));
    create->click();
    QVERIFY(wizard->mappingPage()->isComplete());
    grab(*wizard, "import-wizard-order-lines-mapping");

    wizard->next();
    runImport(*wizard);
    const ImportResult result = wizard->runPage()->result();
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.orderLines, 4);
    QCOMPARE(result.rowsImported, 2);
    QCOMPARE(result.customersCreated, 2);
    QCOMPARE(queryRows(m_project,
                       "SELECT order_id, customer_id, round(amount, 2), "
                       "ifnull(round(returned_amount, 2), '-') FROM orders ORDER BY id"),
             QStringList({"536365|17850|37.32|5.1", "536366|13047|3.7|-"}));
    QCOMPARE(queryRows(m_project,
                       "SELECT customer_id, signup_date, implied FROM customers "
                       "ORDER BY id"),
             QStringList({"17850|2010-12-01|1", "13047|2010-12-02|1"}));
}

// Contacts of customers the project does not have: every row rejected. The
// result's title says so (never a bare "Done"), and the rows are counted by
// reason.
void TestImportWizard::nothingImportedSaysSo()
{
    const QString path = writeFile("contacts.csv",
                                   "customer_id,contact_date,channel\n"
                                   "C1,2024-01-02,phone\n"
                                   "C2,2024-01-03,social\n"
                                   "C1,2024-01-05,email\n");
    const auto wizard = openWizard(path);
    QVERIFY(wizard);
    goToMapping(*wizard);
    wizard->next();

    // The check page looks the customers up in the (empty) project: every
    // row would be rejected, and importing needs an explicit yes.
    ImportReportPage *report = wizard->reportPage();
    QTRY_VERIFY(!report->isCheckingCustomers());
    const QString text = report->reportText();
    QVERIFY2(text.contains(QStringLiteral("Rows with a value the import would reject: 3.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("unknown customer")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Most of these rows would be rejected")));
    QVERIFY(report->confirmBox()->isVisible());
    QVERIFY(!report->isComplete());
    grab(*wizard, "import-wizard-most-rejected");
    report->confirmBox()->click();
    QVERIFY(report->isComplete());
    runImport(*wizard);
    QCOMPARE(wizard->runPage()->result().rowsRejected, 3);
    QVERIFY2(wizard->runPage()->subTitle().startsWith(QStringLiteral("Nothing was imported")),
             qPrintable(wizard->runPage()->subTitle()));
    const QString summary = wizard->runPage()->resultText();
    QVERIFY2(summary.contains(QStringLiteral("3 × column \"customer_id\" (customer_id): customers "
                                             "the project does not have")),
             qPrintable(summary));
    grab(*wizard, "import-wizard-nothing-imported");

    ImportResult some;
    some.ok = true;
    some.rowsImported = 6980;
    some.rowsRejected = 63;
    QCOMPARE(ImportRunPage::outcomeTitle(some),
             QStringLiteral("6,980 row(s) imported; rejected and kept for review: 63. The window "
                            "shows the new rows."));
    some.rowsRejected = 0;
    QCOMPARE(ImportRunPage::outcomeTitle(some),
             QStringLiteral("6,980 row(s) imported. The window shows the new rows."));
}

// A European export: the preview of the derived amounts reads the unit
// price's decimal comma as the import will.
void TestImportWizard::derivedAmountsReadTheDecimalComma()
{
    const QString path = writeFile("lignes.csv",
                                   "InvoiceNo;CustomerID;InvoiceDate;Quantity;"
                                   "UnitPrice\n"
                                   "1;A;2024-01-02;6;2,55\n"
                                   "2;B;2024-01-03;3;10,5\n");
    const auto wizard = openWizard(path);
    QVERIFY(wizard);
    goToMapping(*wizard);
    const QString preview = wizard->mappingPage()
                                ->derivationsBox()
                                ->findChild<QLabel *>(QStringLiteral("derivedPreview"))
                                ->text();
    QVERIFY2(preview.contains(QStringLiteral("6 × 2.55 → amount 15.30")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("3 × 10.5 → amount 31.50")), qPrintable(preview));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
