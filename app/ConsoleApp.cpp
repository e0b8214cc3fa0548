#include "ConsoleApp.h"

#include "Banner.h"
#include "ConsoleSession.h"
#include "Directory.h"
#include "EmulatorRoutes.h"
#include "EmulatorServer.h"
#include "ExitCodes.h"
#include "HeadlessApp.h"
#include "DiskChangeGuard.h"
#include "MainWindow.h"
#include "RecoveryJournal.h"
#include "RequestLog.h"
#include "SeedDocument.h"
#include "SignalWatcher.h"

#include <QApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

namespace foundry {

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runConsole(const AppOptions &options)
{
    DirectoryState state;
    int exitCode = exitcodes::kOk;
    if (!loadStateForServing(options, &state, &exitCode))
        return exitCode;

    Directory directory(state);
    RequestLog requestLog;
    EmulatorServer server(&directory, &requestLog);
    EmulatorServices services(directory);
    installEmulatorRoutes(server.router(), services);
    const ServerOptions serverOptions = serverOptionsFor(options, state);
    warnIfNotLoopback(serverOptions);

    ui::ConsoleSession session(&directory, &requestLog, &server);
    session.setOAuthService(&services.oauth);
    session.setServerOptions(serverOptions);
    session.document()->adopt(
        // The demo seed is opened untitled: Save asks where to write, never into /usr/share.
        options.seedFile.isEmpty() || options.demo
            ? QString()
            : QFileInfo(options.seedFile).absoluteFilePath());
    ui::MainWindow window(&session);
    // No lost work: unsaved edits go to a recovery file, offered again after a crash, and a
    // seed changed on disk by someone else is not overwritten without asking.
    ui::RecoveryJournal journal(session.document(), session.editor());
    new ui::DiskChangeGuard(session.document(), &window);

    QObject::connect(&server, &EmulatorServer::listening, &server, [&](const QUrl &url) {
        QTextStream out(stdout);
        out << startupBanner(url, directory.fixedTokens(), QStringLiteral("/multipass/api/me"));
        out.flush();
    });
    QObject::connect(&server, &EmulatorServer::startFailed, &server, [](const QString &message) {
        // The window stays open and says so in its status bar.
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
    });
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &window,
                     [] { QApplication::quit(); });

    server.start(serverOptions);
    window.show();
    QTimer::singleShot(0, &window, [&] { journal.offerRestore(&window); });
    const int code = QApplication::exec();
    server.stop();
    return code;
}

} // namespace foundry
