// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueparsers.h"

#include <QtTest>

using namespace ValueParsers;

Q_DECLARE_METATYPE(ValueParsers::ValueProblem)
Q_DECLARE_METATYPE(ValueParsers::DecimalSeparator)
Q_DECLARE_METATYPE(ValueParsers::DateOrder)
Q_DECLARE_METATYPE(ValueParsers::NumberFormatDetector::Verdict)
Q_DECLARE_METATYPE(ValueParsers::DateOrderDetector::Verdict)

class TestValueParsers : public QObject
{
    Q_OBJECT

private slots:
    void booleans_data();
    void booleans();
    void booleanRejects_data();
    void booleanRejects();

    void numbers_data();
    void numbers();
    void numberRejects_data();
    void numberRejects();
    void integers_data();
    void integers();
    void integerRejects_data();
    void integerRejects();
    void numberFormatDetector_data();
    void numberFormatDetector();

    void dates_data();
    void dates();
    void dateRejects_data();
    void dateRejects();
    void excelSerials_data();
    void excelSerials();
    void dateOrderDetector_data();
    void dateOrderDetector();

    void everyProblemHasAReason();
};

void TestValueParsers::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("en yes") << "yes" << true;
    QTest::newRow("en No capitalised (Telco Churn)") << "No" << false;
    QTest::newRow("en TRUE upper case (Excel export)") << "TRUE" << true;
    QTest::newRow("en false") << "false" << false;
    QTest::newRow("en y") << "y" << true;
    QTest::newRow("en N") << "N" << false;
    QTest::newRow("en t") << "t" << true;
    QTest::newRow("en f") << "f" << false;
    QTest::newRow("digit 1 (SeniorCitizen)") << "1" << true;
    QTest::newRow("digit 0") << "0" << false;
    QTest::newRow("surrounding spaces") << "  Yes " << true;
    QTest::newRow("surrounding no-break spaces") << QStringLiteral("\u00A0no\u00A0") << false;
    QTest::newRow("fr oui") << "oui" << true;
    QTest::newRow("fr Non") << "Non" << false;
    QTest::newRow("fr vrai") << "vrai" << true;
    QTest::newRow("fr FAUX") << "FAUX" << false;
    QTest::newRow("de ja") << "ja" << true;
    QTest::newRow("de Nein") << "Nein" << false;
    QTest::newRow("de wahr") << "wahr" << true;
    QTest::newRow("de falsch") << "falsch" << false;
    QTest::newRow("pl tak") << "tak" << true;
    QTest::newRow("pl nie") << "nie" << false;
    QTest::newRow("pl prawda") << "Prawda" << true;
    QTest::newRow("pl fałsz") << QStringLiteral("fałsz") << false;
    QTest::newRow("pl FAŁSZ upper case") << QStringLiteral("FAŁSZ") << false;
    QTest::newRow("pl falsz typed without ł") << "falsz" << false;
    QTest::newRow("hi हाँ with chandrabindu") << QStringLiteral("हाँ") << true;
    QTest::newRow("hi हां with anusvara") << QStringLiteral("हां") << true;
    QTest::newRow("hi हा without mark") << QStringLiteral("हा") << true;
    QTest::newRow("hi नहीं") << QStringLiteral("नहीं") << false;
    QTest::newRow("hi नही without anusvara") << QStringLiteral("नही") << false;
    QTest::newRow("hi सही") << QStringLiteral("सही") << true;
    QTest::newRow("hi गलत") << QStringLiteral("गलत") << false;
    QTest::newRow("hi ग़लत with nukta") << QStringLiteral("ग़लत") << false;
    QTest::newRow("hi transliterated haan") << "haan" << true;
}

void TestValueParsers::booleans()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    ValueProblem problem = ValueProblem::NotBoolean;
    const std::optional<bool> value = parseBoolean(text, &problem);
    QVERIFY(value.has_value());
    QCOMPARE(*value, expected);
    QCOMPARE(problem, ValueProblem::None);
}

