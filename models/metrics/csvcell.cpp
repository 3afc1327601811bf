// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvcell.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace CsvCell {

QString neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString quoted(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString text(const QString &value)
{
    return quoted(neutralised(value));
}

bool isPlainNumber(const QString &text)
{
    // No leading '+', no spaces, no separators, no currency or percent sign:
    // only what QString::number() itself writes.
    static const QRegularExpression plain(
        QStringLiteral("\\A-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?\\z"));
    return plain.match(text).hasMatch();
}

QString field(const QString &value)
{
    return isPlainNumber(value) ? value : text(value);
}

QString number(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return {};
    // QString::number ignores QLocale::setDefault(): always '.' and no group
    // separators, which is what a machine-readable file needs.
    return QString::number(*value, 'g', QLocale::FloatingPointShortest);
}

QString integer(qint64 value)
{
    return QString::number(value);
}

QString record(const QStringList &cells)
{
    return cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace CsvCell
