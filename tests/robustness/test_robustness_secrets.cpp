// Secrets stay secret: after every OAuth flow (right and wrong secrets, codes, refresh, revoke,
// fixed tokens, a token sent in the query), no client secret, token or code appears in the
// request log's summary fields or in anything the program logged through Qt's message handler.
// Also: the default listen address is loopback, and tokens and codes look cryptographically
// random (distinct, full length).

#include "../http/oauth/OAuthTestServer.h"
#include "Secrets.h"
#include "ServerOptions.h"

#include <QMutex>
#include <QSet>
#include <QTest>

using namespace foundry;
using foundry::test::OAuthTestServer;
using foundry::test::Reply;

namespace {

QMutex g_messagesMutex;
QStringList g_messages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&g_messagesMutex);
    g_messages.append(message);
}

} // namespace

class TestRobustnessSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFlow_leavesNoSecretInTheLogs();
    void unregisteredRedirectUri_neverRedirects_data();
    void unregisteredRedirectUri_neverRedirects();
    void defaultListenAddress_isLoopback();
    void tokensAndCodes_areDistinctAndFullLength();
};

void TestRobustnessSecrets::everyFlow_leavesNoSecretInTheLogs()
{
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QStringList secrets{QStringLiteral("etl-secret"), QStringLiteral("web-secret"),
                        QStringLiteral("fixed-alice-token"), QStringLiteral("wrong-secret-42")};
    {
        OAuthTestServer server;
        const auto tokenOf = [](const Reply &reply, const char *field) {
            return reply.json().value(QLatin1StringView(field)).toString();
        };
        Reply cc = server.token("grant_type=client_credentials&scope=api:admin-read",
                                "etl:etl-secret");
        QCOMPARE(cc.status, 200);
        secrets << tokenOf(cc, "access_token");
        QCOMPARE(server.token("grant_type=client_credentials&client_id=etl&client_secret=etl-secret")
                     .status,
                 200);
        QCOMPARE(server.token("grant_type=client_credentials", "etl:wrong-secret-42").status, 401);

        const QByteArray verifier = "verifier-verifier-verifier-verifier-verifier-0123";
        const Reply signIn = server.signIn(
            QStringLiteral("webapp"), QStringLiteral("alice"),
            QStringLiteral("http://localhost:8080/cb?tenant=1"),
            QStringLiteral("offline_access api:admin-read"), QStringLiteral("st"),
            OAuthTestServer::s256(verifier), QStringLiteral("S256"));
        QCOMPARE(signIn.status, 302);
        const QString code = signIn.locationQuery().queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        secrets << code;
        const Reply exchanged = server.token(
            "grant_type=authorization_code&code=" + code.toUtf8() +
                "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb%3Ftenant%3D1&code_verifier=" +
                verifier,
            "webapp:web-secret");
        QCOMPARE(exchanged.status, 200);
        const QString access = tokenOf(exchanged, "access_token");
        const QString refresh = tokenOf(exchanged, "refresh_token");
        QVERIFY(!refresh.isEmpty());
        secrets << access << refresh;
        // A reused code, a refresh, a bearer call, a token in the query, a revocation.
        QCOMPARE(server.token("grant_type=authorization_code&code=" + code.toUtf8() +
                                  "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb%3Ftenant%3D1"
                                  "&code_verifier=" + verifier,
                              "webapp:web-secret")
                     .status,
                 400);
        const Reply refreshed =
            server.token("grant_type=refresh_token&refresh_token=" + refresh.toUtf8(),
                         "webapp:web-secret");
        QCOMPARE(refreshed.status, 200);
        secrets << tokenOf(refreshed, "access_token") << tokenOf(refreshed, "refresh_token");
        QCOMPARE(server.get(QStringLiteral("/multipass/api/me"), access.toUtf8()).status, 200);
        QCOMPARE(server.get(QStringLiteral("/multipass/api/me"), "fixed-alice-token").status, 200);
        server.get(QStringLiteral("/multipass/api/me?access_token=") + access);
        QCOMPARE(server.postForm(QStringLiteral("/multipass/api/oauth2/revoke_token"),
                                 "token=" + access.toUtf8(), "webapp:web-secret")
                     .status,
                 200);
        QCOMPARE(server.get(QStringLiteral("/multipass/api/me"), access.toUtf8()).status, 401);

        server.server->directory()->flushChanges();
        const QList<RequestLogEntry> entries = server.log.entries();
        QVERIFY(entries.size() >= 10);
        for (const RequestLogEntry &entry : entries) {
            const QString summary = entry.method + u' ' + entry.path + u' ' + entry.principal +
                                    u' ' + entry.client + u' ' + entry.peer;
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!summary.contains(secret), qPrintable(summary));
        }
    }
    qInstallMessageHandler(previous);
    QMutexLocker locker(&g_messagesMutex);
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }
}

