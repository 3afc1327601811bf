#include "demogenerator.h"
#include "metricscontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestMetricsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversOnlyTheNewestRequest();
    void recomputesAfterInvalidate();
    void dropsTheOldProjectsAnswer();
    void reportsAProjectItCannotRead();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMetricsController::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("controller.socialroi"));
    DemoOptions options;
    options.customers = 3000;
    QVERIFY(DemoGenerator::generate(m_path, options, false).ok);
}

void TestMetricsController::deliversOnlyTheNewestRequest()
{
    MetricsController controller;
    controller.setProject(m_path);
    QSignalSpy finished(&controller, &MetricsController::finished);
    QSignalSpy failed(&controller, &MetricsController::failed);
    QSignalSpy busy(&controller, &MetricsController::busyChanged);
    QSignalSpy started(&controller, &MetricsController::started);

    MetricFilters first;
    first.segment = QStringLiteral("no such segment");
    MetricFilters second;
    second.from = QDate(2023, 1, 1);
    MetricFilters newest;
    newest.segment = QStringLiteral("region=Poland");
    const quint64 firstJob = controller.request(first);
    controller.request(second);
    const quint64 newestJob = controller.request(newest);
    QVERIFY(newestJob > firstJob);
    QVERIFY(controller.isBusy());

    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 60000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1); // the two older requests were dropped
    const auto result = finished.constFirst().constFirst().value<MetricsResult>();
    QCOMPARE(result.filters.segment, newest.segment);
    QVERIFY(result.socialCustomers + result.controlCustomers > 0);
    QVERIFY(controller.result().has_value());
    QCOMPARE(controller.result()->filters.segment, newest.segment);
    QCOMPARE(controller.filters(), newest);
    // One compute at a time: the first ran, the second never started, the newest ran.
    QCOMPARE(started.count(), 2);
    QCOMPARE(started.constLast().constFirst().toULongLong(), newestJob);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.constFirst().constFirst().toBool(), true);
    QCOMPARE(busy.constLast().constFirst().toBool(), false);
}

void TestMetricsController::recomputesAfterInvalidate()
{
    MetricsController controller;
    controller.setProject(m_path);
    QSignalSpy finished(&controller, &MetricsController::finished);
    controller.invalidate(); // nothing asked yet: nothing to do
    QVERIFY(!controller.isBusy());
    MetricFilters filters;
    filters.segment = QStringLiteral("region=India");
    controller.request(filters);
    QVERIFY(finished.wait(60000));
    controller.invalidate();
    QVERIFY(controller.isBusy());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.constLast().constFirst().value<MetricsResult>().filters.segment,
             filters.segment);
}

void TestMetricsController::dropsTheOldProjectsAnswer()
{
    MetricsController controller;
    controller.setProject(m_path);
    QSignalSpy finished(&controller, &MetricsController::finished);
    QSignalSpy busy(&controller, &MetricsController::busyChanged);
    controller.request({});
    controller.setProject(m_dir.filePath(QStringLiteral("other.socialroi")));
    QVERIFY(!controller.result().has_value());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 60000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(busy.count(), 2);
}

void TestMetricsController::reportsAProjectItCannotRead()
{
    MetricsController controller;
    const QString missing = m_dir.filePath(QStringLiteral("missing.socialroi"));
    controller.setProject(missing);
    QSignalSpy failed(&controller, &MetricsController::failed);
    controller.request({});
    QVERIFY(failed.wait(60000));
    QVERIFY2(failed.constFirst().constFirst().toString().contains(QLatin1String("missing")),
             qPrintable(failed.constFirst().constFirst().toString()));
    QTRY_VERIFY(!controller.isBusy());
    QVERIFY(!controller.result().has_value());
}

QTEST_GUILESS_MAIN(TestMetricsController)
#include "tst_metricscontroller.moc"
