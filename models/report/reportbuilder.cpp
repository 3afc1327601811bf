// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "assumptionlabels.h"
#include "chartrows.h"
#include "commontext.h"
#include "datetext.h"
#include "fieldlabels.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "metrictable.h"
#include "metricwording.h"
#include "reportmethods.h"
#include "roitable.h"
#include "roiwording.h"

#include <QFileInfo>

namespace {

ReportNumberKind kindOfUnit(const QString &unit)
{
    switch (MetricFormat::unitKind(unit)) {
    case MetricFormat::UnitKind::Share:
        return ReportNumberKind::Share;
    case MetricFormat::UnitKind::Money:
        return ReportNumberKind::Money;
    case MetricFormat::UnitKind::Count:
        return ReportNumberKind::Count;
    case MetricFormat::UnitKind::Points:
    case MetricFormat::UnitKind::Number:
        break;
    }
    return ReportNumberKind::Number;
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::LongFormat);
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, DateText::fullYearShortFormat(locale));
}

QString shortDateTime(const QDateTime &time, const QLocale &locale)
{
    return locale.toString(time, DateText::fullYearShortFormat(locale, true));
}

// "from 1 March 2023 to 31 May 2024", or the open variants.
QString signupRange(const MetricFilters &filters, const QLocale &locale)
{
    if (filters.from.isValid() && filters.to.isValid()) {
        return ReportBuilder::tr("from %1 to %2")
            .arg(dateText(filters.from, locale), dateText(filters.to, locale));
    }
    if (filters.from.isValid())
        return ReportBuilder::tr("on or after %1").arg(dateText(filters.from, locale));
    if (filters.to.isValid())
        return ReportBuilder::tr("on or before %1").arg(dateText(filters.to, locale));
    return ReportBuilder::tr("any time");
}

std::vector<ReportFact> titleFacts(const MetricsResult &result, const ReportInputs &inputs,
                                   const QLocale &locale)
{
    std::vector<ReportFact> facts;
    facts.push_back({ReportBuilder::tr("Project file"), QFileInfo(inputs.projectPath).fileName()});
    facts.push_back({ReportBuilder::tr("As of"), dateText(result.asOf, locale), {result.asOf}});
    facts.push_back({fieldLabel(u"segment"),
                     result.filters.segment.isEmpty() ? allCustomersLabel()
                                                      : segmentLabel(result.filters.segment)});
    facts.push_back(
        {ReportBuilder::tr("Customers who signed up"), signupRange(result.filters, locale)});
    // The count picks the plural form; the number itself comes in through %1
    // in the report's locale, which need not be the program's.
    facts.push_back({MetricTable::cohortName(MetricTable::Column::Social),
                     ReportBuilder::tr("%1 customer(s)", nullptr, int(result.socialCustomers))
                         .arg(locale.toString(result.socialCustomers))});
    facts.push_back({MetricTable::cohortName(MetricTable::Column::Control),
                     ReportBuilder::tr("%1 customer(s)", nullptr, int(result.controlCustomers))
                         .arg(locale.toString(result.controlCustomers))});
    facts.push_back({AssumptionLabels::keyLabel(QLatin1String("horizon_months")),
                     AssumptionLabels::monthCount(result.roi.horizonMonths)});
    //: The months over which every benefit and the programme cost are counted
    facts.push_back(
        {ReportBuilder::tr("ROI window"),
         ReportBuilder::tr("%1 to %2", "a range of dates")
             .arg(shortDate(result.roi.windowFrom, locale), shortDate(result.roi.windowTo, locale)),
         {result.roi.windowFrom, result.roi.windowTo}});
    facts.push_back({AssumptionLabels::keyLabel(QLatin1String("currency")), result.roi.currency});
    if (inputs.isDemo) {
        facts.push_back({ReportBuilder::tr("Data"),
                         ReportBuilder::tr("Demo data with known effects, written by the demo "
                                           "generator")});
    }
    return facts;
}

