// SPDX-License-Identifier: GPL-3.0-or-later
// No verdict without the data for it (issue 18): projects built here with a
// table or a column left out; the engine says what is missing, the ROI has
// no figure, and the JSON, the ROI sentence and the report say the same.
#include "datacoverage.h"
#include "htmlreportwriter.h"
#include "metricengine.h"
#include "metricsjson.h"
#include "projectstore.h"
#include "reportbuilder.h"
#include "roiwording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

class TestMissingData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void customersWithoutChurnDates();
    void noSocialCustomer();
    void noOrders();
    void socialWithoutDates();
    void everythingPresent();
    void reportSaysWhatIsMissing();

private:
    QString projectWith(const QString &customersSql, const QStringList &moreSql = {});
    static MetricsResult compute(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// 200 customers signed up over 2023; `churn` is the churn date expression,
// `social` the social flag, `scores` whether they carry recommendation
// scores and at-risk flags.
QString customers(const QString &churn, const QString &social, bool scores = true)
{
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i "
                          "< 200) INSERT INTO customers (customer_id, signup_date, churn_date, "
                          "social_engaged, first_social_date, nps_score, at_risk_date, "
                          "monthly_revenue) SELECT 'C' || i, date('2023-01-01', '+' || (i % 300) "
                          "|| ' days'), %1, %2, CASE WHEN %2 = 1 THEN date('2023-11-01', '+' || "
                          "(i % 30) || ' days') END, %3, %4, 30 FROM n")
        .arg(churn, social, scores ? QStringLiteral("i % 11") : QStringLiteral("NULL"),
             scores ? QStringLiteral("CASE WHEN i % 5 = 0 THEN '2024-02-01' END")
                    : QStringLiteral("NULL"));
}

const QString someChurn = QStringLiteral("CASE WHEN i % 4 = 0 THEN '2024-05-01' END");
const QString halfSocial = QStringLiteral("i % 2");

QString contacts()
{
    return QStringLiteral(
        "INSERT INTO contacts (customer_id, contact_date, channel) SELECT customer_id, "
        "date(signup_date, '+40 days'), CASE WHEN social_engaged = 1 THEN 'social' ELSE 'phone' "
        "END FROM customers");
}

QString orders()
{
    return QStringLiteral(
        "INSERT INTO orders (customer_id, order_date, amount) SELECT customer_id, "
        "date(signup_date, '+20 days'), 50 FROM customers");
}

const MetricGroup &groupOf(const MetricsResult &result, const char *id)
{
    static const MetricGroup none;
    const MetricGroup *group = result.group(QLatin1String(id));
    return group ? *group : none;
}

} // namespace

void TestMissingData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestMissingData::projectWith(const QString &customersSql, const QStringList &moreSql)
{
    static int counter = 0;
    const QString path = m_dir->filePath(QStringLiteral("p%1.socialroi").arg(++counter));
    auto store = ProjectStore::create(path, nullptr);
    if (!store)
        return {};
    store->connection().execute(customersSql);
    for (const QString &sql : moreSql)
        store->connection().execute(sql);
    return path;
}

MetricsResult TestMissingData::compute(const QString &path)
{
    MetricFilters filters;
    filters.asOf = QDate(2024, 12, 31);
    MetricEngine engine(path);
    const MetricEngine::Outcome outcome = engine.compute(filters);
    if (!outcome.ok)
        qWarning("%s", qPrintable(outcome.error));
    return outcome.result;
}

