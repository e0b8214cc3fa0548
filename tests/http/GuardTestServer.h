#pragma once

// An HttpServer in the test's own thread with two routes that count their calls, for the
// protocol-level tests of ConnectionGuard and GuardedConnection.

#include "ConnectionGuard.h"
#include "HttpServer.h"
#include "RawHttpClient.h"
#include "RequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <memory>

namespace foundry::test {

class GuardTestServer final
{
public:
    bool start(ServerOptions options = {})
    {
        handled = 0;
        lastBodySize = -1;
        lastBody.clear();
        log = std::make_unique<RequestLog>();
        options.port = 0;
        Router router;
        router.add("GET", QStringLiteral("/echo"), [this](const HttpRequest &) {
            ++handled;
            return HttpResponse::text(QStringLiteral("hello"));
        });
        router.add("POST", QStringLiteral("/api/upload"), [this](const HttpRequest &request) {
            ++handled;
            lastBodySize = request.body.size();
            lastBody = request.body;
            return HttpResponse::json(QJsonObject{{QStringLiteral("bytes"), request.body.size()}});
        });
        server = std::make_unique<HttpServer>(router, log.get(), options);
        QString error;
        if (!server->start(&error))
            qWarning("%s", qPrintable(error));
        return server->port() != 0;
    }
    void stop() { server.reset(); }
    quint16 port() const { return server->port(); }
    ConnectionGuard *guard() const { return server->guard(); }

    // The server's end of the only open connection, or null.
    QTcpSocket *serverSideSocket() const
    {
        const QList<QTcpSocket *> sockets = guard()->findChildren<QTcpSocket *>();
        return sockets.size() == 1 ? sockets.first() : nullptr;
    }
    GuardedConnection *serverSideConnection() const
    {
        QTcpSocket *socket = serverSideSocket();
        return socket ? socket->findChild<GuardedConnection *>() : nullptr;
    }

    std::unique_ptr<RequestLog> log;
    std::unique_ptr<HttpServer> server;
    int handled = 0;
    qint64 lastBodySize = -1;
    QByteArray lastBody;
};

inline QJsonObject jsonBody(const RawHttpClient &client)
{
    return QJsonDocument::fromJson(client.body()).object();
}

} // namespace foundry::test