void TestRobustnessSecrets::unregisteredRedirectUri_neverRedirects_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::newRow("another host") << QStringLiteral("http://evil.example/cb");
    QTest::newRow("userinfo trick") << QStringLiteral("http://localhost:8080@evil.example/cb?tenant=1");
    QTest::newRow("longer path") << QStringLiteral("http://localhost:8080/cb/../../evil?tenant=1");
    QTest::newRow("prefix of the host") << QStringLiteral("http://localhost:8080.evil.example/cb?tenant=1");
    QTest::newRow("other scheme") << QStringLiteral("javascript:alert(1)//localhost:8080/cb");
    QTest::newRow("protocol relative") << QStringLiteral("//evil.example/cb");
    QTest::newRow("backslash") << QStringLiteral("http://localhost:8080\\@evil.example/cb");
    QTest::newRow("encoded") << QStringLiteral("http%3A%2F%2Fevil.example%2Fcb");
    QTest::newRow("other port") << QStringLiteral("http://localhost:8081/cb?tenant=1");
}

// An open redirect would let anyone bounce a signed-in user (with a code) to their own site.
void TestRobustnessSecrets::unregisteredRedirectUri_neverRedirects()
{
    QFETCH(QString, redirectUri);
    OAuthTestServer server;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("webapp"));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
    const Reply page = server.get(QStringLiteral("/multipass/api/oauth2/authorize?") +
                                  query.toString(QUrl::FullyEncoded));
    QVERIFY2(page.status >= 400 && page.status < 500, qPrintable(QString::number(page.status)));
    QVERIFY(page.header("location").isEmpty());
    const Reply callback = server.signIn(QStringLiteral("webapp"), QStringLiteral("alice"),
                                         redirectUri, QString(), QStringLiteral("s"));
    QVERIFY2(callback.status >= 400 && callback.status < 500,
             qPrintable(QString::number(callback.status)));
    QVERIFY(callback.header("location").isEmpty());
}

void TestRobustnessSecrets::defaultListenAddress_isLoopback()
{
    QVERIFY(ServerOptions().host.isLoopback());
}

void TestRobustnessSecrets::tokensAndCodes_areDistinctAndFullLength()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString access = auth::secrets::newAccessToken();
        const QString code = auth::secrets::newAuthorizationCode();
        QCOMPARE(access.size(), 8 + 27); // "foundry_" + 160 bits in base64url
        QCOMPARE(code.size(), 40);      // 160 bits in hex
        QVERIFY(!seen.contains(access) && !seen.contains(code));
        seen << access << code;
    }
    QVERIFY(auth::secrets::constantTimeEquals(QStringLiteral("abc"), QStringLiteral("abc")));
    QVERIFY(!auth::secrets::constantTimeEquals(QStringLiteral("abc"), QStringLiteral("abd")));
    QVERIFY(!auth::secrets::constantTimeEquals(QStringLiteral("abc"), QStringLiteral("abcd")));
}

QTEST_GUILESS_MAIN(TestRobustnessSecrets)
#include "test_robustness_secrets.moc"
