// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotfeed.h"

#include "sqliteconnection.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

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

// Keeps the elements whose `keep` is true, in order.
template<typename T>
void compact(std::vector<T> &column, const std::vector<char> &keep)
{
    size_t out = 0;
    for (size_t i = 0; i < column.size(); ++i) {
        if (keep[i])
            column[out++] = column[i];
    }
    column.resize(out);
}

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
    m_customerCell = int(fields.indexOf(QLatin1String("customer_id")));
    for (const QString &field : fieldsRead(table))
        m_cells.push_back(int(fields.indexOf(field)));
    m_added.customers.segmentNames = m_before.segmentNames;
}

void SnapshotFeed::add(const RowBatch &batch, const RowBatch::Row &row, qint64 rowId)
{
    if (m_abandoned)
        return;
    const RowCells cells(batch, row, m_cells);
    std::int32_t &latest = m_added.latestDay;
    switch (m_table) {
    case CanonicalTable::Customers: {
        CustomerColumns &customers = m_added.customers;
        const std::int32_t signup = cells.day(0);
        if (signup < 0)
            return; // as the table reader: a customer without a signup day is not analysed
        const std::int32_t churn = cells.day(1);
        customers.rowIds.push_back(rowId);
        customers.signupDay.push_back(signup);
        customers.churnDay.push_back(churn);
        customers.atRiskDay.push_back(cells.day(2));
        customers.monthlyRevenue.push_back(float(cells.number(3, double(missingFloat))));
        customers.social.push_back(std::int8_t(cells.flag(4) == 1));
        customers.firstSocialDay.push_back(cells.day(5));
        customers.npsScore.push_back(std::int8_t(cells.integer(6, -1)));
        latest = std::max({latest, signup, churn});
        const Cell *segment = cells.at(7);
        if (!segment || segment->type != Cell::Type::Text) {
            customers.segment.push_back(-1);
            return;
        }
        const QString name = QString::fromUtf8(cells.text(*segment), segment->size);
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
        const std::int32_t day = cells.day(0);
        if (day < 0)
            return;
        const Cell *channel = cells.at(1);
        contacts.customer.push_back(-1); // resolved in finish()
        contacts.day.push_back(day);
        contacts.channel.push_back(channel ? channelCode(cells.text(*channel), channel->size)
                                           : std::int8_t(-1));
        contacts.resolved.push_back(cells.flag(2));
        contacts.processChange.push_back(cells.flag(3));
        contacts.handleMinutes.push_back(float(cells.number(4, double(missingFloat))));
        contacts.cost.push_back(float(cells.number(5, double(missingFloat))));
        break;
    }
    case CanonicalTable::Orders: {
        OrderColumns &orders = m_added.orders;
        const std::int32_t day = cells.day(0);
        if (day < 0)
            return;
        orders.customer.push_back(-1);
        orders.day.push_back(day);
        orders.amount.push_back(cells.number(1, 0.0));
        orders.crossSell.push_back(std::int8_t(cells.flag(2) == 1));
        break;
    }
    case CanonicalTable::Mentions: {
        MentionColumns &mentions = m_added.mentions;
        const std::int32_t day = cells.day(0);
        if (day < 0)
            return;
        const Cell *sentiment = cells.at(1);
        mentions.customer.push_back(-1);
        mentions.day.push_back(day);
        mentions.sentiment.push_back(
            sentiment ? sentimentCode(cells.text(*sentiment), sentiment->size) : std::int8_t(1));
        mentions.reach.push_back(cells.integer(2, 0));
        break;
    }
    case CanonicalTable::Improvements:
        return;
    }
    // An event: its customer, looked up once all rows are in. Exports list
    // a customer's events together, so the last key usually matches.
    const Cell *first = batch.cells.data() + row.firstCell;
    const Cell *key = m_customerCell >= 0 ? first + m_customerCell : nullptr;
    if (!key || key->type != Cell::Type::Text) {
        m_slots.push_back(-1);
        return;
    }
    const std::string_view text(batch.textAt(key->offset), size_t(key->size));
    if (m_lastSlot < 0 || text != m_lastKey) {
        m_lastKey.assign(text);
        const auto [found, inserted]
            = m_slotOf.try_emplace(m_lastKey, std::int32_t(m_slotKeys.size()));
        if (inserted)
            m_slotKeys.push_back(m_lastKey);
        m_lastSlot = found->second;
    }
    m_slots.push_back(m_lastSlot);
}

// The customers' indexes in the columns are their ranks by id among those
// with a signup day (ProjectData's rule): one pass over the customers finds
// the ones the new rows name. Rows naming no analysed customer are dropped
// and counted (contacts, orders) or kept anonymous (mentions), as the table
// reader does.
void SnapshotFeed::resolveCustomers(SqliteConnection &connection)
{
    std::vector<std::int32_t> indexOfSlot(m_slotKeys.size(), -2);
    SqliteStatement customers
        = connection.prepare("SELECT customer_id, signup_date FROM customers ORDER BY id");
    std::int32_t index = 0;
    std::string key;
    while (customers.step()) {
        if (parseIsoDay(customers.utf8(1), customers.textSize(1)) < 0)
            continue;
        key.assign(customers.utf8(0), size_t(customers.textSize(0)));
        const auto found = m_slotOf.find(key);
        if (found != m_slotOf.end())
            indexOfSlot[size_t(found->second)] = index;
        ++index;
    }
    auto lookup = [&](size_t row) {
        const std::int32_t slot = m_slots[row];
        return slot < 0 ? std::int32_t(-1) : indexOfSlot[size_t(slot)];
    };
    std::int32_t &latest = m_added.latestDay;
    if (m_table == CanonicalTable::Mentions) {
        MentionColumns &mentions = m_added.mentions;
        for (size_t row = 0; row < m_slots.size(); ++row) {
            mentions.customer[row] = std::max<std::int32_t>(-1, lookup(row));
            latest = std::max(latest, mentions.day[row]);
        }
        return;
    }
    std::vector<char> keep(m_slots.size(), 1);
    bool dropped = false;
    auto resolve = [&](std::vector<std::int32_t> &customer, const std::vector<std::int32_t> &day) {
        for (size_t row = 0; row < m_slots.size(); ++row) {
            customer[row] = lookup(row);
            if (customer[row] < 0) {
                keep[row] = 0;
                dropped = true;
                ++m_added.unknownCustomerRows;
            } else {
                latest = std::max(latest, day[row]);
            }
        }
    };
    if (m_table == CanonicalTable::Contacts) {
        ContactColumns &c = m_added.contacts;
        resolve(c.customer, c.day);
        if (dropped) {
            compact(c.customer, keep);
            compact(c.day, keep);
            compact(c.channel, keep);
            compact(c.resolved, keep);
            compact(c.processChange, keep);
            compact(c.handleMinutes, keep);
            compact(c.cost, keep);
        }
    } else if (m_table == CanonicalTable::Orders) {
        OrderColumns &o = m_added.orders;
        resolve(o.customer, o.day);
        if (dropped) {
            compact(o.customer, keep);
            compact(o.day, keep);
            compact(o.amount, keep);
            compact(o.crossSell, keep);
        }
    }
}

void SnapshotFeed::finish(SqliteConnection &connection)
{
    if (m_abandoned)
        return;
    if (!m_slots.empty())
        resolveCustomers(connection);
    ColumnSnapshot::append(connection, m_before, m_added);
}
