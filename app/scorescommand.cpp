// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "metricresult.h"
#include "reportoptions.h"
#include "scoresfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

struct ScoresCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresCommand)
};

} // namespace

int runScoresCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ScoresCommand::tr(
        "Writes one row per customer with the fitted models' forecasts: P(alive), expected "
        "orders over the horizon, expected spend per order, discounted expected residual "
        "lifetime and lifetime value, for a retention campaign."));
    parser.addHelpOption();
    const ReportOptions options; // -p as every command that reads a project takes it
    const QCommandLineOption &projectOption = options.project;
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        ScoresCommand::tr("The file to write: .csv or .xlsx (required)."),
        CommandText::fileValue());
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        ScoresCommand::tr("Score as of DATE (YYYY-MM-DD) instead of the project's as-of date."),
        CommandText::dateValue());
    parser.addOptions({projectOption, outputOption, asOfOption});
    if (const std::optional<int> exitCode = parseArguments(parser, arguments))
        return *exitCode;
    if (!rejectPositionalArguments(parser))
        return ExitCode::usage;
    if (!parser.isSet(projectOption)) {
        printError(ScoresCommand::tr("Missing -p PROJECT: the project to score."));
        return ExitCode::usage;
    }
    if (!parser.isSet(outputOption)) {
        printError(ScoresCommand::tr("Missing -o FILE: the .csv or .xlsx file to write."));
        return ExitCode::usage;
    }
    const QString projectPath = QDir::cleanPath(parser.value(projectOption));
    const QString outputPath = QDir::cleanPath(parser.value(outputOption));
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        printError(ScoresCommand::tr("-o %1 must end in .csv or .xlsx.")
                       .arg(QDir::toNativeSeparators(outputPath)));
        return ExitCode::usage;
    }
    // Cohorts as the project flags them (ScoresFile).
    MetricFilters filters;
    if (parser.isSet(asOfOption)) {
        const QString value = parser.value(asOfOption);
        static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        if (isoDate.match(value).hasMatch())
            filters.asOf = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
        if (!filters.asOf.isValid()) {
            printError(ScoresCommand::tr("--as-of must be a date written YYYY-MM-DD, not \"%1\".")
                           .arg(value));
            return ExitCode::usage;
        }
    }
    if (!ReportOptions::outputSparesProject(projectPath, outputPath))
        return ExitCode::usage;
    if (!checkProjectOpens(projectPath))
        return ExitCode::failure;

    const ScoresFile::Outcome outcome = ScoresFile::write(projectPath, outputPath, filters.asOf);
    if (!outcome.written) {
        printError(outcome.error);
        return ExitCode::failure;
    }
    // The models' own warnings: a cohort without a fit has empty cells.
    for (const QString &warning : outcome.warnings)
        printError(warning);
    return ExitCode::success;
}