void TestValueParsers::booleanRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ValueProblem>("problem");

    QTest::newRow("Telco 'No internet service'")
        << "No internet service" << ValueProblem::NotBoolean;
    QTest::newRow("maybe") << "maybe" << ValueProblem::NotBoolean;
    QTest::newRow("digit 2") << "2" << ValueProblem::NotBoolean;
    QTest::newRow("empty") << "" << ValueProblem::Empty;
    QTest::newRow("one space (Telco blank cell)") << " " << ValueProblem::Empty;
}

void TestValueParsers::booleanRejects()
{
    QFETCH(QString, text);
    QFETCH(ValueProblem, problem);
    ValueProblem actual = ValueProblem::None;
    QVERIFY(!parseBoolean(text, &actual).has_value());
    QCOMPARE(actual, problem);
    QVERIFY(!problemText(actual).isEmpty());
}

void TestValueParsers::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DecimalSeparator>("separator");
    QTest::addColumn<double>("expected");

    const auto point = DecimalSeparator::Point;
    const auto comma = DecimalSeparator::Comma;
    QTest::newRow("integer") << "42" << point << 42.0;
    QTest::newRow("Telco MonthlyCharges without decimals") << "20" << point << 20.0;
    QTest::newRow("decimal point") << "29.85" << point << 29.85;
    QTest::newRow("decimal comma") << "29,85" << comma << 29.85;
    QTest::newRow("thousands comma, decimal point") << "1,234.56" << point << 1234.56;
    QTest::newRow("thousands point, decimal comma") << "1.234,56" << comma << 1234.56;
    QTest::newRow("thousands comma only") << "1,234,567" << point << 1234567.0;
    QTest::newRow("thousands point only") << "1.234.567" << comma << 1234567.0;
    QTest::newRow("1,234 in a decimal-point column is a thousand") << "1,234" << point << 1234.0;
    QTest::newRow("1,234 in a decimal-comma column") << "1,234" << comma << 1.234;
    QTest::newRow("thousands space (fr, pl)") << "1 234,56" << comma << 1234.56;
    QTest::newRow("thousands no-break space (fr)")
        << QStringLiteral("1\u00A0234,56") << comma << 1234.56;
    QTest::newRow("thousands narrow no-break space (fr, Excel)")
        << QStringLiteral("12\u202F345\u202F678,9") << comma << 12345678.9;
    QTest::newRow("thousands apostrophe (ch)") << "1'234.50" << point << 1234.5;
    QTest::newRow("thousands typographic apostrophe")
        << QStringLiteral("1’234.50") << point << 1234.5;
    QTest::newRow("indian lakh grouping") << "1,23,45,678.50" << point << 12345678.5;
    QTest::newRow("euro suffix with space") << QStringLiteral("1.234,56 €") << comma << 1234.56;
    QTest::newRow("euro prefix") << QStringLiteral("€12.50") << point << 12.5;
    QTest::newRow("dollar prefix") << "$1,299.00" << point << 1299.0;
    QTest::newRow("pound prefix") << QStringLiteral("£7.99") << point << 7.99;
    QTest::newRow("rupee prefix") << QStringLiteral("₹1,50,000") << point << 150000.0;
    QTest::newRow("Rs. prefix") << "Rs. 499" << point << 499.0;
    QTest::newRow("zloty suffix") << QStringLiteral("49,99 zł") << comma << 49.99;
    QTest::newRow("PLN code suffix") << "1 299,00 PLN" << comma << 1299.0;
    QTest::newRow("EUR code prefix") << "EUR 15,00" << comma << 15.0;
    QTest::newRow("USD code suffix lower case") << "15.00 usd" << point << 15.0;
    QTest::newRow("INR code") << "INR 2,500" << point << 2500.0;
    QTest::newRow("leading plus") << "+3.5" << point << 3.5;
    QTest::newRow("leading minus") << "-3.5" << point << -3.5;
    QTest::newRow("unicode minus sign") << QStringLiteral("\u22123,5") << comma << -3.5;
    QTest::newRow("minus before currency") << "-$5.00" << point << -5.0;
    QTest::newRow("minus after currency") << QStringLiteral("€-5,00") << comma << -5.0;
    QTest::newRow("accounting parentheses") << "(1,234.50)" << point << -1234.5;
    QTest::newRow("parentheses with currency") << "($12.00)" << point << -12.0;
    QTest::newRow("surrounding spaces") << "  7.25 " << point << 7.25;
    QTest::newRow("leading decimal point") << ".5" << point << 0.5;
    QTest::newRow("leading decimal comma") << ",5" << comma << 0.5;
    QTest::newRow("trailing decimal point") << "5." << point << 5.0;
    QTest::newRow("exponent") << "1.5E3" << point << 1500.0;
    QTest::newRow("negative exponent") << "25e-2" << point << 0.25;
    QTest::newRow("leading zeros") << "007" << point << 7.0;
}

