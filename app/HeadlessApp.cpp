#include "HeadlessApp.h"

#include "EmulatorRoutes.h"

#include "Banner.h"
#include "Defaults.h"
#include "Directory.h"
#include "EmulatorServer.h"
#include "ExitCodes.h"
#include "RequestLog.h"
#include "SeedCommands.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QTextStream>

namespace foundry {

ServerOptions serverOptionsFor(const AppOptions &options, const DirectoryState &state)
{
    ServerOptions server;
    server.host = options.host;
    // --port wins over the seed's foundry.port, which wins over 4000.
    server.port = quint16(options.port.value_or(state.port.value_or(defaults::kPort)));
    if (options.maxBodyBytes)
        server.maxBodyBytes = *options.maxBodyBytes;
    if (options.threads)
        server.threads = *options.threads;
    return server;
}

bool loadStateForServing(const AppOptions &options, DirectoryState *state, int *exitCode)
{
    if (!loadSeedForServing(options.seedFile, state, exitCode))
        return false;
    if (options.tokenLifetimeSeconds)
        state->tokenLifetimeSeconds = *options.tokenLifetimeSeconds;
    return true;
}

void warnIfNotLoopback(const ServerOptions &options)
{
    if (options.host.isLoopback())
        return;
    QTextStream(stderr) << "warning: listening on " << options.host.toString()
                        << ", which other machines may reach: the emulator accepts any "
                           "password-less sign-in and its tokens grant admin rights.\n";
}

int runHeadless(const AppOptions &options)
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

    QObject::connect(&server, &EmulatorServer::listening, &server, [&](const QUrl &url) {
        const QString curlPath = server.router()
                                           .allowedMethods("/multipass/api/me")
                                           .contains("GET")
                                     ? QStringLiteral("/multipass/api/me")
                                     : QStringLiteral("/");
        QTextStream out(stdout);
        out << startupBanner(url, directory.fixedTokens(), curlPath);
        out.flush();
    });
    QObject::connect(&server, &EmulatorServer::startFailed, &server, [](const QString &message) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
        QCoreApplication::exit(exitcodes::kRuntime);
    });
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &server, [&server] {
        server.stop();
        QCoreApplication::quit();
    });

    server.start(serverOptions);
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}

} // namespace foundry
