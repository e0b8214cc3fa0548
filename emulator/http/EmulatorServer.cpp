#include "EmulatorServer.h"

#include "HttpServer.h"
#include "ServiceIndex.h"

#include <QThread>

namespace foundry {

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
    if (m_thread)
        stop();
    const quint64 generation = ++m_generation;
    Router router = m_router;
    installServiceIndex(router);

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("foundry-http"));
    QThread *thread = m_thread.get();
    RequestLog *log = m_log;
    // Runs in the new thread before its event loop: the server and its sockets belong there.
    connect(
        thread, &QThread::started, thread,
        [this, thread, router, log, options, generation] {
            auto *server = new HttpServer(router, log, options);
            connect(
                thread, &QThread::finished, thread, [server] { delete server; },
                Qt::DirectConnection);
            QString error;
            if (server->start(&error)) {
                QMetaObject::invokeMethod(
                    this, [this, generation, url = server->url()] { onListening(generation, url); },
                    Qt::QueuedConnection);
            } else {
                QMetaObject::invokeMethod(
                    this, [this, generation, error] { onStartFailed(generation, error); },
                    Qt::QueuedConnection);
            }
        },
        Qt::DirectConnection);
    thread->start();
}

void EmulatorServer::stop()
{
    if (!m_thread)
        return;
    shutDownThread();
    Q_EMIT stopped();
}

void EmulatorServer::shutDownThread()
{
    ++m_generation; // reports still queued from the old thread are now stale
    m_listening = false;
    m_url.clear();
    if (!m_thread)
        return;
    m_thread->quit(); // the server is deleted in the thread, on QThread::finished
    m_thread->wait();
    m_thread.reset();
}

void EmulatorServer::onListening(quint64 generation, const QUrl &url)
{
    if (generation != m_generation)
        return;
    m_listening = true;
    m_url = url;
    Q_EMIT listening(url);
}

void EmulatorServer::onStartFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    shutDownThread();
    Q_EMIT startFailed(message);
}

} // namespace foundry
