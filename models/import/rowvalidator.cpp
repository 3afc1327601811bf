// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowvalidator.h"

#include "customerkeyhash.h"
#include "enumerationmatcher.h"
#include "inputlimits.h"
#include "keyset.h"
#include "rowderivation.h"

#include <QDate>

#include <charconv>
#include <cstring>

namespace {

using ValueParsers::ValueProblem;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

int digitsAt(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (text[at + i].unicode() - '0');
    return value;
}

// Exactly "YYYY-MM-DD", the form of ISO files and of most large exports.
bool isIsoDateShape(QStringView text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(text[i]))
            return false;
    }
    return true;
}

// The common spellings of booleans, before the general parser.
std::optional<bool> quickBoolean(QStringView text)
{
    switch (text.size()) {
    case 1:
        if (text[0] == QLatin1Char('1'))
            return true;
        if (text[0] == QLatin1Char('0'))
            return false;
        break;
    case 2:
        if (text == QLatin1String("no") || text == QLatin1String("No"))
            return false;
        break;
    case 3:
        if (text == QLatin1String("yes") || text == QLatin1String("Yes"))
            return true;
        break;
    case 4:
        if (text == QLatin1String("true") || text == QLatin1String("True"))
            return true;
        break;
    case 5:
        if (text == QLatin1String("false") || text == QLatin1String("False"))
            return false;
        break;
    default:
        break;
    }
    return std::nullopt;
}

// Plain numbers as most exports write them: an optional minus, up to 15
// digits, the column's decimal separator and digits. Read exactly as
// ValueParsers would (std::from_chars on the same canonical text), without
// its search for currency symbols and digit groups.
std::optional<double> quickNumber(QStringView text, ValueParsers::DecimalSeparator decimal)
{
    const qsizetype size = text.size();
    if (size == 0 || size > 16)
        return std::nullopt;
    const char16_t separator = decimal == ValueParsers::DecimalSeparator::Point ? u'.' : u',';
    char buffer[16];
    qsizetype i = 0;
    if (text[0] == QLatin1Char('-'))
        buffer[i++] = '-';
    qsizetype digits = 0;
    bool seenSeparator = false;
    bool digitAfterSeparator = false;
    for (; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            buffer[i] = char(c);
            ++digits;
            digitAfterSeparator = seenSeparator;
        } else if (c == separator && !seenSeparator && digits > 0) {
            buffer[i] = '.';
            seenSeparator = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0 || (seenSeparator && !digitAfterSeparator))
        return std::nullopt;
    double value = 0;
    const auto result = std::from_chars(buffer, buffer + size, value);
    if (result.ec != std::errc() || result.ptr != buffer + size)
        return std::nullopt;
    return value;
}

std::optional<qint64> quickInteger(QStringView text)
{
    const qsizetype size = text.size();
    if (size == 0 || size > 18)
        return std::nullopt;
    qint64 value = 0;
    qsizetype i = text[0] == QLatin1Char('-') ? 1 : 0;
    if (i == size)
        return std::nullopt;
    for (qsizetype at = i; at < size; ++at) {
        const char16_t c = text[at].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return i == 1 ? -value : value;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

QStringView trimmedView(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return QStringView(text).sliced(begin, end - begin);
}

bool referencesCustomers(const TableSpec &table)
{
    return table.table != CanonicalTable::Customers && table.field(u"customer_id") != nullptr;
}

} // namespace

qint64 appendUtf8(QByteArray &bytes, QStringView text)
{
    const qint64 offset = bytes.size();
    const qsizetype size = text.size();
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i].unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        bytes.resize(offset + size);
        char *out = bytes.data() + offset;
        const char16_t *in = text.utf16();
        for (qsizetype i = 0; i < size; ++i)
            out[i] = char(in[i]);
    } else {
        bytes.append(text.toUtf8());
    }
    return offset;
}

