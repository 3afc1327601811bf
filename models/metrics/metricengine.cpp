// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricengine.h"

#include "analysis.h"
#include "columnsnapshot.h"
#include "commontext.h"
#include "datacoverage.h"
#include "fieldnames.h"
#include "metricgroups.h"
#include "projectdata.h"
#include "sequentialtrials.h"
#include "sqliteconnection.h"
#include "valueinfluence.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <functional>

const QStringList &metricGroupIds()
{
    static const QStringList ids = {
        QStringLiteral("retention"),
        QStringLiteral("operational_cost"),
        QStringLiteral("self_service"),
        QStringLiteral("saves"),
        QStringLiteral("raves"),
        QStringLiteral("cross_sell"),
        QStringLiteral("process_innovation"),
        QStringLiteral("relationship"),
    };
    return ids;
}

QString methodName(EstimationMethod method)
{
    return method == EstimationMethod::Naive ? QStringLiteral("naive") : QStringLiteral("adjusted");
}

QStringList Adjustment::imbalancedCovariates() const
{
    QStringList covariates;
    for (const BalanceRow &row : balance) {
        if (std::abs(row.smdAfter) > balanceLimit)
            covariates << row.covariate;
    }
    return covariates;
}

QString covariateLabel(const QString &covariate)
{
    if (covariate == QLatin1String("tenure_months"))
        return QCoreApplication::translate("BalanceModel", "Tenure (months)");
    if (covariate == QLatin1String("monthly_revenue"))
        return fieldLabel(u"monthly_revenue");
    const qsizetype equals = covariate.indexOf(QLatin1Char('='));
    if (equals < 0)
        return covariate;
    const QString name = covariate.left(equals).trimmed();
    const QString value = covariate.mid(equals + 1).trimmed();
    // An attribute of the user's files as a label: "preferred_channel" reads
    // "Preferred channel".
    QString shownName = name;
    shownName.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!shownName.isEmpty())
        shownName[0] = shownName.at(0).toUpper();
    // A covariate that is one value of a column, e.g. "Segment: basic".
    return CommonText::labelled(
        name == QLatin1String("segment") ? fieldLabel(u"segment") : shownName, value);
}

bool Adjustment::hasThinOverlap() const
{
    // A tenth of the social customers without a similar control, or fewer
    // effective controls than social customers compared.
    return unmatchedTreated * 10 > treated + unmatchedTreated
        || (treated > 0 && effectiveControls < double(treated));
}

