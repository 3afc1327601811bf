// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "report/reportexporter.h"
#include "reportoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

struct ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

// Progress lines only for a person watching: scripts get a quiet stderr.
bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr)) != 0;
#else
    return false;
#endif
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommand::tr(
        "Writes the report of a project: title page, executive summary with the ROI, each "
        "metric's chart, table and note, assumptions, data provenance and method notes, as PDF, "
        "self-contained HTML, XLSX or a PowerPoint deck with native charts and speaker notes "
        "(PPTX), chosen by the file's suffix."));
    parser.addHelpOption();
    const ReportOptions options;
    options.addTo(parser);
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        ReportCommand::tr("The report to write: FILE.pdf, FILE.html, FILE.xlsx or FILE.pptx."),
        CommandText::fileValue());
    parser.addOption(outputOption);
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        ReportCommand::tr("With -o FILE.pptx: a PowerPoint template or presentation (.potx or "
                          ".pptx) whose slide master, layouts, fonts and colours the slides take."),
        CommandText::fileValue());
    parser.addOption(templateOption);
    const QCommandLineOption replicatesOption = bootstrapOption();
    parser.addOption(replicatesOption);
    const QCommandLineOption detailsOption(
        QStringLiteral("details"),
        ReportCommand::tr("Also give each metric table's statistics: the p-value and the "
                          "customers compared."));
    parser.addOption(detailsOption);
    if (const std::optional<int> exitCode = parseArguments(parser, arguments))
        return *exitCode;
    if (!rejectPositionalArguments(parser))
        return ExitCode::usage;

    ReportRequest request;
    if (!options.readPaths(parser, outputOption, &request.projectPath, &request.outputPath)
        || !options.readFilters(parser, &request.filters)
        || !options.readLocale(parser, &request.locale)
        || !readReplicates(parser, replicatesOption, &request.bootstrapReplicates)) {
        return ExitCode::usage;
    }
    request.statisticalDetails = parser.isSet(detailsOption);
    request.slideTemplatePath = parser.value(templateOption);
    if (!ReportExporter::formatForPath(request.outputPath)) {
        printError(ReportCommand::tr("-o %1: the report is written as .pdf, .html, .xlsx or .pptx; "
                                     "name the file with one of these suffixes.")
                       .arg(QDir::toNativeSeparators(request.outputPath)));
        return ExitCode::usage;
    }

    if (!request.slideTemplatePath.isEmpty()
        && ReportExporter::formatForPath(request.outputPath) != ReportFormat::Pptx) {
        printError(ReportCommand::tr("--template %1: a template is for slides; write them with "
                                     "-o FILE.pptx.")
                       .arg(QDir::toNativeSeparators(request.slideTemplatePath)));
        return ExitCode::usage;
    }

    ReportExporter exporter;
    ReportOutcome outcome;
    QEventLoop loop;
    const bool showProgress = stderrIsTerminal();
    QString lastStage;
    QObject::connect(&exporter, &ReportExporter::progressChanged, &exporter,
                     [&](int, const QString &stage) {
                         if (showProgress && !stage.isEmpty() && stage != lastStage)
                             printError(stage);
                         lastStage = stage;
                     });
    QObject::connect(&exporter, &ReportExporter::finished, &loop, [&](const ReportOutcome &result) {
        outcome = result;
        loop.quit();
    });
    if (!exporter.start(request))
        return ExitCode::failure;
    loop.exec();

    if (outcome.status != ReportOutcome::Status::Written) {
        printError(outcome.error.isEmpty() ? ReportCommand::tr("%1: the report was not written.")
                                                 .arg(QDir::toNativeSeparators(request.outputPath))
                                           : outcome.error);
        return ExitCode::failure;
    }
    printOut(CommandText::wrote(request.outputPath));
    return ExitCode::success;
}
