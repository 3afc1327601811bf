// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "projectlock.h"
#include "tablebrowsermodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestTableBrowserModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsLazilyInChunks_data();
    void loadsLazilyInChunks();
    void sortsInTheDatabase();
    void filtersAnyColumn();
    void dropsAnswersToAReplacedQuery();
    void aBusyProjectSaysSoAndReloads();

private:
    bool waitForChunk(TableBrowserModel &model);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestTableBrowserModel::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 1500;
    QVERIFY(DemoGenerator::generate(m_path, options, false).ok);
}

bool TestTableBrowserModel::waitForChunk(TableBrowserModel &model)
{
    QSignalSpy spy(&model, &TableBrowserModel::chunkLoaded);
    return spy.wait(10000);
}

void TestTableBrowserModel::loadsLazilyInChunks_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("columns");
    // The stored fields, and the columns the product sets (implied, returned_amount).
    QTest::newRow("customers") << "customers" << 10;
    QTest::newRow("contacts") << "contacts" << 8;
    QTest::newRow("orders") << "orders" << 7;
    QTest::newRow("mentions") << "mentions" << 6;
    QTest::newRow("improvements") << "improvements" << 6;
}

void TestTableBrowserModel::loadsLazilyInChunks()
{
    QFETCH(QString, table);
    QFETCH(int, columns);
    TableBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &TableBrowserModel::totalRowCountChanged);
    model.setProject(m_path);
    model.setTable(table);
    QVERIFY(waitForChunk(model));
    QCOMPARE(model.columnCount(), columns);
    QTRY_VERIFY(model.totalRowCount() >= 0);
    const qint64 total = model.totalRowCount();
    QCOMPARE(qint64(model.rowCount()), qMin<qint64>(total, TableBrowserModel::chunkSize));

    // Scrolling on asks for more, one chunk at a time, until the end.
    while (!model.isComplete()) {
        const int before = model.rowCount();
        if (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QVERIFY(waitForChunk(model));
        QVERIFY(model.rowCount() >= before);
    }
    QCOMPARE(qint64(model.rowCount()), total);
    QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());
}

void TestTableBrowserModel::sortsInTheDatabase()
{
    TableBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_path);
    model.setTable(QStringLiteral("customers"));
    QVERIFY(waitForChunk(model));
    const int revenueColumn = 3;
    model.sort(revenueColumn, Qt::DescendingOrder);
    QVERIFY(waitForChunk(model));
    QVERIFY(model.rowCount() > 10);
    double previous = 1e300;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant value
            = model.index(row, revenueColumn).data(int(TableBrowserModel::Role::SortValue));
        if (value.isNull())
            continue; // NULLs sort last in descending order
        QVERIFY(value.toDouble() <= previous);
        previous = value.toDouble();
    }
}

void TestTableBrowserModel::filtersAnyColumn()
{
    TableBrowserModel model;
    model.setProject(m_path);
    model.setTable(QStringLiteral("customers"));
    QVERIFY(waitForChunk(model));
    model.setFilterText(QStringLiteral("premium"));
    QVERIFY(waitForChunk(model));
    QTRY_VERIFY(model.totalRowCount() > 0);
    QVERIFY(model.totalRowCount() < 1500);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 6).data().toString(), QStringLiteral("premium"));

    // LIKE wildcards typed by the user are taken literally.
    model.setFilterText(QStringLiteral("%"));
    QVERIFY(waitForChunk(model));
    QTRY_COMPARE(model.totalRowCount(), qint64(0));
    QCOMPARE(model.rowCount(), 0);
}

void TestTableBrowserModel::dropsAnswersToAReplacedQuery()
{
    TableBrowserModel model;
    model.setProject(m_path);
    model.setTable(QStringLiteral("contacts"));
    // Replace the query before the first answer arrives.
    model.setTable(QStringLiteral("improvements"));
    QVERIFY(waitForChunk(model));
    QTest::qWait(200);
    QCOMPARE(model.columnCount(), 6);
    QVERIFY(model.rowCount() <= 20);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data().toString().startsWith(QLatin1Char('I')));
}

// Another process holds the project (an import, say): the model says why it
// read nothing rather than show an empty table, and reads it all on reload().
void TestTableBrowserModel::aBusyProjectSaysSoAndReloads()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.socialroi"));
    QVERIFY(QFile::copy(m_path, path));
    ProjectLock lock(path, "UPDATE customers SET segment = segment WHERE id = 1");
    QVERIFY(lock.isLocked());

    TableBrowserModel model;
    QSignalSpy failed(&model, &TableBrowserModel::loadFailed);
    model.setProject(path);
    model.setTable(QStringLiteral("customers"));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 30000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    // The count and the rows are read by two jobs, which both find the
    // project busy, in either order (on a loaded machine the rows' job may
    // still be waiting when the count's failure arrives).
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 30000); // nothing more is read until reload()
    QCOMPARE(model.rowCount(), 0);

    lock.release();
    failed.clear();
    model.reload();
    QVERIFY(waitForChunk(model));
    QVERIFY(model.rowCount() > 0);
    QTRY_VERIFY(model.totalRowCount() == 1500);
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(TestTableBrowserModel)
#include "tst_tablebrowsermodel.moc"