namespace {

Adjustment adjustmentOf(const SequentialTrials &trials, const QStringList &adjustFor)
{
    Adjustment adjustment;
    adjustment.treated = trials.treated;
    adjustment.unmatchedTreated = trials.unmatchedTreated;
    adjustment.socialWithoutDate = trials.socialWithoutDate;
    adjustment.controlCustomers = trials.controlCustomers;
    adjustment.effectiveControls = trials.effectiveControls;
    adjustment.trials = trials.trialCount;
    adjustment.adjustFor = adjustFor;
    for (const SequentialTrials::Balance &row : trials.balance)
        adjustment.balance.push_back({row.covariate, row.smdBefore, row.smdAfter});
    if (trials.riskRatioValid) {
        adjustment.eValue = Stats::eValue(trials.riskRatio);
        adjustment.eValueLimit
            = Stats::eValueForInterval(trials.riskRatio, trials.riskRatioLow, trials.riskRatioHigh);
    }
    return adjustment;
}

// A comparison whose sides still differ, or that found few comparable
// customers, says so on every row it estimated.
void warnAboutBalance(const Adjustment &adjustment, std::vector<MetricGroup> &groups)
{
    QStringList sentences;
    if (const QStringList covariates = adjustment.imbalancedCovariates(); !covariates.isEmpty()) {
        QStringList labels;
        for (const QString &covariate : covariates)
            labels << covariateLabel(covariate);
        sentences << QCoreApplication::translate(
                         "MetricWarnings",
                         "The customers compared still differ in %1 after weighting "
                         "(standardized difference above 0.1): read the effect with care.")
                         .arg(labels.join(QLatin1String(", ")));
    }
    if (adjustment.hasThinOverlap()) {
        sentences << QCoreApplication::translate(
            "MetricWarnings",
            "Few similar customers were found for the social customers (thin overlap): the "
            "estimate rests on few controls.");
    }
    if (sentences.isEmpty())
        return;
    const QString text = sentences.join(QLatin1Char(' '));
    for (MetricGroup &group : groups) {
        for (MetricRow &row : group.rows) {
            if (!row.estimated)
                continue;
            row.warning = row.warning.isEmpty() ? text : row.warning + QLatin1Char(' ') + text;
        }
    }
}

// A group whose data is absent claims no money: its empty rows would read
// as "no difference" (a flat 100 % retention, € 0.00).
void markMissingData(MetricsResult &result)
{
    for (MetricGroup &group : result.groups) {
        group.missing = missingDataFor(group.id, result.coverage, result.socialCustomers,
                                       result.controlCustomers);
        if (group.id == QLatin1String("process_innovation") && result.coverage.contacts == 0) {
            // The entered figures stand; the one row read from contacts says
            // what it lacks rather than "not enough data".
            for (MetricRow &row : group.rows) {
                if (row.name == QLatin1String("process_change_share"))
                    row.warning = MissingDataText::sentence(MissingData::Contacts);
            }
        }
        // The adjusted groups compare from each social customer's first
        // social contact: without one, they have nothing to estimate.
        const bool estimatedFromFirstContact = group.id == QLatin1String("retention")
            || group.id == QLatin1String("operational_cost")
            || group.id == QLatin1String("self_service") || group.id == QLatin1String("cross_sell");
        if (group.missing == MissingData::None && estimatedFromFirstContact && result.adjustment
            && result.adjustment->treated == 0)
            group.missing = MissingData::SocialDates;
        if (group.missing == MissingData::None)
            continue;
        group.value.reset();
        group.valueLow.reset();
        group.valueHigh.reset();
    }
}

// What the ROI leaves out, and whether any benefit was measured at all.
void summarizeMissingData(const std::vector<MetricGroup> &groups, RoiSummary &roi)
{
    bool measured = false;
    for (const MetricGroup &group : groups) {
        if (!group.includedIn.isEmpty() || group.id == QLatin1String("relationship"))
            continue;
        if (group.missing == MissingData::None) {
            // Exactly nothing with no range claims nothing: no figure
            // entered, or no value of a promoter set.
            const double value = group.value.value_or(0);
            if (group.value
                && (value != 0 || group.valueLow.value_or(0) != group.valueHigh.value_or(0)))
                measured = true;
        } else if (std::find(roi.missingData.begin(), roi.missingData.end(), group.missing)
                   == roi.missingData.end()) {
            roi.missingData.push_back(group.missing);
        }
    }
    roi.noBenefitMeasured = !measured;
    if (roi.noBenefitMeasured) {
        roi.roi.reset();
        roi.roiLow.reset();
        roi.roiHigh.reset();
    }
}

} // namespace

MetricEngine::MetricEngine(QString projectPath)
    : m_projectPath(std::move(projectPath))
{ }

MetricEngine::~MetricEngine() = default;

void MetricEngine::invalidate()
{
    m_data.reset();
}

MetricEngine::Outcome MetricEngine::compute(const MetricFilters &filters,
                                            const CancelCheck &isCancelled)
{
    return computeWith(filters, {}, isCancelled);
}

std::optional<QString> MetricEngine::loadData(const CancelCheck &isCancelled)
{
    try {
        // A change of the file alone (assumptions, a snapshot written) keeps
        // the columns; a change of the rows reloads them.
        if (m_data && m_data->version != ProjectData::readVersion(m_projectPath)
            && !m_data->refreshAssumptions())
            m_data.reset();
        if (!m_data) {
            m_data = ProjectData::load(m_projectPath, isCancelled);
            // Read from the tables: keep a snapshot, so the next load (the
            // next start, another verb) is quick. Cancelled loads return null.
            if (m_data && !m_data->fromSnapshot)
                ColumnSnapshot::write(m_projectPath, *m_data);
        }
    } catch (const SqliteError &error) {
        m_data.reset();
        return CommonText::cannotReadProject(m_projectPath, error.message());
    }
    return std::nullopt;
}

