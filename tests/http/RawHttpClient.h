#pragma once

// A raw TCP client for protocol-level tests: sends exact bytes, collects everything that comes
// back, and notices when the server closes. Use with QTRY_*: nothing here blocks.

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>

namespace foundry::test {

class RawHttpClient final : public QObject
{
public:
    explicit RawHttpClient(quint16 port, QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this,
                [this] { m_received.append(m_socket.readAll()); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) {
                    if (error == QAbstractSocket::RemoteHostClosedError)
                        m_closed = true;
                    else
                        m_errors.append(error);
                });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    QByteArray received() const { return m_received; }
    void clearReceived() { m_received.clear(); }
    bool isClosed() const { return m_closed; }
    QList<QAbstractSocket::SocketError> errors() const { return m_errors; }
    QTcpSocket &socket() { return m_socket; }

    // Number of complete responses received so far ("HTTP/1.1 " status lines).
    int responseCount() const { return int(m_received.count("HTTP/1.1 ")); }
    // The status of the first (or only) response, 0 if none yet.
    int status() const
    {
        return m_received.startsWith("HTTP/1.1 ") ? m_received.mid(9, 3).toInt() : 0;
    }
    // A header of the first response, case-insensitive; empty if absent.
    QByteArray header(const QByteArray &name) const
    {
        const QByteArray head = m_received.left(m_received.indexOf("\r\n\r\n"));
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QByteArray body() const
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : m_received.mid(end + 4);
    }
    bool hasCompleteHead() const { return m_received.contains("\r\n\r\n"); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
    QList<QAbstractSocket::SocketError> m_errors;
};

inline QByteArray simpleGet(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n";
}

} // namespace foundry::test
