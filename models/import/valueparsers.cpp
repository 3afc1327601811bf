// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueparsers.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace ValueParsers {

namespace {

// QT_TRANSLATE_NOOP keeps the reasons visible to lupdate; problemText()
// translates them. Indexed by ValueProblem.
const char *const problemTexts[] = {
    "",
    QT_TRANSLATE_NOOP("ValueParsers", "empty value"),
    QT_TRANSLATE_NOOP("ValueParsers", "not yes/no"),
    QT_TRANSLATE_NOOP("ValueParsers", "not a number"),
    QT_TRANSLATE_NOOP("ValueParsers",
                      "not a number with a decimal point (the column uses a "
                      "decimal point)"),
    QT_TRANSLATE_NOOP("ValueParsers",
                      "not a number with a decimal comma (the column uses a "
                      "decimal comma)"),
    QT_TRANSLATE_NOOP("ValueParsers", "a percentage, not a plain number"),
    QT_TRANSLATE_NOOP("ValueParsers", "not a whole number"),
    QT_TRANSLATE_NOOP("ValueParsers", "number too large"),
    QT_TRANSLATE_NOOP("ValueParsers", "not a date"),
    QT_TRANSLATE_NOOP("ValueParsers", "not a date in day/month/year order"),
    QT_TRANSLATE_NOOP("ValueParsers", "not a date in month/day/year order"),
    QT_TRANSLATE_NOOP("ValueParsers", "not a valid calendar date"),
};
static_assert(sizeof(problemTexts) / sizeof(problemTexts[0])
                  == size_t(ValueProblem::InvalidCalendarDate) + 1,
              "one text per ValueProblem");

template<typename T>
std::optional<T> fail(ValueProblem *problem, ValueProblem why)
{
    if (problem)
        *problem = why;
    return std::nullopt;
}

template<typename T>
std::optional<T> succeed(ValueProblem *problem, T value)
{
    if (problem)
        *problem = ValueProblem::None;
    return value;
}

bool isSpace(QChar c)
{
    // QChar::isSpace covers NBSP, U+202F and U+2009 (category Zs) too.
    return c.isSpace() || c == QChar(0xFEFF);
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// --- Numbers ---------------------------------------------------------------

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009)
        || c == QChar(0x2007);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Currency symbols and codes, longest first so that "US$" wins over "$".
const char16_t *const currencyTokens[] = {
    u"US$", u"Rs.", u"रु.", u"PLN", u"EUR", u"USD", u"GBP", u"INR", u"CHF", u"JPY", u"CAD",
    u"AUD", u"Fr.", u"zł", u"Rs",  u"रु",   u"€",   u"$",   u"£",   u"¥",   u"₹",   u"₨",
};

// Length of the currency token at the start (fromEnd = false) or end of
// `text`, 0 when there is none. Letters compare case-insensitively.
qsizetype currencyAt(QStringView text, bool fromEnd)
{
    for (const char16_t *token : currencyTokens) {
        const QStringView candidate(token);
        if (candidate.size() > text.size())
            continue;
        const QStringView part
            = fromEnd ? text.right(candidate.size()) : text.left(candidate.size());
        if (part.compare(candidate, Qt::CaseInsensitive) == 0)
            return candidate.size();
    }
    return 0;
}

// A number stripped of sign, currency and parentheses.
struct NumberText
{
    QStringView body;
    bool negative = false;
    bool percent = false;
};

// Strips spaces, one sign, one currency token and accounting parentheses.
// Returns false when the text has two signs or two currencies.
bool stripDecorations(QStringView text, NumberText *out)
{
    QStringView rest = trimmed(text);
    bool parentheses = false;
    if (rest.size() >= 2 && rest.front() == QLatin1Char('(') && rest.back() == QLatin1Char(')')) {
        parentheses = true;
        rest = trimmed(rest.mid(1, rest.size() - 2));
    }
    bool sign = false;
    bool currency = false;
    bool negative = false;
    bool changed = true;
    while (changed && !rest.isEmpty()) {
        changed = false;
        const QChar first = rest.front();
        if (first == QLatin1Char('+') || first == QLatin1Char('-') || first == QChar(0x2212)) {
            if (sign)
                return false;
            sign = true;
            negative = first != QLatin1Char('+');
            rest = trimmed(rest.mid(1));
            changed = true;
            continue;
        }
        if (const qsizetype length = currencyAt(rest, false)) {
            if (currency)
                return false;
            currency = true;
            rest = trimmed(rest.mid(length));
            changed = true;
        }
    }
    if (!rest.isEmpty() && rest.back() == QLatin1Char('%')) {
        out->percent = true;
        rest = trimmed(rest.chopped(1));
    }
    if (const qsizetype length = currencyAt(rest, true)) {
        if (currency)
            return false;
        rest = trimmed(rest.chopped(length));
    }
    if (!rest.isEmpty() && rest.front() == QLatin1Char('%'))
        out->percent = true;
    if (parentheses && sign)
        return false;
    out->body = rest;
    out->negative = negative || parentheses;
    return true;
}

enum class GroupKind { None, Western, Indian };

// Checks digit group sizes left of the decimal separator: "1,234,567"
// (western) or "12,34,567" (Indian lakh/crore).
bool validGrouping(const QVarLengthArray<int, 8> &groups)
{
    const int count = int(groups.size());
    if (count <= 1)
        return true;
    if (groups[count - 1] != 3)
        return false;
    bool western = groups[0] >= 1 && groups[0] <= 3;
    for (int i = 1; i < count - 1 && western; ++i)
        western = groups[i] == 3;
    if (western)
        return true;
    if (count < 3 || groups[0] < 1 || groups[0] > 2)
        return false;
    for (int i = 1; i < count - 1; ++i) {
        if (groups[i] != 2)
            return false;
    }
    return true;
}

// The number in C form ("-1234.5e3") in a fixed buffer: no allocation.
struct CanonicalNumber
{
    std::array<char, 128> text {};
    int length = 0;
    bool hasFraction = false; // any non-zero digit after the decimal separator
    bool hasExponent = false;

