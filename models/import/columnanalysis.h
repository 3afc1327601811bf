// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "headermatcher.h"
#include "recordsource.h"
#include "valueparsers.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// How one mapped column is read: the day/month order of a date column and
// the decimal separator of a number column, decided from the whole column.
struct ColumnDecision
{
    int column = 0; // 0-based file column
    QString header;
    const FieldSpec *field = nullptr;
    ValueParsers::DateOrder dateOrder = ValueParsers::DateOrder::DayFirst;
    ValueParsers::DecimalSeparator decimalSeparator = ValueParsers::DecimalSeparator::Point;
};

// The first pass of an import: feeds every value of the mapped date and
// number columns to a DateOrderDetector or NumberFormatDetector, then decides
// how each column is read. A date column whose every d/m value fits both
// orders (05/06/2024), or that mixes both, cannot be decided from the data:
// decide() then fails unless the caller gives the order (the wizard asks; the
// command line has --date-order).
//
// Thread rules: one thread at a time.
class ColumnAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ColumnAnalysis)

public:
    ColumnAnalysis(const TableSpec &table, const FieldMapping &mapping, const QStringList &headers);

    void add(const SourceRecord &record);

    struct Outcome
    {
        bool ok = false;
        std::vector<ColumnDecision> decisions; // one per mapped field, in the table's field order
        QStringList warnings; // translated
        // When !ok: the column and an example line, and the sentence.
        int errorColumn = 0; // 1-based
        qint64 errorLine = 0;
        QString errorMessage;
        // The order or separator every decided column shares, for the
        // mapping saved in the import log; empty when none or mixed.
        std::optional<ValueParsers::DateOrder> dateOrder;
        std::optional<ValueParsers::DecimalSeparator> decimalSeparator;
    };

    // `dateOrder` answers ambiguous date columns (and overrides what the data
    // suggests); `decimalSeparator` forces the separator of every number column.
    Outcome decide(std::optional<ValueParsers::DateOrder> dateOrder,
                   std::optional<ValueParsers::DecimalSeparator> decimalSeparator) const;

private:
    struct Column
    {
        ColumnDecision decision;
        bool isDate = false;
        bool isNumber = false;
        ValueParsers::DateOrderDetector dates;
        ValueParsers::NumberFormatDetector numbers;
        QString ambiguousExample;
        qint64 ambiguousLine = 0;
        qint64 dayFirstLine = 0;
        qint64 monthFirstLine = 0;
        // Plain decimals ("29.85", "7,5") counted without the detector, which
        // would find the same evidence more slowly; see numberVerdict().
        qint64 quickPoint = 0;
        qint64 quickComma = 0;
        QString quickPointExample;
        QString quickCommaExample;
    };

    static ValueParsers::NumberFormatDetector::Verdict numberVerdict(const Column &column);
    static ValueParsers::DecimalSeparator numberSeparator(const Column &column,
                                                          ValueParsers::DecimalSeparator fallback);

    void addDate(Column &column, const QString &text, qint64 line);
    void addNumber(Column &column, const QString &text, qint64 line);

    std::vector<Column> m_columns;
};
