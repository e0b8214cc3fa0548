// What writing a state gives: canonical text (order, defaults left out, quoting), carried keys
// in place, and atomic saving.
#include "FullStateFixture.h"
#include "SeedTestSupport.h"

#include "Defaults.h"

#include <QDir>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace foundry;
using seedtest::fullState;
using seedtest::kFullStateText;

class TestSeedWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultState_writesAlmostNothing();
    void fullState_writesEveryKeyInDocumentedOrder();
    void fullState_readsBackEqual();
    void defaultValues_areLeftOut();
    void builtInAdmin_isWrittenOnlyWhenChanged();
    void roleAssignments_writtenOnlyWhenNotTheDefault_data();
    void roleAssignments_writtenOnlyWhenNotTheDefault();
    void renamedDefaultOrganization_isWritten();
    void stringsThatLookLikeOtherTypes_stayStrings_data();
    void stringsThatLookLikeOtherTypes_stayStrings();
    void unknownKeys_areWrittenWhereTheyWere();
    void unknownKeyAfterOmittedDefault_movesToPreviousWrittenKey();
    void danglingReferences_areLeftOut();
    void saveThenLoad_roundTrip();
    void save_intoMissingDirectory_failsWithoutFile();
    void save_whenParentIsAFile_fails();
    void save_failingWrite_leavesExistingFileUnchanged();
};

void TestSeedWriter::defaultState_writesAlmostNothing()
{
    QCOMPARE(writeSeed(DirectoryState::withDefaults()), QByteArray("foundry: {}\n"));
}

void TestSeedWriter::fullState_writesEveryKeyInDocumentedOrder()
{
    const QString text = QString::fromUtf8(writeSeed(fullState()));
    // Line by line first, so that a failure shows the line that differs.
    QCOMPARE(text.split(u'\n'), QString::fromUtf8(kFullStateText).split(u'\n'));
    QCOMPARE(text, QString::fromUtf8(kFullStateText));
}

void TestSeedWriter::fullState_readsBackEqual()
{
    const DirectoryState state = fullState();
    const SeedLoadResult result = loadSeedText(writeSeed(state), QStringLiteral("full.yaml"));
    SEED_VERIFY_OK(result);
    QVERIFY2(result.warnings.size() == 1,
             qPrintable(seedtest::describe(result.warnings))); // bare token
    QCOMPARE(result.state.users, state.users);
    QCOMPARE(result.state.groups, state.groups);
    QCOMPARE(result.state.oauthClients, state.oauthClients);
    QCOMPARE(result.state.authenticationProviders, state.authenticationProviders);
    QCOMPARE(result.state, state);
}

void TestSeedWriter::defaultValues_areLeftOut()
{
    const SeedLoadResult result = seedtest::load(R"(foundry:
  port: 4000
  token_lifetime_seconds: 3600
  enrollment: {rid: ri.enrollment..enrollment.default, name: Default Enrollment}
  hosts: [localhost]
  organizations:
    - {rid: ri.organization.main.organization.default, name: Default Organization}
  users:
    - username: a
      id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e
      realm: palantir-internal-realm
      organization_rid: ri.organization.main.organization.default
      principal_type: human
      active: true
      preregistered: false
      attributes: {}
  groups:
    - name: g
      id: 11111111-2222-4333-8444-555555555555
      realm: palantir-internal-realm
      organization_rids: [ri.organization.main.organization.default]
      members: []
  oauth_clients:
    - client_id: c
      grant_types: [authorization_code, refresh_token, client_credentials]
      osdk: false
      enabled: true
      organization_rid: ri.organization.main.organization.default
      redirect_uris: []
  authentication_providers:
    - rid: ri.control-panel.main.saml.1
      name: S
      realm: r
      enabled: true
      protocol: {type: saml}
)");
    SEED_VERIFY_OK(result);
    QCOMPARE(QString::fromUtf8(writeSeed(result.state)), QStringLiteral(R"(foundry:
  port: 4000
  users:
    - username: a
      id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e
  groups:
    - name: g
      id: 11111111-2222-4333-8444-555555555555
  oauth_clients:
    - client_id: c
  authentication_providers:
    - rid: ri.control-panel.main.saml.1
      name: S
      realm: r
)"));
}

void TestSeedWriter::builtInAdmin_isWrittenOnlyWhenChanged()
{
    DirectoryState state = DirectoryState::withDefaults();
    QVERIFY(!writeSeed(state).contains("admin"));
    state.users.first().email = QStringLiteral("root@example.com");
    const QByteArray text = writeSeed(state);
    QVERIFY2(text.contains("username: admin"), text.constData());
    QVERIFY2(text.contains("email: root@example.com"), text.constData());
    // Its role stays the default one: the id did not change.
    QVERIFY2(!text.contains("role_assignments"), text.constData());
    const SeedLoadResult result = loadSeedText(text, QStringLiteral("admin.yaml"));
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state, state);
}

