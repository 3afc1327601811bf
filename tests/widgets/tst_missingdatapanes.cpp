// SPDX-License-Identifier: GPL-3.0-or-later
// No verdict without the data for it (issue 18), as the panes show it: a
// project with customers only (no churn dates, contacts, orders or scores),
// computed by the engine; the retention pane says what to import instead of
// a flat line, and the ROI pane shows no figure.
#include "metricengine.h"
#include "metricpane.h"
#include "projectstore.h"
#include "roipane.h"
#include "roisummarymodel.h"

#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMissingDataPanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paneSaysWhatToImport();
    void roiPaneShowsNoFigure();
    void completeGroupStillShowsItsTable();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const MetricsResult> m_customersOnly;
    std::shared_ptr<const MetricsResult> m_withContacts;
};

namespace {

std::shared_ptr<const MetricsResult> computeProject(const QString &path, bool contacts)
{
    {
        auto store = ProjectStore::create(path, nullptr);
        if (!store)
            return nullptr;
        store->connection().execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
            "INSERT INTO customers (customer_id, signup_date, social_engaged, first_social_date, "
            "monthly_revenue) SELECT 'C' || i, date('2023-01-01', '+' || (i % 300) || ' days'), "
            "i % 2, CASE WHEN i % 2 = 1 THEN date('2023-11-01', '+' || (i % 30) || ' days') END, "
            "30 FROM n");
        if (contacts) {
            store->connection().execute(
                "INSERT INTO contacts (customer_id, contact_date, channel) SELECT customer_id, "
                "date(signup_date, '+' || m || ' days'), CASE WHEN social_engaged = 1 AND "
                "date(signup_date, '+' || m || ' days') >= first_social_date THEN 'social' ELSE "
                "'phone' END FROM customers, (SELECT 40 AS m UNION ALL SELECT 200 UNION ALL "
                "SELECT 380 UNION ALL SELECT 500)");
        }
    }
    MetricFilters filters;
    filters.asOf = QDate(2024, 12, 31);
    MetricEngine engine(path);
    const MetricEngine::Outcome outcome = engine.compute(filters);
    if (!outcome.ok)
        return nullptr;
    return std::make_shared<const MetricsResult>(outcome.result);
}

} // namespace

void TestMissingDataPanes::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_customersOnly = computeProject(m_dir.filePath(QStringLiteral("a.socialroi")), false);
    m_withContacts = computeProject(m_dir.filePath(QStringLiteral("b.socialroi")), true);
    QVERIFY(m_customersOnly && m_withContacts);
}

void TestMissingDataPanes::paneSaysWhatToImport()
{
    MetricPane pane(QStringLiteral("retention"));
    pane.resize(1000, 700);
    pane.setResult(m_customersOnly);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.valueText(),
             QStringLiteral("No customer has a churn date, so retention cannot be estimated: "
                            "import the customers file with its churn_date column."));
    // No flat 100 % line and no table of empty rows.
    QVERIFY(!pane.tableView()->isVisibleTo(&pane));
    QVERIFY2(!pane.noteText().contains(QLatin1String("0.0 pp")), qPrintable(pane.noteText()));
    QDir().mkpath(QStringLiteral(SOCIALROI_SCREENSHOT_DIR));
    QVERIFY(pane.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/pane-missing-data.png")));

    MetricPane contacts(QStringLiteral("operational_cost"));
    contacts.setResult(m_customersOnly);
    contacts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&contacts));
    QVERIFY2(contacts.valueText().contains(QLatin1String("import the contacts file")),
             qPrintable(contacts.valueText()));
    QVERIFY(!contacts.valueText().contains(QLatin1String("0.00")));
}

void TestMissingDataPanes::roiPaneShowsNoFigure()
{
    RoiPane pane;
    pane.resize(1000, 700);
    pane.setResult(m_customersOnly);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QString summary = pane.summaryText();
    QVERIFY2(summary.startsWith(
                 QLatin1String("No verdict yet: no benefit of social customer care could be "
                               "measured")),
             qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("churn_date")));
    QVERIFY(!summary.contains(QLatin1String("returned")));
    QVERIFY(!pane.tableView()->isVisibleTo(&pane));
    QVERIFY(pane.grab().save(QStringLiteral(SOCIALROI_SCREENSHOT_DIR "/roi-no-verdict.png")));
}

void TestMissingDataPanes::completeGroupStillShowsItsTable()
{
    // With contacts, support cost is measured: its pane shows its table,
    // and the ROI gets a verdict that names what it leaves out.
    MetricPane pane(QStringLiteral("operational_cost"));
    pane.setResult(m_withContacts);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.tableView()->isVisibleTo(&pane));
    QVERIFY(!pane.valueText().contains(QLatin1String("import")));

    RoiPane roi;
    roi.setResult(m_withContacts);
    roi.show();
    QVERIFY(QTest::qWaitForWindowExposed(&roi));
    QVERIFY2(roi.tableView()->isVisibleTo(&roi), qPrintable(roi.summaryText()));
    QVERIFY2(roi.summaryText().contains(QLatin1String("Left out of the value:")),
             qPrintable(roi.summaryText()));
    QVERIFY(roi.summaryText().contains(QLatin1String("churn_date column")));
}

QTEST_MAIN(TestMissingDataPanes)
#include "tst_missingdatapanes.moc"
