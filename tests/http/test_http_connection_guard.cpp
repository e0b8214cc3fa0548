// ConnectionGuard: the connection cap, the request deadline (idle and slow clients),
// `Connection: close`, and the log of refused requests, over real sockets.

#include "GuardTestServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace foundry;
using foundry::test::GuardTestServer;
using foundry::test::jsonBody;
using foundry::test::RawHttpClient;
using foundry::test::simpleGet;

class TestConnectionGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_fixture.stop(); }

    void idleKeepAliveConnection_isClosedAfterTheDeadline();
    void deadline_restartsAfterEachResponse();
    void tricklingHeaders_areCutOffAtTheDeadline();
    void connectionCap_refusesExtraConnectionsWith503();
    void connectionClose_closesAfterTheResponse_data();
    void connectionClose_closesAfterTheResponse();
    void refusals_areRecordedInTheRequestLog();

private:
    GuardTestServer m_fixture;
};

void TestConnectionGuard::idleKeepAliveConnection_isClosedAfterTheDeadline()
{
    ServerOptions options;
    options.requestTimeoutMs = 300;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    client.send(simpleGet("/echo"));
    QTRY_COMPARE(client.status(), 200);
    QElapsedTimer idle;
    idle.start();
    QVERIFY(!client.isClosed());
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 3000);
    QVERIFY2(idle.elapsed() >= 200, "closed before the deadline");
    QCOMPARE(client.responseCount(), 1); // closed silently, no 408 to a request never sent
}

void TestConnectionGuard::deadline_restartsAfterEachResponse()
{
    ServerOptions options;
    options.requestTimeoutMs = 400;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    // Three requests 250 ms apart: together longer than the deadline, each well within it.
    int sent = 0;
    QTimer ticker;
    ticker.setInterval(250);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (sent++ < 3)
            client.send(simpleGet("/echo"));
    });
    ticker.start();
    client.send(simpleGet("/echo"));
    QTRY_COMPARE_WITH_TIMEOUT(client.responseCount(), 4, 5000);
    QVERIFY(!client.isClosed());
}

void TestConnectionGuard::tricklingHeaders_areCutOffAtTheDeadline()
{
    ServerOptions options;
    options.requestTimeoutMs = 300;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    QElapsedTimer elapsed;
    elapsed.start();
    client.send("GET /echo HTTP/1.1\r\n");
    QTimer trickle; // a header line every 50 ms, never the end of the head
    trickle.setInterval(50);
    int lines = 0;
    connect(&trickle, &QTimer::timeout, this,
            [&] { client.send("X-Slow-" + QByteArray::number(++lines) + ": 1\r\n"); });
    trickle.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), 3000);
    trickle.stop();
    QVERIFY2(elapsed.elapsed() < 2500, "the trickle kept the connection alive");
    QVERIFY(lines >= 3);
    QCOMPARE(client.status(), 408);
    QCOMPARE(m_fixture.handled, 0);
}

void TestConnectionGuard::connectionCap_refusesExtraConnectionsWith503()
{
    ServerOptions options;
    options.maxConnections = 2;
    QVERIFY(m_fixture.start(options));
    auto first = std::make_unique<RawHttpClient>(m_fixture.port());
    RawHttpClient second(m_fixture.port());
    first->send(simpleGet("/echo"));
    second.send(simpleGet("/echo"));
    QTRY_COMPARE(first->status(), 200);
    QTRY_COMPARE(second.status(), 200);

    RawHttpClient third(m_fixture.port());
    QTRY_COMPARE(third.status(), 503);
    QTRY_VERIFY(third.isClosed());
    QVERIFY(!second.isClosed());

    first.reset(); // frees a place
    QTRY_COMPARE(m_fixture.guard()->activeConnections(), 1);
    RawHttpClient fourth(m_fixture.port());
    fourth.send(simpleGet("/echo"));
    QTRY_COMPARE(fourth.status(), 200);
}

void TestConnectionGuard::connectionClose_closesAfterTheResponse_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("closes");
    QTest::newRow("1.1 close") << simpleGet("/echo", "Connection: close\r\n") << true;
    QTest::newRow("1.1 keep-alive by default") << simpleGet("/echo") << false;
    QTest::newRow("1.0 closes by default") << QByteArray("GET /echo HTTP/1.0\r\n\r\n") << true;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET /echo HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << false;
}

void TestConnectionGuard::connectionClose_closesAfterTheResponse()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, closes);
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    client.send(request);
    QTRY_COMPARE(client.status(), 200);
    QTRY_COMPARE(client.body(), QByteArray("hello"));
    if (closes) {
        QCOMPARE(client.header("connection"), QByteArray("close"));
        QTRY_VERIFY(client.isClosed());
    } else {
        QVERIFY(client.header("connection").isEmpty());
        client.send(request); // the connection still serves
        QTRY_COMPARE(client.responseCount(), 2);
    }
}

void TestConnectionGuard::refusals_areRecordedInTheRequestLog()
{
    ServerOptions options;
    options.maxBodyBytes = 10;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    client.send("POST /api/upload?x=1 HTTP/1.1\r\nContent-Length: 11\r\n\r\n");
    QTRY_COMPARE(client.status(), 413);
    const QList<RequestLogEntry> entries = m_fixture.log->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().method, QStringLiteral("POST"));
    QCOMPARE(entries.first().path, QStringLiteral("/api/upload"));
    QCOMPARE(entries.first().status, 413);
    QCOMPARE(entries.first().peer, QStringLiteral("127.0.0.1"));
}

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "test_http_connection_guard.moc"
