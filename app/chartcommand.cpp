// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartfactory.h"
#include "command.h"
#include "commontext.h"
#include "exportfile.h"
#include "metricengine.h"
#include "reportoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

struct ChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)
};

constexpr int largestSide = 16384;

bool readSide(const QCommandLineParser &parser, const QCommandLineOption &option, int *side)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 16 || value > largestSide) {
        printError(ChartCommand::tr("--%1 must be a whole number from 16 to %2, not \"%3\".")
                       .arg(option.names().constFirst())
                       .arg(largestSide)
                       .arg(parser.value(option)));
        return false;
    }
    *side = value;
    return true;
}

// Copies `source` over `target` (ExportFile: through a temporary file renamed at the end).
bool replaceFile(const QString &source, const QString &target, QString *error)
{
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = input.errorString();
        return false;
    }
    return ExportFile::write(target, input.readAll(), error);
}

} // namespace

int runChartCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ChartCommand::tr(
        "Writes one chart of a metric as PNG (width × height pixels), SVG or PDF (width × height "
        "points), chosen by the file's suffix, drawn as the window draws it."));
    parser.addHelpOption();
    const ReportOptions options;
    options.addTo(parser);
    const QCommandLineOption metricOption(
        QStringLiteral("metric"),
        ChartCommand::tr("The metric: %1.").arg(metricGroupIds().join(QLatin1String(", "))),
        CommandText::idValue());
    const QCommandLineOption chartOption(
        QStringLiteral("chart"),
        // i18n: main, second, series, tracking, repeat_counts and alive are option values; do
        // not translate them.
        ChartCommand::tr("Which chart of the metric: main (default), second (mentions of raves, "
                         "revenue per order of relationship), series (by month), or the BG/NBD "
                         "checks of relationship: tracking, repeat_counts or alive."),
        ChartCommand::tr("KIND"), QStringLiteral("main"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        ChartCommand::tr("The file to write: .png, .svg or .pdf."), CommandText::fileValue());
    const QCommandLineOption widthOption(QStringLiteral("width"),
                                         ChartCommand::tr("Width (default 1280)."),
                                         ChartCommand::tr("W"), QStringLiteral("1280"));
    const QCommandLineOption heightOption(QStringLiteral("height"),
                                          ChartCommand::tr("Height (default 720)."),
                                          ChartCommand::tr("H"), QStringLiteral("720"));
    parser.addOptions({metricOption, chartOption, outputOption, widthOption, heightOption});
    if (const std::optional<int> exitCode = parseArguments(parser, arguments))
        return *exitCode;
    if (!rejectPositionalArguments(parser))
        return ExitCode::usage;

    QString projectPath;
    QString outputPath;
    MetricFilters filters;
    QLocale locale;
    int width = 0;
    int height = 0;
    if (!options.readPaths(parser, outputOption, &projectPath, &outputPath)
        || !options.readFilters(parser, &filters) || !options.readLocale(parser, &locale)
        || !readSide(parser, widthOption, &width) || !readSide(parser, heightOption, &height)) {
        return ExitCode::usage;
    }
    const QString metric = parser.value(metricOption);
    if (!metricGroupIds().contains(metric)) {
        printError(parser.isSet(metricOption)
                       ? ChartCommand::tr("--metric: unknown metric \"%1\". Valid metrics: %2.")
                             .arg(metric, metricGroupIds().join(QLatin1String(", ")))
                       : ChartCommand::tr("Missing --metric ID: one of %1.")
                             .arg(metricGroupIds().join(QLatin1String(", "))));
        return ExitCode::usage;
    }
    const std::optional<ChartFactory::Kind> kind
        = ChartFactory::kindFromName(parser.value(chartOption));
    if (!kind || !ChartFactory::kinds(metric).contains(*kind)) {
        QStringList valid;
        for (ChartFactory::Kind candidate : ChartFactory::kinds(metric))
            valid << ChartFactory::kindName(candidate);
        printError(ChartCommand::tr("--chart: %1 has no chart \"%2\". Its charts: %3.")
                       .arg(metric, parser.value(chartOption), valid.join(QLatin1String(", "))));
        return ExitCode::usage;
    }
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("pdf")) {
        printError(ChartCommand::tr("-o %1: a chart is written as .png, .svg or .pdf; name the "
                                    "file with one of these suffixes.")
                       .arg(QDir::toNativeSeparators(outputPath)));
        return ExitCode::usage;
    }

    if (!checkProjectOpens(projectPath))
        return ExitCode::failure;
    MetricEngine engine(projectPath);
    const MetricEngine::Outcome outcome = engine.compute(filters);
    if (!outcome.ok) {
        printError(outcome.error.isEmpty() ? MetricEngine::notComputedText(projectPath)
                                           : outcome.error);
        return ExitCode::failure;
    }
    const MetricGroup *group = outcome.result.group(metric);
    if (!group) {
        printError(ChartCommand::tr("%1: the project has no %2 metric.")
                       .arg(QDir::toNativeSeparators(projectPath), metric));
        return ExitCode::failure;
    }

    const std::unique_ptr<CohortChart> chart
        = ChartFactory::create(*group, *kind, outcome.result.roi.currency, locale);
    chart->resize(1280, 720); // laid out as on a screen before export scales it
    // Written beside nothing until it is whole: a temporary folder, then a rename.
    QTemporaryDir scratch;
    const QString temporary = scratch.filePath(QStringLiteral("chart.") + suffix);
    QString error;
    if (!scratch.isValid() || !chart->exportTo(temporary, width, height)) {
        printError(ChartCommand::tr("Cannot draw the %1 chart as %2.")
                       .arg(metric, QDir::toNativeSeparators(outputPath)));
        return ExitCode::failure;
    }
    if (!replaceFile(temporary, outputPath, &error)) {
        printError(CommonText::cannotWriteFile(outputPath, error));
        return ExitCode::failure;
    }
    printOut(CommandText::wrote(outputPath));
    return ExitCode::success;
}
