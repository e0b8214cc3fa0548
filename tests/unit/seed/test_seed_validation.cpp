// Every kind of validation error: where it is reported (line, column, key path) and what it
// says, and that a file with several errors reports all of them.
#include "SeedTestSupport.h"

using namespace foundry;

class TestSeedValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidValue_reportsPositionPathAndMessage_data();
    void invalidValue_reportsPositionPathAndMessage();
    void validEdgeValues_loadWithoutErrors_data();
    void validEdgeValues_loadWithoutErrors();
    void fileWithManyErrors_reportsEveryError();
    void malformedYaml_reportsFileLineAndColumn_data();
    void malformedYaml_reportsFileLineAndColumn();
    void unreadableFile_reportsOneErrorNamingTheFile();
    void issue_toStringFormat();
};

void TestSeedValidation::invalidValue_reportsPositionPathAndMessage_data()
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

    // Types
    row("bool given text", "foundry:\n  users:\n    - username: alice\n      active: yes please\n",
        4, 15, "foundry.users[0].active", R"(expected true or false, got "yes please")");
    row("bool given quoted true",
        "foundry:\n  users:\n    - username: alice\n      active: \"true\"\n", 4, 15,
        "foundry.users[0].active", R"(expected true or false, got "true")");
    row("bool given YAML 1.1 yes",
        "foundry:\n  oauth_clients:\n    - client_id: app\n      osdk: yes\n", 4, 13,
        "foundry.oauth_clients[0].osdk", R"(expected true or false, got "yes")");
    row("string given bool",
        "foundry:\n  users:\n    - username: alice\n      display_name: true\n", 4, 21,
        "foundry.users[0].display_name", R"(expected a string, got "true")");
    row("string given list", "foundry:\n  users:\n    - username: [a, b]\n", 3, 17,
        "foundry.users[0].username", "expected a string, got a list");
    row("integer given text", "foundry:\n  port: four thousand\n", 2, 9, "foundry.port",
        R"(expected an integer, got "four thousand")");
    row("integer given quoted number", "foundry:\n  port: \"4000\"\n", 2, 9, "foundry.port",
        R"(expected an integer, got "4000")");
    row("list given scalar",
        "foundry:\n  oauth_clients:\n    - client_id: app\n      scope_restrictions: api:read\n", 4,
        27, "foundry.oauth_clients[0].scope_restrictions",
        R"(expected a list of strings, got "api:read")");
    row("attribute value not a list",
        "foundry:\n  users:\n    - username: bob\n      attributes:\n        dept: Finance\n", 5,
        15, "foundry.users[0].attributes.dept", R"(expected a list of strings, got "Finance")");
    row("section not a list", "foundry:\n  users: {alice: 1}\n", 2, 10, "foundry.users",
        "expected a list");
    row("foundry not a mapping", "foundry: [1, 2]\n", 1, 10, "foundry",
        "expected a mapping, got a list");
    row("document not a mapping", "- foundry\n", 1, 1, "", "expected a mapping, got a list");
    row("tokens not a mapping", "tokens: [abc]\n", 1, 9, "tokens",
        "expected a mapping of tokens, got a list");

    // Required fields
    row("missing username", "foundry:\n  users:\n    - email: a@example.com\n", 3, 7,
        "foundry.users[0]", R"(missing required key "username")");
    row("empty username", "foundry:\n  users:\n    - username: \"\"\n", 3, 17,
        "foundry.users[0].username", "must not be empty");
    row("missing group name", "foundry:\n  groups:\n    - description: x\n", 3, 7,
        "foundry.groups[0]", R"(missing required key "name")");
    row("missing client_id", "foundry:\n  oauth_clients:\n    - name: App\n", 3, 7,
        "foundry.oauth_clients[0]", R"(missing required key "client_id")");
    row("missing organization name",
        "foundry:\n  organizations:\n    - rid: ri.organization.main.organization.7a8b\n", 3, 7,
        "foundry.organizations[0]", R"(missing required key "name")");
    row("missing provider name",
        "foundry:\n  authentication_providers:\n    - rid: ri.control-panel.main.saml.1\n", 3, 7,
        "foundry.authentication_providers[0]", R"(missing required key "name")");
    row("missing protocol type",
        "foundry:\n  authentication_providers:\n    - rid: ri.control-panel.main.saml.1\n"
        "      name: SSO\n      protocol: {entity_id: urn:x}\n",
        5, 17, "foundry.authentication_providers[0].protocol", R"(missing required key "type")");
    row("oidc without issuer",
        "foundry:\n  authentication_providers:\n    - rid: ri.control-panel.main.oidc.1\n"
        "      name: SSO\n      protocol:\n        type: oidc\n        client_id: abc\n",
        6, 9, "foundry.authentication_providers[0].protocol", R"(missing required key "issuer")");
    row("token without login", "tokens:\n  t1:\n    scopes: []\n", 3, 5, "tokens.t1",
        R"(missing required key "login")");
    row("role assignment without role",
        "foundry:\n  role_assignments:\n    - principal: admin\n      resource: enrollment\n", 3, 7,
        "foundry.role_assignments[0]", R"(missing required key "role")");

    // Enumerations
    row("unknown principal_type",
        "foundry:\n  users:\n    - username: bot\n      principal_type: robot\n", 4, 23,
        "foundry.users[0].principal_type",
        R"(unknown principal_type "robot" (expected human or service))");
    row("unknown grant type",
        "foundry:\n  oauth_clients:\n    - client_id: app\n"
        "      grant_types: [authorization_code, implicit]\n",
        4, 41, "foundry.oauth_clients[0].grant_types[1]",
        R"(unknown grant type "implicit" (expected authorization_code, refresh_token or client_credentials))");
    row("unknown protocol type",
        "foundry:\n  authentication_providers:\n    - rid: ri.control-panel.main.saml.1\n"
        "      name: SSO\n      protocol: {type: ldap}\n",
        5, 24, "foundry.authentication_providers[0].protocol.type",
        R"(unknown protocol type "ldap" (expected saml or oidc))");
    row("unknown role",
        "foundry:\n  role_assignments:\n    - {principal: admin, role: owner, resource: "
        "enrollment}\n",
        3, 32, "foundry.role_assignments[0].role",
        R"(unknown role "owner" (expected one of enrollment-administrator, organization-administrator, users-and-groups-administrator, member))");

    // Roles on the wrong kind of resource
    row("enrollment role on an organization",
        "foundry:\n  role_assignments:\n    - principal: admin\n      role: "
        "enrollment-administrator\n"
        "      resource: ri.organization.main.organization.default\n",
        4, 13, "foundry.role_assignments[0].role",
        R"("enrollment-administrator" can only be granted on the enrollment (resource: enrollment))");
    row("organization role on the enrollment",
        "foundry:\n  role_assignments:\n    - principal: admin\n      role: member\n      "
        "resource: enrollment\n",
        4, 13, "foundry.role_assignments[0].role",
        R"("member" can only be granted on an organization, not on the enrollment)");

    // References
    row("member names an unknown user",
        "foundry:\n  users:\n    - username: alice\n  groups:\n    - name: ops\n      members: "
        "[alice, zed]\n",
        6, 24, "foundry.groups[0].members[1]",
        R"(unknown user "zed" (not defined under foundry.users; write group:<name> for a group))");
    row("member names an unknown group",
        "foundry:\n  groups:\n    - name: ops\n      members:\n        - group:nope\n", 5, 11,
        "foundry.groups[0].members[0]",
        R"(unknown group "nope" (not defined under foundry.groups))");
    row("role principal unknown",
        "foundry:\n  role_assignments:\n    - principal: ghost\n      role: "
        "enrollment-administrator\n"
        "      resource: enrollment\n",
        3, 18, "foundry.role_assignments[0].principal",
        R"(unknown user "ghost" (not defined under foundry.users; write group:<name> for a group))");
    row("role resource unknown organization",
        "foundry:\n  role_assignments:\n    - principal: admin\n      role: member\n"
        "      resource: ri.organization.main.organization.7a8b\n",
        5, 17, "foundry.role_assignments[0].resource",
        R"(unknown organization "ri.organization.main.organization.7a8b" (not defined under foundry.organizations))");
    row("user organization unknown",
        "foundry:\n  users:\n    - username: alice\n      organization_rid: "
        "ri.organization.main.organization.7a8b\n",
        4, 25, "foundry.users[0].organization_rid",
        R"(unknown organization "ri.organization.main.organization.7a8b" (not defined under foundry.organizations))");
    row("group organization unknown",
        "foundry:\n  groups:\n    - name: ops\n      organization_rids:\n"
        "        - ri.organization.main.organization.default\n"
        "        - ri.organization.main.organization.7a8b\n",
        6, 11, "foundry.groups[0].organization_rids[1]",
        R"(unknown organization "ri.organization.main.organization.7a8b" (not defined under foundry.organizations))");
    row("client organization unknown",
        "foundry:\n  oauth_clients:\n    - client_id: app\n      organization_rid: "
        "ri.organization.main.organization.7a8b\n",
        4, 25, "foundry.oauth_clients[0].organization_rid",
        R"(unknown organization "ri.organization.main.organization.7a8b" (not defined under foundry.organizations))");
    row("token login unknown", "tokens:\n  t1: {login: ghost, scopes: []}\n", 2, 15,
        "tokens.t1.login", R"(unknown user "ghost" (not defined under foundry.users))");

    // Value formats and ranges
    row("malformed organization rid",
        "foundry:\n  organizations:\n    - rid: org-1\n      name: Org\n", 3, 12,
        "foundry.organizations[0].rid",
        R"(malformed rid "org-1" (expected ri.<service>.<instance>.<type>.<locator>))");
    row("malformed provider rid",
        "foundry:\n  authentication_providers:\n    - {rid: ri.saml, name: SSO}\n", 3, 13,
        "foundry.authentication_providers[0].rid",
        R"(malformed rid "ri.saml" (expected ri.<service>.<instance>.<type>.<locator>))");
    row("malformed enrollment rid", "foundry:\n  enrollment: {rid: enrollment-1}\n", 2, 21,
        "foundry.enrollment.rid",
        R"(malformed rid "enrollment-1" (expected ri.<service>.<instance>.<type>.<locator>))");
    row("malformed role resource",
        "foundry:\n  role_assignments:\n    - {principal: admin, role: member, resource: my-org}\n",
        3, 50, "foundry.role_assignments[0].resource",
        R"(malformed rid "my-org" (expected ri.<service>.<instance>.<type>.<locator>))");
    row("port too large", "foundry:\n  port: 70000\n", 2, 9, "foundry.port",
        "port 70000 is outside 0..65535");
    row("port negative", "foundry:\n  port: -1\n", 2, 9, "foundry.port",
        "port -1 is outside 0..65535");
    row("negative token lifetime", "foundry:\n  token_lifetime_seconds: -5\n", 2, 27,
        "foundry.token_lifetime_seconds",
        "token lifetime -5 is out of range (0 = never expire, else a number of seconds)");
    row("malformed user id", "foundry:\n  users:\n    - username: alice\n      id: 1234\n", 4, 11,
        "foundry.users[0].id",
        R"(malformed id "1234" (expected a UUID such as 3f2b8c1e-6d4a-4b7e-9a10-2c5d8e7f1a23))");
    row("malformed group id",
        "foundry:\n  groups:\n    - name: ops\n      id: "
        "\"{0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e}\"\n",
        4, 11, "foundry.groups[0].id",
        R"(malformed id "{0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e}" (expected a UUID such as 3f2b8c1e-6d4a-4b7e-9a10-2c5d8e7f1a23))");
    row("repeated user id",
        "foundry:\n  users:\n    - {username: a, id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e}\n"
        "    - {username: b, id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e}\n",
        4, 25, "foundry.users[1].id",
        R"(id "0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e" is already used on line 3)");
    row("invalid username pattern",
        "foundry:\n  authentication_providers:\n    - rid: ri.control-panel.main.saml.1\n"
        "      name: SSO\n      supported_username_patterns: ['.*@corp', '(unclosed']\n",
        5, 48, "foundry.authentication_providers[0].supported_username_patterns[1]",
        R"(invalid regular expression "(unclosed": missing closing parenthesis at offset 9)");
}

