// Router and RoutePattern: matching, captures, and the shared HTTP rules (HEAD, OPTIONS, 405,
// 404), without a network.

#include "Router.h"
#include "ServiceIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace foundry;

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pattern_matchesAndCaptures_data();
    void pattern_matchesAndCaptures();
    void regexRoute_isAnchoredAndDecoded();
    void invalidRegex_isRefused();
    void dispatch_prefersTheFirstMatchingRoute();
    void head_runsTheGetHandler();
    void wrongMethod_answers405ListingTheAllowedMethods();
    void options_answersAPreflight();
    void unknownPath_answers404();
    void serviceIndex_listsTheRoutes();

private:
    static HttpRequest request(const QByteArray &method, const QByteArray &rawPath);
};

HttpRequest TestRouter::request(const QByteArray &method, const QByteArray &rawPath)
{
    HttpRequest request;
    request.method = method;
    request.rawPath = rawPath;
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    return request;
}

void TestRouter::pattern_matchesAndCaptures_data()
{
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QByteArray>("rawPath");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QStringList>("captures");
    const QString users = QStringLiteral("/api/v2/admin/users/{userId}");
    QTest::newRow("literal") << QStringLiteral("/api/v2/admin/users")
                             << QByteArray("/api/v2/admin/users") << true << QStringList();
    QTest::newRow("root") << QStringLiteral("/") << QByteArray("/") << true << QStringList();
    QTest::newRow("root is not a prefix")
        << QStringLiteral("/") << QByteArray("/x") << false << QStringList();
    QTest::newRow("one capture") << users << QByteArray("/api/v2/admin/users/abc") << true
                                 << QStringList{QStringLiteral("abc")};
    QTest::newRow("encoded slash stays in the segment")
        << users << QByteArray("/api/v2/admin/users/a%2Fb") << true
        << QStringList{QStringLiteral("a/b")};
    QTest::newRow("utf-8 capture") << users << QByteArray("/api/v2/admin/users/j%C3%BCrgen") << true
                                   << QStringList{QString::fromUtf8("jürgen")};
    QTest::newRow("empty segment")
        << users << QByteArray("/api/v2/admin/users/") << false << QStringList();
    QTest::newRow("extra segment")
        << users << QByteArray("/api/v2/admin/users/a/b") << false << QStringList();
    QTest::newRow("trailing slash")
        << QStringLiteral("/a/b") << QByteArray("/a/b/") << false << QStringList();
    QTest::newRow("dot is literal")
        << QStringLiteral("/a.b") << QByteArray("/axb") << false << QStringList();
    QTest::newRow("two captures") << QStringLiteral("/g/{groupId}/m/{memberId}")
                                  << QByteArray("/g/1/m/2") << true
                                  << QStringList{QStringLiteral("1"), QStringLiteral("2")};
}

void TestRouter::pattern_matchesAndCaptures()
{
    QFETCH(QString, pathTemplate);
    QFETCH(QByteArray, rawPath);
    QFETCH(bool, matches);
    QFETCH(QStringList, captures);
    const RoutePattern pattern = RoutePattern::fromTemplate(pathTemplate);
    QStringList actual;
    QHash<QString, QString> named;
    QCOMPARE(pattern.match(rawPath, &actual, &named), matches);
    if (matches)
        QCOMPARE(actual, captures);
}

