// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticaldetails.h"

#include <QSettings>

namespace {

const char settingsKey[] = "metricTables/statisticalDetails";

} // namespace

StatisticalDetails::StatisticalDetails()
    : m_shown(QSettings().value(QLatin1String(settingsKey), false).toBool())
{ }

StatisticalDetails *StatisticalDetails::instance()
{
    static StatisticalDetails details;
    return &details;
}

void StatisticalDetails::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    QSettings().setValue(QLatin1String(settingsKey), shown);
    Q_EMIT shownChanged(shown);
}
