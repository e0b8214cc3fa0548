#include "RequestResponder.h"

#include "HttpWire.h"
#include "RequestLog.h"

namespace foundry {

RequestResponder::RequestResponder(Router router, RequestLog *log)
    : m_router(std::move(router)), m_log(log)
{
}

QByteArray RequestResponder::respond(FramedRequest framed, const QHostAddress &peer,
                                     const QString &peerText) const
{
    const bool close = !framed.head.keepAlive;
    HttpRequest request;
    request.method = std::move(framed.head.method);
    request.path = framed.head.path();
    request.rawPath = std::move(framed.head.rawPath);
    request.rawQuery = std::move(framed.head.rawQuery);
    request.query = QUrlQuery(QString::fromUtf8(request.rawQuery));
    request.headers = std::move(framed.head.headers);
    request.body = std::move(framed.body);
    request.peer = peer;

    const QByteArray method = request.method;
    const QString path = request.path;
    // Implicitly shared copies for the request log's detail pane: no byte is copied here.
    const QByteArray query = request.rawQuery;
    const HttpHeaders requestHeaders = request.headers;
    const QByteArray requestBody = request.body;
    const HttpResponse response = m_router.dispatch(std::move(request));

    QByteArray bytes = HttpWire::serialize(
        response, method == "HEAD" ? HttpWire::BodyMode::Omit : HttpWire::BodyMode::Send,
        close ? HttpWire::ConnectionMode::Close : HttpWire::ConnectionMode::KeepAlive);

    if (m_log) {
        RequestLogEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.method = QString::fromLatin1(method);
        entry.path = path;
        entry.status = response.status;
        entry.principal = response.principal;
        entry.client = response.client;
        entry.latencyMicros = framed.started.nsecsElapsed() / 1000;
        entry.peer = peerText;
        entry.query = query;
        entry.requestHeaders = requestHeaders;
        entry.requestBody = requestBody.left(RequestLogEntry::MaxBodyBytes);
        entry.requestBodySize = requestBody.size();
        entry.responseHeaders = response.headers;
        entry.responseContentType = response.contentType;
        entry.responseBody = response.body.left(RequestLogEntry::MaxBodyBytes);
        entry.responseBodySize = response.body.size();
        m_log->append(std::move(entry));
    }
    return bytes;
}

} // namespace foundry
