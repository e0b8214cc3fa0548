#pragma once

#include "ChunkedBodyTracker.h"
#include "RequestHead.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class QTcpSocket;

namespace foundry {

class ConnectionGuard;
struct HttpResponse;

// A request the guard has read completely and QtHttpServer is about to hand to the server.
struct PendingRequest
{
    RequestHead head;
    QElapsedTimer started; // at the request's first byte
};

// Watches one client connection on behalf of ConnectionGuard, in front of QtHttpServer.
//
// It reads along with QtHttpServer without consuming anything: its readyRead slot is connected
// first, so it runs before QtHttpServer's, and it only peek()s. QtHttpServer reads inside a
// transaction, so peek() shows exactly the bytes QtHttpServer has not read yet. From them it
// frames each request (head, Content-Length or chunked body), enforces the limits, and refuses a
// bad request before QtHttpServer sees it: it disconnects QtHttpServer from the socket, answers,
// and closes. It also runs the request deadline.
class GuardedConnection final : public QObject
{
    Q_OBJECT

public:
    // Becomes a child of `socket`. `counted`: holds a place under the connection cap.
    GuardedConnection(QTcpSocket *socket, ConnectionGuard *guard, bool counted);
    ~GuardedConnection() override;

    bool isCounted() const { return m_counted; }
    std::optional<PendingRequest> takeRequest();
    // The server answered the current request: restart the deadline, or close.
    void responseSent(bool close);
    // Answers `response` without reading a request, and closes (the connection cap's 503).
    void refuse(const HttpResponse &response);

private:
    enum class Phase
    {
        Idle,
        Head,
        Body,
        ChunkedBody,
        AwaitingResponse,
        Closing
    };

    void onReadyRead();
    void onDeadline();
    void onDisconnected();
    void discardInput();
    void consume(QByteArrayView data);
    qsizetype consumeHead(QByteArrayView data); // returns the bytes used
    void headComplete();
    void requestFramed();
    void reject(const HttpResponse &response);
    void halfCloseWhenFlushed();
    void setReadingPaused(bool paused);
    void resumeWhenFlushed();

    QTcpSocket *const m_socket;
    QPointer<ConnectionGuard> m_guard;
    const bool m_counted;
    Phase m_phase = Phase::Idle;
    bool m_readingPaused = false;
    QTimer m_deadline;
    QElapsedTimer m_started;
    QByteArray m_headBytes;
    RequestHead m_head;
    qint64 m_bodyRemaining = 0;
    ChunkedBodyTracker m_chunks;
    std::optional<PendingRequest> m_pending;
};

} // namespace foundry
