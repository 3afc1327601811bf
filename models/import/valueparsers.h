// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// Parsers for the values of user files (SPEC section 3), producing the
// locale-neutral forms of SPEC section 2: bool, double, qint64 and QDate
// (written as ISO text by the store). All functions are pure and thread-safe.
//
// Every parser takes the raw text exactly as the reader handed it over and
// ignores surrounding white space (including no-break spaces). A value made
// only of white space is Empty: the importer stores NULL for an optional
// field and rejects the row for a required one. On failure the parsers return
// std::nullopt and, when asked, a ValueProblem whose text is the reason kept
// with the rejected row.
//
// Decisions (see also docs/):
// - Percent signs are rejected ("12%" is Percentage), never converted: "12%"
//   could mean 12 or 0.12, and a stored value must not be silently altered.
// - Parentheses mean a negative amount, as in accounting: "(12.50)" is -12.5.
// - Two-digit years follow Excel's rule: 00-29 are 2000-2029, 30-99 are
//   1930-1999, so the value matches what the user saw in Excel.
// - Times after a date are accepted and discarded ("2024-01-31 14:05").
// - The decimal separator and the day/month order are decided per column by
//   NumberFormatDetector and DateOrderDetector, never per value.
namespace ValueParsers {

enum class ValueProblem {
    None,
    Empty, // only white space
    NotBoolean,
    NotNumber,
    NotNumberWithDecimalPoint, // would be a number with a decimal comma
    NotNumberWithDecimalComma, // would be a number with a decimal point
    Percentage,
    NotWholeNumber,
    OutOfRange,
    NotDate,
    NotDayMonthYear, // a date only in month/day/year order
    NotMonthDayYear, // a date only in day/month/year order
    InvalidCalendarDate, // e.g. 31/02/2024
};

// The translated reason for a rejected value, e.g. "not a number".
QString problemText(ValueProblem problem);

bool isBlank(QStringView text);

// The form in which words are compared: lower case (case folded), without
// diacritics (é -> e, ż -> z, ł -> l, ß -> ss), Devanagari nukta dropped and
// chandrabindu read as anusvara (हाँ = हां). Used for booleans, month names
// and by HeaderMatcher.
QString foldForComparison(QStringView text);

// --- Booleans ------------------------------------------------------------

// yes/no, true/false, 1/0, y/n, t/f, on/off and the words of fr, de, pl, hi
// (oui/non, vrai/faux, ja/nein, wahr/falsch, tak/nie, prawda/fałsz,
// हाँ/नहीं, सही/गलत ...); case-insensitive.
std::optional<bool> parseBoolean(QStringView text, ValueProblem *problem = nullptr);

// --- Numbers -------------------------------------------------------------

enum class DecimalSeparator { Point, Comma };

// Accepts: leading + or - (also U+2212), parentheses for negatives, one
// currency symbol or code before or after the number (€ $ £ ¥ ₹ zł PLN EUR
// USD GBP INR CHF Rs. ...), thousands separators , . space NBSP U+202F U+2009
// and apostrophes in groups of three (or Indian 2-digit groups: 1,23,45,678),
// an exponent ("1.5e3"). The separator that is not the decimal one may only
// group digits: "1,5" with DecimalSeparator::Point is rejected.
std::optional<double> parseNumber(QStringView text, DecimalSeparator decimal,
                                  ValueProblem *problem = nullptr);

// As parseNumber, but the value must be whole ("12", "1 200", "5.0") and fit
// in 64 bits; "2.5" is NotWholeNumber.
std::optional<qint64> parseInteger(QStringView text, DecimalSeparator decimal,
                                   ValueProblem *problem = nullptr);

// Decides the decimal separator of one column from all its values: feed
// every value with add(), then ask. "1,5" and "1.234,56" are evidence for a
// decimal comma, "1.5" and "1,234.56" for a point; "1,234" alone is
// ambiguous (thousand or one point two three four).
class NumberFormatDetector
{
public:
    enum class Verdict {
        NoEvidence, // no value with a separator (integers only, or no values)
        DecimalPoint,
        DecimalComma,
        Ambiguous, // only values like "1,234" or "1.234"
        Conflicting, // evidence for both; the majority wins, the rest will be rejected
    };

