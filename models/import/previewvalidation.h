// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "headermatcher.h"
#include "importpreview.h"
#include "valueparsers.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What the import would make of the preview's cells under a mapping: every
// mapped cell is read as the importer reads it (the value parsers with the
// field's type, the column's decimal separator and day/month order decided
// from the preview's sample), and a cell it would reject carries the reason.
//
// An estimate, and said so in the wizard: the importer decides the formats
// from the whole file, and also rejects duplicate keys, which a preview
// cannot see; unknown customers are seen when the caller looked the
// preview's customer ids up in the project. Pure computation, thread-safe.
class PreviewValidation
{
    Q_DECLARE_TR_FUNCTIONS(PreviewValidation)

public:
    // What a cell's text looks like, whatever its column is mapped to.
    enum class ValueKind { Empty, Text, Number, Date, Boolean };

    struct Column
    {
        QString header;
        const FieldSpec *field = nullptr; // nullptr: kept as an extra attribute
        ValueParsers::DecimalSeparator decimalSeparator = ValueParsers::DecimalSeparator::Point;
        // Date fields: what the sample says, and the order the cells are read
        // with (empty while the user has not answered an ambiguous column:
        // a cell is then fine when either order reads it).
        ValueParsers::DateOrderDetector::Verdict dateVerdict
            = ValueParsers::DateOrderDetector::Verdict::NoDates;
        std::optional<ValueParsers::DateOrder> dateOrder;
        bool needsDateOrder = false; // only the user can tell this column's order
        QString ambiguousExample; // a value like 05/06/2024 from the preview
        QString dayFirstExample; // Conflicting columns: one value of each order
        QString monthFirstExample;
        ValueKind kind = ValueKind::Empty; // the most common kind of its non-empty cells
        int problems = 0; // cells of the preview the import would reject
    };

    struct Problem
    {
        qint64 line = 0; // file line (CSV) or sheet row (XLSX)
        int column = 0; // 0-based
        QString reason; // translated, with the value
    };

    PreviewValidation() = default;

    // `dateOrder` is the user's answer for ambiguous date columns; like the
    // importer's, it then applies to every date column of the file.
    // `projectCustomers`, when given, holds the preview's customer ids that
    // the project has (as CustomerKeyHash::normalise gives them): a row of
    // contacts, orders or mentions naming another is rejected, as the import
    // will reject it.
    static PreviewValidation check(const ImportPreview &preview, const FieldMapping &mapping,
                                   std::optional<ValueParsers::DateOrder> dateOrder,
                                   const QSet<QString> *projectCustomers = nullptr);
    // The distinct customer ids of the preview's rows in the column mapped to
    // customer_id, normalised; empty for the customers table.
    static QStringList customerIds(const ImportPreview &preview, const FieldMapping &mapping);

    int rowCount() const { return m_rowCount; }
    int columnCount() const { return int(m_columns.size()); }
    const std::vector<Column> &columns() const { return m_columns; }
    const Column *column(int column) const;

    QString problem(int row, int column) const; // empty when the cell is fine
    ValueKind kind(int row, int column) const;
    // A problem of the row as a whole (more values than the file has
    // columns); empty when none.
    QString rowProblem(int row) const;

    // The first problem of each rejected row, in file order.
    const std::vector<Problem> &rowProblems() const { return m_rowProblems; }
    int rowsWithProblems() const { return int(m_rowProblems.size()); }

    // Whether the import needs the user's day/month answer, and the order the
    // file's other date columns already show (a sensible default answer).
    bool needsDateOrder() const;
    std::optional<ValueParsers::DateOrder> orderShownByOtherColumns() const;

    static QString kindName(ValueKind kind);

private:
    QString checkCell(const Column &column, const QString &text) const;
    static ValueKind kindOf(const QString &text);

    int m_rowCount = 0;
    bool m_workbook = false;
    bool m_date1904 = false;
    std::vector<Column> m_columns;
    std::vector<QString> m_problems; // row-major, m_rowCount x columnCount()
    std::vector<ValueKind> m_kinds;
    std::vector<QString> m_rowLevelProblems; // one per row
    std::vector<Problem> m_rowProblems;
};
