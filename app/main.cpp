#include "command.h"
#include "mainwindow.h"
#include "projectstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SocialROI"));
    QCoreApplication::setApplicationName(QStringLiteral("SocialROI Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCIALROI_VERSION));
}

// The window's options. Verbs have their own parsers (command.h).
void setUpWindowParser(QCommandLineParser &parser)
{
    QString verbs;
    for (const Command &command : commands()) {
        verbs += QStringLiteral("\n  %1  %2")
                     .arg(QLatin1String(command.name), -8)
                     .arg(QCoreApplication::translate("Command", command.summary));
    }
    parser.setApplicationDescription(
        Main::tr("SocialROI Workbench: measure whether social customer care keeps customers.\n"
                 "Without a command, opens the workbench window on PROJECT (or on the last "
                 "project, or the demo project).\n\nCommands (socialroi COMMAND --help):%1")
            .arg(verbs));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Main::tr("The project file to open (.socialroi)."),
                                 QStringLiteral("[PROJECT]"));
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "-v", "--version", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();

    if (argc > 1) {
        if (const Command *command = findCommand(QString::fromLocal8Bit(argv[1]))) {
            QCoreApplication app(argc, argv);
            QStringList arguments = app.arguments();
            arguments.removeAt(1);
            arguments[0] = QStringLiteral("socialroi %1").arg(QLatin1String(command->name));
            return command->run(arguments);
        }
    }

    // --help and --version need no display, so answer them without a GUI.
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        setUpWindowParser(parser);
        parser.process(app);
        return ExitCode::success;
    }

    // Parse and validate before the GUI starts, so a bad project is reported
    // on the terminal (and the process exits non-zero) even without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    setUpWindowParser(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitCode::usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(Main::tr("Unknown command \"%1\". Run socialroi --help for the list.")
                       .arg(positional.constFirst()));
        return ExitCode::usage;
    }

    std::unique_ptr<ProjectStore> store;
    if (!positional.isEmpty()) {
        // A project named on the command line that cannot be opened is an
        // error of the command: say why and exit, leaving the file untouched.
        StoreError error;
        store = ProjectStore::open(positional.constFirst(), ProjectStore::OpenMode::ExistingOnly,
                                   &error);
        if (!store) {
            printError(error.toString());
            return ExitCode::failure;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SocialROI Workbench"));
    MainWindow window;
    if (store)
        window.setProject(std::move(store));
    else
        window.openStartupProject();
    window.show();
    return app.exec();
}
