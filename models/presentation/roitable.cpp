// SPDX-License-Identifier: GPL-3.0-or-later
#include "roitable.h"

#include "commontext.h"
#include "metricformat.h"
#include "metriclabels.h"

#include <QCoreApplication>

namespace {

struct RoiTableText
{
    Q_DECLARE_TR_FUNCTIONS(RoiTable)
};

} // namespace

namespace RoiTable {

std::vector<Line> lines(const RoiSummary &roi)
{
    std::vector<Line> all;
    for (const RoiComponent &component : roi.components)
        all.push_back({component.id, component.value, component.low, component.high});
    // The total's interval comes from one method applied to the whole sum
    // (RoiSummary), not from adding the components' limits.
    const double low = roi.valueLow;
    const double high = roi.valueHigh;
    all.push_back({QStringLiteral("value"), roi.value, low, high, false, true});
    all.push_back({QStringLiteral("cost"), roi.cost, roi.cost, roi.cost, false, true});
    all.push_back({QStringLiteral("net"), roi.net, low - roi.cost, high - roi.cost, false, true});
    all.push_back({QStringLiteral("roi"), roi.roi, roi.roiLow, roi.roiHigh, true, true});
    return all;
}

QStringList headers()
{
    return {RoiTableText::tr("Component"), CommonText::valueHeader(), RoiTableText::tr("Low"),
            RoiTableText::tr("High")};
}

QString label(const Line &line)
{
    return labelOf(line.id);
}

QString labelOf(const QString &id)
{
    if (id == QLatin1String("value"))
        return RoiTableText::tr("Total value");
    if (id == QLatin1String("cost"))
        return RoiTableText::tr("Programme cost");
    if (id == QLatin1String("net"))
        return RoiTableText::tr("Net value");
    if (id == QLatin1String("roi"))
        return RoiTableText::tr("Return on investment");
    return metricGroupTitle(id);
}

QString number(const Line &line, std::optional<double> value, const QString &currency,
               const QLocale &locale)
{
    if (line.isRatio)
        return value ? MetricFormat::percent(*value, 0, locale) : MetricFormat::missing();
    return MetricFormat::money(value, currency, locale);
}

QString toolTip(const Line &line, const RoiSummary &roi)
{
    if (line.id == QLatin1String("cost"))
        return RoiTableText::tr("The programme cost per month times the horizon of %n month(s)",
                                nullptr, roi.horizonMonths);
    if (line.id == QLatin1String("roi"))
        return RoiTableText::tr("(value − cost) / cost");
    return {};
}

} // namespace RoiTable
