// DirectoryDiff: what changed between two states, entity by entity and field by field, with
// secrets never shown.
#include "DirectoryDiff.h"
#include "SeedReader.h"

#include <QTest>

using namespace foundry;
using namespace foundry::ui;

namespace {
const char *kSeed = R"(tokens:
  fixed-secret-token-value: {login: alice, scopes: [api:admin-read]}
foundry:
  users:
    - username: alice
      email: alice@example.com
    - username: bob
  groups:
    - name: finance
      members: [alice]
  oauth_clients:
    - client_id: etl
      client_secret: etl-secret-value
      grant_types: [client_credentials]
)";

DirectoryState seedState()
{
    const SeedLoadResult loaded = loadSeedText(QByteArray(kSeed), QStringLiteral("diff.yaml"));
    if (!loaded.ok)
        qFatal("seed invalid");
    return loaded.state;
}

User &userNamed(DirectoryState &state, const QString &username)
{
    for (User &user : state.users) {
        if (user.username == username)
            return user;
    }
    qFatal("no user %s", qPrintable(username));
}

const EntityDiff *find(const QList<EntityDiff> &diff, EntityKind kind, const QString &label)
{
    for (const EntityDiff &entity : diff) {
        if (entity.kind == kind && entity.label == label)
            return &entity;
    }
    return nullptr;
}
} // namespace

class TestDirectoryDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameState_noDifferences()
    {
        const DirectoryState state = seedState();
        QVERIFY(diffStates(state, state).isEmpty());
    }

    void toggledUserAndAddedGroup_listedFieldByField()
    {
        const DirectoryState before = seedState();
        DirectoryState after = before;
        userNamed(after, QStringLiteral("bob")).active = false;
        Group group;
        group.id = newUuid();
        group.name = QStringLiteral("dispatch");
        group.members = {{PrincipalKind::User, userNamed(after, QStringLiteral("bob")).id}};
        after.groups.append(group);

        const QList<EntityDiff> diff = diffStates(before, after);
        QCOMPARE(diff.size(), 2);
        const EntityDiff *bob = find(diff, EntityKind::User, QStringLiteral("bob"));
        QVERIFY(bob);
        QCOMPARE(bob->type, EntityDiffType::Changed);
        QCOMPARE(bob->fields.size(), 1);
        QCOMPARE(bob->fields.first().field, QStringLiteral("active"));
        QCOMPARE(bob->fields.first().before, QStringLiteral("true"));
        QCOMPARE(bob->fields.first().after, QStringLiteral("false"));

        const EntityDiff *dispatch = find(diff, EntityKind::Group, QStringLiteral("dispatch"));
        QVERIFY(dispatch);
        QCOMPARE(dispatch->type, EntityDiffType::Added);
        bool membersShown = false;
        for (const FieldDiff &field : dispatch->fields)
            membersShown |= field.field == QLatin1String("members") &&
                            field.after == QLatin1String("bob"); // by name, not by id
        QVERIFY(membersShown);
    }

    void removedUser_andItsMembership()
    {
        const DirectoryState before = seedState();
        DirectoryState after = before;
        after.users.removeIf([](const User &u) { return u.username == QLatin1String("alice"); });
        after.groups.first().members.clear();
        const QList<EntityDiff> diff = diffStates(before, after);
        const EntityDiff *alice = find(diff, EntityKind::User, QStringLiteral("alice"));
        QVERIFY(alice);
        QCOMPARE(alice->type, EntityDiffType::Removed);
        const EntityDiff *finance = find(diff, EntityKind::Group, QStringLiteral("finance"));
        QVERIFY(finance);
        QCOMPARE(finance->fields.first().field, QStringLiteral("members"));
        QCOMPARE(finance->fields.first().before, QStringLiteral("alice")); // named after removal
    }

    void secrets_neverShown()
    {
        const DirectoryState before = seedState();
        DirectoryState after = before;
        after.oauthClients.first().clientSecret = QStringLiteral("brand-new-secret");
        after.fixedTokens.first().scopes.append(QStringLiteral("api:admin-write"));
        const QList<EntityDiff> diff = diffStates(before, after);
        QCOMPARE(diff.size(), 2);
        for (const EntityDiff &entity : diff) {
            QVERIFY(!entity.key.contains(QLatin1String("fixed-secret-token-value")));
            QVERIFY(!entity.label.contains(QLatin1String("fixed-secret-token-value")));
            for (const FieldDiff &field : entity.fields) {
                for (const QString &text : {field.before, field.after}) {
                    QVERIFY(!text.contains(QLatin1String("etl-secret-value")));
                    QVERIFY(!text.contains(QLatin1String("brand-new-secret")));
                }
            }
        }
        const EntityDiff *etl = find(diff, EntityKind::OAuthClient, QStringLiteral("etl"));
        QVERIFY(etl);
        QCOMPARE(etl->fields.first().field, QStringLiteral("secret"));
        QVERIFY(etl->fields.first().after.contains(QLatin1String("regenerated")));
    }

    void settingsAndRoleAssignments()
    {
        const DirectoryState before = seedState();
        DirectoryState after = before;
        after.tokenLifetimeSeconds = 60;
        after.roleAssignments.append(
            {{PrincipalKind::User, userNamed(after, QStringLiteral("bob")).id},
             QStringLiteral("users-and-groups-administrator"),
             after.organizations.first().rid,
             {}});
        const QList<EntityDiff> diff = diffStates(before, after);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.first().kind, EntityKind::Enrollment); // settings come first
        QCOMPARE(diff.first().fields.first().after, QStringLiteral("60"));
        QCOMPARE(diff.last().kind, EntityKind::RoleAssignment);
        QCOMPARE(diff.last().type, EntityDiffType::Added);
        QVERIFY(
            diff.last().label.startsWith(QLatin1String("bob is users-and-groups-administrator")));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryDiff)
#include "test_ui_directory_diff.moc"