void TestMissingData::customersWithoutChurnDates()
{
    // Customers only: no churn date, no contact, no order, no score, no
    // mention. Every benefit lacks its data: no ROI, whatever the cost.
    const QString path = projectWith(customers(QStringLiteral("NULL"), halfSocial, false));
    const MetricsResult result = compute(path);
    QCOMPARE(result.coverage.customers, 200);
    QCOMPARE(result.coverage.churnDates, 0);
    QCOMPARE(result.coverage.contacts, 0);
    QCOMPARE(result.coverage.orders, 0);
    QCOMPARE(result.coverage.npsAnswers, 0);
    QCOMPARE(result.coverage.atRiskFlags, 0);
    QVERIFY(result.socialCustomers > 0 && result.controlCustomers > 0);

    QCOMPARE(groupOf(result, "retention").missing, MissingData::ChurnDates);
    QVERIFY(!groupOf(result, "retention").value);
    QCOMPARE(groupOf(result, "operational_cost").missing, MissingData::Contacts);
    QCOMPARE(groupOf(result, "self_service").missing, MissingData::Contacts);
    QCOMPARE(groupOf(result, "saves").missing, MissingData::AtRiskFlags);
    QCOMPARE(groupOf(result, "raves").missing, MissingData::ScoresAndMentions);
    QCOMPARE(groupOf(result, "cross_sell").missing, MissingData::Orders);
    QCOMPARE(groupOf(result, "relationship").missing, MissingData::Orders);
    QCOMPARE(groupOf(result, "process_innovation").missing, MissingData::None);

    const RoiSummary &roi = result.roi;
    QVERIFY(!roi.noSocialCustomers);
    QVERIFY(roi.noBenefitMeasured);
    QVERIFY(!roi.hasVerdict());
    QVERIFY(roi.cost > 0);
    QVERIFY(!roi.roi && !roi.roiLow && !roi.roiHigh);
    const std::vector<MissingData> expected = {MissingData::ChurnDates, MissingData::Contacts,
                                               MissingData::ScoresAndMentions, MissingData::Orders};
    QVERIFY(roi.missingData == expected);

    const QString sentence = RoiWording::sentence(roi, QLocale(QLocale::English));
    QVERIFY2(sentence.startsWith(QLatin1String("No verdict yet: no benefit")),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("churn_date column")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("import the contacts file")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("import the orders file")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QLatin1String("returned")), qPrintable(sentence));

    const QJsonObject json = QJsonDocument::fromJson(MetricsJson::toJson(result)).object();
    const QJsonObject coverage = json.value(QLatin1String("coverage")).toObject();
    QCOMPARE(coverage.value(QLatin1String("customers")).toInt(), 200);
    QCOMPARE(coverage.value(QLatin1String("churn_dates")).toInt(), 0);
    const QJsonArray metrics = json.value(QLatin1String("metrics")).toArray();
    QCOMPARE(metrics.at(0).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("retention"));
    QCOMPARE(metrics.at(0).toObject().value(QLatin1String("missing_data")).toString(),
             QStringLiteral("churn_dates"));
    const QJsonObject roiJson = json.value(QLatin1String("roi")).toObject();
    QVERIFY(roiJson.value(QLatin1String("no_benefit_measured")).toBool());
    QVERIFY(roiJson.value(QLatin1String("roi")).isNull());
    QCOMPARE(roiJson.value(QLatin1String("missing_data")).toArray().size(), 4);
}

void TestMissingData::noSocialCustomer()
{
    // Churn dates, contacts and orders, but nobody dealt with the social
    // team: every compared group says the social cohort is missing.
    const QString path
        = projectWith(customers(someChurn, QStringLiteral("0")), {contacts(), orders()});
    const MetricsResult result = compute(path);
    QCOMPARE(result.socialCustomers, 0);
    for (const char *id : {"retention", "operational_cost", "raves", "cross_sell"})
        QCOMPARE(groupOf(result, id).missing, MissingData::SocialCohort);
    QVERIFY(result.roi.noSocialCustomers);
    QVERIFY(!result.roi.roi);
    const QString sentence = RoiWording::sentence(result.roi, QLocale(QLocale::English));
    QVERIFY2(sentence.startsWith(QLatin1String("No verdict yet")), qPrintable(sentence));
    const QString pane = MissingDataText::sentence(MissingData::SocialCohort);
    QVERIFY(pane.contains(QLatin1String("social_engaged")));
    QVERIFY(pane.contains(QLatin1String("contacts file")));
}

