// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowderivation.h"

#include "rowvalidator.h"

#include <cmath>

namespace {

using Cell = RowBatch::Cell;

int decisionOf(const std::vector<ColumnDecision> &decisions, QLatin1String field)
{
    for (size_t i = 0; i < decisions.size(); ++i) {
        if (decisions[i].field->name == field)
            return int(i);
    }
    return -1;
}

void setDate(RowBatch &batch, Cell *cell, QDate date)
{
    cell->type = Cell::Type::Text;
    cell->offset = appendUtf8(batch.text, date.toString(Qt::ISODate));
    cell->size = int(batch.text.size() - cell->offset);
}

double numberOf(const Cell &cell)
{
    return cell.type == Cell::Type::Integer ? double(cell.integer) : cell.real;
}

// The earliest day a stored date may be (RowValidator reads no year before).
constexpr int firstYear = 1000;

} // namespace

std::optional<RowDerivation> RowDerivation::plan(const TableSpec &table,
                                                 const std::vector<ColumnDecision> &decisions,
                                                 const DerivationOptions &options, QString *error)
{
    RowDerivation derivation;
    derivation.m_unit = options.tenureUnitOrDefault();
    for (size_t i = 0; i < decisions.size(); ++i) {
        if (decisions[i].field->isStored()) {
            derivation.m_outputs.push_back({Kind::Copy, int(i)});
            derivation.m_outputFields.append(decisions[i].field->name);
        }
    }
    const auto mapped = [&](QLatin1String field) { return decisionOf(decisions, field) >= 0; };
    const auto derive = [&](Kind kind, QLatin1String field) {
        derivation.m_outputs.push_back({kind, -1});
        derivation.m_outputFields.append(field);
        derivation.m_derives = true;
    };

    if (table.table == CanonicalTable::Customers) {
        if (!mapped(QLatin1String("signup_date")))
            derivation.m_tenure = decisionOf(decisions, QLatin1String("tenure"));
        if (!mapped(QLatin1String("churn_date")))
            derivation.m_churned = decisionOf(decisions, QLatin1String("churned"));
        const int needsSnapshot
            = derivation.m_tenure >= 0 ? derivation.m_tenure : derivation.m_churned;
        if (needsSnapshot >= 0) {
            if (!options.snapshotDate || !options.snapshotDate->isValid()) {
                const ColumnDecision &decision = decisions[size_t(needsSnapshot)];
                *error = tr("The column \"%1\" (%2) is counted as of the day the extract was "
                            "taken: give that snapshot date (--snapshot YYYY-MM-DD on the "
                            "command line, \"A snapshot extract, taken on\" in the import wizard).")
                             .arg(decision.header, QString(decision.field->name));
                return std::nullopt;
            }
            derivation.m_snapshot = *options.snapshotDate;
        }
        if (derivation.m_tenure >= 0)
            derive(Kind::SignupFromTenure, QLatin1String("signup_date"));
        if (derivation.m_churned >= 0)
            derive(Kind::ChurnFromFlag, QLatin1String("churn_date"));
    } else if (table.table == CanonicalTable::Orders && !mapped(QLatin1String("amount"))) {
        derivation.m_quantity = decisionOf(decisions, QLatin1String("quantity"));
        derivation.m_unitPrice = decisionOf(decisions, QLatin1String("unit_price"));
        if (derivation.m_quantity >= 0 && derivation.m_unitPrice >= 0)
            derive(Kind::AmountFromLine, QLatin1String("amount"));
    }
    return derivation;
}