void TestValueParsers::numbers()
{
    QFETCH(QString, text);
    QFETCH(DecimalSeparator, separator);
    QFETCH(double, expected);
    ValueProblem problem = ValueProblem::NotNumber;
    const std::optional<double> value = parseNumber(text, separator, &problem);
    QVERIFY2(value.has_value(), qPrintable(problemText(problem)));
    QCOMPARE(*value, expected);
    QCOMPARE(problem, ValueProblem::None);
}

void TestValueParsers::numberRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DecimalSeparator>("separator");
    QTest::addColumn<ValueProblem>("problem");

    const auto point = DecimalSeparator::Point;
    const auto comma = DecimalSeparator::Comma;
    QTest::newRow("percent is refused, not converted")
        << "12%" << point << ValueProblem::Percentage;
    QTest::newRow("percent with space") << "12,5 %" << comma << ValueProblem::Percentage;
    QTest::newRow("decimal comma in a decimal-point column")
        << "1,5" << point << ValueProblem::NotNumberWithDecimalPoint;
    QTest::newRow("decimal point in a decimal-comma column")
        << "1.5" << comma << ValueProblem::NotNumberWithDecimalComma;
    QTest::newRow("grouping of four digits") << "12,3456.7" << point << ValueProblem::NotNumber;
    QTest::newRow("two decimal points") << "1.2.3" << point << ValueProblem::NotNumber;
    QTest::newRow("mixed group separators") << "1,234 567" << point << ValueProblem::NotNumber;
    QTest::newRow("words") << "twelve" << point << ValueProblem::NotNumber;
    QTest::newRow("Telco TotalCharges single space") << " " << point << ValueProblem::Empty;
    QTest::newRow("empty") << "" << point << ValueProblem::Empty;
    QTest::newRow("two signs") << "--5" << point << ValueProblem::NotNumber;
    QTest::newRow("two currencies") << "$5 EUR" << point << ValueProblem::NotNumber;
    QTest::newRow("digits split by a space") << "5 5" << point << ValueProblem::NotNumber;
    QTest::newRow("only a currency") << QStringLiteral("€") << point << ValueProblem::NotNumber;
    QTest::newRow("not-a-number word") << "NaN" << point << ValueProblem::NotNumber;
    QTest::newRow("overflow") << "1e999" << point << ValueProblem::OutOfRange;
}

void TestValueParsers::numberRejects()
{
    QFETCH(QString, text);
    QFETCH(DecimalSeparator, separator);
    QFETCH(ValueProblem, problem);
    ValueProblem actual = ValueProblem::None;
    const std::optional<double> value = parseNumber(text, separator, &actual);
    QVERIFY2(!value.has_value(), qPrintable(QString::number(value.value_or(0))));
    QCOMPARE(actual, problem);
}

void TestValueParsers::integers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plain") << "12" << qint64(12);
    QTest::newRow("negative") << "-3" << qint64(-3);
    QTest::newRow("thousands space") << "1 200" << qint64(1200);
    QTest::newRow("whole value with zero decimals") << "5.0" << qint64(5);
    QTest::newRow("exponent") << "1e3" << qint64(1000);
    QTest::newRow("above 2^53 kept exact") << "9007199254740993" << qint64(9007199254740993LL);
    QTest::newRow("reach with thousands") << "12,345,678" << qint64(12345678);
}

void TestValueParsers::integers()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    ValueProblem problem = ValueProblem::NotNumber;
    const std::optional<qint64> value = parseInteger(text, DecimalSeparator::Point, &problem);
    QVERIFY2(value.has_value(), qPrintable(problemText(problem)));
    QCOMPARE(*value, expected);
}

