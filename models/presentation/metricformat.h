// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// Display text for the engine's numbers in the user's locale (SPEC section 6),
// chosen by the unit a MetricRow names: shares as percentages, money with the
// project's currency, counts as whole numbers, rates with three significant
// digits. Used by the item models and the panes so a number reads the same in
// the table, the value line and the ROI summary. Missing numbers show as "—".
namespace MetricFormat {

enum class UnitKind { Share, Points, Money, Count, Number };
UnitKind unitKind(const QString &unit);

// A value of the unit ("80.1%", "€1,054.90", "0.0989").
QString value(std::optional<double> number, const QString &unit, const QString &currency,
              const QLocale &locale = QLocale());
// A difference of two values of the unit, signed; shares in percentage points.
QString difference(std::optional<double> number, const QString &unit, const QString &currency,
                   const QLocale &locale = QLocale());
// "low – high" of a difference.
QString interval(std::optional<double> low, std::optional<double> high, const QString &unit,
                 const QString &currency, const QLocale &locale = QLocale());
// A relative change, signed ("+28.8%").
QString lift(std::optional<double> number, const QLocale &locale = QLocale());
QString percent(double share, int decimals, const QLocale &locale = QLocale());
// "< 0.001" below a thousandth, else three decimals.
QString pValue(std::optional<double> number, const QLocale &locale = QLocale());
// Money in the currency; whole units from a thousand up.
QString money(std::optional<double> number, const QString &currency,
              const QLocale &locale = QLocale());
// The symbol of an ISO 4217 code ("EUR" -> "€"); the code itself when unknown.
QString currencySymbol(const QString &isoCode, const QLocale &locale = QLocale());
QString missing();
// "low – high", the texts of an interval's two ends joined as everywhere else.
QString range(const QString &low, const QString &high);

} // namespace MetricFormat