QStringList RowDerivation::describe(const FieldMapping &mapping, const QStringList &headers)
{
    const auto header = [&](QStringView field) { return headers.value(mapping.columnOf(field)); };
    const DerivationOptions &options = mapping.derivations;
    const DerivationOptions::UsedSources used
        = options.usedSources([&](QStringView field) { return mapping.columnOf(field) >= 0; });
    const QString snapshot
        = options.snapshotDate ? options.snapshotDate->toString(Qt::ISODate) : QString();
    QStringList sentences;
    if (used.tenure && options.snapshotDate) {
        sentences.append(options.tenureUnitOrDefault() == DerivationOptions::TenureUnit::Months
                             ? tr("signup_date is the snapshot date %1 minus \"%2\" in whole "
                                  "calendar months.")
                                   .arg(snapshot, header(u"tenure"))
                             : tr("signup_date is the snapshot date %1 minus \"%2\" in days.")
                                   .arg(snapshot, header(u"tenure")));
    }
    if (used.churnFlag && options.snapshotDate) {
        sentences.append(tr("churn_date is the snapshot date %1 where \"%2\" says the customer "
                            "left (they left during the last period before the snapshot), and "
                            "empty elsewhere.")
                             .arg(snapshot, header(u"churned")));
    }
    if (mapping.table == QLatin1String("orders") && used.orderLines) {
        sentences.append(
            tr("amount is \"%1\" × \"%2\".").arg(header(u"quantity"), header(u"unit_price")));
    }
    if (mapping.table == QLatin1String("orders") && options.groupsOrderLines()) {
        const QString prefix = options.prefixOrNone();
        sentences.append(
            prefix.isEmpty()
                ? tr("Lines with the same order_id are one order: amounts summed, cross-sell if "
                     "any line is, products listed. Lines with a negative amount are "
                     "cancellations, netted against their order.")
                : tr("Lines with the same order_id are one order: amounts summed, cross-sell if "
                     "any line is, products listed. Lines with a negative amount or an order_id "
                     "starting with \"%1\" are cancellations, netted against their order when "
                     "the file has it, else kept as negative orders.")
                      .arg(prefix));
    }
    if (mapping.table != QLatin1String("customers") && options.createsCustomers()) {
        sentences.append(tr("Customers the project does not have are created, marked implied, "
                            "signed up on their first event in this file."));
    }
    return sentences;
}

bool RowDerivation::signup(const std::vector<RowBatch::Cell> &input, RowBatch &batch, Cell *cell,
                           QString *problem) const
{
    const Cell &tenure = input[size_t(m_tenure)];
    if (tenure.type == Cell::Type::Null) {
        *problem = tr("empty, but signup_date is derived from it and is required");
        return false;
    }
    if (tenure.integer < 0) {
        *problem = tr("negative: a tenure counts back from the snapshot date");
        return false;
    }
    constexpr qint64 longestTenure = 1000LL * 366; // days, and more than enough months
    QDate signupDate;
    if (tenure.integer <= longestTenure) {
        signupDate = m_unit == DerivationOptions::TenureUnit::Months
            ? m_snapshot.addMonths(-int(tenure.integer))
            : m_snapshot.addDays(-tenure.integer);
    }
    if (!signupDate.isValid() || signupDate.year() < firstYear) {
        *problem = tr("too long: the signup date would fall more than a thousand years before "
                      "the snapshot date");
        return false;
    }
    setDate(batch, cell, signupDate);
    return true;
}

bool RowDerivation::derive(const std::vector<RowBatch::Cell> &input, RowBatch &batch,
                           int *problemDecision, QString *problem) const
{
    const size_t first = batch.cells.size();
    for (const Output &output : m_outputs) {
        Cell cell;
        switch (output.kind) {
        case Kind::Copy:
            cell = input[size_t(output.decision)];
            break;
        case Kind::SignupFromTenure:
            if (!signup(input, batch, &cell, problem)) {
                *problemDecision = m_tenure;
                batch.cells.resize(first);
                return false;
            }
            break;
        case Kind::ChurnFromFlag:
            if (input[size_t(m_churned)].type == Cell::Type::Integer
                && input[size_t(m_churned)].integer == 1)
                setDate(batch, &cell, m_snapshot);
            break;
        case Kind::AmountFromLine: {
            const Cell &quantity = input[size_t(m_quantity)];
            const Cell &price = input[size_t(m_unitPrice)];
            if (quantity.type == Cell::Type::Null || price.type == Cell::Type::Null) {
                *problemDecision = quantity.type == Cell::Type::Null ? m_quantity : m_unitPrice;
                *problem = tr("empty, but the order's amount is computed from it and is required");
                batch.cells.resize(first);
                return false;
            }
            cell.type = Cell::Type::Real;
            cell.real = numberOf(quantity) * numberOf(price);
            if (!std::isfinite(cell.real)) {
                *problemDecision = m_quantity;
                *problem = tr("quantity × unit price is too large");
                batch.cells.resize(first);
                return false;
            }
            break;
        }
        }
        batch.cells.push_back(cell);
    }
    return true;
}
