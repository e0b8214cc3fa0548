// GET /multipass/api/oauth2/authorize and its callback over real HTTP: HTML error pages that
// never redirect, error redirects once client and redirect are trusted, the sign-in page's
// content and escaping, and live deactivation.
#include "OAuthTestServer.h"

using namespace foundry;
using namespace foundry::test;

namespace {

const QString kAuthorize = QStringLiteral("/multipass/api/oauth2/authorize");

QString authorizeQuery(const QString &extra)
{
    return kAuthorize + QStringLiteral("?") + extra;
}

} // namespace

class TestOAuthAuthorizeRoute : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(); }
    void cleanup() { m_server.reset(); }

    void untrustedRequests_getAnHtmlErrorPage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::newRow("no client_id") << QStringLiteral("response_type=code") << QStringLiteral("Invalid request");
        QTest::newRow("unknown client") << QStringLiteral("client_id=nobody&response_type=code") << QStringLiteral("Application not found");
        QTest::newRow("disabled client") << QStringLiteral("client_id=disabled&response_type=code") << QStringLiteral("Application not found");
        QTest::newRow("client without the grant") << QStringLiteral("client_id=etl&response_type=code") << QStringLiteral("Application not found");
        QTest::newRow("unregistered redirect") << QStringLiteral("client_id=webapp&response_type=code&redirect_uri=https%3A%2F%2Fevil.example%2Fcb") << QStringLiteral("Redirect URI mismatch");
    }
    void untrustedRequests_getAnHtmlErrorPage()
    {
        QFETCH(QString, query);
        QFETCH(QString, title);
        const Reply reply = m_server->get(authorizeQuery(query));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        QVERIFY(reply.header("location").isEmpty());
        QVERIFY2(reply.body.contains(title.toUtf8()), reply.body.constData());
    }

    void trustedRequests_redirectTheirErrorsWithState_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");
        const QString base = QStringLiteral("client_id=webapp&state=s%261&");
        QTest::newRow("no response_type") << base << QStringLiteral("invalid_request");
        QTest::newRow("token response_type") << base + QStringLiteral("response_type=token") << QStringLiteral("unsupported_response_type");
        QTest::newRow("lower-case s256") << base + QStringLiteral("response_type=code&code_challenge=abc&code_challenge_method=s256") << QStringLiteral("invalid_request");
        QTest::newRow("method without challenge") << base + QStringLiteral("response_type=code&code_challenge_method=S256") << QStringLiteral("invalid_request");
    }
    void trustedRequests_redirectTheirErrorsWithState()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        const Reply reply = m_server->get(authorizeQuery(query));
        QCOMPARE(reply.status, 302);
        const QUrl location(QString::fromUtf8(reply.header("location")));
        QCOMPARE(location.host(), QStringLiteral("localhost"));
        QCOMPARE(location.path(), QStringLiteral("/cb"));
        const QUrlQuery params(location);
        QCOMPARE(params.queryItemValue(QStringLiteral("error")), error);
        QCOMPARE(params.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s&1"));
        QCOMPARE(params.queryItemValue(QStringLiteral("tenant")), QStringLiteral("1")); // kept
    }

    void signInPage_listsActiveHumansAndTheScopes()
    {
        const Reply reply = m_server->get(authorizeQuery(QStringLiteral(
            "client_id=webapp&response_type=code&scope=api%3Aadmin-read%20offline_access&state=xyz")));
        QCOMPARE(reply.status, 200);
        const QString html = QString::fromUtf8(reply.body);
        QVERIFY(html.contains(QStringLiteral("<title>Sign in to Foundry</title>")));
        QVERIFY(html.contains(QStringLiteral("Web App")));
        QVERIFY(html.contains(QStringLiteral("data-username=\"alice\"")));
        QVERIFY(html.contains(QStringLiteral("alice@example.com")));
        QVERIFY(!html.contains(QStringLiteral("data-username=\"bob\""))); // deactivated
        QVERIFY(!html.contains(QStringLiteral("data-username=\"svc-etl\""))); // service principal
        QVERIFY(html.contains(QStringLiteral("<li>api:admin-read</li>")));
        QVERIFY(html.contains(QStringLiteral("name=\"state\" value=\"xyz\"")));
        // The effective redirect URI (the first registered one) goes into the form.
        QVERIFY(html.contains(QStringLiteral("name=\"redirect_uri\" value=\"http://localhost:8080/cb?tenant=1\"")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("http://fonts"))); // self-contained
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
    }

    void signInPage_escapesEveryValue()
    {
        User evil;
        evil.username = QStringLiteral("<img src=x onerror=alert(1)>");
        evil.displayName = QStringLiteral("\"><script>alert(2)</script>");
        QVERIFY(m_server->directory->addUser(evil));
        const Reply reply = m_server->get(authorizeQuery(QStringLiteral(
            "client_id=webapp&response_type=code&state=%22%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E"
            "&scope=%3Cb%3Ebold%3C%2Fb%3E")));
        QCOMPARE(reply.status, 200);
        const QString html = QString::fromUtf8(reply.body);
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b>bold")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(html.contains(QStringLiteral("&quot;&gt;&lt;script&gt;alert(3)")));
    }

    void errorPage_escapesTheRequest()
    {
        const Reply reply = m_server->get(authorizeQuery(
            QStringLiteral("client_id=%3Cscript%3Ealert(1)%3C%2Fscript%3E&response_type=code")));
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.body.contains("<script"));
    }

    void callback_redirectsWithCodeAndState_keepingTheQuery()
    {
        const Reply reply = m_server->signIn(QStringLiteral("webapp"), QStringLiteral("alice"),
                                             QStringLiteral("http://localhost:8080/cb?tenant=1"),
                                             QStringLiteral("api:admin-read"), QStringLiteral("abc"));
        QCOMPARE(reply.status, 302);
        const QUrlQuery query = reply.locationQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("tenant")), QStringLiteral("1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("abc"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$"))
                    .match(query.queryItemValue(QStringLiteral("code"))).hasMatch());
        QVERIFY(!query.hasQueryItem(QStringLiteral("iss")));
    }

    void callback_cancel_redirectsAccessDenied()
    {
        const Reply reply = m_server->postForm(
            QStringLiteral("/multipass/api/oauth2/authorize/callback"),
            "client_id=webapp&response_type=code&state=q&cancel=1");
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.locationQuery().queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(reply.locationQuery().queryItemValue(QStringLiteral("state")), QStringLiteral("q"));
    }

    void callback_userNotEligible_isAnErrorPage_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("unknown") << QStringLiteral("nobody");
        QTest::newRow("deactivated") << QStringLiteral("bob");
        QTest::newRow("service principal") << QStringLiteral("svc-etl");
    }
    void callback_userNotEligible_isAnErrorPage()
    {
        QFETCH(QString, username);
        const Reply reply = m_server->signIn(QStringLiteral("webapp"), username,
                                             QStringLiteral("http://localhost:8080/cb?tenant=1"),
                                             QString(), QStringLiteral("s"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("location").isEmpty());
        QVERIFY(reply.body.contains("User not found"));
    }

    void deactivation_isLiveOnTheSignInPage_inBothDirections()
    {
        const QString query = authorizeQuery(QStringLiteral("client_id=webapp&response_type=code"));
        const QString aliceId = m_server->directory->userByUsername(QStringLiteral("alice"))->id;
        QVERIFY(m_server->get(query).body.contains("data-username=\"alice\""));

        m_server->directory->setUserActive(aliceId, false);
        const Reply hidden = m_server->get(query);
        QVERIFY(!hidden.body.contains("data-username=\"alice\""));
        QCOMPARE(m_server->signIn(QStringLiteral("webapp"), QStringLiteral("alice"),
                                  QStringLiteral("http://localhost:8080/cb?tenant=1"), QString(),
                                  QStringLiteral("s")).status, 400);

        m_server->directory->setUserActive(aliceId, true);
        QVERIFY(m_server->get(query).body.contains("data-username=\"alice\""));
        QCOMPARE(m_server->signIn(QStringLiteral("webapp"), QStringLiteral("alice"),
                                  QStringLiteral("http://localhost:8080/cb?tenant=1"), QString(),
                                  QStringLiteral("s")).status, 302);
    }

    void signInPage_withNoEligibleUser_saysSo()
    {
        OAuthTestServer server("foundry:\n  users:\n    - {username: admin, active: false}\n"
                               "  oauth_clients:\n    - {client_id: app, redirect_uris: ['http://localhost/cb']}\n");
        const Reply reply = server.get(authorizeQuery(QStringLiteral("client_id=app&response_type=code")));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("id=\"no-users\""));
        QVERIFY(!reply.body.contains("class=\"user\""));
    }

    void openMode_acceptsAnyClientAndAbsoluteRedirect()
    {
        OAuthTestServer open("foundry:\n  users:\n    - username: carol\n");
        const Reply page = open.get(authorizeQuery(QStringLiteral(
            "client_id=anything&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("data-username=\"carol\""));
        const Reply code = open.signIn(QStringLiteral("anything"), QStringLiteral("carol"),
                                       QStringLiteral("http://localhost:3000/cb"), QString(), QStringLiteral("s"));
        QCOMPARE(code.status, 302);
        const Reply tokens = open.token("grant_type=authorization_code&client_id=anything&code=" +
                                        code.locationQuery().queryItemValue(QStringLiteral("code")).toUtf8());
        QCOMPARE(tokens.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestOAuthAuthorizeRoute)
#include "test_oauth_authorize_route.moc"
