#include "ConnectionGuard.h"

#include "ProtocolErrors.h"
#include "RequestLog.h"

#include <QTcpSocket>

namespace foundry {

ConnectionGuard::ConnectionGuard(const ServerOptions &options, RequestLog *log, QObject *parent)
    : QTcpServer(parent), m_options(options), m_log(log)
{
}

ConnectionGuard::~ConnectionGuard()
{
    close();
    // Delete the sockets while this object is still whole: their connections report back here.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    qDeleteAll(sockets);
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const bool overCapacity = m_active >= m_options.maxConnections;
    auto *connection = new GuardedConnection(socket, this, !overCapacity);
    m_connections.insert(socket, connection);
    if (overCapacity) { // never handed to QtHttpServer
        connection->refuse(ProtocolErrors::serviceUnavailable(
            QStringLiteral("Too many connections (at most %1)").arg(m_options.maxConnections)));
        return;
    }
    ++m_active;
    addPendingConnection(socket);
}

std::optional<PendingRequest> ConnectionGuard::takeRequest(QTcpSocket *socket)
{
    GuardedConnection *connection = m_connections.value(socket);
    return connection ? connection->takeRequest() : std::nullopt;
}

void ConnectionGuard::responseSent(QTcpSocket *socket, bool close)
{
    if (GuardedConnection *connection = m_connections.value(socket))
        connection->responseSent(close);
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
        --m_active;
}

} // namespace foundry
