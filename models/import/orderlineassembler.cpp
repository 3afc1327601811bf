// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderlineassembler.h"

#include <algorithm>

namespace {

using Cell = RowBatch::Cell;

// Products listed per order before "…"; and the list's longest text.
constexpr size_t listedProducts = 100;
constexpr qsizetype productTextBytes = 2000;
const QByteArray productSeparator("; ");

double numberOf(const Cell &cell)
{
    if (cell.type == Cell::Type::Real)
        return cell.real;
    if (cell.type == Cell::Type::Integer)
        return double(cell.integer);
    return 0.0;
}

} // namespace

OrderLineAssembler::OrderLineAssembler(Layout layout)
    : m_layout(std::move(layout))
{
    const QStringList &fields = m_layout.fields;
    m_key = int(fields.indexOf(QLatin1String("order_id")));
    m_customer = int(fields.indexOf(QLatin1String("customer_id")));
    m_date = int(fields.indexOf(QLatin1String("order_date")));
    m_amount = int(fields.indexOf(QLatin1String("amount")));
    m_crossSell = int(fields.indexOf(QLatin1String("cross_sell")));
    m_product = int(fields.indexOf(QLatin1String("product")));
}

QStringList OrderLineAssembler::fields() const
{
    return m_layout.fields + QStringList {QStringLiteral("returned_amount")};
}

QByteArray OrderLineAssembler::text(const RowBatch &batch, const RowBatch::Row &row, int cell) const
{
    if (cell < 0)
        return QByteArray();
    const Cell &value = batch.cells[size_t(row.firstCell + cell)];
    if (value.type != Cell::Type::Text)
        return QByteArray();
    return QByteArray(batch.textAt(value.offset), value.size);
}

bool OrderLineAssembler::isCancellation(const QByteArray &key, double amount) const
{
    if (amount < 0)
        return true;
    const QString &prefix = m_layout.cancellationPrefix;
    return !prefix.isEmpty() && key.startsWith(prefix.toUtf8());
}

void OrderLineAssembler::merge(Order &order, const RowBatch &batch, const RowBatch::Row &row,
                               int rowIndex, bool first)
{
    const QByteArray date = text(batch, row, m_date);
    if (first) {
        order.line = row.line;
        order.date = date;
        order.raw = batch.rawFields[size_t(rowIndex)];
        for (int i = 0; i < row.extraCount; ++i) {
            const RowBatch::Extra &extra = batch.extras[size_t(row.firstExtra + i)];
            order.extras.emplace_back(extra.name,
                                      QByteArray(batch.textAt(extra.offset), extra.size));
        }
    } else {
        if (!date.isEmpty() && (order.date.isEmpty() || date < order.date))
            order.date = date;
        // An extra attribute stays only while every line has the same value.
        order.extras.erase(
            std::remove_if(order.extras.begin(), order.extras.end(),
                           [&](const std::pair<int, QByteArray> &kept) {
                               for (int i = 0; i < row.extraCount; ++i) {
                                   const RowBatch::Extra &extra
                                       = batch.extras[size_t(row.firstExtra + i)];
                                   if (extra.name == kept.first)
                                       return QByteArrayView(batch.textAt(extra.offset), extra.size)
                                           != QByteArrayView(kept.second);
                               }
                               return true;
                           }),
            order.extras.end());
    }
    order.amount += numberOf(batch.cells[size_t(row.firstCell + m_amount)]);
    if (m_crossSell >= 0) {
        const Cell &flag = batch.cells[size_t(row.firstCell + m_crossSell)];
        if (flag.type == Cell::Type::Integer)
            order.crossSell = std::max(order.crossSell, int(flag.integer));
    }
    const QByteArray product = text(batch, row, m_product);
    if (!product.isEmpty()
        && std::find(order.products.begin(), order.products.end(), product)
            == order.products.end()) {
        if (order.products.size() < listedProducts)
            order.products.push_back(product);
        else
            order.productsCut = true;
    }
    order.impliedCustomer = order.impliedCustomer || row.impliedCustomer;
    order.customerIndex = row.customerIndex; // the same customer on every line
}

void OrderLineAssembler::rejectLine(RowBatch &batch, RowBatch::Row &row, const Order &order)
{
    row.rejection = int(batch.rejections.size());
    batch.rejections.push_back(
        {m_layout.customerColumn, m_layout.customerHeader,
         tr("column \"%1\" (customer_id): the order \"%2\" of this line is customer \"%3\"'s "
            "(line %4); a line cannot belong to another customer's order")
             .arg(m_layout.customerHeader, QString::fromUtf8(order.key),
                  QString::fromUtf8(order.customer))
             .arg(order.line),
         false,
         tr("column \"%1\" (customer_id): lines of an order of another customer")
             .arg(m_layout.customerHeader),
         tr("Check the order keys: an order number used by two customers needs its own key "
            "for each.")});
    ++m_counts.otherCustomer;
}

