#include "AuthFixture.h"

#include <QTest>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;

namespace {

DirectoryState stateWithFixedTokens()
{
    DirectoryState state = standardState();
    FixedToken fixed;
    fixed.token = QStringLiteral("fixed-admin-token");
    fixed.login = QStringLiteral("alice");
    fixed.scopes = {QStringLiteral("api:admin-read")};
    state.fixedTokens.append(fixed);
    fixed.token = QStringLiteral("fixed-ghost-token");
    fixed.login = QStringLiteral("ghost");
    state.fixedTokens.append(fixed);
    return state;
}

} // namespace

class TestBearerAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenFromHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("token");
        QTest::newRow("canonical") << QByteArray("Bearer abc") << QStringLiteral("abc");
        QTest::newRow("lower-case scheme") << QByteArray("bearer abc") << QStringLiteral("abc");
        QTest::newRow("upper-case scheme") << QByteArray("BEARER abc") << QStringLiteral("abc");
        QTest::newRow("extra spaces") << QByteArray("  Bearer   abc  ") << QStringLiteral("abc");
        QTest::newRow("tab") << QByteArray("Bearer\tabc") << QStringLiteral("abc");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("scheme only") << QByteArray("Bearer") << QString();
        QTest::newRow("scheme and space") << QByteArray("Bearer ") << QString();
        QTest::newRow("glued") << QByteArray("Bearerabc") << QString();
        QTest::newRow("basic") << QByteArray("Basic YTpi") << QString();
    }

    void tokenFromHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, token);
        QCOMPARE(BearerAuthenticator::tokenFromHeader(header), token);
    }

    void issuedToken_identifiesTheUser()
    {
        AuthFixture f;
        const auto issued = f.service->tokens().issue({f.userId(QStringLiteral("alice")),
                                                       QStringLiteral("confidential"),
                                                       {QStringLiteral("api:admin-read")}},
                                                      3600);
        const BearerResult result =
            f.service->authenticate(QByteArray("bearer " + issued.accessToken.toLatin1()));
        QVERIFY(result.ok());
        QCOMPARE(result.identity.user.username, QStringLiteral("alice"));
        QCOMPARE(result.identity.clientId, QStringLiteral("confidential"));
        QCOMPARE(result.identity.scopes, QStringList{QStringLiteral("api:admin-read")});
        QVERIFY(!result.identity.fixedToken);
        const MeInfo me = f.service->me(result.identity);
        QCOMPARE(me.id, f.userId(QStringLiteral("alice")));
        QCOMPARE(me.username, QStringLiteral("alice"));
        QCOMPARE(me.displayName, QStringLiteral("ALICE"));
        QCOMPARE(f.service->ttlSeconds(result.identity), 3600);
        f.clock->advanceMsecs(1500);
        QCOMPARE(f.service->ttlSeconds(result.identity), 3598);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "missing" << int(BearerFailure::Missing) << "missing";
        QTest::newRow("unknown") << "unknown" << int(BearerFailure::Unknown) << "unknown";
        QTest::newRow("refresh token as bearer")
            << "refresh" << int(BearerFailure::Unknown) << "unknown";
        QTest::newRow("expired") << "expired" << int(BearerFailure::Expired) << "expired";
        QTest::newRow("revoked") << "revoked" << int(BearerFailure::Revoked) << "revoked";
        QTest::newRow("deactivated")
            << "inactive" << int(BearerFailure::InactiveUser) << "inactive user";
        QTest::newRow("removed user")
            << "removed" << int(BearerFailure::InactiveUser) << "inactive user";
    }

    void failures()
    {
        QFETCH(QString, situation);
        QFETCH(int, failure);
        QFETCH(QString, reason);
        AuthFixture f;
        const QString alice = f.userId(QStringLiteral("alice"));
        const auto issued =
            f.service->tokens().issue({alice, QStringLiteral("confidential"), {}}, 60, true);
        QString token = issued.accessToken;
        if (situation == u"missing")
            token.clear();
        else if (situation == u"unknown")
            token = QStringLiteral("foundry_AAAAAAAAAAAAAAAAAAAAAAAAAAA");
        else if (situation == u"refresh")
            token = issued.refreshToken;
        else if (situation == u"expired")
            f.clock->advanceSeconds(60);
        else if (situation == u"revoked")
            f.service->tokens().revoke(token);
        else if (situation == u"inactive")
            QVERIFY(f.directory->setUserActive(alice, false));
        else if (situation == u"removed")
            QVERIFY(f.directory->removeUser(alice));
        const BearerResult result =
            token.isEmpty() ? f.service->authenticate(QByteArrayView()) : f.bearer(token);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.failure), failure);
        QCOMPARE(result.reason(), reason);
    }

    void deactivation_isLiveInBothDirections()
    {
        AuthFixture f;
        const QString alice = f.userId(QStringLiteral("alice"));
        const auto issued =
            f.service->tokens().issue({alice, QStringLiteral("confidential"), {}}, 60);
        QVERIFY(f.bearer(issued.accessToken).ok());
        QVERIFY(f.directory->setUserActive(alice, false));
        QCOMPARE(f.bearer(issued.accessToken).failure, BearerFailure::InactiveUser);
        QVERIFY(f.directory->setUserActive(alice, true));
        QVERIFY(f.bearer(issued.accessToken).ok());
    }

    void fixedTokens_neverExpireAndFollowTheirUser()
    {
        AuthFixture f(stateWithFixedTokens());
        f.service->tokens().setRetentionMsecs(0);
        f.clock->advanceSeconds(10LL * 365 * 24 * 3600);
        BearerResult result = f.bearer(QStringLiteral("fixed-admin-token"));
        QVERIFY(result.ok());
        QVERIFY(result.identity.fixedToken);
        QVERIFY(result.identity.clientId.isEmpty());
        QVERIFY(!result.identity.expiresAtMsecs);
        QCOMPARE(result.identity.user.username, QStringLiteral("alice"));
        QCOMPARE(result.identity.scopes, QStringList{QStringLiteral("api:admin-read")});
        QCOMPARE(f.service->ttlSeconds(result.identity), kNeverExpiresSeconds);
        QVERIFY(f.directory->setUserActive(f.userId(QStringLiteral("alice")), false));
        QCOMPARE(f.bearer(QStringLiteral("fixed-admin-token")).failure,
                 BearerFailure::InactiveUser);
        QCOMPARE(f.bearer(QStringLiteral("fixed-ghost-token")).failure,
                 BearerFailure::InactiveUser);
        // Revoking a user's tokens leaves the seed's configuration alone.
        QVERIFY(f.directory->setUserActive(f.userId(QStringLiteral("alice")), true));
        f.service->tokens().revokeAllOfUser(f.userId(QStringLiteral("alice")));
        QVERIFY(f.bearer(QStringLiteral("fixed-admin-token")).ok());
    }
};

QTEST_APPLESS_MAIN(TestBearerAuthenticator)
#include "test_bearer_authenticator.moc"
