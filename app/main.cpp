// foundry-console: the command line decides between the headless emulator and the console.
#include "CommandLine.h"
#include "ExitCodes.h"
#include "HeadlessApp.h"
#include "SeedCommands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace foundry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("foundry-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOUNDRY_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("foundry-console"));

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options)
        return parsed.exitCode;
    const AppOptions &options = *parsed.options;

    switch (options.mode) {
    case AppOptions::Mode::CheckSeed:
        return runCheckSeed(options.checkFile);
    case AppOptions::Mode::Export:
        return runExport(options.seedFile, options.exportFile);
    case AppOptions::Mode::Serve:
        break;
    }
    if (!options.headless) {
        // The desktop console is a later milestone; until it lands every start is headless.
        QTextStream(stderr) << "foundry-console: the desktop console is not part of this build "
                               "yet; running the emulator headless.\n";
    }
    return runHeadless(options);
}
