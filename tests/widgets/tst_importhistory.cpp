// SPDX-License-Identifier: GPL-3.0-or-later
// The Import history page as a user drives it: the imports listed with their
// counts and how they were read; rejected rows opened, fixed in place,
// exported and imported again; an import undone after its confirmation,
// leaving the project's rows as before it; a refused undo saying why.
#include "importer.h"
#include "importhistorymodel.h"
#include "importhistorypage.h"
#include "projectrows.h"
#include "rejectedrecordsmodel.h"
#include "rejectedrowsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

QString screenshotPath(const char *name)
{
    return QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/%1.png").arg(QLatin1String(name));
}

// Clicks the button of the next message box whose text is `buttonText`.
void answerNextMessageBox(const QString &buttonText)
{
    QTimer::singleShot(0, [buttonText] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == buttonText) {
                    button->click();
                    return;
                }
            }
        }
        answerNextMessageBox(buttonText); // not shown yet
    });
}

} // namespace

class TestImportHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsImportsWithHowTheyWereRead();
    void fixedRowsImportAgainFromTheDialog();
    void rejectedRowsExport_data();
    void rejectedRowsExport();
    void undoAfterConfirmationRestoresTheRows();
    void refusedUndoSaysWhy();

private:
    QString write(const QString &name, const QStringList &lines);
    ImportResult import(const QString &file, CanonicalTable table);
    void loadPage(ImportHistoryPage &page);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestImportHistory::initTestCase()
{
    QVERIFY(QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR)));
}

void TestImportHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("care.socialroi"));
}

QString TestImportHistory::write(const QString &name, const QStringList &lines)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return path;
}

ImportResult TestImportHistory::import(const QString &file, CanonicalTable table)
{
    ImportRequest request;
    request.projectPath = m_project;
    request.filePath = file;
    request.table = table;
    return Importer::run(request);
}

void TestImportHistory::loadPage(ImportHistoryPage &page)
{
    QSignalSpy loaded(&page, &ImportHistoryPage::historyLoaded);
    page.setProject(m_project);
    QVERIFY(loaded.wait(10000));
}

const QStringList customers = {
    QStringLiteral("Customer ID,Signup date,Monthly revenue,Segment,Region"),
    QStringLiteral("c1,2024-01-05,29.9,basic,North"),
    QStringLiteral("c2,2024-02-10,49.5,premium,South"),
    QStringLiteral("c3,31/02/2024,19,basic,North"),
    QStringLiteral("c4,2024-03-01,abc,basic,"),
};

void TestImportHistory::listsImportsWithHowTheyWereRead()
{
    QVERIFY(
        import(write(QStringLiteral("customers.csv"), customers), CanonicalTable::Customers).ok);
    QVERIFY(import(write(QStringLiteral("contacts.csv"),
                         {QStringLiteral("customer_id,date,channel"),
                          QStringLiteral("c1,2024-04-01,social"),
                          QStringLiteral("c9,2024-04-02,phone")}),
                   CanonicalTable::Contacts)
                .ok);
    ImportHistoryPage page;
    page.resize(1100, 760);
    loadPage(page);
    ImportHistoryModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ImportHistoryModel::File).data().toString(),
             QStringLiteral("contacts.csv"));
    QCOMPARE(model->index(1, ImportHistoryModel::Imported).data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(1, ImportHistoryModel::Rejected).data().toString(), QStringLiteral("2"));
    page.selectImport(model->index(1, 0).data(ImportHistoryModel::ImportIdRole).toLongLong());
    const QString details = page.findChild<QLabel *>(QStringLiteral("ImportDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("“Signup date” → ")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Kept as extra attributes: “Region”")),
             qPrintable(details));
    page.show();
    QVERIFY(page.grab().save(screenshotPath("import-history")));
}

