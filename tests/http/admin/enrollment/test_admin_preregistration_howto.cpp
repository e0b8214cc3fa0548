// Palantir's how-to "preregister users from a webhook with a confidential client", end to end over
// real HTTP: the OSDK application cannot ask for the operation scope; the non-OSDK one gets a
// token whose scope was filtered away (403 ApiUsageDenied); with the scope restriction fixed, the
// service user still lacks the role (403 PreregisterUserPermissionDenied); once it is a Users and
// groups administrator of the organization, the same token preregisters the user, who is then in
// the Directory, in GET /users and in POST /users/search.
#include "AdminEnrollmentTestSupport.h"

using namespace foundry;
using namespace foundry::test;

namespace {

// The webhook application as Developer Console creates it ("No, I won't use an Ontology SDK", no
// scope restrictions chosen), and an OSDK application for comparison.
const char *kHowToSeed = R"(tokens:
  admin-token: {login: admin, scopes: [api:admin-read, api:admin-write]}
foundry:
  enrollment:
    rid: ri.control-panel.main.customer.466f812b-f974-4478-9d4f-90402cd3def6
    name: Stack
  oauth_clients:
    - client_id: preregistration-webhook
      client_secret: webhook-secret
      name: Preregistration webhook
      grant_types: [client_credentials]
      scope_restrictions: []
    - client_id: osdk-webhook
      client_secret: osdk-secret
      grant_types: [client_credentials]
      osdk: true
  authentication_providers:
    - rid: ri.control-panel.main.saml.3faf689c-eaa1-4137-851f-81d58afe4c86
      name: Company SSO
      realm: company-realm
      supported_username_patterns: ['.*@example\.com']
)";

const QString kOrganization = QStringLiteral("ri.organization.main.organization.default");
const QByteArray kScopeForm = "grant_type=client_credentials&scope=multipass%3Apreregister-user";

} // namespace

class TestAdminPreregistrationHowTo : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    // The webhook's first call: a client-credentials token for multipass:preregister-user.
    QJsonObject webhookToken()
    {
        const Reply reply = m_server->token(kScopeForm, "preregistration-webhook:webhook-secret");
        [&] { QCOMPARE(reply.status, 200); }();
        return reply.json();
    }

    // The webhook's second call, with the email input parameter as the username.
    Reply preregister(const QJsonObject &token, const QString &email)
    {
        return callApi(*m_server, "POST",
                       providerPath(kSamlRid, QStringLiteral("/preregisterUser?preview=true")),
                       token.value(QStringLiteral("access_token")).toString().toUtf8(),
                       jsonBytes(QJsonObject{{QStringLiteral("username"), email},
                                             {QStringLiteral("organization"), kOrganization},
                                             {QStringLiteral("email"), email}}));
    }

    void restrictWebhookTo(const QStringList &scopes)
    {
        OAuthClient client =
            *m_server->directory->oauthClient(QStringLiteral("preregistration-webhook"));
        client.scopeRestrictions = scopes;
        QVERIFY(m_server->directory->updateOAuthClient(client.clientId, client));
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(kHowToSeed); }
    void cleanup() { m_server.reset(); }

    void osdkApplication_cannotAskForTheOperationScope()
    {
        const Reply reply = m_server->token(kScopeForm, "osdk-webhook:osdk-secret");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));
    }

    void howTo_failsTwiceThenSucceeds_data()
    {
        QTest::addColumn<bool>("grantThroughApi");
        QTest::newRow("role granted in the Directory, as the console does") << false;
        QTest::newRow("role granted through organization roleAssignments/add") << true;
    }
    void howTo_failsTwiceThenSucceeds()
    {
        QFETCH(bool, grantThroughApi);
        const QString email = QStringLiteral("new.hire@example.com");

        // Step 5, first reason: the empty scope restriction filtered the scope away.
        const QJsonObject filtered = webhookToken();
        QVERIFY(filtered.value(QStringLiteral("scope")).toString().isEmpty());
        verifyError(preregister(filtered, email), 403, QStringLiteral("ApiUsageDenied"),
                    {{QStringLiteral("missingScope"), QStringLiteral("api:admin-write")}});

        // Step 6, the scope: allowed in the application's configuration; a new token carries it.
        restrictWebhookTo({QStringLiteral("multipass:preregister-user")});
        const QJsonObject scoped = webhookToken();
        QCOMPARE(scoped.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("multipass:preregister-user"));
        // Step 5, second reason: the service user is not a Users and groups administrator.
        verifyError(preregister(scoped, email), 403,
                    QStringLiteral("PreregisterUserPermissionDenied"), providerIds());
        QVERIFY(!m_server->directory->userByUsername(email));

        // Step 6, the permission, on the organization the users go to.
        const QString servicePrincipal =
            userIdOf(*m_server, QStringLiteral("preregistration-webhook"));
        QVERIFY(!servicePrincipal.isEmpty());
        if (grantThroughApi) {
            const QJsonObject update{
                {QStringLiteral("roleId"), QStringLiteral("users-and-groups-administrator")},
                {QStringLiteral("principalId"), servicePrincipal}};
            const Reply granted = callApi(
                *m_server, "POST",
                organizationPath(kOrganization, QStringLiteral("/roleAssignments/add")),
                "admin-token",
                jsonBytes(QJsonObject{{QStringLiteral("roleAssignments"), QJsonArray{update}}}));
            QCOMPARE(granted.status, 204);
        } else {
            QVERIFY(m_server->directory->addRoleAssignment(
                {{PrincipalKind::User, servicePrincipal},
                 QStringLiteral("users-and-groups-administrator"),
                 kOrganization,
                 {}}));
        }

        // Step 7: the same token now works.
        const Reply created = preregister(scoped, email);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.header("content-type"), QByteArray("application/json"));
        const QString userId = bareString(created);
        QVERIFY(!userId.isEmpty());

        const auto user = m_server->directory->userByUsername(email);
        QVERIFY(user);
        QCOMPARE(user->id, userId);
        QVERIFY(user->active);
        QVERIFY(user->preregistered);
        QCOMPARE(user->realm, QStringLiteral("company-realm"));
        QCOMPARE(user->organizationRid, kOrganization);
        QCOMPARE(user->email, email);

        // A re-run of the webhook is harmless: the same id.
        const Reply again = preregister(scoped, email);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, created.body);

        // The new user is listed and found at once (Users routes).
        const Reply listed = callApi(
            *m_server, "GET", QStringLiteral("/api/v2/admin/users?pageSize=1000"), "admin-token");
        QCOMPARE(listed.status, 200);
        QStringList listedIds;
        for (const QJsonValue &each : listed.json().value(QStringLiteral("data")).toArray())
            listedIds.append(each.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(listedIds.contains(userId));

        const QJsonObject search{
            {QStringLiteral("where"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("queryString")},
                         {QStringLiteral("value"), QStringLiteral("new.hire")}}}};
        const Reply found = callApi(*m_server, "POST", QStringLiteral("/api/v2/admin/users/search"),
                                    "admin-token", jsonBytes(search));
        QCOMPARE(found.status, 200);
        const QJsonArray hits = found.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("id")).toString(), userId);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("realm")).toString(),
                 QStringLiteral("company-realm"));
    }
};

QTEST_GUILESS_MAIN(TestAdminPreregistrationHowTo)
#include "test_admin_preregistration_howto.moc"
