#include "HttpServer.h"

#include "ConnectionDispatcher.h"
#include "ConnectionGuard.h"
#include "HttpWire.h"
#include "ProtocolErrors.h"
#include "RequestLog.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace foundry {

namespace {

HttpRequest requestFrom(RequestHead head, const QHttpServerRequest &qtRequest, QTcpSocket *socket)
{
    HttpRequest request;
    request.method = std::move(head.method);
    request.path = head.path();
    request.rawPath = std::move(head.rawPath);
    request.rawQuery = std::move(head.rawQuery);
    request.query = QUrlQuery(QString::fromUtf8(request.rawQuery));
    request.headers = std::move(head.headers);
    request.body = qtRequest.body(); // QtHttpServer has undone any chunked coding
    request.peer = socket->peerAddress();
    return request;
}

QString hostForMessage(const QHostAddress &host)
{
    return host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']'
                                                            : host.toString();
}

} // namespace

HttpServer::HttpServer(Router router, RequestLog *log, const ServerOptions &options,
                       QObject *parent)
    : QAbstractHttpServer(parent), m_router(std::move(router)), m_log(log), m_options(options)
{
}

HttpServer::~HttpServer()
{
    delete m_guard; // closes the connections before QAbstractHttpServer goes
}

bool HttpServer::start(QString *error, std::shared_ptr<ConnectionDispatcher> dispatcher)
{
    auto *guard = new ConnectionGuard(m_options, m_log, this);
    if (dispatcher)
        guard->shareAsListener(std::move(dispatcher));
    // Qt's default backlog of 50 makes the kernel drop (then reset) connections that arrive in
    // a burst while the thread is busy: let the queue hold as many as the connection cap.
    guard->setListenBacklogSize(qMax(50, m_options.maxConnections));
    if (!guard->listen(m_options.host, m_options.port)) {
        if (error) {
            *error = QStringLiteral("Cannot listen on %1:%2: %3")
                         .arg(hostForMessage(m_options.host))
                         .arg(m_options.port)
                         .arg(guard->errorString());
        }
        delete guard;
        return false;
    }
    m_guard = guard;
    bind(guard);
    return true;
}

bool HttpServer::startWorker(qintptr duplicate, std::shared_ptr<ConnectionDispatcher> dispatcher)
{
    auto *guard = new ConnectionGuard(m_options, m_log, this);
    if (!guard->shareAsWorker(std::move(dispatcher), duplicate)) {
        delete guard;
        return false;
    }
    m_guard = guard;
    bind(guard);
    return true;
}

qintptr HttpServer::listeningDescriptor() const
{
    return m_guard ? m_guard->socketDescriptor() : -1;
}

quint16 HttpServer::port() const
{
    return m_guard ? m_guard->serverPort() : 0;
}

QUrl HttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.host.toString());
    url.setPort(port());
    return url;
}

bool HttpServer::handleRequest(const QHttpServerRequest &qtRequest, QTcpSocket *socket)
{
    std::optional<PendingRequest> pending = m_guard->takeRequest(socket);
    if (!pending) { // the guard frames every request; this would be a bug, so say so and close
        socket->write(HttpWire::serialize(
            ProtocolErrors::internalError(QString(), QStringLiteral("Request was not framed")),
            HttpWire::BodyMode::Send, HttpWire::ConnectionMode::Close));
        m_guard->responseSent(socket, true);
        return true;
    }
    const bool close = !pending->head.keepAlive;
    HttpRequest request = requestFrom(std::move(pending->head), qtRequest, socket);
    const QByteArray method = request.method;
    const QString path = request.path;
    // Implicitly shared copies for the request log's detail pane: no byte is copied here.
    const QByteArray query = request.rawQuery;
    const HttpHeaders requestHeaders = request.headers;
    const QByteArray requestBody = request.body;
    const HttpResponse response = m_router.dispatch(std::move(request));

    socket->write(HttpWire::serialize(
        response, method == "HEAD" ? HttpWire::BodyMode::Omit : HttpWire::BodyMode::Send,
        close ? HttpWire::ConnectionMode::Close : HttpWire::ConnectionMode::KeepAlive));

    if (m_log) {
        RequestLogEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.method = QString::fromLatin1(method);
        entry.path = path;
        entry.status = response.status;
        entry.principal = response.principal;
        entry.client = response.client;
        entry.latencyMicros = pending->started.nsecsElapsed() / 1000;
        entry.peer = socket->peerAddress().toString();
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
    m_guard->responseSent(socket, close);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() answers everything. Kept total for safety.
    handleRequest(request, socket);
}

} // namespace foundry
