#pragma once

#include "Router.h"
#include "ServerOptions.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace foundry {

class ConnectionDispatcher;
class Directory;
class RequestLog;

// The emulator's HTTP service as the app and the console see it. The server itself runs in its
// own threads (never the GUI thread), on a copy of the routing table taken at start(): one
// listens and, once it does, options.threads - 1 more serve the connections it hands them.
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
    // Closes the listener and every connection and joins the threads; emits stopped() if running.
    void stop();
    // The server threads running now (0 when stopped; all of them once listening() was emitted).
    int threadCount() const { return int(m_threads.size()); }

    bool isListening() const { return m_listening; }
    QUrl url() const { return m_listening ? m_url : QUrl(); }
    quint16 port() const { return m_listening ? quint16(m_url.port()) : 0; }

Q_SIGNALS:
    void listening(const QUrl &url); // http://HOST:PORT with the actual port
    void startFailed(const QString &message);
    void stopped();

private:
    void shutDownThread();
    // Starts a server thread that runs `setUp(thread)` before its event loop.
    void startThread(const std::function<void(QThread *)> &setUp);
    void startWorkers(quint64 generation);
    void onListening(quint64 generation, const QUrl &url);
    void onWorkerStarted(quint64 generation);
    void announceListening();
    void onStartFailed(quint64 generation, const QString &message);

    Directory *const m_directory;
    RequestLog *const m_log;
    Router m_router;
    Router m_running;        // the table the threads serve, with the service index
    ServerOptions m_options; // of the current start()
    std::shared_ptr<ConnectionDispatcher> m_dispatcher;
    std::vector<std::unique_ptr<QThread>> m_threads; // the listener first
    int m_workersStarting = 0;                       // listening() waits for them
    quint64 m_generation = 0; // tells a late report of an earlier start() from the current one
    bool m_listening = false;
    QUrl m_url;
};

} // namespace foundry
