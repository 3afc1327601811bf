// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assumptions.h"

#include <QLatin1String>
#include <QString>
#include <QStringList>

// The names of the assumptions, their units and their choices, as the
// assumptions editor, the sensitivity chart and the reports show them.
namespace AssumptionLabels {

// The assumptions' page, report section and step of the getting-started list.
QString title();
// The assumptions table's headers: "Assumption", "Value", "Unit".
QStringList headers();

// A number of months or days as an assumption's value reads: "12 months".
QString monthCount(int months);
QString dayCount(int days);

QString keyLabel(QLatin1String key);
// A Choice assumption's stored value as it reads ("Share of all customers…").
QString choiceLabel(const QString &value);
// `currency` is the ISO code the money units name.
QString unitLabel(Assumptions::Unit unit, const QString &currency);

} // namespace AssumptionLabels
