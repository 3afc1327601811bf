// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"
#include "customerscores.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

// The scored customer list (`socialroi scores`, "Export customer scores…"):
// one row per analysed customer with customer_id, cohort, p_alive,
// expected_transactions_next_horizon, expected_spend_per_transaction,
// derl_months and clv. Missing values are empty cells. Pure functions, any
// thread.
namespace ScoresExport {

// The column names, in file order.
const QStringList &columns();

// `customerId` gives a score's customer key (customers.customer_id).
using CustomerIdOf = std::function<QString(const CustomerScore &)>;

// RFC 4180 CSV in the dialect, every text cell neutralised against formula
// injection, CRLF line ends.
QByteArray toCsv(const CustomerScores &scores, const CustomerIdOf &customerId,
                 const CsvDialect &dialect = CsvDialect::programs());

// The workbook description for socialroi-xlsx-writer (app/xlsxwriter/README.md):
// one sheet "Scores" with a header row, frozen, and real numbers.
QJsonObject xlsxSpec(const CustomerScores &scores, const CustomerIdOf &customerId);

} // namespace ScoresExport
