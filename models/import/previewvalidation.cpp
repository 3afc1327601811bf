// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewvalidation.h"

#include "canonicalschema.h"
#include "customerkeyhash.h"
#include "enumerationmatcher.h"

#include <array>

using ValueParsers::DateOrder;
using ValueParsers::DateOrderDetector;
using ValueParsers::ValueProblem;

namespace {

// The importer's own words (RowValidator) for the same problems, looked up in
// its translation context so a translator translates them once.
QString requiredButEmpty()
{
    return QCoreApplication::translate("RowValidator", "empty, but the field is required");
}

QString outOfRange(const FieldSpec &field)
{
    return QCoreApplication::translate("RowValidator", "not between %1 and %2")
        .arg(field.minimum)
        .arg(field.maximum);
}

QString notAllowed(const FieldSpec &field)
{
    QStringList allowed;
    for (const QLatin1String &word : field.allowedValues)
        allowed.append(word);
    return QCoreApplication::translate("RowValidator", "not a %1 (use one of %2)")
        .arg(QString(field.name), allowed.join(QLatin1String(", ")));
}

QString tooManyValues(qsizetype values, qsizetype columns)
{
    // The same sentence as the import's own (RowValidator), with its plural forms.
    return QCoreApplication::translate("RowValidator",
                                       "the row has %1 values but the file has %n column(s); "
                                       "check the delimiter and the quotes on this line",
                                       nullptr, int(columns))
        .arg(values);
}

bool isAmbiguousDate(const QString &text)
{
    DateOrderDetector detector;
    detector.add(text);
    return detector.verdict() == DateOrderDetector::Verdict::Ambiguous;
}

} // namespace

const PreviewValidation::Column *PreviewValidation::column(int column) const
{
    return column >= 0 && column < columnCount() ? &m_columns[size_t(column)] : nullptr;
}

QString PreviewValidation::problem(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= columnCount())
        return QString();
    return m_problems[size_t(row) * m_columns.size() + size_t(column)];
}

QString PreviewValidation::rowProblem(int row) const
{
    return row >= 0 && row < m_rowCount ? m_rowLevelProblems[size_t(row)] : QString();
}

PreviewValidation::ValueKind PreviewValidation::kind(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= columnCount())
        return ValueKind::Empty;
    return m_kinds[size_t(row) * m_columns.size() + size_t(column)];
}

bool PreviewValidation::needsDateOrder() const
{
    for (const Column &column : m_columns) {
        if (column.needsDateOrder)
            return true;
    }
    return false;
}

std::optional<DateOrder> PreviewValidation::orderShownByOtherColumns() const
{
    std::optional<DateOrder> shown;
    for (const Column &column : m_columns) {
        if (!column.field || column.field->type != FieldType::Date || column.needsDateOrder)
            continue;
        std::optional<DateOrder> order;
        if (column.dateVerdict == DateOrderDetector::Verdict::DayFirst)
            order = DateOrder::DayFirst;
        else if (column.dateVerdict == DateOrderDetector::Verdict::MonthFirst)
            order = DateOrder::MonthFirst;
        if (!order)
            continue;
        if (shown && *shown != *order)
            return std::nullopt; // the columns disagree: no default
        shown = order;
    }
    return shown;
}

QString PreviewValidation::kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Empty:
        return tr("empty");
    case ValueKind::Text:
        return fieldTypeName(FieldType::Text);
    case ValueKind::Number:
        return fieldTypeName(FieldType::Number);
    case ValueKind::Date:
        return fieldTypeName(FieldType::Date);
    case ValueKind::Boolean:
        return fieldTypeName(FieldType::Boolean);
    }
    return QString();
}