ReportFact keyFinding(const MetricGroup &group, const QString &currency, const QLocale &locale)
{
    if (group.missing != MissingData::None)
        return {metricGroupTitle(group.id), MissingDataText::sentence(group.missing)};
    const QString rowName = ChartRows::headlineRow(group);
    const MetricRow *row = group.row(rowName);
    if (!row)
        return {metricGroupTitle(group.id), MetricFormat::missing()};
    const auto value = [&](const std::optional<double> &number) {
        return MetricFormat::value(number, row->unit, currency, locale);
    };
    QString text = ReportBuilder::tr("%1: %2 in the social cohort, %3 in the control cohort")
                       .arg(metricRowLabel(row->name), value(row->social), value(row->control));
    if (row->difference) {
        text += QLatin1Char(' ')
            + ReportBuilder::tr("(difference %1; 95% interval %2)")
                  .arg(
                      MetricFormat::difference(row->difference, row->unit, currency, locale),
                      MetricFormat::interval(row->ciLow, row->ciHigh, row->unit, currency, locale));
    }
    return {metricGroupTitle(group.id), text};
}

ReportTable assumptionsTable(const Assumptions &assumptions, const MetricsResult &result,
                             const QLocale &locale)
{
    ReportTable table;
    table.headers = AssumptionLabels::headers();
    table.numeric = {false, true, false};
    for (const Assumptions::Spec &spec : Assumptions::specs()) {
        const QString stored = assumptions.value(spec.key);
        ReportCell value = ReportCell::plain(stored);
        switch (spec.unit) {
        case Assumptions::Unit::Money:
        case Assumptions::Unit::MoneyPerHour:
        case Assumptions::Unit::MoneyPerMonth:
            value = {locale.toString(stored.toDouble(), 'f', 2),
                     stored.toDouble(),
                     ReportNumberKind::Money,
                     {}};
            break;
        case Assumptions::Unit::Date:
            if (stored.isEmpty()) {
                // The texts of the assumptions editor, and the date they stand for.
                if (spec.key == QLatin1String("as_of_date")) {
                    value.text = CommonText::withAside(
                        QCoreApplication::translate("AssumptionsModel", "Latest date in the data"),
                        shortDate(result.asOf, locale));
                } else {
                    value.text = QCoreApplication::translate("AssumptionsModel",
                                                             "Earliest social contact in the data");
                }
            } else {
                const QDate day = QDate::fromString(stored, Qt::ISODate);
                value = ReportCell::date(shortDate(day, locale), day);
            }
            break;
        case Assumptions::Unit::Rate:
            // A rate, not a change: shown without a sign.
            value = {MetricFormat::percent(stored.toDouble(), 1, locale),
                     stored.toDouble(),
                     ReportNumberKind::Share,
                     {}};
            break;
        case Assumptions::Unit::Share:
            if (stored.isEmpty())
                value = ReportCell::plain(QCoreApplication::translate(
                    "AssumptionsModel", "Not set: money is shown as revenue, not profit"));
            else
                value = {MetricFormat::percent(stored.toDouble(), 1, locale),
                         stored.toDouble(),
                         ReportNumberKind::Share,
                         {}};
            break;
        case Assumptions::Unit::Months:
        case Assumptions::Unit::Days:
            value
                = {locale.toString(stored.toInt()), stored.toDouble(), ReportNumberKind::Count, {}};
            break;
        case Assumptions::Unit::Choice:
            value = ReportCell::plain(AssumptionLabels::choiceLabel(stored));
            break;
        case Assumptions::Unit::Currency:
            break;
        }
        ReportRow row;
        row.id = QString(spec.key);
        row.cells
            = {ReportCell::plain(AssumptionLabels::keyLabel(spec.key)), value,
               ReportCell::plain(AssumptionLabels::unitLabel(spec.unit, assumptions.currency))};
        table.rows.push_back(row);
    }
    return table;
}

QString provenanceSummary(const ReportInputs &inputs, qint64 rejectedTotal, const QLocale &locale)
{
    if (inputs.imports.empty()) {
        return inputs.isDemo
            ? ReportBuilder::tr("No file was imported: the project holds demo data written by "
                                "the demo generator.")
            : ReportBuilder::tr("No file was imported into this project.");
    }
    return ReportBuilder::tr("%n file(s) imported. Rows rejected in total: %1; every rejected row "
                             "is kept in the project with its line and the reason.",
                             nullptr, int(inputs.imports.size()))
        .arg(locale.toString(rejectedTotal));
}

