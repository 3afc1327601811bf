// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricresult.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

// The options `report` and `chart` share with `metrics`: the project, the
// filters of SPEC section 5 (--segment, --from, --to, --as-of) and --lang.
// Each reader prints its error and returns false when a value is wrong.
class ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReportOptions)

public:
    ReportOptions();

    void addTo(QCommandLineParser &parser) const;

    bool readFilters(const QCommandLineParser &parser, MetricFilters *filters) const;
    // en, fr, de, pl or hi; without --lang, the system's language when it is
    // one of them, else English.
    static void installTranslations(const QString &language);
    bool readLocale(const QCommandLineParser &parser, QLocale *locale) const;
    // The language of `option` (a --lang): en, fr, de, pl or hi; without it,
    // the system's when it is one of them, else English. Empty, with the
    // error printed, for another value.
    static QString readLanguage(const QCommandLineParser &parser, const QCommandLineOption &option);
    // -p, checked to be set; -o, checked not to be the project itself.
    bool readPaths(const QCommandLineParser &parser, const QCommandLineOption &output,
                   QString *projectPath, QString *outputPath) const;
    // False, with the error printed, when `outputPath` is the project file
    // itself (writing there would destroy it).
    static bool outputSparesProject(const QString &projectPath, const QString &outputPath);
    // -p and the filters (--segment, --from, --to, --as-of): addTo() without
    // --lang, for a command whose --lang means something of its own.
    void addProjectAndFilters(QCommandLineParser &parser) const;

    const QCommandLineOption project;
    const QCommandLineOption segment;
    const QCommandLineOption from;
    const QCommandLineOption to;
    const QCommandLineOption asOf;
    const QCommandLineOption language;

private:
    bool readDate(const QCommandLineParser &parser, const QCommandLineOption &option,
                  QDate *date) const;
};
