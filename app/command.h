// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QStringList>

#include <optional>
#include <vector>

class ProjectStore;
class QCommandLineParser;

// The command-line verbs of SPEC section 5. Each verb parses its own options
// with QCommandLineParser (so `socialroi VERB --help` works), writes results
// to stdout and errors to stderr, and returns the process exit code.
namespace ExitCode {
constexpr int success = 0;
constexpr int failure = 1; // the work could not be done (bad file, bad project)
constexpr int usage = 2; // the command line itself is wrong
} // namespace ExitCode

struct Command
{
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("Command", ...)
    int (*run)(const QStringList &arguments); // arguments[0] is "socialroi VERB"
    // Draws charts (widgets): main() creates a QApplication, on the offscreen
    // platform when there is no display, instead of a QCoreApplication.
    bool needsGui = false;
};

const std::vector<Command> &commands();
const Command *findCommand(const QString &name);

// Parses a verb's arguments; an exit code when the verb should stop here:
// a usage error (printed) or --help (help printed).
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// The words the verbs share, translated once: the value names of their
// options in --help ("-o FILE") and the sentences every verb prints.
namespace CommandText {
QString fileValue(); // "FILE"
QString dateValue(); // "DATE", written YYYY-MM-DD
QString projectValue(); // "PROJECT"
QString numberValue(); // "N"
QString languageValue(); // "L", a language code
QString idValue(); // "ID", an id the help lists
QString wrote(const QString &path); // "Wrote /path/report.pdf."
} // namespace CommandText

// A verb takes no positional argument: prints "Unexpected argument: …" and
// returns false when it got one.
bool rejectPositionalArguments(const QCommandLineParser &parser);

// Shared by the verbs: print to the standard streams in UTF-8.
void printOut(const QString &text);
void printError(const QString &text);
// Names, on stderr, the objects of the project that this program did not
// create: a warning, and the verb goes on.
void printForeignObjects(const ProjectStore &store);
// Opens the project through the store and closes it again, before an engine
// opens its own read-only connection: the store names the problem with a
// missing, foreign or newer file (printed; false), and the objects it did not
// create (printed).
bool checkProjectOpens(const QString &projectPath);

// --bootstrap N of the verbs that compute the ROI: the replicates of its
// bootstrap interval. readReplicates() leaves 0 when the option is not set,
// and prints the problem and returns false for a bad number.
QCommandLineOption bootstrapOption();
bool readReplicates(const QCommandLineParser &parser, const QCommandLineOption &option,
                    int *replicates);

int runDemoCommand(const QStringList &arguments);
int runImportCommand(const QStringList &arguments);
int runMetricsCommand(const QStringList &arguments);
int runReportCommand(const QStringList &arguments);
int runChartCommand(const QStringList &arguments);
int runScoresCommand(const QStringList &arguments);