ReportTable provenanceTable(const std::vector<ReportImport> &imports, const QLocale &locale)
{
    ReportTable table;
    table.headers = {importLogLabel(u"file_name"),       ReportBuilder::tr("Table"),
                     ReportBuilder::tr("Sheet"),         ReportBuilder::tr("Imported on"),
                     importLogLabel(u"rows_read"),       ReportBuilder::tr("Rows imported"),
                     ReportBuilder::tr("Rows rejected"), ReportBuilder::tr("SHA-256")};
    table.numeric = {false, false, false, false, true, true, true, false};
    const auto count = [&locale](qint64 value) -> ReportCell {
        return {locale.toString(value), double(value), ReportNumberKind::Count, {}};
    };
    for (const ReportImport &entry : imports) {
        ReportRow row;
        row.id = entry.sha256;
        row.cells = {ReportCell::plain(entry.fileName),
                     ReportCell::plain(tableLabel(entry.tableName)),
                     ReportCell::plain(entry.sheet),
                     ReportCell::dateTime(shortDateTime(entry.importedAt.toLocalTime(), locale),
                                          entry.importedAt.toLocalTime()),
                     count(entry.rowsRead),
                     count(entry.rowsImported),
                     count(entry.rowsRejected),
                     ReportCell::plain(entry.sha256)};
        table.rows.push_back(row);
    }
    return table;
}

ReportTable methodTable(const std::vector<ReportMethodNote> &notes)
{
    ReportTable table;
    table.headers = {ReportBuilder::tr("Kind of row"), ReportBuilder::tr("Rows"),
                     ReportBuilder::tr("Test"), MetricTable::header(MetricTable::Column::Interval)};
    table.numeric = {false, false, false, false};
    for (const ReportMethodNote &note : notes) {
        ReportRow row;
        row.cells = {ReportCell::plain(note.kind), ReportCell::plain(note.rows),
                     ReportCell::plain(note.test), ReportCell::plain(note.interval)};
        table.rows.push_back(row);
    }
    return table;
}

ReportHeadings headings()
{
    ReportHeadings headings;
    headings.summary = ReportBuilder::tr("Executive summary");
    headings.keyFindings = ReportBuilder::tr("Key findings");
    headings.roi = RoiTable::labelOf(QStringLiteral("roi"));
    headings.warnings = ReportBuilder::tr("Read with care");
    headings.charts = ReportBuilder::tr("Charts");
    headings.assumptions = AssumptionLabels::title();
    headings.provenance = ReportBuilder::tr("Data provenance");
    headings.methods = ReportBuilder::tr("Method notes");
    headings.contents = ReportBuilder::tr("Contents");
    //: page footer: %1 is the page number, %2 the number of pages
    headings.page = ReportBuilder::tr("Page %1 of %2");
    headings.social = MetricTable::cohortName(MetricTable::Column::Social);
    headings.control = MetricTable::cohortName(MetricTable::Column::Control);
    return headings;
}

} // namespace

QStringList ReportBuilder::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("pl"),
            QStringLiteral("hi")};
}

QLocale ReportBuilder::localeForLanguage(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == QLatin1String("pl"))
        return QLocale(QLocale::Polish, QLocale::Poland);
    if (language == QLatin1String("hi"))
        return QLocale(QLocale::Hindi, QLocale::India);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString ReportBuilder::roiText(std::optional<double> roi, const QLocale &locale)
{
    return roi ? MetricFormat::percent(*roi, 0, locale) : MetricFormat::missing();
}

QString ReportBuilder::roiSentence(const RoiSummary &roi, const QLocale &locale)
{
    return RoiWording::sentence(roi, locale);
}

