// EmulatorServer with several server threads on one listening socket: connections are served
// by every thread in turn, the connection cap counts across threads, and stop() joins them all
// and frees the port.

#include "EmulatorServer.h"
#include "RawHttpClient.h"
#include "RequestLog.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <memory>

using namespace foundry;
using foundry::test::RawHttpClient;
using foundry::test::simpleGet;

class TestServerThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threads_eachServeTheirTurnOfConnections();
    void oneThread_servesEverything();
    void connectionCap_countsAcrossThreads();
    void stop_joinsEveryThreadAndFreesThePort();

private:
    std::unique_ptr<EmulatorServer> startServer(int threads, int maxConnections = 1000);
    // The name of the thread that answered GET /thread on a new connection, kept open in
    // m_clients; empty if no 200 came.
    QByteArray threadOfNewConnection(quint16 port);
    static int statusOfNewConnection(quint16 port); // closed at once

    RequestLog m_log;
    std::vector<std::unique_ptr<RawHttpClient>> m_clients;
};

std::unique_ptr<EmulatorServer> TestServerThreads::startServer(int threads, int maxConnections)
{
    auto server = std::make_unique<EmulatorServer>(nullptr, &m_log);
    server->router().add("GET", QStringLiteral("/thread"), [](const HttpRequest &) {
        return HttpResponse::text(QThread::currentThread()->objectName());
    });
    ServerOptions options;
    options.port = 0;
    options.threads = threads;
    options.maxConnections = maxConnections;
    QSignalSpy listening(server.get(), &EmulatorServer::listening);
    server->start(options);
    if (!listening.wait(5000))
        return nullptr;
    return server;
}

int TestServerThreads::statusOfNewConnection(quint16 port)
{
    RawHttpClient client(port);
    client.send(simpleGet("/thread"));
    if (!QTest::qWaitFor([&] { return client.status() != 0; }, 5000))
        return 0;
    return client.status();
}

QByteArray TestServerThreads::threadOfNewConnection(quint16 port)
{
    m_clients.push_back(std::make_unique<RawHttpClient>(port));
    RawHttpClient &client = *m_clients.back();
    client.send(simpleGet("/thread"));
    if (!QTest::qWaitFor([&] { return client.status() == 200 && !client.body().isEmpty(); }, 5000))
        return {};
    return client.body();
}

void TestServerThreads::threads_eachServeTheirTurnOfConnections()
{
    m_clients.clear();
    auto server = startServer(3);
    QVERIFY(server);
    QCOMPARE(server->threadCount(), 3); // all of them, once listening() was emitted

    QByteArrayList names;
    for (int i = 0; i < 6; ++i)
        names.append(threadOfNewConnection(server->port()));
    // In turn, the listener first (the workers' order is the order they started in): every
    // thread gets every third connection.
    const QByteArrayList first = names.mid(0, 3);
    QCOMPARE(first.at(0), QByteArray("foundry-http"));
    QVERIFY2(first.contains("foundry-http-1") && first.contains("foundry-http-2"),
             names.join(' ').constData());
    QCOMPARE(names.mid(3), first);
}

void TestServerThreads::oneThread_servesEverything()
{
    m_clients.clear();
    auto server = startServer(1);
    QVERIFY(server);
    QCOMPARE(server->threadCount(), 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(threadOfNewConnection(server->port()), QByteArray("foundry-http"));
}

void TestServerThreads::connectionCap_countsAcrossThreads()
{
    m_clients.clear();
    auto server = startServer(2, 2);
    QVERIFY(server);
    // One connection on each thread, both still open.
    QCOMPARE(threadOfNewConnection(server->port()), QByteArray("foundry-http"));
    QCOMPARE(threadOfNewConnection(server->port()), QByteArray("foundry-http-1"));

    RawHttpClient third(server->port());
    QTRY_COMPARE(third.status(), 503);
    QTRY_VERIFY(third.isClosed());

    // A place freed on one thread is a place for the next connection, whichever thread gets it.
    m_clients.front()->socket().disconnectFromHost();
    m_clients.erase(m_clients.begin());
    // Not QTRY_COMPARE: it evaluates once more after success, and that extra connection can
    // arrive before the server has counted the previous one's close (a 503 under ASan in CI).
    QVERIFY(QTest::qWaitFor([&] { return statusOfNewConnection(server->port()) == 200; }, 5000));
}

void TestServerThreads::stop_joinsEveryThreadAndFreesThePort()
{
    m_clients.clear();
    auto server = startServer(2);
    QVERIFY(server);
    const quint16 port = server->port();
    QVERIFY(!threadOfNewConnection(port).isEmpty());
    QVERIFY(!threadOfNewConnection(port).isEmpty());

    QSignalSpy stopped(server.get(), &EmulatorServer::stopped);
    server->stop();
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(server->threadCount(), 0);
    // No thread kept a copy of the listening socket.
    QTcpServer probe;
    QVERIFY2(probe.listen(QHostAddress::LocalHost, port), qPrintable(probe.errorString()));
}

QTEST_GUILESS_MAIN(TestServerThreads)
#include "test_http_server_threads.moc"