RowValidator::RowValidator(const TableSpec &table, std::vector<ColumnDecision> decisions,
                           std::vector<std::optional<qint64>> blankDefaults,
                           std::vector<int> extraColumns, const QStringList &headers,
                           const Options &options)
    : m_table(table)
    , m_decisions(std::move(decisions))
    , m_blankDefaults(std::move(blankDefaults))
    , m_extraColumns(std::move(extraColumns))
    , m_headers(headers)
    , m_headerCount(int(headers.size()))
    , m_options(options)
{
    m_blankDefaults.resize(m_decisions.size());
    if (m_options.derivation && !m_options.derivation->derivesAnything())
        m_options.derivation = nullptr;
    for (size_t i = 0; i < m_decisions.size(); ++i) {
        if (m_decisions[i].field->name == QLatin1String("customer_id"))
            m_customerIdDecision = int(i);
    }
    if (referencesCustomers(table)) {
        for (size_t i = 0; i < m_decisions.size(); ++i) {
            if (m_decisions[i].field->name == QLatin1String("customer_id"))
                m_customerField = int(i);
        }
        m_customerCell = m_options.derivation
            ? int(m_options.derivation->outputFields().indexOf(QLatin1String("customer_id")))
            : m_customerField;
    }
}

int RowValidator::fieldCount() const
{
    return m_options.derivation ? int(m_options.derivation->outputFields().size())
                                : int(m_decisions.size());
}

QString RowValidator::reason(int index, const QString &problem, const QString &text) const
{
    const ColumnDecision &decision = m_decisions[size_t(index)];
    if (ValueParsers::isBlank(text))
        return tr("column \"%1\" (%2): %3")
            .arg(decision.header, QString(decision.field->name), problem);
    // The row's text is kept beside the reason; a long value is only named here.
    constexpr qsizetype quotedCharacters = 200;
    const QString quoted = text.size() <= quotedCharacters
        ? text
        : text.left(quotedCharacters) + QStringLiteral("…");
    return tr("column \"%1\" (%2): %3: \"%4\"")
        .arg(decision.header, QString(decision.field->name), problem, quoted);
}

QString RowValidator::reasonGroup(int index, const QString &problem) const
{
    const ColumnDecision &decision = m_decisions[size_t(index)];
    return tr("column \"%1\" (%2): %3")
        .arg(decision.header, QString(decision.field->name), problem);
}

QString RowValidator::fixHint(int index, const QString &text, const QString &problem) const
{
    const ColumnDecision &decision = m_decisions[size_t(index)];
    const FieldSpec &field = *decision.field;
    if (field.minimum != field.maximum
        && problem == tr("not between %1 and %2").arg(field.minimum).arg(field.maximum)) {
        return tr("This field takes whole numbers from %1 to %2: correct the values in the file.")
            .arg(field.minimum)
            .arg(field.maximum);
    }
    if (ValueParsers::isBlank(text)) {
        return tr("Fill in the value in the file, or choose another column for this field on the "
                  "mapping page.");
    }
    switch (decision.field->type) {
    case FieldType::Date:
        return tr("Check the order of day and month chosen for this column, or correct these "
                  "dates in the file.");
    case FieldType::Number:
    case FieldType::Money:
    case FieldType::Integer:
        return tr("Check the decimal separator chosen for this column, and remove units or words "
                  "from the values.");
    case FieldType::Boolean:
        return tr("Write yes or no (or true/false, 1/0) in this column.");
    case FieldType::Enumeration:
        return tr("Use one of the words listed, or keep the column as an extra attribute on the "
                  "mapping page.");
    case FieldType::Text:
        break;
    }
    return QString();
}

QString RowValidator::longValueReason(const SourceRecord::LongValue &value) const
{
    const QString header = m_headers.value(value.column - 1);
    for (const ColumnDecision &decision : m_decisions) {
        if (decision.column + 1 == value.column) {
            return tr("column \"%1\" (%2): the value is %3 characters long, more than the %4 a "
                      "cell may hold; only its first %5 characters are kept here")
                .arg(header, QString(decision.field->name))
                .arg(value.length)
                .arg(InputLimits::maxValueCharacters)
                .arg(InputLimits::keptValueCharacters);
        }
    }
    return tr("column \"%1\": the value is %2 characters long, more than the %3 a cell may "
              "hold; only its first %4 characters are kept here")
        .arg(header)
        .arg(value.length)
        .arg(InputLimits::maxValueCharacters)
        .arg(InputLimits::keptValueCharacters);
}

