// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// Dates as the window shows and reads them.
//
// Shown: the locale's medium format, the long one without the weekday and
// with the month abbreviated ("Dec 31, 2025", "31 déc. 2025", "31.12.2025"
// never "12/31/25" outside the US), so that no date reads two ways.
// Typed: the locale's numeric date with the year in full ("31/12/2025",
// "31.12.2025", "12/31/2025"), one-digit days and months, two-digit years
// (20yy), ISO "2025-12-31", and the medium and long formats.
namespace DateText {

QString mediumFormat(const QLocale &locale);
QString medium(const QDate &date, const QLocale &locale = QLocale());
// The numeric format a date field shows and proposes for typing.
QString entryFormat(const QLocale &locale);
// The date typed, or an invalid QDate when the text is not a date.
QDate parse(const QString &text, const QLocale &locale = QLocale());
// The reports' date pattern: the locale's short date (with its time when
// `withTime`) with the year in full ("12/31/2025", "31.12.2025"), as the PDF,
// HTML and XLSX reports write it: in a report read years later, "25" is
// ambiguous.
QString fullYearShortFormat(const QLocale &locale, bool withTime = false);

} // namespace DateText