    bool append(char c)
    {
        if (length >= int(text.size()))
            return false;
        text[size_t(length++)] = c;
        return true;
    }
};

// Parses the body (no sign, no currency) with the given decimal separator.
// Returns false when it is not such a number; callers find the reason.
bool canonicalize(QStringView body, DecimalSeparator decimal, bool negative, CanonicalNumber *out)
{
    const QChar decimalChar
        = decimal == DecimalSeparator::Point ? QLatin1Char('.') : QLatin1Char(',');
    const QChar otherChar
        = decimal == DecimalSeparator::Point ? QLatin1Char(',') : QLatin1Char('.');
    qsizetype exponentAt = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == QLatin1Char('e') || body[i] == QLatin1Char('E')) {
            exponentAt = i;
            break;
        }
    }
    const QStringView mantissa = exponentAt < 0 ? body : body.left(exponentAt);
    if (negative)
        out->append('-');

    QVarLengthArray<int, 8> groups;
    int groupDigits = 0;
    int groupSeparatorKind = 0; // 0 none, 1 other char, 2 space, 3 apostrophe
    bool seenDecimal = false;
    int digits = 0;
    for (qsizetype i = 0; i < mantissa.size(); ++i) {
        const QChar c = mantissa[i];
        if (isAsciiDigit(c)) {
            ++digits;
            if (seenDecimal) {
                if (c != QLatin1Char('0'))
                    out->hasFraction = true;
                if (!out->append(char(c.unicode())))
                    return false;
            } else {
                ++groupDigits;
                if (!out->append(char(c.unicode())))
                    return false;
            }
            continue;
        }
        if (c == decimalChar) {
            if (seenDecimal)
                return false;
            if (!groups.isEmpty()) {
                groups.append(groupDigits);
                if (!validGrouping(groups))
                    return false;
            }
            seenDecimal = true;
            if (out->length == int(negative))
                out->append('0');
            out->append('.');
            continue;
        }
        int kind = 0;
        if (c == otherChar)
            kind = 1;
        else if (isGroupSpace(c))
            kind = 2;
        else if (isApostrophe(c))
            kind = 3;
        if (kind == 0 || seenDecimal || groupDigits == 0)
            return false;
        if (groupSeparatorKind != 0 && groupSeparatorKind != kind)
            return false;
        groupSeparatorKind = kind;
        groups.append(groupDigits);
        groupDigits = 0;
    }
    if (digits == 0)
        return false;
    if (!seenDecimal && !groups.isEmpty()) {
        groups.append(groupDigits);
        if (!validGrouping(groups))
            return false;
    }
    if (seenDecimal && out->text[size_t(out->length - 1)] == '.')
        out->length--; // "5." is 5
    if (exponentAt >= 0) {
        const QStringView exponent = body.mid(exponentAt + 1);
        qsizetype i = 0;
        out->hasExponent = true;
        if (!out->append('e'))
            return false;
        if (i < exponent.size()
            && (exponent[i] == QLatin1Char('+') || exponent[i] == QLatin1Char('-'))) {
            out->append(char(exponent[i].unicode()));
            ++i;
        }
        if (i >= exponent.size())
            return false;
        for (; i < exponent.size(); ++i) {
            if (!isAsciiDigit(exponent[i]) || !out->append(char(exponent[i].unicode())))
                return false;
        }
    }
    return true;
}

