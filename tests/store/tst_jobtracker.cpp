// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtracker.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

// Only the newest job's answer arrives; a superseded or cancelled job is
// told to stop and its answer is dropped; nothing arrives once the context
// is gone.
class TestJobTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheNewestAnswerArrives();
    void aSupersededJobIsToldToStop();
    void cancelDropsTheAnswer();
    void nothingArrivesAfterTheContextIsGone();
};

void TestJobTracker::onlyTheNewestAnswerArrives()
{
    QObject context;
    JobTracker tracker(&context);
    QList<int> answers;
    // The first job waits until the second has answered, so its answer is
    // the last to come back.
    auto release = std::make_shared<QSemaphore>();
    tracker.start<int>(
        [release](const JobTracker::StopCheck &) {
            release->acquire();
            return 1;
        },
        [&answers](int answer) { answers << answer; });
    const quint64 second = tracker.start<int>([](const JobTracker::StopCheck &) { return 2; },
                                              [&answers](int answer) { answers << answer; });
    QVERIFY(tracker.isRunning());
    QVERIFY(tracker.isCurrent(second));
    QTRY_COMPARE(answers, QList<int> {2});
    QVERIFY(!tracker.isRunning());
    release->release();
    QTest::qWait(50);
    QCOMPARE(answers, QList<int> {2});
}

void TestJobTracker::aSupersededJobIsToldToStop()
{
    QObject context;
    JobTracker tracker(&context);
    auto stopped = std::make_shared<std::atomic_bool>(false);
    auto started = std::make_shared<QSemaphore>();
    tracker.start<int>(
        [stopped, started](const JobTracker::StopCheck &superseded) {
            started->release();
            while (!superseded())
                QThread::msleep(1);
            stopped->store(true);
            return 0;
        },
        [](int) { QFAIL("a superseded job's answer arrived"); });
    started->acquire();
    tracker.start<int>([](const JobTracker::StopCheck &) { return 1; }, [](int) {});
    QTRY_VERIFY(stopped->load());
}

void TestJobTracker::cancelDropsTheAnswer()
{
    QObject context;
    JobTracker tracker(&context);
    bool arrived = false;
    auto release = std::make_shared<QSemaphore>();
    tracker.start<int>(
        [release](const JobTracker::StopCheck &) {
            release->acquire();
            return 1;
        },
        [&arrived](int) { arrived = true; });
    tracker.cancel();
    QVERIFY(!tracker.isRunning());
    release->release();
    QTest::qWait(50);
    QVERIFY(!arrived);
}

void TestJobTracker::nothingArrivesAfterTheContextIsGone()
{
    auto arrived = std::make_shared<bool>(false);
    auto release = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    auto stopCheck = std::make_shared<JobTracker::StopCheck>();
    {
        QObject context;
        JobTracker tracker(&context);
        tracker.start<int>(
            [release, started, stopCheck](const JobTracker::StopCheck &superseded) {
                *stopCheck = superseded;
                started->release();
                release->acquire();
                return 1;
            },
            [arrived](int) { *arrived = true; });
        started->acquire();
        QVERIFY(!(*stopCheck)());
    }
    release->release();
    QTest::qWait(50);
    QVERIFY(!*arrived);
    // The check outlives the tracker and says stop.
    QVERIFY((*stopCheck)());
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
