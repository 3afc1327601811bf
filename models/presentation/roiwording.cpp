// SPDX-License-Identifier: GPL-3.0-or-later
#include "roiwording.h"

#include "datetext.h"
#include "metricformat.h"
#include "metriclabels.h"

#include <QCoreApplication>

#include <algorithm>

namespace RoiWording {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RoiWording", text);
}

// Under a segment or date filter: which rule charged the selection the
// programme's cost and the entered figures, and what share it gave.
QString allocation(const RoiSummary &roi, const QLocale &locale)
{
    const QString share = MetricFormat::percent(roi.costShare, 1, locale);
    switch (roi.costAllocation) {
    case Assumptions::ProgrammeAllocation::SocialCustomers:
        return tr("This selection holds %1 of the social customers, so it is charged %1 of the "
                  "programme's cost and of the figures entered for the whole project.")
            .arg(share);
    case Assumptions::ProgrammeAllocation::AllCustomers:
        return tr("This selection holds %1 of all customers, so it is charged %1 of the "
                  "programme's cost and of the figures entered for the whole project (the rule "
                  "chosen in the assumptions).")
            .arg(share);
    case Assumptions::ProgrammeAllocation::Whole:
        return tr("This selection is charged the programme's whole cost and the whole of the "
                  "figures entered for the project (the rule chosen in the assumptions): the "
                  "selections of a partition do not add up to the whole.");
    }
    return QString();
}

// The window, the money's basis and the entered figures, after the headline.
QString basis(const RoiSummary &roi, const QLocale &locale)
{
    QString text = roi.margin
        ? tr("The money is profit, at a contribution margin of %1.")
              .arg(MetricFormat::percent(*roi.margin, 0, locale))
        : tr("The money is revenue, not profit: set the contribution margin in the assumptions "
             "to count profit.");
    if (roi.method == EstimationMethod::Adjusted) {
        // Promoters' money rests on recommendation scores, which carry no
        // date: it cannot be estimated from the first social contact.
        const bool comparedPromoters = std::any_of(
            roi.components.begin(), roi.components.end(), [](const RoiComponent &component) {
                return component.value != 0 && component.id == QLatin1String("raves");
            });
        if (comparedPromoters) {
            text += QLatin1Char(' ')
                + tr("The promoters' value compares the cohorts from signup: recommendation "
                     "scores carry no date, so it is not estimated from the first social "
                     "contact.");
        }
    }
    if (roi.filtered)
        text += QLatin1Char(' ') + allocation(roi, locale);
    for (const RoiComponent &component : roi.components) {
        if (component.entered && component.value != 0) {
            text += QLatin1Char(' ')
                + tr("Process innovations add %1 from figures entered by hand, with no estimate "
                     "of uncertainty.")
                      .arg(MetricFormat::money(component.value, roi.currency, locale));
        }
    }
    return text;
}

} // namespace

QString sentence(const RoiSummary &roi, const QLocale &locale)
{
    const auto money
        = [&](double value) { return MetricFormat::money(value, roi.currency, locale); };
    const QString from = DateText::medium(roi.windowFrom, locale);
    const QString to = DateText::medium(roi.windowTo, locale);
    QString headline;
    const auto lacks = [&roi](MissingData data) {
        return std::find(roi.missingData.begin(), roi.missingData.end(), data)
            != roi.missingData.end();
    };
    if (lacks(MissingData::Customers)) {
        return tr("No verdict yet: %1").arg(MissingDataText::sentence(MissingData::Customers));
    }
    if (roi.noSocialCustomers) {
        return roi.method == EstimationMethod::Adjusted
            ? tr("No verdict yet: no customer in this selection has a first contact with the "
                 "social care team on or after the programme launch, with similar customers to "
                 "compare "
                 "with. Import the contacts with their channel (social), or the customers' first "
                 "social date, to estimate what the team caused.")
            : tr("No verdict yet: no customer in this selection is marked as having dealt with "
                 "the social care team. Import the contacts with their channel (social), or the "
                 "customers' social flag, to compare them.");
    }
    // Each benefit left out of the value, and which file would measure it.
    QStringList missing;
    for (MissingData data : roi.missingData)
        missing << MissingDataText::sentence(data);
    if (roi.noBenefitMeasured) {
        return tr("No verdict yet: no benefit of social customer care could be measured from the "
                  "data "
                  "imported so far, so there is no ROI to show.")
            + QLatin1Char(' ') + missing.join(QLatin1Char(' '));
    }
    if (!roi.roi || !roi.roiLow || !roi.roiHigh) {
        headline = tr("No programme cost is set, so there is no return to compute; the value of "
                      "social customer care from %1 to %2 is %3.")
                       .arg(from, to, money(roi.value));
    } else {
        // Every unit spent returned (value / cost) = ROI + 1 units.
        const QString one
            = locale.toCurrencyString(1.0, MetricFormat::currencySymbol(roi.currency, locale), 0);
        const QString returned = money(*roi.roi + 1);
        const QString low = money(*roi.roiLow + 1);
        const QString high = money(*roi.roiHigh + 1);
        headline = roi.method == EstimationMethod::Adjusted
            ? tr("From %1 to %2, every %3 spent on social customer care returned an estimated %4 "
                 "(between %5 and %6), compared with similar customers who were still with us "
                 "on the same day.")
                  .arg(from, to, one, returned, low, high)
            : tr("From %1 to %2, every %3 spent on social customer care went with %4 (between %5 "
                 "and %6) "
                 "in a naive comparison of everyone ever in touch with the social care team "
                 "against "
                 "everyone else: not an estimate of what the team caused.")
                  .arg(from, to, one, returned, low, high);
    }
    QString text = headline + QLatin1Char(' ') + basis(roi, locale);
    if (!missing.isEmpty()) {
        text += QLatin1Char(' ') + tr("Left out of the value:") + QLatin1Char(' ')
            + missing.join(QLatin1Char(' '));
    }
    return text;
}