QString MetricEngine::computingText()
{
    return QCoreApplication::translate("MetricEngine", "Computing the metrics…");
}

QString MetricEngine::notComputedText(const QString &projectPath)
{
    return QCoreApplication::translate("MetricEngine", "%1: the metrics could not be computed.")
        .arg(QDir::toNativeSeparators(projectPath));
}

std::optional<QString>
MetricEngine::readAttributes(const QStringList &names,
                             std::vector<SequentialTrials::Attribute> &attributes) const
{
    try {
        for (const QString &name : names) {
            ProjectData::AttributeColumn column = m_data->attributeColumn(name);
            if (column.values.isEmpty()) {
                return QCoreApplication::translate("MetricEngine",
                                                   "%1: no customer has the attribute \"%2\" to "
                                                   "compare like with like.")
                    .arg(QDir::toNativeSeparators(m_projectPath), name);
            }
            attributes.push_back({name, std::move(column.codes), column.values});
        }
    } catch (const SqliteError &error) {
        return CommonText::cannotReadProject(m_projectPath, error.message());
    }
    return std::nullopt;
}

namespace {

// The metric groups of one analysis in display order (nullopt when
// cancelled); with `moneyOnly`, just the groups whose values the ROI adds up
// with an interval (not saves, inside retention; not the entered process
// improvements; not relationship, which claims no money).
std::optional<std::vector<MetricGroup>>
buildGroups(const Analysis &analysis, const SequentialTrials *trials, ValueInfluence *influence,
            const MetricEngine::CancelCheck &isCancelled, bool moneyOnly,
            std::optional<MetricGroup> relationship = std::nullopt)
{
    using Builder = std::function<std::vector<MetricGroup>(const Analysis &)>;
    struct Step
    {
        bool money;
        Builder build;
    };
    const Step steps[] = {
        {true,
         [trials, influence](const Analysis &a) {
             return std::vector<MetricGroup> {
                 trials ? MetricGroups::adjustedRetention(a, *trials, influence)
                        : MetricGroups::retention(a, influence)};
         }},
        {true,
         [trials, influence](const Analysis &a) {
             return trials ? MetricGroups::adjustedContactGroups(a, *trials, influence)
                           : MetricGroups::contactGroups(a, influence);
         }},
        {false,
         [trials](const Analysis &a) {
             MetricGroup group = MetricGroups::saves(a);
             if (trials)
                 MetricGroups::labelComparisons(group);
             return std::vector<MetricGroup> {group};
         }},
        {true,
         [trials, influence](const Analysis &a) {
             return std::vector<MetricGroup> {
                 trials ? MetricGroups::adjustedRaves(a, *trials, influence)
                        : MetricGroups::raves(a, influence)};
         }},
        {true,
         [trials, influence](const Analysis &a) {
             return std::vector<MetricGroup> {
                 trials ? MetricGroups::adjustedCrossSell(a, *trials, influence)
                        : MetricGroups::crossSell(a, influence)};
         }},
        {false,
         [](const Analysis &a) {
             return std::vector<MetricGroup> {MetricGroups::processInnovation(a)};
         }},
    };
    std::vector<MetricGroup> groups;
    for (const Step &step : steps) {
        if (moneyOnly && !step.money)
            continue;
        if (isCancelled && isCancelled())
            return std::nullopt;
        for (MetricGroup &group : step.build(analysis))
            groups.push_back(std::move(group));
    }
    if (relationship)
        groups.push_back(std::move(*relationship));
    if (!moneyOnly)
        MetricGroups::valueSavesOverRemainingLifetime(analysis, groups);
    return groups;
}

// The cohorts' lifetime values as they are: a longer-lived social cohort is
// worth more whether or not the team caused it. Computed before the adjusted
// method's trials exist: it needs nothing of them, and its model fits are
// the largest memory of a compute (with the trials alive, 15 MB more at a
// million customers).
MetricGroup relationshipGroup(const Analysis &analysis, EstimationMethod method)
{
    MetricGroup group = MetricGroups::relationship(analysis);
    if (method == EstimationMethod::Adjusted)
        MetricGroups::labelComparisons(group);
    return group;
}

} // namespace

