// What reading a valid seed gives: defaults, the built-in admin, references resolved to ids,
// carried keys, and the warnings for unknown keys and duplicates.
#include "SeedTestSupport.h"

#include "Defaults.h"

#include <QRegularExpression>

using namespace foundry;

class TestSeedReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySeed_givesBuiltInDefaults();
    void seedWithoutAdmin_putsBuiltInAdminFirst();
    void seededAdmin_replacesBuiltInAdminEntirely();
    void absentFields_getDocumentedDefaults();
    void serviceAndHumanUsers_getDifferentDefaultOrganizations();
    void scopeRestrictions_absentAndEmptyDiffer();
    void roleAssignments_missingKeyGivesAdminDefault();
    void roleAssignments_presentKeyIsTheWholeList_data();
    void roleAssignments_presentKeyIsTheWholeList();
    void references_resolveToIdsWhateverTheOrder();
    void idsWithoutValue_areGeneratedAndDistinct();
    void defaultOrganization_canBeRenamedButStaysFirst();
    void tokens_keepFileOrderAndScopes();
    void warnings_reportPositionPathAndMessage_data();
    void warnings_reportPositionPathAndMessage();
    void duplicates_firstDefinitionWins();
    void unknownKeys_areCarriedWithTheKeyTheyFollowed();
    void laterPhaseBlocks_areKeptWithoutWarning();
};

void TestSeedReader::emptySeed_givesBuiltInDefaults()
{
    const SeedLoadResult result = seedtest::load("");
    SEED_VERIFY_OK(result);
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.state, DirectoryState::withDefaults());

    const SeedLoadResult onlyFoundry = seedtest::load("foundry: {}\n");
    SEED_VERIFY_OK(onlyFoundry);
    QCOMPARE(onlyFoundry.state, DirectoryState::withDefaults());
}

void TestSeedReader::seedWithoutAdmin_putsBuiltInAdminFirst()
{
    const SeedLoadResult result = seedtest::load("foundry:\n  users:\n    - username: alice\n");
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state.users.size(), 2);
    QCOMPARE(result.state.users.at(0), DirectoryState::builtInAdmin());
    QCOMPARE(result.state.users.at(1).username, QStringLiteral("alice"));
    QCOMPARE(result.state.roleAssignments,
             DirectoryState::defaultRoleAssignments(DirectoryState::builtInAdmin().id));
}

void TestSeedReader::seededAdmin_replacesBuiltInAdminEntirely()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  users:
    - username: alice
    - username: admin
      display_name: Site Owner
      id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e
)");
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state.users.size(), 2);
    QCOMPARE(result.state.users.at(0).username, QStringLiteral("alice"));
    const User &admin = result.state.users.at(1);
    QCOMPARE(admin.username, QStringLiteral("admin"));
    QCOMPARE(admin.displayName, QStringLiteral("Site Owner"));
    QCOMPARE(admin.id, QStringLiteral("0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e"));
    // Nothing of the built-in admin is merged in.
    QVERIFY(admin.email.isEmpty());
    QVERIFY(admin.givenName.isEmpty());
    QCOMPARE(result.state.roleAssignments, DirectoryState::defaultRoleAssignments(admin.id));
}

