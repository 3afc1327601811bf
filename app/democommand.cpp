// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace {

struct DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

} // namespace

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DemoCommand::tr("Writes a demo project: a telecom-style customer base with known true "
                        "effects of social customer care, stored in the project's demo_truth "
                        "table."));
    parser.addHelpOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          DemoCommand::tr("The project file to write."),
                                          CommandText::fileValue());
    const QCommandLineOption customersOption(
        QStringLiteral("customers"), DemoCommand::tr("Number of customers (default 20000)."),
        CommandText::numberValue(), QStringLiteral("20000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        DemoCommand::tr("Random seed; the same seed writes the "
                                                        "same data."),
                                        DemoCommand::tr("S", "value name: a random seed"),
                                        QString::number(DemoOptions().seed));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         DemoCommand::tr("Replace FILE if it exists."));
    parser.addOptions({outputOption, customersOption, seedOption, forceOption});
    if (const std::optional<int> exitCode = parseArguments(parser, arguments))
        return *exitCode;
    if (!rejectPositionalArguments(parser))
        return ExitCode::usage;
    if (!parser.isSet(outputOption)) {
        printError(DemoCommand::tr("Missing -o FILE: where to write the demo project."));
        return ExitCode::usage;
    }

    DemoOptions options;
    bool ok = false;
    options.customers = parser.value(customersOption).toLongLong(&ok);
    if (!ok || options.customers < 1 || options.customers > 100'000'000) {
        printError(DemoCommand::tr("--customers must be a whole number from 1 to 100000000, "
                                   "not \"%1\".")
                       .arg(parser.value(customersOption)));
        return ExitCode::usage;
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        printError(DemoCommand::tr("--seed must be a non-negative whole number, not \"%1\".")
                       .arg(parser.value(seedOption)));
        return ExitCode::usage;
    }

    const QString path = QDir::cleanPath(parser.value(outputOption));
    QElapsedTimer timer;
    timer.start();
    const DemoGenerator::Result result
        = DemoGenerator::generate(path, options, parser.isSet(forceOption));
    if (!result.ok) {
        printError(result.error.toString());
        return ExitCode::failure;
    }
    printOut(DemoCommand::tr("Wrote %1: %n customer(s) in %2 s.", nullptr, int(options.customers))
                 .arg(QDir::toNativeSeparators(path))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitCode::success;
}
