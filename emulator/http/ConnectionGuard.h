#pragma once

#include "GuardedConnection.h"
#include "ServerOptions.h"

#include <QHash>
#include <QTcpServer>
#include <memory>

class QTcpSocket;

namespace foundry {

class ConnectionDispatcher;
class RequestLog;
class RequestResponder;

// The listening socket and the HTTP/1.1 connections it accepts, each served by a
// GuardedConnection that answers through this guard's RequestResponder. Also the protection a
// public server needs: a connection cap (503), a per-request deadline that also closes idle
// keep-alive connections, and limits on the request line (414), the head (431) and the body
// (413, refused from the head before any of the body is read); malformed heads get a 400.
class ConnectionGuard final : public QTcpServer
{
    Q_OBJECT

public:
    // `responder` must outlive the guard.
    ConnectionGuard(const ServerOptions &options, const RequestResponder *responder,
                    RequestLog *log, QObject *parent = nullptr);
    ~ConnectionGuard() override; // closes every connection

    const ServerOptions &options() const { return m_options; }
    const RequestResponder &responder() const { return *m_responder; }
    // Across every guard that shares this one's dispatcher.
    int activeConnections() const;

    // Several server threads on one listening socket (see ConnectionDispatcher); call before
    // connections arrive. The listening guard hands each new connection to the next guard in
    // turn, itself included; a worker guard does not listen: it serves the connections handed
    // to it.
    void shareAsListener(std::shared_ptr<ConnectionDispatcher> dispatcher);
    void shareAsWorker(std::shared_ptr<ConnectionDispatcher> dispatcher);

    // For GuardedConnection.
    void recordRefusal(const QByteArray &method, const QString &path, int status,
                       const QElapsedTimer &started, const QHostAddress &peer);
    void connectionFinished(QTcpSocket *socket, GuardedConnection *connection);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void adopt(qintptr descriptor); // in this guard's thread

    const ServerOptions m_options;
    const RequestResponder *const m_responder;
    RequestLog *const m_log;
    QHash<QTcpSocket *, GuardedConnection *> m_connections;
    std::shared_ptr<ConnectionDispatcher> m_dispatcher; // never null
    bool m_worker = false;
};

} // namespace foundry