// A customer key as stored: e-mail addresses case-folded, then hashed when
// the project hashes its keys.
QString RowValidator::storedKey(QStringView trimmed) const
{
    const QString key = CustomerKeyHash::normalise(trimmed);
    return m_options.keyHash ? m_options.keyHash->hash(key) : key;
}

RowValidator::Outcome RowValidator::convert(int index, const QString &text, RowBatch &batch,
                                            RowBatch::Cell *cell, QString *problem) const
{
    using Cell = RowBatch::Cell;
    const ColumnDecision &decision = m_decisions[size_t(index)];
    const FieldSpec &field = *decision.field;
    const QStringView value = trimmedView(text);
    if (value.isEmpty()) {
        if (field.required) {
            *problem = tr("empty, but the field is required");
            return Outcome::Problem;
        }
        if (const auto fallback = m_blankDefaults[size_t(index)]) {
            cell->type = Cell::Type::Integer;
            cell->integer = *fallback;
        } else {
            cell->type = Cell::Type::Null;
        }
        return Outcome::Blank;
    }

    ValueProblem why = ValueProblem::None;
    switch (field.type) {
    case FieldType::Text:
        cell->type = Cell::Type::Text;
        // A customer key that is an e-mail address matches whatever its case,
        // in every table: "Ann@Example.com " and "ann@example.com".
        if (index == m_customerIdDecision
            && (value.contains(QLatin1Char('@')) || m_options.keyHash)) {
            cell->offset = appendUtf8(batch.text, storedKey(value));
            cell->size = int(batch.text.size() - cell->offset);
            return Outcome::Value;
        }
        cell->offset = appendUtf8(batch.text, value);
        cell->size = int(batch.text.size() - cell->offset);
        return Outcome::Value;
    case FieldType::Date: {
        if (isIsoDateShape(value)) {
            const int year = digitsAt(value, 0, 4);
            const int month = digitsAt(value, 5, 2);
            const int day = digitsAt(value, 8, 2);
            if (QDate::isValid(year, month, day) && year >= 1000) {
                cell->type = Cell::Type::Text;
                cell->offset = appendUtf8(batch.text, value);
                cell->size = 10;
                return Outcome::Value;
            }
        }
        ValueParsers::DateParseOptions options;
        options.order = decision.dateOrder;
        options.allowExcelSerial = m_options.excelSerials;
        options.excel1904 = m_options.excel1904;
        const auto date = ValueParsers::parseDate(value, options, &why);
        if (!date) {
            *problem = ValueParsers::problemText(why);
            return Outcome::Problem;
        }
        cell->type = Cell::Type::Text;
        cell->offset = appendUtf8(batch.text, date->toString(Qt::ISODate));
        cell->size = int(batch.text.size() - cell->offset);
        return Outcome::Value;
    }
    case FieldType::Boolean: {
        auto flag = quickBoolean(value);
        if (!flag)
            flag = ValueParsers::parseBoolean(value, &why);
        if (!flag) {
            *problem = ValueParsers::problemText(why);
            return Outcome::Problem;
        }
        cell->type = Cell::Type::Integer;
        cell->integer = *flag ? 1 : 0;
        return Outcome::Value;
    }
    case FieldType::Integer: {
        auto number = quickInteger(value);
        if (!number)
            number = ValueParsers::parseInteger(value, decision.decimalSeparator, &why);
        if (!number) {
            *problem = ValueParsers::problemText(why);
            return Outcome::Problem;
        }
        if (field.minimum != field.maximum
            && (*number < field.minimum || *number > field.maximum)) {
            *problem = tr("not between %1 and %2").arg(field.minimum).arg(field.maximum);
            return Outcome::Problem;
        }
        cell->type = Cell::Type::Integer;
        cell->integer = *number;
        return Outcome::Value;
    }
    case FieldType::Number:
    case FieldType::Money: {
        auto number = quickNumber(value, decision.decimalSeparator);
        if (!number)
            number = ValueParsers::parseNumber(value, decision.decimalSeparator, &why);
        if (!number) {
            *problem = ValueParsers::problemText(why);
            return Outcome::Problem;
        }
        cell->type = Cell::Type::Real;
        cell->real = *number;
        return Outcome::Value;
    }
    case FieldType::Enumeration: {
        const QLatin1String canonical = EnumerationMatcher::match(field, value);
        if (canonical.isEmpty()) {
            QStringList allowed;
            for (const QLatin1String &word : field.allowedValues)
                allowed.append(word);
            *problem = tr("not a %1 (use one of %2)")
                           .arg(QString(field.name), allowed.join(QLatin1String(", ")));
            return Outcome::Problem;
        }
        cell->type = Cell::Type::Text;
        cell->offset = batch.text.size();
        cell->size = int(canonical.size());
        batch.text.append(canonical.data(), canonical.size());
        return Outcome::Value;
    }
    }
    return Outcome::Problem;
}

