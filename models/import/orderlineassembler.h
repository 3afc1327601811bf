// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowbatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

// Order lines into orders (DerivationOptions::orderLines): the valid lines of
// a file that share an order_id become one order, written when the whole
// file is read. The order's line is its first line's; its date the earliest;
// its amount the sum of its lines; cross_sell true if any line's is; product
// the distinct products listed; an extra attribute is kept when every line
// agrees on it (the country of an invoice, not the stock code of a line).
//
// Cancellation lines (a negative amount, or an order_id starting with the
// confirmed prefix, "C536379") are grouped by their own order_id and then
// netted against their order (the id without the prefix) when the file has
// it for the same customer: its amount becomes net and returned_amount says
// what was taken back. Otherwise they are stored as an order of their own
// with a negative amount, which the metrics count as revenue taken back, not
// as a purchase.
//
// A line naming another customer than its order's first line is rejected.
//
// Memory: one entry per order (its key, customer, date, products and first
// line), about 200 bytes plus its texts.
//
// Thread rules: one thread.
class OrderLineAssembler
{
    Q_DECLARE_TR_FUNCTIONS(OrderLineAssembler)

public:
    struct Layout
    {
        QStringList fields; // the validator's stored fields (cells per line, in order)
        int keyColumn = 0; // 1-based file column of order_id, for rejections
        QString keyHeader;
        int customerColumn = 0;
        QString customerHeader;
        QString cancellationPrefix; // empty: only negative amounts mark cancellations
    };

    struct Counts
    {
        qint64 lines = 0; // valid lines taken into orders
        qint64 orders = 0; // orders made (of purchase lines)
        qint64 cancellationLines = 0; // lines of cancellations (netted or stored on their own)
        qint64 cancellationsNetted = 0; // cancellations netted against their order
        qint64 negativeOrders = 0; // cancellations without their order, stored on their own
        qint64 otherCustomer = 0; // lines rejected: their order is another customer's
    };

    explicit OrderLineAssembler(Layout layout);

    // Takes the batch's valid lines (marking them Row::mergedIntoOrder) and
    // turns a line of another customer's order into a rejection of the batch.
    void add(RowBatch &batch);

    // After the last line: settles the cancellations. Then next() hands out
    // the orders batch by batch.
    void finish();
    // Fills `batch` (cleared first) with the next orders, their cells in
    // fields() order; false when none are left.
    bool next(RowBatch &batch);

    // The cells of the orders next() makes: the layout's fields, then
    // returned_amount.
    QStringList fields() const;
    Counts counts() const { return m_counts; }

private:
    struct Order
    {
        qint64 line = 0;
        QByteArray key;
        QByteArray customer;
        QByteArray date; // ISO
        double amount = 0;
        double returned = 0; // what cancellation lines took back (positive)
        int crossSell = -1; // -1: no line said
        std::vector<QByteArray> products;
        bool productsCut = false;
        bool impliedCustomer = false;
        std::int32_t customerIndex = -1; // RowBatch::Row::customerIndex
        bool cancellation = false;
        bool absorbed = false; // a cancellation netted against its order: not written
        std::vector<std::pair<int, QByteArray>> extras; // name index, value; kept while all agree
        QStringList raw; // the first line as read, for a rejection of the order as a whole
    };

    QByteArray text(const RowBatch &batch, const RowBatch::Row &row, int cell) const;
    bool isCancellation(const QByteArray &key, double amount) const;
    void merge(Order &order, const RowBatch &batch, const RowBatch::Row &row, int rowIndex,
               bool first);
    void rejectLine(RowBatch &batch, RowBatch::Row &row, const Order &order);

    Layout m_layout;
    int m_key = -1, m_customer = -1, m_date = -1, m_amount = -1, m_crossSell = -1, m_product = -1;
    std::vector<Order> m_orders;
    QHash<QByteArray, int> m_purchases; // order_id -> index into m_orders
    QHash<QByteArray, int> m_cancellations;
    size_t m_nextOrder = 0;
    Counts m_counts;
};