void TestValueParsers::integerRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ValueProblem>("problem");

    QTest::newRow("fraction") << "2.5" << ValueProblem::NotWholeNumber;
    QTest::newRow("fraction by exponent") << "25e-1" << ValueProblem::NotWholeNumber;
    QTest::newRow("beyond 64 bits") << "99999999999999999999" << ValueProblem::OutOfRange;
    QTest::newRow("text") << "ten" << ValueProblem::NotNumber;
}

void TestValueParsers::integerRejects()
{
    QFETCH(QString, text);
    QFETCH(ValueProblem, problem);
    ValueProblem actual = ValueProblem::None;
    QVERIFY(!parseInteger(text, DecimalSeparator::Point, &actual).has_value());
    QCOMPARE(actual, problem);
}

void TestValueParsers::numberFormatDetector_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<NumberFormatDetector::Verdict>("verdict");
    QTest::addColumn<DecimalSeparator>("separator");

    using Verdict = NumberFormatDetector::Verdict;
    const auto point = DecimalSeparator::Point;
    const auto comma = DecimalSeparator::Comma;
    QTest::newRow("decimal point column (Telco)")
        << QStringList {"29.85", "56.95", "20", " "} << Verdict::DecimalPoint << point;
    QTest::newRow("decimal comma column (de, fr, pl)")
        << QStringList {"29,85", "56,9", "20"} << Verdict::DecimalComma << comma;
    QTest::newRow("thousands comma then decimal point")
        << QStringList {"1,234.50", "12.00"} << Verdict::DecimalPoint << point;
    QTest::newRow("thousands point then decimal comma")
        << QStringList {"1.234,50"} << Verdict::DecimalComma << comma;
    QTest::newRow("several group commas")
        << QStringList {"1,234,567"} << Verdict::DecimalPoint << point;
    QTest::newRow("several group points")
        << QStringList {"1.234.567"} << Verdict::DecimalComma << comma;
    QTest::newRow("only 1,234-like values are ambiguous")
        << QStringList {"1,234", "5,678"} << Verdict::Ambiguous << point;
    QTest::newRow("ambiguous values decided by another row")
        << QStringList {"1,234", "5,5"} << Verdict::DecimalComma << comma;
    QTest::newRow("0,123 cannot be a thousand")
        << QStringList {"0,123"} << Verdict::DecimalComma << comma;
    QTest::newRow("1234,567 has no grouping")
        << QStringList {"1234,567"} << Verdict::DecimalComma << comma;
    QTest::newRow("space grouping leaves comma as decimal")
        << QStringList {QStringLiteral("1 234,567")} << Verdict::DecimalComma << comma;
    QTest::newRow("currency does not hide the separator")
        << QStringList {QStringLiteral("12,50 €")} << Verdict::DecimalComma << comma;
    QTest::newRow("integers only")
        << QStringList {"1", "20", "300"} << Verdict::NoEvidence << point;
    QTest::newRow("text is no evidence")
        << QStringList {"n/a", "a.b,c"} << Verdict::NoEvidence << point;
    QTest::newRow("conflicting column, majority wins")
        << QStringList {"1,5", "2,5", "3.5"} << Verdict::Conflicting << comma;
}

void TestValueParsers::numberFormatDetector()
{
    QFETCH(QStringList, values);
    QFETCH(NumberFormatDetector::Verdict, verdict);
    QFETCH(DecimalSeparator, separator);
    NumberFormatDetector detector;
    for (const QString &value : values)
        detector.add(value);
    QCOMPARE(detector.verdict(), verdict);
    QCOMPARE(detector.decimalSeparator(DecimalSeparator::Point), separator);
    if (verdict == NumberFormatDetector::Verdict::Conflicting) {
        QCOMPARE(detector.commaExample(), QStringLiteral("1,5"));
        QCOMPARE(detector.pointExample(), QStringLiteral("3.5"));
    }
}