void TestSeedWriter::roleAssignments_writtenOnlyWhenNotTheDefault_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("absent stays absent")
        << QByteArray("foundry: {}\n") << QByteArray("foundry: {}\n");
    QTest::newRow("default list is left out")
        << QByteArray("foundry:\n  role_assignments: [{principal: admin, role: "
                      "enrollment-administrator, resource: enrollment}]\n")
        << QByteArray("foundry: {}\n");
    QTest::newRow("empty list survives") << QByteArray("foundry:\n  role_assignments: []\n")
                                         << QByteArray("foundry:\n  role_assignments: []\n");
}

void TestSeedWriter::roleAssignments_writtenOnlyWhenNotTheDefault()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, expected);
    const SeedLoadResult result = loadSeedText(yaml, QStringLiteral("roles.yaml"));
    SEED_VERIFY_OK(result);
    QCOMPARE(writeSeed(result.state), expected);
}

void TestSeedWriter::renamedDefaultOrganization_isWritten()
{
    DirectoryState state = DirectoryState::withDefaults();
    state.organizations.first().name = QStringLiteral("Headquarters");
    QCOMPARE(writeSeed(state), QByteArray("foundry:\n  organizations:\n"
                                          "    - rid: ri.organization.main.organization.default\n"
                                          "      name: Headquarters\n"));
}

void TestSeedWriter::stringsThatLookLikeOtherTypes_stayStrings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");
    const auto row = [](const char *value, const char *written) {
        const QByteArray name = QByteArray(value).replace('\n', "\\n");
        QTest::newRow(name.constData()) << QString::fromUtf8(value) << QByteArray(written);
    };
    row("yes", "\"yes\"");
    row("No", "\"No\"");
    row("on", "\"on\"");
    row("true", "\"true\"");
    row("FALSE", "\"FALSE\"");
    row("123", "\"123\"");
    row("-7", "\"-7\"");
    row("1.5", "\"1.5\"");
    row("1e3", "\"1e3\"");
    row("0x1F", "\"0x1F\"");
    row("0o17", "\"0o17\"");
    row(".inf", "\".inf\"");
    row("1_000", "\"1_000\"");
    row("2001-12-14", "\"2001-12-14\"");
    row("null", "\"null\"");
    row("~", "\"~\"");
    row("", "\"\"");
    row(":", "\":\"");
    row("*alias", "\"*alias\"");
    row("&anchor", "\"&anchor\"");
    row("!tag", "\"!tag\"");
    row("- item", "\"- item\"");
    row("# not a comment", "\"# not a comment\"");
    row("key: value", "\"key: value\"");
    row("[x]", "\"[x]\"");
    row(" padded ", "\" padded \"");
    row("two\nlines", "\"two\\nlines\"");
    row("plain text", "plain text");
    row("Grüße, 世界", "Grüße, 世界");
    row("group:ops", "group:ops");
}

void TestSeedWriter::stringsThatLookLikeOtherTypes_stayStrings()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    DirectoryState state = DirectoryState::withDefaults();
    User user;
    user.id = QStringLiteral("0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e");
    user.username = QStringLiteral("u");
    user.displayName = value;
    user.realm = QString(defaults::kRealm);
    user.organizationRid = QString(defaults::kOrganizationRid);
    if (!value.isEmpty())
        user.attributes = {{value, {value, QStringLiteral("x")}}};
    state.users.append(user);
    if (!value.isEmpty())
        state.fixedTokens.append({value, QStringLiteral("u"), {value}, true, {}});

    const QByteArray text = writeSeed(state);
    if (!value.isEmpty()) // an empty display name is simply not written
        QVERIFY2(text.contains(QByteArray("display_name: " + written + '\n')), text.constData());
    const SeedLoadResult result = loadSeedText(text, QStringLiteral("strings.yaml"));
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state, state);
    QCOMPARE(writeSeed(result.state), text);
}

