// GuardedConnection: request framing, the limits enforced before any handler runs (413, 414,
// 431, 400, 501), bodies in pieces and pipelining, over real sockets.

#include "GuardTestServer.h"

#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace foundry;
using foundry::test::GuardTestServer;
using foundry::test::jsonBody;
using foundry::test::RawHttpClient;
using foundry::test::simpleGet;

class TestGuardedConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_fixture.stop(); }

    void oversizedBody_answers413WithoutReadingIt_data();
    void oversizedBody_answers413WithoutReadingIt();
    void oversizedBody_nextConnectionStillWorks();
    void headSplitAcrossReads_isStillFramedCorrectly();
    void bodyAtTheCap_reachesTheHandler();
    void chunkedBodyOverTheCap_answers413();
    void chunkedBodyWithinTheCap_reachesTheHandler();
    void hugeHeaders_answer431();
    void unterminatedHugeHead_answers431BeforeItEnds();
    void longRequestLine_answers414();
    void malformedHead_isRefusedBeforeAnyHandler_data();
    void malformedHead_isRefusedBeforeAnyHandler();
    void unusualButValidRequests_areAnswered_data();
    void unusualButValidRequests_areAnswered();
    void expectContinue_gets100BeforeTheBody();
    void pipelinedRequests_areAnsweredInOrder();
    void bodyInManySmallPieces_reachesTheHandlerWhole_data();
    void bodyInManySmallPieces_reachesTheHandlerWhole();
    void http10WithoutKeepAlive_isAnsweredThenClosed();
    void http10WithKeepAlive_staysOpen();

private:
    GuardTestServer m_fixture;
};

void TestGuardedConnection::oversizedBody_answers413WithoutReadingIt_data()
{
    QTest::addColumn<int>("contentLength");
    QTest::addColumn<QByteArray>("bodySent");
    QTest::newRow("head only") << 2000000 << QByteArray();
    QTest::newRow("head and some body") << 2000000 << QByteArray(4000, 'x');
    // One write holding a complete request: the handler must not run all the same.
    QTest::newRow("whole request at once") << 2000 << QByteArray(2000, 'x');
}