QString intervalSentence(const RoiSummary &roi, const QLocale &locale)
{
    if (roi.interval == RoiInterval::Bootstrap && roi.bootstrapDrawn < roi.bootstrapCustomers) {
        // At least 20 resamples: the English plural is always right.
        return QCoreApplication::translate(
                   "RoiPane",
                   "The interval of the value and of the ROI: a bootstrap of the whole "
                   "calculation, "
                   "%n resamples of %1 of the %2 customers each, rescaled to all of them.",
                   nullptr, roi.bootstrapReplicates)
            .arg(locale.toString(roi.bootstrapDrawn), locale.toString(roi.bootstrapCustomers));
    }
    if (roi.interval == RoiInterval::Bootstrap) {
        // At least 20 resamples: the English plural is always right.
        return QCoreApplication::translate(
            "RoiPane",
            "The interval of the value and of the ROI: a bootstrap of "
            "the whole calculation, %n resamples of the customers.",
            nullptr, roi.bootstrapReplicates);
    }
    return QCoreApplication::translate(
        "RoiPane",
        "The interval of the value and of the ROI: its linear approximation, found at once.");
}

QString lifetimeValueSentence(const RoiSummary &roi, const QLocale &locale)
{
    const QString rate = MetricFormat::percent(roi.annualDiscountRate, 1, locale);
    QString text = roi.margin
        ? QCoreApplication::translate(
              "RoiWording",
              "Lifetime value here is the profit a customer is expected to bring from the as-of "
              "date on, in today's money: a contribution margin of %1 on the subscription "
              "revenue of the months the sBG model expects them to stay and on the orders "
              "BG/NBD and Gamma-Gamma expect, discounted at %2 a year. Each cohort's interval "
              "shows "
              "how uncertain the fitted models are.")
              .arg(MetricFormat::percent(*roi.margin, 0, locale), rate)
        : QCoreApplication::translate(
              "RoiWording",
              "Lifetime value here is the revenue, not profit (no contribution margin is set), a "
              "customer is expected to bring from the as-of date on, in today's money: the "
              "subscription revenue of the months the sBG model expects them to stay and the "
              "orders BG/NBD and Gamma-Gamma expect, discounted at %1 a year. Each cohort's "
              "interval shows how uncertain the fitted models are.")
              .arg(rate);
    text += QLatin1Char(' ')
        + QCoreApplication::translate("RoiWording",
                                      "Expected orders are counted over the horizon of %n "
                                      "month(s).",
                                      nullptr, roi.horizonMonths);
    return text;
}

QString savesValueSentence(const MetricGroup &saves, const QString &currency, const QLocale &locale)
{
    if (!saves.value)
        return {};
    const auto money = [&](double value) { return MetricFormat::money(value, currency, locale); };
    const MetricRow *atRisk = saves.row(QStringLiteral("at_risk_customers"));
    const MetricRow *perSave = saves.row(QStringLiteral("value_per_save"));
    // Computed outside the translate() call: lupdate cannot parse template
    // arguments among a message's arguments.
    const int atRiskCount = atRisk && atRisk->social ? int(*atRisk->social) : 0;
    const bool overLifetime = perSave && perSave->warning.isEmpty();
    const QString low = money(saves.valueLow.value_or(*saves.value));
    const QString high = money(saves.valueHigh.value_or(*saves.value));
    const QString text = overLifetime
        ? QCoreApplication::translate("RoiPane",
                                      "The extra saves among the %n social customers at risk are "
                                      "worth about %1 over their remaining lifetime (between %2 "
                                      "and %3).",
                                      nullptr, atRiskCount)
        : QCoreApplication::translate("RoiPane",
                                      "The extra saves among the %n social customers at risk are "
                                      "worth about %1 over the horizon (between %2 and %3).",
                                      nullptr, atRiskCount);
    // Over the remaining lifetime, the saves' value is no share of
    // retention's money over the window (it may be larger): it is not added,
    // and not said to sit inside it.
    const QString notAdded = overLifetime
        ? QCoreApplication::translate("RoiPane",
                                      "Not added to the ROI: retention already counts what kept "
                                      "customers bring within the ROI window.")
        : QCoreApplication::translate("RoiPane",
                                      "Shown inside retention, not added to the ROI again.");
    return text.arg(money(*saves.value), low, high) + QLatin1Char(' ') + notAdded;
}

QString partSentence(const MetricGroup &part, const QString &currency, const QLocale &locale)
{
    if (!part.valueAlone || !part.value || part.includedIn.isEmpty())
        return {};
    const QString alone = MetricFormat::money(*part.valueAlone, currency, locale);
    const QString whole = metricGroupTitle(part.includedIn).toLower();
    if (*part.value == 0) {
        return tr("On its own this estimate comes to %1, but %2 as a whole did not move that "
                  "way: none of it is counted inside.")
            .arg(alone, whole);
    }
    return tr("On its own this estimate comes to %1, more than %2 as a whole (%3), whose other "
              "parts move the other way: only %3 is counted inside it.")
        .arg(alone, whole, MetricFormat::money(*part.value, currency, locale));
}

} // namespace RoiWording
