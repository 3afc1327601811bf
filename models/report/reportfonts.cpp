// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfonts.h"

namespace ReportFonts {

QStringList families(const QLocale &locale)
{
    if (locale.script() == QLocale::DevanagariScript || locale.language() == QLocale::Hindi) {
        return {QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans"),
                QStringLiteral("DejaVu Sans")};
    }
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Liberation Sans")};
}

} // namespace ReportFonts
