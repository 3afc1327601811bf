// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricwording.h"

#include "datacoverage.h"
#include "datetext.h"
#include "metricformat.h"
#include "metriclabels.h"
#include "roiwording.h"

#include <QStringList>

namespace {

struct MetricWordingText
{
    Q_DECLARE_TR_FUNCTIONS(MetricWording)
};

} // namespace

namespace MetricWording {

QString valueLine(const MetricGroup &group, const RoiSummary &roi, const QLocale &locale)
{
    if (group.missing != MissingData::None)
        return MissingDataText::sentence(group.missing);
    if (group.id == QLatin1String("relationship"))
        return MetricWordingText::tr("Descriptive: adds no money of its own to the ROI.");
    if (!group.value)
        return MetricWordingText::tr("No money value: the data cannot support one.");
    if (group.id == QLatin1String("saves"))
        return RoiWording::savesValueSentence(group, roi.currency, locale);
    const auto money
        = [&](double value) { return MetricFormat::money(value, roi.currency, locale); };
    const int months = roi.horizonMonths;
    const double value = *group.value;
    const double low = group.valueLow.value_or(value);
    const double high = group.valueHigh.value_or(value);
    if (group.id == QLatin1String("raves") && value == 0 && low == 0 && high == 0) {
        return MetricWordingText::tr(
            "No money value: set the value of a promoter in the assumptions to count "
            "the promoters gained.");
    }
    QString text;
    if (low == value && high == value) {
        text = months == 12
            ? MetricWordingText::tr("Worth about %1 a year (entered figures, no interval).")
                  .arg(money(value))
            : MetricWordingText::tr(
                  "Worth about %1 over %n month(s) (entered figures, no interval).", nullptr,
                  months)
                  .arg(money(value));
    } else {
        text = months == 12
            ? MetricWordingText::tr("Worth about %1 a year (between %2 and %3).")
                  .arg(money(value), money(low), money(high))
            : MetricWordingText::tr("Worth about %1 over %n month(s) (between %2 and %3).", nullptr,
                                    months)
                  .arg(money(value), money(low), money(high));
    }
    if (!group.includedIn.isEmpty()) {
        text += QLatin1Char(' ')
            + MetricWordingText::tr("Shown inside %1, not added to the ROI again.")
                  .arg(metricGroupTitle(group.includedIn).toLower());
        if (const QString part = RoiWording::partSentence(group, roi.currency, locale);
            !part.isEmpty())
            text += QLatin1Char(' ') + part;
    }
    return text;
}

QString cohortLine(const MetricsResult &result, const QLocale &locale)
{
    return QStringList {
        MetricWordingText::tr("Social cohort: %Ln customer(s)", nullptr,
                              int(result.socialCustomers)),
        MetricWordingText::tr("control cohort: %Ln customer(s)", nullptr,
                              int(result.controlCustomers)),
        MetricWordingText::tr("as of %1").arg(DateText::medium(result.asOf, locale))}
        .join(QStringLiteral(" · "));
}

} // namespace MetricWording