void TestSeedWriter::unknownKeys_areWrittenWhereTheyWere()
{
    const QByteArray text = R"(x-before: {a: 1}
tokens:
  t:
    note: first
    login: admin
    scopes: []
x-between: "yes"
foundry:
  port: 4000
  x-after-port: [1, two, "3"]
  users:
    - username: alice
      id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e
      email: alice@example.com
      x-user:
        nested:
          - {k: v}
      given_name: Alice
  connections:
    - name: weather
  x-after-connections: ~
  compute_modules: {}
x-last: last
)";
    const SeedLoadResult result = loadSeedText(text, QStringLiteral("extras.yaml"));
    SEED_VERIFY_OK(result);
    QCOMPARE(result.warnings.size(), 7);
    QCOMPARE(QString::fromUtf8(writeSeed(result.state)), QString::fromUtf8(text));
}

void TestSeedWriter::unknownKeyAfterOmittedDefault_movesToPreviousWrittenKey()
{
    // `realm` is the default and is not written: the key that followed it now follows `email`,
    // the last key written before realm's place, and reading the saved file gives the same model.
    const SeedLoadResult result = seedtest::load(R"(foundry:
  users:
    - username: alice
      id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e
      email: alice@example.com
      realm: palantir-internal-realm
      x-note: hi
      oauth_client_id: app
)");
    SEED_VERIFY_OK(result);
    const QByteArray text = writeSeed(result.state);
    QCOMPARE(QString::fromUtf8(text), QStringLiteral(R"(foundry:
  users:
    - username: alice
      id: 0b7c6a2e-3c1f-4d8a-9e5b-1f2a3b4c5d6e
      email: alice@example.com
      x-note: hi
      oauth_client_id: app
)"));
    QCOMPARE(result.state.users.at(1).extras.first().afterKey, QStringLiteral("email"));
    const SeedLoadResult reread = loadSeedText(text, QStringLiteral("saved.yaml"));
    SEED_VERIFY_OK(reread);
    QCOMPARE(reread.state, result.state);
}

void TestSeedWriter::danglingReferences_areLeftOut()
{
    DirectoryState state = DirectoryState::withDefaults();
    Group group;
    group.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    group.name = QStringLiteral("g");
    group.realm = QString(defaults::kRealm);
    group.organizationRids = {QString(defaults::kOrganizationRid)};
    group.members = {{PrincipalKind::User, QStringLiteral("no-such-user")},
                     {PrincipalKind::User, state.users.first().id}};
    state.groups.append(group);
    RoleAssignment orphan;
    orphan.principal = {PrincipalKind::Group, QStringLiteral("no-such-group")};
    orphan.roleId = QStringLiteral("member");
    orphan.resource = QString(defaults::kOrganizationRid);
    state.roleAssignments.append(orphan);
    const QByteArray text = writeSeed(state);
    QVERIFY2(text.contains("members: [admin]\n"), text.constData());
    QVERIFY2(!text.contains("no-such"), text.constData());
    QVERIFY2(text.contains("role_assignments:\n    - principal: admin\n"), text.constData());
    SEED_VERIFY_OK(loadSeedText(text, QStringLiteral("dangling.yaml")));
}

void TestSeedWriter::saveThenLoad_roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("seed.yaml"));
    const DirectoryState state = fullState();
    QString error;
    QVERIFY2(saveSeedFile(state, path, &error), qPrintable(error));
    QCOMPARE(seedtest::readFile(path), writeSeed(state));
    const SeedLoadResult result = loadSeedFile(path);
    SEED_VERIFY_OK(result);
    QCOMPARE(result.state, state);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("seed.yaml")});
}

void TestSeedWriter::save_intoMissingDirectory_failsWithoutFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/seed.yaml"));
    QString error;
    QVERIFY(!saveSeedFile(DirectoryState::withDefaults(), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestSeedWriter::save_whenParentIsAFile_fails()
{
    // Works as root too, unlike a directory without write permission.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("not-a-directory")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!saveSeedFile(DirectoryState::withDefaults(),
                          dir.filePath(QStringLiteral("not-a-directory/seed.yaml")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("not-a-directory")});
}

void TestSeedWriter::save_failingWrite_leavesExistingFileUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("seed.yaml"));
    const QByteArray original("foundry:\n  port: 1234\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(original), original.size());
    }
    // A file-size limit makes the write fail part-way, for root as well; the signal it raises
    // would end the test otherwise.
    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = previous;
    small.rlim_cur = 16;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool saved = saveSeedFile(fullState(), path, &error);
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QVERIFY(!error.isEmpty());
    QCOMPARE(seedtest::readFile(path), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("seed.yaml")});
}

QTEST_GUILESS_MAIN(TestSeedWriter)
#include "test_seed_writer.moc"
