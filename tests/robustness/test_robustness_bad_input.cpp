// Bad input on every endpoint the emulator serves, taken from its own routing table so that a
// route added later is covered too: malformed and mistyped JSON, form garbage, huge arrays,
// deeply nested JSON, invalid UTF-8, unknown ids and odd characters in path parameters. The
// answer is always a 4xx (or a success when the input happens to be acceptable) in the envelope
// of the path's API family; never a 5xx, never a hang, never a crash.

#include "../http/admin/users/AdminUsersTestServer.h"
#include "ProtocolErrors.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace foundry;
using foundry::test::AdminUsersTestServer;
using foundry::test::Reply;

namespace {

struct Body
{
    const char *name;
    QByteArray contentType;
    QByteArray bytes;
    bool forEveryMethod = false; // also sent to GET routes
};

QByteArray repeated(const QByteArray &item, int count, const QByteArray &open,
                    const QByteArray &close)
{
    QByteArray out = open;
    out.reserve(open.size() + count * (item.size() + 1) + close.size());
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ',';
        out += item;
    }
    return out + close;
}

QList<Body> hostileBodies()
{
    const QByteArray json = "application/json";
    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray wrongTypes =
        R"({"username":5,"givenName":[],"familyName":{},"email":true,"attributes":"x",)"
        R"("organization":7,"principalIds":{},"groupIds":7,"userIds":"a","pageSize":"ten",)"
        R"("name":{},"description":[1],"members":"x","organizationRid":[],"roleId":1,)"
        R"("principalId":true,"principalType":9,"where":[],"query":3,"roleAssignments":"r",)"
        R"("subjectIds":null,"userId":{},"groupId":[],"host":1,"expirationDate":[]})";
    return {
        {"malformed JSON", json, R"({"username": "alice", )", true},
        {"truncated string", json, R"({"username": "ali)"},
        {"JSON array where an object is due", json, "[1,2,3]"},
        {"JSON scalar", json, "\"just a string\""},
        {"JSON null", json, "null"},
        {"empty JSON object", json, "{}"},
        {"wrong types everywhere", json, wrongTypes},
        {"array of wrong types", json, R"([1, "x", null, {"userId": 5}, {"groupId": []}])"},
        {"huge array", json, repeated(R"({"userId":"u"})", 50000, "[", "]")},
        {"huge id list", json,
         R"({"principalIds":)" + repeated("\"p\"", 100000, "[", "]") + "}"},
        {"deeply nested arrays", json, QByteArray(100000, '[') + QByteArray(100000, ']'), true},
        {"deeply nested objects", json,
         QByteArray("{\"a\":").repeated(50000) + "1" + QByteArray(50000, '}')},
        {"invalid UTF-8", json, "{\"username\":\"\xff\xfe\xc3\x28\",\"name\":\"\xed\xa0\x80\"}", true},
        {"lone surrogate escape", json, R"({"username":"\ud800","name":"\udfff"})"},
        {"huge numbers", json, R"({"pageSize":1e308,"expirationDate":-1e308,"roleId":1e999})"},
        {"NUL bytes", json, QByteArray("{\"username\":\"a\0b\"}", 18)},
        {"form garbage", form, "%%%&&==&a=%ZZ&grant_type=%FF&client_id=%00&=&&", true},
        {"form with huge values", form,
         "grant_type=client_credentials&client_id=" + QByteArray(200000, 'c') + "&scope=" +
             QByteArray(200000, ' ')},
        {"form invalid UTF-8", form, "grant_type=\xff\xfe&token=%C3%28&username=%ED%A0%80"},
        {"form as JSON", json, "grant_type=client_credentials"},
        {"JSON as form", form, R"({"grant_type":"client_credentials"})"},
        {"text/plain", "text/plain", "hello"},
        {"no content type", {}, "{}"},
        {"binary", "application/octet-stream", QByteArray::fromHex("00ff10fe7f80c0")},
    };
}

// Values a path parameter may receive that no id looks like.
QList<QByteArray> oddPathValues()
{
    return {
        "does-not-exist",
        "00000000-0000-0000-0000-000000000000",
        "ri.odd..rid$%25%24",
        "%00",
        "%FF%FE",
        "..%2F..%2Fetc%2Fpasswd",
        "%F0%9F%98%80",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%20",
        "a%0D%0AX-Injected:%201",
        QByteArray(4000, 'r'),
    };
}

// Query parameters every endpoint might read, all of them wrong.
const QByteArray kOddQuery =
    "pageSize=-5&pageToken=%FF%FE%00&preview=maybe&query=%ZZ&client_id=%00&redirect_uri="
    "javascript:alert(1)&response_type=token&scope=%FF&state=%3Cscript%3E&code_challenge=&"
    "code_challenge_method=S512&userId=..&organization=%20&principalType=NOPE";

QByteArray expand(const QString &pattern, const QByteArray &value)
{
    static const QRegularExpression parameter(QStringLiteral("\\{[^}]+\\}"));
    QString path = pattern;
    path.replace(parameter, QString::fromLatin1(value));
    return path.toLatin1();
}

} // namespace

class TestRobustnessBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void everyRoute_hostileBodies_answer4xxInItsEnvelope();
    void everyRoute_oddPathParameters_answer4xxInItsEnvelope();
    void everyRoute_oddQuery_answers4xxInItsEnvelope();
    void everyRoute_withoutToken_isRefusedInItsEnvelope();

