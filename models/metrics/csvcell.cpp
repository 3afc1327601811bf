// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvcell.h"

#include <QRegularExpression>

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

QString quoted(const QString &text, QChar delimiter)
{
    const bool needsQuotes = text.contains(delimiter) || text.contains(QLatin1Char(','))
        || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r'))
        || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool isPlainNumber(const QString &text)
{
    // No leading '+', no spaces, no separators, no currency or percent sign:
    // only what QString::number() itself writes.
    static const QRegularExpression plain(
        QStringLiteral("\\A-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?\\z"));
    return plain.match(text).hasMatch();
}

} // namespace CsvCell
