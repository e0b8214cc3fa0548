// Whole seed files: the bundled demo seed and seeds written for the older public emulator load,
// survive load -> save -> load unchanged, and save byte-identically the second time.
#include "SeedTestSupport.h"

#include "Defaults.h"

#include <QTemporaryDir>

using namespace foundry;

class TestSeedRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedFile_loadsWithExpectedWarnings_data();
    void seedFile_loadsWithExpectedWarnings();
    void seedFile_saveThenLoad_roundTrip_data();
    void seedFile_saveThenLoad_roundTrip();
    void demoSeed_isAlreadyCanonical();
    void demoSeed_describesASmallCompany();
    void olderEmulatorSeed_keepsLaterPhaseBlocksInPlace();
    void unknownKeys_surviveInPlace();

private:
    static void addSeedFiles();
};

void TestSeedRoundTrip::addSeedFiles()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("warnings");
    QTest::newRow("demo") << QStringLiteral(FOUNDRY_SOURCE_DIR "/resources/demo-seed.yaml") << 0;
    QTest::newRow("older emulator: users, clients, tokens")
        << seedtest::dataPath(QStringLiteral("seeds/older-emulator-users.yaml")) << 0;
    QTest::newRow("older emulator: later-phase blocks")
        << seedtest::dataPath(QStringLiteral("seeds/older-emulator-blocks.yaml")) << 0;
    QTest::newRow("unknown keys everywhere")
        << seedtest::dataPath(QStringLiteral("seeds/unknown-keys.yaml")) << 9;
}

void TestSeedRoundTrip::seedFile_loadsWithExpectedWarnings_data()
{
    addSeedFiles();
}

void TestSeedRoundTrip::seedFile_loadsWithExpectedWarnings()
{
    QFETCH(QString, path);
    QFETCH(int, warnings);
    const SeedLoadResult result = loadSeedFile(path);
    SEED_VERIFY_OK(result);
    QVERIFY2(result.warnings.size() == warnings, qPrintable(seedtest::describe(result.warnings)));
}

void TestSeedRoundTrip::seedFile_saveThenLoad_roundTrip_data()
{
    addSeedFiles();
}

void TestSeedRoundTrip::seedFile_saveThenLoad_roundTrip()
{
    QFETCH(QString, path);
    const SeedLoadResult first = loadSeedFile(path);
    SEED_VERIFY_OK(first);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString savedPath = dir.filePath(QStringLiteral("saved.yaml"));
    QString error;
    QVERIFY2(saveSeedFile(first.state, savedPath, &error), qPrintable(error));
    const SeedLoadResult second = loadSeedFile(savedPath);
    SEED_VERIFY_OK(second);
    QCOMPARE(second.warnings.size(), first.warnings.size());
    QCOMPARE(second.state, first.state);

    const QString resavedPath = dir.filePath(QStringLiteral("resaved.yaml"));
    QVERIFY2(saveSeedFile(second.state, resavedPath, &error), qPrintable(error));
    QCOMPARE(seedtest::readFile(resavedPath), seedtest::readFile(savedPath));
}

void TestSeedRoundTrip::demoSeed_isAlreadyCanonical()
{
    const QString path = QStringLiteral(FOUNDRY_SOURCE_DIR "/resources/demo-seed.yaml");
    const SeedLoadResult result = loadSeedFile(path);
    SEED_VERIFY_OK(result);
    QCOMPARE(QString::fromUtf8(writeSeed(result.state)).split(u'\n'),
             QString::fromUtf8(seedtest::readFile(path)).split(u'\n'));
}

