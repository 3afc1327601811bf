// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Translated, human-readable names of the canonical fields and tables
// ("signup_date" -> "Signup date"), shared by the browser, wizard and panes.
QString fieldLabel(QStringView field);
QString tableLabel(QStringView table);
