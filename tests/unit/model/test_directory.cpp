#include "Defaults.h"
#include "Directory.h"

#include <QSignalSpy>
#include <QTest>

using namespace foundry;

namespace {

User makeUser(const QString &username, const QString &clientId = {})
{
    User user;
    user.username = username;
    user.oauthClientId = clientId;
    if (!clientId.isEmpty())
        user.principalType = PrincipalType::Service;
    return user;
}

} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDirectory_hasBuiltInDefaults()
    {
        Directory directory;
        QCOMPARE(directory.userCount(), 1);
        const auto admin = directory.userByUsername(QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(admin->id, DirectoryState::builtInAdmin().id);
        QVERIFY(directory.organization(QString(defaults::kOrganizationRid)));
        QCOMPARE(directory.enrollment().rid, QString(defaults::kEnrollmentRid));
        QCOMPARE(directory.hosts(), QStringList{QStringLiteral("localhost")});
        QCOMPARE(directory.roleAssignments().size(), 1);
        QCOMPARE(directory.roleAssignments().first().principal.id, admin->id);
    }

    void builtInAdminId_isStableAcrossRuns()
    {
        QCOMPARE(DirectoryState::builtInAdmin().id, DirectoryState::builtInAdmin().id);
        QVERIFY(!QUuid::fromString(DirectoryState::builtInAdmin().id).isNull());
    }

    void addUser_isFoundByIdUsernameAndClient()
    {
        Directory directory;
        User stored;
        QVERIFY(directory.addUser(makeUser(QStringLiteral("svc-etl"), QStringLiteral("etl")),
                                  nullptr, &stored));
        QVERIFY(!stored.id.isEmpty());
        QCOMPARE(directory.userById(stored.id)->username, QStringLiteral("svc-etl"));
        QCOMPARE(directory.userByUsername(QStringLiteral("svc-etl"))->id, stored.id);
        QCOMPARE(directory.userByOAuthClientId(QStringLiteral("etl"))->id, stored.id);
        QVERIFY(!directory.userById(QStringLiteral("nope")));
    }

    void addUser_duplicateUsername_isRefusedWithMessage()
    {
        Directory directory;
        QString error;
        QVERIFY(!directory.addUser(makeUser(QStringLiteral("admin")), &error));
        QVERIFY(error.contains(QStringLiteral("admin")));
        QVERIFY(!directory.addUser(makeUser(QString()), &error));
        QCOMPARE(directory.userCount(), 1);
    }

    void updateUser_renameUpdatesIndexesAndRefusesClash()
    {
        Directory directory;
        User alice;
        QVERIFY(directory.addUser(makeUser(QStringLiteral("alice")), nullptr, &alice));
        alice.username = QStringLiteral("alice2");
        QVERIFY(directory.updateUser(alice));
        QVERIFY(!directory.userByUsername(QStringLiteral("alice")));
        QCOMPARE(directory.userByUsername(QStringLiteral("alice2"))->id, alice.id);

        alice.username = QStringLiteral("admin");
        QString error;
        QVERIFY(!directory.updateUser(alice, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(directory.userById(alice.id)->username, QStringLiteral("alice2"));
    }

    void removeUser_dropsMembershipsAndRoleAssignments()
    {
        Directory directory;
        User bob;
        QVERIFY(directory.addUser(makeUser(QStringLiteral("bob")), nullptr, &bob));
        Group group;
        group.name = QStringLiteral("Ops");
        group.members = {{PrincipalKind::User, bob.id}};
        Group storedGroup;
        QVERIFY(directory.addGroup(group, nullptr, &storedGroup));
        RoleAssignment role;
        role.principal = {PrincipalKind::User, bob.id};
        role.roleId = QStringLiteral("member");
        role.resource = QString(defaults::kOrganizationRid);
        QVERIFY(directory.addRoleAssignment(role));
        QVERIFY(!directory.addRoleAssignment(role)); // the same assignment twice

        QVERIFY(directory.removeUser(bob.id));
        QVERIFY(!directory.userById(bob.id));
        QVERIFY(directory.groupById(storedGroup.id)->members.isEmpty());
        QCOMPARE(directory.roleAssignments().size(), 1); // the admin's own
        // Indexes shifted by the removal still find the rest.
        QCOMPARE(directory.userByUsername(QStringLiteral("admin"))->username,
                 QStringLiteral("admin"));
    }

    void setUserActive_changesTheNextRead()
    {
        Directory directory;
        const QString id = directory.userByUsername(QStringLiteral("admin"))->id;
        QVERIFY(directory.setUserActive(id, false));
        QVERIFY(!directory.userById(id)->active);
        QVERIFY(directory.setUserActive(id, true));
        QVERIFY(directory.userById(id)->active);
        QVERIFY(!directory.setUserActive(QStringLiteral("missing"), false));
    }

    void groups_clientsOrganizationsProviders_lookups()
    {
        Directory directory;
        Group group;
        group.name = QStringLiteral("Analysts");
        QVERIFY(directory.addGroup(group));
        QVERIFY(directory.groupByName(QStringLiteral("Analysts")));
        QVERIFY(!directory.addGroup(group)); // same name

        OAuthClient client;
        client.clientId = QStringLiteral("app");
        QVERIFY(directory.addOAuthClient(client));
        QVERIFY(!directory.addOAuthClient(client));
        client.clientId = QStringLiteral("app2");
        QVERIFY(directory.updateOAuthClient(QStringLiteral("app"), client));
        QVERIFY(!directory.oauthClient(QStringLiteral("app")));
        QVERIFY(directory.oauthClient(QStringLiteral("app2")));

        Organization org;
        org.rid = QStringLiteral("ri.organization.main.organization.acme");
        org.name = QStringLiteral("Acme");
        QVERIFY(directory.addOrganization(org));
        QCOMPARE(directory.organization(org.rid)->name, QStringLiteral("Acme"));
        QString error;
        QVERIFY(!directory.removeOrganization(QString(defaults::kOrganizationRid), &error));
        QVERIFY(directory.removeOrganization(org.rid, &error));

        AuthenticationProvider provider;
        provider.rid = QStringLiteral("ri.control-panel.main.saml.1");
        provider.name = QStringLiteral("SSO");
        QVERIFY(directory.addAuthenticationProvider(provider));
        QVERIFY(directory.authenticationProvider(provider.rid));
        QVERIFY(directory.removeAuthenticationProvider(provider.rid));
        QVERIFY(!directory.authenticationProvider(provider.rid));
    }

    void changes_areBatchedIntoOneSignal()
    {
        Directory directory;
        directory.setNotificationDelay(20);
        QSignalSpy spy(&directory, &Directory::changed);
        for (int i = 0; i < 100; ++i)
            QVERIFY(directory.addUser(makeUser(QStringLiteral("user%1").arg(i))));
        QCOMPARE(spy.count(), 0); // nothing is emitted synchronously
        QTRY_COMPARE(spy.count(), 1);
        const auto changes = spy.first().at(0).value<DirectoryChanges>();
        QCOMPARE(changes.size(), 100);
        QCOMPARE(changes.first().kind, EntityKind::User);
        QCOMPARE(changes.first().type, ChangeType::Added);
    }

    void repeatedUpdates_coalesceWithinABatch()
    {
        Directory directory;
        directory.setNotificationDelay(0);
        QSignalSpy spy(&directory, &Directory::changed);
        const QString id = directory.userByUsername(QStringLiteral("admin"))->id;
        for (int i = 0; i < 10; ++i)
            directory.setUserActive(id, i % 2 == 0);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).value<DirectoryChanges>(),
                 (DirectoryChanges{{EntityKind::User, ChangeType::Updated, id}}));
    }

    void noOpUpdate_recordsNoChange()
    {
        Directory directory;
        const quint64 before = directory.revision();
        const User admin = *directory.userByUsername(QStringLiteral("admin"));
        QVERIFY(directory.updateUser(admin));
        QVERIFY(directory.setUserActive(admin.id, true));
        QCOMPARE(directory.revision(), before);
        directory.setUserActive(admin.id, false);
        QVERIFY(directory.revision() > before);
    }

    void resetState_replacesEverythingWithOneResetChange()
    {
        Directory directory;
        directory.setNotificationDelay(0);
        QSignalSpy spy(&directory, &Directory::changed);
        DirectoryState state = DirectoryState::withDefaults();
        User carol;
        carol.id = newUuid();
        carol.username = QStringLiteral("carol");
        state.users.append(carol);
        directory.resetState(state);
        QCOMPARE(directory.userByUsername(QStringLiteral("carol"))->id, carol.id);
        QCOMPARE(directory.state(), state);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).value<DirectoryChanges>().first().type, ChangeType::Reset);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "test_directory.moc"
