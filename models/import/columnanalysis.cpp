// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnanalysis.h"

namespace {

using ValueParsers::DateOrder;
using ValueParsers::DateOrderDetector;
using ValueParsers::DecimalSeparator;
using ValueParsers::NumberFormatDetector;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// "YYYY-MM-DD", optionally followed by a time: the form of ISO files and of
// XLSX date cells, which needs no decision (most values of large files).
bool looksIso(const QString &text)
{
    if (text.size() < 10
        || (text.size() > 10 && text[10] != QLatin1Char('T') && text[10] != QLatin1Char(' '))) {
        return false;
    }
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(text[i]))
            return false;
    }
    return text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-');
}

bool isPlainInteger(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// A number written as digits, one '.' or ',' and digits, optionally after a
// minus sign: the separator is the decimal one unless exactly three digits
// follow it (then "1,234" could be a thousands separator, which only the
// detector can weigh). Returns '.' or ',' for such a value, else 0.
char16_t plainDecimalSeparator(const QString &text)
{
    qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    qsizetype digitsBefore = 0;
    while (i < text.size() && isAsciiDigit(text[i])) {
        ++i;
        ++digitsBefore;
    }
    if (digitsBefore == 0 || i == text.size())
        return 0;
    const char16_t separator = text[i].unicode();
    if (separator != u'.' && separator != u',')
        return 0;
    const qsizetype digitsAfter = text.size() - i - 1;
    if (digitsAfter == 0 || digitsAfter == 3)
        return 0;
    for (++i; i < text.size(); ++i) {
        if (!isAsciiDigit(text[i]))
            return 0;
    }
    return separator;
}

bool isNumberType(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Number || type == FieldType::Money;
}

QString orderName(DateOrder order)
{
    return order == DateOrder::DayFirst ? ColumnAnalysis::tr("day/month/year")
                                        : ColumnAnalysis::tr("month/day/year");
}

} // namespace

ColumnAnalysis::ColumnAnalysis(const TableSpec &table, const FieldMapping &mapping,
                               const QStringList &headers)
{
    for (const FieldSpec &field : table.fields) {
        const int index = mapping.columnOf(QString(field.name));
        if (index < 0)
            continue;
        Column column;
        column.decision.column = index;
        column.decision.header = headers.value(index);
        column.decision.field = &field;
        column.isDate = field.type == FieldType::Date;
        column.isNumber = isNumberType(field.type);
        m_columns.push_back(std::move(column));
    }
}

void ColumnAnalysis::add(const SourceRecord &record)
{
    for (Column &column : m_columns) {
        if (column.decision.column >= record.fields.size())
            continue;
        const QString &text = record.fields[column.decision.column];
        if (text.isEmpty())
            continue;
        if (column.isDate)
            addDate(column, text, record.line);
        else if (column.isNumber)
            addNumber(column, text, record.line);
    }
}

void ColumnAnalysis::addDate(Column &column, const QString &text, qint64 line)
{
    if (looksIso(text))
        return; // year first: never ambiguous
    const qint64 ambiguousBefore = column.dates.ambiguousValues();
    const qint64 dayFirstBefore = column.dates.dayFirstEvidence();
    const qint64 monthFirstBefore = column.dates.monthFirstEvidence();
    column.dates.add(text);
    if (column.dates.ambiguousValues() > ambiguousBefore && column.ambiguousExample.isEmpty()) {
        column.ambiguousExample = text.trimmed();
        column.ambiguousLine = line;
    }
    if (column.dates.dayFirstEvidence() > dayFirstBefore && column.dayFirstLine == 0)
        column.dayFirstLine = line;
    if (column.dates.monthFirstEvidence() > monthFirstBefore && column.monthFirstLine == 0)
        column.monthFirstLine = line;
}

