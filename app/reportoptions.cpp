// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoptions.h"

#include "command.h"
#include "languagemanager.h"
#include "reportbuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

ReportOptions::ReportOptions()
    : project({QStringLiteral("p"), QStringLiteral("project")},
              tr("The project file to read (.socialroi)."), CommandText::projectValue())
    , segment(QStringLiteral("segment"),
              tr("Only customers of this segment, or NAME=VALUE for an extra attribute."),
              tr("S", "value name: a segment"))
    , from(QStringLiteral("from"),
           tr("Only customers who signed up on or after DATE (YYYY-MM-DD)."),
           CommandText::dateValue())
    , to(QStringLiteral("to"), tr("Only customers who signed up on or before DATE (YYYY-MM-DD)."),
         CommandText::dateValue())
    , asOf(QStringLiteral("as-of"),
           tr("Compute as of DATE (YYYY-MM-DD) instead of the project's as-of date."),
           CommandText::dateValue())
    , language(QStringLiteral("lang"),
               // i18n: the language codes are option values; do not translate them.
               tr("Numbers, dates and money in this language: en, fr, de, pl or hi."),
               CommandText::languageValue())
{ }

void ReportOptions::addTo(QCommandLineParser &parser) const
{
    addProjectAndFilters(parser);
    parser.addOption(language);
}

void ReportOptions::addProjectAndFilters(QCommandLineParser &parser) const
{
    parser.addOptions({project, segment, from, to, asOf});
}

bool ReportOptions::readDate(const QCommandLineParser &parser, const QCommandLineOption &option,
                             QDate *date) const
{
    if (!parser.isSet(option))
        return true;
    const QString value = parser.value(option);
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (isoDate.match(value).hasMatch())
        *date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date->isValid()) {
        printError(tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".")
                       .arg(option.names().constLast(), value));
        return false;
    }
    return true;
}

bool ReportOptions::readFilters(const QCommandLineParser &parser, MetricFilters *filters) const
{
    filters->segment = parser.value(segment);
    if (!readDate(parser, from, &filters->from) || !readDate(parser, to, &filters->to)
        || !readDate(parser, asOf, &filters->asOf)) {
        return false;
    }
    if (filters->from.isValid() && filters->to.isValid() && filters->from > filters->to) {
        printError(
            tr("--from %1 is after --to %2: no signup date can match.")
                .arg(filters->from.toString(Qt::ISODate), filters->to.toString(Qt::ISODate)));
        return false;
    }
    return true;
}

// The report's texts in its language: the same translators as the window,
// for this process only (the window's remembered choice is not touched).
void ReportOptions::installTranslations(const QString &language)
{
    auto *languages = new LanguageManager(QCoreApplication::instance());
    languages->setLanguage(language, false);
}

QString ReportOptions::readLanguage(const QCommandLineParser &parser,
                                    const QCommandLineOption &option)
{
    const QStringList languages = ReportBuilder::languages();
    if (!parser.isSet(option)) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        return languages.contains(system) ? system : QStringLiteral("en");
    }
    const QString value = parser.value(option);
    if (!languages.contains(value)) {
        printError(tr("--lang must be one of %1, not \"%2\".")
                       .arg(languages.join(QLatin1String(", ")), value));
        return {};
    }
    return value;
}

bool ReportOptions::readLocale(const QCommandLineParser &parser, QLocale *locale) const
{
    const QString chosen = readLanguage(parser, language);
    if (chosen.isEmpty())
        return false;
    *locale = ReportBuilder::localeForLanguage(chosen);
    installTranslations(chosen);
    return true;
}

bool ReportOptions::readPaths(const QCommandLineParser &parser, const QCommandLineOption &output,
                              QString *projectPath, QString *outputPath) const
{
    if (!parser.isSet(project)) {
        printError(tr("Missing -p PROJECT: the project to read."));
        return false;
    }
    if (!parser.isSet(output)) {
        printError(tr("Missing -o FILE: where to write."));
        return false;
    }
    *projectPath = QDir::cleanPath(parser.value(project));
    *outputPath = QDir::cleanPath(parser.value(output));
    return outputSparesProject(*projectPath, *outputPath);
}

bool ReportOptions::outputSparesProject(const QString &projectPath, const QString &outputPath)
{
    // The temporary file would be renamed over the project and destroy it.
    if (!outputPath.isEmpty() && QFileInfo::exists(outputPath)
        && QFileInfo(outputPath).canonicalFilePath()
            == QFileInfo(projectPath).canonicalFilePath()) {
        printError(tr("-o %1 is the project itself; choose another output file.")
                       .arg(QDir::toNativeSeparators(outputPath)));
        return false;
    }
    return true;
}
