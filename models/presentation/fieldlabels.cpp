// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabels.h"

#include "metricresult.h"

#include <QCoreApplication>

QString segmentLabel(QStringView filter)
{
    const QString trimmed = filter.trimmed().toString();
    if (trimmed.isEmpty())
        return QString();
    // The same words as the balance table's rows.
    return covariateLabel(
        trimmed.contains(QLatin1Char('=')) ? trimmed : QStringLiteral("segment=") + trimmed);
}

QString allCustomersLabel()
{
    return QCoreApplication::translate("FieldLabels", "All customers");
}
