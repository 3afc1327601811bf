// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfeed.h"

#include "sqliteconnection.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using Cell = RowBatch::Cell;
constexpr float missingFloat = std::numeric_limits<float>::quiet_NaN();

// The fields each table's columns read, in the order of SnapshotFeed::m_cells.
QStringList fieldsRead(CanonicalTable table)
{
    switch (table) {
    case CanonicalTable::Customers:
        return {"signup_date",    "churn_date",        "at_risk_date", "monthly_revenue",
                "social_engaged", "first_social_date", "nps_score",    "segment"};
    case CanonicalTable::Contacts:
        return {"contact_date",          "channel",        "resolved",
                "led_to_process_change", "handle_minutes", "cost"};
    case CanonicalTable::Orders:
        return {"order_date", "amount", "cross_sell"};
    case CanonicalTable::Mentions:
        return {"mention_date", "sentiment", "reach"};
    case CanonicalTable::Improvements:
        break;
    }
    return {};
}

class RowCells
{
public:
    RowCells(const RowBatch &batch, const RowBatch::Row &row, const std::vector<int> &cells)
        : m_batch(batch)
        , m_first(batch.cells.data() + row.firstCell)
        , m_cells(cells)
    { }

    const Cell *at(int field) const
    {
        const int cell = m_cells[size_t(field)];
        if (cell < 0 || m_first[cell].type == Cell::Type::Null)
            return nullptr;
        return m_first + cell;
    }
    const char *text(const Cell &cell) const { return m_batch.textAt(cell.offset); }

    std::int32_t day(int field) const
    {
        const Cell *cell = at(field);
        return cell && cell->type == Cell::Type::Text ? parseIsoDay(text(*cell), cell->size) : -1;
    }
    // -1 when not recorded, as ProjectData's flag columns.
    std::int8_t flag(int field) const
    {
        const Cell *cell = at(field);
        if (!cell)
            return -1;
        return std::int8_t(cell->type == Cell::Type::Real ? cell->real != 0 : cell->integer != 0);
    }
    double number(int field, double missing) const
    {
        const Cell *cell = at(field);
        if (!cell)
            return missing;
        if (cell->type == Cell::Type::Real)
            return cell->real;
        if (cell->type == Cell::Type::Integer)
            return double(cell->integer);
        return missing;
    }
    qint64 integer(int field, qint64 missing) const
    {
        const Cell *cell = at(field);
        if (!cell)
            return missing;
        return cell->type == Cell::Type::Real ? qint64(cell->real) : cell->integer;
    }

private:
    const RowBatch &m_batch;
    const Cell *m_first;
    const std::vector<int> &m_cells;
};

} // namespace

std::unique_ptr<SnapshotFeed> SnapshotFeed::begin(SqliteConnection &connection,
                                                  const TableSpec &table, const QStringList &fields)
{
    std::optional<ColumnSnapshot::State> state = ColumnSnapshot::state(connection);
    if (!state)
        return nullptr;
    return std::unique_ptr<SnapshotFeed>(new SnapshotFeed(std::move(*state), table.table, fields));
}

SnapshotFeed::SnapshotFeed(ColumnSnapshot::State state, CanonicalTable table,
                           const QStringList &fields)
    : m_before(std::move(state))
    , m_table(table)
{
    for (const QString &field : fieldsRead(table))
        m_cells.push_back(int(fields.indexOf(field)));
    m_added.customers.segmentNames = m_before.segmentNames;
}

// What each table keeps in RowBatch::SnapshotValues:
//   customers  days: signup, churn, at risk, first social; numbers: monthly
//              revenue; codes: social (1 or 0), nps score (-1: none);
//   contacts   days: the contact's; numbers: handle minutes, cost; codes:
//              channel, resolved, led to a process change;
//   orders     days: the order's; numbers: amount; codes: cross-sell;
//   mentions   days: the mention's; codes: sentiment; integer: reach.
// The customers' segment, a name that gets its index in the order rows are
// added, is read when the row is added.
RowBatch::SnapshotValues SnapshotFeed::valuesOf(const RowBatch &batch,
                                                const RowBatch::Row &row) const
{
    const RowCells cells(batch, row, m_cells);
    RowBatch::SnapshotValues values;
    switch (m_table) {
    case CanonicalTable::Customers:
        values.days = {cells.day(0), cells.day(1), cells.day(2), cells.day(5)};
        values.numbers[0] = cells.number(3, double(missingFloat));
        values.codes[0] = std::int8_t(cells.flag(4) == 1);
        values.codes[1] = std::int8_t(cells.integer(6, -1));
        break;
    case CanonicalTable::Contacts: {
        const Cell *channel = cells.at(1);
        values.days[0] = cells.day(0);
        values.numbers
            = {cells.number(4, double(missingFloat)), cells.number(5, double(missingFloat))};
        values.codes[0]
            = channel ? channelCode(cells.text(*channel), channel->size) : std::int8_t(-1);
        values.codes[1] = cells.flag(2);
        values.codes[2] = cells.flag(3);
        break;
    }
    case CanonicalTable::Orders:
        values.days[0] = cells.day(0);
        values.numbers[0] = cells.number(1, 0.0);
        values.codes[0] = std::int8_t(cells.flag(2) == 1);
        break;
    case CanonicalTable::Mentions: {
        const Cell *sentiment = cells.at(1);
        values.days[0] = cells.day(0);
        values.codes[0]
            = sentiment ? sentimentCode(cells.text(*sentiment), sentiment->size) : std::int8_t(1);
        values.integer = cells.integer(2, 0);
        break;
    }
    case CanonicalTable::Improvements:
        break;
    }
    return values;
}