void TestSeedReader::absentFields_getDocumentedDefaults()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  users:
    - username: alice
  groups:
    - name: ops
  oauth_clients:
    - client_id: app
  authentication_providers:
    - rid: ri.control-panel.main.saml.1
      name: SSO
)");
    SEED_VERIFY_OK(result);
    const DirectoryState &state = result.state;
    QCOMPARE(state.port, std::nullopt);
    QCOMPARE(state.tokenLifetimeSeconds, 3600);
    QCOMPARE(state.hosts, QStringList{QStringLiteral("localhost")});
    QCOMPARE(state.enrollment, DirectoryState::defaultEnrollment());
    QCOMPARE(state.organizations, QList<Organization>{DirectoryState::defaultOrganization()});

    const User &alice = state.users.at(1);
    QVERIFY(alice.displayName.isEmpty());
    QCOMPARE(alice.effectiveDisplayName(), QStringLiteral("alice"));
    QCOMPARE(alice.realm, QStringLiteral("palantir-internal-realm"));
    QCOMPARE(alice.organizationRid, QString(defaults::kOrganizationRid));
    QCOMPARE(alice.principalType, PrincipalType::Human);
    QVERIFY(alice.active);
    QVERIFY(!alice.preregistered);
    QVERIFY(alice.attributes.isEmpty());

    const Group &ops = state.groups.at(0);
    QCOMPARE(ops.realm, QStringLiteral("palantir-internal-realm"));
    QCOMPARE(ops.organizationRids, QStringList{QString(defaults::kOrganizationRid)});
    QVERIFY(ops.members.isEmpty());

    const OAuthClient &app = state.oauthClients.at(0);
    QVERIFY(!app.isConfidential());
    QVERIFY(app.name.isEmpty());
    QCOMPARE(app.effectiveName(), QStringLiteral("app"));
    QCOMPARE(app.grantTypes, grants::all());
    QVERIFY(app.allowedScopes.isEmpty());
    QCOMPARE(app.scopeRestrictions, std::nullopt);
    QVERIFY(!app.osdk);
    QVERIFY(app.enabled);
    QCOMPARE(app.organizationRid, QString(defaults::kOrganizationRid));

    const AuthenticationProvider &sso = state.authenticationProviders.at(0);
    QCOMPARE(sso.protocol, ProviderProtocol::Saml);
    QVERIFY(sso.enabled);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(sso.realm).hasMatch(), qPrintable(sso.realm));
}

void TestSeedReader::serviceAndHumanUsers_getDifferentDefaultOrganizations()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  users:
    - {username: svc-etl, principal_type: service, oauth_client_id: etl-pipeline}
    - {username: svc-org, principal_type: service, organization_rid: ri.organization.main.organization.default}
    - {username: bob, provider_id: 00u1bob}
)");
    SEED_VERIFY_OK(result);
    QVERIFY(result.state.users.at(1).organizationRid.isEmpty());
    QCOMPARE(result.state.users.at(1).oauthClientId, QStringLiteral("etl-pipeline"));
    QCOMPARE(result.state.users.at(2).organizationRid, QString(defaults::kOrganizationRid));
    QCOMPARE(result.state.users.at(3).organizationRid, QString(defaults::kOrganizationRid));
    QCOMPARE(result.state.users.at(3).providerId, QStringLiteral("00u1bob"));
}

void TestSeedReader::scopeRestrictions_absentAndEmptyDiffer()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  oauth_clients:
    - {client_id: a}
    - {client_id: b, scope_restrictions: []}
    - {client_id: c, scope_restrictions: [api:admin-read]}
)");
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state.oauthClients.at(0).scopeRestrictions, std::nullopt);
    QCOMPARE(result.state.oauthClients.at(1).scopeRestrictions, std::optional(QStringList()));
    QCOMPARE(result.state.oauthClients.at(2).scopeRestrictions,
             std::optional(QStringList{QStringLiteral("api:admin-read")}));
}

void TestSeedReader::roleAssignments_missingKeyGivesAdminDefault()
{
    const SeedLoadResult result = seedtest::load("foundry:\n  users: [{username: alice}]\n");
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state.roleAssignments.size(), 1);
    const RoleAssignment &assignment = result.state.roleAssignments.first();
    QCOMPARE(assignment.principal,
             (PrincipalRef{PrincipalKind::User, DirectoryState::builtInAdmin().id}));
    QCOMPARE(assignment.roleId, QStringLiteral("enrollment-administrator"));
    QCOMPARE(assignment.resource, QStringLiteral("enrollment"));
}

void TestSeedReader::roleAssignments_presentKeyIsTheWholeList_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("count");
    QTest::newRow("empty list") << QByteArray("foundry:\n  role_assignments: []\n") << 0;
    QTest::newRow("empty key") << QByteArray("foundry:\n  role_assignments:\n") << 0;
    QTest::newRow("one organization role")
        << QByteArray("foundry:\n  role_assignments:\n    - {principal: admin, role: member, "
                      "resource: ri.organization.main.organization.default}\n")
        << 1;
}

