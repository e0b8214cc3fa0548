// foundry-console: the command line decides between the headless emulator and the console.
#include "CommandLine.h"
#include "ConsoleApp.h"
#include "ExitCodes.h"
#include "HeadlessApp.h"
#include "SeedCommands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <memory>

using namespace foundry;

namespace {
QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("foundry-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOUNDRY_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("foundry-console"));

    // Parsed before the application object exists: only a console start needs QtGui.
    const ParsedCommandLine parsed = parseCommandLine(argumentsOf(argc, argv));
    if (!parsed.options)
        return parsed.exitCode;
    const AppOptions &options = *parsed.options;

    switch (options.mode) {
    case AppOptions::Mode::CheckSeed: {
        QCoreApplication app(argc, argv);
        return runCheckSeed(options.checkFile);
    }
    case AppOptions::Mode::Export: {
        QCoreApplication app(argc, argv);
        return runExport(options.seedFile, options.exportFile);
    }
    case AppOptions::Mode::Serve:
        break;
    }
    if (!options.headless && displayAvailable()) {
        QApplication app(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("Foundry Emulator Console"));
        // Ties the windows to the installed desktop entry and its icon (packaging/).
        QGuiApplication::setDesktopFileName(
            QStringLiteral("io.github.foundry_console.FoundryConsole"));
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("foundry-console")));
        return runConsole(options);
    }
    if (!options.headless) {
        QTextStream(stderr) << "foundry-console: no display (DISPLAY, WAYLAND_DISPLAY and "
                               "QT_QPA_PLATFORM are unset); running the emulator headless.\n";
    }
    QCoreApplication app(argc, argv);
    return runHeadless(options);
}
