// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoresfile.h"

#include "analysis.h"
#include "commontext.h"
#include "customerscores.h"
#include "exportfile.h"
#include "metricengine.h"
#include "projectdata.h"
#include "scoresexport.h"
#include "sqliteconnection.h"
#include "xlsxreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace ScoresFile {

namespace {

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

Outcome write(const QString &projectPath, const QString &outputPath, const QDate &asOf,
              const CsvDialect &dialect)
{
    Outcome outcome;
    const QString nativeOutput = QDir::toNativeSeparators(outputPath);
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        outcome.error = QCoreApplication::translate("ScoresFile", "%1 must end in .csv or .xlsx.")
                            .arg(nativeOutput);
        return outcome;
    }
    MetricFilters filters;
    filters.method = EstimationMethod::Naive;
    filters.asOf = asOf;
    std::unique_ptr<ProjectData> data;
    QHash<qint64, QString> keys;
    try {
        data = ProjectData::load(projectPath, {});
        keys = customerKeys(projectPath);
    } catch (const SqliteError &error) {
        outcome.error = CommonText::cannotReadProject(projectPath, error.message());
        return outcome;
    }
    const Analysis analysis(*data, filters);
    const CustomerScores scores = CustomerValue::score(analysis);
    const std::vector<qint64> &rowIds = data->customers.rowIds;
    const ScoresExport::CustomerIdOf customerId
        = [&](const CustomerScore &score) { return keys.value(rowIds[score.customer]); };

    QString error;
    if (suffix == QLatin1String("csv")) {
        outcome.written = ExportFile::write(
            outputPath, ScoresExport::toCsv(scores, customerId, dialect), &error);
    } else {
        outcome.written = XlsxReport::write(ScoresExport::xlsxSpec(scores, customerId), outputPath,
                                            XlsxReport::defaultHelperPath(), &error);
    }
    if (!outcome.written) {
        outcome.error = error.startsWith(nativeOutput)
            ? error
            : CommonText::cannotWriteFile(outputPath, error);
        return outcome;
    }
    for (std::size_t cohort = 0; cohort < scores.models.size(); ++cohort) {
        const CohortModels &models = scores.models[cohort];
        for (const FittedModel *model : {&models.sbg, &models.bgnbd, &models.gammaGamma}) {
            if (!model->warning.isEmpty())
                outcome.warnings << CustomerValue::cohortWarning(int(cohort), model->warning);
        }
    }
    return outcome;
}

} // namespace ScoresFile