void ColumnAnalysis::addNumber(Column &column, const QString &text, qint64 line)
{
    if (isPlainInteger(text))
        return; // no separator: no evidence
    if (const char16_t separator = plainDecimalSeparator(text)) {
        if (separator == u'.' && column.quickPoint++ == 0)
            column.quickPointExample = text;
        else if (separator == u',' && column.quickComma++ == 0)
            column.quickCommaExample = text;
        return;
    }
    const qint64 ambiguousBefore = column.numbers.ambiguousValues();
    column.numbers.add(text);
    if (column.numbers.ambiguousValues() > ambiguousBefore && column.ambiguousExample.isEmpty()) {
        column.ambiguousExample = text.trimmed();
        column.ambiguousLine = line;
    }
}

// NumberFormatDetector's verdict and choice, over its evidence and ours.
NumberFormatDetector::Verdict ColumnAnalysis::numberVerdict(const Column &column)
{
    const qint64 point = column.numbers.pointEvidence() + column.quickPoint;
    const qint64 comma = column.numbers.commaEvidence() + column.quickComma;
    if (point > 0 && comma > 0)
        return NumberFormatDetector::Verdict::Conflicting;
    if (point > 0)
        return NumberFormatDetector::Verdict::DecimalPoint;
    if (comma > 0)
        return NumberFormatDetector::Verdict::DecimalComma;
    return column.numbers.ambiguousValues() > 0 ? NumberFormatDetector::Verdict::Ambiguous
                                                : NumberFormatDetector::Verdict::NoEvidence;
}

DecimalSeparator ColumnAnalysis::numberSeparator(const Column &column, DecimalSeparator fallback)
{
    const qint64 point = column.numbers.pointEvidence() + column.quickPoint;
    const qint64 comma = column.numbers.commaEvidence() + column.quickComma;
    if (point == comma)
        return fallback;
    return point > comma ? DecimalSeparator::Point : DecimalSeparator::Comma;
}