void TestSeedValidation::invalidValue_reportsPositionPathAndMessage()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, keyPath);
    QFETCH(QString, message);

    const SeedLoadResult result = loadSeedText(yaml, QStringLiteral("seed.yaml"));
    QVERIFY(!result.ok);
    QVERIFY2(result.errors.size() == 1, qPrintable(seedtest::describe(result.errors)));
    const SeedIssue &error = result.errors.first();
    QCOMPARE(error.severity, SeedIssue::Severity::Error);
    QCOMPARE(error.file, QStringLiteral("seed.yaml"));
    QCOMPARE(error.keyPath, keyPath);
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestSeedValidation::validEdgeValues_loadWithoutErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("enrollment rid with an empty part") << QByteArray(
        "foundry:\n  enrollment: {rid: ri.enrollment..enrollment.default, name: E}\n");
    QTest::newRow("port bounds") << QByteArray("foundry:\n  port: 0\n");
    QTest::newRow("port max") << QByteArray("foundry:\n  port: 65535\n");
    QTest::newRow("tokens never expire") << QByteArray("foundry:\n  token_lifetime_seconds: 0\n");
    QTest::newRow("oauth_client_id needs no client")
        << QByteArray("foundry:\n  users:\n    - {username: svc, principal_type: service, "
                      "oauth_client_id: configured-elsewhere}\n");
    QTest::newRow("upper-case uuid") << QByteArray(
        "foundry:\n  users:\n    - {username: a, id: 0B7C6A2E-3C1F-4D8A-9E5B-1F2A3B4C5D6E}\n");
    QTest::newRow("numeric secret")
        << QByteArray("foundry:\n  oauth_clients:\n    - {client_id: app, client_secret: 12345}\n");
    QTest::newRow("null values are absent")
        << QByteArray("foundry:\n  users:\n    - username: a\n      email:\n      active: ~\n");
    QTest::newRow("nested group member") << QByteArray(
        "foundry:\n  groups:\n    - {name: all, members: ['group:ops']}\n    - {name: ops}\n");
    QTest::newRow("organization roles on an organization")
        << QByteArray("foundry:\n  role_assignments:\n"
                      "    - {principal: admin, role: organization-administrator, resource: "
                      "ri.organization.main.organization.default}\n"
                      "    - {principal: admin, role: users-and-groups-administrator, resource: "
                      "ri.organization.main.organization.default}\n");
    QTest::newRow("empty document") << QByteArray("");
    QTest::newRow("comment only") << QByteArray("# nothing yet\n");
}