void RowValidator::addRow(SourceRecord &record, RowBatch &batch) const
{
    const QStringList &fields = record.fields;
    bool blank = record.longValues.isEmpty(); // a long value is never blank, even its start
    qsizetype characters = 0;
    for (const QString &field : fields) {
        characters += field.size();
        if (blank && !ValueParsers::isBlank(field))
            blank = false;
    }
    if (blank) {
        ++batch.blankRows;
        return;
    }

    const size_t rowIndex = batch.rows.size();
    if (batch.rawFields.size() <= rowIndex)
        batch.rawFields.resize(rowIndex + 1);
    RowBatch::Row row;
    row.line = record.line;
    row.firstCell = int(batch.cells.size());
    row.firstExtra = int(batch.extras.size());

    auto reject
        = [&](int column, const QString &columnName, const QString &why, bool unknownCustomer,
              const QString &group = QString(), const QString &hint = QString()) {
              hideKey(record);
              batch.cells.resize(size_t(row.firstCell));
              row.rejection = int(batch.rejections.size());
              batch.rejections.push_back({column, columnName, why, unknownCustomer, group, hint});
              batch.rows.push_back(row);
              batch.rawCharacters += characters;
              std::swap(batch.rawFields[rowIndex], record.fields);
          };

    if (!record.longValues.isEmpty()) {
        const SourceRecord::LongValue &longValue = record.longValues.first();
        reject(longValue.column, m_headers.value(longValue.column - 1), longValueReason(longValue),
               false);
        return;
    }

    for (qsizetype extra = m_headerCount; extra < fields.size(); ++extra) {
        if (!ValueParsers::isBlank(fields[extra])) {
            reject(int(extra) + 1, QString(),
                   tr("the row has %1 values but the file has %n column(s); check the "
                      "delimiter and the quotes on this line",
                      nullptr, m_headerCount)
                       .arg(fields.size()),
                   false, QString(),
                   tr("The file page shows the delimiter and quote that were detected: choose "
                      "the right ones, or fix the quotes on these lines in the file."));
            return;
        }
    }

    // Without derivations the values are the stored cells; with them, they
    // are gathered first and the derivation appends the stored cells.
    const RowDerivation *derivation = m_options.derivation;
    if (derivation)
        m_values.clear();
    for (int index = 0; index < int(m_decisions.size()); ++index) {
        const ColumnDecision &decision = m_decisions[size_t(index)];
        const QString &text = fields[decision.column];
        RowBatch::Cell cell;
        QString problem;
        const Outcome outcome = convert(index, text, batch, &cell, &problem);
        if (outcome == Outcome::Problem) {
            reject(decision.column + 1, decision.header, reason(index, problem, text), false,
                   reasonGroup(index, problem), fixHint(index, text, problem));
            return;
        }
        if (derivation)
            m_values.push_back(cell);
        else
            batch.cells.push_back(cell);
    }
    if (derivation) {
        int culprit = -1;
        QString problem;
        if (!derivation->derive(m_values, batch, &culprit, &problem)) {
            const ColumnDecision &decision = m_decisions[size_t(culprit)];
            reject(decision.column + 1, decision.header,
                   reason(culprit, problem, fields[decision.column]), false,
                   reasonGroup(culprit, problem));
            return;
        }
    }

    for (size_t name = 0; name < m_extraColumns.size(); ++name) {
        const QString &text = fields[m_extraColumns[name]];
        if (ValueParsers::isBlank(text))
            continue;
        RowBatch::Extra extra;
        extra.name = int(name);
        extra.offset = appendUtf8(batch.text, text);
        extra.size = int(batch.text.size() - extra.offset);
        batch.extras.push_back(extra);
        ++row.extraCount;
    }
    batch.rows.push_back(row);
    batch.rawCharacters += characters;
    hideKey(record); // a valid row may still be rejected later (unknown customer, duplicate)
    std::swap(batch.rawFields[rowIndex], record.fields);
}

