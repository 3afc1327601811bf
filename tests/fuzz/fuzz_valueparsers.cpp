// SPDX-License-Identifier: GPL-3.0-or-later
// The value parsers (dates, numbers, booleans in en, fr, de, pl, hi), the
// per-column detectors and header normalisation, on any text.
//
// The input is UTF-8 (invalid sequences become U+FFFD, as a decoded file
// would hold); lines are the values of one column, fed to the detectors.
// Besides crashes, it checks the parsers' promises: a parsed date is valid,
// a parsed integer is the number parsed as a double, and a value that is
// blank is reported Empty.

#include "headermatcher.h"
#include "valueparsers.h"
#include "xlsxreader.h"
#include "xlsxworkbook.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace ValueParsers;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void parseValue(QStringView text)
{
    ValueProblem problem = ValueProblem::None;
    parseBoolean(text, &problem);
    check(!isBlank(text) || problem == ValueProblem::Empty);
    foldForComparison(text);
    HeaderMatcher::normalize(text);

    for (const DecimalSeparator decimal : {DecimalSeparator::Point, DecimalSeparator::Comma}) {
        const auto number = parseNumber(text, decimal, &problem);
        const auto integer = parseInteger(text, decimal, &problem);
        if (integer)
            check(number && *number == double(*integer));
    }
    for (const DateOrder order : {DateOrder::DayFirst, DateOrder::MonthFirst}) {
        for (const bool serial : {false, true}) {
            const auto date = parseDate(
                text, {order, serial, serial && order == DateOrder::MonthFirst}, &problem);
            if (date)
                check(date->isValid());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    NumberFormatDetector numbers;
    DateOrderDetector dates;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        parseValue(line);
        numbers.add(line);
        dates.add(line);
        XlsxWorkbook::isDateFormat(int(line.size()), line);
    }
    numbers.verdict();
    numbers.decimalSeparator();
    dates.verdict();
    dates.order();
    dates.suggestedOrder();

    // Excel serials and the reader's canonical number text, from the first bytes.
    if (size >= sizeof(double)) {
        double value = 0;
        std::memcpy(&value, data, sizeof value);
        for (const bool date1904 : {false, true}) {
            const auto date = dateFromExcelSerial(value, date1904);
            if (date)
                check(date->isValid());
            if (std::isfinite(value))
                XlsxReader::serialDateText(value, date1904);
        }
        XlsxReader::numberText(value);
    }
    return 0;
}
