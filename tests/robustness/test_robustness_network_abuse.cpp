// Hostile clients against the HTTP shell, over real sockets: slowloris, idle keep-alive floods,
// oversized bodies, heads and URLs, malformed request and header lines, pipelining, half-closed
// connections and clients that hang up in the middle of an answer. Normal requests must stay
// fast throughout and nothing may crash.

#include "../http/RawHttpClient.h"
#include "RobustnessServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <memory>
#include <sys/resource.h>
#include <sys/socket.h>
#include <vector>

using namespace foundry;
using foundry::test::RawHttpClient;
using foundry::test::RobustnessServer;
using foundry::test::simpleGet;

namespace {

// Hundreds of connections, but within the process's descriptor limit (two ends each).
int connectionsToOpen(int wanted)
{
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    return int(qMin<rlim_t>(rlim_t(wanted), (limit.rlim_cur - 64) / 2));
}

using Clients = std::vector<std::unique_ptr<RawHttpClient>>;

Clients openClients(quint16 port, int count)
{
    Clients clients;
    for (int i = 0; i < count; ++i)
        clients.push_back(std::make_unique<RawHttpClient>(port));
    return clients;
}

bool allConnected(const Clients &clients)
{
    return std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->isConnected(); });
}

bool allClosed(const Clients &clients)
{
    return std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->isClosed(); });
}

// Sends one normal request on a fresh connection and returns how long the answer took (ms), or
// -1 when it did not come within `timeoutMs`.
qint64 timedNormalRequest(quint16 port, int timeoutMs = 5000)
{
    RawHttpClient probe(port);
    QElapsedTimer elapsed;
    elapsed.start();
    probe.send(simpleGet("/echo", "Connection: close\r\n"));
    if (!QTest::qWaitFor([&] { return probe.status() == 200 && probe.body() == "hello"; },
                         timeoutMs))
        return -1;
    return elapsed.elapsed();
}

} // namespace

class TestRobustnessNetworkAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_server.stop(); }

    void slowloris_hundredsOfTricklingHeads_areCutOffWhileNormalRequestsStayFast();
    void idleKeepAliveFlood_isClosedAfterTheDeadline();
    void oversizedBody_gets413FromTheHeadAlone();
    void oversizedHeadOrUrl_areRefused_data();
    void oversizedHeadOrUrl_areRefused();
    void malformedLines_get400BeforeAnyHandler_data();
    void malformedLines_get400BeforeAnyHandler();
    void nonHttpBytes_areRefusedAtOnce();
    void pipelinedRequests_areAllAnsweredInOrder();
    void sequentialKeepAliveRequests_areAllAnswered();
    void halfClosedAfterRequest_stillGetsTheAnswer();
    void halfClosedAfterRequest_getsABigAnswerWhole();
    void halfClosedMidHead_isClosedPromptly();
    void clientHangingUpMidResponse_breaksNothing();

private:
    RobustnessServer m_server;
};

