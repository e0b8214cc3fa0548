// HttpServer: what every route gets for free (HEAD, OPTIONS, 405, 404, CORS, the request log),
// driven with QNetworkAccessManager and raw sockets against a server in this thread.

#include "ConnectionGuard.h"
#include "HttpServer.h"
#include "RawHttpClient.h"
#include "RequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <stdexcept>

using namespace foundry;
using foundry::test::RawHttpClient;
using foundry::test::simpleGet;

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void get_reachesTheHandlerWithDecodedCapturesAndQuery();
    void head_hasTheHeadersOfGetAndNoBody();
    void head_withQnam_reportsContentLength();
    void wrongMethod_answers405WithAllow_data();
    void wrongMethod_answers405WithAllow();
    void preflight_answers204WithCorsHeaders();
    void everyResponse_allowsAnyOrigin_data();
    void everyResponse_allowsAnyOrigin();
    void unknownPath_answers404InItsFamilyEnvelope_data();
    void unknownPath_answers404InItsFamilyEnvelope();
    void throwingHandler_answers500();
    void oversizedUpload_withQnam_gets413();
    void requestLog_recordsEveryRequest();

private:
    std::unique_ptr<QNetworkReply> send(const QByteArray &method, const QString &path,
                                        const QByteArray &body = {},
                                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QUrl url(const QString &path) const;

    RequestLog m_log;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
    HttpRequest m_lastRequest;
};

void TestHttpServer::initTestCase()
{
    Router router;
    router.add("GET", QStringLiteral("/api/v2/things/{thingId}"),
               [this](const HttpRequest &request) {
                   m_lastRequest = request;
                   HttpResponse response = HttpResponse::json(QJsonObject{
                       {QStringLiteral("id"), request.pathParameter(QStringLiteral("thingId"))}});
                   response.principal = QStringLiteral("user-1");
                   response.client = QStringLiteral("client-1");
                   return response;
               });
    router.add("DELETE", QStringLiteral("/api/v2/things/{thingId}"),
               [](const HttpRequest &) { return HttpResponse::noContent(); });
    router.add("POST", QStringLiteral("/multipass/api/oauth2/token"),
               [](const HttpRequest &) { return HttpResponse::json(QJsonObject{}); });
    router.add("GET", QStringLiteral("/text"), [](const HttpRequest &) {
        return HttpResponse::text(QStringLiteral("twelve bytes"));
    });
    router.add("POST", QStringLiteral("/api/upload"), [](const HttpRequest &request) {
        return HttpResponse::json(QJsonObject{{QStringLiteral("bytes"), request.body.size()}});
    });
    router.add("GET", QStringLiteral("/api/throws"),
               [](const HttpRequest &) -> HttpResponse { throw std::runtime_error("boom"); });
    ServerOptions options;
    options.port = 0;
    options.maxBodyBytes = 64 * 1024;
    m_server = std::make_unique<HttpServer>(router, &m_log, options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestHttpServer::cleanupTestCase()
{
    m_server.reset();
}

QUrl TestHttpServer::url(const QString &path) const
{
    QUrl result = m_server->url();
    const qsizetype question = path.indexOf(u'?');
    result.setPath(path.left(question), QUrl::TolerantMode);
    if (question >= 0)
        result.setQuery(path.mid(question + 1), QUrl::TolerantMode);
    return result;
}

std::unique_ptr<QNetworkReply>
TestHttpServer::send(const QByteArray &method, const QString &path, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(path));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    // QNAM only knows HEAD has no body when asked through head().
    std::unique_ptr<QNetworkReply> reply(method == "HEAD"
                                             ? m_network.head(request)
                                             : m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000))
        qWarning("request timed out");
    return reply;
}