ReportTable ReportBuilder::modelTable(const MetricGroup &group, const QString &currency,
                                      const QLocale &locale)
{
    ReportTable table;
    if (group.models.size() != 2)
        return table;
    table.headers << tr("Lifetime value and model parameters")
                  << MetricTable::cohortName(MetricTable::Column::Social)
                  << MetricTable::cohortName(MetricTable::Column::Control);
    table.numeric = {false, true, true};
    // Each cohort's value with the 95 % interval of the models' parameters.
    for (const char *name : {"clv", "derl_months"}) {
        const MetricRow *source = group.row(QLatin1String(name));
        if (!source)
            continue;
        ReportRow row;
        row.id = source->name;
        row.cells.push_back(ReportCell::plain(metricRowLabel(source->name)));
        for (int cohort = 0; cohort < 2; ++cohort) {
            const bool social = cohort == 0;
            const std::optional<double> &value = social ? source->social : source->control;
            const std::optional<double> &low = social ? source->socialLow : source->controlLow;
            const std::optional<double> &high = social ? source->socialHigh : source->controlHigh;
            const QString text
                = MetricTable::valueWithInterval(value, low, high, source->unit, currency, locale);
            ReportCell cell = ReportCell::plain(text);
            cell.number = value;
            cell.kind = kindOfUnit(source->unit);
            row.cells.push_back(cell);
        }
        table.rows.push_back(row);
    }
    struct Model
    {
        const FittedModel CohortModels::*model;
        const char *name;
        const char *id; // as in the JSON's "models"
    };
    const Model models[] = {{&CohortModels::sbg, "sBG", "sbg"},
                            {&CohortModels::bgnbd, "BG/NBD", "bgnbd"},
                            {&CohortModels::gammaGamma, "Gamma-Gamma", "gamma_gamma"}};
    // Greek letters for the parameters the papers write so.
    const auto symbol = [](const QString &name) {
        if (name == QLatin1String("alpha"))
            return QStringLiteral("α");
        if (name == QLatin1String("beta"))
            return QStringLiteral("β");
        if (name == QLatin1String("gamma"))
            return QStringLiteral("γ");
        return name;
    };
    for (const Model &model : models) {
        const FittedModel &social = group.models[0].*model.model;
        const FittedModel &control = group.models[1].*model.model;
        const FittedModel &named = social.valid ? social : control;
        for (std::size_t i = 0; i < named.parameters.size(); ++i) {
            ReportRow row;
            row.id = QStringLiteral("%1_%2").arg(QLatin1String(model.id), named.parameters[i].name);
            row.cells.push_back(ReportCell::plain(QStringLiteral("%1 %2").arg(
                QLatin1String(model.name), symbol(named.parameters[i].name))));
            for (const FittedModel *fitted : {&social, &control}) {
                if (!fitted->valid || i >= fitted->parameters.size()) {
                    row.cells.push_back(ReportCell::plain(tr("no fit")));
                    continue;
                }
                const ModelParameter &parameter = fitted->parameters[i];
                //: A model parameter's estimate with its standard error
                ReportCell cell
                    = ReportCell::plain(tr("%1 (SE %2)")
                                            .arg(locale.toString(parameter.estimate, 'g', 4),
                                                 locale.toString(parameter.standardError, 'g', 3)));
                cell.number = parameter.estimate;
                cell.kind = ReportNumberKind::Number;
                row.cells.push_back(cell);
            }
            table.rows.push_back(row);
        }
    }
    return table;
}

ReportTable ReportBuilder::metricTable(const MetricGroup &group, const QString &currency,
                                       const QLocale &locale, bool statisticalDetails)
{
    // MetricTable gives the texts, so the report reads as the pane's table does.
    using Column = MetricTable::Column;
    std::vector<Column> columns = {Column::Metric,     Column::Social, Column::Control,
                                   Column::Difference, Column::Lift,   Column::Interval};
    if (statisticalDetails) {
        columns.push_back(Column::PValue);
        columns.push_back(Column::Sizes);
    }

    ReportTable table;
    for (Column column : columns) {
        table.headers << MetricTable::header(column);
        table.numeric.push_back(column != Column::Metric);
    }
    for (const MetricRow &source : group.rows) {
        const ReportNumberKind kind = kindOfUnit(source.unit);
        const ReportNumberKind differenceKind
            = kind == ReportNumberKind::Share ? ReportNumberKind::ShareDifference : kind;
        ReportRow row;
        row.id = source.name;
        for (Column column : columns) {
            ReportCell cell = ReportCell::plain(
                MetricTable::cell(source, column, currency, locale, statisticalDetails));
            switch (column) {
            // The value alone: a model-based row's interval would not fit
            // the narrow cohort columns; the model table gives it.
            case Column::Social:
                cell.text = MetricFormat::value(source.social, source.unit, currency, locale);
                cell.number = source.social;
                cell.kind = kind;
                break;
            case Column::Control:
                cell.text = MetricFormat::value(source.control, source.unit, currency, locale);
                cell.number = source.control;
                cell.kind = kind;
                break;
            case Column::Difference:
                cell.number = source.difference;
                cell.kind = differenceKind;
                break;
            case Column::Lift:
                cell.number = source.lift;
                cell.kind = ReportNumberKind::Percent;
                break;
            case Column::PValue:
                cell.number = source.pValue;
                cell.kind = ReportNumberKind::PValue;
                break;
            case Column::Metric:
            case Column::Interval:
            case Column::Sizes:
            case Column::Warning:
                break;
            }
            row.cells.push_back(cell);
        }
        table.rows.push_back(row);
    }
    return table;
}