void OrderLineAssembler::add(RowBatch &batch)
{
    for (int index = 0; index < int(batch.rows.size()); ++index) {
        RowBatch::Row &row = batch.rows[size_t(index)];
        if (row.rejection >= 0)
            continue;
        const QByteArray key = text(batch, row, m_key);
        const QByteArray customer = text(batch, row, m_customer);
        const double amount = numberOf(batch.cells[size_t(row.firstCell + m_amount)]);
        if (key.isEmpty()) {
            row.rejection = int(batch.rejections.size());
            batch.rejections.push_back(
                {m_layout.keyColumn, m_layout.keyHeader,
                 tr("column \"%1\" (order_id): empty, but order lines are grouped into orders by "
                    "this column")
                     .arg(m_layout.keyHeader),
                 false, QString(),
                 tr("Give every line its order's key, or choose another column for the order "
                    "key.")});
            continue;
        }
        const bool cancellation = isCancellation(key, amount);
        QHash<QByteArray, int> &index_ = cancellation ? m_cancellations : m_purchases;
        const auto found = index_.constFind(key);
        if (found == index_.cend()) {
            Order order;
            order.key = key;
            order.customer = customer;
            order.cancellation = cancellation;
            merge(order, batch, row, index, true);
            index_.insert(key, int(m_orders.size()));
            m_orders.push_back(std::move(order));
        } else {
            Order &order = m_orders[size_t(*found)];
            if (order.customer != customer) {
                rejectLine(batch, row, order);
                continue;
            }
            merge(order, batch, row, index, false);
        }
        row.mergedIntoOrder = true;
        ++m_counts.lines;
        if (cancellation)
            ++m_counts.cancellationLines;
    }
}

void OrderLineAssembler::finish()
{
    const QByteArray prefix = m_layout.cancellationPrefix.toUtf8();
    for (auto it = m_cancellations.cbegin(); it != m_cancellations.cend(); ++it) {
        Order &cancellation = m_orders[size_t(it.value())];
        QByteArray target = cancellation.key;
        if (!prefix.isEmpty() && target.startsWith(prefix))
            target = target.mid(prefix.size());
        const auto purchase = m_purchases.constFind(target);
        if (purchase != m_purchases.cend()
            && m_orders[size_t(*purchase)].customer == cancellation.customer) {
            Order &order = m_orders[size_t(*purchase)];
            order.amount += cancellation.amount;
            order.returned -= cancellation.amount;
            cancellation.absorbed = true;
            ++m_counts.cancellationsNetted;
        }
    }
    for (const Order &order : m_orders) {
        if (!order.cancellation)
            ++m_counts.orders;
        else if (!order.absorbed)
            ++m_counts.negativeOrders;
    }
    m_nextOrder = 0;
}

bool OrderLineAssembler::next(RowBatch &batch)
{
    batch.clear();
    const int fieldCount = int(m_layout.fields.size()) + 1;
    while (m_nextOrder < m_orders.size() && int(batch.rows.size()) < RowBatch::targetRows) {
        Order &order = m_orders[m_nextOrder++];
        if (order.absorbed)
            continue;
        const size_t rowIndex = batch.rows.size();
        RowBatch::Row row;
        row.line = order.line;
        row.firstCell = int(batch.cells.size());
        row.firstExtra = int(batch.extras.size());
        row.impliedCustomer = order.impliedCustomer;
        row.customerIndex = order.customerIndex;
        batch.cells.resize(batch.cells.size() + size_t(fieldCount));
        Cell *cells = batch.cells.data() + row.firstCell;
        const auto setText = [&](int cell, const QByteArray &value) {
            if (cell < 0 || value.isEmpty())
                return;
            cells[cell].type = Cell::Type::Text;
            cells[cell].offset = batch.text.size();
            cells[cell].size = int(value.size());
            batch.text.append(value);
        };
        setText(m_key, order.key);
        setText(m_customer, order.customer);
        setText(m_date, order.date);
        cells[m_amount].type = Cell::Type::Real;
        cells[m_amount].real = order.amount;
        if (m_crossSell >= 0 && order.crossSell >= 0) {
            cells[m_crossSell].type = Cell::Type::Integer;
            cells[m_crossSell].integer = order.crossSell;
        }
        if (m_product >= 0 && !order.products.empty()) {
            QByteArray list;
            for (const QByteArray &product : order.products) {
                if (!list.isEmpty())
                    list += productSeparator;
                list += product;
                if (list.size() > productTextBytes) {
                    order.productsCut = true;
                    break;
                }
            }
            if (order.productsCut)
                list = list.left(productTextBytes) + productSeparator + "…";
            setText(m_product, list);
        }
        if (order.returned != 0) {
            cells[fieldCount - 1].type = Cell::Type::Real;
            cells[fieldCount - 1].real = order.returned;
        }
        for (const auto &[name, value] : order.extras) {
            RowBatch::Extra extra;
            extra.name = name;
            extra.offset = batch.text.size();
            extra.size = int(value.size());
            batch.text.append(value);
            batch.extras.push_back(extra);
            ++row.extraCount;
        }
        if (batch.rawFields.size() <= rowIndex)
            batch.rawFields.resize(rowIndex + 1);
        batch.rawFields[rowIndex] = order.raw;
        batch.rows.push_back(row);
        // What is written is no longer needed.
        order.products = {};
        order.extras = {};
        order.raw = {};
    }
    return !batch.rows.empty();
}