void TestRouter::regexRoute_isAnchoredAndDecoded()
{
    Router router;
    QVERIFY(router.addRegex(
        "GET", QStringLiteral("/api/v2/organizations/(?<rid>ri\\.organization\\.[^/]+)"),
        [](const HttpRequest &r) {
            return HttpResponse::text(r.pathParameter(QStringLiteral("rid")));
        }));
    const HttpResponse ok =
        router.dispatch(request("GET", "/api/v2/organizations/ri.organization.main%2Ex"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body, QByteArray("ri.organization.main.x"));
    QCOMPARE(router.dispatch(request("GET", "/api/v2/organizations/riXorganization.a")).status,
             404);
    QCOMPARE(
        router.dispatch(request("GET", "/prefix/api/v2/organizations/ri.organization.a")).status,
        404);
    QCOMPARE(router.dispatch(request("GET", "/api/v2/organizations/ri.organization.a/more")).status,
             404);
}

void TestRouter::invalidRegex_isRefused()
{
    Router router;
    QVERIFY(!router.addRegex("GET", QStringLiteral("/a/(unclosed"),
                             [](const HttpRequest &) { return HttpResponse(); }));
    QVERIFY(router.isEmpty());
}

void TestRouter::dispatch_prefersTheFirstMatchingRoute()
{
    Router router;
    router.add("GET", QStringLiteral("/users/getCurrent"),
               [](const HttpRequest &) { return HttpResponse::text(QStringLiteral("current")); });
    router.add("GET", QStringLiteral("/users/{userId}"),
               [](const HttpRequest &r) { return HttpResponse::text(r.captures.value(0)); });
    QCOMPARE(router.dispatch(request("GET", "/users/getCurrent")).body, QByteArray("current"));
    QCOMPARE(router.dispatch(request("GET", "/users/u1")).body, QByteArray("u1"));
}

void TestRouter::head_runsTheGetHandler()
{
    Router router;
    router.add("GET", QStringLiteral("/thing"), [](const HttpRequest &r) {
        return HttpResponse::text(QString::fromLatin1(r.method));
    });
    const HttpResponse response = router.dispatch(request("HEAD", "/thing"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("HEAD")); // the server drops the body, keeping its length
}

void TestRouter::wrongMethod_answers405ListingTheAllowedMethods()
{
    Router router;
    router.add("DELETE", QStringLiteral("/thing/{id}"),
               [](const HttpRequest &) { return HttpResponse::noContent(); });
    router.add("GET", QStringLiteral("/thing/{id}"),
               [](const HttpRequest &) { return HttpResponse(); });
    router.add("PUT", QStringLiteral("/thing/{id}"),
               [](const HttpRequest &) { return HttpResponse(); });
    const HttpResponse response = router.dispatch(request("POST", "/thing/1"));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.headers.value("allow"), QByteArray("GET, HEAD, PUT, DELETE, OPTIONS"));
    QCOMPARE(router.allowedMethods("/thing/1"),
             (QByteArrayList{"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}));
    QVERIFY(router.allowedMethods("/other").isEmpty());
}

void TestRouter::options_answersAPreflight()
{
    Router router;
    router.add("POST", QStringLiteral("/token"),
               [](const HttpRequest &) { return HttpResponse(); });
    HttpRequest preflight = request("OPTIONS", "/token");
    const HttpResponse plain = router.dispatch(preflight);
    QCOMPARE(plain.status, 204);
    QCOMPARE(plain.headers.value("access-control-allow-methods"), QByteArray("POST, OPTIONS"));
    QVERIFY(plain.headers.value("access-control-allow-headers").contains("Authorization"));
    preflight.headers.add("Access-Control-Request-Headers", "x-one, x-two");
    QCOMPARE(router.dispatch(preflight).headers.value("access-control-allow-headers"),
             QByteArray("x-one, x-two"));
    QCOMPARE(router.dispatch(request("OPTIONS", "/unknown")).status,
             204); // browsers preflight first
}

void TestRouter::unknownPath_answers404()
{
    Router router;
    const HttpResponse response = router.dispatch(request("GET", "/api/v2/none"));
    QCOMPARE(response.status, 404);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(body.value(QStringLiteral("errorName")).toString(),
             QStringLiteral("Default:NotFound"));
}

void TestRouter::serviceIndex_listsTheRoutes()
{
    Router router;
    router.add("POST", QStringLiteral("/multipass/api/oauth2/token"),
               [](const HttpRequest &) { return HttpResponse(); });
    installServiceIndex(router);
    installServiceIndex(router); // idempotent
    QCOMPARE(router.routes().size(), 2);
    const QJsonObject index =
        QJsonDocument::fromJson(router.dispatch(request("GET", "/")).body).object();
    QCOMPARE(index.value(QStringLiteral("service")).toString(), QStringLiteral("Foundry emulator"));
    QCOMPARE(index.value(QStringLiteral("version")).toString(), emulatorVersion());
    QVERIFY(emulatorVersion() != u"unknown");
    const QJsonArray endpoints = index.value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(endpoints.size(), 2);
    QCOMPARE(endpoints.at(1).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/multipass/api/oauth2/token"));
    QCOMPARE(endpoints.at(1).toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("POST"));
}

QTEST_GUILESS_MAIN(TestRouter)
#include "test_http_router.moc"