void TestSeedValidation::validEdgeValues_loadWithoutErrors()
{
    QFETCH(QByteArray, yaml);
    const SeedLoadResult result = loadSeedText(yaml, QStringLiteral("seed.yaml"));
    SEED_VERIFY_OK(result);
}

void TestSeedValidation::fileWithManyErrors_reportsEveryError()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  port: 99999
  users:
    - username: alice
      active: maybe
    - email: nobody@example.com
    - username: bob
      principal_type: robot
  groups:
    - name: ops
      members: [alice, carol]
  role_assignments:
    - {principal: bob, role: owner, resource: enrollment}
tokens:
  t1: {login: dave, scopes: []}
)");
    QVERIFY(!result.ok);
    QStringList found;
    for (const SeedIssue &error : result.errors)
        found.append(
            QStringLiteral("%1:%2 %3").arg(error.line).arg(error.column).arg(error.keyPath));
    const QStringList expected = {
        QStringLiteral("2:9 foundry.port"),
        QStringLiteral("5:15 foundry.users[0].active"),
        QStringLiteral("6:7 foundry.users[1]"),
        QStringLiteral("8:23 foundry.users[2].principal_type"),
        QStringLiteral("11:24 foundry.groups[0].members[1]"),
        QStringLiteral("13:30 foundry.role_assignments[0].role"),
        QStringLiteral("15:15 tokens.t1.login"),
    };
    QCOMPARE(found, expected);
}