static int statusOf(const QNetworkReply &reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestHttpServer::get_reachesTheHandlerWithDecodedCapturesAndQuery()
{
    const auto reply =
        send("GET", QStringLiteral("/api/v2/things/a%2Fb%20c?scope=api:read+offline&x=%2B"));
    QCOMPARE(statusOf(*reply), 200);
    QCOMPARE(
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString(),
        QStringLiteral("a/b c"));
    QCOMPARE(m_lastRequest.captures, QStringList{QStringLiteral("a/b c")});
    QCOMPARE(m_lastRequest.queryValue(QStringLiteral("scope")), QStringLiteral("api:read offline"));
    QCOMPARE(m_lastRequest.queryValue(QStringLiteral("x")), QStringLiteral("+"));
    QCOMPARE(m_lastRequest.peer, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!m_lastRequest.header("user-agent").isEmpty()); // case-insensitive lookup
}

void TestHttpServer::head_hasTheHeadersOfGetAndNoBody()
{
    RawHttpClient client(m_server->port());
    client.send("HEAD /text HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY(client.hasCompleteHead());
    QCOMPARE(client.status(), 200);
    QCOMPARE(client.header("content-length"), QByteArray("12"));
    QCOMPARE(client.header("content-type"), QByteArray("text/plain; charset=utf-8"));
    // The next answer on the same connection starts right after the head: no stray body.
    client.send(simpleGet("/text"));
    QTRY_COMPARE(client.responseCount(), 2);
    const QByteArray received = client.received();
    QVERIFY(received.indexOf("\r\n\r\nHTTP/1.1 200") > 0);
    QTRY_VERIFY(client.received().endsWith("twelve bytes"));
}

void TestHttpServer::head_withQnam_reportsContentLength()
{
    const auto reply = send("HEAD", QStringLiteral("/text"));
    QCOMPARE(statusOf(*reply), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toInt(), 12);
    QVERIFY(reply->readAll().isEmpty());
}

void TestHttpServer::wrongMethod_answers405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::addColumn<QString>("errorField"); // which envelope
    QTest::newRow("POST on a GET+DELETE path")
        << QByteArray("POST") << QStringLiteral("/api/v2/things/x")
        << QByteArray("GET, HEAD, DELETE, OPTIONS") << QStringLiteral("errorName");
    QTest::newRow("PUT on a GET path")
        << QByteArray("PUT") << QStringLiteral("/text") << QByteArray("GET, HEAD, OPTIONS")
        << QStringLiteral("errorName");
    QTest::newRow("GET on the token path")
        << QByteArray("GET") << QStringLiteral("/multipass/api/oauth2/token")
        << QByteArray("POST, OPTIONS") << QStringLiteral("error");
}

void TestHttpServer::wrongMethod_answers405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    QFETCH(QString, errorField);
    const auto reply = send(method, path);
    QCOMPARE(statusOf(*reply), 405);
    QCOMPARE(reply->rawHeader("Allow"), allow);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QVERIFY2(body.contains(errorField), QJsonDocument(body).toJson().constData());
    if (errorField == u"errorName")
        QCOMPARE(body.value(errorField).toString(), QStringLiteral("Default:MethodNotAllowed"));
}

void TestHttpServer::preflight_answers204WithCorsHeaders()
{
    const auto reply =
        send("OPTIONS", QStringLiteral("/api/v2/things/x"), {},
             {{"Origin", "http://localhost:8080"},
              {"Access-Control-Request-Method", "DELETE"},
              {"Access-Control-Request-Headers", "authorization, content-type, x-custom"}});
    QCOMPARE(statusOf(*reply), 204);
    QCOMPARE(reply->rawHeader("Access-Control-Allow-Origin"), QByteArray("*"));
    QCOMPARE(reply->rawHeader("Access-Control-Allow-Methods"),
             QByteArray("GET, HEAD, DELETE, OPTIONS"));
    QCOMPARE(reply->rawHeader("Access-Control-Allow-Headers"),
             QByteArray("authorization, content-type, x-custom"));
    QVERIFY(reply->rawHeader("Access-Control-Max-Age").toInt() > 0);
    QVERIFY(reply->readAll().isEmpty());
}

