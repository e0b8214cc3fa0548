// grant_type=client_credentials: client checks, the scope rules, service principals.
#include "AuthFixture.h"

#include <QTest>

using namespace foundry;
using namespace foundry::auth;
using namespace foundry::auth::testing;

namespace {

DirectoryState ccState()
{
    DirectoryState state = standardState();
    OAuthClient allowedOnly = makeClient(QStringLiteral("allowed-only"));
    allowedOnly.allowedScopes = {QStringLiteral("api:admin-read"), QStringLiteral("offline_access"),
                                 QStringLiteral("api:datasets-read")};
    state.oauthClients.append(allowedOnly);
    state.oauthClients.append(makeClient(QStringLiteral("etl")));
    state.oauthClients.append(makeClient(QStringLiteral("svc-named")));
    state.users.append(makeUser(QStringLiteral("svc-named"), true, true));
    return state;
}

} // namespace

class TestClientCredentialsGrant : public QObject
{
    Q_OBJECT

private:
    static TokenOutcome request(AuthFixture &f, const QString &client, const QString &secret,
                                const QString &scope = {}, bool scopeGiven = true)
    {
        QList<QPair<QString, QString>> form{
            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
            {QStringLiteral("client_id"), client}};
        if (!secret.isEmpty())
            form.append({QStringLiteral("client_secret"), secret});
        if (scopeGiven && !scope.isEmpty())
            form.append({QStringLiteral("scope"), scope});
        return f.token(form);
    }

private Q_SLOTS:
    void scopes_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("granted");
        using L = QStringList;
        const QString read = QStringLiteral("api:admin-read");
        QTest::newRow("no rules, none requested") << "confidential"
                                                  << ""
                                                  << "" << L{};
        QTest::newRow("no rules, unknown scopes granted as strings")
            << "confidential"
            << "api:admin-read made-up"
            << "" << L{read, QStringLiteral("made-up")};
        QTest::newRow("offline_access alone means none requested") << "confidential"
                                                                   << "offline_access"
                                                                   << "" << L{};
        QTest::newRow("offline_access is dropped") << "confidential"
                                                   << "offline_access api:admin-read"
                                                   << "" << L{read};
        QTest::newRow("restrictions: none requested means the restrictions") << "restricted"
                                                                             << ""
                                                                             << "" << L{read};
        QTest::newRow("restrictions filter silently") << "restricted"
                                                      << "api:admin-write"
                                                      << "" << L{};
        QTest::newRow("restrictions keep what they allow") << "restricted"
                                                           << "api:admin-write api:admin-read"
                                                           << "" << L{read};
        QTest::newRow("allowed_scopes still enforced") << "restricted"
                                                       << "api:datasets-read"
                                                       << "invalid_scope" << L{};
        QTest::newRow("empty restrictions grant nothing") << "no-scope"
                                                          << "api:admin-read"
                                                          << "" << L{};
        QTest::newRow("empty restrictions, none requested") << "no-scope"
                                                            << ""
                                                            << "" << L{};
        QTest::newRow("allowed_scopes as the default, without offline_access")
            << "allowed-only"
            << ""
            << "" << L{read, QStringLiteral("api:datasets-read")};
        QTest::newRow("allowed_scopes: outside") << "allowed-only"
                                                 << "api:admin-write"
                                                 << "invalid_scope" << L{};
        QTest::newRow("osdk: api scope") << "osdk-cc"
                                         << "api:ontologies-read"
                                         << "" << L{QStringLiteral("api:ontologies-read")};
        QTest::newRow("osdk: operation scope") << "osdk-cc"
                                               << "multipass:preregister-user"
                                               << "invalid_scope" << L{};
        QTest::newRow("osdk: offline_access ignored") << "osdk-cc"
                                                      << "offline_access api:admin-read"
                                                      << "" << L{read};
    }

    void scopes()
    {
        QFETCH(QString, client);
        QFETCH(QString, scope);
        QFETCH(QString, error);
        QFETCH(QStringList, granted);
        AuthFixture f(ccState());
        const TokenOutcome outcome = request(f, client, kSecret, scope);
        if (!error.isEmpty()) {
            QVERIFY(!outcome.ok());
            QCOMPARE(outcome.error.error, error);
            QCOMPARE(outcome.error.status, 400);
            return;
        }
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.description));
        QCOMPARE(outcome.response->scopes, granted);
        QCOMPARE(outcome.response->toJson().contains(QStringLiteral("scope")), !granted.isEmpty());
        QVERIFY(outcome.response->refreshToken.isEmpty());
        QCOMPARE(f.bearer(outcome.response->accessToken).identity.scopes, granted);
    }

    void clientChecks_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown") << "ghost" << kSecret << 401 << "invalid_client";
        QTest::newRow("disabled") << "disabled" << kSecret << 401 << "invalid_client";
        QTest::newRow("unknown before missing secret") << "ghost"
                                                       << "" << 401 << "invalid_client";
        QTest::newRow("secret missing") << "confidential"
                                        << "" << 400 << "invalid_request";
        QTest::newRow("secret wrong") << "confidential"
                                      << "nope" << 401 << "invalid_client";
        QTest::newRow("public client, no secret") << "public"
                                                  << "" << 400 << "invalid_request";
        QTest::newRow("public client, a secret") << "public"
                                                 << "x" << 401 << "invalid_client";
    }

    void clientChecks()
    {
        QFETCH(QString, client);
        QFETCH(QString, secret);
        QFETCH(int, status);
        QFETCH(QString, error);
        AuthFixture f(ccState());
        const TokenOutcome outcome = request(f, client, secret);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.status, status);
        QCOMPARE(outcome.error.error, error);
    }

    void clientWithoutTheGrant_isInvalidClient()
    {
        DirectoryState state = ccState();
        state.oauthClients[0].grantTypes = {QStringLiteral("authorization_code")};
        AuthFixture f(state);
        QCOMPARE(request(f, QStringLiteral("confidential"), kSecret).error.status, 401);
    }

    void basicAuthentication_works()
    {
        AuthFixture f(ccState());
        const TokenOutcome outcome =
            f.token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("scope"), QStringLiteral("api:admin-read")}},
                    AuthFixture::basic(QStringLiteral("confidential"), kSecret));
        QVERIFY(outcome.ok());
    }

    void servicePrincipal_isCreatedOnceThenReused()
    {
        AuthFixture f(ccState());
        const int users = f.directory->userCount();
        const TokenOutcome first = request(f, QStringLiteral("confidential"), kSecret);
        QCOMPARE(f.directory->userCount(), users + 1);
        const auto principal = f.directory->userByUsername(QStringLiteral("confidential"));
        QVERIFY(principal);
        QCOMPARE(principal->displayName, QStringLiteral("confidential name"));
        QVERIFY(principal->isService());
        QVERIFY(principal->active);
        QVERIFY(principal->organizationRid.isEmpty());
        QCOMPARE(f.bearer(first.response->accessToken).identity.user.id, principal->id);
        QCOMPARE(f.bearer(first.response->accessToken).identity.clientId,
                 QStringLiteral("confidential"));
        QVERIFY(request(f, QStringLiteral("confidential"), kSecret).ok());
        QCOMPARE(f.directory->userCount(), users + 1);
    }

    void servicePrincipal_resolution_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("username");
        QTest::newRow("by oauth_client_id") << "etl"
                                            << "svc-etl";
        QTest::newRow("by username") << "svc-named"
                                     << "svc-named";
    }

    void servicePrincipal_resolution()
    {
        QFETCH(QString, client);
        QFETCH(QString, username);
        AuthFixture f(ccState());
        const int users = f.directory->userCount();
        const TokenOutcome outcome = request(f, client, kSecret);
        QVERIFY(outcome.ok());
        QCOMPARE(f.bearer(outcome.response->accessToken).identity.user.username, username);
        QCOMPARE(f.directory->userCount(), users);
    }

    void deactivatedServicePrincipal_isInvalidGrant()
    {
        AuthFixture f(ccState());
        const TokenOutcome before = request(f, QStringLiteral("etl"), kSecret);
        QVERIFY(f.directory->setUserActive(f.userId(QStringLiteral("svc-etl")), false));
        const TokenOutcome outcome = request(f, QStringLiteral("etl"), kSecret);
        QCOMPARE(outcome.error.status, 400);
        QCOMPARE(outcome.error.error, QStringLiteral("invalid_grant"));
        QCOMPARE(outcome.error.description, QStringLiteral("The service user is deactivated."));
        QCOMPARE(f.bearer(before.response->accessToken).failure, BearerFailure::InactiveUser);
        QVERIFY(f.directory->setUserActive(f.userId(QStringLiteral("svc-etl")), true));
        QVERIFY(f.bearer(before.response->accessToken).ok());
    }

    void openMode_acceptsAnyClientAndSecret()
    {
        AuthFixture f(DirectoryState::withDefaults());
        const TokenOutcome outcome =
            request(f, QStringLiteral("anything"), {}, QStringLiteral("api:admin-read"));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.response->scopes, QStringList{QStringLiteral("api:admin-read")});
        QVERIFY(f.directory->userByUsername(QStringLiteral("anything"))->isService());
    }
};

QTEST_APPLESS_MAIN(TestClientCredentialsGrant)
#include "test_client_credentials_grant.moc"
