// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscsv.h"

#include "csvdialect.h"

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

QByteArray toCsv(const MetricsResult &result, const CsvDialect &dialect)
{
    QString csv = dialect.record(columns());
    for (const MetricGroup &group : result.groups) {
        for (const MetricRow &row : group.rows) {
            csv += dialect.record({
                dialect.text(group.id),
                dialect.text(row.name),
                dialect.text(row.unit),
                dialect.number(row.social),
                dialect.number(row.control),
                dialect.number(row.difference),
                dialect.number(row.lift),
                dialect.number(row.ciLow),
                dialect.number(row.ciHigh),
                dialect.number(row.pValue),
                dialect.number(row.statistic),
                dialect.number(row.ratio),
                dialect.number(row.ratioCiLow),
                dialect.number(row.ratioCiHigh),
                dialect.integer(row.nSocial),
                dialect.integer(row.nControl),
                dialect.text(row.warning),
            });
        }
    }
    return dialect.file(csv);
}

} // namespace MetricsCsv
