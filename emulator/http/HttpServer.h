#pragma once

#include "Router.h"
#include "ServerOptions.h"

#include <QAbstractHttpServer>
#include <QUrl>
#include <memory>

namespace foundry {

class ConnectionDispatcher;
class ConnectionGuard;
class RequestLog;

// QtHttpServer's part: every request, whatever its path, comes through handleRequest(), which
// dispatches it on the router, writes the answer (HEAD without body, `Connection: close`
// honoured), and records it in the request log. The only file that calls QtHttpServer's API.
// Lives in the server thread; created there by EmulatorServer.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(Router router, RequestLog *log, const ServerOptions &options,
               QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on options.host:options.port behind a ConnectionGuard; false with a message.
    // With a dispatcher, hands connections in turn to the workers that share it.
    bool start(QString *error, std::shared_ptr<ConnectionDispatcher> dispatcher = {});
    // A further server thread on the listening server's socket: serves the connections the
    // listener hands it. Owns `duplicate`, from ConnectionGuard::duplicateListeningSocket().
    bool startWorker(qintptr duplicate, std::shared_ptr<ConnectionDispatcher> dispatcher);
    qintptr listeningDescriptor() const;
    quint16 port() const;
    QUrl url() const;
    ConnectionGuard *guard() const { return m_guard; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const Router m_router;
    RequestLog *const m_log;
    const ServerOptions m_options;
    ConnectionGuard *m_guard = nullptr;
};

} // namespace foundry
