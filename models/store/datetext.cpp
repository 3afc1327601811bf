// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include <QRegularExpression>
#include <QStringList>

namespace DateText {

QString mediumFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The weekday with what separates it from the date ("dddd, ", "dddd ").
    format.remove(QRegularExpression(QStringLiteral("d{3,4}[,،]?\\s*")));
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    format = format.trimmed();
    if (format.isEmpty() || !format.contains(QLatin1Char('y')))
        return entryFormat(locale);
    return format;
}

QString medium(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, mediumFormat(locale)) : QString();
}

QString entryFormat(const QLocale &locale)
{
    // The short format with four-digit years: "yy" would read 25 as 1925.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

namespace {

QDate parseWith(const QString &text, const QString &format, const QLocale &locale)
{
    const QDate date = locale.toDate(text, format);
    // toDate() accepts a year of any length; a date field means this era.
    return date.isValid() && date.year() >= 1000 ? date : QDate();
}

} // namespace

QDate parse(const QString &text, const QLocale &locale)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$"));
    if (iso.match(typed).hasMatch()) {
        const QStringList parts = typed.split(QLatin1Char('-'));
        return QDate(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
    }
    // The numeric format, also with one-digit days and months (typed
    // "1/1/2024" for "01/01/2024").
    QString numeric = entryFormat(locale);
    QString relaxed = numeric;
    relaxed.replace(QLatin1String("dd"), QLatin1String("d"));
    relaxed.replace(QLatin1String("MM"), QLatin1String("M"));
    for (const QString &format : {numeric, relaxed}) {
        const QDate date = parseWith(typed, format, locale);
        if (date.isValid())
            return date;
    }
    // Two-digit years are this century's ("1/1/24").
    QString shortYear = relaxed;
    shortYear.replace(QLatin1String("yyyy"), QLatin1String("yy"));
    const QDate shortDate = locale.toDate(typed, shortYear);
    static const QRegularExpression twoDigitYear(QStringLiteral("\\D\\d{2}$|^\\d{2}\\D"));
    if (shortDate.isValid() && twoDigitYear.match(typed).hasMatch())
        return QDate(2000 + shortDate.year() % 100, shortDate.month(), shortDate.day());
    for (const QString &format : {mediumFormat(locale), locale.dateFormat(QLocale::LongFormat)}) {
        const QDate date = parseWith(typed, format, locale);
        if (date.isValid())
            return date;
    }
    return QDate();
}

QString fullYearShortFormat(const QLocale &locale, bool withTime)
{
    QString format = withTime ? locale.dateTimeFormat(QLocale::ShortFormat)
                              : locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace DateText
