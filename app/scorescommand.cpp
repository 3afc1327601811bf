// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"
#include "command.h"
#include "customerscores.h"
#include "exportfile.h"
#include "projectdata.h"
#include "scoresexport.h"
#include "sqliteconnection.h"
#include "xlsxreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {

struct ScoresCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresCommand)
};

// customers.id -> customers.customer_id, on a read-only connection of this
// thread. Throws SqliteError.
QHash<qint64, QString> customerKeys(const QString &projectPath)
{
    SqliteConnection connection;
    connection.openOrThrow(projectPath, SqliteConnection::Access::ReadOnly);
    SqliteStatement statement = connection.prepare("SELECT id, customer_id FROM customers");
    QHash<qint64, QString> keys;
    while (statement.step())
        keys.insert(statement.integer(0), statement.text(1));
    return keys;
}

} // namespace

int runScoresCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ScoresCommand::tr(
        "Writes one row per customer with the fitted models' forecasts: P(alive), expected "
        "orders over the horizon, expected spend per order, discounted expected residual "
        "lifetime and lifetime value, for a retention campaign."));
    parser.addHelpOption();
    const QCommandLineOption projectOption(
        {QStringLiteral("p"), QStringLiteral("project")},
        ScoresCommand::tr("The project file to read (.socialroi)."), ScoresCommand::tr("PROJECT"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        ScoresCommand::tr("The file to write: .csv or .xlsx (required)."),
        ScoresCommand::tr("FILE"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        ScoresCommand::tr("Score as of DATE (YYYY-MM-DD) instead of the project's as-of date."),
        ScoresCommand::tr("DATE"));
    parser.addOptions({projectOption, outputOption, asOfOption});
    if (const std::optional<int> exitCode = parseArguments(parser, arguments))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(ScoresCommand::tr("Unexpected argument: %1")
                       .arg(parser.positionalArguments().constFirst()));
        return ExitCode::usage;
    }
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
    MetricFilters filters;
    // Cohorts as the project flags them: the scores describe customers, they
    // estimate no effect.
    filters.method = EstimationMethod::Naive;
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
    if (QFileInfo::exists(outputPath)
        && QFileInfo(outputPath).canonicalFilePath()
            == QFileInfo(projectPath).canonicalFilePath()) {
        printError(ScoresCommand::tr("-o %1 is the project itself; choose another output file.")
                       .arg(QDir::toNativeSeparators(outputPath)));
        return ExitCode::usage;
    }
    if (!checkProjectOpens(projectPath))
        return ExitCode::failure;

    std::unique_ptr<ProjectData> data;
    QHash<qint64, QString> keys;
    try {
        data = ProjectData::load(projectPath, {});
        keys = customerKeys(projectPath);
    } catch (const SqliteError &error) {
        printError(ScoresCommand::tr("%1: the project could not be read (%2).")
                       .arg(QDir::toNativeSeparators(projectPath), error.message()));
        return ExitCode::failure;
    }
    const Analysis analysis(*data, filters);
    const CustomerScores scores = CustomerValue::score(analysis);
    const std::vector<qint64> &rowIds = data->customers.rowIds;
    const ScoresExport::CustomerIdOf customerId
        = [&](const CustomerScore &score) { return keys.value(rowIds[score.customer]); };

    QString error;
    bool written = false;
    if (suffix == QLatin1String("csv")) {
        written = ExportFile::write(outputPath, ScoresExport::toCsv(scores, customerId), &error);
    } else {
        written = XlsxReport::write(ScoresExport::xlsxSpec(scores, customerId), outputPath,
                                    XlsxReport::defaultHelperPath(), &error);
    }
    if (!written) {
        printError(error.startsWith(QDir::toNativeSeparators(outputPath))
                       ? error
                       : ScoresCommand::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(outputPath), error));
        return ExitCode::failure;
    }
    // The models' own warnings: a cohort without a fit has empty cells.
    for (std::size_t cohort = 0; cohort < scores.models.size(); ++cohort) {
        const CohortModels &models = scores.models[cohort];
        for (const FittedModel *model : {&models.sbg, &models.bgnbd, &models.gammaGamma}) {
            if (!model->warning.isEmpty())
                printError((cohort == 0 ? ScoresCommand::tr("Social: %1")
                                        : ScoresCommand::tr("Control: %1"))
                               .arg(model->warning));
        }
    }
    return ExitCode::success;
}