void TestValueParsers::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDate>("expected");

    const auto dmy = DateOrder::DayFirst;
    const auto mdy = DateOrder::MonthFirst;
    const QDate jan31(2024, 1, 31);
    QTest::newRow("ISO") << "2024-01-31" << dmy << jan31;
    QTest::newRow("ISO is year-first whatever the order") << "2024-01-31" << mdy << jan31;
    QTest::newRow("ISO with T and time") << "2024-01-31T14:05" << dmy << jan31;
    QTest::newRow("ISO with seconds and Z") << "2024-01-31T14:05:09Z" << dmy << jan31;
    QTest::newRow("ISO with milliseconds and offset")
        << "2024-01-31T14:05:09.123+01:00" << dmy << jan31;
    QTest::newRow("ISO with space and time") << "2024-01-31 14:05:09" << dmy << jan31;
    QTest::newRow("yyyy/mm/dd") << "2024/01/31" << mdy << jan31;
    QTest::newRow("yyyy.mm.dd") << "2024.01.31" << dmy << jan31;
    QTest::newRow("yyyymmdd compact (CDNOW)") << "19970101" << dmy << QDate(1997, 1, 1);
    QTest::newRow("dd/mm/yyyy") << "31/01/2024" << dmy << jan31;
    QTest::newRow("mm/dd/yyyy") << "01/31/2024" << mdy << jan31;
    QTest::newRow("ambiguous read day-first") << "02/03/2024" << dmy << QDate(2024, 3, 2);
    QTest::newRow("ambiguous read month-first") << "02/03/2024" << mdy << QDate(2024, 2, 3);
    QTest::newRow("dd.mm.yyyy (de, pl)") << "31.01.2024" << dmy << jan31;
    QTest::newRow("dd-mm-yyyy") << "31-01-2024" << dmy << jan31;
    QTest::newRow("one-digit day and month") << "5/7/2024" << dmy << QDate(2024, 7, 5);
    QTest::newRow("two-digit year 24 is 2024") << "31/01/24" << dmy << jan31;
    QTest::newRow("two-digit year 29 is 2029") << "01.01.29" << dmy << QDate(2029, 1, 1);
    QTest::newRow("two-digit year 30 is 1930") << "01.01.30" << dmy << QDate(1930, 1, 1);
    QTest::newRow("two-digit year 97 is 1997") << "3/25/97" << mdy << QDate(1997, 3, 25);
    QTest::newRow("dd/mm/yyyy with time") << "31/01/2024 14:05" << dmy << jan31;
    QTest::newRow("mm/dd/yyyy with AM/PM") << "1/31/2024 2:05 PM" << mdy << jan31;
    QTest::newRow("dotted date with trailing dot") << "31.01.2024." << dmy << jan31;
    QTest::newRow("surrounding spaces") << " 2024-01-31 " << dmy << jan31;
    QTest::newRow("en day month-name year") << "31 Jan 2024" << mdy << jan31;
    QTest::newRow("en month-name day, year") << "January 31, 2024" << dmy << jan31;
    QTest::newRow("en dd-Mon-yy (Excel)") << "31-Jan-24" << dmy << jan31;
    QTest::newRow("fr day month year")
        << QStringLiteral("29 février 2024") << dmy << QDate(2024, 2, 29);
    QTest::newRow("fr abbreviated with dot")
        << QStringLiteral("3 déc. 2023") << dmy << QDate(2023, 12, 3);
    QTest::newRow("de dotted day and month name")
        << QStringLiteral("31. März 2024") << dmy << QDate(2024, 3, 31);
    QTest::newRow("pl genitive month")
        << QStringLiteral("31 października 2024") << dmy << QDate(2024, 10, 31);
    QTest::newRow("pl nominative month")
        << QStringLiteral("1 styczeń 2024") << dmy << QDate(2024, 1, 1);
    QTest::newRow("hi month name") << QStringLiteral("15 अगस्त 2023") << dmy << QDate(2023, 8, 15);
    QTest::newRow("hi month name with nukta")
        << QStringLiteral("1 फ़रवरी 2024") << dmy << QDate(2024, 2, 1);
    QTest::newRow("leap day") << "29/02/2024" << dmy << QDate(2024, 2, 29);
}

void TestValueParsers::dates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, expected);
    ValueProblem problem = ValueProblem::NotDate;
    DateParseOptions options;
    options.order = order;
    const std::optional<QDate> value = parseDate(text, options, &problem);
    QVERIFY2(value.has_value(), qPrintable(problemText(problem)));
    QCOMPARE(*value, expected);
    QCOMPARE(value->toString(Qt::ISODate), expected.toString(Qt::ISODate));
}