PreviewValidation::ValueKind PreviewValidation::kindOf(const QString &text)
{
    using ValueParsers::DecimalSeparator;
    if (ValueParsers::isBlank(text))
        return ValueKind::Empty;
    if (ValueParsers::parseNumber(text, DecimalSeparator::Point)
        || ValueParsers::parseNumber(text, DecimalSeparator::Comma)) {
        return ValueKind::Number;
    }
    ValueParsers::DateParseOptions options;
    if (ValueParsers::parseDate(text, options))
        return ValueKind::Date;
    options.order = DateOrder::MonthFirst;
    if (ValueParsers::parseDate(text, options))
        return ValueKind::Date;
    if (ValueParsers::parseBoolean(text))
        return ValueKind::Boolean;
    return ValueKind::Text;
}

QString PreviewValidation::checkCell(const Column &column, const QString &text) const
{
    if (!column.field)
        return QString();
    const FieldSpec &field = *column.field;
    if (ValueParsers::isBlank(text))
        return field.required ? requiredButEmpty() : QString();

    ValueProblem why = ValueProblem::None;
    switch (field.type) {
    case FieldType::Text:
        return QString();
    case FieldType::Date: {
        ValueParsers::DateParseOptions options;
        options.allowExcelSerial = m_workbook;
        options.excel1904 = m_date1904;
        options.order = column.dateOrder.value_or(DateOrder::DayFirst);
        if (ValueParsers::parseDate(text, options, &why))
            return QString();
        if (!column.dateOrder) {
            // Not decided yet: fine when the other order reads it.
            options.order = DateOrder::MonthFirst;
            ValueProblem other = ValueProblem::None;
            if (ValueParsers::parseDate(text, options, &other))
                return QString();
        }
        return ValueParsers::problemText(why);
    }
    case FieldType::Boolean:
        return ValueParsers::parseBoolean(text, &why) ? QString() : ValueParsers::problemText(why);
    case FieldType::Integer: {
        const auto number = ValueParsers::parseInteger(text, column.decimalSeparator, &why);
        if (!number)
            return ValueParsers::problemText(why);
        if (field.minimum != field.maximum && (*number < field.minimum || *number > field.maximum))
            return outOfRange(field);
        return QString();
    }
    case FieldType::Number:
    case FieldType::Money:
        return ValueParsers::parseNumber(text, column.decimalSeparator, &why)
            ? QString()
            : ValueParsers::problemText(why);
    case FieldType::Enumeration:
        return EnumerationMatcher::match(field, text).isEmpty() ? notAllowed(field) : QString();
    }
    return QString();
}

