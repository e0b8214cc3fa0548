// HttpWire, HttpHeaders and FormFields: the bytes of a response and the small value helpers.

#include "FormFields.h"
#include "HttpRequest.h"
#include "HttpWire.h"

#include <QTest>

using namespace foundry;

class TestHttpWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serialize_framesTheBody();
    void serialize_omitsTheBodyForHeadButKeepsItsLength();
    void serialize_noContentHasNoLength();
    void serialize_keepsFramingHeadersOutOfHandlersHands();
    void headers_lookupIgnoresCase();
    void formFields_decodePlusAndPercent_data();
    void formFields_decodePlusAndPercent();
    void request_contentTypeDropsParameters();
};

void TestHttpWire::serialize_framesTheBody()
{
    HttpResponse response = HttpResponse::text(QStringLiteral("hi"), 201);
    response.headers.add("X-Extra", "1");
    const QByteArray bytes = HttpWire::serialize(response);
    QVERIFY(bytes.startsWith("HTTP/1.1 201 Created\r\n"));
    QVERIFY(bytes.contains("\r\nX-Extra: 1\r\n"));
    QVERIFY(bytes.contains("\r\nAccess-Control-Allow-Origin: *\r\n"));
    QVERIFY(bytes.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"));
    QVERIFY(bytes.contains("\r\nContent-Length: 2\r\n"));
    QVERIFY(!bytes.contains("Connection:"));
    QVERIFY(bytes.endsWith("\r\n\r\nhi"));
    QVERIFY(HttpWire::serialize(response, HttpWire::BodyMode::Send, HttpWire::ConnectionMode::Close)
                .contains("\r\nConnection: close\r\n"));
}

void TestHttpWire::serialize_omitsTheBodyForHeadButKeepsItsLength()
{
    const QByteArray bytes =
        HttpWire::serialize(HttpResponse::text(QStringLiteral("hello")), HttpWire::BodyMode::Omit);
    QVERIFY(bytes.contains("\r\nContent-Length: 5\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\n"));
}

void TestHttpWire::serialize_noContentHasNoLength()
{
    const QByteArray bytes = HttpWire::serialize(HttpResponse::noContent());
    QVERIFY(bytes.startsWith("HTTP/1.1 204 No Content\r\n"));
    QVERIFY(!bytes.contains("Content-Length"));
    QVERIFY(bytes.endsWith("\r\n\r\n"));
}

void TestHttpWire::serialize_keepsFramingHeadersOutOfHandlersHands()
{
    HttpResponse response = HttpResponse::text(QStringLiteral("abc"));
    response.headers.add("Content-Length", "999");
    response.headers.add("Connection", "upgrade");
    response.headers.add("Access-Control-Allow-Origin", "http://x");
    const QByteArray bytes = HttpWire::serialize(response);
    QCOMPARE(bytes.count("Content-Length"), 1);
    QVERIFY(bytes.contains("Content-Length: 3\r\n"));
    QVERIFY(!bytes.contains("Connection"));
    QCOMPARE(bytes.count("Access-Control-Allow-Origin"), 1);
}

void TestHttpWire::headers_lookupIgnoresCase()
{
    HttpHeaders headers;
    headers.add("Content-Type", "a");
    headers.add("content-type", "b");
    QVERIFY(headers.contains("CONTENT-TYPE"));
    QCOMPARE(headers.value("content-TYPE"), QByteArray("a"));
    QCOMPARE(headers.values("Content-type").size(), 2);
    headers.set("CONTENT-TYPE", "c");
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.value("content-type"), QByteArray("c"));
    headers.remove("Content-Type");
    QVERIFY(headers.isEmpty());
    QCOMPARE(headers.value("missing", "fallback"), QByteArray("fallback"));
}

void TestHttpWire::formFields_decodePlusAndPercent_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("plus is a space")
        << QByteArray("scope=api:read+offline_access") << QStringLiteral("scope")
        << QStringLiteral("api:read offline_access");
    QTest::newRow("encoded plus") << QByteArray("secret=a%2Bb") << QStringLiteral("secret")
                                  << QStringLiteral("a+b");
    QTest::newRow("utf-8") << QByteArray("name=J%C3%BCrgen") << QStringLiteral("name")
                           << QString::fromUtf8("Jürgen");
    QTest::newRow("last wins") << QByteArray("a=1&a=2") << QStringLiteral("a")
                               << QStringLiteral("2");
    QTest::newRow("no value") << QByteArray("flag&x=1") << QStringLiteral("flag") << QString();
    QTest::newRow("encoded name") << QByteArray("client%5Fid=c") << QStringLiteral("client_id")
                                  << QStringLiteral("c");
    QTest::newRow("empty pairs") << QByteArray("&&a=1&") << QStringLiteral("a")
                                 << QStringLiteral("1");
    QTest::newRow("nothing to decode")
        << QByteArray("grant_type=client_credentials") << QStringLiteral("grant_type")
        << QStringLiteral("client_credentials");
    QTest::newRow("raw utf-8") << QByteArray("name=J\xc3\xbcrgen") << QStringLiteral("name")
                               << QString::fromUtf8("J\xc3\xbcrgen");
}

void TestHttpWire::formFields_decodePlusAndPercent()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, name);
    QFETCH(QString, value);
    const FormFields fields = FormFields::parse(encoded);
    QVERIFY(fields.contains(name));
    QCOMPARE(fields.value(name), value);
    QCOMPARE(fields.value(name).isNull(), value.isNull());
}

void TestHttpWire::request_contentTypeDropsParameters()
{
    HttpRequest request;
    request.headers.add("Content-Type", "Application/X-WWW-Form-Urlencoded; charset=UTF-8");
    QCOMPARE(request.contentType(), QByteArray("application/x-www-form-urlencoded"));
    request.body = "a=1+2";
    QCOMPARE(request.formFields().value(QStringLiteral("a")), QStringLiteral("1 2"));
}

QTEST_GUILESS_MAIN(TestHttpWire)
#include "test_http_wire.moc"
