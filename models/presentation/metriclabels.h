// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Translated, human-readable texts for the metric engine's ids: group titles
// ("raves" -> "Complaints turned into raves"), row and series labels
// ("retention_12m" -> "Still a customer after 12 months"), units and the
// plain-language note of each group, written for a marketing manager.
// Unknown ids come back as they are, so a new engine row still shows.
QString metricGroupTitle(QStringView groupId); // also "roi"
QString metricGroupNote(QStringView groupId); // also "roi"
QString metricRowLabel(QStringView rowName); // rows and monthly series
// The statistical test a row reports ("log-rank test"), empty for most rows:
// shown beside the row's label only with the statistical details.
QString metricRowTest(QStringView rowName);
// The unit as an axis title; "money …" units name the currency symbol.
QString metricUnitLabel(QStringView unit, const QString &currencySymbol = QString());
QString channelLabel(QStringView channel); // "phone", "self_service", ...
// A row as one bar of a chart: the channel of a per-channel contact rate
// ("Phone"), otherwise the row's label.
QString chartBarLabel(QStringView rowName);