ReportTable ReportBuilder::roiTable(const RoiSummary &roi, const QLocale &locale)
{
    // RoiTable gives the texts and the numbers, as the ROI pane shows them.
    ReportTable table;
    table.headers = RoiTable::headers();
    table.numeric = {false, true, true, true};
    for (const RoiTable::Line &line : RoiTable::lines(roi)) {
        ReportRow row;
        row.id = line.id;
        row.emphasised = line.isTotal && line.id != QLatin1String("cost");
        row.cells.push_back(ReportCell::plain(RoiTable::label(line)));
        const ReportNumberKind kind
            = line.isRatio ? ReportNumberKind::Percent : ReportNumberKind::Money;
        for (const std::optional<double> &number : {line.value, line.low, line.high}) {
            row.cells.push_back(
                {RoiTable::number(line, number, roi.currency, locale), number, kind, {}});
        }
        table.rows.push_back(row);
    }
    return table;
}

ReportDocument ReportBuilder::build(const std::shared_ptr<const MetricsResult> &result,
                                    const ReportInputs &inputs, const QLocale &locale)
{
    const MetricsResult &metrics = *result;
    const QString currency = metrics.roi.currency;
    ReportDocument document;
    document.locale = locale;
    document.result = result;
    document.currency = currency;
    document.projectName = QFileInfo(inputs.projectPath).completeBaseName();
    document.title = tr("The value of social customer care");
    document.subtitle = tr("Customers served by the social care team compared with "
                           "everyone else");
    document.generatedText = tr("Generated on %1 by SocialROI Workbench %2")
                                 .arg(locale.toString(inputs.generatedAt, QLocale::LongFormat),
                                      QCoreApplication::applicationVersion());
    document.titleFacts = titleFacts(metrics, inputs, locale);
    document.cohortLine = MetricWording::cohortLine(metrics, locale);

    document.roiSentence = !metrics.roi.hasVerdict() ? roiSentence(metrics.roi, locale)
                                                     : roiSentence(metrics.roi, locale)
            + QLatin1Char(' ') + RoiWording::intervalSentence(metrics.roi, locale);
    document.roiText = roiText(metrics.roi.roi, locale);
    // Without a verdict the table would show the programme's cost alone as
    // a loss: the sentence says what is missing instead.
    if (metrics.roi.hasVerdict())
        document.roiTable = roiTable(metrics.roi, locale);
    document.resultWarnings = metrics.warnings;

    for (const MetricGroup &group : metrics.groups) {
        document.keyFindings.push_back(keyFinding(group, currency, locale));
        ReportMetricSection section;
        section.id = group.id;
        section.title = metricGroupTitle(group.id);
        section.valueText = MetricWording::valueLine(group, metrics.roi, locale);
        section.note = metricGroupNote(group.id);
        // A group without its data: what to import, not its empty rows.
        if (group.missing == MissingData::None) {
            section.table = metricTable(group, currency, locale, inputs.statisticalDetails);
            if (group.id == QLatin1String("relationship")) {
                section.note
                    += QLatin1Char(' ') + RoiWording::lifetimeValueSentence(metrics.roi, locale);
                section.modelTable = modelTable(group, currency, locale);
            }
            for (const MetricRow &row : group.rows) {
                if (!row.warning.isEmpty())
                    section.warnings << CommonText::labelled(metricRowLabel(row.name), row.warning);
            }
        }
        document.metrics.push_back(section);
    }

    document.assumptions = assumptionsTable(inputs.assumptions, metrics, locale);
    document.imports = inputs.imports;
    document.provenanceTable = provenanceTable(inputs.imports, locale);
    for (const ReportImport &entry : inputs.imports)
        document.rejectedRowsTotal += entry.rowsRejected;
    document.provenanceSummary = provenanceSummary(inputs, document.rejectedRowsTotal, locale);

    document.methodNotes = ReportMethods::notes(metrics);
    document.methodTable = methodTable(document.methodNotes);
    document.headings = headings();
    document.methodParagraphs = ReportMethods::paragraphs(metrics, locale);
    return document;
}
