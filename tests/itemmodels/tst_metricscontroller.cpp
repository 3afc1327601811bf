// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "metricengine.h"
#include "metricscontroller.h"
#include "roisensitivity.h"

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
    void computesTheSensitivityAfterTheResult();
    void newRequestDropsAStaleSensitivity();
    void checksTheRoiIntervalWithTheBootstrap();
    void newRequestDropsAStaleBootstrap();

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

void TestMetricsController::computesTheSensitivityAfterTheResult()
{
    MetricsController controller;
    controller.setProject(m_path);
    QSignalSpy finished(&controller, &MetricsController::finished);
    QSignalSpy sensitivityFinished(&controller, &MetricsController::sensitivityFinished);
    MetricFilters filters;
    filters.segment = QStringLiteral("region=Poland");
    controller.request(filters);
    QVERIFY(finished.wait(60000));
    // The metrics are shown while the sensitivity runs: the window is not busy.
    QVERIFY(controller.isSensitivityPending());
    QVERIFY(!controller.sensitivity());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(sensitivityFinished.count(), 1, 60000);
    QVERIFY(!controller.isSensitivityPending());
    QVERIFY(controller.sensitivity());

    // The same as a direct computation on an engine of its own.
    const RoiSensitivity &delivered = *controller.sensitivity();
    MetricEngine engine(m_path);
    const RoiSensitivityAnalysis::Outcome direct = RoiSensitivityAnalysis::compute(engine, filters);
    QVERIFY(direct.ok);
    QCOMPARE(delivered.filters, controller.result()->filters);
    QCOMPARE(delivered.base, *controller.result()->roi.roi);
    QCOMPARE(delivered.rows.size(), direct.sensitivity.rows.size());
    for (size_t i = 0; i < delivered.rows.size(); ++i) {
        QCOMPARE(delivered.rows[i].assumption, direct.sensitivity.rows[i].assumption);
        QCOMPARE(delivered.rows[i].outcomeLow, direct.sensitivity.rows[i].outcomeLow);
        QCOMPARE(delivered.rows[i].outcomeHigh, direct.sensitivity.rows[i].outcomeHigh);
    }
}

void TestMetricsController::newRequestDropsAStaleSensitivity()
{
    MetricsController controller;
    controller.setProject(m_path);
    QSignalSpy finished(&controller, &MetricsController::finished);
    QSignalSpy sensitivityFinished(&controller, &MetricsController::sensitivityFinished);
    MetricFilters first;
    first.segment = QStringLiteral("region=Poland");
    controller.request(first);
    QVERIFY(finished.wait(60000));
    // The first result's sensitivity has started; a new request cancels it.
    MetricFilters newest;
    newest.segment = QStringLiteral("region=France");
    controller.request(newest);
    QVERIFY(controller.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(controller.sensitivity().has_value(), 60000);
    QTest::qWait(100);
    QCOMPARE(sensitivityFinished.count(), 1);
    QCOMPARE(controller.sensitivity()->filters.segment, newest.segment);
}

void TestMetricsController::checksTheRoiIntervalWithTheBootstrap()
{
    MetricsController controller;
    controller.setBootstrapReplicates(40);
    controller.setProject(m_path);
    QSignalSpy finished(&controller, &MetricsController::finished);
    QSignalSpy progress(&controller, &MetricsController::bootstrapProgress);
    QSignalSpy bootstrapFinished(&controller, &MetricsController::bootstrapFinished);
    QSignalSpy sensitivityFinished(&controller, &MetricsController::sensitivityFinished);
    controller.request({});
    QVERIFY(finished.wait(60000));
    const MetricsResult first = finished.first().first().value<MetricsResult>();
    QCOMPARE(first.roi.interval, RoiInterval::Linearized);
    QVERIFY(controller.isBootstrapPending());
    QVERIFY(!controller.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(bootstrapFinished.count(), 1, 120000);
    QVERIFY(!controller.isBootstrapPending());
    const MetricsResult checked = bootstrapFinished.first().first().value<MetricsResult>();
    QCOMPARE(checked.roi.interval, RoiInterval::Bootstrap);
    QVERIFY(checked.roi.bootstrapReplicates >= 20 && checked.roi.bootstrapReplicates <= 40);
    // Only the interval changed; the figures are those already shown.
    QCOMPARE(checked.roi.value, first.roi.value);
    QVERIFY(checked.roi.valueLow != first.roi.valueLow);
    QVERIFY(checked.roi.valueLow < checked.roi.value && checked.roi.value < checked.roi.valueHigh);
    QCOMPARE(controller.result()->roi.interval, RoiInterval::Bootstrap);
    int previous = 0;
    for (const QList<QVariant> &arguments : progress) {
        QVERIFY(arguments.at(0).toInt() > previous);
        previous = arguments.at(0).toInt();
        QCOMPARE(arguments.at(1).toInt(), 40);
    }
    QVERIFY(previous <= 40);
    // The sensitivity follows the bootstrap.
    QCOMPARE(sensitivityFinished.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(sensitivityFinished.count(), 1, 60000);
}

void TestMetricsController::newRequestDropsAStaleBootstrap()
{
    MetricsController controller;
    controller.setBootstrapReplicates(40);
    controller.setProject(m_path);
    QSignalSpy finished(&controller, &MetricsController::finished);
    QSignalSpy bootstrapFinished(&controller, &MetricsController::bootstrapFinished);
    MetricFilters first;
    first.segment = QStringLiteral("region=Poland");
    controller.request(first);
    QVERIFY(finished.wait(60000));
    QVERIFY(controller.isBootstrapPending());
    MetricFilters newest;
    newest.segment = QStringLiteral("region=France");
    controller.request(newest);
    QVERIFY(!controller.isBootstrapPending());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(bootstrapFinished.count(), 1, 120000);
    QTest::qWait(100);
    QCOMPARE(bootstrapFinished.count(), 1);
    QCOMPARE(bootstrapFinished.first().first().value<MetricsResult>().filters.segment,
             newest.segment);
}

QTEST_GUILESS_MAIN(TestMetricsController)
#include "tst_metricscontroller.moc"
