#pragma once

#include "ServerOptions.h"

#include <QObject>

namespace foundry::auth {
class OAuthService;
}

namespace foundry {
class Directory;
class EmulatorServer;
class RequestLog;
} // namespace foundry

namespace foundry::ui {

class DirectoryEditor;
class SeedDocument;

// What one console window works on: the emulator's shared Directory, its request log and server
// (owned by whoever runs the emulator), and the console's own editor and document over them.
class ConsoleSession final : public QObject
{
    Q_OBJECT

public:
    ConsoleSession(Directory *directory, RequestLog *requestLog, EmulatorServer *server,
                   QObject *parent = nullptr);

    Directory *directory() const { return m_directory; }
    RequestLog *requestLog() const { return m_requestLog; }
    EmulatorServer *server() const { return m_server; }
    DirectoryEditor *editor() const { return m_editor; }
    SeedDocument *document() const { return m_document; }

    // The emulator's OAuth service (its token store) and the options the server was started
    // with: set by whoever runs the emulator, before the window is built (the tools use them).
    void setOAuthService(auth::OAuthService *oauth) { m_oauth = oauth; }
    auth::OAuthService *oauth() const { return m_oauth; }
    void setServerOptions(const ServerOptions &options) { m_serverOptions = options; }
    const ServerOptions &serverOptions() const { return m_serverOptions; }

private:
    Directory *const m_directory;
    RequestLog *const m_requestLog;
    EmulatorServer *const m_server;
    DirectoryEditor *const m_editor;
    SeedDocument *const m_document;
    auth::OAuthService *m_oauth = nullptr;
    ServerOptions m_serverOptions;
};

} // namespace foundry::ui
