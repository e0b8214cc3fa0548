#include "HttpServer.h"

#include "ConnectionDispatcher.h"
#include "ConnectionGuard.h"

namespace foundry {

namespace {

QString hostForMessage(const QHostAddress &host)
{
    return host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']'
                                                            : host.toString();
}

} // namespace

HttpServer::HttpServer(Router router, RequestLog *log, const ServerOptions &options,
                       QObject *parent)
    : QObject(parent), m_responder(std::move(router), log), m_log(log), m_options(options)
{
}

HttpServer::~HttpServer()
{
    delete m_guard; // closes the connections while the responder is still there
}

bool HttpServer::start(QString *error, std::shared_ptr<ConnectionDispatcher> dispatcher)
{
    auto *guard = new ConnectionGuard(m_options, &m_responder, m_log, this);
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
    return true;
}

void HttpServer::startWorker(std::shared_ptr<ConnectionDispatcher> dispatcher)
{
    auto *guard = new ConnectionGuard(m_options, &m_responder, m_log, this);
    guard->shareAsWorker(std::move(dispatcher));
    m_guard = guard;
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

} // namespace foundry
