#pragma once

#include <QHostAddress>

namespace foundry {

// How the emulator listens and what it tolerates from clients.
struct ServerOptions final
{
    QHostAddress host = QHostAddress::LocalHost; // never Any by default: a local emulator
    quint16 port = 4000;                         // 0: pick a free port
    int maxConnections = 1000;     // beyond it new connections get a 503 and are closed
    int requestTimeoutMs = 10000;  // to complete a request; also closes idle keep-alive connections
    qint64 maxBodyBytes = 1 << 20; // 413 above it, answered before the body is read
    int maxHeaderBytes = 16 * 1024; // request line + header fields; 431 above it
    int threads = 0;               // server threads on the one listening socket; 0: one per core
};

} // namespace foundry
