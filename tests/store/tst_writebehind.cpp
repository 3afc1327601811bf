// SPDX-License-Identifier: GPL-3.0-or-later
#include "writebehind.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// WriteBehind only asks the kernel to start writing a file's pages: the
// file's content stays what its writer wrote, a file created after it
// starts is picked up, and it stops at once when destroyed. (What it saves,
// the wait of the sync at the end, is measured by bench_import.)
class TestWriteBehind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentIsWhatWasWritten_data();
    void contentIsWhatWasWritten();
    void stopsAtOnceWhenDestroyed();
};

void TestWriteBehind::contentIsWhatWasWritten_data()
{
    QTest::addColumn<bool>("existsBefore");
    QTest::newRow("file created while it runs") << false;
    QTest::newRow("file there before") << true;
}

void TestWriteBehind::contentIsWhatWasWritten()
{
    QFETCH(bool, existsBefore);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("project.socialroi-wal"));
    QFile file(path);
    if (existsBefore)
        QVERIFY(file.open(QIODevice::WriteOnly));
    QCryptographicHash written(QCryptographicHash::Sha256);
    {
        const WriteBehind writeBehind(path, 1);
        QThread::msleep(5); // a few rounds before the file exists
        if (!existsBefore)
            QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, '\0');
        for (int i = 0; i < 32; ++i) {
            block.fill(char('a' + i % 26));
            block[i] = char(i); // no two blocks alike
            QCOMPARE(file.write(block), block.size());
            QVERIFY(file.flush());
            written.addData(block);
            if (i % 8 == 0)
                QThread::msleep(3); // let it start the writeback of what is there
        }
    }
    QVERIFY(file.flush());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), qint64(32) << 20);
    QCryptographicHash read(QCryptographicHash::Sha256);
    QVERIFY(read.addData(&file));
    QCOMPARE(read.result(), written.result());
}

// Its thread waits for the interval on a condition the destructor signals:
// destroying one with an interval of an hour must not wait for the hour
// (ctest's timeout would end the test).
void TestWriteBehind::stopsAtOnceWhenDestroyed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 20; ++i) {
        const WriteBehind writeBehind(dir.filePath(QStringLiteral("absent")), 3'600'000);
        if (i % 2 == 0)
            QThread::msleep(1);
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent"))));
}

QTEST_GUILESS_MAIN(TestWriteBehind)
#include "tst_writebehind.moc"
