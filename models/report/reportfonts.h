// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

// The font families a report is set in, best first, chosen by its language:
// Hindi needs a font with Devanagari ("Noto Sans Devanagari", installed with
// fonts-noto-core by scripts/install-deps); the Latin-script languages use
// Noto Sans. The PDF writer takes the first family the system has (and
// embeds it); the HTML writer lists them all in its CSS.
namespace ReportFonts {

QStringList families(const QLocale &locale);

} // namespace ReportFonts