void TestImportHistory::fixedRowsImportAgainFromTheDialog()
{
    const ImportResult first
        = import(write(QStringLiteral("customers.csv"), customers), CanonicalTable::Customers);
    QVERIFY(first.ok);
    ImportHistoryPage page;
    loadPage(page);
    QSignalSpy changed(&page, &ImportHistoryPage::projectChanged);
    RejectedRowsDialog dialog(m_project, page.model()->entries().first());
    QSignalSpy loaded(&dialog, &RejectedRowsDialog::rowsLoaded);
    QVERIFY(loaded.wait(10000));
    RejectedRecordsModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->headerData(RejectedRecordsModel::FirstField + 1, Qt::Horizontal).toString(),
             QStringLiteral("Signup date"));
    QVERIFY(model->index(0, RejectedRecordsModel::Problem)
                .data()
                .toString()
                .contains(QLatin1String("not a valid calendar date")));
    QVERIFY(!(model->flags(model->index(0, RejectedRecordsModel::Problem)) & Qt::ItemIsEditable));

    // The user fixes the impossible date in place; the other row stays wrong.
    QVERIFY(model->setData(model->index(0, RejectedRecordsModel::FirstField + 1),
                           QStringLiteral("29/02/2024")));
    QCOMPARE(model->editedCount(), 1);
    dialog.resize(1000, 420);
    dialog.show();
    QVERIFY(dialog.grab().save(screenshotPath("import-rejected-rows")));

    QSignalSpy imported(&dialog, &RejectedRowsDialog::rowsImported);
    QSignalSpy finished(&dialog, &RejectedRowsDialog::reimportFinished);
    dialog.importFixedRowsFrom(m_dir->filePath(QStringLiteral("customers fixed.csv")));
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.message()));
    QCOMPARE(imported.size(), 1);
    QVERIFY2(dialog.message().contains(
                 QLatin1String("1 row(s) imported; rejected and kept for review: 1")),
             qPrintable(dialog.message()));
    QCOMPARE(
        projectRows(m_project,
                    QStringLiteral("SELECT signup_date FROM customers WHERE customer_id = 'c3'")),
        QStringList {QStringLiteral("2024-02-29")});
    // The row taken in is marked fixed and hidden; the other one stays.
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), 1);
    model->setShowFixed(true);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, RejectedRecordsModel::Problem).data().toString(),
             QStringLiteral("Fixed: imported again"));
    Q_UNUSED(changed);
}