void TestRobustnessNetworkAbuse::slowloris_hundredsOfTricklingHeads_areCutOffWhileNormalRequestsStayFast()
{
    ServerOptions options;
    options.requestTimeoutMs = 3000;
    QVERIFY(m_server.start(options));
    const int count = connectionsToOpen(300);
    QVERIFY2(count >= 100, "descriptor limit too low for the test");
    QElapsedTimer sinceStart;
    sinceStart.start();
    Clients slow = openClients(m_server.port(), count);
    for (auto &client : slow) // buffered until connected: each deadline starts at its accept
        client->send("GET /echo HTTP/1.1\r\nHost: localhost\r\n");
    int tick = 0;
    QTimer trickle; // one more header line on every connection, never the end of the head
    connect(&trickle, &QTimer::timeout, this, [&] {
        ++tick;
        for (auto &client : slow) {
            if (!client->isClosed())
                client->send("X-Trickle-" + QByteArray::number(tick) + ": y\r\n");
        }
    });
    trickle.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(allConnected(slow), options.requestTimeoutMs / 2);

    // Normal requests on fresh connections while every slow one is inside its deadline.
    qint64 slowest = 0;
    int probes = 0;
    while (probes < 3 || sinceStart.elapsed() < options.requestTimeoutMs / 2) {
        const qint64 latency = timedNormalRequest(m_server.port());
        QVERIFY2(latency >= 0, "a normal request was not answered during the attack");
        slowest = qMax(slowest, latency);
        ++probes;
    }
    for (const auto &client : slow) {
        QVERIFY2(!client->isClosed(),
                 qPrintable(QStringLiteral("closed after %1 ms: %2 %3")
                                .arg(sinceStart.elapsed())
                                .arg(QString::fromLatin1(client->received().left(200)))
                                .arg(client->socket().errorString())));
    }
    QVERIFY2(slowest < 1000, qPrintable(QStringLiteral("normal request took %1 ms").arg(slowest)));
    QCOMPARE(m_server.handled, probes);
    qInfo("%d trickling connections; %d normal requests, the slowest %lld ms", count, probes,
          slowest);

    QTRY_VERIFY_WITH_TIMEOUT(allClosed(slow), options.requestTimeoutMs + 8000);
    QVERIFY2(sinceStart.elapsed() >= options.requestTimeoutMs - 100, "closed before the deadline");
    for (const auto &client : slow)
        QCOMPARE(client->status(), 408);
    QTRY_COMPARE(m_server.guard()->activeConnections(), 0);
    QCOMPARE(m_server.handled, probes);
    QVERIFY(timedNormalRequest(m_server.port()) >= 0);
}

void TestRobustnessNetworkAbuse::idleKeepAliveFlood_isClosedAfterTheDeadline()
{
    ServerOptions options;
    options.requestTimeoutMs = 1500;
    QVERIFY(m_server.start(options));
    Clients idle = openClients(m_server.port(), connectionsToOpen(200));
    for (auto &client : idle) // sent as each connects, within its deadline
        client->send(simpleGet("/echo"));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(),
                                         [](const auto &c) { return c->status() == 200; }),
                             options.requestTimeoutMs);
    QElapsedTimer sinceAnswers;
    sinceAnswers.start();
    QVERIFY(timedNormalRequest(m_server.port()) >= 0); // the idle ones take no turn from it
    QVERIFY(!std::any_of(idle.begin(), idle.end(), [](const auto &c) { return c->isClosed(); }));

    QTRY_VERIFY_WITH_TIMEOUT(allClosed(idle), options.requestTimeoutMs + 8000);
    for (const auto &client : idle)
        QCOMPARE(client->responseCount(), 1); // closed silently: no 408 for a request never sent
    QTRY_COMPARE(m_server.guard()->activeConnections(), 0);
    QTRY_COMPARE(m_server.openSockets(), 0);
}

void TestRobustnessNetworkAbuse::oversizedBody_gets413FromTheHeadAlone()
{
    ServerOptions options;
    options.maxBodyBytes = 1 << 20;
    QVERIFY(m_server.start(options));
    RawHttpClient client(m_server.port());
    // Announce 100 MiB and send none of it: the answer must come from the head alone.
    client.send("POST /api/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                "Content-Length: 104857600\r\n\r\n");
    QTRY_COMPARE(client.status(), 413);
    QCOMPARE(m_server.handled, 0);
    // What the client sends anyway is dropped, not buffered, and the connection ends.
    for (int i = 0; i < 32 && !client.isClosed(); ++i)
        client.send(QByteArray(64 * 1024, 'b'));
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 5000);
    QCOMPARE(m_server.handled, 0);
    QVERIFY(timedNormalRequest(m_server.port()) >= 0);
}

void TestRobustnessNetworkAbuse::oversizedHeadOrUrl_areRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("one huge header") << simpleGet("/echo", "X-Big: " + QByteArray(20000, 'a') + "\r\n") << 431;
    QByteArray many;
    for (int i = 0; i < 2000; ++i)
        many += "X-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("thousands of headers") << simpleGet("/echo", many) << 431;
    QTest::newRow("long URL") << simpleGet("/echo?q=" + QByteArray(9000, 'q')) << 414;
    QTest::newRow("long path") << simpleGet("/" + QByteArray(9000, 'p')) << 414;
}

void TestRobustnessNetworkAbuse::oversizedHeadOrUrl_areRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QVERIFY(m_server.start());
    RawHttpClient client(m_server.port());
    client.send(request);
    QTRY_COMPARE(client.status(), status);
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(m_server.handled, 0);
    QVERIFY(client.body().contains("errorName"));
}

