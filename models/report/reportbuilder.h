// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"
#include "reportinputs.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

// Turns a MetricsResult and the project's assumptions and import log into a
// ReportDocument: every text of the report in `locale` (numbers, dates and
// money through MetricFormat, as the window shows them) and the translated
// labels of metriclabels.h. Charts are left empty: they are rendered by the
// widgets layer. Pure functions, safe on any thread.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static ReportDocument build(const std::shared_ptr<const MetricsResult> &result,
                                const ReportInputs &inputs, const QLocale &locale);

    // The pieces, public so tests format the JSON's numbers as the report does.
    static QString roiText(std::optional<double> roi, const QLocale &locale);
    // "Every €1 spent on social care returned €3.45 within a year, between … and …."
    static QString roiSentence(const RoiSummary &roi, const QLocale &locale);

    // With `statisticalDetails`, also the p-value and the customers compared.
    static ReportTable metricTable(const MetricGroup &group, const QString &currency,
                                   const QLocale &locale, bool statisticalDetails = true);
    static ReportTable roiTable(const RoiSummary &roi, const QLocale &locale);
    // The relationship's lifetime value and DERL with each cohort's 95 %
    // interval from the models, then one row per model parameter, each
    // cohort's estimate with its standard error.
    static ReportTable modelTable(const MetricGroup &group, const QString &currency,
                                  const QLocale &locale);

    // The languages of the report (SPEC section 5, --lang) and their locales.
    static QStringList languages(); // en, fr, de, pl, hi
    static QLocale localeForLanguage(const QString &language);
};