    void add(QStringView text);

    Verdict verdict() const;
    // The separator to parse the column with; `fallback` when the values do
    // not say (NoEvidence, Ambiguous).
    DecimalSeparator decimalSeparator(DecimalSeparator fallback = DecimalSeparator::Point) const;

    qint64 pointEvidence() const { return m_point; }
    qint64 commaEvidence() const { return m_comma; }
    qint64 ambiguousValues() const { return m_ambiguous; }
    // First value seen of each kind, for messages such as "1,5 vs 1,234.50".
    QString pointExample() const { return m_pointExample; }
    QString commaExample() const { return m_commaExample; }

private:
    qint64 m_point = 0;
    qint64 m_comma = 0;
    qint64 m_ambiguous = 0;
    QString m_pointExample;
    QString m_commaExample;
};

// --- Dates ---------------------------------------------------------------

enum class DateOrder { DayFirst, MonthFirst };

struct DateParseOptions
{
    DateOrder order = DateOrder::DayFirst; // for d/m/y vs m/d/y; year-first is always y-m-d
    bool allowExcelSerial = false; // only for XLSX sources: "45322" is a date
    bool excel1904 = false; // the workbook uses the 1904 date system
};

// Accepts ISO "YYYY-MM-DD" (optionally with "T" or a space and a time),
// yyyy/mm/dd and yyyy.mm.dd, "YYYYMMDD" (8 digits), dd/mm/yyyy or
// mm/dd/yyyy per options.order with '/', '.' or '-' and 1- or 2-digit day
// and month, 2-digit years (see above), month names in en, fr, de, pl, hi
// ("31 Jan 2024", "Jan 31, 2024", "31. Januar 2024", "31 stycznia 2024"),
// and Excel serial numbers when allowed.
std::optional<QDate> parseDate(QStringView text, const DateParseOptions &options,
                               ValueProblem *problem = nullptr);

// Excel's serial day number (fraction = time of day, discarded). In the 1900
// system serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that
// never existed (serial 60, rejected); serials after it are shifted back by
// one day. In the 1904 system serial 0 is 1904-01-01.
std::optional<QDate> dateFromExcelSerial(double serial, bool excel1904);

// Decides the day/month order of one column from all its values.
class DateOrderDetector
{
public:
    enum class Verdict {
        NoDates, // no value looks like a date
        YearFirst, // only orders that need no decision (ISO, yyyymmdd, month names)
        DayFirst, // some value has a day above 12 in first place, none the reverse
        MonthFirst,
        Ambiguous, // every d/m value has both parts at most 12: ask the user
        Conflicting, // some values need day-first, others month-first
    };

    void add(QStringView text);

    Verdict verdict() const;
    // The order to use when the verdict decides it (DayFirst, MonthFirst), or
    // when it does not matter (NoDates, YearFirst); empty when the user must
    // choose (Ambiguous, Conflicting).
    std::optional<DateOrder> order() const;
    // A hint for the question asked when Ambiguous: day-first when every
    // ambiguous value is written with dots (dd.mm.yyyy is never US style).
    std::optional<DateOrder> suggestedOrder() const;

    qint64 dayFirstEvidence() const { return m_dayFirst; }
    qint64 monthFirstEvidence() const { return m_monthFirst; }
    qint64 ambiguousValues() const { return m_ambiguous; }
    qint64 yearFirstValues() const { return m_yearFirst; }
    QString dayFirstExample() const { return m_dayFirstExample; }
    QString monthFirstExample() const { return m_monthFirstExample; }

private:
    qint64 m_dayFirst = 0;
    qint64 m_monthFirst = 0;
    qint64 m_ambiguous = 0;
    qint64 m_ambiguousDotted = 0;
    qint64 m_yearFirst = 0;
    QString m_dayFirstExample;
    QString m_monthFirstExample;
};

} // namespace ValueParsers