void TestHttpServer::everyResponse_allowsAnyOrigin_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("200") << QByteArray("GET") << QStringLiteral("/text") << 200;
    QTest::newRow("204") << QByteArray("DELETE") << QStringLiteral("/api/v2/things/x") << 204;
    QTest::newRow("404") << QByteArray("GET") << QStringLiteral("/nowhere") << 404;
    QTest::newRow("405") << QByteArray("PATCH") << QStringLiteral("/text") << 405;
}

void TestHttpServer::everyResponse_allowsAnyOrigin()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const auto reply = send(method, path, {}, {{"Origin", "http://localhost:3000"}});
    QCOMPARE(statusOf(*reply), status);
    QCOMPARE(reply->rawHeader("Access-Control-Allow-Origin"), QByteArray("*"));
}

void TestHttpServer::unknownPath_answers404InItsFamilyEnvelope_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("oauth");
    QTest::newRow("under /api/") << QByteArray("GET") << QStringLiteral("/api/v2/admin/nothing")
                                 << false;
    QTest::newRow("elsewhere") << QByteArray("GET") << QStringLiteral("/favicon.ico") << false;
    QTest::newRow("revoke path") << QByteArray("POST")
                                 << QStringLiteral("/multipass/api/oauth2/revoke_token") << true;
}

void TestHttpServer::unknownPath_answers404InItsFamilyEnvelope()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, oauth);
    const auto reply = send(method, path);
    QCOMPARE(statusOf(*reply), 404);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (oauth) {
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
        QVERIFY(body.contains(QStringLiteral("error_description")));
        QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
    } else {
        QCOMPARE(body.value(QStringLiteral("errorCode")).toString(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(body.value(QStringLiteral("errorName")).toString(),
                 QStringLiteral("Default:NotFound"));
        QCOMPARE(body.value(QStringLiteral("parameters"))
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 path);
        QCOMPARE(body.value(QStringLiteral("errorInstanceId")).toString().size(), 36);
    }
}

void TestHttpServer::throwingHandler_answers500()
{
    const auto reply = send("GET", QStringLiteral("/api/throws"));
    QCOMPARE(statusOf(*reply), 500);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(QStringLiteral("errorCode")).toString(), QStringLiteral("INTERNAL"));
    // The server still serves.
    QCOMPARE(statusOf(*send("GET", QStringLiteral("/text"))), 200);
}

void TestHttpServer::oversizedUpload_withQnam_gets413()
{
    const auto reply = send("POST", QStringLiteral("/api/upload"), QByteArray(2 * 1024 * 1024, 'u'),
                            {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(statusOf(*reply), 413);
    QCOMPARE(statusOf(*send("POST", QStringLiteral("/api/upload"), QByteArray(10, 'u'),
                            {{"Content-Type", "application/octet-stream"}})),
             200);
}

void TestHttpServer::requestLog_recordsEveryRequest()
{
    const quint64 before = m_log.lastSequence();
    QCOMPARE(statusOf(*send("GET", QStringLiteral("/api/v2/things/t1?q=1"))), 200);
    QCOMPARE(statusOf(*send("POST", QStringLiteral("/nowhere"))), 404);
    const QList<RequestLogEntry> entries = m_log.entriesSince(before);
    QCOMPARE(entries.size(), 2);
    const RequestLogEntry &get = entries.at(0);
    QCOMPARE(get.sequence, before + 1);
    QCOMPARE(get.method, QStringLiteral("GET"));
    QCOMPARE(get.path, QStringLiteral("/api/v2/things/t1"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.principal, QStringLiteral("user-1"));
    QCOMPARE(get.client, QStringLiteral("client-1"));
    QVERIFY(get.latencyMicros >= 0 && get.latencyMicros < 5'000'000);
    QVERIFY(qAbs(get.time.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    QCOMPARE(entries.at(1).method, QStringLiteral("POST"));
    QCOMPARE(entries.at(1).status, 404);
    QVERIFY(entries.at(1).principal.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "test_http_server.moc"
