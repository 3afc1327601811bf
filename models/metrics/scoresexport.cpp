// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoresexport.h"

#include "analysis.h"
#include "csvdialect.h"

#include <QJsonArray>

#include <array>
#include <cmath>

namespace ScoresExport {

namespace {

QString cohortName(int cohort)
{
    return cohort == Analysis::social ? QStringLiteral("social") : QStringLiteral("control");
}

std::array<std::optional<double>, 5> values(const CustomerScore &score)
{
    return {score.pAlive, score.expectedTransactions, score.expectedSpendPerTransaction,
            score.derlMonths, score.clv};
}

} // namespace

const QStringList &columns()
{
    static const QStringList names = {
        QStringLiteral("customer_id"),
        QStringLiteral("cohort"),
        QStringLiteral("p_alive"),
        QStringLiteral("expected_transactions_next_horizon"),
        QStringLiteral("expected_spend_per_transaction"),
        QStringLiteral("derl_months"),
        QStringLiteral("clv"),
    };
    return names;
}

QByteArray toCsv(const CustomerScores &scores, const CustomerIdOf &customerId,
                 const CsvDialect &dialect)
{
    QString text;
    QStringList header;
    for (const QString &name : columns())
        header << dialect.text(name);
    text += dialect.record(header);
    for (const CustomerScore &score : scores.scores) {
        QStringList cells {dialect.text(customerId(score)), dialect.text(cohortName(score.cohort))};
        for (const std::optional<double> &value : values(score))
            cells << dialect.number(value);
        text += dialect.record(cells);
    }
    return dialect.file(text);
}

QJsonObject xlsxSpec(const CustomerScores &scores, const CustomerIdOf &customerId)
{
    QJsonArray cells;
    auto cell = [&cells](int row, int column, const char *type, const QJsonValue &value,
                         const char *format) {
        QJsonObject object {{QStringLiteral("row"), row},
                            {QStringLiteral("col"), column},
                            {QStringLiteral("type"), QLatin1String(type)}};
        if (!value.isNull())
            object.insert(QStringLiteral("value"), value);
        if (format)
            object.insert(QStringLiteral("format"), QLatin1String(format));
        cells.append(object);
    };
    for (int column = 0; column < columns().size(); ++column)
        cell(0, column, "string", columns()[column], "header");
    int row = 1;
    for (const CustomerScore &score : scores.scores) {
        // The helper writes strings as strings: no formula is ever made from a key.
        cell(row, 0, "string", customerId(score), nullptr);
        cell(row, 1, "string", cohortName(score.cohort), nullptr);
        int column = 2;
        for (const std::optional<double> &value : values(score)) {
            if (value && std::isfinite(*value))
                cell(row, column, "number", *value, "number");
            else
                cell(row, column, "blank", QJsonValue(), nullptr);
            ++column;
        }
        ++row;
    }
    const QJsonObject formats {
        {QStringLiteral("header"), QJsonObject {{QStringLiteral("bold"), true}}},
        {QStringLiteral("number"),
         QJsonObject {{QStringLiteral("num_format"), QStringLiteral("0.0000")}}},
    };
    const QJsonObject sheet {
        {QStringLiteral("name"), QStringLiteral("Scores")},
        {QStringLiteral("columns"),
         QJsonArray {QJsonObject {{QStringLiteral("first"), 0},
                                  {QStringLiteral("last"), int(columns().size()) - 1},
                                  {QStringLiteral("width"), 22}}}},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("freeze"),
         QJsonObject {{QStringLiteral("row"), 1}, {QStringLiteral("col"), 0}}},
    };
    return {{QStringLiteral("formats"), formats}, {QStringLiteral("sheets"), QJsonArray {sheet}}};
}

} // namespace ScoresExport