struct NumberParse
{
    CanonicalNumber number;
    ValueProblem problem = ValueProblem::None;
};

NumberParse parseNumberText(QStringView text, DecimalSeparator decimal)
{
    NumberParse result;
    if (isBlank(text)) {
        result.problem = ValueProblem::Empty;
        return result;
    }
    NumberText parts;
    if (!stripDecorations(text, &parts) || parts.body.isEmpty()) {
        result.problem = ValueProblem::NotNumber;
        return result;
    }
    if (!canonicalize(parts.body, decimal, parts.negative, &result.number)) {
        CanonicalNumber other;
        const DecimalSeparator otherDecimal = decimal == DecimalSeparator::Point
            ? DecimalSeparator::Comma
            : DecimalSeparator::Point;
        if (canonicalize(parts.body, otherDecimal, parts.negative, &other)) {
            result.problem = decimal == DecimalSeparator::Point
                ? ValueProblem::NotNumberWithDecimalPoint
                : ValueProblem::NotNumberWithDecimalComma;
        } else {
            result.problem = ValueProblem::NotNumber;
        }
        return result;
    }
    if (parts.percent)
        result.problem = ValueProblem::Percentage;
    return result;
}

// --- Dates -----------------------------------------------------------------

struct DateToken
{
    enum class Kind { Number, Word, Separator };
    Kind kind = Kind::Separator;
    QStringView text;
};

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

QVarLengthArray<DateToken, 12> tokenize(QStringView text)
{
    QVarLengthArray<DateToken, 12> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        DateToken token;
        if (isAsciiDigit(text[i])) {
            token.kind = DateToken::Kind::Number;
            while (i < text.size() && isAsciiDigit(text[i]))
                ++i;
        } else if (isWordChar(text[i])) {
            token.kind = DateToken::Kind::Word;
            while (i < text.size() && isWordChar(text[i]))
                ++i;
        } else {
            token.kind = DateToken::Kind::Separator;
            while (i < text.size() && !isAsciiDigit(text[i]) && !isWordChar(text[i]))
                ++i;
        }
        token.text = text.mid(start, i - start);
        tokens.append(token);
    }
    return tokens;
}

int numberValue(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - '0');
    return value;
}

