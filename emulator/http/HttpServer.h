#pragma once

#include "RequestResponder.h"
#include "ServerOptions.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace foundry {

class ConnectionDispatcher;
class ConnectionGuard;
class RequestLog;

// One server thread's HTTP server: a ConnectionGuard that accepts (or is handed) connections and
// a RequestResponder that answers their requests on the router and records them in the request
// log. Lives in the server thread; created there by EmulatorServer.
class HttpServer final : public QObject
{
    Q_OBJECT

public:
    HttpServer(Router router, RequestLog *log, const ServerOptions &options,
               QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on options.host:options.port; false with a message. With a dispatcher, hands
    // connections in turn to the workers that share it.
    bool start(QString *error, std::shared_ptr<ConnectionDispatcher> dispatcher = {});
    // A further server thread of the listening server: serves the connections it hands over.
    void startWorker(std::shared_ptr<ConnectionDispatcher> dispatcher);
    quint16 port() const;
    QUrl url() const;
    ConnectionGuard *guard() const { return m_guard; }

private:
    const RequestResponder m_responder;
    RequestLog *const m_log;
    const ServerOptions m_options;
    ConnectionGuard *m_guard = nullptr;
};

} // namespace foundry
