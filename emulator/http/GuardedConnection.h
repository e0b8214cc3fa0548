#pragma once

#include "ChunkedBodyTracker.h"
#include "RequestHead.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace foundry {

class ConnectionGuard;
struct HttpResponse;

// Serves one client connection on behalf of ConnectionGuard: reads the bytes, frames each request
// (head, Content-Length or chunked body, which it de-chunks), enforces the limits and the request
// deadline, refuses a bad request (answers, then closes), and hands every complete request to the
// guard's RequestResponder, writing the answers in the order the requests came (pipelining).
// The head is parsed once, here: nothing else reads the socket.
class GuardedConnection final : public QObject
{
    Q_OBJECT

public:
    // Becomes a child of `socket`. `counted`: holds a place under the connection cap.
    GuardedConnection(QTcpSocket *socket, ConnectionGuard *guard, bool counted);
    ~GuardedConnection() override;

    bool isCounted() const { return m_counted; }
    // Answers `response` without reading a request, and closes (the connection cap's 503).
    void refuse(const HttpResponse &response);
    // Bytes read but not yet part of a framed request or body (a partial head), for tests.
    qsizetype unframedBytes() const { return m_input.size(); }

private:
    enum class Phase
    {
        Idle,
        Head,
        Body,
        ChunkedBody,
        Closing
    };

    void onReadyRead();
    void onDeadline();
    void onDisconnected();
    void discardInput();
    void processInput();
    // Frames a head at the start of `data`: the bytes it used, or 0 while it is incomplete.
    qsizetype consumeHead(QByteArrayView data);
    void headComplete(QByteArrayView headBytes);
    void answer();
    void responseSent(bool close);
    void reject(const HttpResponse &response, QByteArrayView partialHead = {});
    void halfCloseWhenFlushed();
    void setReadingPaused(bool paused);
    void resumeWhenFlushed();

    QTcpSocket *const m_socket;
    QPointer<ConnectionGuard> m_guard;
    const bool m_counted;
    const QHostAddress m_peer;
    const QString m_peerText;
    Phase m_phase = Phase::Idle;
    bool m_readingPaused = false;
    bool m_processing = false;
    QTimer m_deadline;
    QElapsedTimer m_started;
    QByteArray m_input;          // read, not yet consumed: a partial head, or pipelined requests
    qsizetype m_headScanned = 0; // of the partial head at m_input's start, searched for its end
    RequestHead m_head;
    QByteArray m_body;
    qint64 m_bodyRemaining = 0;
    ChunkedBodyTracker m_chunks;
};

} // namespace foundry
