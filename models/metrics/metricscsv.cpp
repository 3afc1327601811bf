// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscsv.h"

#include "csvcell.h"

namespace MetricsCsv {

const QStringList &columns()
{
    static const QStringList names = {
        QStringLiteral("metric"),       QStringLiteral("name"),
        QStringLiteral("unit"),         QStringLiteral("social"),
        QStringLiteral("control"),      QStringLiteral("difference"),
        QStringLiteral("lift"),         QStringLiteral("ci_low"),
        QStringLiteral("ci_high"),      QStringLiteral("p_value"),
        QStringLiteral("statistic"),    QStringLiteral("ratio"),
        QStringLiteral("ratio_ci_low"), QStringLiteral("ratio_ci_high"),
        QStringLiteral("n_social"),     QStringLiteral("n_control"),
        QStringLiteral("warning"),
    };
    return names;
}

QByteArray toCsv(const MetricsResult &result)
{
    QString csv = CsvCell::record(columns());
    for (const MetricGroup &group : result.groups) {
        for (const MetricRow &row : group.rows) {
            csv += CsvCell::record({
                CsvCell::text(group.id),
                CsvCell::text(row.name),
                CsvCell::text(row.unit),
                CsvCell::number(row.social),
                CsvCell::number(row.control),
                CsvCell::number(row.difference),
                CsvCell::number(row.lift),
                CsvCell::number(row.ciLow),
                CsvCell::number(row.ciHigh),
                CsvCell::number(row.pValue),
                CsvCell::number(row.statistic),
                CsvCell::number(row.ratio),
                CsvCell::number(row.ratioCiLow),
                CsvCell::number(row.ratioCiHigh),
                CsvCell::integer(row.nSocial),
                CsvCell::integer(row.nControl),
                CsvCell::text(row.warning),
            });
        }
    }
    return csv.toUtf8();
}

} // namespace MetricsCsv