ColumnAnalysis::Outcome
ColumnAnalysis::decide(std::optional<DateOrder> dateOrder,
                       std::optional<DecimalSeparator> decimalSeparator) const
{
    Outcome outcome;
    outcome.ok = true;

    // The file's own habit, for number columns whose values do not tell
    // ("1,234" alone): the separator most other columns use.
    qint64 pointColumns = 0;
    qint64 commaColumns = 0;
    for (const Column &column : m_columns) {
        if (!column.isNumber)
            continue;
        const auto verdict = numberVerdict(column);
        if (verdict == NumberFormatDetector::Verdict::DecimalPoint)
            ++pointColumns;
        else if (verdict == NumberFormatDetector::Verdict::DecimalComma)
            ++commaColumns;
    }
    const DecimalSeparator fileSeparator
        = commaColumns > pointColumns ? DecimalSeparator::Comma : DecimalSeparator::Point;

    bool dateOrdersAgree = true;
    bool separatorsAgree = true;
    std::optional<DateOrder> sharedOrder;
    std::optional<DecimalSeparator> sharedSeparator;

    for (const Column &column : m_columns) {
        ColumnDecision decision = column.decision;
        const QString name
            = QStringLiteral("\"%1\" (%2)").arg(decision.header, QString(decision.field->name));
        if (column.isDate) {
            const auto verdict = column.dates.verdict();
            const bool needsAnswer = verdict == DateOrderDetector::Verdict::Ambiguous
                || verdict == DateOrderDetector::Verdict::Conflicting;
            if (dateOrder) {
                decision.dateOrder = *dateOrder;
                const bool contradicted = (verdict == DateOrderDetector::Verdict::DayFirst
                                           && *dateOrder == DateOrder::MonthFirst)
                    || (verdict == DateOrderDetector::Verdict::MonthFirst
                        && *dateOrder == DateOrder::DayFirst)
                    || verdict == DateOrderDetector::Verdict::Conflicting;
                if (contradicted) {
                    const bool dayFirstGiven = *dateOrder == DateOrder::DayFirst;
                    outcome.warnings.append(
                        tr("Column %1: dates such as \"%2\" only make sense as %3, but %4 was "
                           "chosen; rows with such dates are rejected.")
                            .arg(name,
                                 dayFirstGiven ? column.dates.monthFirstExample()
                                               : column.dates.dayFirstExample(),
                                 orderName(dayFirstGiven ? DateOrder::MonthFirst
                                                         : DateOrder::DayFirst),
                                 orderName(*dateOrder)));
                }
            } else if (verdict == DateOrderDetector::Verdict::Ambiguous
                       && column.dates.suggestedOrder()) {
                decision.dateOrder = *column.dates.suggestedOrder();
                outcome.warnings.append(
                    tr("Column %1: every date is written like \"%2\", with dots; read as "
                       "day.month.year, the usual order of dates written with dots.")
                        .arg(name, column.ambiguousExample));
            } else if (verdict == DateOrderDetector::Verdict::Ambiguous) {
                outcome.ok = false;
                outcome.errorColumn = decision.column + 1;
                outcome.errorLine = column.ambiguousLine;
                outcome.errorMessage
                    = tr("Column %1: every date in it fits both day/month/year and "
                         "month/day/year, e.g. \"%2\" on this line, so the file alone cannot "
                         "tell which is meant. Choose the date order for this import (on the "
                         "command line: --date-order dmy or --date-order mdy).")
                          .arg(name, column.ambiguousExample);
                return outcome;
            } else if (verdict == DateOrderDetector::Verdict::Conflicting) {
                outcome.ok = false;
                outcome.errorColumn = decision.column + 1;
                outcome.errorLine = std::max(column.dayFirstLine, column.monthFirstLine);
                outcome.errorMessage
                    = tr("Column %1 mixes date orders: \"%2\" (line %3) only makes sense as "
                         "day/month/year, \"%4\" (line %5) only as month/day/year. Choose the "
                         "date order for this import (on the command line: --date-order dmy "
                         "or --date-order mdy); dates that do not fit it are rejected.")
                          .arg(name, column.dates.dayFirstExample())
                          .arg(column.dayFirstLine)
                          .arg(column.dates.monthFirstExample())
                          .arg(column.monthFirstLine);
                return outcome;
            } else if (const auto order = column.dates.order()) {
                decision.dateOrder = *order;
            }
            const bool decided = needsAnswer || verdict == DateOrderDetector::Verdict::DayFirst
                || verdict == DateOrderDetector::Verdict::MonthFirst || dateOrder;
            if (decided) {
                if (sharedOrder && *sharedOrder != decision.dateOrder)
                    dateOrdersAgree = false;
                sharedOrder = decision.dateOrder;
            }
        } else if (column.isNumber) {
            const auto verdict = numberVerdict(column);
            if (decimalSeparator) {
                decision.decimalSeparator = *decimalSeparator;
            } else if (verdict == NumberFormatDetector::Verdict::Ambiguous) {
                decision.decimalSeparator = fileSeparator;
                outcome.warnings.append(
                    tr("Column %1: values such as \"%2\" could be read with a decimal point or "
                       "a decimal comma; read with a decimal %3, as the file's other numbers. "
                       "A mapping profile with \"decimal_separator\" can say otherwise.")
                        .arg(name, column.ambiguousExample,
                             fileSeparator == DecimalSeparator::Comma ? tr("comma") : tr("point")));
            } else {
                decision.decimalSeparator = numberSeparator(column, fileSeparator);
                if (verdict == NumberFormatDetector::Verdict::Conflicting) {
                    outcome.warnings.append(
                        tr("Column %1 mixes decimal separators (\"%2\" and \"%3\"); read with "
                           "a decimal %4, as most of its values; the others are rejected.")
                            .arg(name, column.numbers.pointExample(), column.numbers.commaExample(),
                                 decision.decimalSeparator == DecimalSeparator::Comma
                                     ? tr("comma")
                                     : tr("point")));
                }
            }
            const bool decided
                = decimalSeparator || verdict != NumberFormatDetector::Verdict::NoEvidence;
            if (decided) {
                if (sharedSeparator && *sharedSeparator != decision.decimalSeparator)
                    separatorsAgree = false;
                sharedSeparator = decision.decimalSeparator;
            }
        }
        outcome.decisions.push_back(decision);
    }
    if (dateOrdersAgree)
        outcome.dateOrder = sharedOrder;
    if (separatorsAgree)
        outcome.decimalSeparator = sharedSeparator;
    return outcome;
}
