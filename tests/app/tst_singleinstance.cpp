// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

// A second launch hands its project to the window already listening, which
// is asked to open it; with nobody listening the launch keeps it.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nobodyListeningKeepsTheProject();
    void theListeningWindowReceivesTheProject();
    void onlyOneWindowListens();
};

void TestSingleInstance::initTestCase()
{
    // A scope of its own: never the user's window, nor another test's.
    QCoreApplication::setOrganizationName(QStringLiteral("SocialROI-tests"));
    QCoreApplication::setApplicationName(
        QStringLiteral("tst_singleinstance-%1").arg(QCoreApplication::applicationPid()));
}

void TestSingleInstance::nobodyListeningKeepsTheProject()
{
    QVERIFY(!SingleInstance::handOver(QStringLiteral("/tmp/a.socialroi"), 500));
}

void TestSingleInstance::theListeningWindowReceivesTheProject()
{
    SingleInstance running;
    QVERIFY(running.listen());
    QSignalSpy requested(&running, &SingleInstance::projectRequested);
    const QString path = QStringLiteral("/home/ann/Q4 care é.socialroi");
    // The second launch blocks on its socket: run it beside this event loop.
    QFuture<bool> launch = QtConcurrent::run([path] { return SingleInstance::handOver(path); });
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 5000);
    QCOMPARE(requested.at(0).at(0).toString(), path);
    QTRY_VERIFY(launch.isFinished());
    QVERIFY(launch.result());
}

void TestSingleInstance::onlyOneWindowListens()
{
    SingleInstance first;
    QVERIFY(first.listen());
    SingleInstance second;
    QVERIFY(!second.listen());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
