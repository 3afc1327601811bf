// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectedtext.h"

#include "inputlimits.h"

#include <QCryptographicHash>

QString RejectedText::capped(const QString &raw)
{
    if (raw.size() * 3 <= InputLimits::maxRejectedTextBytes)
        return raw; // short enough in any encoding: the common case
    const QByteArray utf8 = raw.toUtf8();
    if (utf8.size() <= InputLimits::maxRejectedTextBytes)
        return raw;
    qsizetype cut = InputLimits::maxRejectedTextBytes;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
        --cut; // not inside a character
    const QByteArray sha256 = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex();
    return QString::fromUtf8(utf8.first(cut))
        + tr(" [… cut here: the row as read is %1 bytes of UTF-8, SHA-256 %2]")
              .arg(utf8.size())
              .arg(QString::fromLatin1(sha256));
}

bool RejectedText::isCapped(const QString &stored)
{
    if (stored.size() * 3 <= InputLimits::maxRejectedTextBytes)
        return false;
    return stored.toUtf8().size() > InputLimits::maxRejectedTextBytes;
}