void TestRobustnessNetworkAbuse::malformedLines_get400BeforeAnyHandler_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray end = "Host: localhost\r\n\r\n";
    QTest::newRow("method only") << QByteArray("GET\r\n" + end);
    QTest::newRow("no version") << QByteArray("GET /echo\r\n" + end);
    QTest::newRow("four parts") << QByteArray("GET /echo HTTP/1.1 extra\r\n" + end);
    QTest::newRow("two spaces") << QByteArray("GET  /echo HTTP/1.1\r\n" + end);
    QTest::newRow("relative target") << QByteArray("GET echo HTTP/1.1\r\n" + end);
    QTest::newRow("bad method char") << QByteArray("G@T /echo HTTP/1.1\r\n" + end);
    QTest::newRow("HTTP/2.0") << QByteArray("GET /echo HTTP/2.0\r\n" + end);
    QTest::newRow("control char in target") << QByteArray("GET /e\x01cho HTTP/1.1\r\n" + end);
    QTest::newRow("NUL in target") << QByteArray("GET /e\0cho HTTP/1.1\r\n", 21) + end;
    // QtHttpServer 6.4 would drop *every* header (the Authorization too) on one bad line.
    QTest::newRow("bad line between good ones")
        << QByteArray("GET /echo HTTP/1.1\r\nHost: localhost\r\nThis is not a header\r\n"
                      "Authorization: Bearer t\r\n\r\n");
    QTest::newRow("folded line") << QByteArray("GET /echo HTTP/1.1\r\nX-A: a\r\n  folded\r\n" + end);
    QTest::newRow("space before colon") << QByteArray("GET /echo HTTP/1.1\r\nX-A : a\r\n" + end);
    QTest::newRow("empty name") << QByteArray("GET /echo HTTP/1.1\r\n: value\r\n" + end);
    QTest::newRow("NUL in value") << QByteArray("GET /echo HTTP/1.1\r\nX-A: a\0b\r\n", 30) + end;
    QTest::newRow("bad content length") << QByteArray("GET /echo HTTP/1.1\r\nContent-Length: -1\r\n" + end);
    QTest::newRow("two content lengths")
        << QByteArray("GET /echo HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n" + end);
    QTest::newRow("length and chunked")
        << QByteArray("GET /echo HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n" + end);
}

