#pragma once

#include "GuardedConnection.h"
#include "ServerOptions.h"

#include <QHash>
#include <QTcpServer>
#include <memory>
#include <optional>

class QTcpSocket;

namespace foundry {

class ConnectionDispatcher;
class RequestLog;

// The listening socket QtHttpServer is bound to, and the protection QtHttpServer 6.4 lacks:
// a connection cap (503), a per-request deadline that also closes idle keep-alive connections,
// and limits on the request line (414), the head (431) and the body (413, refused from the head
// before any of the body is read). Malformed heads get a 400 here, because QtHttpServer 6.4
// would drop every header (or stall) on them. See GuardedConnection for how it reads along.
class ConnectionGuard final : public QTcpServer
{
    Q_OBJECT

public:
    ConnectionGuard(const ServerOptions &options, RequestLog *log, QObject *parent = nullptr);
    ~ConnectionGuard() override; // closes every connection

    const ServerOptions &options() const { return m_options; }
    // Across every guard that shares this one's dispatcher.
    int activeConnections() const;

    // Several server threads on one listening socket (see ConnectionDispatcher); call before
    // connections arrive. The listening guard hands each new connection to the next guard in
    // turn, itself included; a worker guard serves the connections handed to it and never
    // accepts any itself: it holds a duplicate of the listening socket, paused, because
    // QtHttpServer wants a listening QTcpServer. shareAsWorker() owns `duplicate` (closes it
    // on failure); get one from duplicateListeningSocket() while the listener is open.
    void shareAsListener(std::shared_ptr<ConnectionDispatcher> dispatcher);
    bool shareAsWorker(std::shared_ptr<ConnectionDispatcher> dispatcher, qintptr duplicate);
    static qintptr duplicateListeningSocket(qintptr descriptor); // -1 on failure

    // For the server, in handleRequest(): the request QtHttpServer is handing over, as the
    // guard read it; then, once the answer is written, responseSent().
    std::optional<PendingRequest> takeRequest(QTcpSocket *socket);
    void responseSent(QTcpSocket *socket, bool close);

    // For GuardedConnection.
    void recordRefusal(const QByteArray &method, const QString &path, int status,
                       const QElapsedTimer &started, const QHostAddress &peer);
    void connectionFinished(QTcpSocket *socket, GuardedConnection *connection);

protected:
    // Connects the guard to the socket before QtHttpServer can (it connects on newConnection).
    void incomingConnection(qintptr descriptor) override;
    // QTcpServer resumes accepting here; a worker must stay paused.
    QTcpSocket *nextPendingConnection() override;

private:
    void adopt(qintptr descriptor); // in this guard's thread

    const ServerOptions m_options;
    RequestLog *const m_log;
    QHash<QTcpSocket *, GuardedConnection *> m_connections;
    std::shared_ptr<ConnectionDispatcher> m_dispatcher; // never null
    bool m_worker = false;
};

} // namespace foundry