void RowValidator::hideKey(SourceRecord &record) const
{
    if (!m_options.keyHash || m_customerIdDecision < 0)
        return;
    const int column = m_decisions[size_t(m_customerIdDecision)].column;
    if (column >= record.fields.size())
        return;
    QString &text = record.fields[column];
    const QStringView key = trimmedView(text);
    if (!key.isEmpty())
        text = storedKey(key);
}

void RowValidator::checkCustomers(RowBatch &batch) const
{
    if (m_customerField < 0 || !m_options.knownCustomers)
        return;
    const KeySet &known = *m_options.knownCustomers;
    struct Lookup
    {
        int row;
        QByteArrayView key;
        std::uint32_t hash;
    };
    std::vector<Lookup> lookups;
    lookups.reserve(batch.rows.size());
    for (int index = 0; index < int(batch.rows.size()); ++index) {
        const RowBatch::Row &row = batch.rows[size_t(index)];
        if (row.rejection >= 0)
            continue;
        const RowBatch::Cell &cell = batch.cells[size_t(row.firstCell + m_customerCell)];
        if (cell.type != RowBatch::Cell::Type::Text)
            continue; // blank: allowed where the field is optional (mentions)
        const QByteArrayView key(batch.textAt(cell.offset), cell.size);
        lookups.push_back({index, key, KeySet::hashOf(key)});
    }
    // The slots are random memory: ask for the next ones while checking this one.
    constexpr size_t ahead = 8;
    const ColumnDecision &decision = m_decisions[size_t(m_customerField)];
    const QString unknownGroup
        = tr("column \"%1\" (%2): customers the project does not have; import the customers "
             "first, or let the import create them")
              .arg(decision.header, QString(decision.field->name));
    for (size_t i = 0; i < lookups.size(); ++i) {
        if (i + ahead < lookups.size())
            known.prefetch(lookups[i + ahead].hash);
        RowBatch::Row &row = batch.rows[size_t(lookups[i].row)];
        if (const std::int32_t *index = known.find(lookups[i].key, lookups[i].hash)) {
            row.customerIndex = *index;
            continue;
        }
        if (m_options.createCustomers) {
            row.impliedCustomer = true;
            continue;
        }
        row.rejection = int(batch.rejections.size());
        batch.rejections.push_back(
            {decision.column + 1, decision.header,
             tr("column \"%1\" (%2): unknown customer \"%3\": the project has no customer with "
                "this id; import the customers first")
                 .arg(decision.header, QString(decision.field->name),
                      QString::fromUtf8(lookups[i].key.data(), lookups[i].key.size())),
             true, unknownGroup,
             tr("Import the customers file first, or tick “Create missing customers” on the "
                "mapping page (the import then creates them, signed up on their first event).")});
    }
}
