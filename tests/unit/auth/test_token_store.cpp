#include "TokenStore.h"

#include <QTest>

using namespace foundry::auth;

namespace {

TokenGrant grant(const QString &user = QStringLiteral("u1"),
                 const QString &client = QStringLiteral("c1"))
{
    return {user, client, {QStringLiteral("api:admin-read"), QStringLiteral("offline_access")}};
}

struct Fixture
{
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    TokenStore store{clock};

    TokenState accessState(const QString &token) const { return store.accessToken(token)->state; }
    TokenState refreshState(const QString &token) const { return store.refreshToken(token)->state; }
};

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issue_accessTokenExpiresAfterItsLifetime()
    {
        Fixture f;
        const IssuedTokens issued = f.store.issue(grant(), 3600);
        QVERIFY(issued.refreshToken.isEmpty());
        QCOMPARE(*issued.expiresAtMsecs - issued.issuedAtMsecs, 3600 * 1000);
        const auto info = f.store.accessToken(issued.accessToken);
        QVERIFY(info);
        QCOMPARE(info->userId, QStringLiteral("u1"));
        QCOMPARE(info->clientId, QStringLiteral("c1"));
        QCOMPARE(info->scopes, grant().scopes);
        QCOMPARE(info->state, TokenState::Active);
        f.clock->advanceSeconds(3599);
        QCOMPARE(f.accessState(issued.accessToken), TokenState::Active);
        f.clock->advanceSeconds(1);
        QCOMPARE(f.accessState(issued.accessToken), TokenState::Expired);
    }

    void issue_zeroLifetimeNeverExpires()
    {
        Fixture f;
        const IssuedTokens issued = f.store.issue(grant(), 0);
        QVERIFY(!issued.expiresAtMsecs);
        f.clock->advanceSeconds(100LL * 365 * 24 * 3600);
        QCOMPARE(f.accessState(issued.accessToken), TokenState::Active);
    }

    void lookups_keepKindsApart()
    {
        Fixture f;
        const IssuedTokens issued = f.store.issue(grant(), 60, true);
        QVERIFY(!f.store.accessToken(issued.refreshToken));
        QVERIFY(!f.store.refreshToken(issued.accessToken));
        QVERIFY(!f.store.accessToken(QStringLiteral("foundry_nope")));
    }

    void rotate_replacesTheRefreshTokenAndKeepsTheOriginalScope()
    {
        Fixture f;
        const IssuedTokens first = f.store.issue(grant(), 60, true, true);
        const auto rotated = f.store.rotate(first.refreshToken, QStringLiteral("c1"),
                                            {QStringLiteral("api:admin-read")}, 60);
        QCOMPARE(rotated.status, TokenStore::RotateStatus::Rotated);
        QVERIFY(rotated.tokens.refreshToken != first.refreshToken);
        QCOMPARE(f.refreshState(first.refreshToken), TokenState::Rotated);
        QCOMPARE(f.store.accessToken(rotated.tokens.accessToken)->scopes,
                 QStringList{QStringLiteral("api:admin-read")});
        const auto next = f.store.refreshToken(rotated.tokens.refreshToken);
        QCOMPARE(next->scopes, grant().scopes);
        QVERIFY(next->signedInWithPkce);
        // The earlier access token is not touched by a rotation.
        QCOMPARE(f.accessState(first.accessToken), TokenState::Active);
    }

    void rotate_byAnotherClientLeavesTheTokenAlone()
    {
        Fixture f;
        const IssuedTokens first = f.store.issue(grant(), 60, true);
        QCOMPARE(f.store.rotate(first.refreshToken, QStringLiteral("c2"), {}, 60).status,
                 TokenStore::RotateStatus::WrongClient);
        QCOMPARE(f.refreshState(first.refreshToken), TokenState::Active);
        QCOMPARE(f.store.rotate(first.refreshToken, QStringLiteral("c1"), {}, 60).status,
                 TokenStore::RotateStatus::Rotated);
    }

    void reuse_revokesTheWholeFamilyOnly()
    {
        Fixture f;
        const IssuedTokens first = f.store.issue(grant(), 60, true);
        const IssuedTokens other = f.store.issue(grant(), 60, true); // another sign-in
        const auto second = f.store.rotate(first.refreshToken, QStringLiteral("c1"), {}, 60);
        const auto third = f.store.rotate(second.tokens.refreshToken, QStringLiteral("c1"), {}, 60);
        QCOMPARE(f.store.rotate(first.refreshToken, QStringLiteral("c1"), {}, 60).status,
                 TokenStore::RotateStatus::Reused);
        for (const QString &token :
             {first.accessToken, second.tokens.accessToken, third.tokens.accessToken})
            QCOMPARE(f.accessState(token), TokenState::Revoked);
        QCOMPARE(f.refreshState(third.tokens.refreshToken), TokenState::Revoked);
        QCOMPARE(f.accessState(other.accessToken), TokenState::Active);
        QCOMPARE(f.refreshState(other.refreshToken), TokenState::Active);
        QCOMPARE(f.store.rotate(third.tokens.refreshToken, QStringLiteral("c1"), {}, 60).status,
                 TokenStore::RotateStatus::Revoked);
    }

