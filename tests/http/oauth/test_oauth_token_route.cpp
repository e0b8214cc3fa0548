// POST /multipass/api/oauth2/token over real HTTP: each error with its status and `error`, the
// success shape, client authentication by Basic and by form, and the code and refresh flows.
#include "OAuthTestServer.h"

using namespace foundry;
using namespace foundry::test;

class TestOAuthTokenRoute : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    QString signInForCode(const QString &verifier, const QString &scope)
    {
        const Reply redirect = m_server->signIn(
            QStringLiteral("spa"), QStringLiteral("alice"),
            QStringLiteral("http://127.0.0.1:5173/callback"), scope, QStringLiteral("st"),
            OAuthTestServer::s256(verifier.toUtf8()), QStringLiteral("S256"));
        return redirect.locationQuery().queryItemValue(QStringLiteral("code"));
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(); }
    void cleanup() { m_server.reset(); }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QByteArray>("basic");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray formType = "application/x-www-form-urlencoded";
        QTest::newRow("json body") << QByteArray(R"({"grant_type":"client_credentials"})") << QByteArray() << QByteArray("application/json") << 400 << "invalid_request";
        QTest::newRow("no client_id") << QByteArray("grant_type=client_credentials") << QByteArray() << formType << 400 << "invalid_request";
        QTest::newRow("unknown grant") << QByteArray("grant_type=password&client_id=etl&client_secret=etl-secret") << QByteArray() << formType << 400 << "unsupported_grant_type";
        QTest::newRow("cc unknown client") << QByteArray("grant_type=client_credentials&client_id=nobody&client_secret=x") << QByteArray() << formType << 401 << "invalid_client";
        QTest::newRow("cc disabled client") << QByteArray("grant_type=client_credentials&client_id=disabled&client_secret=disabled-secret") << QByteArray() << formType << 401 << "invalid_client";
        QTest::newRow("cc grant not allowed") << QByteArray("grant_type=client_credentials&client_id=spa&client_secret=x") << QByteArray() << formType << 401 << "invalid_client";
        QTest::newRow("cc missing secret") << QByteArray("grant_type=client_credentials&client_id=etl") << QByteArray() << formType << 400 << "invalid_request";
        QTest::newRow("cc wrong secret form") << QByteArray("grant_type=client_credentials&client_id=etl&client_secret=nope") << QByteArray() << formType << 401 << "invalid_client";
        QTest::newRow("cc wrong secret basic") << QByteArray("grant_type=client_credentials") << QByteArray("etl:nope") << formType << 401 << "invalid_client";
        QTest::newRow("basic and form disagree") << QByteArray("grant_type=client_credentials&client_id=webapp") << QByteArray("etl:etl-secret") << formType << 400 << "invalid_request";
        QTest::newRow("osdk operation scope") << QByteArray("grant_type=client_credentials&scope=multipass:preregister-user") << QByteArray("osdk-app:osdk-secret") << formType << 400 << "invalid_scope";
        QTest::newRow("code missing") << QByteArray("grant_type=authorization_code&client_id=webapp&client_secret=web-secret") << QByteArray() << formType << 400 << "invalid_request";
        QTest::newRow("code unknown") << QByteArray("grant_type=authorization_code&code=0123&client_id=webapp&client_secret=web-secret") << QByteArray() << formType << 400 << "invalid_grant";
        QTest::newRow("refresh missing") << QByteArray("grant_type=refresh_token&client_id=spa") << QByteArray() << formType << 400 << "invalid_request";
        QTest::newRow("refresh unknown") << QByteArray("grant_type=refresh_token&refresh_token=foundry_refresh_x&client_id=spa") << QByteArray() << formType << 400 << "invalid_grant";
    }
    void errors()
    {
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, basic);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, error);
        const Reply reply = m_server->postForm(QStringLiteral("/multipass/api/oauth2/token"), form,
                                               basic, contentType);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), error);
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        if (status == 401 && !basic.isEmpty())
            QVERIFY(reply.header("www-authenticate").startsWith("Basic"));
    }

    void clientCredentials_basicAndForm_succeedWithTheSameShape_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QByteArray>("basic");
        QTest::newRow("basic") << QByteArray("grant_type=client_credentials&scope=api:admin-read") << QByteArray("etl:etl-secret");
        QTest::newRow("form") << QByteArray("grant_type=client_credentials&scope=api:admin-read&client_id=etl&client_secret=etl-secret") << QByteArray();
    }
    void clientCredentials_basicAndForm_succeedWithTheSameShape()
    {
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, basic);
        const Reply reply = m_server->token(form, basic);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QVERIFY(json.value(QStringLiteral("access_token")).toString().startsWith(QStringLiteral("foundry_")));
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 600);
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), QStringLiteral("api:admin-read"));
        QVERIFY(!json.contains(QStringLiteral("refresh_token")));
        QVERIFY(!json.contains(QStringLiteral("id_token")));
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        const Reply me = m_server->get(QStringLiteral("/multipass/api/me"),
                                       json.value(QStringLiteral("access_token")).toString().toUtf8());
        QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("svc-etl"));
    }

    void clientCredentials_scopesFilteredByRestrictions()
    {
        const Reply reply = m_server->token(
            "grant_type=client_credentials&scope=api:admin-read%20api:admin-write", "etl:etl-secret");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("scope")).toString(), QStringLiteral("api:admin-read"));
    }

    void authorizationCode_withPkce_thenRefreshRotates()
    {
        const QString verifier = QStringLiteral("a-verifier-that-is-long-enough-for-rfc7636-0123456789");
        const QString code = signInForCode(verifier, QStringLiteral("offline_access api:admin-read"));
        QCOMPARE(code.size(), 40);

        const QByteArray exchange = "grant_type=authorization_code&client_id=spa&code=" + code.toUtf8() +
                                    "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5173%2Fcallback&code_verifier=" +
                                    verifier.toUtf8();
        const Reply tokens = m_server->token(exchange);
        QCOMPARE(tokens.status, 200);
        const QString refresh = tokens.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(refresh.startsWith(QStringLiteral("foundry_refresh_")));
        QCOMPARE(tokens.json().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("offline_access api:admin-read"));

        // The code is single use.
        QCOMPARE(m_server->token(exchange).json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));

        const Reply rotated = m_server->token("grant_type=refresh_token&client_id=spa&refresh_token=" + refresh.toUtf8());
        QCOMPARE(rotated.status, 200);
        const QString newAccess = rotated.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(rotated.json().value(QStringLiteral("refresh_token")).toString() != refresh);
        QCOMPARE(m_server->get(QStringLiteral("/multipass/api/me"), newAccess.toUtf8()).status, 200);

        // Reuse of the rotated token revokes the whole family, the new access token included.
        const Reply reuse = m_server->token("grant_type=refresh_token&client_id=spa&refresh_token=" + refresh.toUtf8());
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(m_server->get(QStringLiteral("/multipass/api/me"), newAccess.toUtf8()).status, 401);
    }

    void authorizationCode_wrongVerifier_isInvalidGrantAndKeepsTheCode()
    {
        const QString verifier = QStringLiteral("right-verifier-right-verifier-right-verifier-0001");
        const QString code = signInForCode(verifier, QStringLiteral("api:admin-read"));
        const QByteArray base = "grant_type=authorization_code&client_id=spa&code=" + code.toUtf8() + "&code_verifier=";
        const Reply wrong = m_server->token(base + "wrong-verifier-wrong-verifier-wrong-verifier-0002");
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(m_server->token(base + verifier.toUtf8()).status, 200);
    }

    void authorizationCode_expiresAfterTenMinutes()
    {
        const QString verifier = QStringLiteral("expiring-verifier-expiring-verifier-expiring-0003");
        const QString code = signInForCode(verifier, QStringLiteral("api:admin-read"));
        m_server->clock->advanceSeconds(601);
        const Reply reply = m_server->token("grant_type=authorization_code&client_id=spa&code=" +
                                            code.toUtf8() + "&code_verifier=" + verifier.toUtf8());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void repeatedParameters_lastOneWins()
    {
        const Reply reply = m_server->token(
            "grant_type=password&grant_type=client_credentials&client_id=etl&client_secret=etl-secret");
        QCOMPARE(reply.status, 200);
    }

    void requestLog_namesPrincipalAndClient_neverTheSecretOrToken()
    {
        const Reply reply = m_server->token("grant_type=client_credentials", "etl:etl-secret");
        QCOMPARE(reply.status, 200);
        QTRY_VERIFY(!m_server->log.entries().isEmpty());
        const RequestLogEntry entry = m_server->log.entries().constLast();
        QCOMPARE(entry.path, QStringLiteral("/multipass/api/oauth2/token"));
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.client, QStringLiteral("etl"));
        QCOMPARE(entry.principal, QStringLiteral("svc-etl"));
    }
};

QTEST_GUILESS_MAIN(TestOAuthTokenRoute)
#include "test_oauth_token_route.moc"
