// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialect.h"

#include "csvcell.h"

#include <algorithm>
#include <cmath>

CsvDialect::CsvDialect(Kind kind, const QLocale &locale)
    : m_kind(kind)
    , m_locale(locale)
    , m_delimiter(QLatin1Char(','))
    , m_decimalMark(QLatin1Char('.'))
{
    if (kind == Kind::Programs)
        return;
    // QLocale::decimalPoint() is a string in Qt 6; every locale we ship has
    // one character there.
    const QString decimal = locale.decimalPoint();
    if (decimal.size() == 1)
        m_decimalMark = decimal.front();
    // A comma is the decimal mark: the list separator is the semicolon, as
    // Windows' regional settings and LibreOffice have it for those locales.
    if (m_decimalMark == QLatin1Char(','))
        m_delimiter = QLatin1Char(';');
}

CsvDialect CsvDialect::programs()
{
    return CsvDialect(Kind::Programs, QLocale::c());
}

CsvDialect CsvDialect::spreadsheet(const QLocale &locale)
{
    return CsvDialect(Kind::Spreadsheet, locale);
}

std::optional<CsvDialect::Kind> CsvDialect::kindFromName(const QString &name)
{
    if (name == QLatin1String("programs"))
        return Kind::Programs;
    if (name == QLatin1String("spreadsheet"))
        return Kind::Spreadsheet;
    return std::nullopt;
}

QString CsvDialect::nameOf(Kind kind)
{
    return kind == Kind::Programs ? QStringLiteral("programs") : QStringLiteral("spreadsheet");
}

QByteArray CsvDialect::fileStart() const
{
    return hasByteOrderMark() ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

QByteArray CsvDialect::file(const QString &records) const
{
    return fileStart() + records.toUtf8();
}

QString CsvDialect::number(std::optional<double> value) const
{
    if (!value || !std::isfinite(*value))
        return {};
    // 'g' drops trailing zeros: the shortest text that reads back to the
    // value rounded to 12 digits. QString::number ignores QLocale::setDefault().
    QString text = QString::number(*value, 'g', significantDigits);
    if (m_kind == Kind::Programs)
        return text;
    if (text.contains(QLatin1Char('e'))) {
        // A spreadsheet's default import reads no exponent: the same
        // rounded value in fixed notation.
        const double rounded = text.toDouble();
        const int exponent = int(std::floor(std::log10(std::abs(rounded))));
        const int decimals = std::max(0, significantDigits - 1 - exponent);
        text = QString::number(rounded, 'f', decimals);
        if (text.contains(QLatin1Char('.'))) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
    }
    text.replace(QLatin1Char('.'), m_decimalMark);
    return text;
}

QString CsvDialect::integer(qint64 value) const
{
    return QString::number(value);
}

QString CsvDialect::date(const QDate &value) const
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString CsvDialect::text(const QString &value) const
{
    return CsvCell::quoted(CsvCell::neutralised(value), m_delimiter);
}

QString CsvDialect::field(const QString &value) const
{
    if (!CsvCell::isPlainNumber(value))
        return text(value);
    if (m_kind == Kind::Programs)
        return value;
    const bool whole = !value.contains(QLatin1Char('.')) && !value.contains(QLatin1Char('e'))
        && !value.contains(QLatin1Char('E'));
    return whole ? value : number(value.toDouble());
}

QString CsvDialect::record(const QStringList &cells) const
{
    return cells.join(m_delimiter) + QLatin1String("\r\n");
}

bool CsvDialect::operator==(const CsvDialect &other) const
{
    return m_kind == other.m_kind && m_delimiter == other.m_delimiter
        && m_decimalMark == other.m_decimalMark
        && (m_kind == Kind::Programs || m_locale == other.m_locale);
}
