// grant_type=refresh_token: rotation, reuse detection, narrowing, client rules, live deactivation.
#include "AuthFixture.h"

#include <QTest>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;

namespace {
const QString kScopes = QStringLiteral("offline_access api:admin-read api:admin-write");
}

class TestRefreshGrant : public QObject
{
    Q_OBJECT

private:
    // alice signs in to `client` and gets an access and a refresh token.
    static TokenResponse signedIn(AuthFixture &f,
                                  const QString &client = QStringLiteral("confidential"))
    {
        TokenOutcome outcome;
        if (client == u"public")
            outcome = f.exchange(f.signInWithPkce(client, kPublicRedirect, kScopes), client, {},
                                 kVerifier);
        else
            outcome = f.exchange(f.signIn(client, kConfidentialRedirect, kScopes), client, kSecret);
        return outcome.response.value_or(TokenResponse{});
    }

private Q_SLOTS:
    void rotation_replacesTheRefreshToken()
    {
        AuthFixture f;
        const TokenResponse first = signedIn(f);
        QVERIFY(!first.refreshToken.isEmpty());
        const TokenOutcome second =
            f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret);
        QVERIFY(second.ok());
        QVERIFY(second.response->refreshToken != first.refreshToken);
        QVERIFY(second.response->accessToken != first.accessToken);
        QCOMPARE(second.response->scopes, first.scopes);
        QCOMPARE(second.response->expiresIn, 3600);
        QVERIFY(f.bearer(second.response->accessToken).ok());
        QVERIFY(
            f.refresh(second.response->refreshToken, QStringLiteral("confidential"), kSecret).ok());
    }

    void reuse_revokesTheWholeFamily()
    {
        AuthFixture f;
        const TokenResponse first = signedIn(f);
        const TokenResponse second =
            *f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret).response;
        const TokenOutcome reused =
            f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret);
        QVERIFY(!reused.ok());
        QCOMPARE(reused.error.error, QStringLiteral("invalid_grant"));
        QCOMPARE(f.bearer(first.accessToken).failure, BearerFailure::Revoked);
        QCOMPARE(f.bearer(second.accessToken).failure, BearerFailure::Revoked);
        QCOMPARE(
            f.refresh(second.refreshToken, QStringLiteral("confidential"), kSecret).error.error,
            QStringLiteral("invalid_grant"));
    }

    void scope_mayNarrowButNotWiden_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("granted");
        QTest::newRow("absent: the original grant") << ""
                                                    << "" << kScopes.split(u' ');
        QTest::newRow("narrower") << "api:admin-read"
                                  << "" << QStringList{QStringLiteral("api:admin-read")};
        QTest::newRow("same, other order")
            << "api:admin-write api:admin-read offline_access"
            << ""
            << QStringList{QStringLiteral("api:admin-write"), QStringLiteral("api:admin-read"),
                           QStringLiteral("offline_access")};
        QTest::newRow("wider") << "api:admin-read api:datasets-read"
                               << "invalid_scope" << QStringList{};
    }

    void scope_mayNarrowButNotWiden()
    {
        QFETCH(QString, scope);
        QFETCH(QString, error);
        QFETCH(QStringList, granted);
        AuthFixture f;
        const TokenResponse first = signedIn(f);
        const TokenOutcome outcome =
            f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret, scope);
        if (!error.isEmpty()) {
            QCOMPARE(outcome.error.error, error);
            QCOMPARE(outcome.error.status, 400);
            // Not burned: the token still refreshes.
            QVERIFY(f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret).ok());
            return;
        }
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.response->scopes, granted);
        QCOMPARE(f.bearer(outcome.response->accessToken).identity.scopes, granted);
        // Narrowing is per request: the next refresh may ask for the whole grant again.
        const TokenOutcome again =
            f.refresh(outcome.response->refreshToken, QStringLiteral("confidential"), kSecret);
        QCOMPARE(again.response->scopes, kScopes.split(u' '));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << "missing" << 400 << "invalid_request";
        QTest::newRow("unknown client") << "unknown client" << 401 << "invalid_client";
        QTest::newRow("wrong secret") << "wrong secret" << 401 << "invalid_client";
        QTest::newRow("confidential without secret, no pkce")
            << "no secret" << 401 << "invalid_client";
        QTest::newRow("unknown token") << "unknown" << 400 << "invalid_grant";
        QTest::newRow("revoked token") << "revoked" << 400 << "invalid_grant";
        QTest::newRow("another client's token") << "other client" << 400 << "invalid_grant";
        QTest::newRow("inactive user") << "inactive" << 400 << "invalid_grant";
        QTest::newRow("removed user") << "removed" << 400 << "invalid_grant";
        QTest::newRow("client lost the grant") << "grant removed" << 401 << "invalid_client";
    }

    void failures()
    {
        QFETCH(QString, situation);
        QFETCH(int, status);
        QFETCH(QString, error);
        AuthFixture f;
        const TokenResponse first = signedIn(f);
        QString token = first.refreshToken;
        QString client = QStringLiteral("confidential");
        QString secret = kSecret;
        if (situation == u"missing")
            token.clear();
        else if (situation == u"unknown client")
            client = QStringLiteral("ghost");
        else if (situation == u"wrong secret")
            secret = QStringLiteral("nope");
        else if (situation == u"no secret")
            secret.clear();
        else if (situation == u"unknown")
            token = QStringLiteral("foundry_refresh_nope");
        else if (situation == u"revoked")
            f.service->tokens().revoke(token);
        else if (situation == u"other client")
            client = QStringLiteral("restricted");
        else if (situation == u"inactive")
            f.directory->setUserActive(f.userId(QStringLiteral("alice")), false);
        else if (situation == u"removed")
            f.directory->removeUser(f.userId(QStringLiteral("alice")));
        else if (situation == u"grant removed") {
            OAuthClient changed = *f.directory->oauthClient(client);
            changed.grantTypes = {QStringLiteral("authorization_code")};
            QVERIFY(f.directory->updateOAuthClient(client, changed));
        }
        const TokenOutcome outcome = f.refresh(token, client, secret);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.status, status);
        QCOMPARE(outcome.error.error, error);
        if (situation == u"other client") // not burned: the owner can still use it
            QVERIFY(f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret).ok());
    }

    void liveDeactivation_blocksRefreshUntilReactivated()
    {
        AuthFixture f;
        const TokenResponse first = signedIn(f);
        const QString alice = f.userId(QStringLiteral("alice"));
        QVERIFY(f.directory->setUserActive(alice, false));
        QCOMPARE(f.bearer(first.accessToken).failure, BearerFailure::InactiveUser);
        QCOMPARE(f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret).error.error,
                 QStringLiteral("invalid_grant"));
        QVERIFY(f.directory->setUserActive(alice, true));
        QVERIFY(f.bearer(first.accessToken).ok());
        QVERIFY(f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret).ok());
    }

    void publicClient_refreshesWithClientIdOnly()
    {
        AuthFixture f;
        const TokenResponse first = signedIn(f, QStringLiteral("public"));
        QVERIFY(!first.refreshToken.isEmpty());
        const TokenOutcome outcome = f.refresh(first.refreshToken, QStringLiteral("public"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.description));
    }

    void confidentialPkceSignIn_mayRefreshWithoutSecret()
    {
        AuthFixture f;
        const TokenOutcome signIn = f.exchange(
            f.signInWithPkce(QStringLiteral("confidential"), kConfidentialRedirect, kScopes),
            QStringLiteral("confidential"), {}, kVerifier);
        QVERIFY(signIn.ok());
        QVERIFY(f.refresh(signIn.response->refreshToken, QStringLiteral("confidential")).ok());
    }

    void refreshedAccessToken_expiresOnItsOwnClock()
    {
        AuthFixture f;
        const TokenResponse first = signedIn(f);
        f.clock->advanceSeconds(3000);
        const TokenResponse second =
            *f.refresh(first.refreshToken, QStringLiteral("confidential"), kSecret).response;
        f.clock->advanceSeconds(600);
        QCOMPARE(f.bearer(first.accessToken).failure, BearerFailure::Expired);
        QVERIFY(f.bearer(second.accessToken).ok());
    }
};

QTEST_APPLESS_MAIN(TestRefreshGrant)
#include "test_refresh_grant.moc"
