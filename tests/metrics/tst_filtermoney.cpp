// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptions.h"
#include "demogenerator.h"
#include "metricengine.h"
#include "metricsjson.h"
#include "roiwording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

Q_DECLARE_METATYPE(EstimationMethod)
Q_DECLARE_METATYPE(Assumptions::ProgrammeAllocation)

namespace {

using Allocation = Assumptions::ProgrammeAllocation;

double groupValue(const MetricsResult &result, const char *id)
{
    const MetricGroup *group = result.group(QLatin1String(id));
    return group ? group->value.value_or(0.0) : 0.0;
}

QString against(double actual, double expected)
{
    return QStringLiteral("%1 against %2").arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6);
}

bool closeTo(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::max(std::abs(expected), 1e-9);
}

// The selections of a partition of the customers: each segment value, or
// two signup periods split at a day.
std::vector<MetricFilters> partition(const QString &kind, const MetricFilters &base)
{
    std::vector<MetricFilters> parts;
    if (kind == QLatin1String("segments")) {
        for (const char *segment : {"basic", "plus", "premium"}) {
            MetricFilters part = base;
            part.segment = QLatin1String(segment);
            parts.push_back(part);
        }
    } else {
        const QDate split(2024, 6, 30);
        MetricFilters before = base;
        before.to = split;
        MetricFilters after = base;
        after.from = split.addDays(1);
        parts = {before, after};
    }
    return parts;
}

} // namespace

// Money under a segment or date filter (issue #18, point 3): the programme's
// cost and the figures entered for the whole project are allocated to a
// selection by the rule of the programme_allocation assumption, the
// selections of a partition add up to the whole, and a part shown inside
// another group never exceeds it.
class TestFilterMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void segmentsOfAPartitionAddUpToTheWhole_data();
    void segmentsOfAPartitionAddUpToTheWhole();
    void theWholeAmountWhenNotAllocated();
    void theRuleIsStated_data();
    void theRuleIsStated();
    void selfServiceBeyondItsWholeIsKeptAlone();
    void partsNeverExceedTheirWhole_data();
    void partsNeverExceedTheirWhole();

private:
    MetricsResult compute(const MetricFilters &filters, Allocation allocation);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MetricEngine> m_engine;
};

void TestFilterMoney::initTestCase()
{
    // One demo project shared by every test: they only read it.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DemoOptions options;
    options.customers = 6000;
    options.seed = 18;
    const QString path = m_dir->filePath(QStringLiteral("filters.socialroi"));
    QVERIFY(DemoGenerator::generate(path, options, false).ok);
    m_engine = std::make_unique<MetricEngine>(path);
}

MetricsResult TestFilterMoney::compute(const MetricFilters &filters, Allocation allocation)
{
    return m_engine
        ->computeWith(filters,
                      [allocation](Assumptions &assumptions) {
                          assumptions.programmeAllocation = allocation;
                      })
        .result;
}

void TestFilterMoney::segmentsOfAPartitionAddUpToTheWhole_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<EstimationMethod>("method");
    QTest::addColumn<Allocation>("allocation");
    for (const char *kind : {"segments", "signup periods"}) {
        for (const auto method : {EstimationMethod::Adjusted, EstimationMethod::Naive}) {
            for (const auto allocation : {Allocation::SocialCustomers, Allocation::AllCustomers}) {
                QTest::addRow("%s, %s, %s", kind,
                              method == EstimationMethod::Naive ? "naive" : "adjusted",
                              Assumptions::allocationName(allocation).data())
                    << QString::fromLatin1(kind) << method << allocation;
            }
        }
    }
}

