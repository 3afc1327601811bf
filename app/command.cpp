// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <memory>

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {"demo", QT_TRANSLATE_NOOP("Command", "Write a demo project with known effects"),
         &runDemoCommand},
        {"import",
         QT_TRANSLATE_NOOP("Command", "Import a CSV, TSV or XLSX file into a table of a project"),
         &runImportCommand},
        {"metrics",
         QT_TRANSLATE_NOOP("Command", "Compute the metrics and ROI of a project as JSON or CSV"),
         &runMetricsCommand},
        {"report",
         QT_TRANSLATE_NOOP("Command", "Write the report of a project as PDF, HTML or XLSX"),
         &runReportCommand, true},
        {"chart", QT_TRANSLATE_NOOP("Command", "Write one chart of a metric as PNG, SVG or PDF"),
         &runChartCommand, true},
        {"scores",
         QT_TRANSLATE_NOOP("Command",
                           "Write each customer's lifetime value and forecasts as CSV or XLSX"),
         &runScoresCommand},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitCode::usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitCode::success;
    }
    return std::nullopt;
}

namespace {

struct CommandTextTr
{
    Q_DECLARE_TR_FUNCTIONS(CommandText)
};

} // namespace

namespace CommandText {

QString fileValue()
{
    return CommandTextTr::tr("FILE");
}

QString dateValue()
{
    return CommandTextTr::tr("DATE");
}

QString projectValue()
{
    return CommandTextTr::tr("PROJECT");
}

QString numberValue()
{
    return CommandTextTr::tr("N");
}

QString languageValue()
{
    return CommandTextTr::tr("L");
}

QString idValue()
{
    return CommandTextTr::tr("ID");
}

QString wrote(const QString &path)
{
    return CommandTextTr::tr("Wrote %1.").arg(QDir::toNativeSeparators(path));
}

} // namespace CommandText

bool rejectPositionalArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    printError(CommandTextTr::tr("Unexpected argument: %1")
                   .arg(parser.positionalArguments().constFirst()));
    return false;
}

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printForeignObjects(const ProjectStore &store)
{
    if (!store.foreignObjectsWarning().isEmpty())
        printError(QDir::toNativeSeparators(store.path()) + QLatin1String(": ")
                   + store.foreignObjectsWarning());
}

QCommandLineOption bootstrapOption()
{
    return QCommandLineOption(
        QStringLiteral("bootstrap"),
        QCoreApplication::translate("MetricsCommand",
                                    "The ROI's interval from N replicates of a customer-level "
                                    "bootstrap of the whole calculation (fixed seed; 200 or more "
                                    "for a report). Without it, the interval is its linear "
                                    "approximation, found at once."),
        CommandText::numberValue());
}

bool readReplicates(const QCommandLineParser &parser, const QCommandLineOption &option,
                    int *replicates)
{
    *replicates = 0;
    if (!parser.isSet(option))
        return true;
    bool isNumber = false;
    *replicates = parser.value(option).toInt(&isNumber);
    if (isNumber && *replicates >= 20 && *replicates <= 100000)
        return true;
    printError(QCoreApplication::translate("MetricsCommand",
                                           "--bootstrap must be a number of replicates from 20 "
                                           "to 100000, not \"%1\".")
                   .arg(parser.value(option)));
    return false;
}

bool checkProjectOpens(const QString &projectPath)
{
    StoreError error;
    const std::unique_ptr<ProjectStore> store
        = ProjectStore::open(projectPath, ProjectStore::OpenMode::ExistingOnly, &error);
    if (!store) {
        printError(error.toString());
        return false;
    }
    printForeignObjects(*store);
    return true;
}