void TestValueParsers::dateRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<ValueProblem>("problem");

    const auto dmy = DateOrder::DayFirst;
    const auto mdy = DateOrder::MonthFirst;
    QTest::newRow("31 February") << "31/02/2024" << dmy << ValueProblem::InvalidCalendarDate;
    QTest::newRow("29 February of a common year")
        << "29.02.2023" << dmy << ValueProblem::InvalidCalendarDate;
    QTest::newRow("ISO 30 February") << "2024-02-30" << dmy << ValueProblem::InvalidCalendarDate;
    QTest::newRow("month-first value in a day-first column")
        << "01/13/2024" << dmy << ValueProblem::NotDayMonthYear;
    QTest::newRow("day-first value in a month-first column")
        << "13/01/2024" << mdy << ValueProblem::NotMonthDayYear;
    QTest::newRow("no valid order") << "13/13/2024" << dmy << ValueProblem::NotDate;
    QTest::newRow("month 13 in ISO") << "2024-13-01" << dmy << ValueProblem::NotDate;
    QTest::newRow("mixed separators") << "31/01-2024" << dmy << ValueProblem::NotDate;
    QTest::newRow("words") << "last Tuesday" << dmy << ValueProblem::NotDate;
    QTest::newRow("unknown month name") << "31 Foo 2024" << dmy << ValueProblem::NotDate;
    QTest::newRow("garbage after the time")
        << "2024-01-31 14:05 later" << dmy << ValueProblem::NotDate;
    QTest::newRow("Excel serial from a CSV") << "45322" << dmy << ValueProblem::NotDate;
    QTest::newRow("three-digit year") << "31/01/202" << dmy << ValueProblem::NotDate;
    QTest::newRow("empty") << "" << dmy << ValueProblem::Empty;
    QTest::newRow("one space") << " " << dmy << ValueProblem::Empty;
}

void TestValueParsers::dateRejects()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(ValueProblem, problem);
    ValueProblem actual = ValueProblem::None;
    DateParseOptions options;
    options.order = order;
    const std::optional<QDate> value = parseDate(text, options, &actual);
    QVERIFY2(!value.has_value(), qPrintable(value.value_or(QDate()).toString(Qt::ISODate)));
    QCOMPARE(actual, problem);
    QVERIFY(!problemText(actual).isEmpty());
}

void TestValueParsers::excelSerials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("excel1904");
    QTest::addColumn<QDate>("expected"); // invalid: rejected

    QTest::newRow("1900: serial 1 is 1900-01-01") << "1" << false << QDate(1900, 1, 1);
    QTest::newRow("1900: serial 59 is 1900-02-28") << "59" << false << QDate(1900, 2, 28);
    QTest::newRow("1900: serial 60 is the fictitious 1900-02-29") << "60" << false << QDate();
    QTest::newRow("1900: serial 61 is 1900-03-01") << "61" << false << QDate(1900, 3, 1);
    QTest::newRow("1900: serial 0 is no date") << "0" << false << QDate();
    QTest::newRow("1900: 45322 is 2024-01-31") << "45322" << false << QDate(2024, 1, 31);
    QTest::newRow("1900: time of day discarded") << "45322.75" << false << QDate(2024, 1, 31);
    QTest::newRow("1904: serial 0 is 1904-01-01") << "0" << true << QDate(1904, 1, 1);
    QTest::newRow("1904: 43860 is 2024-01-31") << "43860" << true << QDate(2024, 1, 31);
    QTest::newRow("8 digits stay yyyymmdd") << "20240131" << false << QDate(2024, 1, 31);
    QTest::newRow("ISO text still accepted") << "2024-01-31" << false << QDate(2024, 1, 31);
}

void TestValueParsers::excelSerials()
{
    QFETCH(QString, text);
    QFETCH(bool, excel1904);
    QFETCH(QDate, expected);
    DateParseOptions options;
    options.allowExcelSerial = true;
    options.excel1904 = excel1904;
    ValueProblem problem = ValueProblem::None;
    const std::optional<QDate> value = parseDate(text, options, &problem);
    if (!expected.isValid()) {
        QVERIFY(!value.has_value());
        QCOMPARE(problem, ValueProblem::InvalidCalendarDate);
        return;
    }
    QVERIFY2(value.has_value(), qPrintable(problemText(problem)));
    QCOMPARE(*value, expected);
    if (!text.contains(QLatin1Char('-')) && text.size() != 8)
        QCOMPARE(dateFromExcelSerial(text.toDouble(), excel1904), std::optional<QDate>(expected));
}

