#pragma once

#include "Router.h"
#include "ServerOptions.h"

#include <QObject>
#include <QUrl>
#include <memory>

class QThread;

namespace foundry {

class Directory;
class RequestLog;

// The emulator's HTTP service as the app and the console see it. The server itself runs in its
// own thread (never the GUI thread), on a copy of the routing table taken at start().
class EmulatorServer final : public QObject
{
    Q_OBJECT

public:
    EmulatorServer(Directory *directory, RequestLog *log, QObject *parent = nullptr);
    ~EmulatorServer() override; // stops the thread, without stopped()

    Directory *directory() const { return m_directory; }
    RequestLog *requestLog() const { return m_log; }
    Router &router() { return m_router; } // add routes before start()

    // Asynchronous; emits exactly one of listening() or startFailed(). Restarts when running.
    void start(const ServerOptions &options);
    // Closes the listener and every connection and joins the thread; emits stopped() if running.
    void stop();

    bool isListening() const { return m_listening; }
    QUrl url() const { return m_url; }
    quint16 port() const { return m_listening ? quint16(m_url.port()) : 0; }

Q_SIGNALS:
    void listening(const QUrl &url); // http://HOST:PORT with the actual port
    void startFailed(const QString &message);
    void stopped();

private:
    void shutDownThread();
    void onListening(quint64 generation, const QUrl &url);
    void onStartFailed(quint64 generation, const QString &message);

    Directory *const m_directory;
    RequestLog *const m_log;
    Router m_router;
    std::unique_ptr<QThread> m_thread;
    quint64 m_generation = 0; // tells a late report of an earlier start() from the current one
    bool m_listening = false;
    QUrl m_url;
};

} // namespace foundry
