// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"

#include <QLatin1String>
#include <QStringList>
#include <QStringView>

// Reads the values of enumeration fields (channel, sentiment) as people
// write them: case, accents, spaces and punctuation do not matter
// (" Phone", "E-mail", "SELF-SERVICE"), and common synonyms in en, fr, de, pl
// and hi name a value ("Social Media" and "Twitter" are social, "Telefon" is
// phone, "courriel" is email). Pure functions, thread-safe.
class EnumerationMatcher
{
public:
    // The canonical value (one of field.allowedValues), or an empty
    // QLatin1String when the text names none.
    static QLatin1String match(const FieldSpec &field, QStringView text);

    // The words read as `value` of `field`, the value itself first (for help
    // texts and the documentation).
    static QStringList synonyms(QStringView field, QStringView value);
};
