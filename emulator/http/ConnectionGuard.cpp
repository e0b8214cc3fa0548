#include "ConnectionGuard.h"

#include "ConnectionDispatcher.h"
#include "ProtocolErrors.h"
#include "RequestLog.h"

#include <QTcpSocket>

namespace foundry {

ConnectionGuard::ConnectionGuard(const ServerOptions &options, const RequestResponder *responder,
                                 RequestLog *log, QObject *parent)
    : QTcpServer(parent), m_options(options), m_responder(responder), m_log(log),
      m_dispatcher(std::make_shared<ConnectionDispatcher>())
{
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_worker)
        m_dispatcher->removeWorker(this); // no connection is handed here from now on
    close();
    // Delete the sockets while this object is still whole: their connections report back here.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    qDeleteAll(sockets);
}

int ConnectionGuard::activeConnections() const
{
    return m_dispatcher->activeConnections.load();
}

void ConnectionGuard::shareAsListener(std::shared_ptr<ConnectionDispatcher> dispatcher)
{
    m_dispatcher = std::move(dispatcher);
}

void ConnectionGuard::shareAsWorker(std::shared_ptr<ConnectionDispatcher> dispatcher)
{
    m_dispatcher = std::move(dispatcher);
    m_worker = true;
    m_dispatcher->addWorker(this);
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    const bool handed =
        !m_worker && m_dispatcher->handToNext([descriptor](ConnectionGuard *worker) {
            QMetaObject::invokeMethod(
                worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
        });
    if (!handed)
        adopt(descriptor);
}

void ConnectionGuard::adopt(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Counted across every thread: take a place, and give it back if there was none.
    const bool overCapacity =
        m_dispatcher->activeConnections.fetch_add(1) >= m_options.maxConnections;
    if (overCapacity)
        m_dispatcher->activeConnections.fetch_sub(1);
    auto *connection = new GuardedConnection(socket, this, !overCapacity);
    m_connections.insert(socket, connection);
    if (overCapacity) {
        connection->refuse(ProtocolErrors::serviceUnavailable(
            QStringLiteral("Too many connections (at most %1)").arg(m_options.maxConnections)));
    }
}

void ConnectionGuard::recordRefusal(const QByteArray &method, const QString &path, int status,
                                    const QElapsedTimer &started, const QHostAddress &peer)
{
    if (!m_log)
        return;
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QString::fromLatin1(method);
    entry.path = path;
    entry.status = status;
    entry.latencyMicros = started.isValid() ? started.nsecsElapsed() / 1000 : 0;
    entry.peer = peer.toString();
    m_log->append(std::move(entry));
}

void ConnectionGuard::connectionFinished(QTcpSocket *socket, GuardedConnection *connection)
{
    if (m_connections.value(socket) != connection)
        return;
    m_connections.remove(socket);
    if (connection->isCounted())
        m_dispatcher->activeConnections.fetch_sub(1);
}

} // namespace foundry
