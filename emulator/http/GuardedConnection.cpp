#include "GuardedConnection.h"

#include "ConnectionGuard.h"
#include "HttpWire.h"
#include "ProtocolErrors.h"

#include <QSocketNotifier>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace foundry {

namespace {

constexpr qsizetype MaxRequestLineBytes = 8 * 1024;
constexpr int MaxLingerMs = 2000;

// Method and path of a head that could not be parsed, for the log and the envelope family.
QPair<QByteArray, QString> methodAndPathOf(QByteArrayView head)
{
    const qsizetype lineEnd = head.indexOf('\n');
    const QList<QByteArray> parts =
        head.first(lineEnd < 0 ? head.size() : lineEnd).toByteArray().trimmed().split(' ');
    if (parts.size() < 2)
        return {parts.value(0).left(16), QString()};
    QByteArray target = parts.at(1).left(256);
    const qsizetype question = target.indexOf('?');
    if (question >= 0)
        target.truncate(question);
    return {parts.at(0).left(16), QString::fromUtf8(QByteArray::fromPercentEncoding(target))};
}

} // namespace

GuardedConnection::GuardedConnection(QTcpSocket *socket, ConnectionGuard *guard, bool counted)
    : QObject(socket), m_socket(socket), m_guard(guard), m_counted(counted)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &GuardedConnection::onDeadline);
    connect(socket, &QTcpSocket::readyRead, this, &GuardedConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &GuardedConnection::onDisconnected);
    m_deadline.start(guard->options().requestTimeoutMs);
}

GuardedConnection::~GuardedConnection()
{
    if (m_guard)
        m_guard->connectionFinished(m_socket, this);
}

std::optional<PendingRequest> GuardedConnection::takeRequest()
{
    std::optional<PendingRequest> pending = std::move(m_pending);
    m_pending.reset();
    return pending;
}

void GuardedConnection::responseSent(bool close)
{
    // Hand the answer to the kernel now: a client that half-closed after its request (shutdown
    // of its sending side) makes Qt close the socket at the next read notification, and whatever
    // is still in the socket's write buffer then is lost. An answer larger than the kernel's
    // send buffer cannot all go now, so reading pauses until the rest has gone too (a pipelined
    // next request waits for it anyway).
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0 && !m_readingPaused) {
        setReadingPaused(true);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &GuardedConnection::resumeWhenFlushed);
    }
    if (m_phase == Phase::Closing)
        return;
    if (close) {
        m_phase = Phase::Closing;
        m_deadline.start(qMin(m_guard->options().requestTimeoutMs, MaxLingerMs));
        m_socket->disconnectFromHost(); // may emit disconnected() at once
        return;
    }
    m_phase = Phase::Idle;
    m_deadline.start(m_guard->options().requestTimeoutMs);
}

void GuardedConnection::refuse(const HttpResponse &response)
{
    m_started.start();
    reject(response);
}

void GuardedConnection::onReadyRead()
{
    if (m_phase == Phase::Closing) {
        discardInput();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    if (m_phase == Phase::Body && available < m_bodyRemaining) {
        m_bodyRemaining -= available; // plain body bytes: count them without copying
        return;
    }
    consume(m_socket->peek(available));
}

void GuardedConnection::consume(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        const QByteArrayView rest = data.sliced(pos);
        switch (m_phase) {
        case Phase::Idle:
            if (rest.front() == '\r' || rest.front() == '\n') { // RFC 9112 §2.2
                ++pos;
                break;
            }
            m_phase = Phase::Head;
            m_started.start();
            m_headBytes.clear();
            m_head = RequestHead();
            break;
        case Phase::Head:
            pos += consumeHead(rest);
            break;
        case Phase::Body: {
            const qsizetype take = qsizetype(qMin<qint64>(m_bodyRemaining, rest.size()));
            pos += take;
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0)
                requestFramed();
            break;
        }
        case Phase::ChunkedBody:
            pos += m_chunks.feed(rest);
            if (m_chunks.decodedBytes() > m_guard->options().maxBodyBytes)
                reject(ProtocolErrors::payloadTooLarge(m_head.path(),
                                                       m_guard->options().maxBodyBytes));
            else if (m_chunks.status() == ChunkedBodyTracker::Status::Malformed)
                reject(ProtocolErrors::badRequest(m_head.path(),
                                                  QStringLiteral("Malformed chunked body")));
            else if (m_chunks.status() == ChunkedBodyTracker::Status::Complete)
                requestFramed();
            break;
        case Phase::AwaitingResponse:
            if (rest.trimmed().isEmpty())
                return; // stray line breaks after a body: harmless
            // QtHttpServer 6.4 answers a pipelined pair once (or never): refuse it clearly.
            reject(ProtocolErrors::badRequest(
                m_head.path(), QStringLiteral("Pipelined requests are not supported")));
            return;
        case Phase::Closing:
            return;
        }
    }
}

