// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricformat.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace {

// Three significant digits, at most four decimals: 0.0989, 3.07, 10.8, 742.
int significantDecimals(double number)
{
    if (number == 0 || !std::isfinite(number))
        return 2;
    const int magnitude = int(std::floor(std::log10(std::abs(number))));
    return std::clamp(2 - magnitude, 0, 4);
}

// Zero when `number` prints as zero at `decimals`, so -0.0002 shows as "0.0", not "-0.0".
double zeroIfRoundsToZero(double number, int decimals)
{
    return std::abs(number) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : number;
}

QString withSign(const QString &text, double number, const QLocale &locale)
{
    return number > 0 ? locale.positiveSign() + text : text;
}

// The symbols of the currencies a project is likely to use; any other code is
// looked up among Qt's locales once.
QString knownSymbol(const QString &isoCode)
{
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> table = {
            {QStringLiteral("EUR"), QStringLiteral("€")},
            {QStringLiteral("USD"), QStringLiteral("$")},
            {QStringLiteral("GBP"), QStringLiteral("£")},
            {QStringLiteral("INR"), QStringLiteral("₹")},
            {QStringLiteral("PLN"), QStringLiteral("zł")},
            {QStringLiteral("JPY"), QStringLiteral("¥")},
        };
        const QList<QLocale> locales = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (!code.isEmpty() && !table.contains(code))
                table.insert(code, locale.currencySymbol(QLocale::CurrencySymbol));
        }
        return table;
    }();
    return symbols.value(isoCode);
}

} // namespace

namespace MetricFormat {

UnitKind unitKind(const QString &unit)
{
    if (unit == QLatin1String("share"))
        return UnitKind::Share;
    if (unit == QLatin1String("points"))
        return UnitKind::Points;
    if (unit.startsWith(QLatin1String("money")))
        return UnitKind::Money;
    if (unit == QLatin1String("customers") || unit == QLatin1String("churned customers")
        || unit == QLatin1String("mentions") || unit == QLatin1String("people reached")
        || unit == QLatin1String("improvements")) {
        return UnitKind::Count;
    }
    return UnitKind::Number;
}

QString missing()
{
    // i18n: shown in a table cell where a number cannot be computed.
    return QCoreApplication::translate("MetricFormat", "—");
}

QString percent(double share, int decimals, const QLocale &locale)
{
    return locale.toString(zeroIfRoundsToZero(share * 100, decimals), 'f', decimals)
        + locale.percent();
}

QString currencySymbol(const QString &isoCode, const QLocale &locale)
{
    if (isoCode.isEmpty())
        return QString();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCode)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    const QString symbol = knownSymbol(isoCode);
    return symbol.isEmpty() ? isoCode : symbol;
}

QString money(std::optional<double> number, const QString &currency, const QLocale &locale)
{
    if (!number)
        return missing();
    const int decimals = std::abs(*number) >= 1000 ? 0 : 2;
    // A minus sign rather than the accounting brackets some locales use
    // ("(€0.17)"), which read as a typo in a table of differences.
    const QString text
        = locale.toCurrencyString(std::abs(*number), currencySymbol(currency, locale), decimals);
    return *number < 0 ? locale.negativeSign() + text : text;
}

QString value(std::optional<double> number, const QString &unit, const QString &currency,
              const QLocale &locale)
{
    if (!number)
        return missing();
    switch (unitKind(unit)) {
    case UnitKind::Share:
        return percent(*number, 1, locale);
    case UnitKind::Points:
        return locale.toString(*number, 'f', 1);
    case UnitKind::Money:
        return money(number, currency, locale);
    case UnitKind::Count:
        return locale.toString(*number, 'f', 0);
    case UnitKind::Number:
        break;
    }
    return locale.toString(*number, 'f', significantDecimals(*number));
}

QString difference(std::optional<double> number, const QString &unit, const QString &currency,
                   const QLocale &locale)
{
    if (!number)
        return missing();
    if (unitKind(unit) == UnitKind::Share) {
        // i18n: a difference of two percentages, in percentage points.
        const double points = zeroIfRoundsToZero(*number * 100, 1);
        return withSign(QCoreApplication::translate("MetricFormat", "%1 pp")
                            .arg(locale.toString(points, 'f', 1)),
                        points, locale);
    }
    if (unitKind(unit) == UnitKind::Number) {
        // The difference keeps the digits of the values it compares.
        return withSign(locale.toString(*number, 'f', significantDecimals(*number)), *number,
                        locale);
    }
    return withSign(value(number, unit, currency, locale), *number, locale);
}

QString interval(std::optional<double> low, std::optional<double> high, const QString &unit,
                 const QString &currency, const QLocale &locale)
{
    if (!low || !high)
        return missing();
    return range(difference(low, unit, currency, locale), difference(high, unit, currency, locale));
}

QString range(const QString &low, const QString &high)
{
    // i18n: an interval from %1 to %2.
    return QCoreApplication::translate("MetricFormat", "%1 – %2").arg(low, high);
}

QString lift(std::optional<double> number, const QLocale &locale)
{
    if (!number)
        return missing();
    return withSign(percent(*number, 1, locale), zeroIfRoundsToZero(*number * 100, 1), locale);
}

QString pValue(std::optional<double> number, const QLocale &locale)
{
    if (!number)
        return missing();
    if (*number < 0.001) {
        // i18n: a p-value smaller than %1.
        return QCoreApplication::translate("MetricFormat", "< %1")
            .arg(locale.toString(0.001, 'f', 3));
    }
    return locale.toString(*number, 'f', 3);
}

} // namespace MetricFormat
