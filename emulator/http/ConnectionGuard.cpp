#include "ConnectionGuard.h"

#include "ConnectionDispatcher.h"
#include "ProtocolErrors.h"
#include "RequestLog.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace foundry {

ConnectionGuard::ConnectionGuard(const ServerOptions &options, RequestLog *log, QObject *parent)
    : QTcpServer(parent), m_options(options), m_log(log),
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

qintptr ConnectionGuard::duplicateListeningSocket(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    return ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
#else
    Q_UNUSED(descriptor);
    return -1;
#endif
}

bool ConnectionGuard::shareAsWorker(std::shared_ptr<ConnectionDispatcher> dispatcher,
                                    qintptr duplicate)
{
    if (duplicate < 0)
        return false;
    if (!setSocketDescriptor(duplicate)) {
#ifdef Q_OS_UNIX
        ::close(int(duplicate));
#endif
        return false;
    }
    pauseAccepting();
    m_dispatcher = std::move(dispatcher);
    m_worker = true;
    m_dispatcher->addWorker(this);
    return true;
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    const bool handed =
        !m_worker && m_dispatcher->handToNext([descriptor](ConnectionGuard *worker) {
            QMetaObject::invokeMethod(
                worker,
                [worker, descriptor] {
                    worker->adopt(descriptor);
                    Q_EMIT worker->newConnection(); // QtHttpServer takes it from there
                },
                Qt::QueuedConnection);
        });
    if (!handed)
        adopt(descriptor); // QTcpServer emits newConnection() once this returns
}

QTcpSocket *ConnectionGuard::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (m_worker)
        pauseAccepting(); // the listener alone accepts, or the turns would not be fair
    return socket;
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
    if (overCapacity) { // never handed to QtHttpServer
        connection->refuse(ProtocolErrors::serviceUnavailable(
            QStringLiteral("Too many connections (at most %1)").arg(m_options.maxConnections)));
        return;
    }
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
        m_dispatcher->activeConnections.fetch_sub(1);
}

} // namespace foundry