void TestSeedRoundTrip::demoSeed_describesASmallCompany()
{
    const SeedLoadResult result =
        loadSeedFile(QStringLiteral(FOUNDRY_SOURCE_DIR "/resources/demo-seed.yaml"));
    SEED_VERIFY_OK(result);
    const DirectoryState &state = result.state;
    int humans = 0, services = 0, inactive = 0;
    for (const User &user : state.users) {
        user.isService() ? ++services : ++humans;
        inactive += user.active ? 0 : 1;
    }
    QCOMPARE(humans, 13); // twelve people and the built-in admin
    QCOMPARE(services, 2);
    QCOMPARE(inactive, 1);
    QCOMPARE(state.users.first(), DirectoryState::builtInAdmin());
    QCOMPARE(state.organizations.size(), 3);

    bool nestedGroup = false;
    for (const Group &group : state.groups) {
        for (const PrincipalRef &member : group.members)
            nestedGroup |= member.kind == PrincipalKind::Group;
    }
    QVERIFY(nestedGroup);

    int osdk = 0, publicClients = 0, restricted = 0;
    for (const OAuthClient &client : state.oauthClients) {
        osdk += client.osdk ? 1 : 0;
        publicClients += client.isConfidential() ? 0 : 1;
        restricted += client.scopeRestrictions && !client.osdk ? 1 : 0;
    }
    QVERIFY(osdk >= 1);
    QVERIFY(publicClients >= 1);
    QVERIFY(restricted >= 1);

    QCOMPARE(state.authenticationProviders.size(), 2);
    QCOMPARE(state.authenticationProviders.at(0).protocol, ProviderProtocol::Saml);
    QVERIFY(!state.authenticationProviders.at(0).supportedUsernamePatterns.isEmpty());
    QCOMPARE(state.authenticationProviders.at(1).protocol, ProviderProtocol::Oidc);

    QStringList roles;
    for (const RoleAssignment &assignment : state.roleAssignments)
        roles.append(assignment.roleId);
    QVERIFY(roles.contains(QStringLiteral("enrollment-administrator")));
    QVERIFY(roles.contains(QStringLiteral("users-and-groups-administrator")));
    QVERIFY(roles.contains(QStringLiteral("organization-administrator")));

    QCOMPARE(state.fixedTokens.size(), 1);
    QCOMPARE(state.fixedTokens.first().token, QStringLiteral("demo-admin-token"));
    QCOMPARE(state.fixedTokens.first().login, QStringLiteral("admin"));
}

void TestSeedRoundTrip::olderEmulatorSeed_keepsLaterPhaseBlocksInPlace()
{
    const SeedLoadResult result =
        loadSeedFile(seedtest::dataPath(QStringLiteral("seeds/older-emulator-blocks.yaml")));
    SEED_VERIFY_OK(result);
    const QByteArray text = writeSeed(result.state);
    const qsizetype clients = text.indexOf("\n  oauth_clients:\n");
    const qsizetype connections = text.indexOf("\n  connections:\n");
    const qsizetype ontologies = text.indexOf("\n  ontologies:\n");
    const qsizetype modules = text.indexOf("\n  compute_modules:\n");
    QVERIFY2(text.startsWith("tokens:\n"), text.constData());
    QVERIFY2(clients > 0 && clients < connections && connections < ontologies &&
                 ontologies < modules,
             text.constData());
    // Nested content comes back as it was, quoted strings still strings.
    QVERIFY2(text.contains("        token: \"12345\"\n"), text.constData());
    QVERIFY2(text.contains("        X-Flag: \"true\"\n"), text.constData());
    QVERIFY2(text.contains("        X-Mode: \"on\"\n"), text.constData());
    QVERIFY2(
        text.contains("response: {status: 200, body: {temp: 21.5, unit: C, raining: false}}\n"),
        text.constData());
    QVERIFY2(
        text.contains("- {employeeId: E-2, fullName: \"no\", startDate: 2021-03-01, tags: []}\n"),
        text.constData());
    QVERIFY2(text.contains("description: \"Echoes its input.\\nUsed by the webhook tests.\\n\"\n"),
             text.constData());
}

void TestSeedRoundTrip::unknownKeys_surviveInPlace()
{
    const SeedLoadResult result =
        loadSeedFile(seedtest::dataPath(QStringLiteral("seeds/unknown-keys.yaml")));
    SEED_VERIFY_OK(result);
    const QByteArray expected =
        seedtest::readFile(seedtest::dataPath(QStringLiteral("seeds/expected/unknown-keys.yaml")));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(writeSeed(result.state)).split(u'\n'),
             QString::fromUtf8(expected).split(u'\n'));
}

QTEST_GUILESS_MAIN(TestSeedRoundTrip)
#include "test_seed_roundtrip.moc"