void TestSeedReader::roleAssignments_presentKeyIsTheWholeList()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, count);
    const SeedLoadResult result = loadSeedText(yaml, QStringLiteral("seed.yaml"));
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state.roleAssignments.size(), count);
    for (const RoleAssignment &assignment : result.state.roleAssignments)
        QVERIFY(assignment.roleId != QStringLiteral("enrollment-administrator"));
}

void TestSeedReader::references_resolveToIdsWhateverTheOrder()
{
    // Groups and roles come before the users and groups they name.
    const SeedLoadResult result = seedtest::load(R"(foundry:
  role_assignments:
    - {principal: group:all, role: member, resource: ri.organization.main.organization.7a8b}
    - {principal: carol, role: users-and-groups-administrator, resource: ri.organization.main.organization.7a8b}
  groups:
    - name: all
      id: 11111111-2222-4333-8444-555555555555
      members: [group:ops, carol]
    - name: ops
      id: 66666666-7777-4888-8999-aaaaaaaaaaaa
      organization_rids: [ri.organization.main.organization.7a8b]
  users:
    - username: carol
      id: bbbbbbbb-cccc-4ddd-8eee-ffffffffffff
      organization_rid: ri.organization.main.organization.7a8b
  organizations:
    - {rid: ri.organization.main.organization.7a8b, name: Acme}
)");
    SEED_VERIFY_OK(result);
    const DirectoryState &state = result.state;
    const QString carol = QStringLiteral("bbbbbbbb-cccc-4ddd-8eee-ffffffffffff");
    const QString ops = QStringLiteral("66666666-7777-4888-8999-aaaaaaaaaaaa");
    const QString all = QStringLiteral("11111111-2222-4333-8444-555555555555");
    QCOMPARE(state.groups.at(0).members,
             (QList<PrincipalRef>{{PrincipalKind::Group, ops}, {PrincipalKind::User, carol}}));
    QCOMPARE(state.roleAssignments.at(0).principal, (PrincipalRef{PrincipalKind::Group, all}));
    QCOMPARE(state.roleAssignments.at(1).principal, (PrincipalRef{PrincipalKind::User, carol}));
    QCOMPARE(state.organizations.size(), 2);
    QCOMPARE(state.organizations.at(1).name, QStringLiteral("Acme"));
}

void TestSeedReader::idsWithoutValue_areGeneratedAndDistinct()
{
    const SeedLoadResult result = seedtest::load(
        "foundry:\n  users: [{username: a}, {username: b}]\n  groups: [{name: g}]\n");
    SEED_VERIFY_OK(result);
    const QString a = result.state.users.at(1).id;
    const QString b = result.state.users.at(2).id;
    QVERIFY(!QUuid::fromString(a).isNull());
    QVERIFY(!QUuid::fromString(b).isNull());
    QVERIFY(!QUuid::fromString(result.state.groups.at(0).id).isNull());
    QVERIFY(a != b);
}

void TestSeedReader::defaultOrganization_canBeRenamedButStaysFirst()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  organizations:
    - {rid: ri.organization.main.organization.7a8b, name: Acme}
    - {rid: ri.organization.main.organization.default, name: Headquarters}
)");
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state.organizations.size(), 2);
    QCOMPARE(result.state.organizations.at(0).rid, QString(defaults::kOrganizationRid));
    QCOMPARE(result.state.organizations.at(0).name, QStringLiteral("Headquarters"));
    QCOMPARE(result.state.organizations.at(1).name, QStringLiteral("Acme"));
}

void TestSeedReader::tokens_keepFileOrderAndScopes()
{
    const SeedLoadResult result = seedtest::load(R"(tokens:
  zeta: {login: admin, scopes: [api:admin-read]}
  alpha: {login: admin, scopes: []}
  "12345": {login: admin}
)");
    SEED_VERIFY_OK(result);
    const QList<FixedToken> &tokens = result.state.fixedTokens;
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(tokens.at(0).token, QStringLiteral("zeta"));
    QCOMPARE(tokens.at(0).scopes, QStringList{QStringLiteral("api:admin-read")});
    QVERIFY(tokens.at(0).scopesGiven);
    QCOMPARE(tokens.at(1).token, QStringLiteral("alpha"));
    QVERIFY(tokens.at(1).scopesGiven);
    QVERIFY(tokens.at(1).scopes.isEmpty());
    QCOMPARE(tokens.at(2).token, QStringLiteral("12345"));
    QVERIFY(!tokens.at(2).scopesGiven);
    QVERIFY(tokens.at(2).scopes.isEmpty());
}

