// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/cohortchart.h"
#include "csvexportchoice.h"
#include "databrowser.h"
#include "demogenerator.h"
#include "importwizard/importwizard.h"
#include "mainwindow.h"
#include "metricscontroller.h"
#include "qcustomplot.h"
#include "socialroiconfig.h"
#include "sqliteconnection.h"
#include "tablebrowsermodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheProjectAndItsTables();
    void rejectsABadProjectAndKeepsTheCurrentOne();
    void remembersRecentProjectsAndLayout();
    void droppingAFileStartsTheImportWizard();
    void browserExportsEveryRowAsCsv();
    void namesObjectsItDidNotCreate();
    void recomputesAfterAnImportFromTheCommandLine();
    void toolbarCarriesTheMainActions();
    void aboutNamesVersionLicenceAndLibraries();

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
};

void TestMainWindow::initTestCase()
{
    // Keep the user's real settings and data folder out of the tests.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SocialROI-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    m_projectPath = m_dir.filePath(QStringLiteral("Demo project.socialroi"));
    DemoOptions options;
    options.customers = 2000;
    QVERIFY(DemoGenerator::generate(m_projectPath, options, false).ok);
}

void TestMainWindow::showsTheProjectAndItsTables()
{
    MainWindow window;
    window.resize(1280, 800);
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    QVERIFY(!window.openProject(m_projectPath, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The summary may arrive while the window is being exposed: wait on the
    // count, not for a signal still to come.
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Demo project")));

    // The overview first, then the customers table through the navigator.
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(
        window.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/main-window-overview.png")));

    QSignalSpy chunk(window.dataBrowser()->model(), &TableBrowserModel::chunkLoaded);
    window.navigator()->selectPage(Navigator::PageKind::Table, QStringLiteral("customers"));
    QVERIFY(chunk.wait(10000));
    QCOMPARE(window.dataBrowser()->table(), QStringLiteral("customers"));
    QVERIFY(window.dataBrowser()->model()->rowCount() > 0);
    QTRY_COMPARE(window.dataBrowser()->model()->totalRowCount(), qint64(2000));
    QVERIFY(window.dataBrowser()->view()->isVisible());

    const QImage image = window.grab().toImage();
    QVERIFY(image.save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/main-window-customers.png")));
    QCOMPARE(image.size(), QSize(1280, 800) * image.devicePixelRatio());
    // Not blank: a real window has text, grid lines and highlights.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    // Every raw table can be browsed.
    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("orders"),
                                 QStringLiteral("mentions"), QStringLiteral("improvements")}) {
        QSignalSpy next(window.dataBrowser()->model(), &TableBrowserModel::chunkLoaded);
        window.navigator()->selectPage(Navigator::PageKind::Table, table);
        QVERIFY(next.wait(10000));
        QVERIFY2(window.dataBrowser()->model()->rowCount() > 0, qPrintable(table));
    }
}

// The browser loads rows as the user scrolls; its export writes them all, as
// filtered, in the background, and says so in the status bar.
namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestMainWindow::browserExportsEveryRowAsCsv()
{
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(!window.openProject(m_projectPath, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DataBrowser *browser = window.dataBrowser();
    QSignalSpy chunk(browser->model(), &TableBrowserModel::chunkLoaded);
    window.navigator()->selectPage(Navigator::PageKind::Table, QStringLiteral("contacts"));
    QVERIFY(chunk.wait(10000));
    QTRY_VERIFY(browser->model()->totalRowCount() > 0);
    const qint64 total = browser->model()->totalRowCount();
    QVERIFY2(browser->model()->rowCount() < total, "the browser should not hold every row yet");
    QVERIFY(browser->view()->actions().contains(browser->exportAction()));
    QVERIFY(!browser->exportAction()->text().isEmpty());

    const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
    QSignalSpy finished(browser, &DataBrowser::exportFinished);
    browser->exportAsCsv(path);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("contacts.csv")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 records = 0;
    while (!file.atEnd()) {
        file.readLine();
        ++records;
    }
    QCOMPARE(records, total + 1); // the header, then every contact
    file.close();

    // The window's default is the CSV for spreadsheets in its language; the
    // save dialog's other file type, remembered, gives the programs' form.
    QVERIFY(readFile(path).startsWith("\xEF\xBB\xBF"));
    const auto exportAgain = [&](CsvDialect::Kind kind, const QString &name) {
        CsvExportChoice::remember(kind);
        const QString again = m_dir.filePath(name);
        QSignalSpy done(browser, &DataBrowser::exportFinished);
        browser->exportAsCsv(again);
        return done.wait(20000) && done.at(0).at(0).toBool() ? readFile(again) : QByteArray();
    };
    const QByteArray programs = exportAgain(CsvDialect::Kind::Programs, QStringLiteral("p.csv"));
    const QByteArray programsHeader = programs.left(programs.indexOf("\r\n"));
    QVERIFY2(!programs.startsWith("\xEF\xBB\xBF") && programsHeader.contains("contact_id,"),
             programsHeader.constData());
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray german = exportAgain(CsvDialect::Kind::Spreadsheet, QStringLiteral("g.csv"));
    QLocale::setDefault(QLocale::c());
    const QByteArray germanHeader = german.left(german.indexOf("\r\n"));
    QVERIFY2(german.startsWith("\xEF\xBB\xBF") && germanHeader.contains("contact_id;"),
             germanHeader.constData());
    QCOMPARE(CsvExportChoice::rememberedKind(), CsvDialect::Kind::Spreadsheet);
}

void TestMainWindow::rejectsABadProjectAndKeepsTheCurrentOne()
{
    MainWindow window;
    QVERIFY(!window.openProject(m_projectPath, false).isError());
    const QString textFile = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(textFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a project\n");
    file.close();

    const StoreError error = window.openProject(textFile, false);
    QCOMPARE(error.kind, StoreError::Kind::NotSqlite);
    QCOMPARE(window.projectPath(), m_projectPath);
}

void TestMainWindow::remembersRecentProjectsAndLayout()
{
    {
        MainWindow window;
        QVERIFY(!window.openProject(m_projectPath, false).isError());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.constFirst(), QFileInfo(m_projectPath).absoluteFilePath());
    QVERIFY(!QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());

    // The next start opens the last project.
    MainWindow window;
    window.openStartupProject();
    QCOMPARE(window.projectPath(), m_projectPath);
}

void TestMainWindow::droppingAFileStartsTheImportWizard()
{
    MainWindow window;
    QVERIFY(!window.openProject(m_projectPath, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id client;date d'inscription\nC1;01/02/2024\n");
    file.close();

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QTRY_VERIFY(window.findChild<ImportWizard *>() != nullptr);
    QVERIFY(window.findChild<ImportWizard *>()->isVisible());
    window.findChild<ImportWizard *>()->reject();
}

// A project with a trigger and a view made by another tool: the status bar
// names both, for as long as the project is open, and says it is read-only.
void TestMainWindow::namesObjectsItDidNotCreate()
{
    const QString path = m_dir.filePath(QStringLiteral("Foreign objects.socialroi"));
    QVERIFY(QFile::copy(m_projectPath, path));
    {
        SqliteConnection connection;
        QCOMPARE(connection.open(path, SqliteConnection::Access::ReadWrite), 0); // SQLITE_OK
        connection.execute("CREATE TRIGGER audit_contacts AFTER INSERT ON contacts BEGIN "
                           "DELETE FROM orders; END; "
                           "CREATE VIEW everyone AS SELECT customer_id FROM customers");
    }
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(!window.openProject(m_projectPath, false).isError());
    QVERIFY(window.foreignObjectsLabel()->isHidden());
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    QVERIFY(!window.openProject(path, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The summary may arrive while the window is being exposed: wait on the
    // count (the first project's summary is dropped as stale).
    QTRY_VERIFY2_WITH_TIMEOUT(!loaded.isEmpty(), qPrintable(window.statusBar()->currentMessage()),
                              10000);
    const QLabel *label = window.foreignObjectsLabel();
    QVERIFY(label->isVisible());
    for (const char *word :
         {"Read-only", "did not create", "trigger audit_contacts", "view everyone"})
        QVERIFY2(label->text().contains(QLatin1String(word)), qPrintable(label->text()));
    QVERIFY2(label->toolTip().contains(QLatin1String("audit_contacts")),
             qPrintable(label->toolTip()));

    QVERIFY(!window.openProject(m_projectPath, false).isError());
    QVERIFY(label->isHidden());
}

// A command-line import into the open project: the window notices the new
// data revision and computes the metrics again, and the write lock the import
// holds meanwhile never reaches the user as a failure.
void TestMainWindow::recomputesAfterAnImportFromTheCommandLine()
{
    const QString path = m_dir.filePath(QStringLiteral("Watched.socialroi"));
    QVERIFY(QFile::copy(m_projectPath, path));
    const QString csvPath = m_dir.filePath(QStringLiteral("more customers.csv"));
    QByteArray csv("customer_id,signup_date,monthly_revenue\n");
    for (int row = 0; row < 50000; ++row)
        csv += "W" + QByteArray::number(row) + ",2023-03-01,40\n";
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::WriteOnly));
    QCOMPARE(csvFile.write(csv), csv.size());
    csvFile.close();

    MainWindow window;
    QVERIFY(!window.openProject(path, false).isError());
    window.show();
    MetricsController *controller = window.metricsController();
    QSignalSpy failed(controller, &MetricsController::failed);
    QTRY_VERIFY_WITH_TIMEOUT(controller->result().has_value() && !controller->isBusy(), 60000);
    const qint64 before
        = controller->result()->socialCustomers + controller->result()->controlCustomers;
    QSignalSpy finished(controller, &MetricsController::finished);

    // The event loop runs while the import does, so the window polls the
    // project during the import as well as after it.
    QProcess import;
    import.start(QStringLiteral(SOCIALROI_EXECUTABLE),
                 {QStringLiteral("import"), QStringLiteral("-p"), path, QStringLiteral("--table"),
                  QStringLiteral("customers"), csvPath});
    QTRY_VERIFY_WITH_TIMEOUT(import.state() == QProcess::NotRunning, 60000);
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());

    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !controller->isBusy(), 60000);
    const qint64 after
        = controller->result()->socialCustomers + controller->result()->controlCustomers;
    QCOMPARE(after, before + 50000);
    QCOMPARE(failed.count(), 0);
    QVERIFY2(!window.statusBar()->currentMessage().contains(QLatin1String("locked")),
             qPrintable(window.statusBar()->currentMessage()));
}

// The toolbar holds open, import, export report, export chart and copy chart,
// each with an icon; the chart actions work on the shown pane's chart and
// are disabled where there is none.
void TestMainWindow::toolbarCarriesTheMainActions()
{
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(!window.openProject(m_projectPath, false).isError());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.mainToolBar()->isVisible());

    QStringList texts;
    for (QAction *action : window.mainToolBar()->actions()) {
        if (action->isSeparator())
            continue;
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        texts << action->iconText();
    }
    QCOMPARE(
        texts,
        QStringList({QStringLiteral("Open"), QStringLiteral("Import"), QStringLiteral("Report"),
                     QStringLiteral("Export Chart"), QStringLiteral("Copy Chart")}));

    // The overview has no chart.
    QVERIFY(!window.currentChart());
    QVERIFY(!window.copyChartAction()->isEnabled());
    window.showPane(QStringLiteral("retention"));
    QVERIFY(window.currentChart());
    QTRY_VERIFY_WITH_TIMEOUT(window.copyChartAction()->isEnabled(), 30000);
    QVERIFY(window.exportChartAction()->isEnabled());
    QApplication::clipboard()->clear();
    window.copyChartAction()->trigger();
    QVERIFY(!QApplication::clipboard()->image().isNull());
    // Twice the size shown, with the same drawing as SVG and PDF beside it.
    QCOMPARE(QApplication::clipboard()->image().size(), 2 * window.currentChart()->size());
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("image/svg+xml")));

    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(window.mainToolBar()->grab().save(
        QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/main-window-toolbar.png")));
    QVERIFY(
        window.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/main-window-retention.png")));
    // The File menu, with its icons.
    QMenu *fileMenu = window.menuBar()->actions().constFirst()->menu();
    fileMenu->popup(window.mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(fileMenu));
    QVERIFY(fileMenu->grab().save(
        QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/main-window-file-menu.png")));
    fileMenu->close();
}

void TestMainWindow::aboutNamesVersionLicenceAndLibraries()
{
    const QString text = MainWindow::aboutText();
    for (const QString &expected :
         {QStringLiteral("SocialROI Workbench " SOCIALROI_VERSION),
          QStringLiteral("GPL-3.0-or-later"), QStringLiteral("Qt %1").arg(qVersion()),
          QStringLiteral("QCustomPlot " QCUSTOMPLOT_VERSION_STR), QStringLiteral("SQLite 3."),
          QStringLiteral("QuaZip"), QStringLiteral("libxlsxwriter")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" not in ") + text));
    }

    MainWindow window;
    QMessageBox box(QMessageBox::NoIcon, QStringLiteral("About SocialROI Workbench"), text,
                    QMessageBox::Ok, &window);
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/socialroi.svg")).pixmap(64, 64));
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(box.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/about-box.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