qsizetype GuardedConnection::consumeHead(QByteArrayView data)
{
    const qsizetype before = m_headBytes.size();
    m_headBytes.append(data);
    qsizetype end = -1;
    for (qsizetype i = m_headBytes.indexOf('\n', qMax<qsizetype>(0, before - 2)); i >= 0 && end < 0;
         i = m_headBytes.indexOf('\n', i + 1)) {
        if (i + 1 < m_headBytes.size() && m_headBytes.at(i + 1) == '\n')
            end = i + 2;
        else if (i + 2 < m_headBytes.size() && m_headBytes.at(i + 1) == '\r' &&
                 m_headBytes.at(i + 2) == '\n')
            end = i + 3;
    }
    if (end >= 0)
        m_headBytes.truncate(end);

    const auto &options = m_guard->options();
    const qsizetype lineEnd = m_headBytes.indexOf('\n');
    const qsizetype maxLine = qMin<qsizetype>(MaxRequestLineBytes, options.maxHeaderBytes);
    if ((lineEnd < 0 ? m_headBytes.size() : lineEnd) > maxLine)
        reject(ProtocolErrors::uriTooLong(methodAndPathOf(m_headBytes).second, maxLine));
    else if (m_headBytes.size() > options.maxHeaderBytes)
        reject(ProtocolErrors::headerFieldsTooLarge(methodAndPathOf(m_headBytes).second,
                                                    options.maxHeaderBytes));
    else if (end < 0 && !RequestHeadParser::isPlausibleStart(m_headBytes))
        reject(ProtocolErrors::badRequest(methodAndPathOf(m_headBytes).second,
                                          QStringLiteral("Malformed request line")));
    else if (end >= 0)
        headComplete();
    return end >= 0 ? end - before : data.size();
}

void GuardedConnection::headComplete()
{
    RequestHeadParser::Result parsed = RequestHeadParser::parse(m_headBytes);
    if (!parsed.ok()) {
        const QString path = methodAndPathOf(m_headBytes).second;
        reject(parsed.errorStatus == 501 ? ProtocolErrors::notImplemented(path, parsed.error)
                                         : ProtocolErrors::badRequest(path, parsed.error));
        return;
    }
    m_head = std::move(parsed.head);
    m_headBytes.clear();
    const qint64 maxBody = m_guard->options().maxBodyBytes;
    if (m_head.chunked) {
        m_chunks.reset();
        m_phase = Phase::ChunkedBody;
    } else if (m_head.contentLength.value_or(0) > maxBody) {
        // Refused from the head alone: the body is never read, let alone buffered.
        reject(ProtocolErrors::payloadTooLarge(m_head.path(), maxBody));
        return;
    } else if (m_head.contentLength.value_or(0) > 0) {
        m_bodyRemaining = *m_head.contentLength;
        m_phase = Phase::Body;
    } else {
        requestFramed();
        return;
    }
    if (m_head.expectContinue) // QtHttpServer 6.4 ignores Expect; curl would wait a second
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
}

void GuardedConnection::requestFramed()
{
    m_phase = Phase::AwaitingResponse;
    m_pending = PendingRequest{m_head, m_started};
}

void GuardedConnection::reject(const HttpResponse &response)
{
    if (m_phase == Phase::Closing)
        return;
    const bool headKnown = !m_head.method.isEmpty();
    const auto [method, path] =
        headKnown ? qMakePair(m_head.method, m_head.path()) : methodAndPathOf(m_headBytes);
    m_guard->recordRefusal(method, path, response.status, m_started, m_socket->peerAddress());
    m_phase = Phase::Closing;
    m_pending.reset();

    // From here on QtHttpServer never sees another byte of this connection.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &GuardedConnection::discardInput);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    discardInput();
    m_socket->write(
        HttpWire::serialize(response, HttpWire::BodyMode::Send, HttpWire::ConnectionMode::Close));
    connect(m_socket, &QTcpSocket::bytesWritten, this, &GuardedConnection::halfCloseWhenFlushed);
    m_socket->flush();
    halfCloseWhenFlushed();
    m_deadline.start(qMin(m_guard->options().requestTimeoutMs, MaxLingerMs));
}

// Closing outright while the client is still sending (the body we refused) makes the kernel
// send a reset, which can destroy our answer before the client reads it. So: send FIN, keep
// reading and dropping, and close when the client does (or when the linger time is up).
void GuardedConnection::halfCloseWhenFlushed()
{
    if (m_socket->bytesToWrite() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    disconnect(m_socket, &QTcpSocket::bytesWritten, this, &GuardedConnection::halfCloseWhenFlushed);
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}

// QTcpSocket has no public switch for its read notifications; its socket engine's notifiers
// are QSocketNotifier children of the socket (the read-buffer limit switches the same one).
// tests/robustness checks that a half-closed client still gets an 8 MiB answer whole.
void GuardedConnection::setReadingPaused(bool paused)
{
    m_readingPaused = paused;
    const QList<QSocketNotifier *> notifiers = m_socket->findChildren<QSocketNotifier *>();
    for (QSocketNotifier *notifier : notifiers) {
        if (notifier->type() == QSocketNotifier::Read)
            notifier->setEnabled(!paused);
    }
}

void GuardedConnection::resumeWhenFlushed()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    disconnect(m_socket, &QTcpSocket::bytesWritten, this, &GuardedConnection::resumeWhenFlushed);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        setReadingPaused(false);
}

void GuardedConnection::discardInput()
{
    m_socket->skip(m_socket->bytesAvailable());
}

void GuardedConnection::onDeadline()
{
    switch (m_phase) {
    case Phase::Idle: // an idle keep-alive connection: nothing to answer, just close
        m_phase = Phase::Closing;
        m_deadline.start(qMin(m_guard->options().requestTimeoutMs, MaxLingerMs));
        m_socket->disconnectFromHost();
        return;
    case Phase::Head:
    case Phase::Body:
    case Phase::ChunkedBody: {
        const QString path =
            m_head.method.isEmpty() ? methodAndPathOf(m_headBytes).second : m_head.path();
        reject(ProtocolErrors::requestTimeout(path, m_guard->options().requestTimeoutMs));
        return;
    }
    case Phase::AwaitingResponse: // QtHttpServer refused the request itself and went silent
    case Phase::Closing:
        m_socket->abort();
        m_socket->deleteLater();
        return;
    }
}

void GuardedConnection::onDisconnected()
{
    m_phase = Phase::Closing;
    m_deadline.stop();
    m_socket->deleteLater(); // QtHttpServer does this too, unless it is inside a handler
}

} // namespace foundry