void TestSeedReader::warnings_reportPositionPathAndMessage_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *yaml, int line, int column,
                        const char *keyPath, const char *message) {
        QTest::newRow(name) << QByteArray(yaml) << line << column << QString::fromUtf8(keyPath)
                            << QString::fromUtf8(message);
    };
    row("unknown top-level key", "foundry: {}\nextra: 1\n", 2, 1, "extra",
        R"(unknown key "extra" (kept, and written back on save))");
    row("unknown foundry key", "foundry:\n  colour: blue\n", 2, 3, "foundry.colour",
        R"(unknown key "colour" (kept, and written back on save))");
    row("unknown user key", "foundry:\n  users:\n    - username: a\n      nickname: A\n", 4, 7,
        "foundry.users[0].nickname", R"(unknown key "nickname" (kept, and written back on save))");
    row("unknown protocol key",
        "foundry:\n  authentication_providers:\n    - rid: ri.control-panel.main.saml.1\n"
        "      name: SSO\n      protocol: {type: saml, signing: rsa}\n",
        5, 30, "foundry.authentication_providers[0].protocol.signing",
        R"(unknown key "signing" (kept, and written back on save))");
    row("oidc key on a saml provider",
        "foundry:\n  authentication_providers:\n    - rid: ri.control-panel.main.saml.1\n"
        "      name: SSO\n      protocol: {type: saml, issuer: https://idp}\n",
        5, 30, "foundry.authentication_providers[0].protocol.issuer",
        R"(unknown key "issuer" (kept, and written back on save))");
    row("unknown token key", "tokens:\n  t: {login: admin, scopes: [], note: x}\n", 2, 33,
        "tokens.t.note", R"(unknown key "note" (kept, and written back on save))");
    row("repeated key", "foundry:\n  port: 1\n  port: 2\n", 3, 3, "foundry.port",
        "repeated key: the first one is used, this one is ignored");
    row("duplicate username", "foundry:\n  users:\n    - username: a\n    - username: a\n", 4, 17,
        "foundry.users[1].username",
        R"(duplicate username "a": the first definition (line 3) is used, this one is ignored)");
    row("duplicate seeded admin",
        "foundry:\n  users:\n    - username: admin\n    - username: admin\n", 4, 17,
        "foundry.users[1].username",
        R"(duplicate username "admin": the first definition (line 3) is used, this one is ignored)");
    row("duplicate group name", "foundry:\n  groups:\n    - name: ops\n    - name: ops\n", 4, 13,
        "foundry.groups[1].name",
        R"(duplicate group name "ops": the first definition (line 3) is used, this one is ignored)");
    row("duplicate client_id",
        "foundry:\n  oauth_clients:\n    - client_id: app\n    - client_id: app\n", 4, 18,
        "foundry.oauth_clients[1].client_id",
        R"(duplicate client_id "app": the first definition (line 3) is used, this one is ignored)");
    row("duplicate provider rid",
        "foundry:\n  authentication_providers:\n    - {rid: ri.a.b.c.d, name: A}\n"
        "    - {rid: ri.a.b.c.d, name: B}\n",
        4, 13, "foundry.authentication_providers[1].rid",
        R"(duplicate provider rid "ri.a.b.c.d": the first definition (line 3) is used, this one is ignored)");
    row("duplicate organization rid",
        "foundry:\n  organizations:\n    - {rid: ri.organization.main.organization.x, name: A}\n"
        "    - {rid: ri.organization.main.organization.x, name: B}\n",
        4, 13, "foundry.organizations[1].rid",
        R"(duplicate organization rid "ri.organization.main.organization.x": the first definition (line 3) is used, this one is ignored)");
    row("duplicate role assignment",
        "foundry:\n  role_assignments:\n    - {principal: admin, role: enrollment-administrator, "
        "resource: enrollment}\n"
        "    - {principal: admin, role: enrollment-administrator, resource: enrollment}\n",
        4, 7, "foundry.role_assignments[1]", "duplicate role assignment: this one is ignored");
    row("duplicate group member",
        "foundry:\n  groups:\n    - {name: ops, members: [admin, admin]}\n", 3, 36,
        "foundry.groups[0].members[1]", R"("admin" is listed twice: the repeat is ignored)");
    row("token without scopes", "tokens:\n  t:\n    login: admin\n", 3, 5, "tokens.t",
        R"(no "scopes": the token grants no scope)");
}

