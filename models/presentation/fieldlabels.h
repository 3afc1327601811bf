// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldnames.h"

#include <QString>
#include <QStringView>

// A segment filter as a manager reads it: "region=France" -> "Region: France"
// (the attribute's name with a capital, underscores as spaces), a value of
// the segment column "basic" -> "Segment: basic"; empty stays empty. The
// words of covariateLabel(), which the balance table shows.
QString segmentLabel(QStringView filter);
// What no segment filter means: "All customers".
QString allCustomersLabel();
