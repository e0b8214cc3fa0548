// RequestHeadParser: what the guard accepts, what it refuses, and how it frames the body.

#include "RequestHead.h"

#include <QTest>

using namespace foundry;

class TestRequestHeadParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_readsRequestLineAndFields();
    void parse_acceptsBareLineFeedsAndLeadingEmptyLines();
    void parse_splitsAbsoluteFormTargets();
    void keepAlive_followsVersionAndConnection_data();
    void keepAlive_followsVersionAndConnection();
    void framing_isUnambiguous_data();
    void framing_isUnambiguous();
    void malformed_isRefused_data();
    void malformed_isRefused();
};

void TestRequestHeadParser::parse_readsRequestLineAndFields()
{
    const auto result = RequestHeadParser::parse(
        "POST /api/v2/users/a%20b?x=1&y=2 HTTP/1.1\r\nHost: localhost\r\nX-Dup: one\r\n"
        "x-dup:two\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY2(result.ok(), qPrintable(result.error));
    const RequestHead &head = result.head;
    QCOMPARE(head.method, QByteArray("POST"));
    QCOMPARE(head.rawPath, QByteArray("/api/v2/users/a%20b"));
    QCOMPARE(head.path(), QStringLiteral("/api/v2/users/a b"));
    QCOMPARE(head.rawQuery, QByteArray("x=1&y=2"));
    QCOMPARE(head.versionMinor, 1);
    QCOMPARE(head.headers.value("HOST"), QByteArray("localhost"));
    QCOMPARE(head.headers.values("x-dup"), (QByteArrayList{"one", "two"}));
    QCOMPARE(head.contentLength, std::optional<qint64>(5));
    QVERIFY(!head.chunked);
    QVERIFY(head.keepAlive);
    QVERIFY(head.expectContinue);
}

void TestRequestHeadParser::parse_acceptsBareLineFeedsAndLeadingEmptyLines()
{
    const auto result = RequestHeadParser::parse("\r\nGET / HTTP/1.1\nHost: x\n\n");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.head.headers.value("host"), QByteArray("x"));
}

void TestRequestHeadParser::parse_splitsAbsoluteFormTargets()
{
    const auto result =
        RequestHeadParser::parse("GET http://localhost:4000/a/b?c=d HTTP/1.1\r\n\r\n");
    QVERIFY(result.ok());
    QCOMPARE(result.head.rawPath, QByteArray("/a/b"));
    QCOMPARE(result.head.rawQuery, QByteArray("c=d"));
}

void TestRequestHeadParser::keepAlive_followsVersionAndConnection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.1 close in a list")
        << QByteArray("GET / HTTP/1.1\r\nConnection: upgrade, close\r\n\r\n") << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    QTest::newRow("1.1 close in a second field, lower-case name")
        << QByteArray("GET / HTTP/1.1\r\nConnection: upgrade\r\nconnection:  CLOSE \r\n\r\n")
        << false;
    QTest::newRow("1.1 close only as part of a token")
        << QByteArray("GET / HTTP/1.1\r\nConnection: closed, x-close\r\n\r\n") << true;
    QTest::newRow("1.0 keep-alive in a list")
        << QByteArray("GET / HTTP/1.0\r\nCONNECTION: foo ,Keep-Alive\r\n\r\n") << true;
}

void TestRequestHeadParser::keepAlive_followsVersionAndConnection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    const auto result = RequestHeadParser::parse(head);
    QVERIFY(result.ok());
    QCOMPARE(result.head.keepAlive, keepAlive);
}

void TestRequestHeadParser::framing_isUnambiguous_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<int>("errorStatus");
    QTest::addColumn<bool>("chunked");
    QTest::newRow("no body") << QByteArray() << 0 << false;
    QTest::newRow("chunked") << QByteArray("Transfer-Encoding: Chunked\r\n") << 0 << true;
    QTest::newRow("same length twice")
        << QByteArray("Content-Length: 3\r\nContent-Length: 3\r\n") << 0 << false;
    QTest::newRow("different lengths")
        << QByteArray("Content-Length: 3\r\nContent-Length: 4\r\n") << 400 << false;
    QTest::newRow("negative length") << QByteArray("Content-Length: -1\r\n") << 400 << false;
    QTest::newRow("length and chunked")
        << QByteArray("Content-Length: 3\r\nTransfer-Encoding: chunked\r\n") << 400 << false;
    QTest::newRow("gzip") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << 501 << false;
    QTest::newRow("different lengths, names in other cases")
        << QByteArray("content-length: 3\r\nCONTENT-LENGTH: 4\r\n") << 400 << false;
    QTest::newRow("length with leading zeros")
        << QByteArray("Content-Length:  007 \r\n") << 0 << false;
    QTest::newRow("length with a sign") << QByteArray("Content-Length: +7\r\n") << 400 << false;
    QTest::newRow("19-digit length")
        << QByteArray("Content-Length: 1234567890123456789\r\n") << 400 << false;
    QTest::newRow("chunked twice")
        << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n") << 501
        << false;
    QTest::newRow("chunked, name in lower case")
        << QByteArray("transfer-encoding:  CHUNKED\r\n") << 0 << true;
}

void TestRequestHeadParser::framing_isUnambiguous()
{
    QFETCH(QByteArray, fields);
    QFETCH(int, errorStatus);
    QFETCH(bool, chunked);
    const auto result =
        RequestHeadParser::parse(QByteArray("POST /x HTTP/1.1\r\n" + fields + "\r\n"));
    QCOMPARE(result.errorStatus, errorStatus);
    if (result.ok())
        QCOMPARE(result.head.chunked, chunked);
    if (QTest::currentDataTag() == QByteArray("length with leading zeros"))
        QCOMPARE(result.head.contentLength.value_or(-1), 7);
}

void TestRequestHeadParser::malformed_isRefused_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("errorStatus");
    QTest::newRow("empty") << QByteArray("\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("relative target") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
    QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 501;
    QTest::newRow("CONNECT") << QByteArray("CONNECT host:443 HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << 400;
    QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: value\r\n\r\n") << 400;
    QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\nBad Name: v\r\n\r\n") << 400;
    QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: 1\r\n\t2\r\n\r\n") << 400;
    static const char withNul[] = "GET / HTTP/1.1\r\nA: 1\0002\r\n\r\n";
    QTest::newRow("NUL in value") << QByteArray(withNul, sizeof(withNul) - 1) << 400;
}

void TestRequestHeadParser::malformed_isRefused()
{
    QFETCH(QByteArray, head);
    QFETCH(int, errorStatus);
    const auto result = RequestHeadParser::parse(head);
    QCOMPARE(result.errorStatus, errorStatus);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestHeadParser)
#include "test_http_request_head_parser.moc"
