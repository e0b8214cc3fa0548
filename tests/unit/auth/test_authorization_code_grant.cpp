// grant_type=authorization_code: client rules, PKCE, code lifetime, burning, redirect_uri.
#include "AuthFixture.h"

#include <QTest>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;

namespace {
using Form = QList<QPair<QString, QString>>;
const QString kGrant = QStringLiteral("grant_type");
const QString kCode = QStringLiteral("authorization_code");
} // namespace

#define QCOMPARE_ERROR(outcome, expectedStatus, expectedError)                                     \
    do {                                                                                           \
        const TokenOutcome &o_ = (outcome);                                                        \
        QVERIFY2(!o_.ok(), "expected an error");                                                   \
        QCOMPARE(o_.error.error, QStringLiteral(expectedError));                                   \
        QCOMPARE(o_.error.status, expectedStatus);                                                 \
    } while (false)

class TestAuthorizationCodeGrant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientChecks_data()
    {
        QTest::addColumn<QString>("client"); // presents the code
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("pkce");  // the sign-in used PKCE (and the right verifier is sent)
        QTest::addColumn<int>("status"); // 200: success
        QTest::addColumn<QString>("error");
        QTest::newRow("code missing comes first") << "nobody"
                                                  << "" << false << 400 << "invalid_request";
        QTest::newRow("confidential with secret")
            << "confidential" << kSecret << false << 200 << "";
        QTest::newRow("wrong secret") << "confidential"
                                      << "nope" << false << 401 << "invalid_client";
        QTest::newRow("wrong secret even with pkce") << "confidential"
                                                     << "nope" << true << 401 << "invalid_client";
        QTest::newRow("confidential, no secret, no pkce") << "confidential"
                                                          << "" << false << 401 << "invalid_client";
        QTest::newRow("confidential, no secret, pkce") << "confidential"
                                                       << "" << true << 200 << "";
        QTest::newRow("public without pkce") << "public"
                                             << "" << false << 401 << "invalid_client";
        QTest::newRow("public with pkce") << "public"
                                          << "" << true << 200 << "";
        QTest::newRow("public sending a secret") << "public"
                                                 << "x" << true << 401 << "invalid_client";
        QTest::newRow("unknown client") << "ghost" << kSecret << false << 401 << "invalid_client";
        QTest::newRow("disabled client")
            << "disabled" << kSecret << false << 401 << "invalid_client";
        QTest::newRow("client without the grant")
            << "cc-only" << kSecret << false << 401 << "invalid_client";
    }

    void clientChecks()
    {
        QFETCH(QString, client);
        QFETCH(QString, secret);
        QFETCH(bool, pkce);
        QFETCH(int, status);
        QFETCH(QString, error);
        AuthFixture f;
        const bool signable = client == u"confidential" || client == u"public";
        const QString redirect = client == u"public" ? kPublicRedirect : kConfidentialRedirect;
        QString code = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        if (signable)
            code = pkce ? f.signInWithPkce(client, redirect, {}) : f.signIn(client, redirect, {});
        if (status == 400 && error == u"invalid_request")
            code.clear();
        const TokenOutcome outcome = f.exchange(code, client, secret, pkce ? kVerifier : QString());
        if (status == 200) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error.description));
            return;
        }
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.status, status);
        QCOMPARE(outcome.error.error, error);
    }

    void basicAuthentication_withEncodedCredentials()
    {
        DirectoryState state = standardState();
        state.oauthClients.append(
            makeClient(QStringLiteral("my:app%"), QStringLiteral("p@ss:w%rd+1")));
        AuthFixture f(state);
        const QString code = f.signIn(QStringLiteral("my:app%"), kConfidentialRedirect, {});
        const Form form{{kGrant, kCode}, {QStringLiteral("code"), code}};
        QCOMPARE_ERROR(
            f.token(form, AuthFixture::basic(QStringLiteral("my:app%"), QStringLiteral("wrong"))),
            401, "invalid_client");
        QVERIFY(f.token(form, AuthFixture::basic(QStringLiteral("my:app%"),
                                                 QStringLiteral("p@ss:w%rd+1")))
                    .ok());
    }

    void pkce_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<bool>("ok");
        QTest::newRow("S256 right") << "S256" << kVerifier << true;
        QTest::newRow("S256 wrong") << "S256" << QString(kVerifier).replace(0, 1, u'X') << false;
        QTest::newRow("S256 missing") << "S256"
                                      << "" << false;
        QTest::newRow("plain right") << "plain" << kVerifier << true;
        QTest::newRow("plain wrong") << "plain"
                                     << "other" << false;
        QTest::newRow("no method means plain") << "" << kVerifier << true;
    }

    void pkce()
    {
        QFETCH(QString, method);
        QFETCH(QString, verifier);
        QFETCH(bool, ok);
        AuthFixture f;
        const QString challenge = method == u"S256" ? pkce::s256Challenge(kVerifier) : kVerifier;
        const QString code = f.signIn(QStringLiteral("public"), kPublicRedirect, {},
                                      QStringLiteral("alice"), challenge, method);
        QVERIFY(!code.isEmpty());
        const TokenOutcome outcome = f.exchange(code, QStringLiteral("public"), {}, verifier);
        QCOMPARE(outcome.ok(), ok);
        if (ok)
            return;
        QCOMPARE(outcome.error.error, QStringLiteral("invalid_grant"));
        // A failed verifier does not burn the code.
        QVERIFY(f.exchange(code, QStringLiteral("public"), {}, kVerifier).ok());
    }

    void verifierWithoutChallenge_isIgnored()
    {
        AuthFixture f;
        const QString code = f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {});
        QVERIFY(
            f.exchange(code, QStringLiteral("confidential"), kSecret, QStringLiteral("whatever"))
                .ok());
    }

    void code_isSingleUseAndExpires()
    {
        AuthFixture f;
        const QString c = QStringLiteral("confidential");
        QCOMPARE_ERROR(f.exchange(QStringLiteral("feedface"), c, kSecret), 400, "invalid_grant");
        const QString code = f.signIn(c, kConfidentialRedirect, {});
        QVERIFY(f.exchange(code, c, kSecret).ok());
        QCOMPARE_ERROR(f.exchange(code, c, kSecret), 400, "invalid_grant");
        const QString late = f.signIn(c, kConfidentialRedirect, {});
        f.clock->advanceSeconds(599);
        const QString fresh = f.signIn(c, kConfidentialRedirect, {});
        f.clock->advanceSeconds(1);
        QCOMPARE_ERROR(f.exchange(late, c, kSecret), 400, "invalid_grant");
        QVERIFY(f.exchange(fresh, c, kSecret).ok());
    }

    void codeOfAnotherClient_isBurned()
    {
        AuthFixture f;
        const QString code = f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {});
        QCOMPARE_ERROR(f.exchange(code, QStringLiteral("restricted"), kSecret), 400,
                       "invalid_grant");
        QCOMPARE_ERROR(f.exchange(code, QStringLiteral("confidential"), kSecret), 400,
                       "invalid_grant");
    }

    void redirectUri_isComparedExactlyAndAMismatchBurns_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("ok");
        QTest::newRow("omitted") << QString() << true;
        QTest::newRow("same string") << kConfidentialRedirect << true;
        QTest::newRow("trailing slash") << kConfidentialRedirect + u'/' << false;
        QTest::newRow("host case") << QStringLiteral("http://LOCALHOST:8080/callback") << false;
    }

    void redirectUri_isComparedExactlyAndAMismatchBurns()
    {
        QFETCH(QString, given);
        QFETCH(bool, ok);
        AuthFixture f;
        const QString code = f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {});
        Form form{{kGrant, kCode},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("client_id"), QStringLiteral("confidential")},
                  {QStringLiteral("client_secret"), kSecret}};
        if (!given.isEmpty())
            form.append({QStringLiteral("redirect_uri"), given});
        QCOMPARE(f.token(form).ok(), ok);
        if (!ok) // burned: the right redirect does not help any more
            QCOMPARE_ERROR(f.exchange(code, QStringLiteral("confidential"), kSecret), 400,
                           "invalid_grant");
    }

    void inactiveUser_failsWithoutBurningTheCode()
    {
        AuthFixture f;
        const QString alice = f.userId(QStringLiteral("alice"));
        const QString code = f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {});
        QVERIFY(f.directory->setUserActive(alice, false));
        QCOMPARE_ERROR(f.exchange(code, QStringLiteral("confidential"), kSecret), 400,
                       "invalid_grant");
        QVERIFY(f.directory->setUserActive(alice, true));
        QVERIFY(f.exchange(code, QStringLiteral("confidential"), kSecret).ok());
    }

    void openMode_needsNoSecretAndNoPkce()
    {
        AuthFixture f(DirectoryState::withDefaults());
        const QString code =
            f.signIn(QStringLiteral("any"), QStringLiteral("http://localhost:1/cb"),
                     QStringLiteral("offline_access"), QStringLiteral("admin"));
        const TokenOutcome outcome =
            f.exchange(code, QStringLiteral("any"), QStringLiteral("ignored"));
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.response->refreshToken.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAuthorizationCodeGrant)
#include "test_authorization_code_grant.moc"