void TestSeedValidation::malformedYaml_reportsFileLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("unclosed flow list")
        << QByteArray("foundry:\n  hosts: [localhost\n  port: 1\n") << 3 << 7;
    QTest::newRow("unclosed flow map") << QByteArray("foundry: {port: 1\n") << 2 << 1;
    QTest::newRow("value inside a plain value") << QByteArray("foundry: port: 1\n") << 1 << 14;
    QTest::newRow("undefined alias") << QByteArray("foundry:\n  hosts: *hosts\n") << 2 << 10;
    QTest::newRow("bad indentation") << QByteArray("foundry:\n  port: 1\n hosts: []\n") << 3 << 2;
    QTest::newRow("tab indentation") << QByteArray("foundry:\n\tport: 1\n") << 2 << 6;
}

void TestSeedValidation::malformedYaml_reportsFileLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    const SeedLoadResult result = loadSeedText(yaml, QStringLiteral("broken.yaml"));
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.size(), 1);
    const SeedIssue &error = result.errors.first();
    QVERIFY2(error.message.startsWith(QStringLiteral("invalid YAML: ")), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    const QString prefix =
        QStringLiteral("broken.yaml:%1:%2: invalid YAML: ").arg(line).arg(column);
    QVERIFY2(error.toString().startsWith(prefix), qPrintable(error.toString()));
}

void TestSeedValidation::unreadableFile_reportsOneErrorNamingTheFile()
{
    const QString path = QStringLiteral("/nonexistent-directory/seed.yaml");
    const SeedLoadResult result = loadSeedFile(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().file, path);
    QVERIFY(result.errors.first().toString().startsWith(path + QStringLiteral(": cannot read")));
}

void TestSeedValidation::issue_toStringFormat()
{
    SeedIssue issue;
    issue.file = QStringLiteral("seed.yaml");
    issue.line = 4;
    issue.column = 15;
    issue.keyPath = QStringLiteral("foundry.users[3].active");
    issue.message = QStringLiteral(R"(expected true or false, got "yes please")");
    QCOMPARE(
        issue.toString(),
        QStringLiteral(
            R"(seed.yaml:4:15: foundry.users[3].active: expected true or false, got "yes please")"));
    issue.keyPath.clear();
    QCOMPARE(issue.toString(),
             QStringLiteral(R"(seed.yaml:4:15: expected true or false, got "yes please")"));
}

QTEST_GUILESS_MAIN(TestSeedValidation)
#include "test_seed_validation.moc"