void TestRobustnessNetworkAbuse::malformedLines_get400BeforeAnyHandler()
{
    QFETCH(QByteArray, request);
    QVERIFY(m_server.start());
    RawHttpClient client(m_server.port());
    client.send(request);
    QTRY_COMPARE(client.status(), 400);
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(client.responseCount(), 1);
    QCOMPARE(m_server.handled, 0);
    QCOMPARE(client.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(client.body().contains("\"errorName\""));
}

// A TLS handshake (or any binary) sent to the plain-HTTP port has no line end for a long time:
// it must not hold the connection until the deadline.
void TestRobustnessNetworkAbuse::nonHttpBytes_areRefusedAtOnce()
{
    ServerOptions options;
    options.requestTimeoutMs = 5000;
    QVERIFY(m_server.start(options));
    RawHttpClient client(m_server.port());
    QElapsedTimer elapsed;
    elapsed.start();
    client.send(QByteArray::fromHex("160301020001"
                                    "0001fc0303"));
    QTRY_COMPARE_WITH_TIMEOUT(client.status(), 400, 4000);
    QVERIFY2(elapsed.elapsed() < options.requestTimeoutMs / 2, "waited for the deadline");
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(m_server.handled, 0);
}

void TestRobustnessNetworkAbuse::pipelinedRequests_areAllAnsweredInOrder()
{
    QVERIFY(m_server.start());
    RawHttpClient client(m_server.port());
    client.send(simpleGet("/echo") + simpleGet("/echo") + simpleGet("/echo"));
    // Every one answered, in order, and the connection stays open for more.
    QTRY_COMPARE(client.responseCount(), 3);
    QCOMPARE(client.received().count("hello"), 3);
    QCOMPARE(m_server.handled, 3);
    QVERIFY(!client.isClosed());
    QVERIFY(timedNormalRequest(m_server.port()) >= 0);
}

void TestRobustnessNetworkAbuse::sequentialKeepAliveRequests_areAllAnswered()
{
    QVERIFY(m_server.start());
    RawHttpClient client(m_server.port());
    for (int i = 1; i <= 20; ++i) {
        client.send(simpleGet("/echo"));
        QTRY_COMPARE(client.responseCount(), i);
    }
    QVERIFY(!client.isClosed());
    QCOMPARE(m_server.handled, 20);
}

void TestRobustnessNetworkAbuse::halfClosedAfterRequest_stillGetsTheAnswer()
{
    QVERIFY(m_server.start());
    RawHttpClient client(m_server.port());
    QTRY_VERIFY(client.isConnected());
    client.send(simpleGet("/echo"));
    QTRY_COMPARE(client.socket().bytesToWrite(), qint64(0));
    QCOMPARE(::shutdown(int(client.socket().socketDescriptor()), SHUT_WR), 0);
    QTRY_COMPARE(client.status(), 200);
    QTRY_VERIFY(client.body().endsWith("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 5000);
    QTRY_COMPARE(m_server.guard()->activeConnections(), 0);
}

// The answer (8 MiB) is far larger than the kernel's send buffer, so most of it is still in
// the server's write buffer when the client's end-of-stream arrives: none of it may be lost.
void TestRobustnessNetworkAbuse::halfClosedAfterRequest_getsABigAnswerWhole()
{
    QVERIFY(m_server.start());
    RawHttpClient client(m_server.port());
    QTRY_VERIFY(client.isConnected());
    client.send(simpleGet("/big"));
    QTRY_COMPARE(client.socket().bytesToWrite(), qint64(0));
    QCOMPARE(::shutdown(int(client.socket().socketDescriptor()), SHUT_WR), 0);
    QTRY_COMPARE(client.status(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(client.body().size(), RobustnessServer::BigBodyBytes, 20000);
    QVERIFY(client.body().endsWith("xxxx"));
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 5000);
    QTRY_COMPARE(m_server.guard()->activeConnections(), 0);
}

void TestRobustnessNetworkAbuse::halfClosedMidHead_isClosedPromptly()
{
    ServerOptions options;
    options.requestTimeoutMs = 5000;
    QVERIFY(m_server.start(options));
    RawHttpClient client(m_server.port());
    QTRY_VERIFY(client.isConnected());
    QElapsedTimer elapsed;
    elapsed.start();
    client.send("GET /echo HTTP/1.1\r\nHost: local");
    QTRY_COMPARE(client.socket().bytesToWrite(), qint64(0));
    QCOMPARE(::shutdown(int(client.socket().socketDescriptor()), SHUT_WR), 0);
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 4000);
    QVERIFY2(elapsed.elapsed() < options.requestTimeoutMs, "held until the deadline");
    QCOMPARE(m_server.handled, 0);
    QTRY_COMPARE(m_server.guard()->activeConnections(), 0);
}

void TestRobustnessNetworkAbuse::clientHangingUpMidResponse_breaksNothing()
{
    QVERIFY(m_server.start());
    for (int i = 0; i < 10; ++i) {
        QTcpSocket client; // reads nothing: the answer backs up into the server's buffers
        client.setReadBufferSize(16 * 1024);
        client.connectToHost(QHostAddress::LocalHost, m_server.port());
        client.write(simpleGet("/big"));
        QTRY_VERIFY(client.bytesAvailable() >= 16 * 1024);
        QCOMPARE(m_server.handled, i + 1);
        client.abort(); // a reset while the server still has megabytes to write
    }
    for (int i = 0; i < 10; ++i) { // and hanging up before the answer even starts
        RawHttpClient client(m_server.port());
        client.send(simpleGet("/big"));
        QTRY_COMPARE(client.socket().bytesToWrite(), qint64(0));
        client.socket().abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server.guard()->activeConnections(), 0, 10000);
    QTRY_COMPARE(m_server.openSockets(), 0);
    QVERIFY(timedNormalRequest(m_server.port()) >= 0);
}

QTEST_GUILESS_MAIN(TestRobustnessNetworkAbuse)
#include "test_robustness_network_abuse.moc"
