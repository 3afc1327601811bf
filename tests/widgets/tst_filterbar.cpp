// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "fieldlabels.h"
#include "filterbar.h"
#include "projectlock.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

// The segment choices of a project that cannot be read right now are never
// an empty list as if it had no segments: the list says they are not read
// yet, and they arrive once the project is free.
class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aBusyProjectsSegmentsArriveWhenItIsFree();
    void segmentLabels_data();
    void segmentLabels();
    void segmentsReadWithTheirAttributesLabel();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestFilterBar::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 800;
    QVERIFY(DemoGenerator::generate(m_path, options, false).ok);
}

void TestFilterBar::aBusyProjectsSegmentsArriveWhenItIsFree()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.socialroi"));
    QVERIFY(QFile::copy(m_path, path));
    ProjectLock lock(path, "UPDATE customers SET segment = segment WHERE id = 1");
    QVERIFY(lock.isLocked());

    FilterBar bar;
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    bar.setProject(path);
    QVERIFY(loaded.wait(30000));
    QComboBox *segments = bar.segmentBox();
    const int last = segments->count() - 1;
    QVERIFY2(segments->itemText(last).contains(QLatin1String("not read yet")),
             qPrintable(segments->itemText(last)));
    QVERIFY(segments->itemData(last, Qt::ToolTipRole).toString().contains(path));
    auto *model = qobject_cast<QStandardItemModel *>(segments->model());
    QVERIFY(model && !model->item(last)->isEnabled());

    lock.release();
    // Tried again on its own: the demo's segments, and no notice.
    QTRY_VERIFY_WITH_TIMEOUT(segments->findData(QStringLiteral("premium")) > 0, 30000);
    for (int i = 0; i < segments->count(); ++i)
        QVERIFY(!segments->itemText(i).contains(QLatin1String("not read yet")));
}

void TestFilterBar::segmentLabels_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected");
    QTest::newRow("attribute") << "region=France"
                               << "Region: France";
    QTest::newRow("attribute with underscores") << "preferred_channel=email"
                                                << "Preferred channel: email";
    QTest::newRow("segment column value") << "basic"
                                          << "Segment: basic";
    QTest::newRow("segment column by name") << "segment=premium"
                                            << "Segment: premium";
    QTest::newRow("spaces around") << "  region = North "
                                   << "Region: North";
    QTest::newRow("no filter") << ""
                               << "";
}

void TestFilterBar::segmentLabels()
{
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    QCOMPARE(segmentLabel(filter), expected);
}

void TestFilterBar::segmentsReadWithTheirAttributesLabel()
{
    FilterBar bar;
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    bar.setProject(m_path);
    QVERIFY(loaded.wait(30000));
    QComboBox *segments = bar.segmentBox();
    const int premium = segments->findData(QStringLiteral("premium"));
    QVERIFY(premium > 0);
    QVERIFY2(segments->itemText(premium).startsWith(QLatin1String("Segment: premium (")),
             qPrintable(segments->itemText(premium)));
    int region = -1;
    for (int i = 0; i < segments->count(); ++i) {
        if (segments->itemData(i).toString().startsWith(QLatin1String("region=")))
            region = i;
    }
    QVERIFY(region > 0);
    const QString value = segments->itemData(region).toString().section(QLatin1Char('='), 1);
    QVERIFY2(segments->itemText(region).startsWith(QStringLiteral("Region: %1 (").arg(value)),
             qPrintable(segments->itemText(region)));
    // Picked from the list, the filter is still the attribute's name=value.
    segments->setCurrentIndex(region);
    QCOMPARE(bar.filters().segment, QStringLiteral("region=") + value);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
