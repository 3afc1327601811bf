// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Translated, human-readable names of the canonical fields and tables
// ("signup_date" -> "Signup date"), shared by the browser, wizard and panes.
QString fieldLabel(QStringView field);
QString tableLabel(QStringView table);
// A segment filter as a manager reads it: "region=France" -> "Region: France"
// (the attribute's name with a capital, underscores as spaces), a value of
// the segment column "basic" -> "Segment: basic"; empty stays empty. The
// words of covariateLabel(), which the balance table shows.
QString segmentLabel(QStringView filter);