bool isTimeWord(QStringView word)
{
    static const char16_t *const words[] = {u"t", u"z", u"am", u"pm", u"utc", u"gmt", u"h"};
    for (const char16_t *candidate : words) {
        if (word.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Removes a trailing time ("T10:00", " 14:05:00", " 2:05 PM", "+01:00").
// Returns false when what follows the date is not a time.
bool cutTime(QVarLengthArray<DateToken, 12> *tokens)
{
    const qsizetype count = tokens->size();
    for (qsizetype i = 0; i + 2 < count; ++i) {
        const DateToken &token = (*tokens)[i];
        if (token.kind != DateToken::Kind::Number || (*tokens)[i + 1].text != QLatin1String(":")
            || (*tokens)[i + 2].kind != DateToken::Kind::Number) {
            continue;
        }
        qsizetype cut = i;
        if (cut > 0) {
            const DateToken &before = (*tokens)[cut - 1];
            const bool isT = before.kind == DateToken::Kind::Word
                && before.text.compare(QLatin1String("T"), Qt::CaseInsensitive) == 0;
            const bool isSpaceOrComma = before.kind == DateToken::Kind::Separator
                && trimmed(before.text).size() <= 1
                && (trimmed(before.text).isEmpty() || trimmed(before.text) == QLatin1String(","));
            if (!isT && !isSpaceOrComma)
                return false;
            --cut;
        }
        for (qsizetype j = i; j < count; ++j) {
            const DateToken &rest = (*tokens)[j];
            if (rest.kind == DateToken::Kind::Word && !isTimeWord(rest.text))
                return false;
            if (rest.kind == DateToken::Kind::Separator) {
                for (const QChar c : rest.text) {
                    if (!isSpace(c) && c != QLatin1Char(':') && c != QLatin1Char('.')
                        && c != QLatin1Char('+') && c != QLatin1Char('-'))
                        return false;
                }
            }
        }
        tokens->resize(cut);
        return true;
    }
    return true;
}

const QHash<QString, int> &monthNames()
{
    // Month names and abbreviations in en, fr, de, pl (nominative and the
    // genitive of "31 stycznia 2024") and hi, one month per line, '|'
    // separated; compared folded, so accents and the nukta do not matter.
    static const char16_t *const months[12] = {
        u"january|jan|janvier|janv|januar|jänner|styczeń|stycznia|sty|जनवरी",
        u"february|feb|février|févr|fév|februar|luty|lutego|lut|फ़रवरी",
        u"march|mar|mars|märz|maerz|mrz|marzec|marca|मार्च",
        u"april|apr|avril|avr|kwiecień|kwietnia|kwi|अप्रैल",
        u"may|mai|maj|maja|मई",
        u"june|jun|juin|juni|czerwiec|czerwca|cze|जून",
        u"july|jul|juillet|juil|juli|lipiec|lipca|lip|जुलाई",
        u"august|aug|août|sierpień|sierpnia|sie|अगस्त",
        u"september|sep|sept|septembre|wrzesień|września|wrz|सितंबर|सितम्बर",
        u"october|oct|octobre|oktober|okt|październik|października|paź|अक्टूबर|अक्तूबर",
        u"november|nov|novembre|listopad|listopada|lis|नवंबर|नवम्बर",
        u"december|dec|décembre|déc|dezember|dez|grudzień|grudnia|gru|दिसंबर|दिसम्बर",
    };
    static const QHash<QString, int> names = [] {
        QHash<QString, int> hash;
        for (int month = 1; month <= 12; ++month) {
            const QString words = QString::fromUtf16(months[month - 1]);
            for (const QString &word : words.split(QLatin1Char('|')))
                hash.insert(foldForComparison(word), month);
        }
        return hash;
    }();
    return names;
}

int monthFromName(QStringView word)
{
    return monthNames().value(foldForComparison(word), 0);
}

int expandTwoDigitYear(int year)
{
    return year < 30 ? 2000 + year : 1900 + year;
}

// What a text looks like as a date, before the day/month order is known.
struct DateShape
{
    enum class Kind {
        NotDate,
        Fixed, // year, month and day are known (ISO, yyyymmdd, month names)
        DayMonth, // first and second are day and month in an order to decide
    };
    Kind kind = Kind::NotDate;
    int year = 0;
    int month = 0; // Fixed
    int day = 0; // Fixed
    int first = 0; // DayMonth
    int second = 0; // DayMonth
    QChar separator; // DayMonth
};

bool isPlainSeparator(QStringView separator, QChar *which)
{
    if (separator.size() != 1)
        return false;
    const QChar c = separator.front();
    if (c != QLatin1Char('/') && c != QLatin1Char('-') && c != QLatin1Char('.'))
        return false;
    *which = c;
    return true;
}

bool isNameSeparator(QStringView separator)
{
    for (const QChar c : separator) {
        if (!isSpace(c) && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char(',')
            && c != QLatin1Char('/'))
            return false;
    }
    return true;
}

DateShape dateShape(QStringView text)
{
    DateShape shape;
    auto tokens = tokenize(trimmed(text));
    if (!cutTime(&tokens))
        return shape;
    // Drop a trailing separator such as the dot of "31.01.2024.".
    while (!tokens.isEmpty() && tokens.back().kind == DateToken::Kind::Separator
           && trimmed(tokens.back().text).size() <= 1)
        tokens.removeLast();

    if (tokens.size() == 1 && tokens[0].kind == DateToken::Kind::Number
        && tokens[0].text.size() == 8) {
        shape.kind = DateShape::Kind::Fixed;
        shape.year = numberValue(tokens[0].text.left(4));
        shape.month = numberValue(tokens[0].text.mid(4, 2));
        shape.day = numberValue(tokens[0].text.mid(6, 2));
        return shape;
    }
    if (tokens.size() != 5 || tokens[1].kind != DateToken::Kind::Separator
        || tokens[3].kind != DateToken::Kind::Separator) {
        return shape;
    }
    const DateToken &a = tokens[0];
    const DateToken &b = tokens[2];
    const DateToken &c = tokens[4];
    const bool allNumbers = a.kind == DateToken::Kind::Number && b.kind == DateToken::Kind::Number
        && c.kind == DateToken::Kind::Number;
    if (allNumbers) {
        QChar separator1;
        QChar separator2;
        if (!isPlainSeparator(tokens[1].text, &separator1)
            || !isPlainSeparator(tokens[3].text, &separator2) || separator1 != separator2) {
            return shape;
        }
        if (a.text.size() == 4 && b.text.size() <= 2 && c.text.size() <= 2) {
            shape.kind = DateShape::Kind::Fixed;
            shape.year = numberValue(a.text);
            shape.month = numberValue(b.text);
            shape.day = numberValue(c.text);
            return shape;
        }
        if (a.text.size() <= 2 && b.text.size() <= 2
            && (c.text.size() == 4 || c.text.size() == 2)) {
            shape.kind = DateShape::Kind::DayMonth;
            shape.first = numberValue(a.text);
            shape.second = numberValue(b.text);
            shape.year = c.text.size() == 2 ? expandTwoDigitYear(numberValue(c.text))
                                            : numberValue(c.text);
            shape.separator = separator1;
        }
        return shape;
    }
    // Two numbers and a month name, in any order: the 4-digit number (or the
    // last one, as a 2-digit year) is the year, the other the day.
    if (!isNameSeparator(tokens[1].text) || !isNameSeparator(tokens[3].text))
        return shape;
    const DateToken *numbers[2] = {nullptr, nullptr};
    int numberCount = 0;
    int month = 0;
    for (const DateToken *token : {&a, &b, &c}) {
        if (token->kind == DateToken::Kind::Number) {
            if (numberCount == 2)
                return shape;
            numbers[numberCount++] = token;
        } else if (token->kind == DateToken::Kind::Word && month == 0) {
            month = monthFromName(token->text);
            if (month == 0)
                return shape;
        } else {
            return shape;
        }
    }
    if (numberCount != 2 || month == 0)
        return shape;
    const DateToken *yearToken = nullptr;
    const DateToken *dayToken = nullptr;
    if (numbers[0]->text.size() == 4) {
        yearToken = numbers[0];
        dayToken = numbers[1];
    } else if (numbers[1]->text.size() == 4 || numbers[1]->text.size() == 2) {
        yearToken = numbers[1];
        dayToken = numbers[0];
    }
    if (!yearToken || dayToken->text.size() > 2)
        return shape;
    shape.kind = DateShape::Kind::Fixed;
    shape.year = yearToken->text.size() == 2 ? expandTwoDigitYear(numberValue(yearToken->text))
                                             : numberValue(yearToken->text);
    shape.month = month;
    shape.day = numberValue(dayToken->text);
    return shape;
}

bool plausibleYear(int year)
{
    return year >= 1000 && year <= 9999;
}

bool validDate(int year, int month, int day)
{
    return plausibleYear(year) && QDate::isValid(year, month, day);
}

// A plain non-negative decimal number, as an Excel serial ("45322", "45322.5").
bool looksLikeSerial(QStringView text, double *value)
{
    if (text.isEmpty() || text.size() > 20)
        return false;
    bool seenPoint = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (!isAsciiDigit(c))
            return false;
    }
    std::array<char, 24> buffer {};
    for (qsizetype i = 0; i < text.size(); ++i)
        buffer[size_t(i)] = char(text[i].unicode());
    const auto result = std::from_chars(buffer.data(), buffer.data() + text.size(), *value);
    return result.ec == std::errc();
}

} // namespace

QString problemText(ValueProblem problem)
{
    if (problem == ValueProblem::None)
        return QString();
    return QCoreApplication::translate("ValueParsers", problemTexts[size_t(problem)]);
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

QString foldForComparison(QStringView text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toLower();

    QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : std::as_const(decomposed)) {
        const char16_t u = c.unicode();
        if (u >= 0x0300 && u <= 0x036F)
            continue; // combining diacritics (é -> e, ż -> z)
        if (u == 0x093C)
            continue; // Devanagari nukta: फ़रवरी and फरवरी are the same word
        switch (u) {
        case 0x0901: // chandrabindu, often typed as anusvara: हाँ / हां
            result += QChar(0x0902);
            break;
        case 0x0141: // Ł and ł have no decomposition
        case 0x0142:
            result += QLatin1Char('l');
            break;
        case 0x00D8:
        case 0x00F8:
            result += QLatin1Char('o');
            break;
        case 0x0110:
        case 0x0111:
            result += QLatin1Char('d');
            break;
        case 0x0152:
        case 0x0153:
            result += QLatin1String("oe");
            break;
        case 0x00C6:
        case 0x00E6:
            result += QLatin1String("ae");
            break;
        case 0x00DF: // ß: Qt's simple case folding keeps it
        case 0x1E9E:
            result += QLatin1String("ss");
            break;
        default:
            result += c;
        }
    }
    return result.toCaseFolded();
}

std::optional<bool> parseBoolean(QStringView text, ValueProblem *problem)
{
    // en, fr, de, pl, hi ('|' separated, compared folded: "FAŁSZ" is "falsz",
    // हाँ with chandrabindu is हां with anusvara, ग़लत with nukta is गलत).
    static const char16_t trueWords[] = u"yes|true|y|t|1|on|oui|vrai|o|ja|wahr|j|tak|prawda|"
                                        u"हाँ|हा|सही|haan|han";
    static const char16_t falseWords[] = u"no|false|n|f|0|off|non|faux|nein|falsch|nie|fałsz|"
                                         u"नहीं|नही|गलत|nahin|nahi";
    static const QHash<QString, bool> words = [] {
        QHash<QString, bool> hash;
        for (const bool value : {true, false}) {
            const QString list = QString::fromUtf16(value ? trueWords : falseWords);
            for (const QString &word : list.split(QLatin1Char('|')))
                hash.insert(foldForComparison(word), value);
        }
        return hash;
    }();

    const QStringView word = trimmed(text);
    if (word.isEmpty())
        return fail<bool>(problem, ValueProblem::Empty);
    if (word.size() > 12)
        return fail<bool>(problem, ValueProblem::NotBoolean);
    const auto found = words.constFind(foldForComparison(word));
    if (found == words.cend())
        return fail<bool>(problem, ValueProblem::NotBoolean);
    return succeed(problem, found.value());
}

std::optional<double> parseNumber(QStringView text, DecimalSeparator decimal, ValueProblem *problem)
{
    const NumberParse parse = parseNumberText(text, decimal);
    if (parse.problem != ValueProblem::None)
        return fail<double>(problem, parse.problem);
    double value = 0;
    const char *begin = parse.number.text.data();
    const auto result = std::from_chars(begin, begin + parse.number.length, value);
    if (result.ec == std::errc::result_out_of_range || !std::isfinite(value))
        return fail<double>(problem, ValueProblem::OutOfRange);
    if (result.ec != std::errc() || result.ptr != begin + parse.number.length)
        return fail<double>(problem, ValueProblem::NotNumber);
    return succeed(problem, value);
}

std::optional<qint64> parseInteger(QStringView text, DecimalSeparator decimal,
                                   ValueProblem *problem)
{
    const NumberParse parse = parseNumberText(text, decimal);
    if (parse.problem != ValueProblem::None)
        return fail<qint64>(problem, parse.problem);
    if (parse.number.hasFraction)
        return fail<qint64>(problem, ValueProblem::NotWholeNumber);
    const char *begin = parse.number.text.data();
    const char *end = begin + parse.number.length;
    if (parse.number.hasExponent) {
        double value = 0;
        const auto result = std::from_chars(begin, end, value);
        if (result.ec != std::errc() || !std::isfinite(value))
            return fail<qint64>(problem, ValueProblem::OutOfRange);
        if (value != std::floor(value))
            return fail<qint64>(problem, ValueProblem::NotWholeNumber);
        if (std::fabs(value) >= 9.2e18)
            return fail<qint64>(problem, ValueProblem::OutOfRange);
        return succeed(problem, qint64(value));
    }
    // Digits before the (all-zero) fraction only.
    const char *point = std::find(begin, end, '.');
    qint64 value = 0;
    const auto result = std::from_chars(begin, point, value);
    if (result.ec == std::errc::result_out_of_range)
        return fail<qint64>(problem, ValueProblem::OutOfRange);
    if (result.ec != std::errc() || result.ptr != point)
        return fail<qint64>(problem, ValueProblem::NotNumber);
    return succeed(problem, value);
}

void NumberFormatDetector::add(QStringView text)
{
    NumberText parts;
    if (isBlank(text) || !stripDecorations(text, &parts) || parts.body.isEmpty())
        return;
    qsizetype points = 0;
    qsizetype commas = 0;
    qsizetype lastPoint = -1;
    qsizetype lastComma = -1;
    bool spaceGrouped = false;
    qsizetype end = parts.body.size();
    for (qsizetype i = 0; i < parts.body.size(); ++i) {
        const QChar c = parts.body[i];
        if (c == QLatin1Char('.')) {
            ++points;
            lastPoint = i;
        } else if (c == QLatin1Char(',')) {
            ++commas;
            lastComma = i;
        } else if (isGroupSpace(c) || isApostrophe(c)) {
            spaceGrouped = true;
        } else if (c == QLatin1Char('e') || c == QLatin1Char('E')) {
            end = i;
            break;
        } else if (!isAsciiDigit(c)) {
            return; // not a number: no evidence
        }
    }
    enum class Evidence { None, Point, Comma, Ambiguous };
    // One separator: a decimal one unless exactly three digits follow it, in
    // which case it is a thousands separator only if it could group digits.
    auto single = [&](qsizetype at, Evidence asDecimal) {
        const qsizetype digitsAfter = end - at - 1;
        if (digitsAfter != 3)
            return asDecimal;
        qsizetype digitsBefore = 0;
        for (qsizetype i = 0; i < at; ++i)
            digitsBefore += isAsciiDigit(parts.body[i]) ? 1 : 0;
        const bool zeroBefore
            = digitsBefore == 0 || (digitsBefore == 1 && parts.body[at - 1] == QLatin1Char('0'));
        if (zeroBefore || digitsBefore > 3 || spaceGrouped)
            return asDecimal;
        return Evidence::Ambiguous;
    };
    Evidence evidence = Evidence::None;
    if (points > 0 && commas > 0) {
        if (lastComma > lastPoint && commas == 1)
            evidence = Evidence::Comma;
        else if (lastPoint > lastComma && points == 1)
            evidence = Evidence::Point;
    } else if (commas > 1) {
        evidence = Evidence::Point;
    } else if (points > 1) {
        evidence = Evidence::Comma;
    } else if (commas == 1) {
        evidence = single(lastComma, Evidence::Comma);
    } else if (points == 1) {
        evidence = single(lastPoint, Evidence::Point);
    }
    switch (evidence) {
    case Evidence::Point:
        if (m_point++ == 0)
            m_pointExample = text.toString();
        break;
    case Evidence::Comma:
        if (m_comma++ == 0)
            m_commaExample = text.toString();
        break;
    case Evidence::Ambiguous:
        ++m_ambiguous;
        break;
    case Evidence::None:
        break;
    }
}

NumberFormatDetector::Verdict NumberFormatDetector::verdict() const
{
    if (m_point > 0 && m_comma > 0)
        return Verdict::Conflicting;
    if (m_point > 0)
        return Verdict::DecimalPoint;
    if (m_comma > 0)
        return Verdict::DecimalComma;
    return m_ambiguous > 0 ? Verdict::Ambiguous : Verdict::NoEvidence;
}

DecimalSeparator NumberFormatDetector::decimalSeparator(DecimalSeparator fallback) const
{
    if (m_point == 0 && m_comma == 0)
        return fallback;
    if (m_point == m_comma)
        return fallback;
    return m_point > m_comma ? DecimalSeparator::Point : DecimalSeparator::Comma;
}

std::optional<QDate> dateFromExcelSerial(double serial, bool excel1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return std::nullopt;
    const qint64 day = qint64(std::floor(serial));
    if (excel1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day == 0 || day == 60)
        return std::nullopt; // "1900-01-00" and the 29 February 1900 that never was
    if (day < 60)
        return QDate(1899, 12, 31).addDays(day);
    return QDate(1899, 12, 30).addDays(day);
}

std::optional<QDate> parseDate(QStringView text, const DateParseOptions &options,
                               ValueProblem *problem)
{
    const QStringView value = trimmed(text);
    if (value.isEmpty())
        return fail<QDate>(problem, ValueProblem::Empty);
    double serial = 0;
    const bool compactDate = value.size() == 8 && !value.contains(QLatin1Char('.'));
    if (options.allowExcelSerial && !compactDate && looksLikeSerial(value, &serial)) {
        if (const auto date = dateFromExcelSerial(serial, options.excel1904))
            return succeed(problem, *date);
        return fail<QDate>(problem, ValueProblem::InvalidCalendarDate);
    }
    const DateShape shape = dateShape(value);
    switch (shape.kind) {
    case DateShape::Kind::NotDate:
        return fail<QDate>(problem, ValueProblem::NotDate);
    case DateShape::Kind::Fixed:
        if (!validDate(shape.year, shape.month, shape.day)) {
            return fail<QDate>(problem,
                               shape.month >= 1 && shape.month <= 12
                                   ? ValueProblem::InvalidCalendarDate
                                   : ValueProblem::NotDate);
        }
        return succeed(problem, QDate(shape.year, shape.month, shape.day));
    case DateShape::Kind::DayMonth:
        break;
    }
    const bool dayFirst = options.order == DateOrder::DayFirst;
    const int day = dayFirst ? shape.first : shape.second;
    const int month = dayFirst ? shape.second : shape.first;
    if (validDate(shape.year, month, day))
        return succeed(problem, QDate(shape.year, month, day));
    if (month >= 1 && month <= 12)
        return fail<QDate>(problem, ValueProblem::InvalidCalendarDate);
    if (validDate(shape.year, day, month)) {
        return fail<QDate>(
            problem, dayFirst ? ValueProblem::NotDayMonthYear : ValueProblem::NotMonthDayYear);
    }
    return fail<QDate>(problem, ValueProblem::NotDate);
}

void DateOrderDetector::add(QStringView text)
{
    if (isBlank(text))
        return;
    const DateShape shape = dateShape(text);
    switch (shape.kind) {
    case DateShape::Kind::NotDate:
        return;
    case DateShape::Kind::Fixed:
        if (validDate(shape.year, shape.month, shape.day))
            ++m_yearFirst;
        return;
    case DateShape::Kind::DayMonth:
        break;
    }
    const bool asDayFirst = validDate(shape.year, shape.second, shape.first);
    const bool asMonthFirst = validDate(shape.year, shape.first, shape.second);
    if (asDayFirst && asMonthFirst) {
        ++m_ambiguous;
        if (shape.separator == QLatin1Char('.'))
            ++m_ambiguousDotted;
    } else if (asDayFirst) {
        if (m_dayFirst++ == 0)
            m_dayFirstExample = text.toString();
    } else if (asMonthFirst) {
        if (m_monthFirst++ == 0)
            m_monthFirstExample = text.toString();
    }
}

DateOrderDetector::Verdict DateOrderDetector::verdict() const
{
    if (m_dayFirst > 0 && m_monthFirst > 0)
        return Verdict::Conflicting;
    if (m_dayFirst > 0)
        return Verdict::DayFirst;
    if (m_monthFirst > 0)
        return Verdict::MonthFirst;
    if (m_ambiguous > 0)
        return Verdict::Ambiguous;
    return m_yearFirst > 0 ? Verdict::YearFirst : Verdict::NoDates;
}

std::optional<DateOrder> DateOrderDetector::order() const
{
    switch (verdict()) {
    case Verdict::DayFirst:
    case Verdict::NoDates:
    case Verdict::YearFirst:
        return DateOrder::DayFirst;
    case Verdict::MonthFirst:
        return DateOrder::MonthFirst;
    case Verdict::Ambiguous:
    case Verdict::Conflicting:
        break;
    }
    return std::nullopt;
}

std::optional<DateOrder> DateOrderDetector::suggestedOrder() const
{
    if (const auto decided = order())
        return decided;
    if (verdict() == Verdict::Ambiguous && m_ambiguousDotted == m_ambiguous)
        return DateOrder::DayFirst;
    return std::nullopt;
}

} // namespace ValueParsers
