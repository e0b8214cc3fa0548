#include "AuthFixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;
using Kind = AuthorizeOutcome::Kind;

namespace {

AuthorizeParameters params(const QString &client, const QString &redirect = kConfidentialRedirect,
                           const QString &scope = {}, const QString &state = QStringLiteral("st"))
{
    return {client, QStringLiteral("code"), redirect, scope, state, {}, {}};
}

QUrlQuery queryOf(const QString &location)
{
    return QUrlQuery(QUrl(location).query());
}

} // namespace

class TestAuthorizeFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlErrors_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QString>("title");
        QTest::newRow("client_id missing") << "" << kConfidentialRedirect << "Invalid request";
        QTest::newRow("unknown client")
            << "nobody" << kConfidentialRedirect << "Application not found";
        QTest::newRow("disabled client")
            << "disabled" << kConfidentialRedirect << "Application not found";
        QTest::newRow("client without the grant")
            << "cc-only" << kConfidentialRedirect << "Application not found";
        QTest::newRow("unregistered redirect") << "confidential"
                                               << "http://evil.example/cb"
                                               << "Redirect URI mismatch";
        QTest::newRow("relative redirect") << "confidential"
                                           << "/callback"
                                           << "Redirect URI mismatch";
    }

    void htmlErrors()
    {
        QFETCH(QString, client);
        QFETCH(QString, redirect);
        QFETCH(QString, title);
        AuthFixture f;
        // Even an otherwise bad request (wrong response_type) gets the page, never a redirect.
        AuthorizeParameters p = params(client, redirect);
        p.responseType = QStringLiteral("token");
        for (const AuthorizeOutcome &outcome :
             {f.service->authorize(p),
              f.service->authorizeCallback(p, QStringLiteral("alice"), true)}) {
            QCOMPARE(outcome.kind, Kind::ErrorPage);
            QCOMPARE(outcome.title, title);
            QVERIFY(!outcome.message.isEmpty());
            QVERIFY(outcome.location.isEmpty());
        }
    }

    void noRedirectAnywhere_isInvalidRequest()
    {
        DirectoryState state = standardState();
        state.oauthClients.append(makeClient(QStringLiteral("bare"), kSecret, {}));
        AuthFixture f(state);
        const AuthorizeOutcome outcome =
            f.service->authorize(params(QStringLiteral("bare"), QString()));
        QCOMPARE(outcome.kind, Kind::ErrorPage);
        QCOMPARE(outcome.title, QStringLiteral("Invalid request"));
    }

    void redirectErrors_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("responseType");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("error");
        const QString c = QStringLiteral("confidential");
        const QString r = QStringLiteral("restricted");
        const QString p = QStringLiteral("public");
        QTest::newRow("response_type missing") << c << ""
                                               << ""
                                               << ""
                                               << ""
                                               << "invalid_request";
        QTest::newRow("response_type token") << c << "token"
                                             << ""
                                             << ""
                                             << ""
                                             << "unsupported_response_type";
        QTest::newRow("order: response_type before scope") << r << "token"
                                                           << "api:datasets-read"
                                                           << ""
                                                           << ""
                                                           << "unsupported_response_type";
        QTest::newRow("scope outside allowed_scopes") << r << "code"
                                                      << "api:admin-read api:datasets-read"
                                                      << ""
                                                      << ""
                                                      << "invalid_scope";
        QTest::newRow("osdk: operation scope") << p << "code"
                                               << "api:admin-read multipass:preregister-user"
                                               << ""
                                               << ""
                                               << "invalid_scope";
        QTest::newRow("osdk: non-api scope") << p << "code"
                                             << "openid"
                                             << ""
                                             << ""
                                             << "invalid_scope";
        QTest::newRow("order: scope before pkce") << r << "code"
                                                  << "api:datasets-read"
                                                  << "x"
                                                  << "S512"
                                                  << "invalid_scope";
        QTest::newRow("lower-case s256") << c << "code"
                                         << ""
                                         << "abc"
                                         << "s256"
                                         << "invalid_request";
        QTest::newRow("unknown method") << c << "code"
                                        << ""
                                        << "abc"
                                        << "S512"
                                        << "invalid_request";
        QTest::newRow("method without challenge") << c << "code"
                                                  << ""
                                                  << ""
                                                  << "S256"
                                                  << "invalid_request";
    }

    void redirectErrors()
    {
        QFETCH(QString, client);
        QFETCH(QString, responseType);
        QFETCH(QString, scope);
        QFETCH(QString, challenge);
        QFETCH(QString, method);
        QFETCH(QString, error);
        AuthFixture f;
        const QString redirect = client == u"public" ? kPublicRedirect : kConfidentialRedirect;
        const AuthorizeParameters p{
            client, responseType, redirect, scope, QStringLiteral("s t+1"), challenge, method};
        const AuthorizeOutcome outcome = f.service->authorize(p);
        QCOMPARE(outcome.kind, Kind::Redirect);
        QCOMPARE(outcome.error, error);
        QVERIFY(outcome.location.startsWith(redirect + u'?'));
        const QUrlQuery query = queryOf(outcome.location);
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), error);
        QVERIFY(!query.queryItemValue(QStringLiteral("error_description")).isEmpty());
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("s t+1"));
        if (responseType != u"code")
            return;
        // The callback repeats checks 5-6 (not 4) with the same result.
        const AuthorizeOutcome again =
            f.service->authorizeCallback(p, QStringLiteral("alice"), false);
        QCOMPARE(again.error, error);
    }

    void signInPage_listsActiveHumansAndTheRequest()
    {
        AuthFixture f;
        AuthorizeParameters p =
            params(QStringLiteral("public"), QString(),
                   QStringLiteral("offline_access api:admin-read api:ontologies-read"));
        p.codeChallenge = pkce::s256Challenge(kVerifier);
        p.codeChallengeMethod = QStringLiteral("S256");
        const AuthorizeOutcome outcome = f.service->authorize(p);
        QCOMPARE(outcome.kind, Kind::SignIn);
        QCOMPARE(outcome.signIn.applicationName, QStringLiteral("public name"));
        QCOMPARE(outcome.signIn.scopes.size(), 3);
        QCOMPARE(outcome.signIn.scopes.first(), QStringLiteral("offline_access"));
        QStringList names;
        for (const User &user : outcome.signIn.users)
            names << user.username;
        QCOMPARE(names, (QStringList{QStringLiteral("admin"), QStringLiteral("alice")}));
        QCOMPARE(outcome.signIn.parameters.redirectUri, kPublicRedirect); // defaulted
        QCOMPARE(outcome.signIn.parameters.codeChallenge, p.codeChallenge);
        QCOMPARE(outcome.signIn.parameters.state, QStringLiteral("st"));
    }

    void callback_redirectsWithCodeAndState()
    {
        DirectoryState state = standardState();
        state.oauthClients.append(
            makeClient(QStringLiteral("query-app"), kSecret,
                       {QStringLiteral("https://app.example/cb?tenant=a%20b")}));
        AuthFixture f(state);
        const AuthorizeOutcome outcome = f.service->authorizeCallback(
            params(QStringLiteral("query-app"),
                   QStringLiteral("https://APP.example:443/cb/?tenant=a%20b")),
            QStringLiteral("alice"), false);
        QCOMPARE(outcome.kind, Kind::Redirect);
        QVERIFY(outcome.error.isEmpty());
        const QRegularExpression expected(QStringLiteral(
            "^https://app\\.example:443/cb/\\?tenant=a%20b&code=[0-9a-f]{40}&state=st$"));
        QVERIFY2(expected.match(outcome.location).hasMatch(), qPrintable(outcome.location));
        QVERIFY(!outcome.location.contains(QStringLiteral("iss=")));
        QCOMPARE(f.service->codes().size(), 1);
    }

    void callback_withoutStateOmitsIt()
    {
        AuthFixture f;
        const AuthorizeOutcome outcome = f.service->authorizeCallback(
            params(QStringLiteral("confidential"), kConfidentialRedirect, {}, {}),
            QStringLiteral("alice"), false);
        QVERIFY(!outcome.location.contains(QStringLiteral("state")));
        QVERIFY(outcome.location.contains(QStringLiteral("code=")));
    }

    void callback_cancelIsAccessDenied()
    {
        AuthFixture f;
        const AuthorizeOutcome outcome =
            f.service->authorizeCallback(params(QStringLiteral("confidential")), QString(), true);
        QCOMPARE(outcome.error, QStringLiteral("access_denied"));
        QCOMPARE(queryOf(outcome.location).queryItemValue(QStringLiteral("state")),
                 QStringLiteral("st"));
        QCOMPARE(f.service->codes().size(), 0);
    }

    void callback_userMustBeAnActiveHuman_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("unknown") << "ghost";
        QTest::newRow("empty") << "";
        QTest::newRow("inactive") << "bob";
        QTest::newRow("service principal") << "svc-etl";
    }

    void callback_userMustBeAnActiveHuman()
    {
        QFETCH(QString, username);
        AuthFixture f;
        const AuthorizeOutcome outcome =
            f.service->authorizeCallback(params(QStringLiteral("confidential")), username, false);
        QCOMPARE(outcome.kind, Kind::ErrorPage);
        QCOMPARE(outcome.title, QStringLiteral("User not found"));
        QCOMPARE(f.service->codes().size(), 0);
    }

    void callback_firstSignInClearsPreregistered()
    {
        AuthFixture f;
        User alice = *f.directory->userByUsername(QStringLiteral("alice"));
        alice.preregistered = true;
        QVERIFY(f.directory->updateUser(alice));
        QVERIFY(!f.signIn(QStringLiteral("confidential"), kConfidentialRedirect, {}).isEmpty());
        QVERIFY(!f.directory->userByUsername(QStringLiteral("alice"))->preregistered);
    }

    void openMode_acceptsAnyClientAndAbsoluteRedirect()
    {
        AuthFixture f(DirectoryState::withDefaults());
        const AuthorizeParameters p =
            params(QStringLiteral("whatever"), QStringLiteral("http://127.0.0.1:9/x"),
                   QStringLiteral("multipass:delete-user anything"));
        const AuthorizeOutcome page = f.service->authorize(p);
        QCOMPARE(page.kind, Kind::SignIn);
        QCOMPARE(page.signIn.applicationName, QStringLiteral("whatever"));
        QVERIFY(!f.signIn(QStringLiteral("whatever"), QStringLiteral("myapp:/cb"), {},
                          QStringLiteral("admin"))
                     .isEmpty());
        QCOMPARE(
            f.service->authorize(params(QStringLiteral("whatever"), QStringLiteral("/relative")))
                .title,
            QStringLiteral("Redirect URI mismatch"));
        QCOMPARE(f.service->authorize(params(QStringLiteral("whatever"), QString())).title,
                 QStringLiteral("Invalid request"));
    }
};

QTEST_APPLESS_MAIN(TestAuthorizeFlow)
#include "test_authorize_flow.moc"
