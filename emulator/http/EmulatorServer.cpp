#include "EmulatorServer.h"

#include "ConnectionDispatcher.h"
#include "HttpServer.h"
#include "ServiceIndex.h"
#include "ThreadSanitizerAnnotations.h"

#include <QThread>

namespace foundry {

namespace {

int threadsFor(const ServerOptions &options)
{
    const int wanted = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    return qBound(1, wanted, 64);
}

} // namespace

EmulatorServer::EmulatorServer(Directory *directory, RequestLog *log, QObject *parent)
    : QObject(parent), m_directory(directory), m_log(log)
{
}

EmulatorServer::~EmulatorServer()
{
    shutDownThread();
}

void EmulatorServer::start(const ServerOptions &options)
{
    if (!m_threads.empty())
        stop();
    const quint64 generation = ++m_generation;
    m_running = m_router;
    installServiceIndex(m_running);
    m_options = options;
    m_dispatcher = std::make_shared<ConnectionDispatcher>();

    startThread([this, router = m_running, log = m_log, options, generation,
                 dispatcher = m_dispatcher](QThread *thread) {
        auto *server = new HttpServer(router, log, options);
        connect(
            thread, &QThread::finished, thread, [server] { delete server; }, Qt::DirectConnection);
        QString error;
        if (server->start(&error, dispatcher)) {
            QMetaObject::invokeMethod(
                this, [this, generation, url = server->url()] { onListening(generation, url); },
                Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, generation, error] { onStartFailed(generation, error); },
                Qt::QueuedConnection);
        }
    });
}

void EmulatorServer::startThread(const std::function<void(QThread *)> &setUp)
{
    auto thread = std::make_unique<QThread>();
    const QString name = QStringLiteral("foundry-http");
    thread->setObjectName(m_threads.empty() ? name
                                            : name + u'-' + QString::number(m_threads.size()));
    QThread *raw = thread.get();
    // Runs in the new thread before its event loop: the server and its sockets belong there.
    connect(
        raw, &QThread::started, raw,
        [raw, setUp] {
            setUp(raw);
            // Connected last, so it runs after whatever setUp() connected to finished().
            connect(
                raw, &QThread::finished, raw, [raw] { tsan::release(raw); }, Qt::DirectConnection);
        },
        Qt::DirectConnection);
    m_threads.push_back(std::move(thread));
    raw->start();
}

void EmulatorServer::startWorkers(quint64 generation)
{
    for (int i = 1; i < threadsFor(m_options); ++i) {
        ++m_workersStarting;
        startThread([this, generation, router = m_running, log = m_log, options = m_options,
                     dispatcher = m_dispatcher](QThread *thread) {
            auto *server = new HttpServer(router, log, options);
            connect(
                thread, &QThread::finished, thread, [server] { delete server; },
                Qt::DirectConnection);
            server->startWorker(dispatcher);
            QMetaObject::invokeMethod(
                this, [this, generation] { onWorkerStarted(generation); }, Qt::QueuedConnection);
        });
    }
}

void EmulatorServer::stop()
{
    if (m_threads.empty())
        return;
    shutDownThread();
    Q_EMIT stopped();
}

void EmulatorServer::shutDownThread()
{
    ++m_generation; // reports still queued from the old threads are now stale
    m_listening = false;
    m_workersStarting = 0;
    m_url.clear();
    // The listener first, so that nothing is handed to a worker that is going away.
    for (const std::unique_ptr<QThread> &thread : m_threads) {
        thread->quit(); // each server is deleted in its thread, on QThread::finished
        thread->wait();
        tsan::acquire(thread.get());
    }
    m_threads.clear();
    m_dispatcher.reset();
}

void EmulatorServer::onListening(quint64 generation, const QUrl &url)
{
    if (generation != m_generation)
        return;
    m_url = url;
    startWorkers(generation);
    if (m_workersStarting == 0)
        announceListening();
}

void EmulatorServer::onWorkerStarted(quint64 generation)
{
    if (generation != m_generation)
        return;
    if (--m_workersStarting == 0)
        announceListening();
}

void EmulatorServer::announceListening()
{
    m_listening = true;
    Q_EMIT listening(m_url);
}

void EmulatorServer::onStartFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    shutDownThread();
    Q_EMIT startFailed(message);
}

} // namespace foundry
