// /multipass/api/me, /multipass/api/token/ttl and revoke_token over real HTTP: the 401
// envelope, expiry, revocation, fixed tokens, and live deactivation in both directions.
#include "OAuthTestServer.h"

using namespace foundry;
using namespace foundry::test;

namespace {
const QString kMe = QStringLiteral("/multipass/api/me");
const QString kTtl = QStringLiteral("/multipass/api/token/ttl");
const QString kRevoke = QStringLiteral("/multipass/api/oauth2/revoke_token");
} // namespace

class TestOAuthBearerRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    QByteArray etlToken()
    {
        return m_server->token("grant_type=client_credentials", "etl:etl-secret")
            .json().value(QStringLiteral("access_token")).toString().toUtf8();
    }

    // Alice signs in to webapp with offline_access; returns {access, refresh}.
    QPair<QByteArray, QByteArray> aliceTokens()
    {
        const Reply redirect = m_server->signIn(
            QStringLiteral("webapp"), QStringLiteral("alice"),
            QStringLiteral("http://localhost:8080/cb?tenant=1"), QStringLiteral("offline_access"),
            QStringLiteral("s"));
        const Reply tokens = m_server->token(
            "grant_type=authorization_code&code=" +
                redirect.locationQuery().queryItemValue(QStringLiteral("code")).toUtf8(),
            "webapp:web-secret");
        return {tokens.json().value(QStringLiteral("access_token")).toString().toUtf8(),
                tokens.json().value(QStringLiteral("refresh_token")).toString().toUtf8()};
    }

    static void verifyUnauthorized(const Reply &reply)
    {
        QCOMPARE(reply.status, 401);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("errorCode")).toString(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(json.value(QStringLiteral("errorName")).toString(), QStringLiteral("Default:Unauthorized"));
        QVERIFY(!json.value(QStringLiteral("errorInstanceId")).toString().isEmpty());
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(); }
    void cleanup() { m_server.reset(); }

    void me_returnsExactlyIdUsernameDisplayName()
    {
        const Reply reply = m_server->get(kMe, aliceTokens().first);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("displayName"), QStringLiteral("id"), QStringLiteral("username")}));
        QCOMPARE(json.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(json.value(QStringLiteral("displayName")).toString(), QStringLiteral("Alice Chen"));
        QCOMPARE(json.value(QStringLiteral("id")).toString(),
                 m_server->directory->userByUsername(QStringLiteral("alice"))->id);
    }

    void me_badTokens_are401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown") << QByteArray("Bearer foundry_doesnotexist000000000000000");
        QTest::newRow("basic scheme") << QByteArray("Basic ZXRsOmV0bC1zZWNyZXQ=");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
    }
    void me_badTokens_are401()
    {
        QFETCH(QByteArray, authorization);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        verifyUnauthorized(m_server->send("GET", kMe, {}, headers));
    }

    void expiredToken_is401WithExpiredParameter()
    {
        const QByteArray token = etlToken();
        QCOMPARE(m_server->get(kTtl, token).body, QByteArray("600"));
        m_server->clock->advanceSeconds(250);
        QCOMPARE(m_server->get(kTtl, token).body, QByteArray("350"));
        QVERIFY(m_server->get(kTtl, token).header("content-type").startsWith("text/plain"));
        m_server->clock->advanceSeconds(351);
        const Reply reply = m_server->get(kMe, token);
        verifyUnauthorized(reply);
        QCOMPARE(reply.json().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("EXPIRED"));
    }

    void fixedToken_worksAndNeverExpires()
    {
        QCOMPARE(m_server->get(kMe, "fixed-alice-token").json().value(QStringLiteral("username")).toString(),
                 QStringLiteral("alice"));
        m_server->clock->advanceSeconds(10 * 86400);
        QCOMPARE(m_server->get(kMe, "fixed-alice-token").status, 200);
        QVERIFY(m_server->get(kTtl, "fixed-alice-token").body.toLongLong() > 86400LL * 365);
    }

    void revoke_accessToken_thenMeIs401()
    {
        const QByteArray token = etlToken();
        QCOMPARE(m_server->get(kMe, token).status, 200);
        const Reply revoked = m_server->postForm(kRevoke, "token=" + token, "etl:etl-secret");
        QCOMPARE(revoked.status, 200);
        QVERIFY(revoked.body.isEmpty());
        verifyUnauthorized(m_server->get(kMe, token));
    }

    void revoke_refreshToken_revokesItsAccessTokens()
    {
        const auto [access, refresh] = aliceTokens();
        QVERIFY(!refresh.isEmpty());
        QCOMPARE(m_server->postForm(kRevoke, "token=" + refresh + "&token_type_hint=refresh_token",
                                    "webapp:web-secret").status, 200);
        verifyUnauthorized(m_server->get(kMe, access));
        QCOMPARE(m_server->token("grant_type=refresh_token&refresh_token=" + refresh, "webapp:web-secret")
                     .json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void revoke_unknownToken_is200_wrongSecretIs401()
    {
        QCOMPARE(m_server->postForm(kRevoke, "token=foundry_nope", "etl:etl-secret").status, 200);
        const Reply wrong = m_server->postForm(kRevoke, "token=foundry_nope", "etl:wrong");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    }

    void revoke_anotherClientsToken_leavesItWorking()
    {
        const QByteArray aliceAccess = aliceTokens().first;
        QCOMPARE(m_server->postForm(kRevoke, "token=" + aliceAccess, "etl:etl-secret").status, 200);
        QCOMPARE(m_server->get(kMe, aliceAccess).status, 200);
    }

    void deactivation_isLive_inBothDirections()
    {
        const auto [access, refresh] = aliceTokens();
        const QString aliceId = m_server->directory->userByUsername(QStringLiteral("alice"))->id;
        QCOMPARE(m_server->get(kMe, access).status, 200);
        QCOMPARE(m_server->get(kMe, "fixed-alice-token").status, 200);

        m_server->directory->setUserActive(aliceId, false);
        verifyUnauthorized(m_server->get(kMe, access));
        verifyUnauthorized(m_server->get(kMe, "fixed-alice-token"));
        QCOMPARE(m_server->token("grant_type=refresh_token&refresh_token=" + refresh, "webapp:web-secret")
                     .json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

        m_server->directory->setUserActive(aliceId, true);
        QCOMPARE(m_server->get(kMe, access).status, 200);
        QCOMPARE(m_server->get(kMe, "fixed-alice-token").status, 200);
        QCOMPARE(m_server->token("grant_type=refresh_token&refresh_token=" + refresh, "webapp:web-secret").status, 200);
    }

    void serviceUserDeactivated_clientCredentialsRefused()
    {
        const QString id = m_server->directory->userByUsername(QStringLiteral("svc-etl"))->id;
        m_server->directory->setUserActive(id, false);
        const Reply reply = m_server->token("grant_type=client_credentials", "etl:etl-secret");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void clientCredentials_createsTheServicePrincipalOnFirstUse()
    {
        OAuthTestServer fresh("foundry:\n  oauth_clients:\n    - {client_id: newapp, client_secret: s, name: New App}\n");
        QVERIFY(!fresh.directory->userByUsername(QStringLiteral("newapp")));
        const Reply reply = fresh.token("grant_type=client_credentials", "newapp:s");
        QCOMPARE(reply.status, 200);
        const auto principal = fresh.directory->userByUsername(QStringLiteral("newapp"));
        QVERIFY(principal);
        QVERIFY(principal->isService());
        QCOMPARE(principal->displayName, QStringLiteral("New App"));
        // The same principal acts on the next token.
        QCOMPARE(fresh.token("grant_type=client_credentials", "newapp:s").status, 200);
        QCOMPARE(fresh.directory->userCount(), 2); // admin + newapp
    }
};

QTEST_GUILESS_MAIN(TestOAuthBearerRoutes)
#include "test_oauth_bearer_routes.moc"