MetricEngine::Outcome MetricEngine::computeWith(const MetricFilters &filters,
                                                const AssumptionsChange &change,
                                                const CancelCheck &isCancelled)
{
    Outcome outcome;
    if (std::optional<QString> error = loadData(isCancelled)) {
        outcome.error = *error;
        return outcome;
    }
    if (!m_data || (isCancelled && isCancelled())) {
        outcome.cancelled = true;
        return outcome;
    }

    Assumptions assumptions = m_data->assumptions;
    if (change)
        change(assumptions);
    const Analysis analysis(*m_data, filters, assumptions);
    MetricsResult &result = outcome.result;
    result.asOf = analysis.filters.asOf;
    result.filters = analysis.filters;
    result.socialCustomers = analysis.customers[Analysis::social];
    result.controlCustomers = analysis.customers[Analysis::control];
    result.coverage = DataCoverage::of(*m_data);
    if (result.coverage.customers == 0) {
        result.warnings << MissingDataText::sentence(MissingData::Customers);
    } else if (result.socialCustomers + result.controlCustomers == 0) {
        result.warnings << QCoreApplication::translate(
            "MetricWarnings", "No customer matches the filters: every metric is empty.");
    }
    if (m_data->unknownCustomerRows > 0) {
        // Computed outside the translate() call: lupdate cannot parse template
        // arguments among a message's arguments.
        const int unknownRows = int(qMin(m_data->unknownCustomerRows, qint64(INT_MAX)));
        result.warnings << QCoreApplication::translate(
            "MetricWarnings",
            "%n contact or order row(s) name a customer that is not in the "
            "customers table and were left out.",
            nullptr, unknownRows);
    }

    if (filters.method == EstimationMethod::Naive) {
        // Said once for the whole result: the message line of every pane.
        result.warnings << QCoreApplication::translate(
            "MetricWarnings",
            "Naive comparison: everyone ever in touch with the social care team against everyone "
            "else, from signup. These differences are not effects of the social care team.");
    }

    std::optional<MetricGroup> relationship = relationshipGroup(analysis, filters.method);
    if (isCancelled && isCancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    // The adjusted method's trials; the extra attributes are read here, on
    // this thread, from the project.
    std::unique_ptr<SequentialTrials> trials;
    result.method = filters.method;
    if (filters.method == EstimationMethod::Adjusted) {
        std::vector<SequentialTrials::Attribute> attributes;
        if (std::optional<QString> error = readAttributes(filters.adjustFor, attributes)) {
            outcome.error = *error;
            return outcome;
        }
        trials = std::make_unique<SequentialTrials>(analysis, std::move(attributes),
                                                    analysis.horizonDays());
        result.adjustment = adjustmentOf(*trials, filters.adjustFor);
    }

    ValueInfluence influence(m_data->customers.size());
    std::optional<std::vector<MetricGroup>> groups = buildGroups(
        analysis, trials.get(), &influence, isCancelled, false, std::move(relationship));
    if (!groups) {
        outcome.cancelled = true;
        return outcome;
    }
    result.groups = std::move(*groups);
    if (result.adjustment)
        warnAboutBalance(*result.adjustment, result.groups);
    markMissingData(result);
    MetricGroups::keepPartsInsideTheirWhole(result.groups);
    result.roi = MetricGroups::roiSummary(analysis, result.groups, influence);
    summarizeMissingData(result.groups, result.roi);
    if (result.socialCustomers == 0 || (result.adjustment && result.adjustment->treated == 0)) {
        // The cost alone would read as a return of -100 %: no verdict.
        result.roi.noSocialCustomers = true;
        result.roi.roi.reset();
        result.roi.roiLow.reset();
        result.roi.roiHigh.reset();
    }
    outcome.ok = true;
    return outcome;
}

MetricEngine::BootstrapOutcome MetricEngine::bootstrapRoi(const MetricFilters &filters,
                                                          const RoiBootstrap::Settings &settings,
                                                          const CancelCheck &isCancelled,
                                                          const RoiBootstrap::Progress &progress)
{
    BootstrapOutcome outcome;
    if (std::optional<QString> error = loadData(isCancelled)) {
        outcome.error = *error;
        return outcome;
    }
    if (!m_data || (isCancelled && isCancelled())) {
        outcome.cancelled = true;
        return outcome;
    }
    const Analysis analysis(*m_data, filters);
    std::vector<SequentialTrials::Attribute> attributes;
    if (filters.method == EstimationMethod::Adjusted) {
        if (std::optional<QString> error = readAttributes(filters.adjustFor, attributes)) {
            outcome.error = *error;
            return outcome;
        }
    }

    // The draws come from the analysed customers only, so each replicate
    // analyses all of them: the selection is already made, and the launch
    // (when the data found it) and the as-of date stay those of the sample.
    std::vector<std::int32_t> population;
    for (std::size_t i = 0; i < analysis.cohortOf.size(); ++i) {
        if (analysis.cohortOf[i] >= 0)
            population.push_back(std::int32_t(i));
    }
    MetricFilters drawFilters;
    drawFilters.asOf = analysis.filters.asOf;
    drawFilters.method = filters.method;
    drawFilters.adjustFor = filters.adjustFor;
    Assumptions drawAssumptions = m_data->assumptions;
    if (analysis.launchFound)
        drawAssumptions.programmeLaunchDate = QDate::fromJulianDay(analysis.launchDay);

    const auto value = [&](const ProjectData &drawn, const std::vector<std::int32_t> &sourceOf) {
        Analysis draw(drawn, drawFilters, drawAssumptions);
        // RoiBootstrap::run keeps every core busy with replicates: slices
        // on threads of their own would only wait for them.
        draw.sliceThreads = CustomerSlices::Threads::Caller;
        std::unique_ptr<SequentialTrials> trials;
        if (filters.method == EstimationMethod::Adjusted) {
            std::vector<SequentialTrials::Attribute> drawnAttributes;
            for (const SequentialTrials::Attribute &attribute : attributes) {
                std::vector<std::int32_t> codes(sourceOf.size());
                for (std::size_t j = 0; j < sourceOf.size(); ++j)
                    codes[j] = attribute.codes[std::size_t(sourceOf[j])];
                drawnAttributes.push_back({attribute.name, std::move(codes), attribute.values});
            }
            trials = std::make_unique<SequentialTrials>(
                draw, std::move(drawnAttributes), draw.horizonDays(),
                SequentialTrials::Precision::PointEstimates);
            if (trials->treated == 0)
                return std::nan("");
        } else if (draw.customers[Analysis::social] == 0) {
            return std::nan("");
        }
        const std::optional<std::vector<MetricGroup>> groups
            = buildGroups(draw, trials.get(), nullptr, isCancelled, true);
        if (!groups)
            return std::nan("");
        return MetricGroups::roiSummary(draw, *groups, ValueInfluence(0)).value;
    };
    std::optional<RoiBootstrap::Result> result
        = RoiBootstrap::run(*m_data, population, settings, value, isCancelled, progress);
    if (!result) {
        outcome.cancelled = isCancelled && isCancelled();
        if (!outcome.cancelled) {
            outcome.error = QCoreApplication::translate(
                                "MetricEngine",
                                "%1: no customer to draw for the bootstrap interval of the ROI.")
                                .arg(QDir::toNativeSeparators(m_projectPath));
        }
        return outcome;
    }
    outcome.ok = true;
    outcome.result = std::move(*result);
    return outcome;
}