void TestFilterMoney::segmentsOfAPartitionAddUpToTheWhole()
{
    // Allocated by a share of the customers, the programme's cost and the
    // entered figures (process innovation) add up exactly over the
    // selections of a partition. The estimated components (retention,
    // operational cost, cross-sell, raves) are estimated again in each
    // selection (its own comparable customers, its own revenue fifths), so
    // they need not add up; the customers analysed do.
    QFETCH(QString, kind);
    QFETCH(EstimationMethod, method);
    QFETCH(Allocation, allocation);
    MetricFilters filters;
    filters.method = method;
    const MetricsResult whole = compute(filters, allocation);
    QCOMPARE(whole.roi.costShare, 1.0);
    QVERIFY(!whole.roi.filtered);
    QVERIFY(whole.roi.cost > 0);
    QVERIFY(groupValue(whole, "process_innovation") > 0);

    double share = 0;
    double cost = 0;
    double process = 0;
    qint64 social = 0;
    qint64 customers = 0;
    for (const MetricFilters &part : partition(kind, filters)) {
        const MetricsResult result = compute(part, allocation);
        QVERIFY(result.roi.filtered);
        QCOMPARE(result.roi.costAllocation, allocation);
        QVERIFY2(result.roi.costShare > 0 && result.roi.costShare < 1,
                 qPrintable(QString::number(result.roi.costShare)));
        QVERIFY(result.roi.cost < whole.roi.cost);
        QVERIFY(groupValue(result, "process_innovation") < groupValue(whole, "process_innovation"));
        share += result.roi.costShare;
        cost += result.roi.cost;
        process += groupValue(result, "process_innovation");
        social += result.socialCustomers;
        customers += result.socialCustomers + result.controlCustomers;
    }
    QCOMPARE(social, whole.socialCustomers);
    QCOMPARE(customers, whole.socialCustomers + whole.controlCustomers);
    QVERIFY2(closeTo(share, 1.0, 1e-12), qPrintable(against(share, 1.0)));
    QVERIFY2(closeTo(cost, whole.roi.cost, 1e-12), qPrintable(against(cost, whole.roi.cost)));
    const double wholeProcess = groupValue(whole, "process_innovation");
    QVERIFY2(closeTo(process, wholeProcess, 1e-12), qPrintable(against(process, wholeProcess)));
}

void TestFilterMoney::theWholeAmountWhenNotAllocated()
{
    // The "none" rule charges every selection the whole amount, as before
    // the allocation existed, and says so.
    const MetricsResult whole = compute({}, Allocation::Whole);
    MetricFilters premium;
    premium.segment = QStringLiteral("premium");
    const MetricsResult part = compute(premium, Allocation::Whole);
    QCOMPARE(part.roi.costShare, 1.0);
    QVERIFY(part.roi.filtered);
    QCOMPARE(part.roi.cost, whole.roi.cost);
    QCOMPARE(groupValue(part, "process_innovation"), groupValue(whole, "process_innovation"));
    const QJsonObject roi = QJsonDocument::fromJson(MetricsJson::toJson(part))
                                .object()
                                .value(QLatin1String("roi"))
                                .toObject();
    QCOMPARE(roi.value(QLatin1String("cost_allocation")).toString(), QStringLiteral("none"));
    QVERIFY(RoiWording::sentence(part.roi, QLocale::c()).contains(QLatin1String("whole cost")));
}

void TestFilterMoney::theRuleIsStated_data()
{
    QTest::addColumn<Allocation>("allocation");
    QTest::addColumn<QString>("words");
    QTest::newRow("social_customers")
        << Allocation::SocialCustomers << QStringLiteral("of the social customers");
    QTest::newRow("all_customers")
        << Allocation::AllCustomers << QStringLiteral("of all customers");
}

void TestFilterMoney::theRuleIsStated()
{
    // The JSON and the ROI sentence say which rule charged the selection,
    // and what share it gave; without a filter they say nothing of it.
    QFETCH(Allocation, allocation);
    QFETCH(QString, words);
    MetricFilters premium;
    premium.segment = QStringLiteral("premium");
    const MetricsResult part = compute(premium, allocation);
    const QJsonObject roi = QJsonDocument::fromJson(MetricsJson::toJson(part))
                                .object()
                                .value(QLatin1String("roi"))
                                .toObject();
    QCOMPARE(roi.value(QLatin1String("cost_allocation")).toString(),
             QString(Assumptions::allocationName(allocation)));
    QCOMPARE(roi.value(QLatin1String("cost_share")).toDouble(), part.roi.costShare);
    const QString sentence = RoiWording::sentence(part.roi, QLocale::c());
    QVERIFY2(sentence.contains(words), qPrintable(sentence));
    const QString share = QString::number(100 * part.roi.costShare, 'f', 1);
    QVERIFY2(sentence.contains(share), qPrintable(sentence));

    const MetricsResult whole = compute({}, allocation);
    QVERIFY(!RoiWording::sentence(whole.roi, QLocale::c()).contains(words));
}