void TestSeedReader::warnings_reportPositionPathAndMessage()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, keyPath);
    QFETCH(QString, message);
    const SeedLoadResult result = loadSeedText(yaml, QStringLiteral("seed.yaml"));
    SEED_VERIFY_OK(result);
    QVERIFY2(result.warnings.size() == 1, qPrintable(seedtest::describe(result.warnings)));
    const SeedIssue &warning = result.warnings.first();
    QCOMPARE(warning.severity, SeedIssue::Severity::Warning);
    QCOMPARE(warning.keyPath, keyPath);
    QCOMPARE(warning.message, message);
    QCOMPARE(warning.line, line);
    QCOMPARE(warning.column, column);
}

void TestSeedReader::duplicates_firstDefinitionWins()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  users:
    - {username: a, display_name: First}
    - {username: a, display_name: Second, organization_rid: ri.organization.main.organization.none}
  groups:
    - {name: g, description: First}
    - {name: g, description: Second}
  oauth_clients:
    - {client_id: c, name: First}
    - {client_id: c, name: Second}
)");
    // The ignored duplicate's unknown organization is not an error: it is not used.
    SEED_VERIFY_OK(result);
    QCOMPARE(result.warnings.size(), 3);
    QCOMPARE(result.state.users.size(), 2);
    QCOMPARE(result.state.users.at(1).displayName, QStringLiteral("First"));
    QCOMPARE(result.state.groups.size(), 1);
    QCOMPARE(result.state.groups.at(0).description, QStringLiteral("First"));
    QCOMPARE(result.state.oauthClients.size(), 1);
    QCOMPARE(result.state.oauthClients.at(0).name, QStringLiteral("First"));
}

void TestSeedReader::unknownKeys_areCarriedWithTheKeyTheyFollowed()
{
    const SeedLoadResult result = seedtest::load(R"(x-first: 1
foundry:
  users:
    - lead: true
      username: a
      email: a@example.com
      tags: [x, "yes"]
      given_name: A
  custom: {deep: [1, 2]}
)");
    SEED_VERIFY_OK(result);
    QCOMPARE(result.warnings.size(), 4);
    QCOMPARE(result.state.topLevelExtras,
             (ExtraFields{{QStringLiteral("x-first"), QStringLiteral("1"), QString()}}));
    QCOMPARE(result.state.foundryExtras,
             (ExtraFields{{QStringLiteral("custom"), QStringLiteral("{deep: [1, 2]}"),
                           QStringLiteral("users")}}));
    const ExtraFields expected = {
        {QStringLiteral("lead"), QStringLiteral("true"), QString()},
        {QStringLiteral("tags"), QStringLiteral("[x, \"yes\"]"), QStringLiteral("email")},
    };
    QCOMPARE(result.state.users.at(1).extras, expected);
}

void TestSeedReader::laterPhaseBlocks_areKeptWithoutWarning()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  connections:
    - {rid: ri.magritte..source.weather, base_url: "https://api.example.com"}
  ontologies: []
  compute_modules:
    modules: {echo: {image: local/echo}}
)");
    SEED_VERIFY_OK(result);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(seedtest::describe(result.warnings)));
    QStringList keys;
    for (const ExtraField &extra : result.state.foundryExtras)
        keys.append(extra.key);
    QCOMPARE(keys, (QStringList{QStringLiteral("connections"), QStringLiteral("ontologies"),
                                QStringLiteral("compute_modules")}));
    QCOMPARE(result.state.foundryExtras.at(2).yaml,
             QStringLiteral("modules: {echo: {image: local/echo}}"));
}

QTEST_GUILESS_MAIN(TestSeedReader)
#include "test_seed_reader.moc"
