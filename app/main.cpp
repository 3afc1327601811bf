// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointqueue.h"
#include "command.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "projectstore.h"
#include "sidefiles.h"
#include "singleinstance.h"
#include "socialroiconfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>

#include <cstring>
#include <memory>

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
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        Main::tr("Interface language: en, fr, de, pl or hi."),
                                        QStringLiteral("L")));
    parser.addOption(QCommandLineOption(QStringLiteral("pane"),
                                        Main::tr("Open the window on this pane: %1.")
                                            .arg(MainWindow::paneIds().join(QLatin1String(", "))),
                                        CommandText::idValue()));
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

// Verbs that draw charts (Command::needsGui) run headless too: without a
// display, and unless the user chose a platform, Qt draws offscreen.
void useOffscreenWithoutDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();

    if (argc > 1) {
        if (const Command *command = findCommand(QString::fromLocal8Bit(argv[1]))) {
            std::unique_ptr<QCoreApplication> app;
            if (command->needsGui) {
                useOffscreenWithoutDisplay();
                app = std::make_unique<QApplication>(argc, argv);
            } else {
                app = std::make_unique<QCoreApplication>(argc, argv);
            }
            LanguageManager::installEnglishPlurals();
            QStringList arguments = app->arguments();
            arguments.removeAt(1);
            arguments[0] = QStringLiteral("socialroi %1").arg(QLatin1String(command->name));
            const int exitCode = command->run(arguments);
            CheckpointQueue::waitForAll(); // an import's pages still on their way
            SideFiles::tidy(); // nothing left beside a project the command read
            return exitCode;
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

    const QString language = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("lang")) && !LanguageManager::isSupported(language)) {
        printError(Main::tr("--lang: unknown language \"%1\". Choose one of: %2.")
                       .arg(language, LanguageManager::languages().join(QLatin1String(", "))));
        return ExitCode::usage;
    }

    const QString pane = parser.value(QStringLiteral("pane"));
    if (parser.isSet(QStringLiteral("pane")) && !MainWindow::paneIds().contains(pane)) {
        printError(Main::tr("--pane: unknown pane \"%1\". Valid panes: %2.")
                       .arg(pane, MainWindow::paneIds().join(QLatin1String(", "))));
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
        printForeignObjects(*store);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SocialROI Workbench"));
    // The icon of every window, and the desktop entry that names this program
    // (Wayland matches the window to its menu entry and icon by it).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socialroi.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral(SOCIALROI_APP_ID));
    LanguageManager languages;
    // --lang applies to this run only; the Language menu remembers a choice.
    languages.setLanguage(LanguageManager::startupLanguage(language), false);
    // A project opened from the desktop goes to the window already running,
    // if any, so that two windows never write one file.
    if (store && SingleInstance::handOver(QFileInfo(store->path()).absoluteFilePath()))
        return ExitCode::success;

    MainWindow window;
    window.setLanguageManager(&languages);
    SingleInstance instance;
    if (instance.listen()) {
        QObject::connect(&instance, &SingleInstance::projectRequested, &window,
                         [&window](const QString &path) {
                             window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                             window.raise();
                             window.activateWindow();
                             window.openProject(path);
                         });
    }
    if (!pane.isEmpty())
        window.showPane(pane); // shown once the project is open
    if (store)
        window.setProject(std::move(store));
    else
        window.openStartupProject();
    window.show();
    const int exitCode = app.exec();
    CheckpointQueue::waitForAll(); // an import's pages still on their way
    return exitCode;
}
