#pragma once

// The HTTP shell (guard + router) in the test's own thread, with routes that
// exercise the cases the abuse tests need: a small answer, an upload that reports what reached
// it, and an answer large enough that a client can hang up in the middle of it.

#include "ConnectionGuard.h"
#include "HttpServer.h"
#include "RequestLog.h"

#include <QJsonObject>
#include <QTcpSocket>
#include <memory>

namespace foundry::test {

class RobustnessServer final
{
public:
    static constexpr qsizetype BigBodyBytes = 8 * 1024 * 1024;

    bool start(ServerOptions options = {})
    {
        handled = 0;
        lastBodySize = -1;
        log = std::make_unique<RequestLog>();
        options.port = 0;
        Router router;
        router.add("GET", QStringLiteral("/echo"), [this](const HttpRequest &request) {
            ++handled;
            lastHeaders = request.headers;
            return HttpResponse::text(QStringLiteral("hello"));
        });
        router.add("POST", QStringLiteral("/api/upload"), [this](const HttpRequest &request) {
            ++handled;
            lastBodySize = request.body.size();
            return HttpResponse::json(QJsonObject{{QStringLiteral("bytes"), request.body.size()}});
        });
        router.add("GET", QStringLiteral("/big"), [this](const HttpRequest &) {
            ++handled;
            HttpResponse response;
            response.contentType = "application/octet-stream";
            response.body = QByteArray(BigBodyBytes, 'x');
            return response;
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
    int openSockets() const { return int(guard()->findChildren<QTcpSocket *>().size()); }

    std::unique_ptr<RequestLog> log;
    std::unique_ptr<HttpServer> server;
    int handled = 0;
    qint64 lastBodySize = -1;
    HttpHeaders lastHeaders;
};

} // namespace foundry::test
