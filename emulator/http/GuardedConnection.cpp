#include "GuardedConnection.h"

#include "ConnectionGuard.h"
#include "HttpWire.h"
#include "ProtocolErrors.h"
#include "RequestResponder.h"

#include <QSocketNotifier>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace foundry {

namespace {

constexpr qsizetype MaxRequestLineBytes = 8 * 1024;
constexpr int MaxLingerMs = 2000;
// A body is gathered as it arrives; reserve for it only up to this, so that a client announcing
// a large body and sending none of it does not hold that much memory.
constexpr qint64 MaxBodyReserve = 64 * 1024;

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
    : QObject(socket), m_socket(socket), m_guard(guard), m_counted(counted),
      m_peer(socket->peerAddress()), m_peerText(m_peer.toString())
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
    if (m_input.isEmpty())
        m_input = m_socket->readAll(); // the common case: no copy
    else
        m_input.append(m_socket->readAll());
    processInput();
}

// Frames and answers every complete request in m_input, in order; keeps what is left (a partial
// head) for the next read. Stops while reading is paused: the rest waits for the answer to drain.
void GuardedConnection::processInput()
{
    if (m_processing)
        return;
    m_processing = true;
    const QByteArray input = m_input; // shared: the views below stay valid
    qsizetype pos = 0;
    bool needMore = false;
    while (pos < input.size() && !needMore && !m_readingPaused && m_phase != Phase::Closing) {
        const QByteArrayView rest = QByteArrayView(input).sliced(pos);
        switch (m_phase) {
        case Phase::Idle:
            if (rest.front() == '\r' || rest.front() == '\n') { // RFC 9112 §2.2
                ++pos;
                break;
            }
            m_phase = Phase::Head;
            m_started.start();
            m_headScanned = 0;
            m_head = RequestHead();
            break;
        case Phase::Head: {
            const qsizetype used = consumeHead(rest);
            needMore = used == 0;
            pos += used;
            break;
        }
        case Phase::Body: {
            const qsizetype take = qsizetype(qMin<qint64>(m_bodyRemaining, rest.size()));
            m_body.append(rest.first(take));
            pos += take;
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0)
                answer();
            break;
        }
        case Phase::ChunkedBody:
            pos += m_chunks.feed(rest, &m_body);
            if (m_chunks.decodedBytes() > m_guard->options().maxBodyBytes)
                reject(ProtocolErrors::payloadTooLarge(m_head.path(),
                                                       m_guard->options().maxBodyBytes));
            else if (m_chunks.status() == ChunkedBodyTracker::Status::Malformed)
                reject(ProtocolErrors::badRequest(m_head.path(),
                                                  QStringLiteral("Malformed chunked body")));
            else if (m_chunks.status() == ChunkedBodyTracker::Status::Complete)
                answer();
            break;
        case Phase::Closing:
            break;
        }
    }
    if (m_phase == Phase::Closing)
        m_input.clear();
    else if (pos > 0) // else m_input is still all of `input`: a partial head, kept as it is
        m_input = pos >= input.size() ? QByteArray() : input.sliced(pos);
    m_processing = false;
}

qsizetype GuardedConnection::consumeHead(QByteArrayView data)
{
    qsizetype end = -1;
    for (qsizetype i = data.indexOf('\n', qMax<qsizetype>(0, m_headScanned - 2)); i >= 0 && end < 0;
         i = data.indexOf('\n', i + 1)) {
        if (i + 1 < data.size() && data.at(i + 1) == '\n')
            end = i + 2;
        else if (i + 2 < data.size() && data.at(i + 1) == '\r' && data.at(i + 2) == '\n')
            end = i + 3;
    }
    m_headScanned = data.size();
    const QByteArrayView head = end >= 0 ? data.first(end) : data;

    const auto &options = m_guard->options();
    const qsizetype lineEnd = head.indexOf('\n');
    const qsizetype maxLine = qMin<qsizetype>(MaxRequestLineBytes, options.maxHeaderBytes);
    if ((lineEnd < 0 ? head.size() : lineEnd) > maxLine)
        reject(ProtocolErrors::uriTooLong(methodAndPathOf(head).second, maxLine), head);
    else if (head.size() > options.maxHeaderBytes)
        reject(ProtocolErrors::headerFieldsTooLarge(methodAndPathOf(head).second,
                                                    options.maxHeaderBytes),
               head);
    else if (end < 0 && !RequestHeadParser::isPlausibleStart(head))
        reject(ProtocolErrors::badRequest(methodAndPathOf(head).second,
                                          QStringLiteral("Malformed request line")),
               head);
    else if (end >= 0)
        headComplete(head);
    else
        return 0;
    return head.size();
}

void GuardedConnection::headComplete(QByteArrayView headBytes)
{
    RequestHeadParser::Result parsed = RequestHeadParser::parse(headBytes);
    if (!parsed.ok()) {
        const QString path = methodAndPathOf(headBytes).second;
        reject(parsed.errorStatus == 501 ? ProtocolErrors::notImplemented(path, parsed.error)
                                         : ProtocolErrors::badRequest(path, parsed.error),
               headBytes);
        return;
    }
    m_head = std::move(parsed.head);
    m_body = QByteArray();
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
        m_body.reserve(qsizetype(qMin(m_bodyRemaining, MaxBodyReserve)));
        m_phase = Phase::Body;
    } else {
        answer();
        return;
    }
    if (m_head.expectContinue) // the client waits for this before it sends the body
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
}

void GuardedConnection::answer()
{
    FramedRequest request{std::move(m_head), std::move(m_body), m_started};
    m_head = RequestHead();
    m_body = QByteArray();
    const bool close = !request.head.keepAlive;
    m_socket->write(m_guard->responder().respond(std::move(request), m_peer, m_peerText));
    responseSent(close);
}

// The answer is written: restart the deadline, or close.
void GuardedConnection::responseSent(bool close)
{
    // Hand the answer to the kernel now: a client that half-closed after its request (shutdown
    // of its sending side) makes Qt close the socket at the next read notification, and whatever
    // is still in the socket's write buffer then is lost. An answer larger than the kernel's
    // send buffer cannot all go now, so reading (and answering requests already read) pauses
    // until the rest has gone too.
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

void GuardedConnection::reject(const HttpResponse &response, QByteArrayView partialHead)
{
    if (m_phase == Phase::Closing)
        return;
    const bool headKnown = !m_head.method.isEmpty();
    const auto [method, path] =
        headKnown ? qMakePair(m_head.method, m_head.path()) : methodAndPathOf(partialHead);
    m_guard->recordRefusal(method, path, response.status, m_started, m_peer);
    m_phase = Phase::Closing;
    m_input.clear();
    m_body.clear();

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
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    setReadingPaused(false);
    processInput(); // pipelined requests read before the pause
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
            m_head.method.isEmpty() ? methodAndPathOf(m_input).second : m_head.path();
        reject(ProtocolErrors::requestTimeout(path, m_guard->options().requestTimeoutMs), m_input);
        return;
    }
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
    m_socket->deleteLater();
}

} // namespace foundry