void TestFilterMoney::selfServiceBeyondItsWholeIsKeptAlone()
{
    // In this demo the phone contacts deflected alone save more than the
    // operational cost's net difference, where the social team's own
    // replies cost more: the part inside is the whole, its own estimate is
    // kept and said.
    const MetricsResult result = compute({}, Allocation::SocialCustomers);
    const MetricGroup *selfService = result.group(QStringLiteral("self_service"));
    QVERIFY(selfService && selfService->value && selfService->valueAlone);
    const double whole = groupValue(result, "operational_cost");
    QVERIFY2(*selfService->valueAlone > whole,
             qPrintable(against(*selfService->valueAlone, whole)));
    QCOMPARE(*selfService->value, whole);
    const QJsonObject json = QJsonDocument::fromJson(MetricsJson::toJson(result)).object();
    bool found = false;
    for (const QJsonValue &group : json.value(QLatin1String("metrics")).toArray()) {
        if (group.toObject().value(QLatin1String("id")).toString() != QLatin1String("self_service"))
            continue;
        found = true;
        QCOMPARE(group.toObject().value(QLatin1String("value_alone")).toDouble(),
                 *selfService->valueAlone);
        QCOMPARE(group.toObject().value(QLatin1String("value")).toDouble(), whole);
    }
    QVERIFY(found);
    const QString sentence
        = RoiWording::partSentence(*selfService, QStringLiteral("EUR"), QLocale::c());
    QVERIFY2(sentence.contains(QLatin1String("On its own")), qPrintable(sentence));
}

void TestFilterMoney::partsNeverExceedTheirWhole_data()
{
    QTest::addColumn<EstimationMethod>("method");
    QTest::addColumn<QString>("segment");
    for (const auto method : {EstimationMethod::Adjusted, EstimationMethod::Naive}) {
        for (const char *segment : {"", "basic", "plus", "premium"}) {
            QTest::addRow("%s, %s", method == EstimationMethod::Naive ? "naive" : "adjusted",
                          *segment ? segment : "everyone")
                << method << QString::fromLatin1(segment);
        }
    }
}

void TestFilterMoney::partsNeverExceedTheirWhole()
{
    // Self-service is shown inside operational cost, over the same window:
    // its value lies between 0 and the whole's, with and without a filter;
    // an estimate beyond it is kept as valueAlone. (Saves, valued over the
    // remaining lifetime, are not a share of retention's window money.)
    QFETCH(EstimationMethod, method);
    QFETCH(QString, segment);
    MetricFilters filters;
    filters.method = method;
    filters.segment = segment;
    const MetricsResult result = compute(filters, Allocation::SocialCustomers);
    int parts = 0;
    for (const MetricGroup &part : result.groups) {
        if (part.includedIn.isEmpty() || !part.value || part.id == QLatin1String("saves"))
            continue;
        ++parts;
        const double whole = groupValue(result, part.includedIn.toLatin1().constData());
        const QString where = part.id + QLatin1String(": ") + against(*part.value, whole);
        QVERIFY2(*part.value >= std::min(0.0, whole) && *part.value <= std::max(0.0, whole),
                 qPrintable(where));
        QVERIFY2(part.valueLow.value_or(*part.value) <= *part.value
                     && *part.value <= part.valueHigh.value_or(*part.value),
                 qPrintable(where));
        if (part.valueAlone) {
            // Kept only when it did not fit.
            QVERIFY2(*part.valueAlone < std::min(0.0, whole)
                         || *part.valueAlone > std::max(0.0, whole),
                     qPrintable(where));
        }
    }
    QVERIFY(parts > 0);
}

QTEST_GUILESS_MAIN(TestFilterMoney)
#include "tst_filtermoney.moc"