private:
    // Checks the answer to `what`: no 5xx, and a 4xx is in the family's envelope.
    void check(const QByteArray &method, const QByteArray &path, const Reply &reply,
               const QString &what);
    Reply send(const QByteArray &method, const QByteArray &pathAndQuery, const Body &body,
               bool withToken = true);

    std::unique_ptr<AdminUsersTestServer> m_server;
    QByteArray m_token;
    QList<Router::RouteInfo> m_routes;
    QNetworkAccessManager m_network;
    int m_checked = 0;
};

void TestRobustnessBadInput::initTestCase()
{
    m_server = std::make_unique<AdminUsersTestServer>();
    m_token = m_server->tokenFor(QStringLiteral("admin"));
    m_routes = m_server->server.server->router().routes();
    QVERIFY2(m_routes.size() >= 40, "the routing table looks incomplete");
}

// Its own client with an event loop that ends on `finished` (no polling sleeps): this test makes
// well over a thousand requests.
Reply TestRobustnessBadInput::send(const QByteArray &method, const QByteArray &pathAndQuery,
                                   const Body &body, bool withToken)
{
    QNetworkRequest request(QUrl(m_server->server.base.toString(QUrl::StripTrailingSlash) +
                                 QString::fromLatin1(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.contentType.isEmpty())
        request.setRawHeader("Content-Type", body.contentType);
    ++m_checked;
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body.bytes);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    delete reply;
    return result;
}

void TestRobustnessBadInput::check(const QByteArray &method, const QByteArray &path,
                                   const Reply &reply, const QString &what)
{
    const QString context = QString::fromLatin1(method + ' ' + path.left(120)) + QStringLiteral(" (") +
                            what + QStringLiteral("): ") + QString::number(reply.status) + u' ' +
                            QString::fromUtf8(reply.body.left(300));
    QVERIFY2(reply.status >= 200 && reply.status < 500, qPrintable(context));
    if (reply.status < 400)
        return;
    const QByteArray type = reply.header("content-type");
    if (type.startsWith("text/html")) { // the sign-in page's own error page, for browsers
        QVERIFY2(path.startsWith("/multipass/api/oauth2/authorize"), qPrintable(context));
        QVERIFY2(reply.body.contains("<html") || reply.body.contains("<!DOCTYPE"), qPrintable(context));
        return;
    }
    QVERIFY2(type.startsWith("application/json"), qPrintable(context));
    const QJsonObject body = reply.json();
    if (errorFamilyForPath(QString::fromLatin1(path)) == ErrorFamily::OAuth) {
        QVERIFY2(body.value(QLatin1StringView("error")).isString(), qPrintable(context));
        return;
    }
    QVERIFY2(body.value(QLatin1StringView("errorCode")).isString(), qPrintable(context));
    QVERIFY2(body.value(QLatin1StringView("errorName")).isString(), qPrintable(context));
    QVERIFY2(body.value(QLatin1StringView("errorInstanceId")).isString(), qPrintable(context));
    QVERIFY2(body.value(QLatin1StringView("parameters")).isObject(), qPrintable(context));
}

void TestRobustnessBadInput::everyRoute_hostileBodies_answer4xxInItsEnvelope()
{
    const QList<Body> bodies = hostileBodies();
    for (const Router::RouteInfo &route : std::as_const(m_routes)) {
        const QByteArray path = expand(route.pattern, "does-not-exist");
        const bool readsBody = route.method != "GET";
        for (const Body &body : bodies) {
            if (!readsBody && !body.forEveryMethod)
                continue; // a GET route ignores its body: a few kinds are enough there
            check(route.method, path, send(route.method, path, body), QString::fromLatin1(body.name));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestRobustnessBadInput::everyRoute_oddPathParameters_answer4xxInItsEnvelope()
{
    const Body body{"wrong types", "application/json", R"({"name":5,"username":[]})"};
    for (const Router::RouteInfo &route : std::as_const(m_routes)) {
        if (!route.pattern.contains(u'{'))
            continue;
        for (const QByteArray &value : oddPathValues()) {
            const QByteArray path = expand(route.pattern, value);
            check(route.method, path, send(route.method, path, body),
                  QStringLiteral("path parameter ") + QString::fromLatin1(value.left(40)));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestRobustnessBadInput::everyRoute_oddQuery_answers4xxInItsEnvelope()
{
    const Body empty{"empty", {}, {}};
    for (const Router::RouteInfo &route : std::as_const(m_routes)) {
        const QByteArray path = expand(route.pattern, "%FF");
        check(route.method, path, send(route.method, path + '?' + kOddQuery, empty),
              QStringLiteral("odd query"));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestRobustnessBadInput::everyRoute_withoutToken_isRefusedInItsEnvelope()
{
    const Body body{"empty object", "application/json", "{}"};
    for (const Router::RouteInfo &route : std::as_const(m_routes)) {
        const QByteArray path = expand(route.pattern, "does-not-exist");
        const Reply reply = send(route.method, path, body, false);
        check(route.method, path, reply, QStringLiteral("no token"));
        if (QTest::currentTestFailed())
            return;
        if (path.startsWith("/api/"))
            QVERIFY2(reply.status == 401, qPrintable(QString::fromLatin1(path)));
    }
    qInfo("%d hostile requests checked", m_checked);
}

QTEST_GUILESS_MAIN(TestRobustnessBadInput)
#include "test_robustness_bad_input.moc"
