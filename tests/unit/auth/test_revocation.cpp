// POST /multipass/api/oauth2/revoke_token (RFC 7009).
#include "AuthFixture.h"

#include <QTest>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;

class TestRevocation : public QObject
{
    Q_OBJECT

private:
    struct Signed
    {
        QString access;
        QString refresh;
    };

    static Signed signIn(AuthFixture &f)
    {
        const TokenOutcome outcome =
            f.exchange(f.signIn(QStringLiteral("confidential"), kConfidentialRedirect,
                                QStringLiteral("offline_access api:admin-read")),
                       QStringLiteral("confidential"), kSecret);
        return {outcome.response->accessToken, outcome.response->refreshToken};
    }

    static std::optional<OAuthError> revoke(AuthFixture &f, const QString &token,
                                            const QString &client = QStringLiteral("confidential"),
                                            const QString &secret = kSecret,
                                            const QByteArray &authorization = {},
                                            bool formEncoded = true)
    {
        OAuthFormRequest request;
        request.formUrlEncoded = formEncoded;
        request.authorization = authorization;
        if (!token.isEmpty())
            request.form.insert(QStringLiteral("token"), token);
        if (!client.isEmpty())
            request.form.insert(QStringLiteral("client_id"), client);
        if (!secret.isEmpty())
            request.form.insert(QStringLiteral("client_secret"), secret);
        return f.service->revoke(request);
    }

private Q_SLOTS:
    void accessToken_isRevokedAlone()
    {
        AuthFixture f;
        const Signed s = signIn(f);
        QVERIFY(!revoke(f, s.access));
        QCOMPARE(f.bearer(s.access).failure, BearerFailure::Revoked);
        QVERIFY(f.refresh(s.refresh, QStringLiteral("confidential"), kSecret).ok());
    }

    void refreshToken_takesItsAccessTokensWithIt()
    {
        AuthFixture f;
        const Signed s = signIn(f);
        QVERIFY(!revoke(f, s.refresh));
        QCOMPARE(f.bearer(s.access).failure, BearerFailure::Revoked);
        QCOMPARE(f.refresh(s.refresh, QStringLiteral("confidential"), kSecret).error.error,
                 QStringLiteral("invalid_grant"));
    }

    void osdkSignOut_basicOnlyWithTokenInTheBody()
    {
        AuthFixture f;
        const Signed s = signIn(f);
        QVERIFY(!revoke(f, s.access, {}, {},
                        AuthFixture::basic(QStringLiteral("confidential"), kSecret)));
        QCOMPARE(f.bearer(s.access).failure, BearerFailure::Revoked);
    }

    void otherClientsToken_isLeftAloneButAnswersSuccess()
    {
        AuthFixture f;
        const Signed s = signIn(f);
        QVERIFY(!revoke(f, s.access, QStringLiteral("restricted")));
        QVERIFY(f.bearer(s.access).ok());
    }

    void unknownToken_isSuccess()
    {
        AuthFixture f;
        QVERIFY(!revoke(f, QStringLiteral("foundry_nothing")));
        QVERIFY(!revoke(f, QStringLiteral("fixed-or-garbage")));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<bool>("formEncoded");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a form")
            << "confidential" << kSecret << true << false << 400 << "invalid_request";
        QTest::newRow("no client") << ""
                                   << "" << true << true << 401 << "invalid_client";
        QTest::newRow("unknown client")
            << "ghost" << kSecret << true << true << 401 << "invalid_client";
        QTest::newRow("disabled client")
            << "disabled" << kSecret << true << true << 401 << "invalid_client";
        QTest::newRow("wrong secret") << "confidential"
                                      << "nope" << true << true << 401 << "invalid_client";
        QTest::newRow("token missing")
            << "confidential" << kSecret << false << true << 400 << "invalid_request";
    }

    void failures()
    {
        QFETCH(QString, client);
        QFETCH(QString, secret);
        QFETCH(bool, withToken);
        QFETCH(bool, formEncoded);
        QFETCH(int, status);
        QFETCH(QString, error);
        AuthFixture f;
        const Signed s = signIn(f);
        const auto result =
            revoke(f, withToken ? s.access : QString(), client, secret, {}, formEncoded);
        QVERIFY(result);
        QCOMPARE(result->status, status);
        QCOMPARE(result->error, error);
        QVERIFY(f.bearer(s.access).ok());
    }

    void publicClient_revokesWithItsIdOnly()
    {
        AuthFixture f;
        const TokenOutcome outcome =
            f.exchange(f.signInWithPkce(QStringLiteral("public"), kPublicRedirect,
                                        QStringLiteral("offline_access")),
                       QStringLiteral("public"), {}, kVerifier);
        QVERIFY(!revoke(f, outcome.response->refreshToken, QStringLiteral("public"), {}));
        QCOMPARE(f.bearer(outcome.response->accessToken).failure, BearerFailure::Revoked);
    }
};

QTEST_APPLESS_MAIN(TestRevocation)
#include "test_revocation.moc"
