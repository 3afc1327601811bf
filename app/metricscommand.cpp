// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "commontext.h"
#include "exportfile.h"
#include "metricengine.h"
#include "metricgroups.h"
#include "metricscsv.h"
#include "metricsjson.h"
#include "reportbuilder.h"
#include "reportoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>

#include <cstdio>
#include <optional>

namespace {

struct MetricsCommand
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)
};

enum class Format { Json, Csv };

// Writes to stdout in one piece; false when the stream failed (e.g. a closed pipe).
bool writeToStandardOutput(const QByteArray &bytes)
{
    const std::size_t written
        = std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    return written == std::size_t(bytes.size()) && std::fflush(stdout) == 0;
}

// The CSV's dialect from --csv-for and --lang: programs by default; for a
// spreadsheet, the --lang language's, else the system's when we have it, else
// English. False, with the error printed, for a wrong value or a combination
// that would be ignored.
bool readCsvDialect(const QCommandLineParser &parser, const QCommandLineOption &csvFor,
                    const QCommandLineOption &language, Format format,
                    std::optional<CsvDialect> *dialect)
{
    const QString kindName = parser.value(csvFor);
    const std::optional<CsvDialect::Kind> kind
        = parser.isSet(csvFor) ? CsvDialect::kindFromName(kindName) : CsvDialect::Kind::Programs;
    if (!kind) {
        printError(MetricsCommand::tr("--csv-for must be programs or spreadsheet, not \"%1\".")
                       .arg(kindName));
        return false;
    }
    if (parser.isSet(csvFor) && format != Format::Csv) {
        printError(MetricsCommand::tr("--csv-for applies to --format csv only."));
        return false;
    }
    if (parser.isSet(language) && *kind != CsvDialect::Kind::Spreadsheet) {
        printError(MetricsCommand::tr("--lang applies to --csv-for spreadsheet only."));
        return false;
    }
    if (*kind == CsvDialect::Kind::Programs) {
        *dialect = CsvDialect::programs();
        return true;
    }
    const QString chosen = ReportOptions::readLanguage(parser, language);
    if (chosen.isEmpty())
        return false;
    *dialect = CsvDialect::spreadsheet(ReportBuilder::localeForLanguage(chosen));
    return true;
}

} // namespace

int runMetricsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        MetricsCommand::tr("Computes every metric and the ROI summary of a project for the social "
                           "and control cohorts, and prints them as JSON or CSV."));
    parser.addHelpOption();
    // -p and the filters as `report` and `chart` take them.
    const ReportOptions options;
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        // i18n: "adjusted" and "naive" are option values; do not translate them.
        MetricsCommand::tr(
            "adjusted (default): each social customer from their first social "
            "contact against similar customers still with us that day; naive: "
            "everyone ever in touch with the social care team against everyone else, "
            "from signup."),
        MetricsCommand::tr("METHOD"));
    const QCommandLineOption adjustForOption(
        QStringLiteral("adjust-for"),
        MetricsCommand::tr("Extra attributes of the customers to compare like with like "
                           "(comma-separated), besides segment, tenure and monthly revenue."),
        MetricsCommand::tr("ATTR,..."));
    const QCommandLineOption replicatesOption = bootstrapOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        // i18n: "json" and "csv" are option values; do not translate them.
        MetricsCommand::tr("Output format: json or csv (required)."), MetricsCommand::tr("FORMAT"));
    const QCommandLineOption csvForOption(
        QStringLiteral("csv-for"),
        // i18n: "programs", "spreadsheet" and --lang are option values and names; do not
        // translate them.
        MetricsCommand::tr("With --format csv: programs (default): comma between cells, point "
                           "as decimal mark; spreadsheet: the list separator and decimal mark of "
                           "the --lang language (or the system's), UTF-8 with a byte order mark."),
        MetricsCommand::tr("FOR"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        // i18n: the language codes are option values; do not translate them.
        MetricsCommand::tr("With --csv-for spreadsheet: the spreadsheet's language, en, fr, de, "
                           "pl or hi."),
        CommandText::languageValue());
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        MetricsCommand::tr("Write to FILE instead of the standard output."),
        CommandText::fileValue());
    options.addProjectAndFilters(parser);
    parser.addOptions({methodOption, adjustForOption, replicatesOption, formatOption, csvForOption,
                       languageOption, outputOption});
    if (const std::optional<int> exitCode = parseArguments(parser, arguments))
        return *exitCode;
    if (!rejectPositionalArguments(parser))
        return ExitCode::usage;
    if (!parser.isSet(options.project)) {
        printError(
            MetricsCommand::tr("Missing -p PROJECT: the project to compute the metrics of."));
        return ExitCode::usage;
    }
    if (!parser.isSet(formatOption)) {
        printError(MetricsCommand::tr("Missing --format json|csv: the output format is required."));
        return ExitCode::usage;
    }
    Format format = Format::Json;
    const QString formatName = parser.value(formatOption);
    if (formatName == QLatin1String("json")) {
        format = Format::Json;
    } else if (formatName == QLatin1String("csv")) {
        format = Format::Csv;
    } else {
        printError(MetricsCommand::tr("--format must be json or csv, not \"%1\".").arg(formatName));
        return ExitCode::usage;
    }
    std::optional<CsvDialect> dialect;
    if (!readCsvDialect(parser, csvForOption, languageOption, format, &dialect))
        return ExitCode::usage;

    MetricFilters filters;
    if (!options.readFilters(parser, &filters))
        return ExitCode::usage;
    const QString methodText = parser.value(methodOption);
    if (methodText.isEmpty() || methodText == QLatin1String("adjusted")) {
        filters.method = EstimationMethod::Adjusted;
    } else if (methodText == QLatin1String("naive")) {
        filters.method = EstimationMethod::Naive;
    } else {
        printError(
            MetricsCommand::tr("--method must be adjusted or naive, not \"%1\".").arg(methodText));
        return ExitCode::usage;
    }
    for (const QString &attribute :
         parser.value(adjustForOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!attribute.trimmed().isEmpty())
            filters.adjustFor << attribute.trimmed();
    }
    if (!filters.adjustFor.isEmpty() && filters.method == EstimationMethod::Naive) {
        printError(MetricsCommand::tr("--adjust-for applies to --method adjusted only."));
        return ExitCode::usage;
    }
    int replicates = 0;
    if (!readReplicates(parser, replicatesOption, &replicates))
        return ExitCode::usage;
    const QString projectPath = QDir::cleanPath(parser.value(options.project));
    const QString outputPath
        = parser.isSet(outputOption) ? QDir::cleanPath(parser.value(outputOption)) : QString();
    if (!ReportOptions::outputSparesProject(projectPath, outputPath))
        return ExitCode::usage;

    if (!checkProjectOpens(projectPath))
        return ExitCode::failure;

    MetricEngine engine(projectPath);
    MetricEngine::Outcome outcome = engine.compute(filters);
    if (!outcome.ok) {
        printError(outcome.error.isEmpty() ? MetricEngine::notComputedText(projectPath)
                                           : outcome.error);
        return ExitCode::failure;
    }
    if (replicates > 0 && outcome.result.roi.hasVerdict()) {
        RoiBootstrap::Settings settings;
        settings.replicates = replicates;
        const MetricEngine::BootstrapOutcome bootstrap = engine.bootstrapRoi(filters, settings);
        if (!bootstrap.ok) {
            printError(bootstrap.error);
            return ExitCode::failure;
        }
        if (!bootstrap.result.isUsable()) {
            printError(MetricsCommand::tr("%1: only %2 of %n bootstrap replicate(s) had social "
                                          "customers to compare; the ROI interval stays the "
                                          "linear approximation.",
                                          nullptr, replicates)
                           .arg(QDir::toNativeSeparators(projectPath))
                           .arg(bootstrap.result.replicates));
        }
        MetricGroups::applyBootstrap(outcome.result.roi, bootstrap.result);
    }

    const QByteArray bytes = format == Format::Json ? MetricsJson::toJson(outcome.result)
                                                    : MetricsCsv::toCsv(outcome.result, *dialect);
    if (outputPath.isEmpty()) {
        if (!writeToStandardOutput(bytes)) {
            printError(MetricsCommand::tr("Cannot write the metrics to the standard output."));
            return ExitCode::failure;
        }
        return ExitCode::success;
    }
    QString error;
    if (!ExportFile::write(outputPath, bytes, &error)) {
        printError(CommonText::cannotWriteFile(outputPath, error));
        return ExitCode::failure;
    }
    return ExitCode::success;
}