void SnapshotFeed::prepare(RowBatch &batch) const
{
    batch.snapshotValues.resize(batch.rows.size());
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        const RowBatch::Row &row = batch.rows[i];
        if (row.rejection < 0)
            batch.snapshotValues[i] = valuesOf(batch, row);
    }
}

void SnapshotFeed::add(const RowBatch &batch, const RowBatch::Row &row, qint64 rowId)
{
    if (m_abandoned)
        return;
    const auto index = std::size_t(&row - batch.rows.data());
    const RowBatch::SnapshotValues values
        = index < batch.snapshotValues.size() ? batch.snapshotValues[index] : valuesOf(batch, row);
    std::int32_t &latest = m_added.latestDay;
    switch (m_table) {
    case CanonicalTable::Customers: {
        CustomerColumns &customers = m_added.customers;
        const std::int32_t signup = values.days[0];
        if (signup < 0)
            return; // as the table reader: a customer without a signup day is not analysed
        const std::int32_t churn = values.days[1];
        customers.rowIds.push_back(rowId);
        customers.signupDay.push_back(signup);
        customers.churnDay.push_back(churn);
        customers.atRiskDay.push_back(values.days[2]);
        customers.monthlyRevenue.push_back(float(values.numbers[0]));
        customers.social.push_back(values.codes[0]);
        customers.firstSocialDay.push_back(values.days[3]);
        customers.npsScore.push_back(values.codes[1]);
        latest = std::max({latest, signup, churn});
        const Cell *segment = RowCells(batch, row, m_cells).at(7);
        if (!segment || segment->type != Cell::Type::Text) {
            customers.segment.push_back(-1);
            return;
        }
        const QString name = QString::fromUtf8(batch.textAt(segment->offset), segment->size);
        qsizetype index = customers.segmentNames.indexOf(name);
        if (index < 0) {
            index = customers.segmentNames.size();
            customers.segmentNames.append(name);
        }
        customers.segment.push_back(std::int32_t(index));
        return;
    }
    case CanonicalTable::Contacts: {
        ContactColumns &contacts = m_added.contacts;
        const std::int32_t day = values.days[0];
        if (day < 0 || !analysedCustomer(row))
            return;
        contacts.customer.push_back(row.customerIndex);
        contacts.day.push_back(day);
        latest = std::max(latest, day);
        contacts.channel.push_back(values.codes[0]);
        contacts.resolved.push_back(values.codes[1]);
        contacts.processChange.push_back(values.codes[2]);
        contacts.handleMinutes.push_back(float(values.numbers[0]));
        contacts.cost.push_back(float(values.numbers[1]));
        return;
    }
    case CanonicalTable::Orders: {
        OrderColumns &orders = m_added.orders;
        const std::int32_t day = values.days[0];
        if (day < 0 || !analysedCustomer(row))
            return;
        orders.customer.push_back(row.customerIndex);
        orders.day.push_back(day);
        latest = std::max(latest, day);
        orders.amount.push_back(values.numbers[0]);
        orders.crossSell.push_back(values.codes[0]);
        return;
    }
    case CanonicalTable::Mentions: {
        MentionColumns &mentions = m_added.mentions;
        const std::int32_t day = values.days[0];
        if (day < 0)
            return;
        mentions.customer.push_back(row.customerIndex); // -1: kept, not tied to a customer
        mentions.day.push_back(day);
        latest = std::max(latest, day);
        mentions.sentiment.push_back(values.codes[0]);
        mentions.reach.push_back(values.integer);
        return;
    }
    case CanonicalTable::Improvements:
        return;
    }
}

// Contacts and orders of no analysed customer (none the project has, or one
// without a signup day) are left out and counted, as the table reader does.
bool SnapshotFeed::analysedCustomer(const RowBatch::Row &row)
{
    if (row.customerIndex >= 0)
        return true;
    ++m_added.unknownCustomerRows;
    return false;
}

void SnapshotFeed::finish(SqliteConnection &connection)
{
    if (m_abandoned)
        return;
    ColumnSnapshot::append(connection, m_before, m_added);
}