QStringList PreviewValidation::customerIds(const ImportPreview &preview,
                                           const FieldMapping &mapping)
{
    QStringList ids;
    const int column = mapping.columnOf(u"customer_id");
    if (column < 0 || mapping.table == QLatin1String("customers"))
        return ids;
    QSet<QString> seen;
    for (const SourceRecord &record : preview.rows) {
        const QString id = CustomerKeyHash::normalise(record.fields.value(column).trimmed());
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

PreviewValidation PreviewValidation::check(const ImportPreview &preview,
                                           const FieldMapping &mapping,
                                           std::optional<DateOrder> dateOrder,
                                           const QSet<QString> *projectCustomers)
{
    PreviewValidation validation;
    validation.m_workbook = preview.workbook;
    validation.m_date1904 = preview.date1904;
    validation.m_rowCount = int(preview.rows.size());
    const TableSpec *table = tableSpecByName(mapping.table);

    const int columnCount = int(preview.headers.size());
    validation.m_columns.resize(size_t(columnCount));
    // The column whose customers must be in the project (not for customers).
    const int customerColumn = projectCustomers && mapping.table != QLatin1String("customers")
        ? mapping.columnOf(u"customer_id")
        : -1;
    for (int index = 0; index < columnCount; ++index) {
        Column &column = validation.m_columns[size_t(index)];
        column.header = preview.headers.at(index);
        const QString fieldName = mapping.fieldOf(index);
        column.field = table && !fieldName.isEmpty() ? table->field(fieldName) : nullptr;
        if (size_t(index) < preview.numbers.size()) {
            // As the importer: a decided separator, or the profile's forced one.
            column.decimalSeparator = mapping.decimalSeparator.value_or(
                preview.numbers[size_t(index)].decimalSeparator());
        }
        if (!column.field || column.field->type != FieldType::Date
            || size_t(index) >= preview.dates.size()) {
            continue;
        }
        const DateOrderDetector &dates = preview.dates[size_t(index)];
        column.dateVerdict = dates.verdict();
        column.needsDateOrder = (column.dateVerdict == DateOrderDetector::Verdict::Ambiguous
                                 && !dates.suggestedOrder())
            || column.dateVerdict == DateOrderDetector::Verdict::Conflicting;
        column.dayFirstExample = dates.dayFirstExample();
        column.monthFirstExample = dates.monthFirstExample();
        const std::optional<DateOrder> answer = dateOrder ? dateOrder : mapping.dateOrder;
        if (answer)
            column.dateOrder = answer;
        else if (dates.order())
            column.dateOrder = dates.order();
        else if (column.dateVerdict == DateOrderDetector::Verdict::Ambiguous)
            column.dateOrder = dates.suggestedOrder();
    }

    const size_t cells = size_t(validation.m_rowCount) * size_t(columnCount);
    validation.m_problems.resize(cells);
    validation.m_kinds.resize(cells, ValueKind::Empty);
    validation.m_rowLevelProblems.resize(size_t(validation.m_rowCount));
    std::vector<std::array<int, 5>> kindCounts(size_t(columnCount), {0, 0, 0, 0, 0});
    for (int row = 0; row < validation.m_rowCount; ++row) {
        const SourceRecord &record = preview.rows[size_t(row)];
        std::optional<Problem> first;
        for (qsizetype extra = columnCount; extra < record.fields.size(); ++extra) {
            if (!ValueParsers::isBlank(record.fields.at(extra))) {
                first = Problem {record.line, columnCount - 1,
                                 tooManyValues(record.fields.size(), columnCount)};
                validation.m_rowLevelProblems[size_t(row)] = first->reason;
                break;
            }
        }
        for (int index = 0; index < columnCount; ++index) {
            const QString text = record.fields.value(index);
            const size_t cell = size_t(row) * size_t(columnCount) + size_t(index);
            Column &column = validation.m_columns[size_t(index)];
            const ValueKind kind = kindOf(text);
            validation.m_kinds[cell] = kind;
            ++kindCounts[size_t(index)][size_t(kind)];
            QString problem = validation.checkCell(column, text);
            if (problem.isEmpty() && index == customerColumn && !ValueParsers::isBlank(text)
                && !projectCustomers->contains(CustomerKeyHash::normalise(text.trimmed()))) {
                problem = tr("unknown customer: the project has no customer with this id");
            }
            if (problem.isEmpty())
                continue;
            validation.m_problems[cell] = problem;
            ++column.problems;
            if (!first) {
                const QString reason = ValueParsers::isBlank(text)
                    ? problem
                    : tr("%1: \"%2\"", "reason: the rejected value").arg(problem, text.trimmed());
                first = Problem {record.line, index, reason};
            }
        }
        if (first)
            validation.m_rowProblems.push_back(*first);
    }

    for (int index = 0; index < columnCount; ++index) {
        Column &column = validation.m_columns[size_t(index)];
        const auto &counts = kindCounts[size_t(index)];
        int best = 0;
        for (int kind = 1; kind < int(counts.size()); ++kind) {
            if (counts[size_t(kind)] > best) {
                best = counts[size_t(kind)];
                column.kind = ValueKind(kind);
            }
        }
        if (column.needsDateOrder && column.ambiguousExample.isEmpty()) {
            for (const SourceRecord &record : preview.rows) {
                const QString text = record.fields.value(index).trimmed();
                if (isAmbiguousDate(text)) {
                    column.ambiguousExample = text;
                    break;
                }
            }
        }
    }
    return validation;
}