void TestMissingData::noOrders()
{
    // Everything but orders: the ROI has its verdict from the rest, and
    // says that purchases are left out and which file would count them.
    const QString path = projectWith(customers(someChurn, halfSocial), {contacts()});
    const MetricsResult result = compute(path);
    QCOMPARE(result.coverage.orders, 0);
    QVERIFY(result.coverage.contacts > 0);
    QCOMPARE(groupOf(result, "cross_sell").missing, MissingData::Orders);
    QCOMPARE(groupOf(result, "relationship").missing, MissingData::Orders);
    QCOMPARE(groupOf(result, "retention").missing, MissingData::None);
    QCOMPARE(groupOf(result, "operational_cost").missing, MissingData::None);
    QVERIFY(!groupOf(result, "cross_sell").value);
    QVERIFY(result.roi.hasVerdict());
    QVERIFY(result.roi.roi.has_value());
    QVERIFY(result.roi.missingData == std::vector<MissingData> {MissingData::Orders});
    const QString sentence = RoiWording::sentence(result.roi, QLocale(QLocale::English));
    QVERIFY2(sentence.contains(QLatin1String("Left out of the value: No orders are imported")),
             qPrintable(sentence));
}

void TestMissingData::socialWithoutDates()
{
    // Flagged social, but no first social date and no social contact: the
    // adjusted method has nobody to compare from their first contact.
    const QString path = projectWith(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "200) INSERT INTO customers (customer_id, signup_date, churn_date, "
                       "social_engaged, monthly_revenue) SELECT 'C' || i, date('2023-01-01', '+' "
                       "|| (i % 300) || ' days'), CASE WHEN i % 4 = 0 THEN '2024-05-01' END, i % "
                       "2, 30 FROM n"),
        {orders()});
    const MetricsResult result = compute(path);
    QVERIFY(result.socialCustomers > 0);
    QVERIFY(result.adjustment && result.adjustment->treated == 0);
    for (const char *id : {"retention", "cross_sell"})
        QCOMPARE(groupOf(result, id).missing, MissingData::SocialDates);
    // Data that is absent is named first: the contacts would bring the dates too.
    QCOMPARE(groupOf(result, "operational_cost").missing, MissingData::Contacts);
    // The comparisons from signup still stand.
    QCOMPARE(groupOf(result, "relationship").missing, MissingData::None);
    QVERIFY(result.roi.noSocialCustomers && !result.roi.roi);
    QVERIFY(MissingDataText::sentence(MissingData::SocialDates)
                .contains(QLatin1String("first_social_date column")));
}

void TestMissingData::everythingPresent()
{
    const QString path = projectWith(customers(someChurn, halfSocial), {contacts(), orders()});
    const MetricsResult result = compute(path);
    for (const MetricGroup &group : result.groups)
        QCOMPARE(group.missing, MissingData::None);
    QVERIFY(result.roi.missingData.empty());
    QVERIFY(result.roi.hasVerdict());
    const QString sentence = RoiWording::sentence(result.roi, QLocale(QLocale::English));
    QVERIFY2(!sentence.contains(QLatin1String("Left out")), qPrintable(sentence));
}

void TestMissingData::reportSaysWhatIsMissing()
{
    const QString path = projectWith(customers(QStringLiteral("NULL"), halfSocial, false));
    auto result = std::make_shared<MetricsResult>(compute(path));
    ReportInputs inputs;
    QString error;
    QVERIFY2(ReportInputs::load(path, &inputs, &error), qPrintable(error));
    const ReportDocument document
        = ReportBuilder::build(result, inputs, ReportBuilder::localeForLanguage("en"));
    QVERIFY2(document.roiSentence.startsWith(QLatin1String("No verdict yet: no benefit")),
             qPrintable(document.roiSentence));
    QVERIFY(document.roiTable.rows.empty());
    const ReportMetricSection *retention = document.section(QStringLiteral("retention"));
    QVERIFY(retention);
    QCOMPARE(retention->valueText, MissingDataText::sentence(MissingData::ChurnDates));
    QVERIFY(retention->table.rows.empty());
    QVERIFY(retention->warnings.isEmpty());
    const QString html = QString::fromUtf8(HtmlReportWriter::toHtml(document));
    QVERIFY(html.contains(QLatin1String("No customer has a churn date")));
    QVERIFY(html.contains(QLatin1String("No orders are imported")));
    const qsizetype notEnough
        = html.indexOf(QLatin1String("Not enough data in one of the cohorts"));
    QVERIFY2(notEnough < 0, qPrintable(html.mid(std::max<qsizetype>(0, notEnough - 600), 700)));
}

QTEST_GUILESS_MAIN(TestMissingData)
#include "tst_missingdata.moc"