void TestValueParsers::dateOrderDetector_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DateOrderDetector::Verdict>("verdict");
    QTest::addColumn<int>("order"); // -1 none, else DateOrder
    QTest::addColumn<int>("suggested");

    using Verdict = DateOrderDetector::Verdict;
    const int none = -1;
    const int dmy = int(DateOrder::DayFirst);
    const int mdy = int(DateOrder::MonthFirst);
    QTest::newRow("one day above 12 decides day-first")
        << QStringList {"01/02/2024", "13/02/2024", "05/06/2024"} << Verdict::DayFirst << dmy
        << dmy;
    QTest::newRow("one second part above 12 decides month-first")
        << QStringList {"01/02/2024", "02/13/2024"} << Verdict::MonthFirst << mdy << mdy;
    QTest::newRow("all parts at most 12: ask")
        << QStringList {"01/02/2024", "03/04/2024", "12/11/2023"} << Verdict::Ambiguous << none
        << none;
    QTest::newRow("ambiguous dotted dates suggest day-first")
        << QStringList {"01.02.2024", "03.04.2024"} << Verdict::Ambiguous << none << dmy;
    QTest::newRow("conflicting column") << QStringList {"13/01/2024", "01/13/2024", "02/02/2024"}
                                        << Verdict::Conflicting << none << none;
    QTest::newRow("ISO only") << QStringList {"2024-01-31", "2023-12-01"} << Verdict::YearFirst
                              << dmy << dmy;
    QTest::newRow("ISO and ambiguous: still ask")
        << QStringList {"2024-01-31", "01/02/2024"} << Verdict::Ambiguous << none << none;
    QTest::newRow("compact CDNOW dates")
        << QStringList {"19970101", "19980630"} << Verdict::YearFirst << dmy << dmy;
    QTest::newRow("blanks and text ignored")
        << QStringList {"", " ", "n/a", "25/12/2023"} << Verdict::DayFirst << dmy << dmy;
    QTest::newRow("no dates") << QStringList {"abc", ""} << Verdict::NoDates << dmy << dmy;
}

void TestValueParsers::dateOrderDetector()
{
    QFETCH(QStringList, values);
    QFETCH(DateOrderDetector::Verdict, verdict);
    QFETCH(int, order);
    QFETCH(int, suggested);
    DateOrderDetector detector;
    for (const QString &value : values)
        detector.add(value);
    QCOMPARE(detector.verdict(), verdict);
    QCOMPARE(detector.order().has_value() ? int(*detector.order()) : -1, order);
    QCOMPARE(detector.suggestedOrder().has_value() ? int(*detector.suggestedOrder()) : -1,
             suggested);
    if (verdict == DateOrderDetector::Verdict::Conflicting) {
        QCOMPARE(detector.dayFirstExample(), QStringLiteral("13/01/2024"));
        QCOMPARE(detector.monthFirstExample(), QStringLiteral("01/13/2024"));
        QCOMPARE(detector.dayFirstEvidence(), 1);
        QCOMPARE(detector.monthFirstEvidence(), 1);
        QCOMPARE(detector.ambiguousValues(), 1);
    }
}

void TestValueParsers::everyProblemHasAReason()
{
    QVERIFY(problemText(ValueProblem::None).isEmpty());
    for (int i = int(ValueProblem::Empty); i <= int(ValueProblem::InvalidCalendarDate); ++i)
        QVERIFY2(!problemText(ValueProblem(i)).isEmpty(), qPrintable(QString::number(i)));
    QCOMPARE(problemText(ValueProblem::NotDayMonthYear),
             QStringLiteral("not a date in day/month/year order"));
    QCOMPARE(problemText(ValueProblem::NotNumber), QStringLiteral("not a number"));
    QCOMPARE(problemText(ValueProblem::NotBoolean), QStringLiteral("not yes/no"));
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