    void revoke_data()
    {
        QTest::addColumn<bool>("refresh");
        QTest::addColumn<QString>("client");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("accessRevoked");
        QTest::addColumn<bool>("refreshRevoked");
        QTest::newRow("access token")
            << false << "c1" << int(TokenStore::RevokeStatus::Revoked) << true << false;
        QTest::newRow("refresh token cascades")
            << true << "c1" << int(TokenStore::RevokeStatus::Revoked) << true << true;
        QTest::newRow("other client")
            << false << "c2" << int(TokenStore::RevokeStatus::OtherClient) << false << false;
        QTest::newRow("console: any client")
            << true << "" << int(TokenStore::RevokeStatus::Revoked) << true << true;
    }

    void revoke()
    {
        QFETCH(bool, refresh);
        QFETCH(QString, client);
        QFETCH(int, status);
        QFETCH(bool, accessRevoked);
        QFETCH(bool, refreshRevoked);
        Fixture f;
        const IssuedTokens issued = f.store.issue(grant(), 60, true);
        QCOMPARE(int(f.store.revoke(refresh ? issued.refreshToken : issued.accessToken, client)),
                 status);
        QCOMPARE(f.accessState(issued.accessToken) == TokenState::Revoked, accessRevoked);
        QCOMPARE(f.refreshState(issued.refreshToken) == TokenState::Revoked, refreshRevoked);
        QCOMPARE(f.store.revoke(QStringLiteral("foundry_unknown"), client),
                 TokenStore::RevokeStatus::NotFound);
    }

    void revokeAllOfUser_revokesOnlyThatUser()
    {
        Fixture f;
        const IssuedTokens a = f.store.issue(grant(QStringLiteral("u1")), 60, true);
        const IssuedTokens b = f.store.issue(grant(QStringLiteral("u1"), QStringLiteral("c2")), 60);
        const IssuedTokens c = f.store.issue(grant(QStringLiteral("u2")), 60, true);
        QCOMPARE(f.store.revokeAllOfUser(QStringLiteral("u1")), 3);
        QCOMPARE(f.accessState(a.accessToken), TokenState::Revoked);
        QCOMPARE(f.refreshState(a.refreshToken), TokenState::Revoked);
        QCOMPARE(f.accessState(b.accessToken), TokenState::Revoked);
        QCOMPARE(f.accessState(c.accessToken), TokenState::Active);
    }

    void snapshot_describesTokensWithoutTheirValues()
    {
        Fixture f;
        const quint64 before = f.store.revision();
        const IssuedTokens a = f.store.issue(grant(), 60, true);
        f.store.issue(grant(QStringLiteral("u2")), 0);
        QVERIFY(f.store.revision() > before);
        f.store.revoke(a.accessToken);
        const QList<TokenSummary> list = f.store.snapshot();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).kind, TokenKind::Access);
        QCOMPARE(list.at(0).state, TokenState::Revoked);
        QCOMPARE(list.at(1).kind, TokenKind::Refresh);
        QCOMPARE(list.at(2).userId, QStringLiteral("u2"));
        QVERIFY(!list.at(2).expiresAtMsecs);
        for (const TokenSummary &summary : list) {
            QVERIFY(!summary.maskedToken.contains(a.accessToken));
            QVERIFY(summary.maskedToken.size() < 25);
        }
        QVERIFY(list.at(0).maskedToken.startsWith(QStringLiteral("foundry_")));
        QVERIFY(list.at(0).maskedToken.endsWith(a.accessToken.right(4)));
        QCOMPARE(*f.store.revealToken(list.at(0).serial), a.accessToken);
        QCOMPARE(*f.store.revealToken(list.at(1).serial), a.refreshToken);
        QVERIFY(f.store.revokeBySerial(list.at(2).serial));
        QCOMPARE(f.store.snapshot().at(2).state, TokenState::Revoked);
    }

    void purge_dropsInactiveTokensAfterRetentionButKeepsLiveFamilies()
    {
        Fixture f;
        f.store.setRetentionMsecs(60 * 1000);
        const IssuedTokens expiring = f.store.issue(grant(), 10);
        const IssuedTokens revoked = f.store.issue(grant(), 0);
        f.store.revoke(revoked.accessToken);
        const IssuedTokens family = f.store.issue(grant(), 10, true);
        const auto rotated = f.store.rotate(family.refreshToken, QStringLiteral("c1"), {}, 0);
        f.clock->advanceSeconds(30);
        f.store.purge();
        QCOMPARE(f.store.size(), 6); // nothing is past the retention yet
        f.clock->advanceSeconds(60);
        f.store.purge();
        QVERIFY(!f.store.accessToken(expiring.accessToken));
        QVERIFY(!f.store.accessToken(revoked.accessToken));
        QVERIFY(!f.store.accessToken(family.accessToken));
        // The rotated refresh token stays while its family lives: reuse is still detected.
        QCOMPARE(f.refreshState(family.refreshToken), TokenState::Rotated);
        QCOMPARE(f.store.rotate(family.refreshToken, QStringLiteral("c1"), {}, 0).status,
                 TokenStore::RotateStatus::Reused);
        QCOMPARE(f.accessState(rotated.tokens.accessToken), TokenState::Revoked);
        f.clock->advanceSeconds(61);
        f.store.purge();
        QCOMPARE(f.store.size(), 0);
        QVERIFY(!f.store.revealToken(1));
    }

    void issue_purgesLazily()
    {
        Fixture f;
        f.store.setRetentionMsecs(0);
        f.store.issue(grant(), 1);
        f.clock->advanceSeconds(120);
        f.store.issue(grant(), 1); // more than a minute after the last sweep: sweeps first
        QCOMPARE(f.store.size(), 1);
    }
};

QTEST_APPLESS_MAIN(TestTokenStore)
#include "test_token_store.moc"