void TestGuardedConnection::oversizedBody_answers413WithoutReadingIt()
{
    QFETCH(int, contentLength);
    QFETCH(QByteArray, bodySent);
    ServerOptions options;
    options.maxBodyBytes = 1024;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    // The answer must not wait for the body: most rows never send all of it.
    client.send("POST /api/upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                QByteArray::number(contentLength) + "\r\n\r\n" + bodySent);
    QTRY_COMPARE(client.status(), 413);
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(client.header("connection"), QByteArray("close"));
    const QJsonObject body = jsonBody(client);
    QCOMPARE(body.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("REQUEST_ENTITY_TOO_LARGE"));
    QCOMPARE(body.value(QStringLiteral("errorName")).toString(),
             QStringLiteral("Default:RequestEntityTooLarge"));
    QCOMPARE(body.value(QStringLiteral("parameters"))
                 .toObject()
                 .value(QStringLiteral("maximumBytes"))
                 .toInt(),
             1024);
    QVERIFY(!body.value(QStringLiteral("errorInstanceId")).toString().isEmpty());
    QCOMPARE(m_fixture.handled, 0);
}

void TestGuardedConnection::oversizedBody_nextConnectionStillWorks()
{
    ServerOptions options;
    options.maxBodyBytes = 1024;
    QVERIFY(m_fixture.start(options));
    RawHttpClient tooLarge(m_fixture.port());
    tooLarge.send("POST /api/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" +
                  QByteArray(5000, 'x'));
    QTRY_COMPARE(tooLarge.status(), 413);

    RawHttpClient next(m_fixture.port());
    next.send("POST /api/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
    QTRY_COMPARE(next.status(), 200);
    QCOMPARE(m_fixture.lastBodySize, 3);
    QVERIFY(!next.isClosed());
}

// The first part is kept while the rest of the head arrives, and read only once.
void TestGuardedConnection::headSplitAcrossReads_isStillFramedCorrectly()
{
    ServerOptions options;
    options.maxBodyBytes = 1024;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    client.send("POST /api/upload HTTP/1.1\r\nHo");
    QTRY_VERIFY(m_fixture.serverSideConnection() &&
                m_fixture.serverSideConnection()->unframedBytes() == 29);
    client.send("st: x\r\nContent-Length: 4096\r\n\r\n");
    QTRY_COMPARE(client.status(), 413); // a 400 would mean the guard re-read the first part
    QCOMPARE(m_fixture.handled, 0);
}

void TestGuardedConnection::bodyAtTheCap_reachesTheHandler()
{
    ServerOptions options;
    options.maxBodyBytes = 1024;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    client.send("POST /api/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1024\r\n\r\n");
    client.send(QByteArray(1024, 'y'));
    QTRY_COMPARE(client.status(), 200);
    QCOMPARE(m_fixture.lastBodySize, 1024);
}

void TestGuardedConnection::chunkedBodyOverTheCap_answers413()
{
    ServerOptions options;
    options.maxBodyBytes = 1024;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    client.send("POST /api/upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                "400\r\n" +
                QByteArray(1024, 'a') + "\r\n");
    client.send("10\r\n" + QByteArray(16, 'b') + "\r\n");
    QTRY_COMPARE(client.status(), 413);
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(m_fixture.handled, 0);
}

void TestGuardedConnection::chunkedBodyWithinTheCap_reachesTheHandler()
{
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    client.send("POST /api/upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
    QTRY_COMPARE(client.status(), 200);
    QCOMPARE(m_fixture.lastBodySize, 11);
    QCOMPARE(jsonBody(client).value(QStringLiteral("bytes")).toInt(), 11);
}

void TestGuardedConnection::hugeHeaders_answer431()
{
    ServerOptions options;
    options.maxHeaderBytes = 2048;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    client.send(simpleGet("/echo", "X-Big: " + QByteArray(3000, 'z') + "\r\n"));
    QTRY_COMPARE(client.status(), 431);
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(m_fixture.handled, 0);
}

void TestGuardedConnection::unterminatedHugeHead_answers431BeforeItEnds()
{
    ServerOptions options;
    options.maxHeaderBytes = 2048;
    QVERIFY(m_fixture.start(options));
    RawHttpClient client(m_fixture.port());
    client.send("GET /echo HTTP/1.1\r\nX-Big: " + QByteArray(4000, 'z'));
    QTRY_COMPARE(client.status(), 431);
}

void TestGuardedConnection::longRequestLine_answers414()
{
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    client.send(simpleGet("/echo?q=" + QByteArray(9000, 'q')));
    QTRY_COMPARE(client.status(), 414);
    QTRY_VERIFY(client.isClosed());
}

void TestGuardedConnection::malformedHead_isRefusedBeforeAnyHandler_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray line = "GET /echo HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("header without colon") << line + "Broken header\r\n\r\n" << 400;
    QTest::newRow("space before colon") << line + "Bad : value\r\n\r\n" << 400;
    QTest::newRow("folded line") << line + "X-A: 1\r\n  continued\r\n\r\n" << 400;
    QTest::newRow("control character") << line + "X-A: a\x01z\r\n\r\n" << 400;
    QTest::newRow("two request targets") << QByteArray("GET /echo /x HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("unknown version") << QByteArray("GET /echo HTTP/2.0\r\n\r\n") << 400;
    QTest::newRow("invalid content length") << line + "Content-Length: 1x\r\n\r\n" << 400;
    QTest::newRow("length and chunked")
        << QByteArray("POST /api/upload HTTP/1.1\r\nContent-Length: 3\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n")
        << 400;
    QTest::newRow("unsupported method") << QByteArray("BREW /echo HTTP/1.1\r\n\r\n") << 501;
    QTest::newRow("unsupported coding")
        << QByteArray("POST /api/upload HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
}

void TestGuardedConnection::malformedHead_isRefusedBeforeAnyHandler()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    client.send(request);
    QTRY_COMPARE(client.status(), status);
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(m_fixture.handled, 0);
    QCOMPARE(client.header("access-control-allow-origin"), QByteArray("*"));
}

void TestGuardedConnection::unusualButValidRequests_areAnswered_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("odd target characters") << simpleGet("/echo?q={a|b}^`\"<>[]") << 200;
    QTest::newRow("utf-8 in the target") << simpleGet("/\xc3\xa4") << 404;
    QTest::newRow("utf-8 in a value") << simpleGet("/echo", "X-Name: J\xc3\xbcrgen\r\n") << 200;
    QTest::newRow("tab in a value") << simpleGet("/echo", "X-A: a\tb\r\n") << 200;
    QTest::newRow("empty value") << simpleGet("/echo", "X-Empty:\r\n") << 200;
    QTest::newRow("bare line feeds") << QByteArray("GET /echo HTTP/1.1\nHost: x\n\n") << 200;
    QTest::newRow("leading empty line") << QByteArray("\r\n") + simpleGet("/echo") << 200;
    QTest::newRow("absolute form")
        << QByteArray("GET http://localhost/echo HTTP/1.1\r\n\r\n") << 200;
    QTest::newRow("TRACE") << QByteArray("TRACE /echo HTTP/1.1\r\n\r\n") << 405;
    QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << 204;
}

void TestGuardedConnection::unusualButValidRequests_areAnswered()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    client.send(request);
    QTRY_COMPARE_WITH_TIMEOUT(client.status(), status, 3000);
}

void TestGuardedConnection::expectContinue_gets100BeforeTheBody()
{
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    client.send("POST /api/upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
                "4\r\n\r\n");
    QTRY_VERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    client.clearReceived();
    client.send("abcd");
    QTRY_COMPARE(client.status(), 200);
    QCOMPARE(m_fixture.lastBodySize, 4);
}

void TestGuardedConnection::pipelinedRequests_areAnsweredInOrder()
{
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    // One write: a chunked upload, a GET, a plain upload; then the last one closes.
    client.send("POST /api/upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n" +
                simpleGet("/echo") +
                "POST /api/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n"
                "Connection: close\r\n\r\n1234567");
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(client.responseCount(), 3);
    const QByteArray received = client.received();
    const qsizetype first = received.indexOf("{\"bytes\":5}");
    const qsizetype second = received.indexOf("hello");
    const qsizetype third = received.indexOf("{\"bytes\":7}");
    QVERIFY(first > 0);
    QVERIFY(second > first);
    QVERIFY(third > second);
    QCOMPARE(received.count("Connection: close"), 1);
    QCOMPARE(m_fixture.handled, 3);
}

void TestGuardedConnection::bodyInManySmallPieces_reachesTheHandlerWhole_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void TestGuardedConnection::bodyInManySmallPieces_reachesTheHandlerWhole()
{
    QFETCH(bool, chunked);
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    QTRY_VERIFY(client.isConnected());
    QByteArray body;
    for (int i = 0; i < 40; ++i)
        body += QByteArray::number(i % 10).repeated(i + 1);
    QByteArray wire;
    if (chunked) {
        for (qsizetype at = 0; at < body.size(); at += 37) {
            const QByteArray piece = body.mid(at, 37);
            wire += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        wire += "0\r\n\r\n";
    } else {
        wire = body;
    }
    client.send("POST /api/upload HTTP/1.1\r\nHost: x\r\n" +
                (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                         : "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
                "\r\n");
    for (qsizetype at = 0; at < wire.size(); at += 5) {
        client.send(wire.mid(at, 5));
        client.socket().flush();
        QCoreApplication::processEvents(); // the server (same thread) reads each piece on its own
    }
    QTRY_COMPARE(client.status(), 200);
    QCOMPARE(m_fixture.lastBodySize, body.size());
    QCOMPARE(m_fixture.lastBody, body);
}

void TestGuardedConnection::http10WithoutKeepAlive_isAnsweredThenClosed()
{
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    client.send("GET /echo HTTP/1.0\r\nHost: x\r\n\r\n");
    QTRY_VERIFY(client.isClosed());
    QCOMPARE(client.responseCount(), 1);
    QCOMPARE(client.status(), 200);
    QCOMPARE(client.header("connection"), QByteArray("close"));
    QCOMPARE(client.body(), QByteArray("hello"));
}

void TestGuardedConnection::http10WithKeepAlive_staysOpen()
{
    QVERIFY(m_fixture.start());
    RawHttpClient client(m_fixture.port());
    client.send("GET /echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QTRY_COMPARE(client.status(), 200);
    QCOMPARE(client.header("connection"), QByteArray());
    client.clearReceived();
    client.send(simpleGet("/echo"));
    QTRY_COMPARE(client.status(), 200);
    QVERIFY(!client.isClosed());
    QCOMPARE(m_fixture.handled, 2);
}

QTEST_GUILESS_MAIN(TestGuardedConnection)
#include "test_http_guarded_connection.moc"