void TestImportHistory::rejectedRowsExport_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestImportHistory::rejectedRowsExport()
{
    QFETCH(QString, suffix);
    QStringList lines = customers;
    lines.append(QStringLiteral("=HYPERLINK(\"x\"),not a date,1,basic,North"));
    const ImportResult first
        = import(write(QStringLiteral("customers.csv"), lines), CanonicalTable::Customers);
    QVERIFY(first.ok);
    ImportHistoryPage page;
    loadPage(page);
    RejectedRowsDialog dialog(m_project, page.model()->entries().first());
    QSignalSpy loaded(&dialog, &RejectedRowsDialog::rowsLoaded);
    QVERIFY(loaded.wait(10000));
    dialog.setXlsxWriterPath(QStringLiteral(SOCIALROI_XLSX_WRITER));
    QSignalSpy exported(&dialog, &RejectedRowsDialog::exported);
    const QString path = m_dir->filePath(QStringLiteral("rejected.") + suffix);
    dialog.exportTo(path);
    QVERIFY(exported.wait(20000));
    QVERIFY2(exported.first().first().toBool(), qPrintable(dialog.message()));
    QVERIFY2(dialog.message().contains(QLatin1String("3 row(s) written")),
             qPrintable(dialog.message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (suffix == QLatin1String("csv")) {
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM: Excel reads accents right
        QVERIFY2(text.contains(QLatin1String("Line,Problem,Customer ID,Signup date")),
                 qPrintable(text));
        // A formula in a rejected value stays text for the spreadsheet.
        QVERIFY2(text.contains(QLatin1String("\"'=HYPERLINK(\"\"x\"\")\"")), qPrintable(text));
    } else {
        QVERIFY(bytes.startsWith("PK"));
    }
    // A folder that is not there: the dialog stays and says why.
    QSignalSpy failed(&dialog, &RejectedRowsDialog::exported);
    dialog.exportTo(m_dir->filePath(QStringLiteral("missing/rejected.csv")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toBool());
    QVERIFY2(dialog.message().contains(QLatin1String("missing")), qPrintable(dialog.message()));
}

void TestImportHistory::undoAfterConfirmationRestoresTheRows()
{
    QVERIFY(
        import(write(QStringLiteral("customers.csv"), customers), CanonicalTable::Customers).ok);
    const QStringList before
        = projectRows(m_project, QStringLiteral("SELECT * FROM customers ORDER BY id"));
    const qint64 revisionBefore
        = projectRows(m_project, QStringLiteral("SELECT revision FROM data_revision"))
              .value(0)
              .toLongLong();
    QVERIFY(import(write(QStringLiteral("more.csv"),
                         {QStringLiteral("customer_id,signup_date"),
                          QStringLiteral("c7,2024-05-01"), QStringLiteral("c8,2024-05-02")}),
                   CanonicalTable::Customers)
                .ok);
    ImportHistoryPage page;
    loadPage(page);
    page.selectImport(page.model()->entries().first().id);
    QSignalSpy changed(&page, &ImportHistoryPage::projectChanged);
    QSignalSpy finished(&page, &ImportHistoryPage::undoFinished);
    QSignalSpy reloaded(&page, &ImportHistoryPage::historyLoaded);
    answerNextMessageBox(QStringLiteral("Undo import"));
    page.undoSelected();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(page.message()));
    QCOMPARE(changed.size(), 1);
    QVERIFY2(page.message().contains(QStringLiteral("“more.csv”")), qPrintable(page.message()));
    QVERIFY2(page.message().contains(QLatin1String("Removed: 2 customer(s).")),
             qPrintable(page.message()));
    QCOMPARE(projectRows(m_project, QStringLiteral("SELECT * FROM customers ORDER BY id")), before);
    QVERIFY(projectRows(m_project, QStringLiteral("SELECT revision FROM data_revision"))
                .value(0)
                .toLongLong()
            > revisionBefore);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(page.model()->rowCount(), 1);

    // Cancelled at the confirmation: nothing changes.
    QSignalSpy cancelled(&page, &ImportHistoryPage::undoFinished);
    answerNextMessageBox(QStringLiteral("Cancel"));
    page.undoSelected();
    QVERIFY(cancelled.wait(20000));
    QVERIFY(!cancelled.first().first().toBool());
    QCOMPARE(projectRows(m_project, QStringLiteral("SELECT * FROM customers ORDER BY id")), before);
}

void TestImportHistory::refusedUndoSaysWhy()
{
    QVERIFY(
        import(write(QStringLiteral("customers.csv"), customers), CanonicalTable::Customers).ok);
    QVERIFY(import(write(QStringLiteral("contacts.csv"),
                         {QStringLiteral("customer_id,date,channel"),
                          QStringLiteral("c1,2024-04-01,social")}),
                   CanonicalTable::Contacts)
                .ok);
    ImportHistoryPage page;
    page.resize(1100, 760);
    loadPage(page);
    page.selectImport(page.model()->entries().last().id); // the customers
    QSignalSpy finished(&page, &ImportHistoryPage::undoFinished);
    page.undoSelected();
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(page.message().contains(QStringLiteral("“contacts.csv”")), qPrintable(page.message()));
    QCOMPARE(projectRows(m_project, QStringLiteral("SELECT count(*) FROM customers")),
             QStringList {"2"});
    page.show();
    QVERIFY(page.grab().save(screenshotPath("import-history-undo-refused")));
}

QTEST_MAIN(TestImportHistory)
#include "tst_importhistory.moc"
